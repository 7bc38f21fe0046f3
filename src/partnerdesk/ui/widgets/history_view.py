"""A record's change history in the coordinator's words ("Status: Prospect → Active partner")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from partnerdesk.domain.enums import (
    LawfulBasis,
    OrganisationKind,
    PartnershipStatus,
)
from partnerdesk.services.records import ChangeRecord
from partnerdesk.ui.formatting import date_time, number
from partnerdesk.ui.labels import label


def field_names() -> dict[str, str]:
    """Stored field -> what the coordinator calls it."""
    return {
        "name": QCoreApplication.translate("history", "Name"),
        "kind": QCoreApplication.translate("history", "Kind"),
        "status": QCoreApplication.translate("history", "Partnership status"),
        "primary_sector_id": QCoreApplication.translate("history", "Main sector"),
        "reach": QCoreApplication.translate("history", "Reach"),
        "reach_note": QCoreApplication.translate("history", "Reach note"),
        "website": QCoreApplication.translate("history", "Website"),
        "city": QCoreApplication.translate("history", "City"),
        "notes": QCoreApplication.translate("history", "Notes"),
        "given_name": QCoreApplication.translate("history", "Given name"),
        "name_particle": QCoreApplication.translate("history", "Name particle"),
        "family_name": QCoreApplication.translate("history", "Family name"),
        "email": QCoreApplication.translate("history", "E-mail"),
        "phone": QCoreApplication.translate("history", "Phone"),
        "job_title": QCoreApplication.translate("history", "Job title"),
        "is_internal": QCoreApplication.translate("history", "Own ministry"),
        "directorate": QCoreApplication.translate("history", "Directorate"),
        "public_role": QCoreApplication.translate("history", "Public role"),
        "lawful_basis": QCoreApplication.translate("history", "Lawful basis"),
        "data_source": QCoreApplication.translate("history", "Source of the data"),
        "do_not_contact": QCoreApplication.translate("history", "Do not contact"),
    }


#: fields holding a vocabulary value, shown by its label
_ENUMS: dict[str, type[StrEnum]] = {
    "kind": OrganisationKind,
    "status": PartnershipStatus,
    "lawful_basis": LawfulBasis,
}

#: fields that are not worth a line (bookkeeping)
_HIDDEN = {"version", "updated_at", "created_at", "name_key", "sort_key", "phone_key", "id"}


def _value(field: str, value: Any, lookups: dict[str, Callable[[int], str | None]]) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("history", "(empty)")
    if field in _ENUMS:
        try:
            return label(_ENUMS[field](value))
        except ValueError:
            return str(value)
    if field in lookups and isinstance(value, int):
        return lookups[field](value) or QCoreApplication.translate("history", "(removed)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("history", "yes")
            if value
            else QCoreApplication.translate("history", "no")
        )
    if isinstance(value, int):
        return number(value)
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def describe(
    change: ChangeRecord, lookups: dict[str, Callable[[int], str | None]] | None = None
) -> str | None:
    """One line for one change; None for bookkeeping changes not worth showing."""
    lookups = lookups or {}
    by = {
        "import": QCoreApplication.translate("history", "by an import"),
        "merge": QCoreApplication.translate("history", "by merging duplicates"),
        "undo": QCoreApplication.translate("history", "by Undo"),
        "demo": QCoreApplication.translate("history", "with the demo data"),
        "erase": QCoreApplication.translate("history", "by erasing personal data"),
    }.get(change.batch_kind, "")
    if change.operation == "create":
        text = QCoreApplication.translate("history", "Created")
    elif change.operation == "delete":
        text = QCoreApplication.translate("history", "Deleted")
    else:
        if change.field in _HIDDEN or change.field is None:
            return None
        name = field_names().get(change.field, change.field.replace("_", " ").capitalize())
        old = _value(change.field, change.old_value, lookups)
        new = _value(change.field, change.new_value, lookups)
        text = (
            QCoreApplication.translate("history", "%1: %2 → %3")
            .replace("%1", name)
            .replace("%2", old)
            .replace("%3", new)
        )
    return f"{text} {by}".strip()


class HistoryView(QListWidget):
    """Newest first: when, and what changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(QCoreApplication.translate("history", "History"))
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_changes(
        self,
        changes: list[ChangeRecord],
        lookups: dict[str, Callable[[int], str | None]] | None = None,
    ) -> None:
        self.clear()
        for change in changes:
            text = describe(change, lookups)
            if text is None:
                continue
            # history is stored in UTC; the coordinator reads local time
            local = change.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
            item = QListWidgetItem(f"{date_time(local)}   {text}")
            self.addItem(item)
        if self.count() == 0:
            self.addItem(
                QListWidgetItem(QCoreApplication.translate("history", "No changes recorded yet."))
            )
