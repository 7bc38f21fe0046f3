"""Translations: partnerdesk's own catalogues plus Qt's (so dialogs say "Annuleren")."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from partnerdesk.ui import labels

log = logging.getLogger(__name__)

SUPPORTED = ("en", "nl")
_installed: list[QTranslator] = []


def catalogue_dir() -> str:
    return str(resources.files("partnerdesk") / "resources" / "i18n")


def choose_language(preference: str | None) -> str:
    """The preference when set ("nl", "en"), else the system locale's language if supported."""
    if preference in SUPPORTED:
        return preference
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translations(app: QCoreApplication, language: str) -> None:
    """Load every catalogue of ``language`` (replacing earlier ones) and set the default locale."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    labels.forget()
    locale = (
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if language == "nl"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    QLocale.setDefault(locale)
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    own = resources.files("partnerdesk") / "resources" / "i18n"
    if own.is_dir():
        for entry in sorted(own.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(f"_{language}.qm"):
                candidates.append((entry.name[:-3], catalogue_dir()))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.info("no translation catalogue %s", name)


def apply_language(app: QCoreApplication, preference: str | None) -> str:
    """Install the language chosen in Preferences ("" follows the system); returns it."""
    language = choose_language(preference)
    install_translations(app, language)
    return language
