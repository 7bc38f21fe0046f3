"""The list models: Qt's model rules (qtmodeltester), keyset paging and flat memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert, text

from partnerdesk.domain.names import sort_key
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import Organisation, Person
from partnerdesk.services.lists import PAGE_SIZE, OrganisationQuery, PersonQuery
from partnerdesk.ui.models.organisation_table_model import OrganisationTableModel
from partnerdesk.ui.models.paged_table_model import Roles
from partnerdesk.ui.models.person_table_model import PersonTableModel
from partnerdesk.ui.widgets.highlight_delegate import match_spans

MANY = 2 * PAGE_SIZE + 50


@pytest.fixture
def many(db: Database) -> Database:
    """450 organisations and 450 people, written in bulk."""
    with db.engine.begin() as conn:
        conn.execute(
            insert(Organisation),
            [
                {
                    "name": f"Organisatie {n:04d}",
                    "name_key": f"organisatie {n:04d}",
                    "kind": "company",
                    "status": ("active", "prospect", "paused")[n % 3],
                    "reach": (n * 37) % 1000 if n % 5 else None,
                    "city": None if n % 4 == 0 else f"Stad {n % 7}",
                }
                for n in range(MANY)
            ],
        )
        conn.execute(
            insert(Person),
            [
                {
                    "given_name": f"Jan{n}",
                    "name_particle": "van der" if n % 2 else None,
                    "family_name": f"Berg{n % 13}",
                    "sort_key": sort_key(f"Jan{n}", "van der" if n % 2 else None, f"Berg{n % 13}"),
                    "email": f"jan{n}@voorbeeld.nl",
                    "is_internal": n % 3 == 0,
                }
                for n in range(MANY)
            ],
        )
    return db


def _ids(model: OrganisationTableModel | PersonTableModel) -> list[int]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r, 0).data(Roles.ID) for r in range(model.rowCount())]


def test_the_organisation_model_follows_the_qt_model_rules(
    demo_db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    model = OrganisationTableModel(demo_db)
    model.set_query(OrganisationQuery())
    qtmodeltester.check(model)
    model.set_query(OrganisationQuery(search="sport"))
    qtmodeltester.check(model)


def test_the_person_model_follows_the_qt_model_rules(demo_db: Database, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PersonTableModel(demo_db)
    model.set_query(PersonQuery())
    qtmodeltester.check(model)
    model.set_query(PersonQuery(search="bos", internal=False))
    qtmodeltester.check(model)


def test_a_large_list_loads_one_page_at_a_time(many: Database, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = OrganisationTableModel(many)
    model.set_query(OrganisationQuery())
    assert model.total == MANY
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore()
    assert model.rowCount() == MANY
    assert not model.canFetchMore()
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("column", "order_by"),
    [
        (OrganisationTableModel.NAME, "name_key, id"),
        (OrganisationTableModel.REACH, "coalesce(reach, -1) DESC, id DESC"),
        (OrganisationTableModel.CITY, "coalesce(city, '') DESC, id DESC"),
    ],
)
def test_paging_by_keyset_gives_the_same_order_as_one_sql_query(
    many: Database, column: int, order_by: str
) -> None:
    model = OrganisationTableModel(many)
    model.set_query(OrganisationQuery())
    descending = "DESC" in order_by
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    with many.engine.connect() as conn:
        expected = list(
            conn.execute(text(f"SELECT id FROM organisation ORDER BY {order_by}")).scalars()
        )
    assert _ids(model) == expected


def test_only_a_few_pages_stay_in_memory_and_dropped_pages_come_back_alike(many: Database) -> None:
    model = PersonTableModel(many)
    model.CACHED_PAGES = 2
    model.set_query(PersonQuery())
    first_rows = [model.index(r, 0).data() for r in range(PAGE_SIZE)]
    _ids(model)  # scroll to the end
    assert len(model._pages) <= 2
    assert [model.index(r, 0).data() for r in range(PAGE_SIZE)] == first_rows


def test_filters_are_counted_in_sql(many: Database) -> None:
    model = PersonTableModel(many)
    model.set_query(PersonQuery(internal=True))
    assert model.total == len([n for n in range(MANY) if n % 3 == 0])


def test_the_matched_text_is_found_whatever_its_accents_and_case() -> None:
    assert match_spans("Özdemir, Ayşe", "ozd") == ((0, 3),)
    assert match_spans("Berg, Koen van der", "KOEN berg") == ((0, 4), (6, 4))
    assert match_spans("KNVB", "xyz") == ()


def test_a_large_list_is_counted_off_the_gui_thread(many: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from partnerdesk.ui.tasks import TaskRunner

    tasks = TaskRunner()
    model = PersonTableModel(many, tasks)
    with qtbot.waitSignal(model.total_changed):
        model.set_query(PersonQuery())
        assert model.rowCount() == PAGE_SIZE  # rows show before the count is known
    assert model.total == MANY
    tasks.wait()


def test_a_query_counted_before_is_not_counted_again_until_the_data_changes(
    many: Database,
) -> None:
    from sqlalchemy import event

    model = PersonTableModel(many)
    model.keep_counts = True
    counts: list[str] = []

    def remember(*args: object) -> None:
        if "count(" in str(args[2]).lower():
            counts.append(str(args[2]))

    event.listen(many.engine, "before_cursor_execute", remember)
    try:
        model.set_query(PersonQuery())
        model.set_query(PersonQuery(internal=False))
        model.set_query(PersonQuery())  # chosen again: its count is known
        assert model.total == MANY
        assert len(counts) == 2

        with many.engine.begin() as conn:
            conn.execute(text("UPDATE person SET erased_at = '2026-01-01' WHERE id = 1"))
        model.forget_counts()  # what a page does when the data changed
        model.set_query(PersonQuery())
        assert len(counts) == 3
        assert model.total == MANY - 1
    finally:
        event.remove(many.engine, "before_cursor_execute", remember)


def _expected_people(db: Database, terms: list[str]) -> list[int]:
    """People not erased whose search text holds every term, in the list's order (plain SQL)."""
    likes = " AND ".join("s.text LIKE :t" + str(n) for n in range(len(terms)))
    with db.engine.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT p.id FROM person p JOIN search_entry s "
                    "ON s.entity = 'person' AND s.entity_id = p.id "
                    f"WHERE p.erased_at IS NULL AND {likes} ORDER BY p.sort_key, p.id"
                ),
                {f"t{n}": f"%{term}%" for n, term in enumerate(terms)},
            ).scalars()
        )


