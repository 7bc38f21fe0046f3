"""PARTNERDESK_QUIT_WHEN_IDLE (the cold-start benchmark and the bundle test): the app quits only
once its first page and the navigation show what the background jobs read."""

from __future__ import annotations

from pathlib import Path

from tests.gui.helpers import start_app_on_demo

PROBE = """
import json, sys
from partnerdesk import app
from partnerdesk.cli import run
from partnerdesk.ui.main_window import COUNT_ROLE

seen = {}
quit_when_idle = app.quit_when_idle

def watched(window, tasks):
    seen["window"], seen["tasks"] = window, tasks
    quit_when_idle(window, tasks)

app.quit_when_idle = watched
code = run(["--db", sys.argv[1]])
window = seen["window"]
navigation = window.navigation
print(json.dumps({
    "code": code,
    "pending": seen["tasks"].pending,
    "heading": window.page_by_key("overview").heading.text(),
    "counts": [navigation.item(row).data(COUNT_ROLE) for row in range(navigation.count())],
}))
"""


def test_the_app_quits_when_idle_only_after_the_overview_and_counts_arrived(
    tmp_path: Path,
) -> None:
    answer = start_app_on_demo(tmp_path, PROBE)
    assert (answer["code"], answer["pending"]) == (0, 0)
    assert answer["heading"].startswith("Today, ")
    # Overview, Coverage and Duplicates show no count; the five lists do
    assert [count is not None for count in answer["counts"]] == [
        False, True, True, True, True, False, True, False,
    ]  # fmt: skip
