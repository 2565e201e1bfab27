"""Pictures for the user guides, taken from the real windows on demo data: the Vietnamese
interface in docs/images/*.png (huong-dan.md), the English one in docs/images/en/*.png
(user-guide.md; the demo data stays Vietnamese, as a ward's would).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--language vi|en] [OUT_DIR]

Without --language both sets are made (OUT_DIR, then OUT_DIR/en).

The demo ward is filled with a fixed seed on a fixed day (FIXED_NOW, clock frozen with
time-machine), so the pictures change only when the windows do. The offscreen platform draws
our widgets the same as Xvfb would and needs no X server. Each picture is reduced to a
256-colour palette to keep the repository small.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.clock import VN_TZ  # noqa: E402

if TYPE_CHECKING:
    from app.services.viewer import Viewer
    from app.storage.store import Store

FIXED_NOW = datetime(2026, 11, 20, 9, 30, tzinfo=VN_TZ)  # a Friday: this week has due dates
SEED = 2026
WINDOW = (1366, 768)  # a common ward-PC screen
DIALOG = (1100, 700)
DEFAULT_OUT = ROOT / "docs" / "images"
LANGUAGES = {"vi": "", "en": "en"}  # language → its pictures' sub-folder of DEFAULT_OUT

# file name → size of the picture (the test checks every one is written at this size)
SHOTS: dict[str, tuple[int, int]] = {
    "thiet-lap.png": (720, 560),
    "so-tiep-cong-dan.png": WINDOW,
    "luot-tiep-moi.png": DIALOG,
    "don-thu.png": WINDOW,
    "chi-tiet-don.png": DIALOG,
    "xem-truoc-khi-in.png": DIALOG,
    "theo-doi.png": WINDOW,
    "thong-ke.png": WINDOW,
    "dong-bo.png": WINDOW,
    "nhan-lo.png": WINDOW,
    "cai-dat.png": (760, 560),
    "dang-nhap.png": (460, 200),
}
FIRST_RUN = {"thiet-lap.png", "dang-nhap.png"}  # taken on an empty store, before the demo fills
# Where the demo stores live while the pictures are taken: a fixed path, since it shows in the
# status bar and on the Sync page (a random temp name would change the pictures every run).
DEFAULT_WORK = Path(tempfile.gettempdir()) / "TiepDan-anh"


def wait_until(condition: Callable[[], object], timeout: float = 20.0) -> None:
    """Run the Qt event loop until `condition` holds (background jobs finish, timers fire)."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout  # monotonic is not frozen by time-machine
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("hết thời gian chờ cửa sổ vẽ xong")
        QApplication.processEvents()
        QThread.msleep(20)


def settle(seconds: float = 0.3) -> None:
    """Let debounce timers (search as you type, scan) fire and the widgets repaint."""
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() > end)


def save(widget: object, out: Path, name: str) -> Path:
    from PIL import Image
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    width, height = SHOTS[name]
    widget.resize(width, height)
    settle()
    path = out / name
    widget.grab().save(str(path))
    with Image.open(path) as img:
        small = img.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)
    return path


@contextmanager
def same_every_time() -> Iterator[None]:
    """One fixed day; record ids, pseudonyms (made from ids), the check codes on printed slips
    and the signing keys (their fingerprints show) drawn from a seeded generator. For a
    throwaway demo store only, never a real one. (The age keys stay random; they never show.)"""
    import secrets
    from unittest import mock

    import time_machine
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    rng = random.Random(SEED)

    def signing_key() -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))

    with time_machine.travel(FIXED_NOW, tick=True), \
            mock.patch("os.urandom", rng.randbytes), \
            mock.patch.object(secrets, "token_bytes", lambda n=32: rng.randbytes(n)), \
            mock.patch.object(secrets, "token_hex", lambda n=32: rng.randbytes(n).hex()), \
            mock.patch.object(Ed25519PrivateKey, "generate", signing_key):
        yield


