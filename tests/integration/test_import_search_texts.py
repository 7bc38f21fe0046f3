"""An import composes the search texts of the records it makes from the values it wrote;
they must be exactly what reading those records back (search.reindex) gives."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, insert, select

from partnerdesk.persistence import search
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import (
    Affiliation,
    Organisation,
    OrganisationTag,
    Person,
    PersonTag,
    SearchEntry,
    Tag,
)
from partnerdesk.services import importer
from partnerdesk.services.exporter import export_file


def _entries(db: Database) -> dict[tuple[str, int], str]:
    with db.reading() as session:
        rows = session.execute(select(SearchEntry.entity, SearchEntry.entity_id, SearchEntry.text))
        return {(entity, entity_id): text for entity, entity_id, text in rows}


def _entries_read_back(db: Database) -> dict[tuple[str, int], str]:
    """The entries reindex writes for every record, reading each one from the database."""
    with db.uow() as uow:
        session = uow.session
        touched = {
            search.ORGANISATION: set(session.scalars(select(Organisation.id))),
            search.PERSON: set(session.scalars(select(Person.id))),
        }
        search.reindex(session, touched)
        session.flush()
        result = {
            (entity, entity_id): text
            for entity, entity_id, text in session.execute(
                select(SearchEntry.entity, SearchEntry.entity_id, SearchEntry.text)
            )
        }
        # rolled back: the database keeps what the import wrote
    return result


def _import(db: Database, path: Path) -> None:
    plan = importer.plan_import(db, importer.ImportSource(path))
    importer.apply_import(db, plan, backup=False)


def test_a_workbook_imported_into_a_fresh_database_has_the_search_texts_reindex_writes(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.uow() as uow:  # several tags and organisations each, not in name order
        session = uow.session
        person_id, org_id = session.execute(
            select(Affiliation.person_id, Affiliation.organisation_id).limit(1)
        ).one()
        other_org = session.scalar(select(func.max(Organisation.id)))
        tags = [
            session.execute(insert(Tag).values(name=name).returning(Tag.id)).scalar_one()
            for name in ("Zuid", "Ánders", "Midden")
        ]
        for tag in tags:
            session.execute(insert(PersonTag).values(person_id=person_id, tag_id=tag))
            session.execute(insert(OrganisationTag).values(organisation_id=org_id, tag_id=tag))
        session.execute(
            insert(Affiliation).values(
                person_id=person_id, organisation_id=other_org, is_primary=False
            )
        )
        uow.commit()
    export = tmp_path / "export.xlsx"
    export_file(demo_db, export)
    fresh = Database.open(tmp_path / "fresh.sqlite", backup_dir=tmp_path / "backups")
    try:
        _import(fresh, export)
        stored = _entries(fresh)
        read_back = _entries_read_back(fresh)
    finally:
        fresh.close()
    people = [text for (entity, _), text in stored.items() if entity == search.PERSON]
    assert len(people) > 100 and len(stored) > len(people)
    assert any("zuid" in text and "anders" in text for text in people)
    assert stored == read_back


def test_new_people_linked_to_stored_organisations_get_the_search_texts_reindex_writes(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        stored_org = session.execute(select(Organisation.name, Organisation.city).limit(1)).one()
    sheet = tmp_path / "colleague.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Organisatie", "Voornaam", "Achternaam", "E-mailadres", "Plaats", "Functie"])
    ws.append([stored_org[0], "Zoë", "van der Zwaan", "zoe@example.nl", None, "Adviseur"])
    ws.append(["Nieuwe Stichting Één", "Ömer", "Çelik", "omer@example.nl", "Utrecht", None])
    ws.append(["Nieuwe Stichting Één", "Piet", "de Boer", None, None, "Directeur"])
    wb.save(sheet)
    before = _entries(demo_db)
    _import(demo_db, sheet)
    stored = _entries(demo_db)
    assert len(stored) == len(before) + 4  # three people and one organisation
    new = {key: text for key, text in stored.items() if key not in before}
    assert any("zwaan" in text and fold_name(stored_org[0]) in text for text in new.values())
    assert any("celik" in text and "nieuwe stichting een" in text for text in new.values())
    assert stored == _entries_read_back(demo_db)


def fold_name(name: str) -> str:
    from partnerdesk.domain.text import fold

    return fold(name)
