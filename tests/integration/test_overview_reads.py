"""The Overview reads its actions in one query, with the same records as one by one."""

from __future__ import annotations

from sqlalchemy import select

from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import Action, OutreachWave, Person
from partnerdesk.services.actions import read_action, read_actions, save_action
from partnerdesk.services.records import ActionDraft


def test_reading_actions_together_gives_the_records_read_one_by_one(demo_db: Database) -> None:
    save_action(demo_db.uow(), ActionDraft(description="Call back, nobody assigned yet"))
    with demo_db.reading() as session:
        person_id = session.scalars(select(Person.id).order_by(Person.id)).first()
        wave_id = session.scalars(select(OutreachWave.id)).first()
    linked = ActionDraft(description="Send the invitation", person_id=person_id, wave_id=wave_id)
    save_action(demo_db.uow(), linked)
    with demo_db.uow() as uow:
        ids = list(uow.session.scalars(select(Action.id).order_by(Action.id.desc())))
        together = read_actions(uow.session, ids)
        apart = [read_action(uow.session, action_id) for action_id in ids]
    assert together == apart
    for name in ("owner_name", "session_title", "organisation_name", "person_name", "wave_name"):
        assert any(getattr(r, name) for r in apart), name
        assert any(getattr(r, name) is None for r in apart), name


def test_reading_no_actions_reads_nothing(demo_db: Database) -> None:
    with demo_db.uow() as uow:
        assert read_actions(uow.session, []) == []
