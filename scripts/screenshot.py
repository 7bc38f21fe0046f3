"""Render the main window offscreen on the demo data, in English and Dutch, for the README.

python scripts/screenshot.py            # writes docs/screenshot.png and docs/screenshot-nl.png
python scripts/screenshot.py OUT_DIR    # writes them into OUT_DIR instead
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from partnerdesk.paths import AppPaths  # noqa: E402
from partnerdesk.persistence.database import Database  # noqa: E402
from partnerdesk.services.demo import build_demo  # noqa: E402
from partnerdesk.settings import Settings  # noqa: E402
from partnerdesk.ui.context import AppContext  # noqa: E402
from partnerdesk.ui.i18n import install_translations  # noqa: E402

SIZE = (1400, 860)


def render(app: QApplication, db: Database, root: Path, language: str, target: Path) -> None:
    """One window in ``language``: the Organisations page with KNVB open."""
    from partnerdesk.ui.main_window import MainWindow
    from partnerdesk.ui.pages.organisations import OrganisationsPage

    install_translations(app, language)
    settings = Settings.at(root / f"settings-{language}.ini")
    context = AppContext(db=db, paths=AppPaths.under(root), settings=settings)
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    page = window.page_by_key("organisations")
    assert isinstance(page, OrganisationsPage)
    window.show_page(window.pages.index(page))
    page.list.search.setText("sport")
    page.list.search.returnPressed.emit()
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "KNVB")
    page.list.view.selectRow(row)
    app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target))
    window.close()
    context.tasks.wait()
    print(target)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="partnerdesk-shot-") as folder:
        root = Path(folder)
        paths = AppPaths.under(root)
        paths.ensure()
        db = Database.open(str(paths.database_file), backup_dir=paths.backup_dir)
        build_demo(db)
        try:
            render(app, db, root, "en", out / "screenshot.png")  # type: ignore[arg-type]
            render(app, db, root, "nl", out / "screenshot-nl.png")  # type: ignore[arg-type]
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
