"""Coverage, the overview and waves from a filter, built through the services and checked exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from partnerdesk.__main__ import main
from partnerdesk.domain.enums import (
    ActionStatus,
    ContactChannel,
    OutreachResponse,
    PartnershipStatus,
    Priority,
)
from partnerdesk.persistence.database import Database
from partnerdesk.services import (
    actions,
    contact_moments,
    organisations,
    outreach,
    people,
    reference,
)
from partnerdesk.services.coverage import WITHOUT_SECTOR, coverage, coverage_gaps
from partnerdesk.services.overview import overview
from partnerdesk.services.records import (
    ActionDraft,
    ContactMomentDraft,
    OrganisationDraft,
    OutreachWaveDraft,
    PersonDraft,
    SectorDraft,
    TargetGroupDraft,
)

S = PartnershipStatus


@dataclasses.dataclass
class World:
    cleaning: int
    shops: int
    diy: int
    young: int
    polish: int
    orgs: dict[str, int]


def _world(db: Database) -> World:
    def sector(name: str, priority: Priority) -> int:
        return reference.save_sector(db.uow(), SectorDraft(name, priority=priority)).id

    def group(name: str, priority: Priority) -> int:
        return reference.save_target_group(db.uow(), TargetGroupDraft(name, priority=priority)).id

    w = World(
        cleaning=sector("Schoonmaak", Priority.HIGH),
        shops=sector("Supermarkten", Priority.HIGH),
        diy=sector("Bouwmarkten", Priority.MEDIUM),
        young=group("Jongeren", Priority.HIGH),
        polish=group("Poolse arbeidsmigranten", Priority.HIGH),
        orgs={},
    )
    specs = [
        ("Schoon BV", S.PROSPECT, w.cleaning, (), 10_000, ((w.polish, 4_000),)),
        ("Poets NV", S.APPROACHED, w.cleaning, (), 5_000, ((w.polish, None),)),
        ("Jumbo", S.ACTIVE, w.shops, (), 100_000, ((w.young, 60_000),)),
        ("Kruidvat", S.ACTIVE, w.diy, (w.shops,), 30_000, ((w.young, None), (w.polish, None))),
        ("Lidl", S.IN_DIALOGUE, w.shops, (), 15_000, ((w.young, 9_000),)),
        ("Gamma", S.ACTIVE, w.diy, (), None, ()),
    ]
    for name, status, primary, further, reach, groups in specs:
        w.orgs[name] = organisations.create_organisation(
            db.uow(),
            OrganisationDraft(
                name=name,
                status=status,
                primary_sector_id=primary,
                sector_ids=further,
                reach=reach,
                target_groups=groups,
            ),
        ).id
    return w


def test_a_sector_of_only_prospects_and_approached_has_no_active_partner_and_is_a_gap(
    db: Database,
) -> None:
    w = _world(db)
    result = coverage(db.uow())
    cleaning = result.sector(w.cleaning)
    assert (cleaning.active_partners, cleaning.reach, cleaning.is_gap) == (0, 0, True)
    assert result.cell(w.cleaning, w.polish).active_partners == 0
    assert [a.name for a in result.gaps] == ["Schoonmaak"]  # Kruidvat reaches the Polish
    assert coverage_gaps(db.uow()) == result.gaps


def test_a_medium_priority_sector_without_partners_is_no_gap(db: Database) -> None:
    w = _world(db)
    reference.save_sector(db.uow(), SectorDraft("Musea", priority=Priority.MEDIUM))
    result = coverage(db.uow())
    assert [s.name for s in result.sectors if s.active_partners == 0] == ["Schoonmaak", "Musea"]
    assert w.cleaning in {g.id for g in result.gaps}
    assert "Musea" not in {g.name for g in result.gaps}
    assert coverage_gaps(db.uow()) == result.gaps


def test_the_gaps_alone_are_the_gaps_of_the_whole_coverage(demo_db: Database) -> None:
    whole = coverage(demo_db.uow()).gaps
    assert whole  # the demo data has gaps (Schoonmaakbedrijven, Poolse arbeidsmigranten)
    assert coverage_gaps(demo_db.uow()) == whole
    # a gap filled by an active partner's further sector, and one by a target group link
    cleaning = next(g for g in whole if g.kind == "sector")
    group = next(g for g in whole if g.kind == "target_group")
    organisations.create_organisation(
        demo_db.uow(),
        OrganisationDraft(
            "Nieuwe partner",
            status=S.ACTIVE,
            sector_ids=(cleaning.id,),
            target_groups=((group.id, None),),
        ),
    )
    after = coverage(demo_db.uow()).gaps
    assert cleaning.id not in {g.id for g in after if g.kind == "sector"}
    assert group.id not in {g.id for g in after if g.kind == "target_group"}
    assert coverage_gaps(demo_db.uow()) == after


def test_cells_count_active_partners_of_primary_and_further_sectors_with_their_reach(
    db: Database,
) -> None:
    w = _world(db)
    result = coverage(db.uow())
    shops_young = result.cell(w.shops, w.young)
    # Jumbo 60 000 recorded; Kruidvat (further sector) 30 000 split over its two groups
    assert [result.partner(i).name for i in shops_young.partner_ids] == ["Jumbo", "Kruidvat"]
    assert shops_young.reach == 60_000 + 15_000
    assert result.cell(w.diy, w.polish).reach == 15_000
    assert result.sector(w.shops).active_partners == 2
    assert result.sector(w.shops).reach == 130_000
    assert result.sector(w.diy).active_partners == 2  # Gamma counts without target groups
    assert result.target_group(w.young).reach == 75_000
    assert dict(result.status_counts)[S.ACTIVE] == 3
    assert dict(result.status_counts)[S.ENDED] == 0


def test_active_partners_without_a_sector_count_in_their_own_row_and_the_group_totals(
    db: Database,
) -> None:
    w = _world(db)
    network = organisations.create_organisation(
        db.uow(),
        OrganisationDraft(
            name="Alliantie", status=S.ACTIVE, reach=8_000, target_groups=((w.young, None),)
        ),
    )
    result = coverage(db.uow())
    assert result.without_sector.partner_ids == (network.id,)
    assert result.cell(WITHOUT_SECTOR, w.young).reach == 8_000
    assert result.target_group(w.young).active_partners == 3
    assert result.target_group(w.young).reach == 75_000 + 8_000
    assert network.id not in {p for s in result.sectors for p in s.partner_ids}


def test_an_organisation_becoming_an_active_partner_updates_the_matrix_at_once(
    db: Database,
) -> None:
    w = _world(db)
    draft = organisations.get_organisation(db.uow(), w.orgs["Schoon BV"]).to_draft()
    organisations.update_organisation(
        db.uow(), w.orgs["Schoon BV"], dataclasses.replace(draft, status=S.ACTIVE)
    )
    result = coverage(db.uow())
    assert result.cell(w.cleaning, w.polish).active_partners == 1
    assert result.cell(w.cleaning, w.polish).reach == 4_000
    assert not result.sector(w.cleaning).is_gap
    assert [a.name for a in result.gaps] == []


def test_a_wave_created_from_a_filter_holds_exactly_the_filtered_partners(db: Database) -> None:
    w = _world(db)
    matching = outreach.organisations_matching(
        db.uow(), statuses=(S.ACTIVE,), sector_ids=(w.shops, w.diy)
    )
    assert [m.name for m in matching] == ["Gamma", "Jumbo", "Kruidvat"]
    wave = outreach.save_wave(
        db.uow(),
        OutreachWaveDraft("Nieuw advies", target_group_ids=(w.young,)),
        organisation_ids=tuple(m.id for m in matching),
    )
    with db.reading() as session:
        stored = session.execute(
            text("SELECT organisation_id FROM outreach_entry WHERE wave_id = :w"), {"w": wave.id}
        ).scalars()
        assert sorted(stored) == sorted(w.orgs[n] for n in ("Gamma", "Jumbo", "Kruidvat"))


def test_filters_combine_target_groups_and_tags(db: Database) -> None:
    w = _world(db)
    draft = organisations.get_organisation(db.uow(), w.orgs["Lidl"]).to_draft()
    organisations.update_organisation(
        db.uow(), w.orgs["Lidl"], dataclasses.replace(draft, tags=("Alliantie",))
    )
    by_group = outreach.organisations_matching(db.uow(), target_group_ids=(w.polish,))
    assert [m.name for m in by_group] == ["Kruidvat", "Poets NV", "Schoon BV"]
    by_tag = outreach.organisations_matching(db.uow(), tags=("alliantie",))
    assert [m.name for m in by_tag] == ["Lidl"]


def test_a_bulk_update_sets_every_chosen_entry_and_leaves_the_rest(db: Database) -> None:
    w = _world(db)
    wave = outreach.save_wave(
        db.uow(),
        OutreachWaveDraft("Ronde"),
        organisation_ids=(w.orgs["Jumbo"], w.orgs["Gamma"], w.orgs["Lidl"]),
    )
    chosen = tuple(e.id for e in wave.entries[:2])
    outreach.update_entries(
        db.uow(), chosen, response=OutreachResponse.AGREED, asked_on=dt.date(2026, 11, 1)
    )
    after = outreach.get_wave(db.uow(), wave.id)
    assert [(e.response, e.asked_on) for e in after.entries] == [
        (OutreachResponse.AGREED, dt.date(2026, 11, 1)),
        (OutreachResponse.AGREED, dt.date(2026, 11, 1)),
        (OutreachResponse.PENDING, None),
    ]
    progress = outreach.wave_progress(after)
    assert (progress.partners, progress.asked, progress.agreed, progress.pending) == (3, 2, 2, 1)


def test_the_overview_lists_overdue_actions_quiet_partners_gaps_and_recent_changes(
    db: Database,
) -> None:
    w = _world(db)
    today = dt.date(2026, 11, 23)
    late = actions.save_action(db.uow(), ActionDraft("Bellen", due_on=today - dt.timedelta(1)))
    soon = actions.save_action(db.uow(), ActionDraft("Mailen", due_on=today + dt.timedelta(3)))
    actions.save_action(
        db.uow(), ActionDraft("Klaar", due_on=today - dt.timedelta(5), status=ActionStatus.DONE)
    )
    contact_moments.save_contact_moment(
        db.uow(),
        ContactMomentDraft(
            today - dt.timedelta(10), ContactChannel.CALL, organisation_id=w.orgs["Jumbo"]
        ),
    )
    contact_moments.save_contact_moment(
        db.uow(),
        ContactMomentDraft(
            today - dt.timedelta(200), ContactChannel.CALL, organisation_id=w.orgs["Gamma"]
        ),
    )
    result = overview(db.uow, today=today, quiet_days=90)
    assert [a.id for a in result.overdue_actions] == [late.id]
    assert [a.id for a in result.upcoming_actions] == [soon.id]
    # never contacted first, then the longest silence; Jumbo was called 10 days ago
    assert [(q.name, q.days) for q in result.quiet_partners] == [
        ("Kruidvat", None),
        ("Lidl", None),
        ("Gamma", 200),
    ]
    assert [g.name for g in result.gaps] == ["Schoonmaak"]
    newest = result.recent_changes[0]
    assert (newest.entity, newest.operation, newest.name) == ("contact_moment", "create", "Gamma")
    assert newest.open_as == ("organisation", w.orgs["Gamma"])


def test_the_overview_shows_the_first_ten_actions_of_a_list_and_counts_them_all(
    db: Database,
) -> None:
    today = dt.date(2026, 11, 23)
    late = [
        actions.save_action(
            db.uow(), ActionDraft(f"Bellen {n}", due_on=today - dt.timedelta(days=n))
        ).id
        for n in range(1, 13)
    ]
    soon = actions.save_action(db.uow(), ActionDraft("Mailen", due_on=today)).id
    actions.save_action(
        db.uow(), ActionDraft("Klaar", due_on=today - dt.timedelta(5), status=ActionStatus.DONE)
    )
    result = overview(db.uow, today=today)
    # the longest overdue first
    assert [a.id for a in result.overdue_actions] == late[::-1][:10]
    assert result.overdue_total == 12
    assert ([a.id for a in result.upcoming_actions], result.upcoming_total) == ([soon], 1)
    empty = overview(db.uow, today=today - dt.timedelta(days=30))
    assert (empty.overdue_actions, empty.overdue_total) == ((), 0)


def test_a_deleted_record_still_reads_by_name_in_recent_changes(db: Database) -> None:
    sector = reference.save_sector(db.uow(), SectorDraft("Havens"))
    reference.delete_sector(db.uow(), sector.id)
    change = overview(db.uow).recent_changes[0]
    assert (change.entity, change.operation, change.name, change.exists) == (
        "sector",
        "delete",
        "Havens",
        False,
    )
    assert change.open_as is None


def test_recent_changes_name_each_kind_of_record_as_it_is_now_and_open_it(db: Database) -> None:
    hema = organisations.create_organisation(db.uow(), OrganisationDraft("Hema"))
    renamed = organisations.update_organisation(
        db.uow(), hema.id, dataclasses.replace(hema.to_draft(), name="HEMA B.V.")
    )
    jan = people.create_person(db.uow(), PersonDraft("Jan", "de", "Vries"))
    moment = contact_moments.save_contact_moment(
        db.uow(),
        ContactMomentDraft(dt.date(2026, 11, 2), ContactChannel.CALL, organisation_id=hema.id),
    )
    wave = outreach.save_wave(db.uow(), OutreachWaveDraft("Nieuw advies"), None, (hema.id,))
    outreach.update_entry(
        db.uow(),
        wave.entries[0].id,
        asked_on=dt.date(2026, 11, 3),
        response=OutreachResponse.AGREED,
        done_on=None,
        reach_achieved=None,
    )
    gone = reference.save_sector(db.uow(), SectorDraft("Havens"))
    reference.delete_sector(db.uow(), gone.id)

    lines = [
        (c.entity, c.operation, c.name, c.fields, c.exists, c.open_as)
        for c in overview(db.uow).recent_changes
    ]
    assert lines == [
        ("sector", "delete", "Havens", (), False, None),
        ("outreach_wave", "create", "Nieuw advies", (), True, ("outreach_wave", wave.id)),
        ("contact_moment", "create", "HEMA B.V.", (), True, ("organisation", hema.id)),
        ("person", "create", "Jan de Vries", (), True, ("person", jan.id)),
        ("organisation", "create", "HEMA B.V.", (), True, ("organisation", renamed.id)),
    ]
    assert moment.organisation_id == hema.id


def test_report_coverage_json_lists_every_sector_group_and_cell(
    demo_db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db_target  # the demo database: a file, or a server database's URL
    demo_db.close()
    assert main(["report", "coverage", "--db", str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    sectors = {s["name"]: s for s in data["sectors"]}
    groups = {g["name"]: g for g in data["target_groups"]}
    assert len(sectors) == 9 and len(groups) == 6
    assert len(data["cells"]) == 9 * 6
    assert data["without_sector"]["active_partners"] == 5
    assert "Alliantie Gezond Werk" in data["without_sector"]["partners"]
    assert (
        sectors["Schoonmaakbedrijven"]["active_partners"],
        sectors["Schoonmaakbedrijven"]["gap"],
    ) == (0, True)
    assert groups["Poolse arbeidsmigranten"]["active_partners"] == 0
    assert sectors["Supermarkten"]["active_partners"] == 3
    assert all({"name", "active_partners", "reach"} <= set(s) for s in data["sectors"])
    cell = next(
        c
        for c in data["cells"]
        if c["sector"] == "Bouwmarkten" and c["target_group"] == "Laagopgeleiden"
    )
    assert (cell["active_partners"], cell["partners"]) == (2, ["Gamma", "Karwei"])


def test_report_actions_and_contacts_print_tables_and_json(
    demo_db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db_target  # the demo database: a file, or a server database's URL
    demo_db.close()
    assert main(["report", "actions", "--db", str(target)]) == 0
    out = capsys.readouterr().out
    assert "open actions" in out and "OVERDUE" in out
    assert main(["report", "contacts", "--db", str(target), "--json", "--days", "90"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["days"] == 90
    assert all(
        p["days_since_contact"] is None or p["days_since_contact"] >= 90 for p in data["partners"]
    )
    assert "Karwei" in {p["name"] for p in data["partners"]}


def test_report_on_a_missing_file_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "coverage", "--db", str(tmp_path / "none.sqlite")]) != 0
    assert "There is no data file" in capsys.readouterr().err


def test_coverage_reads_one_moment_even_when_a_partner_comes_back_between_its_queries(
    demo_db: Database,
) -> None:
    from sqlalchemy import event

    with demo_db.engine.connect() as conn:
        returning = conn.execute(
            text(
                "SELECT o.id FROM organisation o JOIN organisation_target_group l "
                "ON l.organisation_id = o.id WHERE o.status <> 'active' ORDER BY o.id LIMIT 1"
            )
        ).scalar_one()
    seen: list[str] = []

    def reactivate_after_partners_are_read(conn, cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if "organisation.reach" in statement and not seen:
            seen.append(statement)
            # another user makes it a partner again (an undo) while the report is half read
            with demo_db.engine.begin() as other:
                other.execute(
                    text("UPDATE organisation SET status = 'active' WHERE id = :i"),
                    {"i": returning},
                )

    event.listen(demo_db.engine, "after_cursor_execute", reactivate_after_partners_are_read)
    try:
        report = coverage(demo_db.uow())
    finally:
        event.remove(demo_db.engine, "after_cursor_execute", reactivate_after_partners_are_read)
    assert seen
    assert returning not in {p.id for p in report.partners}  # as the report began
