"""The Coverage, Outreach and Overview pages as the coordinator uses them, on the demo data."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from partnerdesk.domain.enums import OutreachResponse, PartnershipStatus
from partnerdesk.paths import AppPaths
from partnerdesk.persistence.database import Database
from partnerdesk.services import organisations, outreach, reference
from partnerdesk.settings import Settings
from partnerdesk.ui.context import AppContext
from partnerdesk.ui.pages import PAGES
from partnerdesk.ui.pages.coverage import CoveragePage
from partnerdesk.ui.pages.outreach import OutreachPage
from partnerdesk.ui.pages.overview import OverviewPage


@pytest.fixture
def context(
    gui_db: Database, paths: AppPaths, tmp_path: Path, english: None
) -> Iterator[AppContext]:
    """A copy of the demo data (tests/gui/conftest.py); waits for the pages' loads at the end."""
    ctx = AppContext(db=gui_db, paths=paths, settings=Settings.at(tmp_path / "settings.ini"))
    yield ctx
    ctx.tasks.wait()


def _ids(db: Database, table: str) -> dict[str, int]:
    with db.reading() as session:
        return {name: i for i, name in session.execute(text(f"SELECT id, name FROM {table}"))}


def _loaded_coverage(qtbot: QtBot, context: AppContext) -> CoveragePage:
    page = CoveragePage(context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _cell(page: CoveragePage, sector: str, group: str) -> tuple[int, int]:
    data = page.model.coverage
    assert data is not None
    row = [s.name for s in data.sectors].index(sector)
    column = [g.name for g in data.target_groups].index(group)
    return row, column


def test_the_overview_is_the_first_page() -> None:
    assert PAGES[0].load() is OverviewPage
    assert {CoveragePage, OutreachPage} <= {entry.load() for entry in PAGES}


def test_the_window_opens_on_the_overview_and_a_gap_leads_to_its_row_in_coverage(
    window: QMainWindow, qtbot: QtBot
) -> None:
    overview_page = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(overview_page, OverviewPage)
    qtbot.waitUntil(lambda: overview_page.gaps.list.count() == 2)
    overview_page.gaps.list.itemActivated.emit(overview_page.gaps.list.item(0))
    coverage_page = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(coverage_page, CoveragePage)
    qtbot.waitUntil(lambda: coverage_page.model.coverage is not None)
    qtbot.waitUntil(lambda: "Schoonmaakbedrijven" in coverage_page.partners_title.text())
    assert "0" in coverage_page.partners_title.text()


def test_clicking_a_coverage_cell_lists_its_partners(qtbot: QtBot, context: AppContext) -> None:
    page = _loaded_coverage(qtbot, context)
    row, column = _cell(page, "Bouwmarkten", "Laagopgeleiden")
    index = page.model.index(row, column)
    rect = page.matrix.visualRect(index)
    page.show()
    qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.partner_names() == ["Gamma", "Karwei"]
    assert "2" in page.partners_title.text()


def test_opening_a_listed_partner_asks_to_show_its_record(
    qtbot: QtBot, context: AppContext
) -> None:
    page = _loaded_coverage(qtbot, context)
    row, column = _cell(page, "Bouwmarkten", "Laagopgeleiden")
    page.matrix.clicked.emit(page.model.index(row, column))
    with qtbot.waitSignal(context.events.open_record) as signal:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["organisation", _ids(context.db, "organisation")["Gamma"]]


def test_gaps_are_marked_in_words_in_the_headers_and_the_banner(
    qtbot: QtBot, context: AppContext
) -> None:
    page = _loaded_coverage(qtbot, context)
    data = page.model.coverage
    assert data is not None
    row = [s.name for s in data.sectors].index("Schoonmaakbedrijven")
    column = [g.name for g in data.target_groups].index("Poolse arbeidsmigranten")
    row_header = page.model.headerData(row, Qt.Orientation.Vertical)
    column_header = page.model.headerData(column, Qt.Orientation.Horizontal)
    assert isinstance(row_header, str) and "GAP" in row_header
    assert isinstance(column_header, str) and "GAP" in column_header
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "Bouwmarkten"
    assert "Schoonmaakbedrijven" in page.banner.text()
    assert "Poolse arbeidsmigranten" in page.banner.text()
    assert "Schoonmaakbedrijven: gap" in page.reach_chart.accessibleDescription()
    assert "Active partner: 15" in page.funnel_chart.accessibleDescription()


def test_a_partner_becoming_active_updates_the_matrix_after_data_changed(
    qtbot: QtBot, context: AppContext
) -> None:
    page = _loaded_coverage(qtbot, context)
    row, column = _cell(page, "Schoonmaakbedrijven", "Laagopgeleiden")
    assert page.model.counts(row, column) == (0, 0)
    groups = _ids(context.db, "target_group")
    csu = _ids(context.db, "organisation")["CSU Schoonmaak"]
    draft = organisations.get_organisation(context.db.uow(), csu).to_draft()
    organisations.update_organisation(
        context.db.uow(),
        csu,
        dataclasses.replace(
            draft,
            status=PartnershipStatus.ACTIVE,
            target_groups=((groups["Laagopgeleiden"], 9_000),),
        ),
    )
    context.events.data_changed.emit("organisation")
    qtbot.waitUntil(
        lambda: (
            page.model.counts(*_cell(page, "Schoonmaakbedrijven", "Laagopgeleiden")) == (1, 9_000)
        )
    )
    assert "Schoonmaakbedrijven" not in page.banner.text()


def test_an_empty_coverage_view_says_what_to_do_next(
    qtbot: QtBot, db: Database, paths: AppPaths
) -> None:
    ctx = AppContext(db=db, paths=paths)
    page = CoveragePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.coverage is not None)
    assert page.empty_label.isVisible() and "Sectors…" in page.empty_label.text()
    assert page.model.rowCount() == 1  # only the totals
    ctx.tasks.wait()


