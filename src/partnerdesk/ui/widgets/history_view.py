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


def _t(text: str) -> str:
    return QCoreApplication.translate("history", text)


def field_names() -> dict[str, str]:
    """Stored field -> what the coordinator calls it."""
    return {
        "name": _t("Name"),
        "kind": _t("Kind"),
        "status": _t("Partnership status"),
        "primary_sector_id": _t("Main sector"),
        "reach": _t("Reach"),
        "reach_note": _t("Reach note"),
        "website": _t("Website"),
        "city": _t("City"),
        "notes": _t("Notes"),
        "given_name": _t("Given name"),
        "name_particle": _t("Name particle"),
        "family_name": _t("Family name"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "job_title": _t("Job title"),
        "is_internal": _t("Own ministry"),
        "directorate": _t("Directorate"),
        "public_role": _t("Public role"),
        "lawful_basis": _t("Lawful basis"),
        "data_source": _t("Source of the data"),
        "do_not_contact": _t("Do not contact"),
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
        return _t("(empty)")
    if field in _ENUMS:
        try:
            return label(_ENUMS[field](value))
        except ValueError:
            return str(value)
    if field in lookups and isinstance(value, int):
        return lookups[field](value) or _t("(removed)")
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
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
        "import": _t("by an import"),
        "merge": _t("by merging duplicates"),
        "undo": _t("by Undo"),
        "demo": _t("with the demo data"),
        "erase": _t("by erasing personal data"),
    }.get(change.batch_kind, "")
    if change.operation == "create":
        text = _t("Created")
    elif change.operation == "delete":
        text = _t("Deleted")
    else:
        if change.field in _HIDDEN or change.field is None:
            return None
        name = field_names().get(change.field, change.field.replace("_", " ").capitalize())
        old = _value(change.field, change.old_value, lookups)
        new = _value(change.field, change.new_value, lookups)
        text = _t("%1: %2 → %3").replace("%1", name).replace("%2", old).replace("%3", new)
    return f"{text} {by}".strip()


class HistoryView(QListWidget):
    """Newest first: when, and what changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(_t("History"))
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
            self.addItem(QListWidgetItem(_t("No changes recorded yet.")))
