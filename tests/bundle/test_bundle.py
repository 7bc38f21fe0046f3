"""The PyInstaller bundle, built from partnerdesk.spec and run as the coordinator would run it.

Slow (a full PyInstaller build, about half a minute on two cores), so it runs only when
PARTNERDESK_BUNDLE_TEST=1 (``.ci/run`` sets it).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("PARTNERDESK_BUNDLE_TEST") != "1",
        reason="builds the PyInstaller bundle; set PARTNERDESK_BUNDLE_TEST=1 to run",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
MAX_BUNDLE_BYTES = 160 * 1024 * 1024
EXE_NAME = "partnerdesk.exe" if sys.platform == "win32" else "partnerdesk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle, freshly built from the spec into a temporary folder."""
    out = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "partnerdesk.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = out / "dist" / "partnerdesk"
    assert (folder / EXE_NAME).is_file()
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def run_frozen(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / EXE_NAME), *args],
        env=frozen_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )


def frozen_env(home: Path) -> dict[str, str]:
    """A clean environment: no PYTHONPATH (the bundle must not lean on the source tree)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PARTNERDESK_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
    }


def test_the_bundle_is_at_most_160_mb(bundle: Path) -> None:
    # Symbolic links (PyInstaller links shared libraries on Linux) take no space of their own.
    size = sum(
        path.stat().st_size
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    print(f"bundle size: {size / 1024 / 1024:.1f} MB")
    assert size <= MAX_BUNDLE_BYTES


def test_the_bundle_carries_the_metadata_the_about_dialog_reads(bundle: Path) -> None:
    folders = {path.name.split("-")[0].lower() for path in bundle.rglob("*.dist-info")}
    assert {"pyside6_essentials", "shiboken6", "sqlalchemy", "alembic", "openpyxl"} <= folders


def test_the_frozen_app_reports_the_version_from_pyproject(bundle: Path, home: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    result = run_frozen(bundle, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"partnerdesk {project['version']}"


def test_demo_check_and_backup_succeed_on_a_temporary_database(bundle: Path, home: Path) -> None:
    target = home / "work.sqlite"
    home.mkdir()

    demo = run_frozen(bundle, home, "demo", "--db", str(target))
    assert demo.returncode == 0, demo.stderr
    assert "organisations" in demo.stdout

    check = run_frozen(bundle, home, "check", "--db", str(target))
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith("OK")

    backup = run_frozen(bundle, home, "backup", "--db", str(target))
    assert backup.returncode == 0, backup.stderr
    written = Path(backup.stdout.strip())
    assert written.is_file() and written.is_relative_to(home)

    with sqlite3.connect(target) as conn:
        (organisations,) = conn.execute("SELECT count(*) FROM organisation").fetchone()
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert organisations > 0
    assert revision  # the migrations ran from the bundled Alembic scripts


def test_export_writes_a_workbook_that_imports_into_an_empty_database(
    bundle: Path, home: Path
) -> None:
    home.mkdir()
    source, workbook, copy = home / "source.sqlite", home / "out.xlsx", home / "copy.sqlite"
    assert run_frozen(bundle, home, "demo", "--db", str(source)).returncode == 0

    export = run_frozen(bundle, home, "export", str(workbook), "--db", str(source))
    assert export.returncode == 0, export.stderr
    assert workbook.read_bytes()[:2] == b"PK"  # an xlsx is a zip archive

    imported = run_frozen(bundle, home, "import", str(workbook), "--db", str(copy))
    assert imported.returncode == 0, imported.stderr
    with sqlite3.connect(source) as a, sqlite3.connect(copy) as b:
        query = "SELECT count(*) FROM person"
        assert a.execute(query).fetchone() == b.execute(query).fetchone()


def test_the_window_starts_headless_and_quits_cleanly_once_idle(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "window.sqlite"
    assert run_frozen(bundle, home, "demo", "--db", str(target)).returncode == 0
    env = frozen_env(home) | {"PARTNERDESK_QUIT_WHEN_IDLE": "1"}
    started = time.perf_counter()
    result = subprocess.run(
        [str(bundle / EXE_NAME), "--db", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    print(f"frozen cold start to an idle window: {time.perf_counter() - started:.2f} s")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    log_text = "".join(p.read_text(encoding="utf-8") for p in (home / "logs").glob("*.log*"))
    assert "main window shown and idle" in log_text


def test_the_window_keeps_running_for_a_few_seconds_without_a_traceback(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "window.sqlite"
    assert run_frozen(bundle, home, "demo", "--db", str(target)).returncode == 0
    process = subprocess.Popen(
        [str(bundle / EXE_NAME), "--db", str(target)],
        env=frozen_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=4)  # still running after four seconds: the window is up
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert "Traceback" not in stderr


def test_the_frozen_app_writes_nothing_beside_itself(bundle: Path, home: Path) -> None:
    before = snapshot(bundle)
    home.mkdir()
    target = home / "x.sqlite"
    for args in (
        ("demo", "--db", str(target)),
        ("check", "--db", str(target)),
        ("export", str(home / "out.xlsx"), "--db", str(target)),
    ):
        assert run_frozen(bundle, home, *args).returncode == 0
    env = frozen_env(home) | {"PARTNERDESK_QUIT_WHEN_IDLE": "1"}
    window = subprocess.run(
        [str(bundle / EXE_NAME), "--db", str(target)], env=env, capture_output=True, timeout=120
    )
    assert window.returncode == 0
    assert snapshot(bundle) == before