def test_the_coverage_view_exports_as_a_workbook_and_an_image(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    page = _loaded_coverage(qtbot, context)
    page.export_sheet(tmp_path / "coverage.xlsx")
    wb = load_workbook(tmp_path / "coverage.xlsx", read_only=True)
    try:
        assert wb.sheetnames == ["Coverage", "Sectors", "Target groups"]
        sectors = {row[0]: row for row in wb["Sectors"].iter_rows(min_row=2, values_only=True)}
        assert sectors["Schoonmaakbedrijven"][2:5] == (0, 0, "yes")
        assert sectors["Supermarkten"][2] == 3
        coverage_rows = list(wb["Coverage"].iter_rows(min_row=2, values_only=True))
        # nine sectors and the partners without a sector (the alliance, MKB-Nederland, …)
        assert len(coverage_rows) == 10 * 6
        assert ("Without sector", "Laagopgeleiden", 2) in {r[:3] for r in coverage_rows}
    finally:
        wb.close()
    page.resize(1200, 800)
    assert page.save_image(tmp_path / "coverage.png")
    assert (tmp_path / "coverage.png").read_bytes()[:4] == b"\x89PNG"


def test_a_sector_name_that_looks_like_a_formula_is_exported_as_text(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from partnerdesk.services.records import SectorDraft

    reference.save_sector(context.db.uow(), SectorDraft("=1+1"))
    page = _loaded_coverage(qtbot, context)
    page.export_sheet(tmp_path / "c.xlsx")
    wb = load_workbook(tmp_path / "c.xlsx")
    try:
        names = [row[0].value for row in wb["Sectors"].iter_rows(min_row=2)]
        cell = next(row[0] for row in wb["Sectors"].iter_rows(min_row=2) if row[0].value == "=1+1")
        assert "=1+1" in names and cell.data_type == "s"
    finally:
        wb.close()


def test_overview_items_open_their_records(qtbot: QtBot, context: AppContext) -> None:
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.gaps.list.count() == 2)
    assert page.overdue.list.count() == 3 and "(3)" in page.overdue.title()
    texts = page.gaps.texts()
    assert any("Schoonmaakbedrijven" in t for t in texts)
    quiet = page.quiet.texts()
    assert quiet[0].startswith("Action Nederland") and "never contacted" in quiet[0]
    with qtbot.waitSignal(context.events.open_record) as signal:
        page.quiet.list.itemActivated.emit(page.quiet.list.item(0))
    assert signal.args == ["organisation", _ids(context.db, "organisation")["Action Nederland"]]
    with qtbot.waitSignal(context.events.open_record) as signal:
        page.gaps.list.itemActivated.emit(page.gaps.list.item(0))
    assert signal.args == ["sector", _ids(context.db, "sector")["Schoonmaakbedrijven"]]
    with qtbot.waitSignal(context.events.open_record) as signal:
        page.overdue.list.itemActivated.emit(page.overdue.list.item(0))
    assert signal.args[0] == "action"


def test_an_empty_overview_says_so_in_every_section(
    qtbot: QtBot, db: Database, paths: AppPaths
) -> None:
    ctx = AppContext(db=db, paths=paths)
    page = OverviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.heading.text()))
    for section in page.sections().values():
        assert section.list.count() == 0
        assert section.empty.isVisible() and section.empty.text()
    ctx.tasks.wait()


