"""Performance figures of partnerdesk as ratios against baselines measured in the same run.

    python benchmarks/run.py [--scale S] [--json] [--repeat N]

Builds the reference data set of design section 7 scaled by S (scale S is
``partnerdesk demo --scale 100*S``: S=1 gives 10 000 organisations and 100 000 people),
then measures each figure and its baseline side by side, ``--repeat`` times, and reports
medians. Each figure runs in fresh processes, so one cannot warm the next.

| name             | partnerdesk                                  | baseline                                   |
| ---------------- | -------------------------------------------- | ------------------------------------------ |
| cold_start       | launch to main window painted and idle       | PySide6 process showing an empty window    |
| search_keystroke | type a name letter by letter, list settled   | the same queries straight on SQLite        |
| list_open        | open People to the first painted page        | the raw SQL of that page                   |
| import_xlsx      | import the exported workbook, empty database | python-calamine read + sqlite3 executemany |
| export_xlsx      | export the whole data set                    | xlsxwriter constant_memory, same cells     |
| memory_scroll    | peak RSS scrolling 100 000 people            | the same through 10 000 people             |

The GUI figures and import_xlsx also report a ``floor``: the same work done by the plainest
program the design card allows, with no code of ours: stock Qt widgets over a
QStandardItemModel (for cold_start also SQLAlchemy's ORM imported and the first People page
read); for import_xlsx the cells read as the baseline reads them and then the very rows the
import stored written with executemany into an empty database of partnerdesk's schema (its
indexes, history and full-text index). ``floor_ratio`` is that program against the same
baseline: the part of a ratio that is Qt's, SQLAlchemy's or the schema's own cost.

memory_scroll's ratio compares peak memory (MB, in ``peak_rss_mb`` and
``baseline_peak_rss_mb``); its ``seconds`` are the scroll times. A figure whose part of the
app is missing is reported with an ``error`` instead of numbers.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
TARGETS = {
    "cold_start": 1.5,
    "search_keystroke": 2.0,
    "list_open": 3.0,
    "import_xlsx": 2.0,
    "export_xlsx": 1.5,
    "memory_scroll": 1.2,
}
SEARCH_WORD = "jansen"
#: memory_scroll moves this many rows per step (one page of the list model)
SCROLL_STEP_ROWS = 200
QUIT_WHEN_IDLE_ENV = "PARTNERDESK_QUIT_WHEN_IDLE"


# --- the parent: data sets, child processes, report ------------------------------------------


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env["PARTNERDESK_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def build_data_set(workdir: Path, demo_scale: float, home: Path) -> Path:
    """A demo database at ``demo_scale`` (kept in ``workdir`` between runs of one scale)."""
    target = workdir / f"demo-{demo_scale:g}.sqlite"
    if not target.exists():
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "partnerdesk",
                "demo",
                "--db",
                str(partial),
                "--scale",
                f"{demo_scale:g}",
            ],
            env=child_env(home),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        partial.rename(target)
    return target


def run_child(name: str, home: Path, **arguments: Any) -> dict[str, Any]:
    """Run one figure's measurement in a fresh interpreter; it answers with one JSON object."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", name, json.dumps(arguments)],
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        reason = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": reason}
    answer: dict[str, Any] = json.loads(lines[-1])
    return answer


