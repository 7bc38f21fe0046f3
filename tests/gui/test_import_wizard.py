"""The import wizard and the export dialog, driven as the coordinator would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import text

from partnerdesk.services.exporter import export_file
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs import import_wizard as iw
from partnerdesk.ui.dialogs.export_dialog import ExportDialog
from tests.integration import hostile_files
from tests.integration.test_exchange_colleague_sheet import _messy_sheet


def _count(context: AppContext, sql: str) -> int:
    with context.db.reading() as session:
        return int(session.execute(text(sql)).scalar() or 0)


@pytest.fixture
def wizard(context: AppContext, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(path: Path) -> iw.ImportWizard:
        w = iw.ImportWizard(context, None, path)
        qtbot.addWidget(w)
        w.show()
        return w

    yield make
    context.tasks.wait()


def _next(w: iw.ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    button = w.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled)
    w.next()


def test_a_colleague_sheet_goes_through_every_step_and_the_import_can_be_undone(
    wizard, context: AppContext, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    people_before = _count(context, "SELECT count(*) FROM person")
    w = wizard(_messy_sheet(tmp_path / "collega.xlsx"))
    _next(w, qtbot)
    assert w.currentId() == iw.PAGE_SHEET
    qtbot.waitUntil(lambda: w.choice is not None)
    assert w.sheet_page.header_spin.value() == 3
    assert w.sheet_page.sheet_combo.count() == 1  # the hidden sheet is not offered
    _next(w, qtbot)
    assert w.currentId() == iw.PAGE_MAPPING
    assert w.mapping_page.mapping()[3] == "email"
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.plan is not None)
    model = w.preview_page.model
    statuses = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert statuses.count("New") == 5  # HEMA exists in the demo data: unchanged, linked
    assert "Possible duplicate" not in statuses
    details = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert any("E-mailadres" in d for d in details)
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.apply_page.isComplete(), timeout=20_000)
    assert "4 people" in w.apply_page.status.text()
    assert _count(context, "SELECT count(*) FROM person") == people_before + 4
    w.apply_page.undo_button.click()
    assert _count(context, "SELECT count(*) FROM person") == people_before
    assert "undone" in w.apply_page.status.text()


def test_a_corrected_mapping_changes_what_is_imported(
    wizard, context: AppContext, qtbot, tmp_path: Path
) -> None:
    w = wizard(_messy_sheet(tmp_path / "collega.xlsx"))
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.choice is not None)
    _next(w, qtbot)
    combo = w.mapping_page.table.cellWidget(7, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(None))  # "Plaats" is not imported
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.plan is not None)
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.apply_page.isComplete(), timeout=20_000)
    assert (
        _count(
            context,
            "SELECT count(*) FROM organisation WHERE name = 'Stichting Sportkracht' AND city IS NULL",
        )
        == 1
    )


def test_an_unchanged_partnerdesk_export_goes_straight_to_a_preview_with_nothing_to_do(
    wizard, context: AppContext, qtbot, tmp_path: Path
) -> None:
    export = tmp_path / "export.xlsx"
    export_file(context.db, export)
    w = wizard(export)
    _next(w, qtbot)
    assert w.currentId() == iw.PAGE_PREVIEW
    qtbot.waitUntil(lambda: w.plan is not None)
    assert "There is nothing new or changed to import." in w.preview_page.counts.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()


def test_edited_sessions_and_actions_show_as_updates_and_their_import_can_be_undone(
    wizard, context: AppContext, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *_args: True)
    export = tmp_path / "export.xlsx"
    export_file(context.db, export)
    wb = openpyxl.load_workbook(export)
    wb["Sessions"]["B3"] = "Kennismaking KNVB (verzet)"
    wb["Actions"].append([None, "Bedankbrief sturen", None, None, "open"])
    wb.save(export)
    w = wizard(export)
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.plan is not None)
    model = w.preview_page.model
    shown = {
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    }
    assert ("Update", "Session", "Kennismaking KNVB (verzet)") in shown
    assert ("New", "Action", "Bedankbrief sturen") in shown
    assert ("Unchanged", "Participant") in {s[:2] for s in shown}
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.apply_page.isComplete(), timeout=20_000)
    assert "1 action" in w.apply_page.status.text()
    assert "1 session" in w.apply_page.status.text()
    assert (
        _count(context, "SELECT count(*) FROM action WHERE description = 'Bedankbrief sturen'") == 1
    )
    w.apply_page.undo_button.click()
    assert (
        _count(context, "SELECT count(*) FROM action WHERE description = 'Bedankbrief sturen'") == 0
    )
    assert _count(context, "SELECT count(*) FROM dialogue_session WHERE title LIKE '%verzet%'") == 0


def test_a_hostile_file_is_refused_on_the_first_page(
    wizard, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        messages, "show_error", lambda _parent, error, _title=None: shown.append(str(error))
    )
    w = wizard(hostile_files.entity_expansion(tmp_path / "lol.xlsx"))
    w.next()
    assert w.currentId() == iw.PAGE_FILE
    assert shown and shown[0].startswith("lol.xlsx")


def test_failed_rows_are_saved_as_an_error_workbook(
    wizard, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fouten.xlsx"
    monkeypatch.setattr(iw.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    w = wizard(_messy_sheet(tmp_path / "collega.xlsx"))
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.choice is not None)
    _next(w, qtbot)
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.plan is not None)
    assert w.preview_page.save_errors.isEnabled()
    w.preview_page.save_errors.click()
    ws = openpyxl.load_workbook(target).active
    assert ws["I1"].value == "Error"
    assert ws["B2"].value == "Anna"
    assert "E-mailadres" in ws["I2"].value


def test_the_export_dialog_writes_a_woo_redacted_workbook(
    context: AppContext, qtbot, tmp_path: Path
) -> None:
    dialog = ExportDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "woo.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.privacy[dialog.chosen_privacy().WOO].setChecked(True)
    assert not dialog.filtered.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.buttons.accepted.emit()
    wb = openpyxl.load_workbook(target, read_only=True)
    assert "Redactions" in wb.sheetnames
    wb.close()
    assert dialog.result_ is not None and dialog.result_.redactions
