"""Normalising what people type: names, e-mail, phones, amounts and dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerdesk.domain.contact import normalise_email, phone_key, validate_phone
from partnerdesk.domain.dates import parse_date
from partnerdesk.domain.names import PersonName, sort_key, split_full_name
from partnerdesk.domain.numbers import parse_amount
from partnerdesk.domain.organisations import name_key
from partnerdesk.domain.text import fold
from partnerdesk.errors import ValidationError


def test_dutch_names_sort_under_the_family_name_ignoring_particles() -> None:
    names = [
        ("Jan", "van der", "Berg"),
        ("Anna", "", "Bakker"),
        ("Piet", "de", "Vries"),
        ("Özlem", "", "Akın"),
    ]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert [n[2] for n in ordered] == ["Akın", "Bakker", "Berg", "Vries"]
    assert PersonName("Jan", "van der", "Berg").sort_display == "Berg, Jan van der"
    assert PersonName("Jan", "van der", "Berg").display == "Jan van der Berg"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan van der Berg", PersonName("Jan", "van der", "Berg")),
        ("Berg, Jan van der", PersonName("Jan", "van der", "Berg")),
        ("Anna de Vries", PersonName("Anna", "de", "Vries")),
        ("Mohamed El Amrani", PersonName("Mohamed", "", "El Amrani")),
        ("Kees in 't Veld", PersonName("Kees", "in 't", "Veld")),
        ("Madonna", PersonName("", "", "Madonna")),
    ],
)
def test_full_names_split_into_given_particle_and_family(text: str, expected: PersonName) -> None:
    assert split_full_name(text) == expected


def test_folding_removes_case_and_accents() -> None:
    assert fold("  Özdemir  Çelik ") == "ozdemir celik"


@pytest.mark.parametrize(
    "address", ["jan@example.nl", "j.van.der.berg@Minvws.NL", "a+b@sub.domain.org"]
)
def test_valid_email_addresses_are_kept_with_a_lower_case_domain(address: str) -> None:
    result = normalise_email(address)
    assert result is not None and result.split("@")[1] == address.split("@")[1].lower()


@pytest.mark.parametrize(
    "address", ["jan@", "jan@localhost", "jan example.nl", "@example.nl", "jan@@x.nl"]
)
def test_email_addresses_without_a_domain_are_refused(address: str) -> None:
    with pytest.raises(ValidationError):
        normalise_email(address)


@pytest.mark.parametrize(
    "typed",
    ["06-12345678", "+31 6 1234 5678", "0031612345678", "06 12 34 56 78", "+31 (0)6 12345678"],
)
def test_phone_numbers_in_any_dutch_form_match_the_same_key(typed: str) -> None:
    assert phone_key(typed) == "+31612345678"
    assert validate_phone(typed) == typed  # shown as typed


def test_a_word_is_not_a_phone_number() -> None:
    with pytest.raises(ValidationError):
        validate_phone("bel maar")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1 miljoen", 1_000_000),
        ("ca. 45.000", 45_000),
        ("1.000.000", 1_000_000),
        ("1,5 miljoen", 1_500_000),
        ("45,000", 45_000),
        ("250k", 250_000),
        (12.0, 12),
        ("1 miljoen voetballiefhebbers", 1_000_000),
        ("", None),
        ("n.v.t.", None),
        ("ruim 3.500", 3500),
    ],
)
def test_amounts_are_read_the_way_dutch_sheets_write_them(text: object, amount: int | None) -> None:
    assert parse_amount(text) == amount


def test_text_that_is_no_amount_is_refused() -> None:
    with pytest.raises(ValidationError):
        parse_amount("veel")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("26 jan 2021", dt.date(2021, 1, 26)),
        ("26-01-2021", dt.date(2021, 1, 26)),
        ("2021-01-26", dt.date(2021, 1, 26)),
        ("26/1/21", dt.date(2021, 1, 26)),
        (44222, dt.date(2021, 1, 26)),
        ("3 maart 2022", dt.date(2022, 3, 3)),
        (dt.datetime(2021, 1, 26, 10, 0), dt.date(2021, 1, 26)),
        ("", None),
    ],
)
def test_dates_are_read_from_text_serials_and_real_dates(
    value: object, expected: dt.date | None
) -> None:
    assert parse_date(value) == expected


def test_an_impossible_date_is_refused() -> None:
    with pytest.raises(ValidationError):
        parse_date("31-02-2021")


@pytest.mark.parametrize(
    ("a", "b"), [("HEMA", "Hema B.V."), ("Stichting Samen", "samen"), ("K.N.V.B.", "KNVB")]
)
def test_name_variants_of_one_organisation_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@given(st.text(max_size=40))
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_whole_numbers_read_back_as_themselves(number: int) -> None:
    assert parse_amount(number) == number
    assert parse_amount(str(number)) == number
