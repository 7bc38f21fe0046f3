"""Name pickers find what is typed anywhere in a name, filter pickers keep their choice, and a list
of chosen records holds each record once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from partnerdesk.services.records import ParticipantChoice
from partnerdesk.ui.widgets.choices import IdList, choice_combo, person_label, refill_choices

NAMES = [(1, "Gemeente Tilburg"), (2, "Hema B.V."), (3, "Stichting Tilburg Werkt")]


def test_a_picker_offers_none_first_and_completes_on_any_part_of_a_name(qtbot) -> None:
    combo = choice_combo(NAMES, "(none)", popup=True)
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", *(n for _, n in NAMES)]
    assert combo.itemData(0) is None and combo.itemData(2) == 2
    completer = combo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.completionMode() == completer.CompletionMode.PopupCompletion
    completer.setCompletionPrefix("tilburg")
    assert completer.completionCount() == 2


def test_refilling_a_filter_keeps_the_chosen_item_and_signals_nothing(qtbot) -> None:
    combo = choice_combo(NAMES[:2], "All organisations")
    qtbot.addWidget(combo)
    combo.setCurrentIndex(combo.findData(2))
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    refill_choices(combo, NAMES, "All organisations")
    assert combo.currentData() == 2 and combo.count() == 4
    refill_choices(combo, NAMES[:1], "All organisations")
    assert combo.currentData() is None  # the chosen one is gone: no filter
    assert changes == []


def test_a_person_is_shown_with_where_they_work_when_known() -> None:
    assert (
        person_label(ParticipantChoice(1, "Vries, Jan de", False, "Hema")) == "Vries, Jan de — Hema"
    )
    assert person_label(ParticipantChoice(2, "Bos, Ans", True, None)) == "Bos, Ans"


def test_a_list_of_chosen_records_lists_each_once_and_removes_the_current_one(qtbot) -> None:
    chosen = IdList()
    qtbot.addWidget(chosen)
    assert chosen.add_id(7, "Hema B.V.")
    assert chosen.add_id(3, "Gemeente Tilburg")
    assert not chosen.add_id(7, "Hema")
    assert chosen.ids() == (7, 3)
    assert [chosen.item(row).text() for row in range(chosen.count())] == [
        "Hema B.V.",
        "Gemeente Tilburg",
    ]
    chosen.remove_current()  # nothing current yet: nothing removed
    assert chosen.ids() == (7, 3)
    chosen.setCurrentRow(0)
    chosen.remove_current()
    assert chosen.ids() == (3,)
