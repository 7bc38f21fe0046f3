"""Paints list cells with the searched text highlighted, the way the search index matched it."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
    QTextCharFormat,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from partnerdesk.domain.text import fold
from partnerdesk.ui.models.paged_table_model import PagedTableModel, Roles


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


# Plain ints of the flags a list cell is painted by: reading an enum member per cell costs as
# much as drawing its text.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
_NORMAL = QPalette.ColorGroup.Normal
_INACTIVE = QPalette.ColorGroup.Inactive
_DISABLED = QPalette.ColorGroup.Disabled
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_HIGHLIGHT = QPalette.ColorRole.Highlight
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_COLOUR_STATES = _SELECTED | _ENABLED | _ACTIVE
#: cells whose drawing plan is kept (the rows on screen for a few queries)
_PLANS_KEPT = 4096

#: how a cell's text is drawn: its pieces (x offset, laid-out text, is a match, width) and the
#: total width
_Plan = tuple[tuple[tuple[float, QStaticText, bool, float], ...], float]


def _colours(palette: QPalette, state: int) -> tuple[QColor, QColor]:
    """The text colour and the tint under matches for a cell in ``state``, as Qt chooses them."""
    group = (_NORMAL if state & _ACTIVE else _INACTIVE) if state & _ENABLED else _DISABLED
    pen = palette.color(group, _HIGHLIGHTED_TEXT if state & _SELECTED else _TEXT)
    tint = palette.color(group, _HIGHLIGHT)
    tint.setAlpha(60)
    return pen, tint


class ListDelegate(HighlightDelegate):
    """Paints the text of every cell of a record list's table straight (no QTextLayout per
    cell), with the search's matches in bold on the highlight tint.

    Qt's own item painting lays out each cell's text with a QTextLayout, which makes repainting
    a list after each keystroke the largest cost of searching. The cell holding the keyboard
    focus and columns with a colour of their own are painted the usual way.
    """

    def __init__(self, model: PagedTableModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.query = ""
        #: columns painted the usual way (a column whose rows may show in the warning colour)
        self.usual_columns = frozenset(
            number for number, column in enumerate(model.columns) if column.warn is not None
        )
        self._right = frozenset(
            number for number, column in enumerate(model.columns) if column.align_right
        )
        self._plans: dict[tuple[str, str, int, bool], _Plan] = {}
        #: (text pen, match tint) by palette and the states that choose its colours
        self._colours: dict[tuple[int, int], tuple[QColor, QColor]] = {}
        self._font: QFont | None = None
        self._metrics = QFontMetricsF(QFont())
        self._bold_metrics = self._metrics
        self._line_height = self._metrics.height()
        self._regular = QFont()
        self._bold = QFont()
        self._margin = -1

    def reset_cache(self) -> None:
        """Forget the drawing plans (the font or style changed)."""
        self._plans.clear()
        self._colours.clear()
        self._font = None
        self._margin = -1

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = option.state.value
        column = index.column()
        if state & _HAS_FOCUS or column in self.usual_columns:
            super().paint(painter, option, index)
            return
        # NOTE: QTableView paints each cell's panel (alternate row, selection) itself before it
        # calls the delegate (QTableViewPrivate::drawCell); Qt's own item painting draws that
        # panel a second time, this path draws only the text.
        text = self._model.display_text(index.row(), column)
        if not text:
            return
        if self._font is None:  # first paint, or the font or style changed (reset_cache)
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            self._use_font(option.font, style, widget)
        x, y, cell_width, cell_height = cast(tuple[int, int, int, int], option.rect.getRect())
        margin = self._margin
        width = cell_width - 2 * margin
        right = column in self._right
        key = (text, (self.query or "") if column in self.columns else "", width, right)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plan(text, key[1], width)
            if len(self._plans) >= _PLANS_KEPT:
                self._plans.clear()
            self._plans[key] = plan
        pieces, total = plan
        palette = option.palette
        colours_key = (palette.cacheKey(), state & _COLOUR_STATES)
        colours = self._colours.get(colours_key)
        if colours is None:
            if len(self._colours) >= 64:  # palettes come and go (a theme switched to and back)
                self._colours.clear()
            colours = self._colours[colours_key] = _colours(palette, state)
        pen, tint = colours
        left: float = x + cell_width - margin - total if right else x + margin
        line_height = self._line_height
        top = y + (cell_height - line_height) / 2
        painter.setPen(pen)  # the next cell sets its own
        if total <= width and len(pieces) == 1 and not pieces[0][2]:
            # the usual cell: one plain text that fits
            painter.drawStaticText(QPointF(left, top), pieces[0][1])
            return
        painter.save()
        if total > width:
            painter.setClipRect(QRect(x + margin, y, width, cell_height))
        selected = state & _SELECTED
        for offset, piece, match, advance in pieces:
            if match:
                if not selected:
                    painter.fillRect(QRectF(left + offset, top, advance, line_height), tint)
                painter.setFont(self._bold)
            else:
                painter.setFont(self._regular)
            painter.drawStaticText(QPointF(left + offset, top), piece)
        painter.restore()

    def _use_font(self, font: QFont, style: QStyle, widget: QWidget | None) -> None:
        self._font = QFont(font)
        self._regular = QFont(font)
        self._bold = QFont(font)
        self._bold.setWeight(QFont.Weight.Bold)
        self._metrics = QFontMetricsF(font)
        self._bold_metrics = QFontMetricsF(self._bold)
        self._line_height = self._metrics.height()
        # the text's inset in the cell, as Qt's own item painting has it
        self._margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        self._plans.clear()

    def _plan(self, text: str, query: str, width: int) -> _Plan:
        """The pieces of a cell's text (elided to ``width``): plain, and matches in bold."""
        metrics = self._metrics
        total = metrics.horizontalAdvance(text)
        # most texts fit their column; eliding lays the text out once more to find that out
        elided = text if total <= width else metrics.elidedText(text, _ELIDE_RIGHT, width)
        spans = [(s, n) for s, n in match_spans(text, query) if s < len(elided)] if query else []
        if not spans:
            if elided is not text:
                total = metrics.horizontalAdvance(elided)
            return ((0.0, self._laid_out(elided, False), False, 0.0),), total
        pieces = []
        x = 0.0
        position = 0
        for start, length in spans:
            end = min(start + length, len(elided))
            if start > position:
                plain = elided[position:start]
                advance = self._metrics.horizontalAdvance(plain)
                pieces.append((x, self._laid_out(plain, False), False, advance))
                x += advance
            match = elided[start:end]
            advance = self._bold_metrics.horizontalAdvance(match)
            pieces.append((x, self._laid_out(match, True), True, advance))
            x += advance
            position = end
        if position < len(elided):
            rest = elided[position:]
            advance = self._metrics.horizontalAdvance(rest)
            pieces.append((x, self._laid_out(rest, False), False, advance))
            x += advance
        return tuple(pieces), x

    def _laid_out(self, text: str, bold: bool) -> QStaticText:
        """``text`` laid out once in the list's (bold) font: drawing it again costs little."""
        laid_out = QStaticText(text)
        laid_out.setTextFormat(Qt.TextFormat.PlainText)
        laid_out.prepare(QTransform(), self._bold if bold else self._regular)
        return laid_out
