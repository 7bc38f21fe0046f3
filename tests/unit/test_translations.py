"""Every Dutch catalogue is complete, keeps the placeholders of its source, and is built."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("*_nl.ts"))
_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_0-9]*\}")


def _messages(ts: Path) -> list[tuple[str, str | None, str | None]]:
    result = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        result.append(
            (
                message.findtext("source") or "",
                translation.text if translation is not None else None,
                translation.get("type") if translation is not None else None,
            )
        )
    return result


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_translation_keeps_the_placeholders_of_its_source(ts: Path) -> None:
    for source, translation, _kind in _messages(ts):
        if translation:
            assert sorted(_PLACEHOLDER.findall(source)) == sorted(
                _PLACEHOLDER.findall(translation)
            ), source


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path) -> None:
    missing = [s for s, t, kind in _messages(ts) if not t or kind == "unfinished"]
    assert missing == []


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_catalogue_is_built_into_the_package(ts: Path) -> None:
    qm = ROOT / "src" / "partnerdesk" / "resources" / "i18n" / (ts.stem + ".qm")
    assert qm.is_file(), f"run: python scripts/i18n.py release ({qm.name} missing)"
