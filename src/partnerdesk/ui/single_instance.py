"""Bring the first partnerdesk to the front when a second one is started on the same data file.

The first instance listens on a local socket named after its data file; a second start (which
was refused the writer lock) sends it "raise" and quits.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 1000


def server_name(data_file: Path) -> str:
    """One name per data file (and user: the socket lives in the user's runtime folder)."""
    digest = hashlib.sha256(str(data_file.resolve()).encode()).hexdigest()[:20]
    return f"partnerdesk-{digest}"


class InstanceServer(QObject):
    """Listens for a second start and raises the main window."""

    activated = Signal()

    def __init__(self, data_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_file)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # NOTE: a killed instance leaves its socket file behind on Unix; we hold the writer
        # lock, so no live instance can own this name and the leftover can go.
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.info("no bring-to-front channel: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            raise_main_window()
            self.activated.emit()


def raise_main_window() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            if widget.isMinimized():
                widget.showNormal()
            widget.raise_()
            widget.activateWindow()


def ask_first_instance_to_raise(data_file: Path) -> bool:
    """Ask the partnerdesk that has ``data_file`` open to come to the front; True when heard."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_file))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE)
    written = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return written
