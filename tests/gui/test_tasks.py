"""Slow work runs off the GUI thread, reports progress, and stops on Cancel."""

from __future__ import annotations

import threading

from partnerdesk.ui.tasks import Progress, TaskRunner, run_with_progress


def test_a_job_reports_progress_and_delivers_its_result_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    results: list[tuple[int, int]] = []

    def job(progress: Progress) -> int:
        for step in range(1, 4):
            progress.report(step, 3, "working")
        return threading.get_ident()

    run_with_progress(
        runner,
        None,
        "Counting",
        job,
        lambda worker: results.append((worker, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(results))
    worker, delivered_on = results[0]
    assert worker != gui_thread
    assert delivered_on == gui_thread
    runner.wait()


def test_cancel_stops_the_job_and_delivers_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    started = threading.Event()
    results: list[object] = []

    def job(progress: Progress) -> str:
        started.set()
        while not progress.cancelled:
            pass  # a long computation
        progress.report(1, 1, "")  # raises Cancelled
        return "finished"

    task = run_with_progress(runner, None, "Waiting", job, results.append)
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(task.signals.failed):
        task.cancel()
    assert results == []
    runner.wait()


def test_after_close_no_job_starts_and_late_failures_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from partnerdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    release = threading.Event()
    delivered: list[object] = []

    def slow_failure(_progress: object) -> None:
        release.wait(5)
        raise RuntimeError("the database is gone")

    runner.run(slow_failure, delivered.append)
    release.set()
    runner.close()
    started: list[int] = []
    runner.run(lambda _p: started.append(1), delivered.append)
    qtbot.wait(50)  # let queued deliveries arrive: nothing may be raised or delivered
    assert started == [] and delivered == []
