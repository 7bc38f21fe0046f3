"""The app's one SVG icon set, coloured from the palette so it follows light and dark schemes.

Icons are read from the installed package (``partnerdesk/resources/icons``) and drawn at the
size and device pixel ratio asked for, so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer


@cache
def _svg_source(name: str) -> str:
    path = resources.files("partnerdesk") / "resources" / "icons" / f"{name}.svg"
    return path.read_text(encoding="utf-8")


def _colour(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class _SvgIconEngine(QIconEngine):
    """Draws one SVG in the palette's text colour for the icon's mode (normal, disabled…)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        #: drawn pixmaps by size and colour: a button repaints its icon with every repaint (the
        #: search field's on every keystroke), and drawing an SVG costs far more than a copy
        self._pixmaps: dict[tuple[int, int, float, str], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        svg = _svg_source(self._name).replace("currentColor", _colour(mode))
        return QSvgRenderer(QByteArray(svg.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        key = (width, height, scale, _colour(mode))
        kept = self._pixmaps.get(key)
        if kept is not None:
            return kept
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRect(QPoint(0, 0), QSize(width, height)))
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        if len(self._pixmaps) >= 16:  # sizes and schemes come and go
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name)

    def key(self) -> str:
        return "partnerdesk-svg"

    def iconName(self) -> str:
        return self._name


def icon(name: str) -> QIcon:
    """The named icon of the set (file name without ``.svg``); an empty icon if there is none."""
    try:
        _svg_source(name)
    except FileNotFoundError:
        return QIcon()
    return QIcon(_SvgIconEngine(name))


def icon_names() -> list[str]:
    folder = resources.files("partnerdesk") / "resources" / "icons"
    return sorted(e.name[:-4] for e in folder.iterdir() if e.name.endswith(".svg"))
