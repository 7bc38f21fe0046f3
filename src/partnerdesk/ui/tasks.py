"""Slow work off the GUI thread, through one helper.

A job is a plain function that opens its own unit of work and returns data; it never touches
widgets. Its result or error comes back on the GUI thread. Jobs that write run one at a time on
a single worker, so database writes are serialised. Each task object is kept alive until its
result was delivered, or Qt would drop the signal.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    """Handed to a job: report progress, and check whether the user cancelled."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task(QRunnable, Generic[T]):
    """One job; connect to ``signals`` before it runs (TaskRunner.run does)."""

    def __init__(self, job: Callable[[Progress], T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _TaskSignals()
        self.progress = Progress(self.signals)
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self.progress)
        except BaseException as error:  # delivered to the GUI thread, which decides
            self._deliver(self.signals.failed, error)
        else:
            self._deliver(self.signals.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # the app is shutting down and the receiver is gone: nobody waits for this result
            log.info("a background job finished after its receiver was closed")

    def cancel(self) -> None:
        self.progress.cancel()


class TaskRunner(QObject):
    """Runs jobs on a reading pool or the single writing worker."""

    def __init__(self) -> None:
        super().__init__()
        self._readers = QThreadPool()
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool()
        self._writer.setMaxThreadCount(1)
        self._alive: set[Task[Any]] = set()
        #: jobs promised but not started yet (see ``hold``)
        self._held = 0
        self._closed = False
        _runners.add(self)

    def run(
        self,
        job: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        writes: bool = False,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task[T]:
        task: Task[T] = Task(job)
        if self._closed:
            return task  # the window is gone: nobody would receive the result
        self._alive.add(task)

        def finished(result: object) -> None:
            self._alive.discard(task)
            if not self._closed:
                on_done(result)  # type: ignore[arg-type]

        def failed(error: object) -> None:
            self._alive.discard(task)
            assert isinstance(error, BaseException)
            if self._closed:
                log.info(
                    "a background job failed after the window closed (%s)", type(error).__name__
                )
            elif on_error is not None:
                on_error(error)
            elif not isinstance(error, Cancelled):
                raise error

        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        (self._writer if writes else self._readers).start(task)
        return task

    def hold(self) -> Callable[[], None]:
        """Count a job that will be started a little later as pending until the returned
        function is called (when it is started, or when it is no longer wanted)."""
        self._held += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._held -= 1

        return release

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for running jobs (used when closing the window, and by tests)."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)

    def close(self, msecs: int = 30_000) -> None:
        """Start no more jobs, finish the running ones, and drop their results (window closed)."""
        self._closed = True
        self.wait(msecs)

    @property
    def pending(self) -> int:
        """Jobs whose result or failure has not been delivered yet, and jobs promised but not
        started yet (0: nothing in flight)."""
        return len(self._alive) + self._held


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    text: str,
    job: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    writes: bool = False,
) -> Task[T]:
    """Run a slow job with a progress dialog (shown after a moment) whose Cancel stops it.

    The job calls ``progress.report(done, total, text)``; after Cancel its next report raises
    ``Cancelled``, nothing is delivered to ``on_done`` and the window stays usable throughout.
    """
    dialog = QProgressDialog(parent)
    dialog.setLabelText(text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setRange(0, 0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, message: str) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(message)

    def finished(result: T) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if isinstance(error, Cancelled):
            return
        if on_error is not None:
            on_error(error)
        else:
            raise error

    task = runner.run(job, finished, failed, writes=writes, on_progress=progressed)
    dialog.canceled.connect(task.cancel)
    return task


_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def close_all_runners() -> None:
    """Close every task runner of the process (its database is about to go away)."""
    for runner in list(_runners):
        runner.close()