@pytest.mark.parametrize("walk_share", [0.0, 1.1], ids=["walking the order", "reading every text"])
@pytest.mark.parametrize("search", ["e", "an", "qx", "e an", "jan e"])
def test_searching_one_or_two_letters_finds_everyone_holding_them_in_the_list_order(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, walk_share: float, search: str
) -> None:
    from partnerdesk.services import lists

    monkeypatch.setattr(lists, "WALK_SHARE", walk_share)
    model = PersonTableModel(demo_db)
    model.set_query(PersonQuery(search=search))
    expected = _expected_people(demo_db, search.split())
    assert _ids(model) == expected
    assert model.total == len(expected)
    if search == "qx":
        assert expected == []
    else:
        assert len(expected) > 0


def test_a_search_of_one_letter_walks_page_after_page_to_the_same_people(
    many: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerdesk.persistence import search
    from partnerdesk.services import lists

    with many.uow() as uow:
        search.reindex_all(uow.session)
        uow.commit()
    monkeypatch.setattr(lists, "WALK_SHARE", 0.0)
    model = PersonTableModel(many)
    model.set_query(PersonQuery(search="e"))
    assert model.rowCount() == PAGE_SIZE  # the first page, without reading every text
    assert _ids(model) == _expected_people(many, ["e"])
    assert model.rowCount() > PAGE_SIZE


def test_a_shown_list_starts_counting_its_matches_once_its_rows_are_painted(
    many: Database, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject

    from partnerdesk.settings import Settings
    from partnerdesk.ui.tasks import TaskRunner
    from partnerdesk.ui.widgets.record_list import RecordList

    tasks = TaskRunner()
    model = PersonTableModel(many, tasks)
    records = RecordList(model, Settings.at(tmp_path / "settings.ini"), "people")
    qtbot.addWidget(records)
    records.show()
    qtbot.waitExposed(records)
    happened: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                happened.append("painted")
            return False

    watch = Painted(records)
    records.view.viewport().installEventFilter(watch)
    run = tasks.run
    tasks.run = lambda *args, **kwargs: happened.append("counting") or run(*args, **kwargs)  # type: ignore[method-assign]

    model.set_query(PersonQuery())
    assert model.rowCount() == PAGE_SIZE
    assert tasks.pending  # the count is promised before it starts
    qtbot.waitUntil(lambda: model.total == MANY)
    assert "painted" in happened
    assert happened.index("painted") < happened.index("counting")
    qtbot.waitUntil(lambda: not tasks.pending)
    tasks.wait()
