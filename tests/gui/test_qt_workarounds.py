"""Qt for Python calls must not wear out None (PySide6 6.12 on Python 3.11 aborts otherwise)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

PROBE = """
from PySide6.QtWidgets import QApplication, QWidget
from partnerdesk.ui.qt_workarounds import keep_none_alive
keep_none_alive()
app = QApplication([])
widget = QWidget()
for _ in range(200_000):  # far more void calls than None has references in a fresh process
    widget.update()
app.processEvents()
print("survived")
"""


def test_a_long_session_of_void_qt_calls_does_not_abort_python() -> None:
    # In its own process: without the workaround the interpreter aborts, not just the test.
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
