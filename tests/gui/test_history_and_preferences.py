"""History reads in the coordinator's words; Preferences store what was chosen; icons follow the scheme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from partnerdesk.services.records import ChangeRecord
from partnerdesk.settings import Settings
from partnerdesk.ui.dialogs.preferences import PreferencesDialog
from partnerdesk.ui.icons import icon
from partnerdesk.ui.widgets.history_view import describe


def _change(field: str | None, old: object, new: object, operation: str = "update") -> ChangeRecord:
    return ChangeRecord(
        id=1,
        batch_id=1,
        at=dt.datetime(2026, 11, 23, 12, 0),
        entity="organisation",
        entity_id=1,
        operation=operation,
        field=field,
        old_value=old,
        new_value=new,
        batch_kind="edit",
        batch_label=None,
    )


def test_a_status_change_reads_as_labels_not_stored_values(english) -> None:  # type: ignore[no-untyped-def]
    text = describe(_change("status", "prospect", "active"))
    assert text == "Partnership status: Prospect → Active partner"


def test_numbers_ids_and_bookkeeping_read_as_the_coordinator_expects(english) -> None:  # type: ignore[no-untyped-def]
    assert describe(_change("reach", 1000000, None)) == "Reach: 1,000,000 → (empty)"
    assert (
        describe(
            _change("primary_sector_id", 3, 8),
            {"primary_sector_id": {3: "Supermarkten", 8: "Sportbonden"}.get},
        )
        == "Main sector: Supermarkten → Sportbonden"
    )
    assert describe(_change("version", 1, 2)) is None
    assert describe(_change(None, None, {"name": "KNVB"}, "create")) == "Created"


def test_preferences_store_the_language_and_the_days_without_contact(
    qtbot, tmp_path: Path, english
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings.at(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert not dialog.language_note.isHidden()
    dialog.stale_days.setValue(45)
    dialog.accept()
    again = Settings.at(tmp_path / "settings.ini")
    assert (again.language, again.stale_contact_days) == ("nl", 45)


def test_icons_are_drawn_in_the_text_colour_of_the_current_scheme(qapp) -> None:  # type: ignore[no-untyped-def]
    original = QGuiApplication.palette()
    new = icon("new")  # one icon, as a button holds it: its kept pixmaps follow the scheme too
    try:
        for text_colour in ("#ffffff", "#000000", "#ffffff"):
            palette = QPalette(original)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text_colour))
            QGuiApplication.setPalette(palette)
            image = new.pixmap(48, 48).toImage()
            centre = image.pixelColor(24, 24)  # the plus sign's crossing
            assert centre.name() == text_colour
    finally:
        QGuiApplication.setPalette(original)
