"""The printable session brief (sessienotitie): HTML laid out by Qt, to PDF or a printer."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk.domain.enums import Attendance
from partnerdesk.errors import StorageError
from partnerdesk.services.briefing import Brief, BriefParticipant
from partnerdesk.ui import formatting
from partnerdesk.ui.labels import label as vocabulary

T_NOT_FILLED_IN = QT_TRANSLATE_NOOP("Briefing", "(not filled in)")
T_NONE = QT_TRANSLATE_NOOP("Briefing", "(none)")
T_NAME = QT_TRANSLATE_NOOP("Briefing", "Name")
T_ROLE = QT_TRANSLATE_NOOP("Briefing", "Role")
T_ABSENT = QT_TRANSLATE_NOOP("Briefing", "absent")
T_WOO_NOTICE = QT_TRANSLATE_NOOP(
    "Briefing",
    "Redacted for release under the Woo: personal data is replaced by the ground 5.1.2e.",
)
T_MINISTRY = QT_TRANSLATE_NOOP("Briefing", "Ministry")
T_DIRECTORATE = QT_TRANSLATE_NOOP("Briefing", "Directorate")
T_PARTNERS = QT_TRANSLATE_NOOP("Briefing", "Partners")
T_ORGANISATION = QT_TRANSLATE_NOOP("Briefing", "Organisation")
T_SESSION_BRIEF = QT_TRANSLATE_NOOP("Briefing", "Session brief")


def _text(source: object) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP above."""
    return QCoreApplication.translate("Briefing", str(source))


def _e(text: str | None) -> str:
    return html.escape(text or "")


def _paragraphs(text: str | None) -> str:
    if not text:
        return f"<p class='empty'>{_e(_text(T_NOT_FILLED_IN))}</p>"
    return "".join(f"<p>{_e(part)}</p>" for part in text.split("\n") if part.strip())


def _ordered(items: tuple[str, ...]) -> str:
    if not items:
        return f"<p class='empty'>{_e(_text(T_NONE))}</p>"
    return "<ol>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ol>"


def _people(people: tuple[BriefParticipant, ...], where: str) -> str:
    if not people:
        return f"<p class='empty'>{_e(_text(T_NONE))}</p>"
    absent = _text(T_ABSENT)
    rows = "".join(
        f"<tr><td>{_e(p.name)}</td><td>{_e(p.organisation)}</td><td>{_e(p.role)}"
        + (f" <i>({_e(absent)})</i>" if p.attendance == Attendance.ABSENT else "")
        + "</td></tr>"
        for p in people
    )
    return (
        "<table class='people' width='100%' cellspacing='0' cellpadding='4'>"
        f"<tr><th align='left' width='30%'>{_e(_text(T_NAME))}</th>"
        f"<th align='left' width='30%'>{_e(where)}</th>"
        f"<th align='left' width='40%'>{_e(_text(T_ROLE))}</th></tr>"
        f"{rows}</table>"
    )


def brief_html(brief: Brief) -> str:
    """The brief as HTML in the UI language (Qt's rich-text subset)."""
    place = (
        QCoreApplication.translate("Briefing", "Online")
        + (f" ({brief.location})" if brief.location else "")
        if brief.online
        else (brief.location or "")
    )
    when = formatting.period(brief.starts_at, brief.ends_at)
    if brief.duration_minutes:
        when += " · " + formatting.count_text(
            brief.duration_minutes,
            QCoreApplication.translate("Briefing", "1 minute"),
            QCoreApplication.translate("Briefing", "%1 minutes"),
        )
    facts = [
        (QCoreApplication.translate("Briefing", "Date and time"), when),
        (QCoreApplication.translate("Briefing", "Kind"), vocabulary(brief.kind)),
        (QCoreApplication.translate("Briefing", "Where"), place),
        (QCoreApplication.translate("Briefing", "Organiser"), brief.organiser or ""),
        (QCoreApplication.translate("Briefing", "Facilitator"), brief.facilitator or ""),
    ]
    fact_rows = "".join(
        f"<tr><td class='label' width='28%'>{_e(k)}</td><td>{_e(v)}</td></tr>"
        for k, v in facts
        if v
    )
    woo = f"<p class='woo'>{_e(_text(T_WOO_NOTICE))}</p>" if brief.woo else ""
    sections = [
        (QCoreApplication.translate("Briefing", "Background"), _paragraphs(brief.background)),
        (QCoreApplication.translate("Briefing", "Goal"), _paragraphs(brief.goal)),
        (
            QCoreApplication.translate("Briefing", "Participants"),
            f"<h3>{_e(_text(T_MINISTRY))}</h3>{_people(brief.ministry, _text(T_DIRECTORATE))}"
            f"<h3>{_e(_text(T_PARTNERS))}</h3>{_people(brief.partners, _text(T_ORGANISATION))}",
        ),
        (
            QCoreApplication.translate("Briefing", "Preparatory questions"),
            _ordered(brief.questions),
        ),
        (
            QCoreApplication.translate("Briefing", "Points for discussion"),
            _ordered(brief.discussion_points),
        ),
        (QCoreApplication.translate("Briefing", "Roles"), _paragraphs(brief.roles)),
    ]
    if brief.sub_questions:
        sections.append(
            (
                QCoreApplication.translate("Briefing", "Sub-questions to work on together"),
                _ordered(brief.sub_questions),
            )
        )
    body = "".join(f"<h2>{_e(title)}</h2>{content}" for title, content in sections)
    style = (
        "body { font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; }"
        "h1 { font-size: 17pt; margin-bottom: 2px; }"
        "h2 { font-size: 12.5pt; color: #154273; margin-top: 16px; margin-bottom: 4px; }"
        "h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 2px; }"
        ".kicker { color: #555555; font-size: 9pt; }"
        ".label { color: #555555; }"
        ".empty { color: #777777; font-style: italic; }"
        ".woo { color: #8a1c1c; font-weight: bold; }"
        "table.people th { border-bottom: 1px solid #999999; }"
        "li { margin-bottom: 3px; }"
    )
    return (
        f"<html><head><style>{style}</style></head><body>"
        f"<p class='kicker'>{_e(_text(T_SESSION_BRIEF))}</p>"
        f"<h1>{_e(brief.title)}</h1>{woo}"
        f"<table cellspacing='0' cellpadding='2' width='100%' style='margin-top: 6px'>"
        f"{fact_rows}</table>"
        f"{body}</body></html>"
    )


def brief_document(brief: Brief) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(brief_html(brief))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, brief.title)
    return document


def _a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 18, 20, 18),
        QPageLayout.Unit.Millimeter,
    )


def write_pdf(brief: Brief, path: Path) -> None:
    """Write the brief as an A4 PDF; a folder that cannot be written is a StorageError."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(_a4_layout())
    writer.setResolution(300)
    writer.setTitle(brief.title)
    writer.setCreator("partnerdesk")
    document = brief_document(brief)
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.is_file() or path.stat().st_size == 0:
        raise StorageError(f"{path.name} could not be written. Choose another folder.")


def print_brief(parent: QWidget | None, brief: Brief) -> bool:
    """Offer the print dialog and print the brief; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_a4_layout())
    printer.setDocName(brief.title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    brief_document(brief).print_(printer)
    return True
