"""The import wizard and the export dialog, driven as the coordinator would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWizard
from sqlalchemy import text

from partnerdesk.services.exporter import export_file
from partnerdesk.ui import messages
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.dialogs import import_wizard as iw
from partnerdesk.ui.dialogs.export_dialog import ExportDialog
from partnerdesk.ui.i18n import install_translations
from tests.integration import hostile_files
from tests.integration.test_exchange_colleague_sheet import _messy_sheet

PLAN_DECISION = iw.PlanModel.DECISION
PLAN_DETAILS = iw.PlanModel.COLUMNS.index("details")


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
    details = [model.index(r, PLAN_DETAILS).data() for r in range(model.rowCount())]
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


def _contact_list(
    path: Path,
    rows: list[list[object]],
    headers: tuple[str, ...] = ("Organisatie", "Naam", "E-mailadres"),
) -> Path:
    """A colleague's small list: organisation, name and e-mail under Dutch headers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacten"
    ws.append(list(headers))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _preview(w: iw.ImportWizard, qtbot) -> iw.PlanModel:  # type: ignore[no-untyped-def]
    """Next through sheet and columns to the preview, once it is planned."""
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.choice is not None)
    _next(w, qtbot)
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.plan is not None)
    return w.preview_page.model


def test_under_dutch_the_preview_says_in_dutch_what_is_wrong_and_where(
    wizard, context: AppContext, qtbot, qapp: QApplication, tmp_path: Path
) -> None:
    context.prefs.language = "nl"
    install_translations(qapp, "nl")
    path = _contact_list(
        tmp_path / "lijst.xlsx",
        [
            ["Gemeente Zwolle", "Karin de Boer", "karin@zwolle.nl"],
            ["Gemeente Zwolle", "Ruud Mulder", "ruud.mulder(at)zwolle"],
        ],
    )
    model = _preview(wizard(path), qtbot)
    row = next(r for r in range(model.rowCount()) if model.index(r, 3).data() == "Ruud Mulder")
    assert model.index(row, 0).data() == "Nieuw"
    assert model.index(row, PLAN_DETAILS).data() == (
        "E-mailadres: de waarde is geen e-mailadres (naam@domein.nl); weggelaten"
    )
    assert model.index(row, PLAN_DETAILS).data(Qt.ItemDataRole.ToolTipRole) == (
        "lijst.xlsx, werkblad “Contacten”, rij 3, kolom “E-mailadres”: "
        "de waarde is geen e-mailadres (naam@domein.nl); weggelaten"
    )


def test_under_dutch_every_kind_of_bad_value_in_an_edited_export_is_explained_in_dutch(
    context: AppContext, qapp: QApplication, tmp_path: Path
) -> None:
    from partnerdesk.services import importer
    from partnerdesk.ui.dialogs.import_problems import problem_text

    export = tmp_path / "export.xlsx"
    export_file(context.db, export)
    wb = openpyxl.load_workbook(export)
    people, orgs = wb["People"], wb["Organisations"]
    bad = {
        (people, "E-mail"): "geen adres",
        (people, "Phone"): "bel me",
        (people, "Internal"): "misschien",
        (orgs, "Partnership status"): "raar",
        (orgs, "Reach"): "heel veel",
        (orgs, "Website"): "geen site",
    }
    for (ws, header), value in bad.items():
        column = [c.value for c in ws[1]].index(header) + 1
        ws.cell(row=2, column=column).value = value
    people.cell(row=3, column=1).value = None
    for column in range(2, 6):
        people.cell(row=3, column=column).value = None  # no name, no e-mail
    wb.save(export)
    plan = importer.plan_import(context.db, importer.ImportSource(export))
    problems = plan.all_problems()
    assert len(problems) >= len(bad) + 1
    install_translations(qapp, "nl")
    untranslated = [p.message for p in problems if problem_text(p) == p.message]
    assert untranslated == []


def _rows(context: AppContext, sql: str, **params: object) -> list[tuple[object, ...]]:
    with context.db.reading() as session:
        return [tuple(r) for r in session.execute(text(sql), params)]


