"""Qt Linguist catalogues: update the .ts sources, fill translations, build the .qm files.

One catalogue per area of the app, so areas can be translated independently:
resources/i18n/<area>_nl.ts (committed, the translators' file) -> built into
src/partnerdesk/resources/i18n/<area>_nl.qm (committed, never edited by hand).

  python scripts/i18n.py update [AREA…]    # pyside6-lupdate every area, or only those named
                                           # (keeps existing translations)
  python scripts/i18n.py untranslated AREA # list source strings without a translation
  python scripts/i18n.py fill AREA FILE    # fill translations from a JSON {source: translation}
  python scripts/i18n.py release           # pyside6-lrelease every area into the package
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "partnerdesk"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = SRC / "resources" / "i18n"
LANGUAGES = ("nl",)

#: area -> the source files whose strings it holds (globs relative to src/partnerdesk)
AREAS: dict[str, list[str]] = {
    "core": [
        "ui/*.py",
        "ui/models/*.py",
        "ui/widgets/*.py",
        "ui/pages/base.py",
        "ui/pages/organisations*.py",
        "ui/pages/people*.py",
        "ui/dialogs/preferences*.py",
        "ui/dialogs/organisation*.py",
        "ui/dialogs/person*.py",
    ],
    "exchange": ["ui/dialogs/import*.py", "ui/dialogs/export*.py"],
    "sessions": [
        "ui/pages/sessions*.py",
        "ui/pages/actions*.py",
        "ui/dialogs/session*.py",
        "ui/dialogs/action*.py",
        "ui/dialogs/contact*.py",
        "ui/briefing*.py",
    ],
    "coverage": [
        "ui/pages/overview*.py",
        "ui/pages/coverage*.py",
        "ui/pages/outreach*.py",
        "ui/widgets/charts*.py",
        "ui/dialogs/reference*.py",
        "ui/dialogs/wave*.py",
    ],
    "privacy": ["ui/dialogs/privacy*.py", "ui/dialogs/recovery*.py", "ui/dialogs/backup*.py"],
    "duplicates": ["ui/pages/duplicates*.py", "ui/dialogs/merge*.py"],
    "about": ["ui/dialogs/about*.py"],
}


def area_files(area: str) -> list[Path]:
    """The files of an area; a file matched by two areas belongs to the most specific pattern
    ("ui/briefing*.py" beats "ui/*.py"), and among equals to the area listed first."""
    owner: dict[Path, tuple[int, str]] = {}
    for name, patterns in AREAS.items():
        for pattern in patterns:
            for path in SRC.glob(pattern):
                if path.is_file() and (path not in owner or len(pattern) > owner[path][0]):
                    owner[path] = (len(pattern), name)
    return sorted(path for path, (_, name) in owner.items() if name == area)


def ts_path(area: str, language: str) -> Path:
    return TS_DIR / f"{area}_{language}.ts"


def update(areas: list[str] | None = None) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area in areas or list(AREAS):
        if area not in AREAS:
            raise SystemExit(f"unknown area {area!r}; known: {', '.join(AREAS)}")
        files = area_files(area)
        if not files:
            continue
        for language in LANGUAGES:
            subprocess.run(
                [
                    "pyside6-lupdate",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *map(str, files),
                    "-ts",
                    str(ts_path(area, language)),
                ],
                check=True,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
            )


def untranslated(area: str, language: str = "nl") -> list[str]:
    tree = ET.parse(ts_path(area, language))
    result = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "").strip()
        ):
            source = message.findtext("source") or ""
            result.append(source)
    return result


def fill(area: str, mapping_file: Path, language: str = "nl") -> int:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    path = ts_path(area, language)
    tree = ET.parse(path)
    count = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if source in mapping:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def release() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            ["pyside6-lrelease", "-silent", str(ts), "-qm", str(QM_DIR / (ts.stem + ".qm"))],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, *rest = argv
    if command == "update":
        update(rest)
    elif command == "untranslated":
        for source in untranslated(rest[0]):
            print(source)
    elif command == "fill":
        print(f"{fill(rest[0], Path(rest[1]))} translations filled")
    elif command == "release":
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
