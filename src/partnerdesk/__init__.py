"""partnerdesk: partners, people and dialogue sessions of an outreach programme."""

from importlib import metadata
from pathlib import Path


def _version() -> str:
    """The version, from one source: pyproject.toml (installed metadata, or the file itself)."""
    try:
        return metadata.version("partnerdesk")
    except metadata.PackageNotFoundError:
        pass
    import tomllib

    here = Path(__file__).resolve().parent
    # A source tree without install, or a bundle built from one (the spec ships pyproject.toml).
    for candidate in (here.parents[1] / "pyproject.toml", here / "pyproject.toml"):
        try:
            project = tomllib.loads(candidate.read_text(encoding="utf-8"))["project"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            continue
        if project.get("name") == "partnerdesk":
            return str(project["version"])
    return "unknown"


__version__ = _version()

APP_NAME = "partnerdesk"
ORGANISATION_NAME = "partnerdesk"
