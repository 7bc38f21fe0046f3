"""Composition root of the desktop app: database, settings, translations, main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from partnerdesk.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from partnerdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: Set to 1 to quit once the main window is painted and idle: the bundle test and the
#: cold-start benchmark measure start-up with it.
QUIT_WHEN_IDLE_ENV = "PARTNERDESK_QUIT_WHEN_IDLE"


def run_gui(args: argparse.Namespace, paths: AppPaths) -> int:
    """Start the desktop app; returns the exit code when the window closes, for the process
    to end with (the objects left are not collected any more)."""
    # Python's cyclic garbage collector ran some 220 times during a start (60-100 ms of CPU)
    # over objects that live as long as the app (SQLAlchemy, the models, Qt): it is off until
    # the window is up, and those objects are then left out of every later collection.
    gc.disable()
    from partnerdesk.startup import EarlyQuickCheck

    # The check of the data file runs (in SQLite, beside Python) while the libraries load.
    checked = None if args.demo else EarlyQuickCheck.start(_target(args, paths))
    _import_data_layer()
    from partnerdesk.ui.qt_workarounds import keep_none_alive

    keep_none_alive()
    from PySide6.QtWidgets import QApplication

    from partnerdesk import APP_NAME, ORGANISATION_NAME
    from partnerdesk.settings import Settings
    from partnerdesk.ui.context import AppContext
    from partnerdesk.ui.i18n import apply_language
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.messages import install_excepthook
    from partnerdesk.ui.startup import open_for_gui

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    install_excepthook()
    settings = Settings.for_paths(paths)  # the real settings, also in --demo
    apply_language(app, settings.language)

    throwaway: Path | None = None
    if args.demo:
        throwaway = Path(tempfile.mkdtemp(prefix="partnerdesk-demo-"))
        paths = AppPaths.under(throwaway)
        paths.ensure()
        target = str(paths.database_file)
    else:
        target = _target(args, paths)
    try:
        # lock, quick check, recovery, daily backup
        db = open_for_gui(target, paths, settings, checked)
        if db is None:
            return 1
        if throwaway is not None:
            from partnerdesk.services.demo import build_demo

            build_demo(db)
        context = AppContext(db=db, paths=paths, settings=settings)
        window = MainWindow(context)
        window.show()
        gc.freeze()
        gc.enable()
        if os.environ.get(QUIT_WHEN_IDLE_ENV) == "1":
            quit_when_idle(window, context.tasks)
        code = app.exec()
        db.close()
        return int(code)
    finally:
        if throwaway is not None:
            shutil.rmtree(throwaway, ignore_errors=True)
        # The process ends after this, with the data file, settings and log closed: leave
        # the objects of SQLAlchemy, the models and Qt to the operating system. The
        # interpreter's last garbage collections over them took ~0.2 s of every quit.
        gc.freeze()
        gc.enable()


def _import_data_layer() -> None:
    """Import SQLAlchemy, the models and the services the first page reads with, before Qt.

    PySide6 hooks every import made after it and reads the module's source to see whether
    it uses PySide6 (its ``__feature__`` switch); for the ~190 modules of SQLAlchemy and the
    data layer that cost about 60 ms CPU at each start. Imported first, they are skipped.
    """
    import partnerdesk.persistence.database
    import partnerdesk.services.actions
    import partnerdesk.services.lists
    import partnerdesk.services.outreach
    import partnerdesk.services.overview
    import partnerdesk.services.sessions
    import partnerdesk.startup  # noqa: F401


def _target(args: argparse.Namespace, paths: AppPaths) -> str:
    return str(getattr(args, "db", None) or paths.database_file)


def quit_when_idle(window: QWidget, tasks: TaskRunner) -> None:
    """Quit the app after the window's first paint, once every background job has reported.

    Checked whenever the event loop runs out of work after that paint (a job's result is
    shown, then the loop would wait): no polling, which woke the window every few
    milliseconds to take the interpreter from the jobs and was late by half a period.
    """
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    dispatcher = QAbstractEventDispatcher.instance()
    quitting = False

    def quit_if_idle() -> None:
        nonlocal quitting
        if quitting or tasks.pending:
            return
        quitting = True
        dispatcher.aboutToBlock.disconnect(quit_if_idle)
        log.info("main window shown and idle; quitting as asked")
        QApplication.quit()

    def painted() -> None:
        dispatcher.aboutToBlock.connect(quit_if_idle)
        quit_if_idle()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                QTimer.singleShot(0, painted)
            return False

    window.installEventFilter(FirstPaint(window))