def _loaded_outreach(qtbot: QtBot, context: AppContext) -> OutreachPage:
    page = OutreachPage(context)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.waves.count() == 2 and page.model.rowCount() > 0)
    return page


def test_a_wave_created_in_the_dialog_holds_exactly_the_filtered_partners(
    qtbot: QtBot, context: AppContext
) -> None:
    from partnerdesk.ui.dialogs.wave_dialog import WaveDialog, set_checked

    dialog = WaveDialog(context)
    qtbot.addWidget(dialog)
    set_checked(dialog.sectors, {"Supermarkten", "Bouwmarkten"})
    assert dialog.matching_names() == ["Albert Heijn", "Gamma", "Jumbo", "Karwei", "Kruidvat"]
    assert "5" in dialog.count.text()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Nieuw advies (najaar)")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.created is not None
    with context.db.reading() as session:
        stored = (
            session.execute(
                text(
                    "SELECT o.name FROM outreach_entry e JOIN organisation o ON o.id = e.organisation_id"
                    " WHERE e.wave_id = :w ORDER BY o.name"
                ),
                {"w": dialog.created.id},
            )
            .scalars()
            .all()
        )
    assert stored == ["Albert Heijn", "Gamma", "Jumbo", "Karwei", "Kruidvat"]


def test_bulk_updates_set_the_answer_of_the_selected_partners(
    qtbot: QtBot, context: AppContext
) -> None:
    page = _loaded_outreach(qtbot, context)
    wave_names = [page.waves.item(i).text().split("\n")[0] for i in range(page.waves.count())]
    page.waves.setCurrentRow(wave_names.index("Sportbonden: campagne voor fans"))
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        selection.select(page.model.index(row, 0), flags)
    assert page.asked_button.isEnabled()
    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
    page.response_combo.setCurrentIndex(page.response_combo.findData("agreed"))
    qtbot.mouseClick(page.response_button, Qt.MouseButton.LeftButton)
    wave = next(
        w for w in outreach.list_waves(context.db.uow()) if w.name.startswith("Sportbonden")
    )
    answers = [(e.organisation_name, e.asked_on, e.response) for e in wave.entries]
    today = dt.date.today()
    assert answers == [
        ("Atletiekunie", today, OutreachResponse.AGREED),
        ("KNHB", today, OutreachResponse.AGREED),
        ("KNVB", None, OutreachResponse.PENDING),
        ("Nevobo", None, OutreachResponse.PENDING),
    ]
    assert page.progress.value() == 2 and "2 of 4" in page.progress.format()


@pytest.fixture
def dutch_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


def test_editing_reach_achieved_in_the_table_saves_it_and_shows_it_the_dutch_way(
    qtbot: QtBot, context: AppContext, dutch_locale: None
) -> None:
    page = _loaded_outreach(qtbot, context)
    index = page.model.index(0, page.model.REACH)
    assert page.model.setData(index, 12_500)
    entry_id = page.model.rows[0].id
    with context.db.reading() as session:
        stored = session.execute(
            text("SELECT reach_achieved FROM outreach_entry WHERE id = :i"), {"i": entry_id}
        ).scalar()
    assert stored == 12_500
    assert page.model.data(index) == "12.500"


