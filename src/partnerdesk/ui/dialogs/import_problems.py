"""Import problems in the coordinator's language: the importer's English templates, translated.

The importer (services/importer.py) and domain validation stay free of Qt: a problem carries
its English template and the values to fill in. The templates are listed here so Qt Linguist
collects them; a template that is missing here is shown in English.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from partnerdesk.exchange.tables import Note
from partnerdesk.services.importer import Problem

#: every template the importer and the domain validation it calls can produce
TEMPLATES = (
    # a value left out (domain validation, its quoted value replaced by "the value")
    QT_TRANSLATE_NOOP(
        "ImportProblem", "the value is not an e-mail address (name@domain.nl); left out"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "the value is not a phone number; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "the value is not a web address; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "the value is not a number; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "a yes/no value is not a number; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value} is negative; a reach is zero or more; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a reach of zero or more; left out"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "the value is not a date (for example 26-01-2021); left out"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a date; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "a yes/no value is not a date; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "a duration is not a date; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "the value is not yes or no (ja/nee); left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "the value is not one of the drop-down list; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "the value is not a whole number; left out"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "the cell holds an Excel error (such as #N/A or #DIV/0!); left out"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "partnerdesk knows no sector by this name; left out"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "a sector, target group or channel is not known to partnerdesk; left out"
    ),
    # a row or sheet not imported
    QT_TRANSLATE_NOOP("ImportProblem", "the ID column is missing; sheet not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "the name is empty; row not imported"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "the row has no name and no e-mail address; row not imported"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "a link needs a person ID and an organisation ID; row not imported"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "no person has this ID; row not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "no organisation has this ID; row not imported"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this record was changed in partnerdesk after the export; the row was not applied",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "the sheet is empty"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "no column was recognised as organisation, name or e-mail; "
        "choose the columns in the mapping step",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the row has no organisation, name or e-mail address; row not imported",
    ),
    # the activity sheets (services/import_activity.py)
    QT_TRANSLATE_NOOP("ImportProblem", "the value is not an ID or a name; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "an ID here is not a whole number; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "the text is longer than {length} characters; left out"),
    QT_TRANSLATE_NOOP("ImportProblem", "the ID is not a whole number; row not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "the session ends before it starts; row not imported"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "this person is already a participant of that session; row not imported"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "this organisation is already in that outreach wave; row not imported"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "this column may not be empty for a new row; row not imported"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "no organisation has this ID or name; row not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "no person has this ID or name; row not imported"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "more than one record has this name; write its ID; row not imported"
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "this name is not the name of the ID beside it; the ID was used"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "no session has this ID or title; row not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "no outreach wave has this ID or name; row not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "no target group has this name; row not imported"),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "a channel here is not one partnerdesk knows; row not imported"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "the wave ends before it starts; row not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "another outreach wave has this name; row not imported"),
    QT_TRANSLATE_NOOP("ImportProblem", "an earlier row has this name; row not imported"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "a group here is not among the organisation's target groups; left out",
    ),
)


#: the notes on what reading and planning did
NOTE_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "ImportProblem", "Merged cells: their value was repeated in {count} cell(s) below."
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "Hidden sheet '{sheet}' was left out."),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "Sheet '{sheet}' is a report of what partnerdesk holds; it is not imported.",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{count} total row(s) were skipped."),
)


def note_text(note: str) -> str:
    """A note of the import plan in the language of the window."""
    if not isinstance(note, Note):
        return QCoreApplication.translate("ImportProblem", note)
    return _filled(
        QCoreApplication.translate("ImportProblem", note.template), note.params, str(note)
    )


def _filled(text: str, params: Mapping[str, object], english: str) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return english  # a translation that lost a placeholder: English beats nothing


def problem_text(problem: Problem) -> str:
    """The problem's message in the language of the window."""
    text = QCoreApplication.translate("ImportProblem", problem.template or problem.message)
    return _filled(text, problem.params, problem.message) if problem.params else text


def problem_where(problem: Problem) -> str:
    """File, sheet, row and column of a problem, as the spreadsheet names them."""
    parts = [
        problem.file,
        QCoreApplication.translate("ImportProblem", "sheet “%1”").replace("%1", problem.sheet),
    ]
    if problem.row is not None:
        parts.append(
            QCoreApplication.translate("ImportProblem", "row %1").replace(
                "%1", QLocale().toString(problem.row)
            )
        )
    if problem.column:
        parts.append(
            QCoreApplication.translate("ImportProblem", "column “%1”").replace("%1", problem.column)
        )
    return ", ".join(parts)


def problem_line(problem: Problem) -> str:
    """One line: where, then what, e.g. for a tooltip or the list under the preview."""
    return problem_where(problem) + ": " + problem_text(problem)