def _sql(db: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(query).fetchall()


def _uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _qr_of(store: Store, viewer: Viewer, cccd: str) -> str:
    """The text a QR scanner types for this citizen's card (cccd|old id|name|dob|sex|address|issued)."""
    from app.services import citizens
    c = citizens.by_cccd(store, cccd, viewer)
    assert c is not None and c.date_of_birth is not None
    sex = "Nam" if c.gender == "male" else "Nữ"
    return f"{cccd}||{c.full_name}|{c.date_of_birth:%d%m%Y}|{sex}|{c.address}|15032022"


def _stores(tmp: Path) -> tuple[Store, Store]:
    """The demo ward with its sync keys, and an upstream that enrolled it."""
    from app.services import office
    from app.services.demo import fill_demo
    from app.storage.store import open_store
    from app.sync import keys

    up = open_store(tmp / "up")
    office.init_office(up, "HN-BTCD", "Ban Tiếp công dân thành phố Hà Nội")
    keys.init_keys(up, upstream=True)
    keys.export_public(up, tmp / "up.json")
    ward = open_store(tmp / "ward")
    fill_demo(ward, 150, seed=SEED, now=FIXED_NOW, petitions=40)
    keys.init_keys(ward)
    keys.import_upstream(ward, tmp / "up.json")
    keys.export_public(ward, tmp / "ward.json")
    keys.enrol(up, tmp / "ward.json")
    return ward, up


def take(out: Path, work: Path = DEFAULT_WORK, language: str = "vi",
         only: set[str] | None = None) -> list[Path]:
    """Write the pictures of SHOTS (or just `only`) into `out`, with the interface in
    `language`; returns their paths. `work` (the demo stores) is emptied first and removed
    afterwards."""
    from app.ui import translations
    from app.ui.main import _app

    if language not in LANGUAGES:
        raise ValueError(f"ngôn ngữ không có: {language}")
    out.mkdir(parents=True, exist_ok=True)
    app = _app()  # the application as run_gui makes it: names, Vietnamese locale
    if language != "vi" and not translations.install(app, language):
        raise RuntimeError(f"không nạp được bản dịch {language}")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        with same_every_time():
            return _take_all(out, work, only)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        translations.remove(app)


def _take_all(out: Path, tmp: Path, only: set[str] | None = None) -> list[Path]:
    from PySide6.QtCore import QDateTime
    from PySide6.QtWidgets import QApplication

    from app.storage.store import open_store
    from app.ui.import_page import ImportPage
    from app.ui.main import (
        DASHBOARD_PAGE,
        IMPORT_PAGE,
        LOGBOOK_PAGE,
        PETITIONS_PAGE,
        STATISTICS_PAGE,
        SYNC_PAGE,
        create_main_window,
    )
    from app.ui.setup_wizard import SetupWizard
    from app.ui.sign_in import SignInDialog
    from app.ui.statistics import StatisticsPage
    from app.ui.sync_page import SyncPage

    written: list[Path] = []

    def shot(widget: object, name: str) -> None:
        if only is None or name in only:
            written.append(save(widget, out, name))

    # -- first-run set-up, on an empty store
    empty = open_store(tmp / "empty")
    wizard = SetupWizard(empty)
    wizard.show()
    wizard.office_page.search.setText("lang")
    settle(0.6)
    shot(wizard, "thiet-lap.png")
    wizard.close()
    sign_in = SignInDialog(empty)
    sign_in.show()
    sign_in.username.setText("lan")
    sign_in.password.setFocus()
    shot(sign_in, "dang-nhap.png")
    sign_in.close()
    empty.close()
    if only is not None and only <= FIRST_RUN:  # the rest needs the demo stores: skip them
        return written

    ward, up = _stores(tmp)
    w = create_main_window(ward)
    w.show()
    w.show_page(LOGBOOK_PAGE)
    wait_until(lambda: w.logbook.table.model().rowCount() > 0)
    w.logbook.table.selectRow(0)
    shot(w, "so-tiep-cong-dan.png")

    # -- a returning citizen scanned at the desk
    db = ward.db_path
    cccd = _sql(db, "SELECT c.cccd FROM citizen c JOIN visit_person p ON p.citizen_id = c.id "
                    "WHERE c.cccd IS NOT NULL GROUP BY c.id HAVING count(*) > 1 "
                    "ORDER BY c.cccd LIMIT 1")[0][0]
    dialog = w.new_visit()
    dialog.visited_at.setDateTime(QDateTime(*FIXED_NOW.timetuple()[:5], 0))
    dialog.cccd.setText(_qr_of(ward, w.viewer(), str(cccd)))  # what the scanner types
    settle(1.0)
    dialog.content.setPlainText("Đề nghị xem xét, trả lời đơn đề nghị cấp giấy chứng nhận "
                                "quyền sử dụng đất đã gửi tháng trước")
    shot(dialog, "luot-tiep-moi.png")
    dialog.done(0)

    # -- petitions: the register, one petition's detail, its print preview
    w.show_page(PETITIONS_PAGE)
    page = w.petitions_page()
    wait_until(lambda: page.table.model().rowCount() > 0)
    busiest = _uuid(_sql(db, "SELECT e.petition_id FROM petition_event e JOIN petition p "
                             "ON p.id = e.petition_id GROUP BY e.petition_id "
                             "ORDER BY count(*) DESC, p.year, p.seq LIMIT 1")[0][0])
    page.select_petition(busiest)
    shot(w, "don-thu.png")
    detail = w.show_petition(busiest)
    assert detail is not None
    shot(detail, "chi-tiet-don.png")
    detail.done(0)
    preview = w.print_petition(busiest)
    assert preview is not None
    wait_until(lambda: preview.preview is not None or bool(preview.error_message))
    wait_until(lambda: not preview.busy)
    shot(preview, "xem-truoc-khi-in.png")
    preview.done(0)

    w.show_page(DASHBOARD_PAGE)
    settle(1.0)
    shot(w, "theo-doi.png")

    w.page_actions[STATISTICS_PAGE].trigger()
    stats = w._statistics_tab.page
    assert isinstance(stats, StatisticsPage)
    wait_until(lambda: stats.stats is not None)
    box = stats.period_box
    box.setCurrentIndex(box.findData("year"))  # a whole year of the demo ward: fuller charts
    wait_until(lambda: stats.stats is not None and stats.stats.start.month == 1)
    shot(w, "thong-ke.png")

    # -- sync: the ward exports a batch; the upstream takes it in
    w.page_actions[SYNC_PAGE].trigger()
    sync = w._sync_tab.page
    assert isinstance(sync, SyncPage)
    usb = tmp / "usb"
    usb.mkdir()
    sync.export(usb)
    wait_until(lambda: not sync.job.running and any(usb.glob("*.tdsync")))
    shot(w, "dong-bo.png")

    settings = w.open_settings()
    shot(settings, "cai-dat.png")
    settings.done(0)
    w.close()

    u = create_main_window(up)
    u.show()
    u.page_actions[IMPORT_PAGE].trigger()
    inbox = u._import_tab.page
    assert isinstance(inbox, ImportPage)
    inbox.import_paths(sorted(usb.glob("*.tdsync")))
    wait_until(lambda: not inbox.job.running and inbox.results.topLevelItemCount() > 0)
    shot(u, "nhan-lo.png")
    u.close()
    QApplication.processEvents()
    for store in (ward, up):
        store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    languages = list(LANGUAGES)
    if args[:1] == ["--language"] and len(args) >= 2:
        languages, args = [args[1]], args[2:]
    root = Path(args[0]) if args else DEFAULT_OUT
    for language in languages:
        for path in take(root / LANGUAGES[language], language=language):
            print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
