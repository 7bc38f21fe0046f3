"""The demo data set: a realistic programme office, deterministic, and scalable for benchmarks.

Scale 1 is the curated office (about 40 organisations, 120 people, 15 sessions). A larger scale S
adds S × (100 organisations, 1000 people, 200 sessions, 1000 participations, 500 actions), so that
scale 100 holds about 10 000 organisations, 100 000 people, 20 000 sessions with 100 000
participations and 50 000 actions. Synthetic rows are written with bulk inserts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from partnerdesk.domain.contact import phone_key
from partnerdesk.domain.enums import (
    ActionStatus,
    Attendance,
    BatchKind,
    Channel,
    ContactChannel,
    LawfulBasis,
    OrganisationKind,
    OutreachResponse,
    PartnershipStatus,
    Priority,
    SessionItemKind,
    SessionKind,
    SessionStatus,
)
from partnerdesk.domain.names import sort_key
from partnerdesk.domain.organisations import name_key
from partnerdesk.errors import UserError
from partnerdesk.persistence import ids, search
from partnerdesk.persistence.database import Database
from partnerdesk.persistence.models import (
    Action,
    Affiliation,
    DialogueSession,
    Organisation,
    Person,
    SessionItem,
    SessionOrganisation,
    SessionParticipant,
    utcnow,
)
from partnerdesk.persistence.unit_of_work import UnitOfWork
from partnerdesk.services import (
    actions,
    contact_moments,
    organisations,
    outreach,
    people,
    reference,
)
from partnerdesk.services import sessions as dialogue
from partnerdesk.services.records import (
    ActionDraft,
    AffiliationDraft,
    ContactMomentDraft,
    OrganisationDraft,
    OutreachWaveDraft,
    ParticipantDraft,
    PersonDraft,
    SectorDraft,
    SessionDraft,
    TargetGroupDraft,
)

SEED = 20261123
T = TypeVar("T")

#: per unit of scale above 1, in the proportions of the reference data set
PER_SCALE = {
    "organisations": 100,
    "people": 1000,
    "sessions": 200,
    "participations": 1000,
    "actions": 500,
}

SECTORS = [
    (
        "Supermarkten",
        Priority.HIGH,
        4_000_000,
        "Dagelijkse boodschappen: bijna iedereen komt er wekelijks.",
    ),
    ("Bouwmarkten", Priority.HIGH, 1_500_000, "Veel jonge mannen met een praktische opleiding."),
    ("Detailhandel", Priority.MEDIUM, 2_500_000, "Winkelketens met veel jonge medewerkers."),
    (
        "Schoonmaakbedrijven",
        Priority.HIGH,
        150_000,
        "Veel medewerkers met een migratieachtergrond en basisonderwijs.",
    ),
    (
        "Openbaar vervoer",
        Priority.MEDIUM,
        1_000_000,
        "Reizigers en personeel; schermen in stations.",
    ),
    ("Bungalowparken", Priority.LOW, 800_000, "Gasten en seizoenspersoneel."),
    ("Musea en pretparken", Priority.LOW, 1_200_000, "Families en schoolgroepen."),
    ("Sportbonden", Priority.HIGH, 3_000_000, "Leden, vrijwilligers en fans."),
    (
        "Uitzendbranche",
        Priority.MEDIUM,
        600_000,
        "Arbeidsmigranten en jongeren met tijdelijk werk.",
    ),
]
TARGET_GROUPS = [
    ("Jongeren 15–24 jaar", Priority.HIGH, "Lagere adoptie van de app dan gemiddeld."),
    ("Laagopgeleiden", Priority.HIGH, "Mensen met alleen basisonderwijs of vmbo."),
    (
        "Poolse arbeidsmigranten",
        Priority.HIGH,
        "Bereikbaar via werkgevers en uitzendbureaus; Pools.",
    ),
    (
        "Turks-Nederlandse gemeenschap",
        Priority.MEDIUM,
        "Via moskeeverenigingen en sportclubs; Turks.",
    ),
    (
        "Marokkaans-Nederlandse gemeenschap",
        Priority.MEDIUM,
        "Via sportclubs en buurtwerk; Arabisch, Tamazight.",
    ),
    ("Ouderen 70+", Priority.LOW, "Al goed bereikt via de publiekscampagne."),
]

A = PartnershipStatus
K = OrganisationKind
#: name, kind, sector, status, reach, reach note, city, website, channels, target groups
ORGANISATIONS: list[
    tuple[
        str,
        K,
        str | None,
        A,
        int | None,
        str | None,
        str,
        str,
        tuple[Channel, ...],
        tuple[str, ...],
    ]
] = [
    (
        "Alliantie Gezond Werk",
        K.NETWORK,
        None,
        A.ACTIVE,
        250_000,
        "medewerkers van aangesloten bedrijven",
        "Utrecht",
        "gezondwerk-alliantie.nl",
        (Channel.NEWSLETTER, Channel.EVENTS),
        ("Laagopgeleiden",),
    ),
    (
        "KNVB",
        K.FEDERATION,
        "Sportbonden",
        A.ACTIVE,
        1_000_000,
        "1 miljoen voetballiefhebbers",
        "Zeist",
        "knvb.nl",
        (Channel.SOCIAL_MEDIA, Channel.WEBSITE, Channel.EVENTS),
        (
            "Jongeren 15–24 jaar",
            "Turks-Nederlandse gemeenschap",
            "Marokkaans-Nederlandse gemeenschap",
        ),
    ),
    (
        "KNHB",
        K.FEDERATION,
        "Sportbonden",
        A.IN_DIALOGUE,
        255_000,
        "leden hockeyclubs",
        "Utrecht",
        "knhb.nl",
        (Channel.NEWSLETTER,),
        ("Jongeren 15–24 jaar",),
    ),
    (
        "Atletiekunie",
        K.FEDERATION,
        "Sportbonden",
        A.APPROACHED,
        140_000,
        None,
        "Arnhem",
        "atletiekunie.nl",
        (),
        (),
    ),
    (
        "Nevobo",
        K.FEDERATION,
        "Sportbonden",
        A.PROSPECT,
        120_000,
        None,
        "Utrecht",
        "volleybal.nl",
        (),
        (),
    ),
    (
        "Jumbo",
        K.COMPANY,
        "Supermarkten",
        A.ACTIVE,
        100_000,
        "ca. 100.000 medewerkers",
        "Veghel",
        "jumbo.com",
        (Channel.INTRANET, Channel.IN_STORE, Channel.STAFF_MEETINGS),
        ("Jongeren 15–24 jaar", "Laagopgeleiden"),
    ),
    (
        "Albert Heijn",
        K.COMPANY,
        "Supermarkten",
        A.ACTIVE,
        110_000,
        "medewerkers, veel scholieren",
        "Zaandam",
        "ah.nl",
        (Channel.INTRANET, Channel.IN_STORE),
        ("Jongeren 15–24 jaar",),
    ),
    (
        "Lidl Nederland",
        K.COMPANY,
        "Supermarkten",
        A.IN_DIALOGUE,
        15_000,
        None,
        "Huizen",
        "lidl.nl",
        (Channel.IN_STORE,),
        (),
    ),
    (
        "Plus Retail",
        K.COMPANY,
        "Supermarkten",
        A.APPROACHED,
        30_000,
        None,
        "Utrecht",
        "plus.nl",
        (),
        (),
    ),
    (
        "Dirk van den Broek",
        K.COMPANY,
        "Supermarkten",
        A.PAUSED,
        8_000,
        None,
        "Amsterdam",
        "dirk.nl",
        (),
        (),
    ),
    (
        "Gamma",
        K.COMPANY,
        "Bouwmarkten",
        A.ACTIVE,
        45_000,
        "ca. 45.000 klanten per dag",
        "Amersfoort",
        "gamma.nl",
        (Channel.IN_STORE, Channel.SOCIAL_MEDIA),
        ("Laagopgeleiden",),
    ),
    (
        "Karwei",
        K.COMPANY,
        "Bouwmarkten",
        A.ACTIVE,
        20_000,
        None,
        "Amersfoort",
        "karwei.nl",
        (Channel.IN_STORE,),
        ("Laagopgeleiden",),
    ),
    ("Praxis", K.COMPANY, "Bouwmarkten", A.DECLINED, 25_000, None, "Diemen", "praxis.nl", (), ()),
    (
        "Hornbach Nederland",
        K.COMPANY,
        "Bouwmarkten",
        A.PROSPECT,
        12_000,
        None,
        "Nieuwegein",
        "hornbach.nl",
        (),
        (),
    ),
    (
        "HEMA",
        K.COMPANY,
        "Detailhandel",
        A.ACTIVE,
        19_000,
        "medewerkers",
        "Amsterdam",
        "hema.nl",
        (Channel.INTRANET, Channel.IN_STORE),
        ("Jongeren 15–24 jaar",),
    ),
    (
        "Action Nederland",
        K.COMPANY,
        "Detailhandel",
        A.IN_DIALOGUE,
        60_000,
        None,
        "Zwaagdijk",
        "action.com",
        (),
        (),
    ),
    (
        "Kruidvat",
        K.COMPANY,
        "Detailhandel",
        A.ACTIVE,
        30_000,
        None,
        "Renswoude",
        "kruidvat.nl",
        (Channel.IN_STORE, Channel.SOCIAL_MEDIA),
        ("Jongeren 15–24 jaar", "Laagopgeleiden"),
    ),
    (
        "Zeeman",
        K.COMPANY,
        "Detailhandel",
        A.APPROACHED,
        5_000,
        None,
        "Alphen aan den Rijn",
        "zeeman.com",
        (),
        (),
    ),
    (
        "CSU Schoonmaak",
        K.COMPANY,
        "Schoonmaakbedrijven",
        A.APPROACHED,
        13_000,
        "medewerkers, veel migranten",
        "Uden",
        "csu.nl",
        (),
        (),
    ),
    (
        "Asito",
        K.COMPANY,
        "Schoonmaakbedrijven",
        A.PROSPECT,
        14_000,
        None,
        "Almelo",
        "asito.nl",
        (),
        (),
    ),
    (
        "Hago Nederland",
        K.COMPANY,
        "Schoonmaakbedrijven",
        A.PROSPECT,
        20_000,
        None,
        "Utrecht",
        "hago.nl",
        (),
        (),
    ),
    (
        "Facilicom",
        K.COMPANY,
        "Schoonmaakbedrijven",
        A.APPROACHED,
        25_000,
        None,
        "Schiedam",
        "facilicom.nl",
        (),
        (),
    ),
    (
        "NS",
        K.COMPANY,
        "Openbaar vervoer",
        A.ACTIVE,
        1_200_000,
        "reizigers per dag",
        "Utrecht",
        "ns.nl",
        (Channel.WEBSITE, Channel.SOCIAL_MEDIA),
        ("Jongeren 15–24 jaar", "Ouderen 70+"),
    ),
    (
        "RET",
        K.COMPANY,
        "Openbaar vervoer",
        A.IN_DIALOGUE,
        600_000,
        None,
        "Rotterdam",
        "ret.nl",
        (),
        (),
    ),
    ("GVB", K.COMPANY, "Openbaar vervoer", A.ENDED, 800_000, None, "Amsterdam", "gvb.nl", (), ()),
    (
        "Arriva",
        K.COMPANY,
        "Openbaar vervoer",
        A.PROSPECT,
        300_000,
        None,
        "Heerenveen",
        "arriva.nl",
        (),
        (),
    ),
    (
        "Center Parcs Nederland",
        K.COMPANY,
        "Bungalowparken",
        A.ACTIVE,
        90_000,
        "gasten per week in het seizoen",
        "Rotterdam",
        "centerparcs.nl",
        (Channel.WEBSITE,),
        ("Ouderen 70+",),
    ),
    (
        "Landal GreenParks",
        K.COMPANY,
        "Bungalowparken",
        A.APPROACHED,
        70_000,
        None,
        "Leidschendam",
        "landal.nl",
        (),
        (),
    ),
    (
        "Roompot",
        K.COMPANY,
        "Bungalowparken",
        A.PROSPECT,
        50_000,
        None,
        "Goes",
        "roompot.nl",
        (),
        (),
    ),
    (
        "Efteling",
        K.COMPANY,
        "Musea en pretparken",
        A.ACTIVE,
        15_000,
        "bezoekers per dag",
        "Kaatsheuvel",
        "efteling.com",
        (Channel.STAFF_MEETINGS, Channel.WEBSITE),
        ("Jongeren 15–24 jaar",),
    ),
    (
        "Rijksmuseum",
        K.FOUNDATION,
        "Musea en pretparken",
        A.IN_DIALOGUE,
        7_000,
        None,
        "Amsterdam",
        "rijksmuseum.nl",
        (),
        (),
    ),
    (
        "Walibi Holland",
        K.COMPANY,
        "Musea en pretparken",
        A.APPROACHED,
        6_000,
        None,
        "Biddinghuizen",
        "walibi.nl",
        (),
        (),
    ),
    (
        "Diergaarde Blijdorp",
        K.FOUNDATION,
        "Musea en pretparken",
        A.PROSPECT,
        5_000,
        None,
        "Rotterdam",
        "diergaardeblijdorp.nl",
        (),
        (),
    ),
    (
        "Randstad Nederland",
        K.COMPANY,
        "Uitzendbranche",
        A.IN_DIALOGUE,
        80_000,
        "uitzendkrachten",
        "Diemen",
        "randstad.nl",
        (),
        (),
    ),
    (
        "OTTO Work Force",
        K.COMPANY,
        "Uitzendbranche",
        A.APPROACHED,
        20_000,
        "Poolse uitzendkrachten",
        "Tilburg",
        "ottoworkforce.nl",
        (),
        (),
    ),
    (
        "MKB-Nederland",
        K.FEDERATION,
        None,
        A.ACTIVE,
        180_000,
        "aangesloten ondernemers",
        "Den Haag",
        "mkb.nl",
        (Channel.NEWSLETTER,),
        ("Laagopgeleiden",),
    ),
    (
        "Stichting Samen Sterk in Werk",
        K.FOUNDATION,
        None,
        A.ACTIVE,
        12_000,
        None,
        "Rotterdam",
        "samensterkinwerk.nl",
        (Channel.EVENTS,),
        ("Turks-Nederlandse gemeenschap", "Marokkaans-Nederlandse gemeenschap"),
    ),
    (
        "GGD GHOR Nederland",
        K.GOVERNMENT,
        None,
        A.ACTIVE,
        None,
        None,
        "Utrecht",
        "ggdghor.nl",
        (Channel.WEBSITE,),
        (),
    ),
    (
        "Ministerie van Volksgezondheid",
        K.GOVERNMENT,
        None,
        A.ACTIVE,
        None,
        None,
        "Den Haag",
        "rijksoverheid.nl",
        (),
        (),
    ),
    (
        "Hema B.V.",
        K.COMPANY,
        "Detailhandel",
        A.PROSPECT,
        None,
        "dubbel ingevoerd door een collega",
        "Amsterdam",
        "",
        (),
        (),
    ),
]
#: members of the alliance
ALLIANCE_MEMBERS = [
    "Jumbo",
    "Gamma",
    "Karwei",
    "HEMA",
    "Kruidvat",
    "CSU Schoonmaak",
    "Randstad Nederland",
    "Efteling",
]
MINISTRY = "Ministerie van Volksgezondheid"
DIRECTORATES = ["Testen", "Maatregelen", "Vaccinatie", "Communicatie", "Informatiebeleid"]

GIVEN = [
    "Jan",
    "Anna",
    "Pieter",
    "Fatima",
    "Mohamed",
    "Sanne",
    "Daan",
    "Emma",
    "Lars",
    "Noor",
    "Sven",
    "Lotte",
    "Ahmet",
    "Ayşe",
    "Kees",
    "Ingrid",
    "Thijs",
    "Femke",
    "Ruben",
    "Yasmina",
    "Bram",
    "Sophie",
    "Joost",
    "Marieke",
    "Özlem",
    "Wouter",
    "Eva",
    "Hüseyin",
    "Tomasz",
    "Agnieszka",
    "Bart",
    "Linda",
    "Jeroen",
    "Naima",
    "Koen",
    "Chantal",
    "Erik",
    "Esther",
    "Hanneke",
    "Rachid",
]
FAMILY = [
    ("van der", "Berg"),
    ("de", "Vries"),
    ("", "Jansen"),
    ("van", "Dijk"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Bos"),
    ("", "Vos"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Leeuwen"),
    ("", "Dekker"),
    ("", "Brouwer"),
    ("de", "Wit"),
    ("", "Dijkstra"),
    ("", "Smits"),
    ("de", "Graaf"),
    ("van der", "Meer"),
    ("van der", "Linden"),
    ("", "Kok"),
    ("", "Jacobs"),
    ("de", "Haan"),
    ("", "Vermeulen"),
    ("van den", "Heuvel"),
    ("van der", "Veen"),
    ("van den", "Broek"),
    ("", "Yılmaz"),
    ("", "Özdemir"),
    ("El", "Amrani"),
    ("", "Kowalski"),
    ("", "Nowak"),
    ("", "Bouzid"),
    ("ter", "Horst"),
    ("in 't", "Veld"),
    ("", "Çelik"),
]
ROLES_EXTERNAL = [
    "Manager duurzame inzetbaarheid",
    "HR-directeur",
    "Woordvoerder",
    "Manager communicatie",
    "Medewerker interne communicatie",
    "Directeur",
    "Adviseur gezondheid en veiligheid",
    "Hoofd marketing",
    "Bestuurssecretaris",
    "Programmamanager maatschappelijke betrokkenheid",
]
ROLES_INTERNAL = [
    "Beleidsmedewerker",
    "Senior beleidsadviseur",
    "Directeur",
    "Afdelingshoofd",
    "Communicatieadviseur",
    "Programmamanager",
]

SEED_QUESTIONS = (
    "Wat wil je weten van de andere kant?",
    "Wat zou je beter willen begrijpen vanuit het perspectief van de ander?",
    "Voor welke vragen heeft jouw organisatie de ander nodig?",
    "Wat wil je hier nu en op de lange termijn uithalen?",
)
SEED_POINTS = (
    "Waarom blijft het gebruik van de app achter bij jongeren en laagopgeleiden?",
    "Welke kanalen van werkgevers bereiken medewerkers echt (intranet, personeelsbijeenkomst, in de winkel)?",
    "Wat hebben bedrijven nodig van het ministerie om de boodschap mee te nemen?",
    "Welke deelvragen pakken we dit jaar samen op?",
)
SEED_BACKGROUND = (
    "Het gebruik van de app is lager onder jongeren en mensen met alleen basisonderwijs of vmbo. "
    "Publiekscampagnes bereiken hen onvoldoende. Werkgevers bereiken hen wel: op de werkvloer, "
    "in de winkel en in de kantine. De alliantie van bedrijven heeft aangeboden een dialoog te organiseren."
)
SEED_GOAL = (
    "Afspreken welke deelvragen bedrijven en ministerie dit jaar samen oppakken, en wie daarvoor "
    "het eerste aanspreekpunt is."
)
SEED_ROLES = (
    "Gespreksleider: leidt de sessie en bewaakt de tijd. Mede-initiatiefnemer (alliantie): opent en "
    "brengt de vragen van de bedrijven in. Ministerie: luistert, licht de opgave toe en formuleert "
    "samen met de bedrijven de deelvragen."
)


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    people: int
    sessions: int
    actions: int


UowFactory = Callable[[], UnitOfWork]


def build_demo(db: Database, scale: float = 1.0, today: dt.date | None = None) -> DemoSummary:
    """Write the demo data set into an empty database."""
    if scale < 1:
        raise UserError("The demo scale is 1 (a small office) or more.")
    with db.reading() as session:
        if session.scalar(select(func.count()).select_from(Organisation)):
            raise UserError(
                f"{db.display_name} already holds data; the demo needs an empty database."
            )
    today = today or dt.date.today()
    rng = random.Random(SEED)
    _curated(db, rng, today)
    if scale > 1:
        _synthetic(db, rng, scale, today)
    with db.reading() as session:
        return DemoSummary(
            organisations=session.scalar(select(func.count()).select_from(Organisation)) or 0,
            people=session.scalar(select(func.count()).select_from(Person)) or 0,
            sessions=session.scalar(select(func.count()).select_from(DialogueSession)) or 0,
            actions=session.scalar(select(func.count()).select_from(Action)) or 0,
        )


def _curated(db: Database, rng: random.Random, today: dt.date) -> None:
    def uow() -> UnitOfWork:
        return db.uow(BatchKind.DEMO, "demo data")

    sector_ids = {}
    for name, priority, size, description in SECTORS:
        sector_ids[name] = reference.save_sector(
            uow(), SectorDraft(name, description, priority, size)
        ).id
    group_ids = {}
    for name, priority, description in TARGET_GROUPS:
        group_ids[name] = reference.save_target_group(
            uow(), TargetGroupDraft(name, description, priority)
        ).id
    org_ids: dict[str, int] = {}
    for name, kind, sector, status, reach, note, city, site, channels, groups in ORGANISATIONS:
        tags: tuple[str, ...] = ("alliantie",) if name in ALLIANCE_MEMBERS else ()
        if status == A.ACTIVE and reach and reach >= 500_000:
            tags += ("groot bereik",)
        org_record = organisations.create_organisation(
            uow(),
            OrganisationDraft(
                name=name,
                kind=kind,
                status=status,
                primary_sector_id=sector_ids.get(sector) if sector else None,
                reach=reach,
                reach_note=note,
                city=city,
                website=site or None,
                channels=channels,
                tags=tags,
                target_groups=tuple(
                    (group_ids[g], (reach // (i + 2)) if reach else None)
                    for i, g in enumerate(groups)
                ),
                notes=_org_note(name, status),
            ),
        )
        org_ids[name] = org_record.id
    alliance = org_ids["Alliantie Gezond Werk"]
    for member in ALLIANCE_MEMBERS:
        draft = organisations.get_organisation(uow(), org_ids[member]).to_draft()
        organisations.update_organisation(
            uow(), org_ids[member], _replace(draft, network_ids=(alliance,))
        )
    # an extra sector for a chain that spans two
    kruidvat = organisations.get_organisation(uow(), org_ids["Kruidvat"]).to_draft()
    organisations.update_organisation(
        uow(), org_ids["Kruidvat"], _replace(kruidvat, sector_ids=(sector_ids["Supermarkten"],))
    )

    names = _name_pool(rng)
    internal_ids: list[int] = []
    by_org: dict[str, list[int]] = {}
    ministry = org_ids[MINISTRY]
    for index in range(25):
        given, particle, family = names.pop()
        directorate = DIRECTORATES[index % len(DIRECTORATES)]
        record = people.create_person(
            uow(),
            PersonDraft(
                given_name=given,
                name_particle=particle or None,
                family_name=family,
                email=_email(given, particle, family, "minvws.nl"),
                phone=_phone(rng, index),
                job_title=ROLES_INTERNAL[index % len(ROLES_INTERNAL)],
                is_internal=True,
                directorate=directorate,
                public_role=index == 0,
                lawful_basis=LawfulBasis.PUBLIC_TASK,
                data_source="Rijksadresgids",
                affiliations=(AffiliationDraft(ministry, "Directie " + directorate),),
            ),
        )
        internal_ids.append(record.id)
    for org_index, (name, *_rest) in enumerate(ORGANISATIONS):
        if name == MINISTRY:
            continue
        domain = (ORGANISATIONS[org_index][7] or "voorbeeld.nl").split("/")[0]
        for person_index in range(2 + (org_index % 3 == 0) + (name == "Alliantie Gezond Werk")):
            given, particle, family = names.pop()
            record = people.create_person(
                uow(),
                PersonDraft(
                    given_name=given,
                    name_particle=particle or None,
                    family_name=family,
                    email=_email(given, particle, family, domain),
                    phone=_phone(rng, org_index * 7 + person_index) if person_index == 0 else None,
                    job_title=ROLES_EXTERNAL[(org_index + person_index) % len(ROLES_EXTERNAL)],
                    lawful_basis=LawfulBasis.LEGITIMATE_INTEREST,
                    data_source="Visitekaartje"
                    if person_index == 0
                    else "Deelnemerslijst dialoogsessie",
                    do_not_contact=(org_index == 12 and person_index == 1),
                    affiliations=(
                        AffiliationDraft(
                            org_ids[name],
                            ROLES_EXTERNAL[(org_index + person_index) % len(ROLES_EXTERNAL)],
                            since=today - dt.timedelta(days=400 + 30 * person_index),
                        ),
                    ),
                ),
            )
            by_org.setdefault(name, []).append(record.id)
    # one person at two organisations
    extra = by_org["Alliantie Gezond Werk"][0]
    person = people.get_person(uow(), extra)
    people.update_person(
        uow(),
        extra,
        _replace(
            person.to_draft(),
            affiliations=(
                *person.affiliations,
                AffiliationDraft(org_ids["MKB-Nederland"], "Bestuurslid", is_primary=False),
            ),
        ),
    )

    _sessions(db, uow, org_ids, by_org, internal_ids, today, rng)
    _contact_moments(uow, org_ids, by_org, today, rng)
    _waves(uow, org_ids, group_ids, by_org, internal_ids, today)


def _sessions(
    db: Database,
    uow: UowFactory,
    org_ids: dict[str, int],
    by_org: dict[str, list[int]],
    internal_ids: list[int],
    today: dt.date,
    rng: random.Random,
) -> None:
    alliance = org_ids["Alliantie Gezond Werk"]
    facilitator = by_org["Alliantie Gezond Werk"][1]
    at = dt.datetime.combine(today - dt.timedelta(days=21), dt.time(14, 0))
    participants = [
        ParticipantDraft(facilitator, "Gespreksleider", Attendance.ATTENDED),
        ParticipantDraft(
            by_org["Alliantie Gezond Werk"][0], "Mede-initiatiefnemer", Attendance.ATTENDED
        ),
    ]
    for index, person_id in enumerate(internal_ids[:6]):
        participants.append(
            ParticipantDraft(
                person_id,
                "Luistert en licht de opgave toe" if index else "Opdrachtgever ministerie",
                Attendance.ATTENDED if index != 4 else Attendance.ABSENT,
            )
        )
    for company in ("Jumbo", "Gamma", "HEMA", "Kruidvat", "CSU Schoonmaak", "Randstad Nederland"):
        participants.append(
            ParticipantDraft(by_org[company][0], "Deelnemer bedrijf", Attendance.ATTENDED)
        )
    seed = dialogue.create_session(
        uow(),
        SessionDraft(
            title="Dialoogsessie bedrijven en ministerie: de app op de werkvloer",
            starts_at=at,
            ends_at=at + dt.timedelta(minutes=90),
            kind=SessionKind.DIALOGUE,
            online=True,
            location="Microsoft Teams",
            organiser_id=alliance,
            facilitator_id=facilitator,
            status=SessionStatus.HELD,
            background=SEED_BACKGROUND,
            goal=SEED_GOAL,
            roles=SEED_ROLES,
            questions=SEED_QUESTIONS,
            discussion_points=SEED_POINTS,
            sub_questions=(
                "Welke boodschap werkt op de werkvloer voor jongeren?",
                "Hoe ondersteunen we leidinggevenden in gesprekken met medewerkers?",
                "Hoe bereiken we medewerkers die geen Nederlands lezen?",
            ),
            outcomes="Bedrijven willen materiaal in eenvoudige taal en in het Pools, Turks en Arabisch. "
            "Drie deelvragen afgesproken; werkgroepen starten in het nieuwe kwartaal.",
            decisions="Het ministerie levert vóór de volgende sessie een toolkit voor werkgevers.",
            participants=tuple(participants),
            organisation_ids=(
                alliance,
                org_ids["Jumbo"],
                org_ids["Gamma"],
                org_ids["HEMA"],
                org_ids["Kruidvat"],
                org_ids["CSU Schoonmaak"],
                org_ids["Randstad Nederland"],
            ),
        ),
    )
    for description, owner, days, action_status in (
        (
            "Toolkit voor werkgevers in eenvoudige taal opstellen",
            internal_ids[3],
            14,
            ActionStatus.OPEN,
        ),
        (
            "Vertalingen Pools, Turks en Arabisch laten maken",
            internal_ids[8],
            -3,
            ActionStatus.OPEN,
        ),
        ("Verslag van de dialoogsessie rondsturen", internal_ids[1], -14, ActionStatus.DONE),
        (
            "Werkgroep deelvraag leidinggevenden bemensen",
            by_org["Alliantie Gezond Werk"][0],
            30,
            ActionStatus.OPEN,
        ),
    ):
        actions.save_action(
            uow(),
            ActionDraft(
                description,
                owner,
                today + dt.timedelta(days=days),
                action_status,
                session_id=seed.id,
                organisation_id=alliance,
            ),
        )

    plans = [
        (
            "Kennismaking KNVB: campagne voor voetbalfans",
            "KNVB",
            SessionKind.BILATERAL,
            -90,
            SessionStatus.HELD,
            False,
        ),
        (
            "Afstemming sportspecifieke boodschap KNVB",
            "KNVB",
            SessionKind.CALL,
            9,
            SessionStatus.PLANNED,
            True,
        ),
        (
            "Overleg supermarkten: schermen bij de kassa",
            "Jumbo",
            SessionKind.BILATERAL,
            -45,
            SessionStatus.HELD,
            False,
        ),
        (
            "Bouwmarkten: posters en personeelsbijeenkomsten",
            "Gamma",
            SessionKind.BILATERAL,
            -30,
            SessionStatus.HELD,
            False,
        ),
        (
            "Schoonmaakbranche: eerste verkenning",
            "CSU Schoonmaak",
            SessionKind.CALL,
            5,
            SessionStatus.PLANNED,
            True,
        ),
        (
            "Webinar voor HR-managers in de detailhandel",
            "HEMA",
            SessionKind.WEBINAR,
            16,
            SessionStatus.PLANNED,
            True,
        ),
        (
            "Managementoverleg partnerschappen",
            MINISTRY,
            SessionKind.MANAGEMENT,
            -7,
            SessionStatus.HELD,
            False,
        ),
        (
            "NS: boodschap op stationsschermen",
            "NS",
            SessionKind.BILATERAL,
            -60,
            SessionStatus.HELD,
            False,
        ),
        (
            "Bungalowparken: seizoenspersoneel",
            "Center Parcs Nederland",
            SessionKind.CALL,
            -20,
            SessionStatus.CANCELLED,
            True,
        ),
        (
            "Uitzendbranche en arbeidsmigranten",
            "Randstad Nederland",
            SessionKind.BILATERAL,
            23,
            SessionStatus.PLANNED,
            False,
        ),
        (
            "Efteling: personeelsbijeenkomst voor het seizoen",
            "Efteling",
            SessionKind.BILATERAL,
            -120,
            SessionStatus.HELD,
            False,
        ),
        (
            "Terugkoppeling alliantie na de dialoogsessie",
            "Alliantie Gezond Werk",
            SessionKind.CALL,
            2,
            SessionStatus.PLANNED,
            True,
        ),
        (
            "Kruidvat: social media campagne",
            "Kruidvat",
            SessionKind.CALL,
            -10,
            SessionStatus.HELD,
            True,
        ),
        (
            "Rijksmuseum: verkenning samenwerking",
            "Rijksmuseum",
            SessionKind.BILATERAL,
            40,
            SessionStatus.PLANNED,
            False,
        ),
    ]
    for index, (title, org, kind, days, status, online) in enumerate(plans):
        start = dt.datetime.combine(
            today + dt.timedelta(days=days), dt.time(9 + index % 7, 30 if index % 2 else 0)
        )
        partner_people = by_org.get(org, [])[:2] if org != MINISTRY else []
        internal = internal_ids[index % 10 : index % 10 + 2]
        record = dialogue.create_session(
            uow(),
            SessionDraft(
                title=title,
                starts_at=start,
                ends_at=start + dt.timedelta(minutes=60 if kind != SessionKind.MANAGEMENT else 45),
                kind=kind,
                online=online,
                location=None if online else f"Kantoor {org}",
                organiser_id=org_ids[org] if org != MINISTRY else org_ids[MINISTRY],
                facilitator_id=internal[0],
                status=status,
                goal=f"Afspraken maken met {org} over het meenemen van de boodschap.",
                questions=("Welke kanalen heeft de organisatie?", "Wie is het aanspreekpunt?"),
                discussion_points=("Boodschap en materialen", "Planning"),
                participants=tuple(
                    ParticipantDraft(
                        p,
                        "Deelnemer",
                        Attendance.ATTENDED if status == SessionStatus.HELD else Attendance.INVITED,
                    )
                    for p in [*partner_people, *internal]
                ),
                organisation_ids=(org_ids[org],),
                outcomes="Organisatie neemt de boodschap mee in de volgende nieuwsbrief."
                if status == SessionStatus.HELD
                else None,
            ),
        )
        if status != SessionStatus.CANCELLED:
            actions.save_action(
                uow(),
                ActionDraft(
                    f"Materialen sturen naar {org}",
                    internal[0],
                    today + dt.timedelta(days=days + 7),
                    ActionStatus.DONE if days < -40 else ActionStatus.OPEN,
                    session_id=record.id,
                    organisation_id=org_ids[org],
                ),
            )


def _contact_moments(
    uow: UowFactory,
    org_ids: dict[str, int],
    by_org: dict[str, list[int]],
    today: dt.date,
    rng: random.Random,
) -> None:
    summaries = [
        "Gebeld over de nieuwe boodschap; neemt het mee in het teamoverleg.",
        "Mail gestuurd met de posters en de tekst voor intranet.",
        "Bezoek aan het hoofdkantoor; rondleiding en kennismaking met HR.",
        "Op het congres gesproken; interesse in een dialoogsessie.",
    ]
    channels = [
        ContactChannel.CALL,
        ContactChannel.EMAIL,
        ContactChannel.VISIT,
        ContactChannel.EVENT,
    ]
    for index, (name, *_rest) in enumerate(ORGANISATIONS):
        if name in (MINISTRY, "Hema B.V.") or index % 4 == 3:
            continue
        days_ago = 10 + (index * 37) % 200
        contact_moments.save_contact_moment(
            uow(),
            ContactMomentDraft(
                happened_on=today - dt.timedelta(days=days_ago),
                channel=channels[index % 4],
                summary=summaries[index % 4],
                organisation_id=org_ids[name],
                person_ids=tuple(by_org.get(name, [])[:1]),
            ),
        )


def _waves(
    uow: UowFactory,
    org_ids: dict[str, int],
    group_ids: dict[str, int],
    by_org: dict[str, list[int]],
    internal_ids: list[int],
    today: dt.date,
) -> None:
    """Two outreach waves, and follow-ups linked to a wave and to the partner's contact."""
    first = outreach.save_wave(
        uow(),
        OutreachWaveDraft(
            "Nieuw advies in de app (voorjaar)",
            "Het advies in de app is veranderd; wilt u uw medewerkers hierover informeren?",
            today - dt.timedelta(days=60),
            today - dt.timedelta(days=20),
            target_group_ids=(group_ids["Jongeren 15–24 jaar"], group_ids["Laagopgeleiden"]),
            channels=(Channel.INTRANET, Channel.IN_STORE),
            notes="Posters voor de kantine meegestuurd; teksten in eenvoudige taal.",
        ),
        organisation_ids=tuple(
            org_ids[n] for n in ("Jumbo", "Albert Heijn", "Gamma", "Karwei", "HEMA", "Kruidvat")
        ),
    )
    answers = [
        OutreachResponse.AGREED,
        OutreachResponse.AGREED,
        OutreachResponse.DECLINED,
        OutreachResponse.AGREED,
        OutreachResponse.NO_ANSWER,
        OutreachResponse.AGREED,
    ]
    for index, entry in enumerate(first.entries):
        agreed = answers[index] == OutreachResponse.AGREED
        outreach.update_entry(
            uow(),
            entry.id,
            asked_on=today - dt.timedelta(days=58),
            response=answers[index],
            done_on=today - dt.timedelta(days=40 - index) if agreed and index % 2 == 0 else None,
            reach_achieved=20_000 + 5_000 * index if agreed and index % 2 == 0 else None,
        )
    outreach.save_wave(
        uow(),
        OutreachWaveDraft(
            "Sportbonden: campagne voor fans",
            "Campagne met sportspecifieke inhoud voor leden en fans.",
            today - dt.timedelta(days=5),
            today + dt.timedelta(days=40),
            target_group_ids=(group_ids["Jongeren 15–24 jaar"],),
            channels=(Channel.SOCIAL_MEDIA, Channel.EVENTS),
        ),
        organisation_ids=tuple(org_ids[n] for n in ("KNVB", "KNHB", "Atletiekunie", "Nevobo")),
    )
    for description, partner, owner, days in (
        ("Kruidvat nabellen over de oproep", "Kruidvat", internal_ids[2], 7),
        ("Cijfers over het bereik opvragen bij Jumbo", "Jumbo", internal_ids[5], 21),
    ):
        actions.save_action(
            uow(),
            ActionDraft(
                description,
                owner,
                today + dt.timedelta(days=days),
                organisation_id=org_ids[partner],
                person_id=by_org[partner][0],
                wave_id=first.id,
            ),
        )


