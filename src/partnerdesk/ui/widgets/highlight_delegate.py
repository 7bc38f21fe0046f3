"""Paints list cells with the searched text highlighted, the way the search index matched it."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from partnerdesk.domain.text import fold
from partnerdesk.ui.models.paged_table_model import Roles


def _fold_char(char: str) -> str:
    if char.isascii():  # the common case, without Unicode normalisation
        return " " if char.isspace() else char.lower()
    return fold(char) or (" " if char.isspace() else "")


@lru_cache(maxsize=4096)
def match_spans(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """(start, length) in ``text`` of every query term, compared folded (case and accents)."""
    folded: list[str] = []
    origin: list[int] = []  # folded character -> index in text
    for position, char in enumerate(text):
        for folded_char in _fold_char(char):
            folded.append(folded_char)
            origin.append(position)
    haystack = "".join(folded)
    spans: list[tuple[int, int]] = []
    for term in fold(query).split():
        start = haystack.find(term)
        while start >= 0:
            first = origin[start]
            last = origin[start + len(term) - 1]
            spans.append((first, last - first + 1))
            start = haystack.find(term, start + len(term))
    return tuple(_merged(spans))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, length in sorted(spans):
        if result and start <= result[-1][0] + result[-1][1]:
            previous_start, previous_length = result[-1]
            end = max(previous_start + previous_length, start + length)
            result[-1] = (previous_start, end - previous_start)
        else:
            result.append((start, length))
    return result


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell as usual, then its text with matches in bold on the highlight tint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: the search text to highlight, set by a list on each query; None: each cell's
        #: ``Roles.HIGHLIGHT`` says (one more call into the model per painted cell)
        self.query: str | None = None
        #: the columns whose text is highlighted (with ``query``)
        self.columns: frozenset[int] = frozenset()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self.query is None:
            query = index.data(Roles.HIGHLIGHT)
        else:
            query = self.query if index.column() in self.columns else ""
        if not query:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        spans = match_spans(text, query)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        if not spans:
            # what QStyledItemDelegate.paint does, without reading the cell's roles again
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
            return
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        text_rect.adjust(margin, 0, -margin, 0)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        elided = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        layout = QTextLayout(elided, opt.font)
        formats = []
        for start, length in spans:
            if start >= len(elided):
                continue
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            if not selected:
                tint = opt.palette.color(QPalette.ColorRole.Highlight)
                tint.setAlpha(60)
                fmt.setBackground(tint)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, min(length, len(elided) - start), fmt
            formats.append(span)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(text_rect.width() * 2)
        layout.endLayout()

        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setClipRect(text_rect)
        top = text_rect.top() + (text_rect.height() - line.height()) / 2
        left = float(text_rect.left())
        if opt.displayAlignment & Qt.AlignmentFlag.AlignRight:
            left = text_rect.right() - line.naturalTextWidth()
        layout.draw(painter, QRectF(left, top, 0, 0).topLeft())
        painter.restore()