def timed_process(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def measure_cold_start(db: Path, home: Path, repeat: int) -> dict[str, Any]:
    env = child_env(home) | {QUIT_WHEN_IDLE_ENV: "1"}
    app = [sys.executable, "-m", "partnerdesk", "--db", str(db)]
    bare = [sys.executable, __file__, "--child", "bare_window", "{}"]
    floor = [sys.executable, __file__, "--child", "floor_window", json.dumps({"db": str(db)})]
    # One unmeasured start of each: the first start of a day writes the daily backup, and
    # the operating system's file cache should hold the programs alike.
    for command in (app, bare, floor):
        timed_process(command, env)
    seconds, baseline, floors = [], [], []
    for _ in range(repeat):
        seconds.append(timed_process(app, env))
        baseline.append(timed_process(bare, env))
        floors.append(timed_process(floor, env))
    return {"seconds": seconds, "baseline_seconds": baseline, "floor_seconds": floors}


def result(name: str, baseline: str, measured: dict[str, Any]) -> dict[str, Any]:
    if "error" in measured:
        return {"name": name, "baseline": baseline, "error": measured["error"]}
    seconds = statistics.median(measured["seconds"])
    baseline_seconds = statistics.median(measured["baseline_seconds"])
    entry: dict[str, Any] = {
        "name": name,
        "seconds": round(seconds, 4),
        "baseline": baseline,
        "baseline_seconds": round(baseline_seconds, 4),
        "ratio": round(seconds / baseline_seconds, 2) if baseline_seconds else None,
        "target": TARGETS[name],
    }
    if "peak_rss_mb" in measured:
        peak = statistics.median(measured["peak_rss_mb"])
        baseline_peak = statistics.median(measured["baseline_peak_rss_mb"])
        entry["peak_rss_mb"] = round(peak, 1)
        entry["baseline_peak_rss_mb"] = round(baseline_peak, 1)
        entry["ratio"] = round(peak / baseline_peak, 2)
    if "floor_seconds" in measured:
        floor = statistics.median(measured["floor_seconds"])
        entry["floor_seconds"] = round(floor, 4)
        entry["floor_ratio"] = round(floor / baseline_seconds, 2) if baseline_seconds else None
    if "per_keystroke" in measured:
        entry["slowest_keystroke_seconds"] = round(max(measured["per_keystroke"]), 4)
    entry["within_target"] = entry["ratio"] is not None and entry["ratio"] <= TARGETS[name]
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=0.1, help="1 = the reference data set")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per figure")
    parser.add_argument("--workdir", type=Path, help="keep data sets here between runs")
    parser.add_argument("--only", nargs="*", choices=sorted(TARGETS), help="measure only these")
    args = parser.parse_args(argv)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="partnerdesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    home = workdir / "home"
    wanted = set(args.only or TARGETS)
    started = time.perf_counter()

    def log(message: str) -> None:
        if not args.json:
            print(f"[{time.perf_counter() - started:6.1f} s] {message}", flush=True)

    # An installed app (wheel or bundle) starts from compiled bytecode; a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile partnerdesk again in every process.
    compileall.compile_dir(str(SRC / "partnerdesk"), quiet=1)
    log(f"building the reference data set at scale {args.scale:g}")
    reference = build_data_set(workdir, 100 * args.scale, home)
    results = []
    if "cold_start" in wanted:
        log("cold_start")
        try:
            # its own settings: a page remembered by another figure would change what opens
            cold_home = workdir / "home-cold-start"
            shutil.rmtree(cold_home, ignore_errors=True)
            measured = measure_cold_start(reference, cold_home, args.repeat)
        except (subprocess.SubprocessError, OSError) as error:
            measured = {"error": f"{type(error).__name__}: {error}"}
        results.append(result("cold_start", "bare PySide6 QMainWindow process", measured))
    if "search_keystroke" in wanted:
        log("search_keystroke")
        measured = run_child("search_keystroke", home, db=str(reference), repeat=args.repeat)
        results.append(result("search_keystroke", "the same queries on sqlite3", measured))
    if "list_open" in wanted:
        log("list_open")
        measured = run_child("list_open", home, db=str(reference), repeat=args.repeat)
        results.append(result("list_open", "raw SQL of the first page", measured))
    if wanted & {"export_xlsx", "import_xlsx"}:
        workbook = workdir / f"reference-{args.scale:g}.xlsx"
        log("export_xlsx")
        measured = run_child(
            "export_xlsx",
            home,
            db=str(reference),
            workbook=str(workbook),
            repeat=args.repeat,
        )
        if "export_xlsx" in wanted:
            results.append(result("export_xlsx", "xlsxwriter constant_memory", measured))
        if "import_xlsx" in wanted:
            log("import_xlsx")
            if "error" in measured:
                measured = {"error": f"no exported workbook to import ({measured['error']})"}
            else:
                measured = run_child(
                    "import_xlsx", home, workbook=str(workbook), repeat=max(3, args.repeat // 2)
                )
            results.append(result("import_xlsx", "python-calamine + sqlite3 executemany", measured))
    if "memory_scroll" in wanted:
        # The figure is about 10 000 against 100 000 people, whatever the scale.
        log("memory_scroll: building 10 000 and 100 000 people")
        small = build_data_set(workdir, 10, home)
        large = build_data_set(workdir, 100, home)
        measured = run_child("memory_scroll", home, small=str(small), large=str(large), repeat=3)
        results.append(result("memory_scroll", "the same scroll through 10 000 people", measured))

    report = {
        "scale": args.scale,
        "results": results,
        "machine": machine(),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_table(report)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def machine() -> str:
    import platform

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()}, Python {platform.python_version()}"


def print_table(report: dict[str, Any]) -> None:
    print(f"\nscale {report['scale']:g} on {report['machine']} ({report['total_seconds']} s)\n")
    print(
        f"{'figure':18} {'partnerdesk':>12} {'baseline':>10} {'ratio':>6} {'target':>7}"
        f"       {'floor':>9} {'floor ratio':>11}"
    )
    for entry in report["results"]:
        if "error" in entry:
            print(f"{entry['name']:18} not measured: {entry['error']}")
            continue
        mark = "ok" if entry["within_target"] else "MISS"
        floor = ""
        if "floor_seconds" in entry:
            floor = f"{entry['floor_seconds']:8.3f}s {entry['floor_ratio']:11.2f}"
        print(
            f"{entry['name']:18} {entry['seconds']:11.3f}s {entry['baseline_seconds']:9.3f}s "
            f"{entry['ratio']:6.2f} {entry['target']:7.1f} {mark:5} {floor}"
        )


# --- the children: one figure each, in a fresh interpreter -------------------------------------


def child_bare_window(_: dict[str, Any]) -> None:
    """The cold-start baseline: import PySide6, show an empty main window, quit when idle."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 700)
    _run_until_first_paint(app, window)


def child_floor_window(arguments: dict[str, Any]) -> None:
    """cold_start's floor: PySide6 and SQLAlchemy's ORM, one page read, shown in stock widgets."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    from partnerdesk.ui.qt_workarounds import keep_none_alive

    keep_none_alive()  # filling the model makes more Qt calls than None has references
    app = QApplication(sys.argv[:1])
    with Session(create_engine(f"sqlite:///{arguments['db']}")) as session:
        rows = session.execute(text(PAGE_SQL)).all()
    window = QMainWindow()
    window.resize(1100, 700)
    view = QTableView()
    model = _stock_model(rows)
    view.setModel(model)
    window.setCentralWidget(view)
    _run_until_first_paint(app, window)


def _run_until_first_paint(app: Any, window: Any) -> None:
    """Show ``window`` and run the event loop until the window has painted once."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                QTimer.singleShot(0, app.quit)
            return False

    window.installEventFilter(FirstPaint(window))
    window.show()
    app.exec()


def _stock_model(rows: Sequence[Any]) -> Any:
    """Qt's own item model holding ``rows`` as text: no Python runs when it is painted."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    return model


class StockPage:
    """list_open's and search_keystroke's floor: stock QTableView beside an Overview label."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTableView

        _app()
        self.window = QMainWindow()
        self.window.resize(1280, 800)
        self.stack = QStackedWidget()
        self.stack.addWidget(QLabel("Overview"))
        self.view = QTableView()
        self.stack.addWidget(self.view)
        self.window.setCentralWidget(self.stack)
        self.wait_painted = _painted(self.view.viewport())
        self.window.show()
        _app().processEvents()

    def show(self, rows: list[Any]) -> None:
        """Put ``rows`` in a fresh stock model, show the list and wait for its paint."""
        self.view.setModel(_stock_model(rows))
        self.stack.setCurrentWidget(self.view)
        self.wait_painted()

    def leave(self) -> None:
        self.stack.setCurrentIndex(0)
        _app().processEvents()


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    from partnerdesk.ui.qt_workarounds import keep_none_alive

    keep_none_alive()  # a long scroll makes far more Qt calls than None has references

    return QApplication.instance() or QApplication(sys.argv[:1])


def _painted(widget: Any) -> Callable[[], None]:
    """A function that processes events until ``widget`` has painted since it was armed."""
    from PySide6.QtCore import QEvent, QObject

    state = {"painted": False}

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                state["painted"] = True
            return False

    watch = Watch(widget)
    widget.installEventFilter(watch)
    app = _app()

    def wait() -> None:
        state["painted"] = False
        deadline = time.perf_counter() + 30
        while not state["painted"] and time.perf_counter() < deadline:
            app.processEvents()
        if not state["painted"]:
            raise RuntimeError("the list did not paint within 30 s")

    return wait


def _open_database(path: str) -> Any:
    from partnerdesk.paths import AppPaths
    from partnerdesk.persistence.database import Database

    paths = AppPaths.default()
    paths.ensure()
    return Database.open(path, backup_dir=paths.backup_dir)


def _idle(window: Any) -> None:
    """Process events until the window has painted and its background jobs have reported."""
    wait = _painted(window)
    window.show()
    wait()
    app = _app()
    while window.context.tasks.pending:
        app.processEvents()


def _main_window(db: Any) -> Any:
    """The main window as the app builds it (app.run_gui), shown and idle."""
    from partnerdesk.paths import AppPaths
    from partnerdesk.settings import Settings
    from partnerdesk.ui.context import AppContext
    from partnerdesk.ui.main_window import MainWindow

    _app()
    paths = AppPaths.default()
    settings = Settings.for_paths(paths)
    settings.current_page = ""  # start where a first start does, whatever an earlier run saved
    context = AppContext(db=db, paths=paths, settings=settings)
    window = MainWindow(context)
    window.resize(1280, 800)
    _idle(window)
    return window


def _discard(window: Any) -> None:
    # hide, not close: closing saves the current page, and the next window would open on it
    window.hide()
    window.deleteLater()
    _app().processEvents()


class PeopleList:
    """The People page of a main window: opening it, searching it, its table view."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.page = window.page_by_key("people")
        if self.page is None:
            raise RuntimeError("the main window has no People page")
        self.view = self.page.list.view
        self.wait_painted = _painted(self.view.viewport())

    def open(self) -> None:
        if self.window.current_page() is self.page:
            raise RuntimeError("the window opened on the People page; cannot time opening it")
        self.window.show_page(self.window.pages.index(self.page))
        self.wait_painted()

    def search(self, text: str) -> None:
        """What typing does once the typing pause is over (the pause itself is not counted)."""
        self.page.list.search.setText(text)
        self.page.list.search.returnPressed.emit()
        self.wait_painted()
        app = _app()
        while self.window.context.tasks.pending:  # the count of matches, read in the background
            app.processEvents()


PAGE_SQL = """
SELECT p.id, p.given_name, p.name_particle, p.family_name,
       (SELECT o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id
         WHERE a.person_id = p.id ORDER BY a.is_primary DESC, o.name_key LIMIT 1),
       p.job_title, p.email, p.phone, p.is_internal, p.do_not_contact, p.sort_key
FROM person p
WHERE p.erased_at IS NULL
ORDER BY p.sort_key, p.id LIMIT 200
"""


class StatementLog:
    """Every SELECT the app sends to the database, with its parameters, while switched on."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.on = False
        self.statements: list[tuple[str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if self.on and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.statements.append((statement, parameters))

    def take(self) -> list[tuple[str, Any]]:
        taken, self.statements = self.statements, []
        return taken


def replay(raw: sqlite3.Connection, statements: list[tuple[str, Any]]) -> tuple[float, list[Any]]:
    """Seconds that the same statements take straight on sqlite3, and the longest result."""
    started = time.perf_counter()
    longest: list[Any] = []
    for statement, parameters in statements:
        rows = raw.execute(statement, parameters or ()).fetchall()
        if len(rows) > len(longest):
            longest = rows
    return time.perf_counter() - started, longest


def child_list_open(arguments: dict[str, Any]) -> dict[str, Any]:
    db = _open_database(arguments["db"])
    raw = sqlite3.connect(arguments["db"])
    seconds, baseline, floor = [], [], []
    stock = StockPage()
    for _ in range(arguments["repeat"] + 1):  # the first round warms the file cache
        window = _main_window(db)
        people = PeopleList(window)
        started = time.perf_counter()
        people.open()
        seconds.append(time.perf_counter() - started)
        _discard(window)

        started = time.perf_counter()
        raw.execute(PAGE_SQL).fetchall()
        baseline.append(time.perf_counter() - started)

        stock.leave()
        started = time.perf_counter()
        stock.show(raw.execute(PAGE_SQL).fetchall())
        floor.append(time.perf_counter() - started)
    return {"seconds": seconds[1:], "baseline_seconds": baseline[1:], "floor_seconds": floor[1:]}


def child_search_keystroke(arguments: dict[str, Any]) -> dict[str, Any]:
    """Type a name a letter at a time; the baseline runs the very statements the app ran."""
    db = _open_database(arguments["db"])
    raw = sqlite3.connect(arguments["db"])
    log = StatementLog(db.engine)
    people = PeopleList(_main_window(db))
    people.open()
    prefixes = [SEARCH_WORD[: i + 1] for i in range(len(SEARCH_WORD))]
    stock = StockPage()
    seconds, baseline, floor = [], [], []
    for round_number in range(arguments["repeat"] + 1):
        people.search("")
        for prefix in prefixes:
            log.on = True
            started = time.perf_counter()
            people.search(prefix)
            app_time = time.perf_counter() - started
            log.on = False
            statements = log.take()
            if not statements:
                raise RuntimeError(f"searching {prefix!r} sent no query; nothing to compare")
            raw_time, rows = replay(raw, statements)
            started = time.perf_counter()
            stock.show(rows)  # the floor: the same query results in stock Qt
            floor_time = raw_time + time.perf_counter() - started
            if round_number:  # the first round warms the caches
                seconds.append(app_time)
                baseline.append(raw_time)
                floor.append(floor_time)
    return {
        "seconds": seconds,
        "baseline_seconds": baseline,
        "floor_seconds": floor,
        "per_keystroke": seconds,
    }


def _rss_mb() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / 1024 / 1024


def child_memory_scroll(arguments: dict[str, Any]) -> dict[str, Any]:
    """Scroll each list from top to bottom a page at a time; peak RSS and time of each."""
    results: dict[str, list[float]] = {
        "seconds": [],
        "baseline_seconds": [],
        "peak_rss_mb": [],
        "baseline_peak_rss_mb": [],
    }
    # Each size in its own process, so one list's memory cannot hide the other's.
    for size, seconds_key, rss_key in (
        ("small", "baseline_seconds", "baseline_peak_rss_mb"),
        ("large", "seconds", "peak_rss_mb"),
    ):
        for _ in range(arguments["repeat"]):
            answer = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    "scroll_once",
                    json.dumps({"db": arguments[size]}),
                ],
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            )
            measured = json.loads(answer.stdout.strip().splitlines()[-1])
            results[seconds_key].append(measured["seconds"])
            results[rss_key].append(measured["peak_rss_mb"])
    return dict(results)


def child_scroll_once(arguments: dict[str, Any]) -> dict[str, Any]:
    """Scroll the People list from top to bottom, 200 rows (a model page) per step."""
    db = _open_database(arguments["db"])
    people = PeopleList(_main_window(db))
    people.open()
    bar = people.view.verticalScrollBar()
    model = people.view.model()
    peak = _rss_mb()
    started = time.perf_counter()
    while True:
        before = bar.value()
        fetched = model.canFetchMore()
        if fetched:
            model.fetchMore()
        bar.setValue(before + SCROLL_STEP_ROWS)
        if bar.value() == before and not fetched:
            break  # at the bottom, everything loaded
        people.wait_painted()
        peak = max(peak, _rss_mb())
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak}


def child_export_xlsx(arguments: dict[str, Any]) -> dict[str, Any]:
    from partnerdesk.cli import run

    workbook = Path(arguments["workbook"])
    seconds, baseline = [], []
    for _ in range(arguments["repeat"]):
        workbook.unlink(missing_ok=True)
        started = time.perf_counter()
        code = run(["export", str(workbook), "--db", arguments["db"]])
        seconds.append(time.perf_counter() - started)
        if code != 0:
            raise RuntimeError(f"partnerdesk export ended with {code}")
        sheets = _read_cells(workbook)
        started = time.perf_counter()
        _write_cells_with_xlsxwriter(sheets, workbook.with_suffix(".baseline.xlsx"))
        baseline.append(time.perf_counter() - started)
    return {"seconds": seconds, "baseline_seconds": baseline}


def _read_cells(workbook: Path) -> dict[str, list[list[Any]]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(workbook))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _write_cells_with_xlsxwriter(sheets: dict[str, list[list[Any]]], target: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None and value != "":
                    sheet.write(r, c, value)
    book.close()


def child_import_xlsx(arguments: dict[str, Any]) -> dict[str, Any]:
    from partnerdesk.cli import run

    workbook = Path(arguments["workbook"])
    work = Path(tempfile.mkdtemp(prefix="partnerdesk-import-"))
    seconds, baseline, floor = [], [], []
    for number in range(arguments["repeat"]):
        target = work / f"import-{number}.sqlite"
        _open_database(str(target)).close()  # an empty, migrated database
        started = time.perf_counter()
        code = run(["import", str(workbook), "--db", str(target)])
        seconds.append(time.perf_counter() - started)
        if code != 0:
            raise RuntimeError(f"partnerdesk import ended with {code}")

        raw_target = work / f"raw-{number}.sqlite"
        started = time.perf_counter()
        sheets = _read_cells(workbook)
        conn = sqlite3.connect(raw_target)
        for index, rows in enumerate(sheets.values()):
            if not rows:
                continue
            width = max(len(row) for row in rows)
            columns = ", ".join(f"c{i}" for i in range(width))
            conn.execute(f"CREATE TABLE t{index} ({columns})")
            marks = ", ".join("?" * width)
            padded = [list(row) + [None] * (width - len(row)) for row in rows[1:]]
            conn.executemany(f"INSERT INTO t{index} VALUES ({marks})", padded)
        conn.commit()
        conn.close()
        baseline.append(time.perf_counter() - started)

        floor.append(_stored_rows_written_raw(workbook, target, work / f"floor-{number}.sqlite"))
    shutil.rmtree(work, ignore_errors=True)
    return {"seconds": seconds, "baseline_seconds": baseline, "floor_seconds": floor}


def _stored_rows_written_raw(workbook: Path, imported: Path, target: Path) -> float:
    """import_xlsx's floor: the cells read as the baseline reads them, then the very rows the
    import stored (records, links, history, search entries and so their full-text index)
    written with sqlite3 executemany into an empty database of partnerdesk's schema."""
    from partnerdesk.services.importer import IMPORT_CACHE_KIB

    source = sqlite3.connect(imported)
    tables = [
        name
        for (name,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND name NOT LIKE 'search_fts%' AND name != 'alembic_version'"
        )
    ]
    stored = {name: source.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables}
    triggered = {
        name
        for (name,) in source.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")
    }
    source.close()
    _open_database(str(target)).close()
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")  # the page cache the import has
    for name in tables:  # whatever a new database starts with makes way for the stored rows
        conn.execute(f'DELETE FROM "{name}"')
    conn.commit()
    started = time.perf_counter()
    _read_cells(workbook)
    for name, rows in stored.items():
        if not rows:
            continue
        if name in triggered:
            # a trigger feeds the full-text index, which flushes at the end of every statement:
            # all rows in one statement, as the app writes them
            values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(rows[0])))
            conn.execute(
                f'INSERT INTO "{name}" SELECT {values} FROM json_each(?)', [json.dumps(rows)]
            )
        else:
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    conn.commit()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


CHILDREN: dict[str, Callable[[dict[str, Any]], Any]] = {
    "bare_window": child_bare_window,
    "floor_window": child_floor_window,
    "list_open": child_list_open,
    "search_keystroke": child_search_keystroke,
    "memory_scroll": child_memory_scroll,
    "scroll_once": child_scroll_once,
    "export_xlsx": child_export_xlsx,
    "import_xlsx": child_import_xlsx,
}


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        answer = CHILDREN[sys.argv[2]](json.loads(sys.argv[3]))
        if answer is not None:
            print(json.dumps(answer))
        sys.exit(0)
    sys.exit(main())
