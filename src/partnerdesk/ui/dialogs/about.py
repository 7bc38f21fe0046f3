"""Help > About: version, where the data lives, and the licences of everything bundled."""

from __future__ import annotations

import html
import platform
import re
from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from partnerdesk import __version__, pyproject_project
from partnerdesk.ui.context import AppContext

#: Optional extras whose libraries a release bundle ships (PostgreSQL support).
BUNDLED_EXTRAS = ("postgres",)
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}


def normalised(name: str) -> str:
    """A distribution name compared the way packaging tools compare them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class Component:
    """One bundled library: its name, version and licence as its metadata declares them."""

    name: str
    version: str
    licence: str


def licence_of(distribution: metadata.Distribution) -> str:
    """The licence a distribution declares: SPDX expression, short License field, or classifier."""
    meta = distribution.metadata
    expression = meta.get_all("License-Expression")
    if expression:
        return str(expression[0])
    text = str((meta.get_all("License") or [""])[0]).strip()
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the licence file in its folder"


def _root_requirements() -> list[str]:
    """partnerdesk's own requirements (installed metadata, or pyproject.toml when there is none)."""
    try:
        return list(metadata.requires("partnerdesk") or [])
    except metadata.PackageNotFoundError:
        project = pyproject_project() or {}
        extras = project.get("optional-dependencies", {})
        return list(project.get("dependencies", [])) + [
            f'{req}; extra == "{extra}"'
            for extra in BUNDLED_EXTRAS
            for req in extras.get(extra, [])
        ]


def _wanted(requirement: str, extras: tuple[str, ...]) -> str | None:
    """The distribution name of a requirement that applies (no extra, or one of ours)."""
    match = _NAME.match(requirement)
    if not match:
        return None
    extra = _EXTRA.search(requirement)
    if extra and extra.group(1) not in extras:
        return None
    return match.group(1)


def bundled_components() -> list[Component]:
    """partnerdesk's runtime libraries and theirs, as far as they are installed, by name."""
    found: dict[str, Component] = {}
    pending = [
        name for req in _root_requirements() if (name := _wanted(req, BUNDLED_EXTRAS)) is not None
    ]
    # psycopg ships its compiled part as an extra of its own ("psycopg[binary]").
    pending += ["psycopg-binary"]
    while pending:
        name = pending.pop()
        key = normalised(name)
        if key in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = Component(
            distribution.metadata["Name"], distribution.version, licence_of(distribution)
        )
        pending += [
            dep for req in distribution.requires or [] if (dep := _wanted(req, ())) is not None
        ]
    return sorted(found.values(), key=lambda c: c.name.lower())


class AboutDialog(QDialog):
    """Version, data location and licence notices; opened from Help > About."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("About partnerdesk"))
        self.setMinimumSize(QSize(560, 520))

        icon = QLabel()
        icon_file = files("partnerdesk").joinpath("resources/icons/partnerdesk.svg")
        icon.setPixmap(QIcon(str(icon_file)).pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(f"<h2>partnerdesk</h2>{html.escape(self.version_text())}")
        title.setTextFormat(Qt.TextFormat.RichText)
        summary = QLabel(
            self.tr("Partners, contact persons and dialogue sessions of an outreach programme.")
        )
        summary.setWordWrap(True)

        self.location = QLabel(self.tr("Data file: %1").replace("%1", context.db.display_name))
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self.open_data_folder)
        open_folder.setEnabled(context.db.path is not None)

        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(open_folder)

        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self.licence_html(bundled_components()))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(where)
        layout.addWidget(QLabel(f"<b>{html.escape(self.tr('Licences'))}</b>"))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def version_text(self) -> str:
        return self.tr("Version %1").replace("%1", __version__)

    def open_data_folder(self) -> None:
        if self.context.db.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.db.path.parent)))

    @staticmethod
    def licence_used(component: Component) -> str:
        """Qt is offered under several licences; this program uses it under the LGPL."""
        return (
            "LGPL-3.0-only" if normalised(component.name) in QT_DISTRIBUTIONS else component.licence
        )

    def licence_html(self, components: list[Component]) -> str:
        """The notices: partnerdesk's own licence, Qt's LGPL terms, and a table of the rest."""
        qt = next((c for c in components if normalised(c.name) in QT_DISTRIBUTIONS), None)
        qt_version = qt.version if qt else ""
        own = self.tr("partnerdesk is free software under the European Union Public Licence %1.")
        qt_notice = self.tr(
            "This program uses Qt and Qt for Python (PySide6) %1 under the GNU Lesser General "
            "Public License version 3 (LGPL-3.0). Their libraries are separate files in the "
            "installation folder; you may replace them with your own build of the same version. "
            "The source code is available from %2."
        )
        others = self.tr("Other libraries in this program:")
        component, version, licence = self.tr("Component"), self.tr("Version"), self.tr("Licence")
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(self.licence_used(c))}</td></tr>"
            for c in components
        )
        python = f"<tr><td>Python</td><td>{platform.python_version()}</td><td>PSF-2.0</td></tr>"
        link = '<a href="https://download.qt.io/official_releases/QtForPython/">download.qt.io</a>'
        return (
            f"<p>{html.escape(own.replace('%1', 'v1.2 (EUPL-1.2)'))}</p>"
            f"<p>{html.escape(qt_notice.replace('%1', qt_version)).replace('%2', link)}</p>"
            f"<p>{html.escape(others)}</p>"
            '<table cellspacing="0" cellpadding="3">'
            f"<tr><th align='left'>{html.escape(component)}</th>"
            f"<th align='left'>{html.escape(version)}</th>"
            f"<th align='left'>{html.escape(licence)}</th></tr>"
            f"{rows}{python}</table>"
        )
