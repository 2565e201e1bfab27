"""The upstream's Import page (Nhận lô): choose batch files or a folder, import them on the worker
pool, one result row per batch (per-record problems under it), the batches still waiting (held
for a missing one, or quarantined) and where the receipts went. app/sync/intake.py does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.storage.store import Store
from app.sync import intake, keys
from app.sync.inbox import Outcome
from app.ui import messages
from app.ui.sync_page import BackgroundJob
from app.ui.widgets import ERROR_STYLE

SETTINGS_FOLDER = "sync/import_folder"
SETTINGS_RECEIPTS = "sync/receipts_folder"
STATUS_LABELS = {"applied": str(QT_TRANSLATE_NOOP("ImportPage", "Đã nhận")),
                 "duplicate": str(QT_TRANSLATE_NOOP("ImportPage", "Trùng, đã nhận trước đây")),
                 "held": str(QT_TRANSLATE_NOOP("ImportPage", "Tạm giữ")),
                 "quarantined": str(QT_TRANSLATE_NOOP("ImportPage", "Cách ly")),
                 "refused": str(QT_TRANSLATE_NOOP("ImportPage", "Từ chối"))}
STATUS_COLOURS = {"held": "#6b4a00", "quarantined": "#8a1200", "refused": "#8a1200"}


class ImportPage(QWidget):
    """Nhận lô (upstream)."""

    imported = Signal()  # batches were applied: the consolidated lists should reload

    def __init__(self, store: Store, parent: QWidget | None = None,
                 actor: Callable[[], Actor | None] = lambda: None) -> None:
        super().__init__(parent)
        self.setObjectName("importPage")
        self._store, self._actor = store, actor
        self.outcomes: list[Outcome] = []
        title = QLabel(self.tr("<b>Nhận lô dữ liệu của các cơ quan</b>"), self)
        self.offices_label = QLabel(self)
        self.offices_label.setObjectName("importOffices")
        self.offices_label.setWordWrap(True)
        self.files_button = QPushButton(self.tr("Chọn tệ&p lô…"), self)
        self.files_button.setObjectName("importFiles")
        self.files_button.clicked.connect(lambda: self.choose_files())
        self.folder_button = QPushButton(self.tr("Chọn thư &mục (cả ổ USB)…"), self)
        self.folder_button.setObjectName("importFolder")
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.receipts_button = QPushButton(self.tr("Nơi ghi &biên nhận…"), self)
        self.receipts_button.setObjectName("importReceiptsFolder")
        self.receipts_button.clicked.connect(self.choose_receipts_folder)
        self.receipts_label = QLabel(self)
        self.receipts_label.setObjectName("importReceipts")
        self.receipts_label.setWordWrap(True)
        self.bulletin_button = QPushButton(self.tr("Gửi bản &tin xuống…"), self)
        self.bulletin_button.setObjectName("importBulletin")
        self.bulletin_button.setToolTip(self.tr(
            "Bản tin cho một cơ quan: lịch làm việc, bộ khóa nhận mới, đơn chuyển xuống."))
        self.bulletin_button.clicked.connect(lambda: self.send_bulletin())
        top = QHBoxLayout()
        for b in (self.files_button, self.folder_button, self.receipts_button):
            top.addWidget(b)
        top.addWidget(self.receipts_label, 1)
        top.addWidget(self.bulletin_button)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = QTreeWidget(self)
        self.results.setObjectName("importResults")
        self.results.setHeaderLabels([self.tr("Tệp"), self.tr("Cơ quan"), self.tr("Lô số"),
                                      self.tr("Kết quả"), self.tr("Chi tiết"),
                                      self.tr("Biên nhận")])
        self.results.setRootIsDecorated(True)
        self.results.setAlternatingRowColors(True)
        self.waiting_table = QTableWidget(0, 5, self)
        self.waiting_table.setObjectName("importWaiting")
        self.waiting_table.setHorizontalHeaderLabels([
            self.tr("Cơ quan"), self.tr("Lô số"), self.tr("Tình trạng"), self.tr("Lý do"),
            self.tr("Tệp")])
        self.waiting_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting_table.verticalHeader().hide()
        self.waiting_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.retry_button = QPushButton(self.tr("Nhập &lại các lô cách ly"), self)
        self.retry_button.setObjectName("importRetry")
        self.retry_button.setToolTip(self.tr(
            "Sau khi đăng ký khóa của cơ quan («tiepdan keys enrol»), nhập lại các lô bị cách ly."))
        self.retry_button.clicked.connect(self.retry)
        waiting_head = QHBoxLayout()
        waiting_head.addWidget(QLabel(self.tr(
            "<b>Lô đang chờ</b> (tạm giữ: chờ lô còn thiếu, tự nhận khi lô đó đến; cách ly: "
            "chờ xử lý)"), self), 1)
        waiting_head.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(self.offices_label)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 3)
        layout.addLayout(waiting_head)
        layout.addWidget(self.waiting_table, 1)
        self.job = BackgroundJob(self.progress, self)
        self.job.done.connect(self._finished)
        self.job.failed.connect(self._failed)
        self._show_receipts_folder()
        self.refresh()

    # ------------------------------------------------------------------ state

    def receipts_folder(self) -> Path | None:
        """None: each receipt beside its batch file (on the stick it came on)."""
        value = str(QSettings().value(SETTINGS_RECEIPTS, ""))
        return Path(value) if value else None

    def _show_receipts_folder(self) -> None:
        folder = self.receipts_folder()
        self.receipts_label.setText(
            self.tr("Biên nhận ghi vào: {f}").format(f=folder) if folder else
            self.tr("Biên nhận ghi cạnh từng tệp lô (để gửi trả cùng ổ USB)."))

    def refresh(self) -> None:
        peers = keys.peers(self._store)
        self._names = {p.office_code: p.office_name for p in peers}
        active = len({p.office_code for p in peers if p.active})
        self.offices_label.setText(self.tr(
            "{n} cơ quan đã đăng ký khóa. Danh sách lượt tiếp và đơn ở các trang khác gồm bản ghi "
            "của mọi cơ quan; chọn cơ quan ở ô lọc «Cơ quan».", "", active).format(n=active))
        waiting = intake.waiting(self._store)
        self.waiting_table.setRowCount(len(waiting))
        for r, w in enumerate(waiting):
            for c, text in enumerate((self._office(w.office_code), str(w.batch_seq or ""),
                                      self.tr(STATUS_LABELS[w.status]), messages.text(w.reason),
                                      w.path.name)):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setForeground(QColor(STATUS_COLOURS[w.status]))
                self.waiting_table.setItem(r, c, item)
        self.waiting_table.resizeColumnsToContents()
        self.waiting_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.retry_button.setEnabled(any(w.status == "quarantined" for w in waiting)
                                     and not self.job.running)

    def _office(self, code: str) -> str:
        name = self._names.get(code)
        return f"{name} ({code})" if name else code

    def send_bulletin(self) -> object:
        from app.ui.bulletin_dialog import BulletinDialog

        dialog = BulletinDialog(self._store, self._actor, self)
        dialog.exec()
        if dialog.written is not None and "petition_transfer" in dialog.written.kinds:
            self.imported.emit()  # own petitions now «Đã chuyển»: the register reloads
        return dialog

    # ------------------------------------------------------------------ choosing

    def choose_files(self) -> None:
        settings = QSettings()
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn các tệp lô cần nhận"),
            str(settings.value(SETTINGS_FOLDER, str(Path.home()))),
            self.tr("Tệp lô đồng bộ (*.tdsync);;Mọi tệp (*)"))
        if names:
            settings.setValue(SETTINGS_FOLDER, str(Path(names[0]).parent))
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        settings = QSettings()
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục (hoặc ổ USB) chứa các tệp lô"),
            str(settings.value(SETTINGS_FOLDER, str(Path.home()))))
        if name:
            settings.setValue(SETTINGS_FOLDER, name)
            self.import_paths([Path(name)])

    def choose_receipts_folder(self) -> None:
        current = self.receipts_folder()
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn nơi ghi biên nhận (bỏ qua: ghi cạnh tệp lô)"),
            str(current or Path.home()))
        QSettings().setValue(SETTINGS_RECEIPTS, name or "")
        self._show_receipts_folder()

    # ------------------------------------------------------------------ importing

    def import_paths(self, paths: list[Path]) -> None:
        files = intake.collect(paths)
        if not files:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr("Không có tệp lô (.tdsync) nào trong thư mục đã chọn."))
            return
        store, receipts = self._store, self.receipts_folder()
        self._start(lambda progress: intake.import_batches(store, files, receipts, progress),
                    self.tr("Đang nhận {n} tệp…", "", len(files)).format(n=len(files)))

    def retry(self) -> None:
        store, receipts = self._store, self.receipts_folder()
        self._start(lambda progress: intake.retry_waiting(store, receipts, progress),
                    self.tr("Đang nhập lại các lô cách ly…"))

    def _start(self, work: Callable[[Callable[[int, int], None]], object], text: str) -> None:
        for b in (self.files_button, self.folder_button, self.retry_button):
            b.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.job.start(work)

    def _finished(self, result: object) -> None:
        assert isinstance(result, list)
        self.show_outcomes(result)
        self._enable()
        if any(o.status == "applied" for o in result):
            self.imported.emit()

    def _failed(self, text: str) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(text)
        self._enable()

    def _enable(self) -> None:
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.refresh()

    def show_outcomes(self, outcomes: list[Outcome]) -> None:
        self.outcomes = outcomes
        self.results.clear()
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
            detail = {"applied": self.tr("{n} thay đổi", "", o.applied).format(n=o.applied) + (
                self.tr(", {k} cũ hơn bản đang có (bỏ qua)").format(k=o.stale) if o.stale
                else ""),
                "duplicate": self.tr("gửi lại biên nhận")}.get(o.status) or messages.text(o.reason)
            if o.problems:
                detail += self.tr(" · {k} bản ghi không nhận được", "", len(o.problems)).format(k=len(o.problems))
            item = QTreeWidgetItem([o.path.name, self._office(o.office_code),
                                    str(o.batch_seq or ""), self.tr(STATUS_LABELS[o.status]),
                                    detail, o.receipt.name if o.receipt else ""])
            item.setToolTip(4, detail)
            item.setToolTip(5, str(o.receipt) if o.receipt else "")
            item.setToolTip(0, str(o.path))
            colour = STATUS_COLOURS.get(o.status)
            if colour or o.problems:
                item.setForeground(3, QColor(colour or STATUS_COLOURS["held"]))
            for problem in map(messages.text, o.problems):
                child = QTreeWidgetItem(["", "", "", "", problem, ""])
                child.setToolTip(4, problem)
                item.addChild(child)
            self.results.addTopLevelItem(item)
            item.setExpanded(len(o.problems) <= 3)
        for c in range(self.results.columnCount()):
            self.results.resizeColumnToContents(c)
        self.results.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)
        parts = [f"{n} {self.tr(STATUS_LABELS[s]).lower()}" for s, n in counts.items()]
        receipts = sorted({str(o.receipt.parent) for o in outcomes if o.receipt})
        text = self.tr("{n} lô: {parts}.", "", len(outcomes)).format(n=len(outcomes), parts=", ".join(parts))
        if receipts:
            text += self.tr(" Biên nhận đã ghi vào: {where}.").format(where="; ".join(receipts))
        bad = counts.get("refused", 0) + counts.get("quarantined", 0)
        self.summary.setStyleSheet(ERROR_STYLE if bad else "")
        self.summary.setText(text)
