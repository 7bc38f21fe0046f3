"""Copy the SVG icon set from resources/icons/ into the package (src/partnerdesk/resources/icons/).

  python scripts/icons.py          # build the package copies
  python scripts/icons.py --check  # exit 1 when a package copy is missing or out of date

The icons are drawn with ``stroke="currentColor"``; the app colours them from the palette at
paint time, so one set serves light and dark schemes.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons"
TARGET = ROOT / "src" / "partnerdesk" / "resources" / "icons"


def problems() -> list[str]:
    """Package copies that are missing, stale or left over, and sources that are not SVG."""
    found = []
    sources = sorted(SOURCE.glob("*.svg"))
    for svg in sources:
        try:
            ET.parse(svg)
        except ET.ParseError as error:
            found.append(f"{svg.name}: not well-formed ({error})")
        built = TARGET / svg.name
        if not built.is_file() or built.read_bytes() != svg.read_bytes():
            found.append(f"{built.name}: missing or out of date in the package")
    names = {svg.name for svg in sources}
    found += [f"{p.name}: no source" for p in sorted(TARGET.glob("*.svg")) if p.name not in names]
    return found


def build() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    names = set()
    for svg in sorted(SOURCE.glob("*.svg")):
        ET.parse(svg)  # refuse a broken drawing
        (TARGET / svg.name).write_bytes(svg.read_bytes())
        names.add(svg.name)
    for stale in TARGET.glob("*.svg"):
        if stale.name not in names:
            stale.unlink()


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