def _synthetic(db: Database, rng: random.Random, factor: float, today: dt.date) -> None:
    """Bulk rows in the reference proportions (Core inserts, no per-row ORM objects)."""
    counts = {key: round(value * factor) for key, value in PER_SCALE.items()}
    now = utcnow()
    statuses = list(PartnershipStatus)
    kinds = list(OrganisationKind)
    with db.uow(BatchKind.DEMO, "demo data (synthetic)") as uow:
        session = uow.session
        sector_ids = list(
            session.scalars(
                select(func.min(Organisation.primary_sector_id)).group_by(
                    Organisation.primary_sector_id
                )
            )
        )
        sector_ids = [s for s in sector_ids if s is not None] or [None]
        first_org = (session.scalar(select(func.max(Organisation.id))) or 0) + 1
        orgs = []
        for i in range(counts["organisations"]):
            name = f"{rng.choice(_ORG_WORDS)} {rng.choice(_ORG_NOUNS)} {first_org + i}"
            orgs.append(
                {
                    "id": first_org + i,
                    "name": name,
                    "name_key": name_key(name),
                    "kind": rng.choice(kinds).value,
                    "status": rng.choice(statuses).value,
                    "primary_sector_id": rng.choice(sector_ids),
                    "reach": rng.randrange(100, 200_000),
                    "city": rng.choice(_CITIES),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        _bulk(session, Organisation, orgs)
        org_range = range(first_org, first_org + len(orgs))
        first_person = (session.scalar(select(func.max(Person.id))) or 0) + 1
        persons, links = [], []
        for i in range(counts["people"]):
            given = rng.choice(GIVEN)
            particle, family = rng.choice(FAMILY)
            pid = first_person + i
            phone = _phone(rng, i) if i % 3 == 0 else None
            persons.append(
                {
                    "id": pid,
                    "given_name": given,
                    "name_particle": particle or None,
                    "family_name": family,
                    "sort_key": sort_key(given, particle, family),
                    "email": f"{_local(given, particle, family)}.{pid}@voorbeeld.nl",
                    "phone": phone,
                    "phone_key": phone_key(phone) or None,
                    "job_title": rng.choice(ROLES_EXTERNAL),
                    "is_internal": False,
                    "public_role": False,
                    "do_not_contact": False,
                    "lawful_basis": LawfulBasis.LEGITIMATE_INTEREST.value,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if orgs:
                links.append(
                    {
                        "person_id": pid,
                        "organisation_id": rng.choice(org_range),
                        "role": rng.choice(ROLES_EXTERNAL),
                        "is_primary": True,
                    }
                )
        _bulk(session, Person, persons)
        _bulk(session, Affiliation, links)
        person_range = range(first_person, first_person + len(persons))
        first_session = (session.scalar(select(func.max(DialogueSession.id))) or 0) + 1
        meetings, items, parts, involved = [], [], [], []
        per_session = max(1, counts["participations"] // max(counts["sessions"], 1))
        for i in range(counts["sessions"]):
            sid = first_session + i
            start = dt.datetime.combine(
                today - dt.timedelta(days=rng.randrange(-60, 1500)), dt.time(9 + i % 8)
            )
            organiser = rng.choice(org_range) if orgs else None
            meetings.append(
                {
                    "id": sid,
                    "title": f"Overleg {i + 1}",
                    "kind": rng.choice(list(SessionKind)).value,
                    "starts_at": start,
                    "ends_at": start + dt.timedelta(hours=1),
                    "online": bool(i % 2),
                    "organiser_id": organiser,
                    "status": (
                        SessionStatus.HELD if start.date() < today else SessionStatus.PLANNED
                    ).value,
                    "goal": "Afspraken maken over de boodschap.",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            items.append(
                {
                    "session_id": sid,
                    "kind": SessionItemKind.QUESTION.value,
                    "position": 0,
                    "text": "Welke kanalen heeft de organisatie?",
                }
            )
            if organiser is not None:
                involved.append({"session_id": sid, "organisation_id": organiser})
            if persons:
                for person_id in set(rng.sample(person_range, min(per_session, len(persons)))):
                    parts.append(
                        {
                            "session_id": sid,
                            "person_id": person_id,
                            "role": "Deelnemer",
                            "attendance": Attendance.ATTENDED.value,
                        }
                    )
        _bulk(session, DialogueSession, meetings)
        _bulk(session, SessionItem, items)
        _bulk(session, SessionParticipant, parts)
        _bulk(session, SessionOrganisation, involved)
        todo = []
        for i in range(counts["actions"]):
            due = today + dt.timedelta(days=rng.randrange(-200, 200))
            todo.append(
                {
                    "description": f"Vervolgactie {i + 1}",
                    "owner_id": rng.choice(person_range) if persons else None,
                    "due_on": due,
                    "status": (
                        ActionStatus.DONE if due < today and i % 3 else ActionStatus.OPEN
                    ).value,
                    "session_id": rng.choice(range(first_session, first_session + len(meetings)))
                    if meetings
                    else None,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        _bulk(session, Action, todo)
        ids.advance_id_sequences(session, ("organisation", "person", "dialogue_session"))
        search.reindex(
            session,
            {
                "organisation": set(range(first_org, first_org + len(orgs))),
                "person": set(range(first_person, first_person + len(persons))),
            },
        )
        uow.commit()


def _bulk(session: Session, model: type, rows: Sequence[Mapping[str, Any]]) -> None:
    for start in range(0, len(rows), 10_000):
        session.execute(insert(model), list(rows[start : start + 10_000]))


_ORG_WORDS = [
    "Noord",
    "Zuid",
    "Groen",
    "Samen",
    "Stad",
    "Regio",
    "Holland",
    "Brabant",
    "Delta",
    "Polder",
]
_ORG_NOUNS = [
    "Bouw",
    "Retail",
    "Zorg",
    "Schoonmaak",
    "Logistiek",
    "Sport",
    "Recreatie",
    "Vervoer",
    "Markt",
    "Groep",
]
_CITIES = [
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Zwolle",
    "Leeuwarden",
    "Maastricht",
    "Enschede",
    "Haarlem",
]


def _name_pool(rng: random.Random) -> list[tuple[str, str, str]]:
    pool = [(g, p, f) for g in GIVEN for p, f in FAMILY]
    rng.shuffle(pool)
    return pool


def _local(given: str, particle: str, family: str) -> str:
    from partnerdesk.domain.text import fold

    return ".".join(
        fold(part).replace(" ", "").replace("'", "") for part in (given, particle, family) if part
    )


def _email(given: str, particle: str, family: str, domain: str) -> str:
    return f"{_local(given, particle, family)}@{domain}"


def _phone(rng: random.Random, index: int) -> str:
    digits = f"{rng.randrange(10_000_000, 99_999_999)}"
    formats = [
        f"06-{digits}",
        f"+31 6 {digits[:4]} {digits[4:]}",
        f"06 {digits[:2]} {digits[2:5]} {digits[5:]}",
        f"070-{digits[:3]} {digits[3:7]}",
    ]
    return formats[index % len(formats)]


def _org_note(name: str, status: PartnershipStatus) -> str | None:
    if status == PartnershipStatus.ACTIVE:
        return f"{name} draagt de boodschap uit via eigen kanalen. Jaarlijks evalueren."
    if status == PartnershipStatus.DECLINED:
        return "Geen capaciteit dit jaar; over een jaar opnieuw benaderen."
    return None


def _replace(draft: T, **changes: Any) -> T:
    return dataclasses.replace(draft, **changes)  # type: ignore[type-var]
