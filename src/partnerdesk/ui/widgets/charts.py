"""Small charts drawn with QPainter: colours from the palette, numbers told to screen readers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    #: shown instead of a bar and a value ("gap — no active partner")
    note: str | None = None


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1): shades that follow light and dark palettes."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class BarChart(QWidget):
    """Horizontal bars with their label and value; bars with a note draw the note instead."""

    ROW = 22

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._bars: list[Bar] = []
        self._format: Callable[[int], str] = str
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)

    def set_bars(self, bars: list[Bar], value_text: Callable[[int], str] = str) -> None:
        self._bars = bars
        self._format = value_text
        self.setAccessibleDescription(
            self._title
            + ": "
            + "; ".join(f"{b.label}: {b.note or self._format(b.value)}" for b in bars)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 32 + self.ROW * max(len(self._bars), 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 32 + self.ROW * max(len(self._bars), 1))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), 24), Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setFont(self.font())
        label_width = min(
            max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 12,
            self.width() // 2,
        )
        values = [metrics.horizontalAdvance(self._format(b.value)) for b in self._bars]
        value_width = max(values, default=0) + 10
        top = 30
        biggest = max((b.value for b in self._bars if b.note is None), default=0) or 1
        span = max(self.width() - label_width - value_width, 10)
        for index, item in enumerate(self._bars):
            y = top + index * self.ROW
            painter.setPen(text)
            label = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(0, y, label_width - 8, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            if item.note is not None:
                painter.setPen(QPen(text))
                note_font = self.font()
                note_font.setItalic(True)
                painter.setFont(note_font)
                painter.drawText(
                    QRectF(label_width, y, span + value_width, self.ROW),
                    Qt.AlignmentFlag.AlignVCenter,
                    item.note,
                )
                painter.setFont(self.font())
                continue
            width = span * item.value / biggest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(QRectF(label_width, y + 4, max(width, 2), self.ROW - 8), 3, 3)
            painter.setPen(text)
            painter.drawText(
                QRectF(label_width + width + 6, y, value_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter,
                self._format(item.value),
            )
        painter.end()


class FunnelChart(QWidget):
    """The partnership funnel: one centred bar per stage, its width the number of organisations."""

    ROW = 26

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._stages: list[tuple[str, int]] = []
        self._footer = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)

    def set_stages(self, stages: list[tuple[str, int]], footer: str = "") -> None:
        """Stages top to bottom with their counts; ``footer`` names those outside the funnel."""
        self._stages = stages
        self._footer = footer
        parts = [f"{label}: {count}" for label, count in stages]
        self.setAccessibleDescription(
            self._title + ": " + "; ".join(parts) + (f". {footer}" if footer else "")
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 60 + self.ROW * max(len(self._stages), 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 60 + self.ROW * max(len(self._stages), 1))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), 24), Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setFont(self.font())
        biggest = max((count for _label, count in self._stages), default=0) or 1
        top = 30
        count_stages = max(len(self._stages) - 1, 1)
        for index, (label, count) in enumerate(self._stages):
            y = top + index * self.ROW
            # later stages stronger, so the active partners stand out; text stays readable on all
            colour = blend(base, highlight, 0.2 + 0.4 * index / count_stages)
            width = max(self.width() * 0.95 * count / biggest, 4)
            rect = QRectF((self.width() - width) / 2, y + 2, width, self.ROW - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, self.width(), self.ROW),
                Qt.AlignmentFlag.AlignCenter,
                f"{label}: {count}",
            )
        if self._footer:
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top + len(self._stages) * self.ROW + 4, self.width(), 24),
                Qt.AlignmentFlag.AlignCenter,
                self._footer,
            )
        painter.end()
