"""The ``report`` verb: coverage, open actions and quiet partners as JSON-ready data or tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from partnerdesk.domain.enums import ActionStatus
from partnerdesk.persistence.database import Database
from partnerdesk.services import actions, overview
from partnerdesk.services.coverage import coverage


def coverage_report(db: Database) -> dict[str, Any]:
    """Every sector and target group with its active partners and reach, and every matrix cell."""
    result = coverage(db.uow())
    names = {p.id: p.name for p in result.partners}

    def axis(kind: str) -> list[dict[str, Any]]:
        rows = result.sectors if kind == "sector" else result.target_groups
        return [
            {
                "id": a.id,
                "name": a.name,
                "priority": a.priority.value,
                **({"estimated_size": a.estimated_size} if kind == "sector" else {}),
                "active_partners": a.active_partners,
                "reach": a.reach,
                "gap": a.is_gap,
                "partners": [names[i] for i in a.partner_ids],
            }
            for a in rows
        ]

    cells = []
    for s in result.sectors:
        for g in result.target_groups:
            cell = result.cell(s.id, g.id)
            cells.append(
                {
                    "sector_id": s.id,
                    "sector": s.name,
                    "target_group_id": g.id,
                    "target_group": g.name,
                    "active_partners": cell.active_partners,
                    "reach": cell.reach,
                    "partners": [names[i] for i in cell.partner_ids],
                }
            )
    unsectored = result.without_sector
    return {
        "sectors": axis("sector"),
        "without_sector": {
            "active_partners": unsectored.active_partners,
            "reach": unsectored.reach,
            "partners": [names[i] for i in unsectored.partner_ids],
            "cells": [
                {
                    "target_group_id": g.id,
                    "target_group": g.name,
                    "active_partners": result.cell(unsectored.id, g.id).active_partners,
                    "reach": result.cell(unsectored.id, g.id).reach,
                }
                for g in result.target_groups
            ],
        },
        "target_groups": axis("target_group"),
        "cells": cells,
        "gaps": [{"kind": a.kind, "name": a.name} for a in result.gaps],
        "status_counts": {status.value: count for status, count in result.status_counts},
    }


def actions_report(db: Database, today: dt.date | None = None) -> dict[str, Any]:
    """Open actions by due date, overdue ones flagged."""
    today = today or dt.date.today()
    rows = actions.list_actions(db.uow(), status=ActionStatus.OPEN)
    return {
        "today": today.isoformat(),
        "open": len(rows),
        "overdue": sum(1 for a in rows if a.is_overdue(today)),
        "actions": [
            {
                "id": a.id,
                "description": a.description,
                "due_on": a.due_on.isoformat() if a.due_on else None,
                "overdue": a.is_overdue(today),
                "owner": a.owner_name,
                "organisation": a.organisation_name,
                "session": a.session_title,
            }
            for a in rows
        ],
    }


def contacts_report(db: Database, days: int, today: dt.date | None = None) -> dict[str, Any]:
    """Active and in-dialogue partners not contacted for ``days`` days, or never."""
    today = today or dt.date.today()
    quiet = overview.quiet_partners(db.uow(), today=today, quiet_days=days)
    return {
        "today": today.isoformat(),
        "days": days,
        "count": len(quiet),
        "partners": [
            {
                "id": q.id,
                "name": q.name,
                "status": q.status.value,
                "last_contact": q.last_contact.isoformat() if q.last_contact else None,
                "days_since_contact": q.days,
            }
            for q in quiet
        ],
    }


def as_text(topic: str, data: dict[str, Any]) -> str:
    """A plain-text table of a report for the terminal."""
    if topic == "coverage":
        return _coverage_text(data)
    if topic == "actions":
        rows = [
            [
                a["due_on"] or "-",
                "OVERDUE" if a["overdue"] else "",
                a["description"][:60],
                a["owner"] or "",
                a["organisation"] or "",
            ]
            for a in data["actions"]
        ]
        head = f"{data['open']} open actions, {data['overdue']} overdue (today {data['today']})"
        return head + "\n\n" + _table(["Due", "", "Action", "Owner", "Organisation"], rows)
    rows = [
        [
            p["name"],
            p["status"].replace("_", " "),
            p["last_contact"] or "never",
            "" if p["days_since_contact"] is None else str(p["days_since_contact"]),
        ]
        for p in data["partners"]
    ]
    head = f"{data['count']} partners not contacted for {data['days']} days or more"
    return head + "\n\n" + _table(["Partner", "Status", "Last contact", "Days"], rows)


def _coverage_text(data: dict[str, Any]) -> str:
    parts = []
    for title, key in (("Sector", "sectors"), ("Target group", "target_groups")):
        rows = [
            [
                a["name"] + ("  << GAP" if a["gap"] else ""),
                a["priority"],
                str(a["active_partners"]),
                f"{a['reach']:,}",
            ]
            for a in data[key]
        ]
        parts.append(_table([title, "Priority", "Active partners", "Reach"], rows, right=(2, 3)))
    groups = [g["name"] for g in data["target_groups"]]
    matrix = []
    for s in data["sectors"]:
        line = [s["name"]]
        for g in data["target_groups"]:
            cell = next(
                c
                for c in data["cells"]
                if c["sector_id"] == s["id"] and c["target_group_id"] == g["id"]
            )
            line.append(
                f"{cell['active_partners']} / {cell['reach']:,}" if cell["active_partners"] else "-"
            )
        matrix.append(line)
    unsectored = data["without_sector"]
    if unsectored["active_partners"]:
        line = ["(without sector)"]
        for c in unsectored["cells"]:
            line.append(f"{c['active_partners']} / {c['reach']:,}" if c["active_partners"] else "-")
        matrix.append(line)
    parts.append(
        "Active partners / reach per sector and target group\n\n"
        + _table(["Sector", *groups], matrix, right=tuple(range(1, len(groups) + 1)))
    )
    gaps = ", ".join(g["name"] for g in data["gaps"]) or "none"
    parts.append(f"Gaps (high priority, no active partner): {gaps}")
    return "\n\n".join(parts)


def _table(header: list[str], rows: list[list[str]], right: tuple[int, ...] = ()) -> str:
    if not rows:
        return "(none)"
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            str(c).rjust(w) if i in right else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])
