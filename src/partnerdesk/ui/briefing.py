"""The printable session brief (sessienotitie): HTML laid out by Qt, to PDF or a printer."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from partnerdesk.domain.enums import Attendance
from partnerdesk.errors import StorageError
from partnerdesk.services.briefing import Brief, BriefParticipant
from partnerdesk.ui.dialogs import session_labels as labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("Briefing", text)


def _e(text: str | None) -> str:
    return html.escape(text or "")


def _paragraphs(text: str | None) -> str:
    if not text:
        return f"<p class='empty'>{_e(_tr('(not filled in)'))}</p>"
    return "".join(f"<p>{_e(part)}</p>" for part in text.split("\n") if part.strip())


def _ordered(items: tuple[str, ...]) -> str:
    if not items:
        return f"<p class='empty'>{_e(_tr('(none)'))}</p>"
    return "<ol>" + "".join(f"<li>{_e(item)}</li>" for item in items) + "</ol>"


def _people(people: tuple[BriefParticipant, ...], where: str) -> str:
    if not people:
        return f"<p class='empty'>{_e(_tr('(none)'))}</p>"
    rows = "".join(
        "<tr>"
        f"<td>{_e(p.name)}</td><td>{_e(p.organisation)}</td><td>{_e(p.role)}</td>"
        f"<td>{_e(labels.attendance(p.attendance) if p.attendance == Attendance.ABSENT else '')}</td>"
        "</tr>"
        for p in people
    )
    return (
        "<table class='people' width='100%' cellspacing='0' cellpadding='4'>"
        f"<tr><th align='left' width='30%'>{_e(_tr('Name'))}</th>"
        f"<th align='left' width='27%'>{_e(where)}</th>"
        f"<th align='left' width='33%'>{_e(_tr('Role'))}</th><th width='10%'></th></tr>"
        f"{rows}</table>"
    )


def brief_html(brief: Brief) -> str:
    """The brief as HTML in the UI language (Qt's rich-text subset)."""
    place = (
        _tr("Online") + (f" ({brief.location})" if brief.location else "")
        if brief.online
        else (brief.location or "")
    )
    when = labels.format_period(brief.starts_at, brief.ends_at)
    if brief.duration_minutes:
        when += " · " + labels.count_text(
            brief.duration_minutes, _tr("1 minute"), _tr("%1 minutes")
        )
    facts = [
        (_tr("Date and time"), when),
        (_tr("Kind"), labels.session_kind(brief.kind)),
        (_tr("Where"), place),
        (_tr("Organiser"), brief.organiser or ""),
        (_tr("Facilitator"), brief.facilitator or ""),
    ]
    fact_rows = "".join(
        f"<tr><td class='label' width='28%'>{_e(k)}</td><td>{_e(v)}</td></tr>"
        for k, v in facts
        if v
    )
    woo = (
        f"<p class='woo'>{_e(_tr('Redacted for release under the Woo: personal data is replaced by the ground 5.1.2e.'))}</p>"
        if brief.woo
        else ""
    )
    sections = [
        (_tr("Background"), _paragraphs(brief.background)),
        (_tr("Goal"), _paragraphs(brief.goal)),
        (
            _tr("Participants"),
            f"<h3>{_e(_tr('Ministry'))}</h3>{_people(brief.ministry, _tr('Directorate'))}"
            f"<h3>{_e(_tr('Partners'))}</h3>{_people(brief.partners, _tr('Organisation'))}",
        ),
        (_tr("Preparatory questions"), _ordered(brief.questions)),
        (_tr("Points for discussion"), _ordered(brief.discussion_points)),
        (_tr("Roles"), _paragraphs(brief.roles)),
    ]
    if brief.sub_questions:
        sections.append((_tr("Sub-questions to work on together"), _ordered(brief.sub_questions)))
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
        f"<p class='kicker'>{_e(_tr('Session brief'))}</p>"
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