def test_each_possible_duplicate_is_skipped_updated_or_added_as_the_coordinator_chooses(
    wizard, context: AppContext, qtbot, tmp_path: Path
) -> None:
    known = _rows(
        context,
        "SELECT p.id, p.given_name, p.family_name, p.email, o.name FROM person p "
        "JOIN affiliation a ON a.person_id = p.id JOIN organisation o ON o.id = a.organisation_id "
        "WHERE p.email IS NOT NULL AND p.name_particle IS NULL ORDER BY p.id LIMIT 3",
    )
    (same_id, given1, family1, email1, org1), second, third = known
    people_before = _count(context, "SELECT count(*) FROM person")
    path = _contact_list(
        tmp_path / "lijst.xlsx",
        [
            # the same e-mail address under initials: the coordinator says it is the same person
            [org1, f"{str(given1)[0]}. {family1}", email1, "06 11112222"],
            # initials at the same organisation, another address: someone else, added
            [second[4], f"{str(second[1])[0]}. {second[2]}", "nieuw@elders.nl", None],
            # the same again, left as proposed: skipped
            [third[4], f"{str(third[1])[0]}. {third[2]}", "overgeslagen@elders.nl", None],
        ],
        ("Organisatie", "Naam", "E-mailadres", "Telefoon"),
    )
    w = wizard(path)
    model = _preview(w, qtbot)
    people = [r for r in range(model.rowCount()) if model.rows[r].entity == "people"]
    assert [model.index(r, 0).data() for r in people] == ["Possible duplicate"] * 3
    assert model.index(people[0], 4).data() == f"{given1} {family1}"  # beside the row's name
    assert [model.index(r, PLAN_DECISION).data() for r in people] == ["Skip"] * 3
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing to do yet

    def choose(row: int, downs: int) -> None:
        combo = w.preview_page.view.indexWidget(model.index(row, PLAN_DECISION))
        assert isinstance(combo, QComboBox)
        for _ in range(downs):
            qtbot.keyClick(combo, Qt.Key.Key_Down)

    choose(people[0], 1)  # Skip -> Same as existing (update it)
    choose(people[1], 2)  # Skip -> Same as existing -> Add as new
    assert model.index(people[0], PLAN_DECISION).data() == "Same as existing (update it)"
    assert model.index(people[1], PLAN_DECISION).data() == "Add as new"
    assert "1 skipped, 1 update the existing record, 1 added as new" in (
        w.preview_page.counts.text()
    )
    _next(w, qtbot)
    qtbot.waitUntil(lambda: w.apply_page.isComplete(), timeout=20_000)
    assert _count(context, "SELECT count(*) FROM person") == people_before + 1
    assert _rows(context, "SELECT phone, given_name FROM person WHERE id = :i", i=same_id) == [
        ("06 11112222", given1)
    ]
    assert _rows(
        context,
        "SELECT o.name FROM person p JOIN affiliation a ON a.person_id = p.id "
        "JOIN organisation o ON o.id = a.organisation_id WHERE p.email = 'nieuw@elders.nl'",
    ) == [(second[4],)]
    assert _count(context, "SELECT count(*) FROM person WHERE email LIKE 'overgeslagen%'") == 0
    assert (
        _count(context, f"SELECT count(*) FROM affiliation WHERE person_id = {int(same_id)}")  # type: ignore[call-overload]
        == 1
    )


def test_under_dutch_the_notes_on_a_messy_sheet_are_dutch(
    wizard, context: AppContext, qtbot, qapp: QApplication, tmp_path: Path
) -> None:
    context.prefs.language = "nl"
    install_translations(qapp, "nl")
    w = wizard(_messy_sheet(tmp_path / "collega.xlsx"))
    _preview(w, qtbot)
    notes = w.preview_page.notes.text().splitlines()
    assert "1 totaalrij(en) overgeslagen." in notes
    assert any(n.startswith("Samengevoegde cellen: de waarde is herhaald in") for n in notes)


def test_a_row_repeating_an_earlier_row_can_be_skipped_or_added_but_not_merged(
    wizard, context: AppContext, qtbot, qapp: QApplication, tmp_path: Path
) -> None:
    context.prefs.language = "nl"
    install_translations(qapp, "nl")
    path = _contact_list(
        tmp_path / "lijst.xlsx",
        [
            ["Gemeente Zwolle", "Karin de Boer", "karin@zwolle.nl"],
            ["Gemeente Zwolle", "K. de Boer", "karin@zwolle.nl"],
        ],
    )
    w = wizard(path)
    model = _preview(w, qtbot)
    row = next(r for r in range(model.rowCount()) if model.index(r, 3).data() == "K. de Boer")
    assert model.index(row, 0).data() == "Mogelijk dubbel"
    assert model.index(row, 4).data() == "Karin de Boer (rij 2)"
    combo = w.preview_page.view.indexWidget(model.index(row, PLAN_DECISION))
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Overslaan", "Als nieuw toevoegen"]
