"""Header recognition, CSV encodings and separators, vCard quirks, CSV formula neutralising."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerdesk.errors import BadFileError
from partnerdesk.exchange import csvfile, headers
from partnerdesk.exchange.safety import sniff
from partnerdesk.exchange.tables import read_csv
from partnerdesk.exchange.vcard import read_vcards


def test_dutch_outlook_headers_are_recognised() -> None:
    row = ["Voornaam", "Achternaam", "Bedrijf", "E-mailadres", "Mobiele telefoon", "Functie"]
    assert headers.guess_mapping(row) == [
        "given_name",
        "family_name",
        "organisation",
        "email",
        "phone",
        "job_title",
    ]


def test_google_and_thunderbird_headers_are_recognised() -> None:
    assert headers.guess_mapping(["Given Name", "Family Name", "E-mail 1 - Value"]) == [
        "given_name",
        "family_name",
        "email",
    ]
    assert headers.guess_mapping(["First Name", "Last Name", "Primary Email", "Work Phone"]) == [
        "given_name",
        "family_name",
        "email",
        "phone",
    ]


def test_the_header_row_is_found_under_a_title_and_blank_rows() -> None:
    rows = [
        ["Partners van de afdeling"],
        [],
        ["", ""],
        ["Organisatie", "Naam", "E-mail"],
        ["HEMA", "Jan", "j@h.nl"],
    ]
    assert headers.find_header_row(rows) == 3


def test_a_cp1252_csv_with_semicolons_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    path.write_bytes("Naam;Plaats\r\nJan Weiß;Den Haag\r\n".encode("cp1252"))
    assert read_csv(path).rows == [["Naam", "Plaats"], ["Jan Weiß", "Den Haag"]]


def test_a_utf8_csv_with_bom_and_commas_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xef\xbb\xbfName,City\nZo\xc3\xab,Utrecht\n")
    assert read_csv(path).rows == [["Name", "City"], ["Zoë", "Utrecht"]]


@pytest.mark.parametrize("text", ["+31 6 1234 5678", "=1+1", "-5", "@SUM(A1)", "\tx", "gewoon"])
def test_csv_neutralising_is_undone_exactly_on_import(text: str) -> None:
    written = csvfile.neutralise(text)
    assert not written.startswith(csvfile.DANGEROUS_FIRST)
    assert csvfile.restore(written) == text


def test_a_quoted_printable_soft_break_at_column_zero_is_joined(tmp_path: Path) -> None:
    path = tmp_path / "android.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zdemir;Ay=\r\n=C5=9Fe;;;\r\n"
        "EMAIL;PREF:ayse@example.nl\r\nEND:VCARD\r\n",
        encoding="ascii",
    )
    (card,) = read_vcards(path)
    assert (card.family, card.given, card.emails) == ("Özdemir", "Ayşe", ["ayse@example.nl"])


def test_a_csv_renamed_to_xlsx_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "lijst.xlsx"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(BadFileError, match="renamed"):
        sniff(path)
