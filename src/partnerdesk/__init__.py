"""partnerdesk: partners, people and dialogue sessions of an outreach programme."""

from importlib import metadata
from pathlib import Path
from typing import Any


def pyproject_project() -> dict[str, Any] | None:
    """The [project] table of our pyproject.toml, when running without installed metadata.

    That is a source tree without install, or a bundle built from one (the spec then ships
    pyproject.toml inside the package).
    """
    import tomllib

    here = Path(__file__).resolve().parent
    for candidate in (here.parents[1] / "pyproject.toml", here / "pyproject.toml"):
        try:
            project = tomllib.loads(candidate.read_text(encoding="utf-8"))["project"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            continue
        if project.get("name") == "partnerdesk":
            return dict(project)
    return None


def _version() -> str:
    """The version, from one source: pyproject.toml (installed metadata, or the file itself)."""
    try:
        return metadata.version("partnerdesk")
    except metadata.PackageNotFoundError:
        project = pyproject_project()
        return str(project["version"]) if project else "unknown"


__version__ = _version()

APP_NAME = "partnerdesk"
ORGANISATION_NAME = "partnerdesk"
