"""The icon set: every source is built into the package, and every page's icon exists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_holds_an_up_to_date_copy_of_every_icon() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"run: python scripts/icons.py\n{result.stdout}"


def test_every_page_and_action_icon_is_in_the_set(qapp) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui.icons import icon, icon_names
    from partnerdesk.ui.pages import PAGES

    names = set(icon_names())
    for entry in PAGES:
        assert entry.icon_name in names, entry.class_name
    for name in ("new", "delete", "undo", "redo", "search", "preferences", "quit", "save"):
        assert not icon(name).pixmap(32, 32).isNull()