def test_coverage_cells_read_the_dutch_way_under_a_dutch_locale(
    qtbot: QtBot, context: AppContext, dutch_locale: None
) -> None:
    page = _loaded_coverage(qtbot, context)
    row, column = _cell(page, "Supermarkten", "Jongeren 15–24 jaar")
    assert page.model.data(page.model.index(row, column)) == "3\n120.000"


def test_the_wave_entries_model_passes_the_model_tester(
    qtbot: QtBot, context: AppContext, qtmodeltester: object
) -> None:
    page = _loaded_outreach(qtbot, context)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    coverage_page = _loaded_coverage(qtbot, context)
    qtmodeltester.check(coverage_page.model)  # type: ignore[attr-defined]


def test_deleting_a_wave_asks_first_and_keeps_it_when_cancelled(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _loaded_outreach(qtbot, context)
    asked: list[str] = []

    def answer(_parent: object, question: str, _action: str) -> bool:
        asked.append(question)
        return False

    monkeypatch.setattr("partnerdesk.ui.messages.confirm", answer)
    page.delete_selected()
    assert len(asked) == 1 and len(outreach.list_waves(context.db.uow())) == 2
    monkeypatch.setattr("partnerdesk.ui.messages.confirm", lambda *_args: True)
    assert page.count() == 2
    page.delete_selected()
    assert len(outreach.list_waves(context.db.uow())) == 1
    assert page.count() == 1
    qtbot.waitUntil(lambda: page.waves.count() == 1)
    assert QMessageBox is not None


def test_sectors_are_added_edited_and_deleted_after_confirmation(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.domain.enums import Priority
    from partnerdesk.ui.dialogs.reference_dialog import ReferenceDialog

    dialog = ReferenceDialog(context, "sector")
    qtbot.addWidget(dialog)
    assert dialog.count_label.text() == "9 sectors"
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "Havens")
    dialog.priority.setCurrentIndex(dialog.priority.findData(Priority.HIGH))
    dialog.size_input.setValue(40_000)
    with qtbot.waitSignal(context.events.data_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with context.db.reading() as session:
        row = session.execute(
            text("SELECT priority, estimated_size FROM sector WHERE name = 'Havens'")
        ).one()
    assert tuple(row) == ("high", 40_000)
    assert dialog.count_label.text() == "10 sectors"
    monkeypatch.setattr("partnerdesk.ui.messages.confirm", lambda *_args: False)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Havens" in {s.name for s in reference.list_sectors(context.db.uow())}
    monkeypatch.setattr("partnerdesk.ui.messages.confirm", lambda *_args: True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Havens" not in {s.name for s in reference.list_sectors(context.db.uow())}
    assert dialog.count_label.text() == "9 sectors"


def test_a_duplicate_sector_name_is_refused_with_a_message_and_nothing_saved(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.ui.dialogs.reference_dialog import ReferenceDialog

    shown: list[str] = []
    monkeypatch.setattr(
        "partnerdesk.ui.messages.show_error", lambda _parent, error, *_a: shown.append(str(error))
    )
    dialog = ReferenceDialog(context, "sector")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name, "supermarkten")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shown and "Supermarkten" in shown[0]
    assert len(reference.list_sectors(context.db.uow())) == 9


def test_recent_changes_say_in_words_what_changed(qtbot: QtBot, context: AppContext) -> None:
    page = OverviewPage(context)
    qtbot.addWidget(page)
    csu = _ids(context.db, "organisation")["CSU Schoonmaak"]
    draft = organisations.get_organisation(context.db.uow(), csu).to_draft()
    organisations.update_organisation(
        context.db.uow(),
        csu,
        dataclasses.replace(draft, status=PartnershipStatus.ACTIVE, reach=14_000),
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.changes.list.count() > 0)
    newest = page.changes.texts()[0]
    assert "Organisation “CSU Schoonmaak” changed: " in newest
    assert {"partnership status", "reach"} == set(newest.split("changed: ")[1].split(", "))
    with qtbot.waitSignal(context.events.open_record) as signal:
        page.changes.list.itemActivated.emit(page.changes.list.item(0))
    assert signal.args == ["organisation", csu]
