"""The ward's Sync page (Đồng bộ): what is waiting, the last export and receipt, the keys, and
the buttons that export to a chosen folder or drive, re-send the batches without a receipt and
bring in what the upstream sends down (receipts; bulletins once app/sync/desk.py knows them).

The page is thin: app/sync/desk.py computes and does everything; the slow parts run on the
worker pool (app/ui/print_jobs.py) with a progress bar, and errors come back as Vietnamese text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.storage.store import Store
from app.sync import desk
from app.sync.outbox import Exported
from app.ui import messages
from app.ui.widgets import ERROR_STYLE

log = logging.getLogger(__name__)
SETTINGS_FOLDER = "sync/folder"
SETTINGS_LAST_FILE = "sync/last_file"
PROGRESS_AFTER_MS = 500  # UX.md: a progress bar after half a second


translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


def describe(exc: BaseException) -> str:
    """A failure in Vietnamese: the service's own message, the disk's words, or an apology."""
    from app.errors import TiepDanError, os_reason
    from app.text import Text

    if isinstance(exc, TiepDanError) or (exc.args and isinstance(exc.args[0], Text)):
        return messages.error(exc)
    if isinstance(exc, OSError):
        return translate("SyncPage", "Không đọc hoặc ghi được tệp: {reason}. Hãy kiểm tra ổ đĩa rồi làm lại."
                  ).format(reason=messages.text(os_reason(exc)))
    from app.logs import log_path

    log.error("sync job failed", exc_info=(type(exc), exc, exc.__traceback__))
    return translate("SyncPage", "Có lỗi không mong muốn; chi tiết đã được ghi vào {path}. Hãy báo cán bộ tin học."
              ).format(path=log_path())


class BackgroundJob(QObject):
    """One job at a time on the worker pool; `done(result)` / `failed(text)` on the GUI thread,
    and a progress bar shown only when the job takes longer than half a second."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.ui.print_jobs import TaskSignals

        self._bar = bar
        self._token = 0
        self.running = False
        self._signals = TaskSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progress)
        self._show = QTimer(self)
        self._show.setSingleShot(True)
        self._show.timeout.connect(bar.show)

    def start(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        from app.ui.print_jobs import Task, pool

        self._token += 1
        self.running = True
        self._bar.setRange(0, 0)  # busy until the first figure comes
        self._show.start(PROGRESS_AFTER_MS)
        pool().start(Task(self._token, work, self._signals))

    def _progress(self, token: int, value: object) -> None:
        if token == self._token and isinstance(value, tuple):
            done, total = value
            scale = max(1, total // 1_000_000)  # QProgressBar counts in int32
            self._bar.setRange(0, max(1, total // scale))
            self._bar.setValue(done // scale)

    def _finish(self) -> None:
        self.running = False
        self._show.stop()
        self._bar.hide()

    def _done(self, token: int, result: object) -> None:
        if token == self._token:
            self._finish()
            self.done.emit(result)

    def _failed(self, token: int, exc: object) -> None:
        if token == self._token:
            self._finish()
            self.failed.emit(describe(exc) if isinstance(exc, BaseException) else str(exc))


def _fmt(moment: Any) -> str:
    return f"{moment:%d/%m/%Y %H:%M}" if moment is not None else ""


class SyncPage(QWidget):
    """Đồng bộ (ward): the state and three actions."""

    changed = Signal()  # exported or acknowledged: the lists' «Đồng bộ» column reads again
    bulletins_applied = Signal()  # a petition transferred down may be in the register now

    def __init__(self, store: Store, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._store, self._actor = store, actor
        title = QLabel(self.tr("<b>Đồng bộ dữ liệu lên cơ quan cấp trên</b>"), self)
        self.keys_label = self._value("syncKeys")
        self.waiting_label = self._value("syncWaiting")
        self.unacked_label = self._value("syncUnacked")
        self.last_export_label = self._value("syncLastExport")
        self.last_receipt_label = self._value("syncLastReceipt")
        self.last_bulletin_label = self._value("syncLastBulletin")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Khóa đồng bộ:"), self.keys_label)
        form.addRow(self.tr("Chờ gửi:"), self.waiting_label)
        form.addRow(self.tr("Đã gửi, chờ biên nhận:"), self.unacked_label)
        form.addRow(self.tr("Lần xuất gần nhất:"), self.last_export_label)
        form.addRow(self.tr("Biên nhận gần nhất:"), self.last_receipt_label)
        form.addRow(self.tr("Bản tin gần nhất:"), self.last_bulletin_label)
        self.export_button = QPushButton(self.tr("Xuất dữ liệu gửi &cấp trên…"), self)
        self.export_button.setObjectName("syncExport")
        self.export_button.setToolTip(self.tr(
            "Chọn thư mục hoặc ổ USB; các thay đổi chưa gửi được ghi thành một tệp lô (.tdsync) "
            "chỉ cơ quan cấp trên đọc được."))
        self.export_button.clicked.connect(lambda: self.export())
        self.resend_button = QPushButton(self.tr("Gửi &lại các lô chưa có biên nhận…"), self)
        self.resend_button.setObjectName("syncResend")
        self.resend_button.clicked.connect(lambda: self.resend())
        self.receipt_button = QPushButton(self.tr("&Nhập biên nhận, bản tin của cấp trên…"), self)
        self.receipt_button.setObjectName("syncReceipt")
        self.receipt_button.setToolTip(self.tr(
            "Chọn các tệp cơ quan cấp trên gửi về: biên nhận (.receipt.json) — các bản ghi được "
            "xác nhận sẽ hiện «Cấp trên đã nhận» — và bản tin (.tdsync: lịch làm việc, bộ khóa "
            "mới, đơn chuyển xuống, vào sổ đơn ngay)."))
        self.receipt_button.clicked.connect(lambda: self.import_files())
        buttons = QHBoxLayout()
        for b in (self.export_button, self.resend_button, self.receipt_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.hide()
        self.result = self._value("syncResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.job = BackgroundJob(self.progress, self)
        self.job.failed.connect(self._show_error)
        self._after: Callable[[object], tuple[str, bool]] = lambda _r: ("", False)
        self.job.done.connect(self._finished)
        self.refresh()

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        ov = desk.overview(self._store)
        self.keys_label.setText(messages.text(ov.keys.text))
        self.keys_label.setStyleSheet("" if ov.keys.ready else ERROR_STYLE)
        if ov.waiting:
            kinds = ", ".join(f"{messages.text(label).lower()} {n}" for label, n in ov.waiting_by_kind)
            self.waiting_label.setText(self.tr("{n} thay đổi ({kinds})", "", ov.waiting).format(
                n=f"{ov.waiting:,}".replace(",", "."), kinds=kinds))
        else:
            self.waiting_label.setText(self.tr("không có thay đổi mới"))
        if ov.unacked:
            self.unacked_label.setText("; ".join(
                self.tr("lô số {seq} ({n} thay đổi, xuất {when})", "", b.count).format(
                    seq=b.seq, n=b.count, when=_fmt(b.created_at)) for b in ov.unacked))
        else:
            self.unacked_label.setText(self.tr("không có"))
        if ov.last_export is not None:
            b = ov.last_export
            text = self.tr("lô số {seq}, {when}, {n} thay đổi", "", b.count).format(
                seq=b.seq, when=_fmt(b.created_at), n=b.count)
            last_file = str(QSettings().value(SETTINGS_LAST_FILE, ""))
            if last_file and Path(last_file).name == b.file_name:
                text += self.tr(" — tệp {path}").format(path=last_file)
            self.last_export_label.setText(text)
        else:
            self.last_export_label.setText(self.tr("chưa xuất lần nào"))
        self.last_receipt_label.setText(
            _fmt(ov.last_receipt) if ov.last_receipt else self.tr("chưa nhận biên nhận nào"))
        self._show_last_bulletin()
        busy = self.job.running if hasattr(self, "job") else False
        self.export_button.setEnabled(ov.keys.ready and not busy)
        self.resend_button.setEnabled(bool(ov.unacked) and not busy)
        self.receipt_button.setEnabled(not busy)

    def _show_last_bulletin(self) -> None:
        from app.sync import bulletins, states

        last = bulletins.received(self._store, limit=1)
        if last:
            b = last[0]
            # The summary is stored as it was written (Vietnamese), like the audit log.
            self.last_bulletin_label.setText(self.tr("bản tin số {seq} của {upstream}, {when}: "
                                                     "{summary}").format(
                seq=b.bulletin_seq, upstream=b.upstream_code, when=_fmt(states.when(b.received_at)),
                summary=b.summary))
        else:
            self.last_bulletin_label.setText(self.tr("chưa nhận bản tin nào"))

    # ------------------------------------------------------------------ actions

    def _folder(self, title: str) -> Path | None:
        settings = QSettings()
        start = str(settings.value(SETTINGS_FOLDER, str(Path.home())))
        name = QFileDialog.getExistingDirectory(self, title, start)
        if not name:
            return None
        settings.setValue(SETTINGS_FOLDER, name)
        return Path(name)

    def _run(self, work: Callable[[Callable[[int, int], None]], Any],
             after: Callable[[object], tuple[str, bool]], busy_text: str) -> None:
        self._after = after
        self.result.setStyleSheet("")
        self.result.setText(busy_text)
        for b in (self.export_button, self.resend_button, self.receipt_button):
            b.setEnabled(False)
        self.job.start(work)

    def export(self, folder: Path | None = None) -> None:
        """Ask for the folder (or drive), then write the next batch there off the GUI thread."""
        folder = folder or self._folder(self.tr("Chọn thư mục hoặc ổ USB để ghi tệp gửi cấp trên"))
        if folder is None:
            return
        store, actor = self._store, self._actor()

        def after(result: object) -> tuple[str, bool]:
            assert isinstance(result, Exported)
            if result.path is None:
                return self.tr("Không có thay đổi mới để gửi."), False
            QSettings().setValue(SETTINGS_LAST_FILE, str(result.path))
            self.changed.emit()  # the records sent now show «Đã gửi»
            return self.tr("Đã ghi lô số {seq} ({n} thay đổi) vào tệp:\n{path}\nHãy gửi tệp này "
                           "cho cơ quan cấp trên.", "", result.count).format(seq=result.batch_seq, n=result.count,
                                                           path=result.path), False

        self._run(lambda progress: desk.export_to(store, folder, progress, actor=actor), after,
                  self.tr("Đang xuất dữ liệu…"))

    def resend(self, folder: Path | None = None) -> None:
        folder = folder or self._folder(self.tr("Chọn thư mục hoặc ổ USB để ghi lại các lô"))
        if folder is None:
            return
        store, actor = self._store, self._actor()

        def after(result: object) -> tuple[str, bool]:
            assert isinstance(result, list)
            return self.tr("Đã ghi lại {n} lô vào {folder}:\n{names}", "", len(result)).format(
                n=len(result), folder=folder, names="\n".join(p.name for p in result)), False

        self._run(lambda progress: desk.resend_to(store, folder, progress, actor=actor),
                  after,
                  self.tr("Đang ghi lại các lô…"))

    def import_files(self, paths: list[Path] | None = None) -> None:
        """Receipts (and bulletins) from the upstream, each verified before anything changes."""
        if paths is None:
            settings = QSettings()
            names, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Chọn tệp biên nhận, bản tin của cơ quan cấp trên"),
                str(settings.value(SETTINGS_FOLDER, str(Path.home()))),
                self.tr("Tệp của cơ quan cấp trên ({patterns});;Mọi tệp (*)").format(
                    patterns=desk.DOWNSTREAM_PATTERNS))
            if not names:
                return
            paths = [Path(n) for n in names]
            settings.setValue(SETTINGS_FOLDER, str(paths[0].parent))
        store, actor = self._store, self._actor()
        chosen = list(paths)

        def work(progress: Callable[[int, int], None]) -> list[tuple[bool, str]]:
            from app.sync import bulletins

            envelopes, receipts = desk.split_downstream(chosen)
            lines: list[tuple[bool, str]] = []
            try:  # in their own numbering order; each bulletin is its own transaction
                outcomes = bulletins.import_bulletins(store, envelopes, actor=actor)
            except Exception as exc:  # unexpected (disk, lock): said; the receipts still go
                outcomes = []
                lines.append((False, describe(exc)))
            lines += [(o.status != "refused", messages.text(o.line())) for o in outcomes]
            if any(o.status == "applied" for o in outcomes):
                self.bulletins_applied.emit()  # queued to the GUI thread: the page lives there
            progress(len(envelopes), len(chosen))
            for i, p in enumerate(receipts, len(envelopes)):
                try:
                    done = desk.import_downstream(store, p, actor=actor)
                    lines.append((True, f"{p.name}: {messages.text(done)}"))
                except Exception as exc:  # one bad file does not stop the others
                    lines.append((False, describe(exc)))
                progress(i + 1, len(chosen))
            return lines

        def after(result: object) -> tuple[str, bool]:
            assert isinstance(result, list)
            self.changed.emit()
            # One line per file, a refused one in the error colour (rich text, escaped).
            return "<br>".join(escape(line) if ok else
                               f"<span style='{ERROR_STYLE}'>{escape(line)}</span>"
                               for ok, line in result), False

        self._run(work, after, self.tr("Đang nhập tệp của cấp trên…"))

    def _finished(self, result: object) -> None:
        text, failed = self._after(result)
        self.refresh()
        self.result.setText(text)
        self.result.setStyleSheet(ERROR_STYLE if failed else "")

    def _show_error(self, text: str) -> None:
        self.refresh()
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(text)
