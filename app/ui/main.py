"""The main window and the GUI's start-up.

Start-up paints the logbook first, from a read-only SQLite connection and plain SQL
(app.services.logbook), and only then loads SQLAlchemy and the write side of the store:
importing the ORM alone costs more than showing a Qt window, and the target is ≤ 1.5× a bare
window. Everything that writes goes through the services as usual.

The window has three pages: the logbook (first, painted at start-up), the petition register
(Đơn thư) and the dashboard (Theo dõi). The last two are built the first time they are shown,
and their modules, which need the ORM, are imported only then.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.errors import TiepDanError
from app.paths import icon_files
from app.services import logbook
from app.services.viewer import Viewer
from app.storage.backup import StoreLock
from app.storage.quick import connect_reader, has_user_accounts, is_encrypted, open_quick
from app.ui import admin, dialogs, errors, messages, translations
from app.ui.logbook import LogbookPage
from app.ui.widgets import find_data

if TYPE_CHECKING:
    from app.services.petitions import PetitionRecord
    from app.services.visits import VisitRecord
    from app.storage.store import Store
    from app.ui.dashboard import DashboardPage
    from app.ui.petition_detail import PetitionDetailDialog
    from app.ui.petition_form import PetitionDialog
    from app.ui.petitions import PetitionsPage
    from app.ui.print_jobs import SlipJob
    from app.ui.print_preview import Outcome, PrintPreviewDialog
    from app.ui.visit_form import VisitDialog

log = logging.getLogger("tiepdan.ui")
SETTINGS_OFFICER = "desk/officer_id"
LOGBOOK_PAGE, PETITIONS_PAGE, DASHBOARD_PAGE, STATISTICS_PAGE, SYNC_PAGE, IMPORT_PAGE = range(6)
PRINT_OFFER_MS = 180_000  # the "print the slip?" button after a save stays this long


class _LazyPage(QWidget):
    """A tab whose real page is built on first use (its imports wait until then)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.page is None:
            self.page = self._factory()
            self._layout.addWidget(self.page)
        return self.page


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, conn: sqlite3.Connection, store: Store | None = None,
                 officer_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.conn = conn
        self._store = store
        # An upstream's PostgreSQL store: its backups are pg_dump's (README), not this window's.
        self.server = store is not None and not store.is_sqlite
        self.desk = logbook.desk(conn)
        self.setWindowTitle(self.tr("TiepDan – Sổ tiếp công dân – {office}").format(
            office=self.desk.office_name))
        self.officer_box = QComboBox(self)
        self.officer_box.setObjectName("deskOfficer")
        self.officer_box.setToolTip(self.tr("Cán bộ đang trực tiếp công dân tại bàn"))
        self._fill_officers(officer_id)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.logbook = LogbookPage(conn, self.desk, self.viewer(), self.tabs)
        self._petitions_tab = _LazyPage(self._make_petitions_page, self.tabs)
        self._dashboard_tab = _LazyPage(self._make_dashboard_page, self.tabs)
        self._statistics_tab = _LazyPage(self._make_statistics_page, self.tabs)
        self.tabs.addTab(self.logbook, self.tr("Sổ tiếp công dân (Ctrl+1)"))
        self.tabs.addTab(self._petitions_tab, self.tr("Đơn thư (Ctrl+2)"))
        self.tabs.addTab(self._dashboard_tab, self.tr("Theo dõi (Ctrl+3)"))
        self.tabs.addTab(self._statistics_tab, self.tr("Thống kê (Ctrl+4)"))
        # Sync (Ctrl+5); an upstream store also gets its Import page (Ctrl+6).
        from app.sync.mode import is_upstream

        self.upstream = is_upstream(conn)
        self._sync_tab = _LazyPage(self._make_sync_page, self.tabs)
        self.tabs.addTab(self._sync_tab, self.tr("Đồng bộ (Ctrl+5)"))
        self._import_tab = _LazyPage(self._make_import_page, self.tabs)
        if self.upstream:
            self.tabs.addTab(self._import_tab, self.tr("Nhận lô (Ctrl+6)"))
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self.officer_box.currentIndexChanged.connect(self._on_officer_changed)
        self.logbook.visit_activated.connect(self.show_visit)
        self.logbook.register_petition_requested.connect(self.register_from_visit)
        self.logbook.print_requested.connect(self.print_visit)
        self.tabs.currentChanged.connect(self._on_page_changed)
        self._build_print_offer()
        self.statusBar().showMessage(self.tr("{office} · dữ liệu tại {path}").format(
            office=self.desk.office_name, path=data_dir))
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("lastBackup")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.sync_states = False  # the lists show a «Đồng bộ» column (show_sync_states)
        self.lock: StoreLock | None = None  # held by run_gui for the life of the window
        self.housekeeping = False  # run_gui: quick check, daily backup, weekly check, at close
        self.restored = False
        self.idle_lock: QObject | None = None  # app/ui/idle_lock.IdleLock when signed in
        self.resize(1280, 720)
        self.logbook.refresh()

    # ------------------------------------------------------------------ the store

    @property
    def store(self) -> Store:
        """The write side, opened on first use (or by warm_up right after the first paint)."""
        if self._store is None:
            from app.storage.store import open_store

            self._store = open_store(self.data_dir)
        return self._store

    def warm_up(self) -> None:
        """Load the ORM once the logbook is on screen, so Ctrl+N is instant; then the lists'
        sync column.

        A zero timer started after show() fires before the first paint and would put the
        ORM load (~300 ms) between the window and its rows; waiting for the viewport's paint
        event also copes with platforms that expose the window late.
        """
        if self._store is None:
            self._warm_up_filter = _AfterFirstPaint(self.logbook.table.viewport(),
                                                    self._warmed)
            return
        self._states_filter = _AfterFirstPaint(self.logbook.table.viewport(),
                                               self.show_sync_states)
        if self.housekeeping:
            QTimer.singleShot(0, self._housekeeping)

    def _warmed(self) -> None:
        self.store  # noqa: B018 - loads the ORM and opens the write side
        QTimer.singleShot(0, self.show_sync_states)  # after the ORM: Ctrl+N first
        if self.housekeeping:
            QTimer.singleShot(0, self._housekeeping)  # after the warm-up, off the paint path
        else:
            self.show_last_backup()

    def _housekeeping(self) -> None:
        admin.housekeeping_at_start(self, self.store, self.actor())
        self.show_last_backup()

    def show_last_backup(self) -> None:
        from app.services import backup

        self.backup_label.setText(admin.last_backup_text(backup.last_backup(self.store)))

    def actor(self) -> Actor:
        """Who acts from this window: the officer at the desk (a signed-in user later)."""
        data = self.officer_box.currentData()
        return Actor.officer(data if isinstance(data, uuid.UUID) else None)

    def close_store(self) -> None:
        if self._store is not None:
            if self.housekeeping and not self.restored:
                try:
                    from app.services import backup

                    backup.auto_backup(self._store, actor=self.actor())
                except TiepDanError as exc:  # the close goes on; the officer is told
                    log.warning("backup at close: %s", exc.message())
                    dialogs.warn(None, self.tr("Sao lưu khi đóng"), messages.error(exc))
            self._store.close()
            self._store = None
        self.conn.close()

    # ------------------------------------------------------------------ Quản trị

    def show_audit(self) -> QDialog:
        from app.ui.audit_view import AuditDialog

        dialog = AuditDialog(self.store, self)
        dialog.show()
        return dialog

    def backup_now(self) -> Path | None:
        path = admin.backup_now(self, self.store, self.actor())
        self.show_last_backup()
        return path

    def check_now(self) -> bool:
        return admin.check_now(self, self.store)

    def restore_from_backup(self, source: Path | None = None) -> bool:
        """Ask with a clear warning, then restore; the window closes after a restore."""
        from app.paths import backup_dir

        source = source or admin.choose_backup(self, backup_dir(self.data_dir))
        if source is None:
            return False
        if not dialogs.ask(self, self.tr("Khôi phục dữ liệu"),
                           admin.translate("admin", str(admin.RESTORE_WARNING)).format(file=source),
                           self.tr("&Khôi phục"), self.tr("Khô&ng")):
            return False
        if self._store is not None:
            self._store.close()
            self._store = None
        # Windows cannot move a file that is open: let go of the logbook's reader too.
        db_path = Path(self.conn.execute("PRAGMA database_list").fetchone()[2])
        self.conn.close()
        if not admin.restore(self, self.data_dir, source, self.actor()):
            self.conn = connect_reader(db_path)
            self.logbook.model.set_connection(self.conn)
            return False
        self.restored = True
        self.close()
        return True

    def _edit_users(self) -> None:
        from app.ui.users_dialog import UsersDialog

        UsersDialog(self.store, self, actor=self.actor()).exec()

    def _change_password(self) -> None:
        from app.services import users

        me = users.current(self.store)
        if me is None:
            dialogs.inform(self, self.tr("Đổi mật khẩu"), self.tr(
                "Kho dữ liệu này chưa có tài khoản người dùng (Quản trị › Người dùng…)."))
            return
        from app.ui.users_dialog import PasswordDialog

        PasswordDialog(self.store, me.username, self).exec()

    def viewer(self) -> Viewer:
        if self._store is not None and self._store.user is not None:
            from app.services import users

            return users.viewer(self._store)  # the signed-in user, whatever the box shows
        return self.desk.viewer(self.officer_box.currentData())

    # ------------------------------------------------------------------ pages

    def show_sync_states(self) -> None:
        """The «Đồng bộ» column of the logbook and the register, on a ward that sends to an
        upstream (app/sync/states.py); called after the first paint, and again after an export
        or a receipt (the states are read again)."""
        from app.sync import states

        self.sync_states = states.lists_show_states(self.conn)
        self.logbook.show_sync_states(self._states_fetch("visit"))
        if self._petitions_tab.page is not None:
            self.petitions_page().show_sync_states(self._states_fetch("petition"))

    def _states_fetch(self, entity: str) -> Callable[[list[uuid.UUID]], dict[uuid.UUID, Any]] | None:
        if not self.sync_states:
            return None
        from app.sync import states

        # self.conn at each call: a restore gives the window a new connection
        return lambda ids: states.record_states(self.conn, entity, ids)

    def _make_petitions_page(self) -> QWidget:
        from app.ui.petitions import PetitionsPage

        page = PetitionsPage(self.store, self.viewer(), self._petitions_tab)
        page.show_sync_states(self._states_fetch("petition"))
        page.petition_activated.connect(self.show_petition)
        page.new_requested.connect(self.new_petition)
        return page

    def _make_dashboard_page(self) -> QWidget:
        from app.ui.dashboard import DashboardPage

        page = DashboardPage(self.store, self.viewer(), self._dashboard_tab)
        page.petition_activated.connect(self.show_petition)
        page.register_requested.connect(self._open_register_for)
        return page

    def _make_statistics_page(self) -> QWidget:
        from app.ui.statistics import StatisticsPage

        page = StatisticsPage(self.store, self.viewer(), self._statistics_tab)
        page.petition_activated.connect(self.show_petition)
        page.visit_activated.connect(self.show_visit)
        return page

    def _make_sync_page(self) -> QWidget:
        from app.ui.sync_page import SyncPage

        page = SyncPage(self.store, self.actor, self._sync_tab)
        page.changed.connect(self.show_sync_states)
        page.bulletins_applied.connect(self._after_import)
        return page

    def _make_import_page(self) -> QWidget:
        from app.ui.import_page import ImportPage

        page = ImportPage(self.store, self._import_tab, self.actor)
        page.imported.connect(lambda: self.logbook.reload_offices(self.conn))
        page.imported.connect(self.logbook.refresh)
        page.imported.connect(self._after_import)
        return page

    def _after_import(self) -> None:
        if self._petitions_tab.page is not None:
            self.petitions_page().reload_lists()
        self._petitions_changed(None)

    def export_excel(self) -> object:
        """Ctrl+E: the current page's list to XLSX, as filtered (app/ui/export_lists.py)."""
        from app.ui.export_lists import export_current

        return export_current(self)

    def import_excel(self) -> object:
        from app.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.store, self, self.viewer().officer_id)
        wizard.imported.connect(lambda _kind: self.logbook.refresh())
        wizard.imported.connect(lambda _kind: self._petitions_changed())
        wizard.show()
        return wizard

    def petitions_page(self) -> PetitionsPage:
        """The petition register, built on first use."""
        page = self._petitions_tab.build()
        if TYPE_CHECKING:
            assert isinstance(page, PetitionsPage)
        return page

    def dashboard_page(self) -> DashboardPage:
        page = self._dashboard_tab.build()
        if TYPE_CHECKING:
            assert isinstance(page, DashboardPage)
        return page

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _on_page_changed(self, index: int) -> None:
        if index == PETITIONS_PAGE:
            first = self._petitions_tab.page is None
            page = self.petitions_page()
            if not first:
                page.refresh()
            page.table.setFocus()
        elif index == DASHBOARD_PAGE:
            self.dashboard_page().refresh()
            self.dashboard_page().officers.setFocus()
        elif index == STATISTICS_PAGE:
            if self._statistics_tab.page is None:
                self._statistics_tab.build()
            else:
                self._statistics_tab.build().refresh()  # type: ignore[attr-defined]
        elif index in (SYNC_PAGE, IMPORT_PAGE):
            tab = self._sync_tab if index == SYNC_PAGE else self._import_tab
            if tab.page is None:
                tab.build()
            else:
                tab.build().refresh()  # type: ignore[attr-defined]
        else:
            self.logbook.table.setFocus()

    def _open_register_for(self, officer_id: uuid.UUID | None) -> None:
        from app.services.petition_list import OPEN

        self.show_page(PETITIONS_PAGE)
        self.petitions_page().set_filters(state=OPEN, officer_id=officer_id)
        self.petitions_page().table.setFocus()

    def _petitions_changed(self, petition_id: uuid.UUID | None = None) -> None:
        """A petition was registered or a step taken: the register and dashboard follow."""
        if self._petitions_tab.page is not None:
            self.petitions_page().refresh(select=petition_id)
        if self._dashboard_tab.page is not None and self.tabs.currentIndex() == DASHBOARD_PAGE:
            self.dashboard_page().refresh()

    def _fill_officers(self, selected: uuid.UUID | None) -> None:
        self.officer_box.blockSignals(True)
        self.officer_box.clear()
        for o in self.desk.officers:
            if o.active:
                self.officer_box.addItem(o.full_name, o.id)
        # `selected` is read back from the settings or from an earlier list of officers.
        self.officer_box.setCurrentIndex(max(find_data(self.officer_box, selected), 0))
        self.officer_box.blockSignals(False)
        self._show_officer_box()

    def _show_officer_box(self) -> None:
        """An office with no desk officer (an upstream's store) has no one to choose."""
        for action in getattr(self, "_officer_actions", ()):
            action.setVisible(self.officer_box.count() > 0)

    # ------------------------------------------------------------------ menus

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.new_visit_action = QAction(self.tr("Lượt &tiếp mới"), self)
        self.new_visit_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_visit_action.triggered.connect(self.new_visit)
        file_menu.addAction(self.new_visit_action)
        self.new_petition_action = QAction(self.tr("Đơn mới (&vào sổ đơn)"), self)
        self.new_petition_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_petition_action.triggered.connect(self.new_petition)
        file_menu.addAction(self.new_petition_action)
        self.from_visit_action = QAction(self.tr("Vào sổ đơn từ &lượt tiếp đang chọn"), self)
        self.from_visit_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.from_visit_action.triggered.connect(self._register_from_selected_visit)
        file_menu.addAction(self.from_visit_action)
        open_action = QAction(self.tr("&Mở mục đang chọn"), self)
        open_action.setShortcut(QKeySequence("Ctrl+O"))
        open_action.triggered.connect(self._open_selected)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        self.print_action = QAction(self.tr("&In phiếu của mục đang chọn…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("In giấy biên nhận, phiếu của lượt tiếp hoặc đơn "
                                             "đang chọn (Ctrl+P)"))
        self.print_action.triggered.connect(self.print_selected)
        file_menu.addAction(self.print_action)
        self.print_logbook_action = QAction(self.tr("In &sổ tiếp công dân…"), self)
        self.print_logbook_action.triggered.connect(lambda: self.print_register("logbook"))
        file_menu.addAction(self.print_logbook_action)
        self.print_register_action = QAction(self.tr("In sổ theo &dõi xử lý đơn…"), self)
        self.print_register_action.triggered.connect(lambda: self.print_register("register"))
        file_menu.addAction(self.print_register_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Xuất Excel danh sách đang xem…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_excel)
        file_menu.addAction(self.export_action)
        self.import_action = QAction(self.tr("&Nhập sổ cũ từ Excel, CSV…"), self)
        self.import_action.triggered.connect(self.import_excel)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("T&hoát"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        find_action = QAction(self.tr("Tì&m kiếm"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_search)
        view_menu.addAction(find_action)
        refresh_action = QAction(self.tr("&Làm mới"), self)
        refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh_action.triggered.connect(self._refresh_current)
        view_menu.addAction(refresh_action)
        view_menu.addSeparator()
        self.page_actions: list[QAction] = []
        pages = [self.tr("&Sổ tiếp công dân"), self.tr("Đơn &thư"), self.tr("Theo &dõi"),
                 self.tr("Thống &kê"), self.tr("Đồng &bộ")]
        if self.upstream:
            pages.append(self.tr("&Nhận lô"))
        for i, text in enumerate(pages):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, n=i: self.show_page(n))
            view_menu.addAction(action)
            self.addAction(action)
            self.page_actions.append(action)

        lists_menu = self.menuBar().addMenu(self.tr("&Danh mục"))
        fields_action = QAction(self.tr("&Lĩnh vực…"), self)
        fields_action.triggered.connect(self._edit_fields)
        lists_menu.addAction(fields_action)
        officers_action = QAction(self.tr("&Cán bộ…"), self)
        officers_action.triggered.connect(self._edit_officers)
        lists_menu.addAction(officers_action)
        calendar_action = QAction(self.tr("Lịch làm &việc, ngày nghỉ…"), self)
        calendar_action.triggered.connect(self._edit_calendar)
        lists_menu.addAction(calendar_action)

        admin_menu = self.menuBar().addMenu(self.tr("&Quản trị"))
        self.audit_action = QAction(self.tr("&Nhật ký kiểm tra…"), self)
        self.audit_action.triggered.connect(self.show_audit)
        admin_menu.addAction(self.audit_action)
        admin_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Sao lưu ngay"), self)
        self.backup_action.triggered.connect(self.backup_now)
        admin_menu.addAction(self.backup_action)
        self.restore_action = QAction(self.tr("&Khôi phục…"), self)
        self.restore_action.triggered.connect(lambda: self.restore_from_backup())
        admin_menu.addAction(self.restore_action)
        self.check_action = QAction(self.tr("Kiểm &tra tệp dữ liệu"), self)
        self.check_action.triggered.connect(self.check_now)
        admin_menu.addAction(self.check_action)
        if self.server:
            for action in (self.backup_action, self.restore_action, self.check_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("Kho PostgreSQL: sao lưu bằng pg_dump, khôi phục bằng "
                                          "pg_restore trên máy chủ"))
            admin_menu.setToolTipsVisible(True)
        admin_menu.addSeparator()
        users_action = QAction(self.tr("Người &dùng…"), self)
        users_action.triggered.connect(self._edit_users)
        admin_menu.addAction(users_action)
        self.password_action = QAction(self.tr("Đổi &mật khẩu…"), self)
        self.password_action.triggered.connect(self._change_password)
        admin_menu.addAction(self.password_action)
        admin_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Cài đặt…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        admin_menu.addAction(self.settings_action)

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        self.shortcuts_action = QAction(self.tr("&Phím tắt"), self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("&Giới thiệu"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        bar = QToolBar(self.tr("Thanh công cụ"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_visit_action)
        bar.addAction(self.new_petition_action)
        bar.addAction(find_action)
        print_button = QAction(self.tr("In (Ctrl+P)"), self)
        print_button.setToolTip(self.print_action.toolTip())
        print_button.triggered.connect(self.print_selected)
        bar.addAction(print_button)
        bar.addSeparator()
        self._officer_actions = (bar.addWidget(QLabel(self.tr(" Cán bộ trực: "), self)),
                                 bar.addWidget(self.officer_box))
        self._show_officer_box()
        self.addToolBar(bar)

    def _edit_fields(self) -> None:
        from app.ui.catalogs import FieldsDialog

        FieldsDialog(self.store, self, actor=self.actor()).exec()
        if self._petitions_tab.page is not None:
            self.petitions_page().reload_lists()

    def _edit_officers(self) -> None:
        from app.ui.catalogs import OfficersDialog

        OfficersDialog(self.store, self, actor=self.actor()).exec()
        current = self.officer_box.currentData()
        self.desk = logbook.desk(self.conn)
        self._fill_officers(current)
        self.logbook.reload_officers(self.desk)
        if self._petitions_tab.page is not None:
            self.petitions_page().reload_lists()

    def _edit_calendar(self) -> None:
        from app.ui.calendar_editor import CalendarEditorDialog

        dialog = CalendarEditorDialog(self.store, self, actor=self.actor())
        # Deadlines are recomputed from the calendar: open lists show the new dates.
        dialog.calendar_changed.connect(lambda: self._petitions_changed(None))
        dialog.exec()

    def _focus_search(self) -> None:
        if self.tabs.currentIndex() == LOGBOOK_PAGE:
            search = self.logbook.search
        else:
            self.show_page(PETITIONS_PAGE)
            search = self.petitions_page().search
        search.setFocus()
        search.selectAll()

    def _refresh_current(self) -> None:
        match self.tabs.currentIndex():
            case 1:
                self.petitions_page().refresh()
            case 2:
                self.dashboard_page().refresh()
            case 4 | 5:
                self._on_page_changed(self.tabs.currentIndex())
            case _:
                self.logbook.refresh()

    def _on_officer_changed(self, _i: int) -> None:
        QSettings().setValue(SETTINGS_OFFICER, str(self.officer_box.currentData() or ""))
        self.logbook.model.set_viewer(self.viewer())
        if self._petitions_tab.page is not None:
            self.petitions_page().set_viewer(self.viewer())
        if self._dashboard_tab.page is not None:
            self.dashboard_page().set_viewer(self.viewer())

    # ------------------------------------------------------------------ visits

    def new_visit(self) -> VisitDialog:
        from app.ui.visit_form import VisitDialog

        self._withdraw_print_offer()

        dialog = VisitDialog(self.store, self.viewer(), self)
        dialog.finished.connect(lambda _r: self._after_visit_dialog(dialog))
        dialog.open()
        return dialog

    def _after_visit_dialog(self, dialog: VisitDialog) -> None:
        if dialog.saved is None:
            return
        self.logbook.refresh()
        self.logbook.select_visit(dialog.saved.id)
        QTimer.singleShot(2000, self.store.checkpoint)  # off the next save's path
        self.statusBar().showMessage(self.tr("Đã lưu lượt tiếp số {n}.").format(
            n=dialog.saved.number), 8000)
        saved = dialog.saved
        QTimer.singleShot(0, lambda: self._offer_visit_slips(saved))  # after the logbook paints

    def _open_selected(self) -> None:
        if self.tabs.currentIndex() == PETITIONS_PAGE:
            self.petitions_page().open_selected()
            return
        index = self.logbook.table.currentIndex()
        if index.isValid():
            self.logbook._on_table_activated(index)

    def show_visit(self, visit_id: uuid.UUID) -> None:
        from app.services import visits
        from app.ui.visit_view import VisitViewDialog

        viewer = self.viewer()
        try:
            record = visits.get_visit(self.store, visit_id, viewer)
        except TiepDanError as exc:
            dialogs.warn(self, self.tr("Không mở được"), messages.error(exc))
            return
        history = {p.full_name: visits.citizen_visits(self.store, p.citizen_id, viewer, 20)
                   for p in record.persons[:5] if p.citizen_id is not None}
        from app.services.printing import forms_for_visit
        from app.sync.desk import record_state

        dialog = VisitViewDialog(record, self, history, printable=bool(forms_for_visit(record)),
                                 sync_state=messages.text(record_state(self.store, "visit", visit_id).text))
        dialog.register_petition.connect(self._register_from_view(dialog))
        dialog.print_requested.connect(lambda vid: self.print_visit(vid, dialog))
        dialog.open()

    def _register_from_view(self, dialog: QWidget) -> Callable[[object], None]:
        def go(visit_id: object) -> None:
            dialog.close()
            assert isinstance(visit_id, uuid.UUID)
            self.register_from_visit(visit_id)
        return go

    # ------------------------------------------------------------------ petitions

    def new_petition(self) -> PetitionDialog:
        from app.ui.petition_form import PetitionDialog

        dialog = PetitionDialog(self.store, self.viewer(), self)
        dialog.finished.connect(lambda _r: self._after_petition_dialog(dialog))
        dialog.open()
        return dialog

    def _register_from_selected_visit(self) -> None:
        if self.tabs.currentIndex() != LOGBOOK_PAGE:
            self.show_page(LOGBOOK_PAGE)
        visit_id = self.logbook.current_visit_id()
        if visit_id is None:
            self.statusBar().showMessage(self.tr(
                "Chọn một lượt tiếp trong sổ rồi nhấn Ctrl+Shift+D để vào sổ đơn."), 8000)
            return
        self.register_from_visit(visit_id)

    def register_from_visit(self, visit_id: uuid.UUID) -> PetitionDialog | None:
        """The registration form filled from a visit: one Ctrl+S puts it in the register."""
        from app.services import visits
        from app.ui.petition_form import PetitionDialog

        try:
            record = visits.get_visit(self.store, visit_id, self.viewer())
        except TiepDanError as exc:
            dialogs.warn(self, self.tr("Không mở được"), messages.error(exc))
            return None
        if record.identity_hidden:
            dialogs.warn(self, self.tr("Danh tính được bảo mật"), self.tr(
                "Lượt tiếp này là tố cáo do cán bộ khác tiếp: chỉ cán bộ đã tiếp hoặc lãnh đạo "
                "mới vào sổ đơn từ lượt tiếp này. Hãy chọn đúng cán bộ trực ở thanh công cụ."))
            return None
        dialog = PetitionDialog(self.store, self.viewer(), self, visit=record)
        dialog.finished.connect(lambda _r: self._after_petition_dialog(dialog))
        dialog.open()
        return dialog

    def _after_petition_dialog(self, dialog: PetitionDialog) -> None:
        if dialog.saved is None:
            return
        saved = dialog.saved
        self.statusBar().showMessage(self.tr("Đã vào sổ đơn số {n}.").format(n=saved.number), 8000)
        self.show_page(PETITIONS_PAGE)
        self._petitions_changed(saved.id)
        self.petitions_page().table.setFocus()
        QTimer.singleShot(0, lambda: self._offer_petition_slips(saved))

    def show_petition(self, petition_id: uuid.UUID) -> PetitionDetailDialog | None:
        from app.ui.petition_detail import PetitionDetailDialog

        try:
            dialog = PetitionDetailDialog(self.store, petition_id, self.viewer(), self)
        except TiepDanError as exc:
            dialogs.warn(self, self.tr("Không mở được"), messages.error(exc))
            return None
        dialog.changed.connect(self._petitions_changed)
        dialog.printed.connect(self._on_printed)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ printing

    def _build_print_offer(self) -> None:
        """After a save, a button in the status bar offers the slip (Ctrl+P prints it too)."""
        self.print_offer = QPushButton(self)
        self.print_offer.setObjectName("printOffer")
        self.print_offer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_offer.setStyleSheet("QPushButton { font-weight: bold; padding: 2px 10px; }")
        self.print_offer.clicked.connect(self._print_offered)
        self.print_offer.hide()
        self.statusBar().addPermanentWidget(self.print_offer)
        self._offered: SlipJob | None = None
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(PRINT_OFFER_MS)
        self._offer_timer.timeout.connect(self._withdraw_print_offer)

    def _offer(self, job: SlipJob | None) -> None:
        self._offered = job
        if job is None:
            self._withdraw_print_offer()
            return
        name = messages.text(job.forms[0].name)
        self.print_offer.setText(self.tr("In {form} – {what} (Ctrl+P)").format(
            form=name[:1].lower() + name[1:], what=job.title))
        self.print_offer.show()
        self._offer_timer.start()

    def _offer_visit_slips(self, record: VisitRecord) -> None:
        from app.ui.print_jobs import visit_job

        self._offer(visit_job(record))

    def _offer_petition_slips(self, record: PetitionRecord) -> None:
        from app.ui.print_jobs import petition_job

        self._offer(petition_job(record))

    def _withdraw_print_offer(self) -> None:
        self._offered = None
        self.print_offer.hide()
        self._offer_timer.stop()

    def _print_offered(self) -> None:
        job = self._offered
        if job is None:
            return
        if job.kind == "visit":
            self.print_visit(job.record_id)
        else:
            self.print_petition(job.record_id)

    def print_selected(self) -> PrintPreviewDialog | None:
        """Ctrl+P: the slips of the visit selected in the logbook, or of the petition selected
        in the register."""
        if self.tabs.currentIndex() == PETITIONS_PAGE:
            petition_id = self.petitions_page().current_petition_id()
            if petition_id is None:
                self.statusBar().showMessage(self.tr(
                    "Chọn một đơn trong sổ rồi nhấn Ctrl+P để in phiếu."), 8000)
                return None
            return self.print_petition(petition_id)
        if self.tabs.currentIndex() != LOGBOOK_PAGE:
            self.show_page(LOGBOOK_PAGE)
        visit_id = self.logbook.current_visit_id()
        if visit_id is None:
            self.statusBar().showMessage(self.tr(
                "Chọn một lượt tiếp trong sổ rồi nhấn Ctrl+P để in phiếu."), 8000)
            return None
        return self.print_visit(visit_id)

    def print_visit(self, visit_id: uuid.UUID, parent: QWidget | None = None
                    ) -> PrintPreviewDialog | None:
        from app.ui import print_preview

        try:
            dialog = print_preview.print_visit(parent or self, self.store, self.viewer(), visit_id)
        except TiepDanError as exc:
            dialogs.warn(parent or self, self.tr("Không in được"), messages.error(exc))
            return None
        if dialog is None:
            self.statusBar().showMessage(self.tr(
                "Lượt tiếp này không có giấy biên nhận hay phiếu nào phải in."), 8000)
            return None
        dialog.printed.connect(self._on_printed)
        return dialog

    def print_petition(self, petition_id: uuid.UUID) -> PrintPreviewDialog | None:
        from app.ui import print_preview

        try:
            dialog = print_preview.print_petition(self, self.store, self.viewer(), petition_id)
        except TiepDanError as exc:
            dialogs.warn(self, self.tr("Không in được"), messages.error(exc))
            return None
        if dialog is None:
            self.statusBar().showMessage(self.tr("Đơn này chưa có phiếu nào để in."), 8000)
            return None
        dialog.printed.connect(self._on_printed)
        return dialog

    def print_register(self, register: str) -> PrintPreviewDialog:
        """File ▸ In sổ…: the register of a period (this month first), previewed."""
        from app.ui import print_preview

        dialog = print_preview.print_register(self, self.store, self.viewer(), register)
        dialog.printed.connect(self._on_printed)
        return dialog

    def _on_printed(self, outcome: Outcome) -> None:
        offered = self._offered
        if offered is not None and getattr(outcome.job, "record_id", None) == offered.record_id:
            self._withdraw_print_offer()
        self.statusBar().showMessage(outcome.message, 15000)

    def _about(self) -> QDialog:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.data_dir, self)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        from app.ui.about import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.open()
        return dialog

    def open_settings(self) -> QDialog:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self, actor=self.actor())
        dialog.saved.connect(self._settings_saved)
        dialog.open()
        return dialog

    def _settings_saved(self, groups: list[str]) -> None:
        """What follows a saved setting at once: the idle lock's delay, the thresholds."""
        if "idle_lock" in groups:
            from app.services import users
            from app.ui.idle_lock import IdleLock

            minutes, me = users.idle_lock_minutes(self.store), users.current(self.store)
            if isinstance(self.idle_lock, IdleLock):
                self.idle_lock.set_minutes(minutes)
            elif me is not None and minutes:
                self.idle_lock = IdleLock(self, self.store, me.username, me.full_name,
                                          minutes * 60_000)
        if "hot_spots" in groups and self._dashboard_tab.page is not None:
            self.dashboard_page().refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.tabs.currentIndex() == LOGBOOK_PAGE:
            self.logbook.table.setFocus()


class _AfterFirstPaint(QObject):
    """Runs a callback once, just after the watched widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def create_main_window(store: Store, officer_id: uuid.UUID | None = None) -> MainWindow:
    """A main window over an already open store (tests, benchmarks)."""
    return MainWindow(store.data_dir, store.reader_connection(), store, officer_id)


def _saved_officer() -> uuid.UUID | None:
    value = QSettings().value(SETTINGS_OFFICER, "")
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def app_icon() -> QIcon:
    """Every window's icon (title bar, taskbar, Alt+Tab), at each size the .ico holds."""
    icon = QIcon()
    for path in icon_files():
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("TiepDan")
    app.setOrganizationName("TiepDan")
    app.setApplicationDisplayName("TiepDan")
    app.setWindowIcon(app_icon())
    # Dates, month names and number formats the Vietnamese way (calendar popups, spin boxes).
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    return app


def _fill_demo_with_progress(store: Store, visits_wanted: int = 400) -> None:
    """The demo store fills itself on first open; a progress bar says what is happening."""
    from PySide6.QtWidgets import QProgressDialog

    from app.services.demo import fill_demo

    progress = QProgressDialog(QApplication.translate("main", "Đang tạo dữ liệu mẫu…"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.show()
    QApplication.processEvents()
    fill_demo(store, visits_wanted)
    progress.close()


def _open_slow(data_dir: Path, demo: bool, database_url: str | None = None
               ) -> tuple[Store | None, int]:
    """First run, upgrade or trouble: the full open with migrations, then set-up if needed;
    always for an upstream's PostgreSQL store (`database_url`)."""
    from app.services import office as office_service
    from app.storage.store import open_store

    try:
        store = open_store(data_dir, database_url)
    except TiepDanError as exc:
        dialogs.fail(None, QApplication.translate("main", "Không mở được dữ liệu"), messages.error(exc))
        return None, exc.exit_code
    if not office_service.is_initialised(store):
        if demo:
            _fill_demo_with_progress(store)
        else:
            from app.ui.setup_wizard import SetupWizard

            SetupWizard(store).exec()
            if not office_service.is_initialised(store):  # cancelled before anything was made
                store.close()
                return None, 0
    return store, 0


def run_gui(data_dir: Path, demo: bool = False, database_url: str | None = None) -> int:
    app = _app()
    translations.install(app)
    errors.install()
    lock = admin.acquire_store_lock(data_dir)
    if lock is None:
        return 3  # another window has this store; the officer was told
    try:
        return _run_window(app, data_dir, demo, lock, database_url)
    finally:
        lock.release()


def _run_window(app: QApplication, data_dir: Path, demo: bool, lock: StoreLock,
                database_url: str | None = None) -> int:
    store = None
    officer = _saved_officer()
    signed_in = None
    conn: Any
    if database_url:  # an upstream's PostgreSQL store: no quick path, no file to unlock
        conn = None
    elif is_encrypted(data_dir):  # nothing opens before a password is right
        from app.ui.sign_in import SignInDialog

        unlock = SignInDialog(None, data_dir=data_dir)
        if unlock.exec() != SignInDialog.DialogCode.Accepted or unlock.store is None:
            if unlock.store is not None:
                unlock.store.close()
            return 0
        store, signed_in = unlock.store, unlock.user
        officer = signed_in.officer_id if signed_in else None
        conn = connect_reader(store.db_path)
    else:
        conn = open_quick(data_dir)
    if conn is not None and store is None and has_user_accounts(conn):
        conn.close()  # accounts: sign in first, through the full store
        conn = None
    if conn is None:
        store, code = _open_slow(data_dir, demo, database_url)
        if store is None:
            return code
        conn = store.reader_connection()
    if store is not None and store.user is not None and signed_in is None:
        from app.services import users as user_service  # signed in by the set-up wizard

        signed_in = user_service.current(store)
        officer = signed_in.officer_id if signed_in else None
    if store is not None and signed_in is None and has_user_accounts(conn):
        from app.ui.sign_in import SignInDialog

        sign_in = SignInDialog(store)
        if sign_in.exec() != SignInDialog.DialogCode.Accepted or sign_in.user is None:
            conn.close()
            store.close()
            return 0
        officer = sign_in.user.officer_id
        signed_in = sign_in.user
        if signed_in.must_change_password:
            from app.ui.users_dialog import PasswordDialog

            if PasswordDialog(store, signed_in.username, required=True).exec() != \
                    PasswordDialog.DialogCode.Accepted:
                conn.close()
                store.close()
                return 0
    window = MainWindow(data_dir, conn, store, officer)
    if store is not None and store.user is not None:
        window.officer_box.setEnabled(False)  # the signed-in officer, not a choice
        window.officer_box.setToolTip(QCoreApplication.translate("MainWindow", "Cán bộ đang đăng nhập"))
    if store is not None and signed_in is not None:
        from app.services import users
        from app.ui.idle_lock import IdleLock

        minutes = users.idle_lock_minutes(store)
        if minutes:
            window.idle_lock = IdleLock(window, store, signed_in.username, signed_in.full_name,
                                        minutes * 60_000)
    window.lock = lock
    window.housekeeping = not window.server  # backups and checks of the SQLite file
    window.show()
    window.warm_up()
    code = app.exec()
    window.close_store()
    return int(code)
