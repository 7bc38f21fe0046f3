"""The duplicate matcher: name variants found, related-but-different names not certain."""

from __future__ import annotations

from partnerdesk.domain.matching import (
    CERTAIN,
    POSSIBLE,
    OrganisationCandidate,
    OrganisationIndex,
    PersonCandidate,
    PersonIndex,
    Reason,
    find_pairs,
    score_organisations,
    score_people,
)


def _org(record_id: int | None, name: str, website: str | None = None) -> OrganisationCandidate:
    return OrganisationCandidate(record_id, name, website)


def test_hema_and_hema_bv_are_a_certain_pair_by_their_name_key() -> None:
    match = score_organisations(_org(1, "HEMA"), _org(2, "Hema B.V."))
    assert match is not None
    assert match.score >= CERTAIN
    assert match.reason == Reason.SAME_NAME_KEY


def test_jumbo_and_jumbo_logistics_solutions_are_not_certain() -> None:
    match = score_organisations(_org(1, "Jumbo"), _org(2, "Jumbo Logistics Solutions"))
    assert match is not None
    assert match.score < POSSIBLE
    assert match.reason == Reason.NAME_CONTAINED


def test_names_that_differ_only_in_a_number_are_not_paired() -> None:
    assert find_pairs([_org(1, "Noord Bouw 12"), _org(2, "Noord Bouw 13")]) == []


def test_a_typo_in_an_organisation_name_is_found_by_sorted_neighbours() -> None:
    names = ["Albert Heijn", "Gamma", "Karwei", "Kruidvat", "Albert Hein", "Efteling"]
    pairs = find_pairs([_org(i + 1, name) for i, name in enumerate(names)])
    assert [(p.first_id, p.second_id) for p in pairs] == [(1, 5)]
    assert pairs[0].reason == Reason.SIMILAR_NAME


def test_the_index_answers_for_one_incoming_organisation() -> None:
    index = OrganisationIndex([_org(1, "HEMA"), _org(2, "Jumbo"), _org(3, "Gamma")])
    assert [m.id for m in index.best_matches(_org(None, "hema bv"))] == [1]
    assert index.best_matches(_org(None, "Jumbo Logistics Solutions")) == []
    low = index.best_matches(_org(None, "Jumbo Logistics Solutions"), min_score=0)
    assert low[0].id == 2
    assert not low[0].certain


def test_rows_added_to_the_index_match_later_rows_of_the_same_import() -> None:
    index = OrganisationIndex()
    index.add(_org(-12, "Stichting Sportplein"))
    assert [m.id for m in index.best_matches(_org(None, "Sportplein"))] == [-12]
    people = PersonIndex()
    people.add(PersonCandidate(7, "Jan", "van der", "Berg", "jan@hema.nl"))
    assert people.best_matches(PersonCandidate(None, email="JAN@hema.nl"))[0].id == 7


def test_jan_van_der_berg_with_two_email_addresses_at_one_organisation_is_found() -> None:
    pairs = find_pairs(
        [
            PersonCandidate(1, "Jan", "van der", "Berg", "jan.vanderberg@hema.nl", None, ("HEMA",)),
            PersonCandidate(
                2, "Jan", None, "van der Berg", "jvdberg@gmail.com", None, ("Hema B.V.",)
            ),
            PersonCandidate(3, "Anna", None, "Bakker", "anna@hema.nl", None, ("HEMA",)),
        ]
    )
    assert [(p.first_id, p.second_id, p.reason) for p in pairs] == [
        (1, 2, Reason.SAME_NAME_SAME_ORGANISATION)
    ]
    assert pairs[0].score >= CERTAIN


def test_a_whole_name_typed_in_one_field_matches_its_parts() -> None:
    match = score_people(
        PersonCandidate(1, None, None, "Jan van der Berg"),
        PersonCandidate(2, "Jan", "van der", "Berg"),
    )
    assert match is not None
    assert match.reason == Reason.SAME_NAME


def test_initials_at_the_same_organisation_are_likely_but_not_certain() -> None:
    match = score_people(
        PersonCandidate(1, "J.", "van der", "Berg", organisations=("Gamma",)),
        PersonCandidate(2, "Jan", "van der", "Berg", organisations=("Gamma",)),
    )
    assert match is not None
    assert POSSIBLE <= match.score < CERTAIN


def test_the_same_email_address_is_certain_and_a_shared_mailbox_is_not() -> None:
    same = score_people(
        PersonCandidate(1, "Jan", None, "Jansen", "Jan@x.nl"),
        PersonCandidate(2, "J.", None, "Jansen", "jan@x.nl"),
    )
    shared = score_people(
        PersonCandidate(1, "Jan", None, "Jansen", "info@x.nl"),
        PersonCandidate(2, "Fatima", None, "Bouzid", "info@x.nl"),
    )
    assert same is not None and same.score == 100
    assert shared is not None and shared.score < CERTAIN


def test_a_common_name_at_different_organisations_is_not_proposed() -> None:
    people = [
        PersonCandidate(i, "Jan", None, "Jansen", f"jan{i}@x{i}.nl", None, (f"Org {i}",))
        for i in range(1, 30)
    ]
    assert find_pairs(people) == []


def test_different_given_names_at_one_organisation_are_two_people() -> None:
    pairs = find_pairs(
        [
            PersonCandidate(1, "Emma", None, "Jansen", organisations=("Gamma",)),
            PersonCandidate(2, "Eva", None, "Jansen", organisations=("Gamma",)),
        ]
    )
    assert pairs == []


def test_a_typo_in_the_family_name_at_one_organisation_is_found() -> None:
    pairs = find_pairs(
        [
            PersonCandidate(1, "Anna", None, "Bakker", organisations=("Gamma",)),
            PersonCandidate(2, "Anna", None, "Baxker", organisations=("Gamma B.V.",)),
        ]
    )
    assert [(p.first_id, p.second_id, p.reason) for p in pairs] == [
        (1, 2, Reason.SIMILAR_NAME_SAME_ORGANISATION)
    ]


def test_one_incoming_person_with_a_common_name_is_not_matched_on_the_name_alone() -> None:
    index = PersonIndex(
        PersonCandidate(i, "Jan", None, "Jansen", f"jan{i}@x{i}.nl", None, (f"Org {i}",))
        for i in range(1, 30)
    )
    assert index.best_matches(PersonCandidate(None, "Jan", None, "Jansen")) == []
    same_org = index.best_matches(
        PersonCandidate(None, "Jan", None, "Jansen", organisations=("Org 7",))
    )
    assert [m.id for m in same_org] == [7]
