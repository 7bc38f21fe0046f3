"""partnerdesk: partners, people and dialogue sessions of an outreach programme."""

from functools import cache
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


@cache
def _version() -> str:
    """The version, from one source: pyproject.toml (installed metadata, or the file itself)."""
    from importlib import metadata  # 30 ms to import: read when asked for, not at start

    try:
        return metadata.version("partnerdesk")
    except metadata.PackageNotFoundError:
        project = pyproject_project()
        return str(project["version"]) if project else "unknown"


__version__: str  # provided by __getattr__ below


def __getattr__(name: str) -> Any:
    """``__version__``, looked up on first use (the window does not need it to open)."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


APP_NAME = "partnerdesk"
ORGANISATION_NAME = "partnerdesk"
