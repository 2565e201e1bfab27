"""'Nhập sổ cũ từ Excel, CSV…': choose a file, check the column mapping (guessed or
remembered), check every row (problems by line, in the interface language), then import all or nothing.
Checking and importing run on a worker thread (app/services/excel_import)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.storage.store import Store
from app.ui import messages

NONE = str(QT_TRANSLATE_NOOP("ImportWizard", "— không có —"))


class ImportWizard(QDialog):
    imported = Signal(str)  # the kind imported

    def __init__(self, store: Store, parent: QWidget | None = None,
                 officer_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        from app.ui.print_jobs import TaskSignals

        self.setWindowTitle(self.tr("Nhập sổ cũ từ Excel, CSV"))
        self._store, self._actor = store, Actor.officer(officer_id)
        self.sheet: Any = None
        self.preview: Any = None
        self._token = 0
        self._signals = TaskSignals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progress)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Sổ tiếp công dân (lượt tiếp)"), "visits")
        self.kind.addItem(self.tr("Sổ theo dõi đơn (số dư đơn đang xử lý)"), "petitions")
        self.file_label = QLabel(self.tr("Chưa chọn tệp"), self)
        choose = QPushButton(self.tr("&Chọn tệp…"), self)
        choose.clicked.connect(lambda: self.choose())
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setObjectName("importProblems")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Kiểm tra"), self)
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Nhập tất cả"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run)
        close = QPushButton(self.tr("Đóng"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Ghép cột của tệp với thông tin của phần mềm (đã đoán "
                                        "theo tên cột, hoặc nhớ từ lần nhập trước):"), self))
        form_box = QWidget(self)
        form_box.setLayout(self.mapping_form)
        scroll = QScrollArea(self)  # 23 fields for petitions: scrolls on a 1366×768 screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.load(self._path)
                                              if self.sheet else None)
        self._path: Path | None = None
        self.resize(900, 620)

    def choose(self) -> None:
        folder = str(QSettings().value("import/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp"), folder,
                                              self.tr("Bảng tính (*.xlsx *.xlsm *.csv)"))
        if name:
            QSettings().setValue("import/folder", str(Path(name).parent))
            self.load(Path(name))

    def load(self, path: Path | None) -> None:
        from app.errors import TiepDanError
        from app.services import excel_import as ei

        if path is None:
            return
        kind = self.kind.currentData()
        try:
            self.sheet = ei.open_file(path, kind)
        except TiepDanError as exc:
            self.status.setText(messages.error(exc))
            return
        self._path = path
        enc = f" · {self.sheet.encoding}" if self.sheet.encoding else ""
        rows = self.tr("{n} dòng", "", len(self.sheet.rows)).format(n=len(self.sheet.rows))
        self.file_label.setText(f"{self.sheet.name}{enc} · {rows}")
        mapping = ei.suggest(self._store, kind, self.sheet)
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        for col in ei.columns(kind):
            combo = QComboBox(self)
            combo.addItem(self.tr(NONE), None)
            for h in self.sheet.headers:
                combo.addItem(h, h)
            combo.setCurrentIndex(max(combo.findData(mapping.get(col.key)), 0))
            combo.currentIndexChanged.connect(lambda _i: self.import_button.setEnabled(False))
            self.combos[col.key] = combo
            self.mapping_form.addRow(messages.text(col.label) + (" *" if col.required else ""),
                                     combo)
        self.problems.clear()
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Bấm Kiểm tra để đọc thử mọi dòng (chưa ghi gì)."))

    def mapping(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.combos.items() if c.currentData()}

    def _start(self, commit: bool) -> None:
        from app.services import excel_import as ei
        from app.ui.print_jobs import Task, pool

        if self.sheet is None:
            return
        self._token += 1
        store, kind, sheet, mapping, actor = (self._store, self.kind.currentData(), self.sheet,
                                              self.mapping(), self._actor)
        self._committing = commit
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Đang nhập…") if commit else self.tr("Đang kiểm tra…"))
        fn = ei.run if commit else ei.check
        pool().start(Task(self._token, lambda progress: fn(store, kind, sheet, mapping,
                                                           actor=actor, progress=progress),
                          self._signals))

    def check(self) -> None:
        self._start(False)

    def run(self) -> None:
        self._start(True)

    def _progress(self, token: int, value: object) -> None:
        if token == self._token and isinstance(value, tuple):
            self.status.setText(self.tr("Đã đọc {a}/{b} dòng…").format(a=value[0], b=value[1]))

    def _failed(self, token: int, exc: object) -> None:
        if token != self._token:
            return
        from app.errors import TiepDanError

        self.check_button.setEnabled(True)
        preview = getattr(exc, "preview", None)
        if preview is not None:
            self._show(preview)
        self.status.setText(messages.error(exc) if isinstance(exc, TiepDanError)
                            else self.tr("Không nhập được (lỗi không mong muốn, đã ghi nhật ký)."))

    def _done(self, token: int, result: object) -> None:
        if token != self._token:
            return
        self.check_button.setEnabled(True)
        preview: Any = getattr(result, "preview", result)
        self._show(preview)
        if self._committing:
            n = getattr(result, "imported", 0)
            self.status.setText(self.tr("Đã nhập {n} dòng. Nhật ký kiểm tra ghi từng dòng là "
                                        "«nhập từ tệp».", "", n).format(n=n))
            self.imported.emit(self.kind.currentData())
        elif preview.ok:
            self.status.setText(self.tr("Không có lỗi: {n} dòng sẽ được nhập. Bấm Nhập tất cả.", "", len(preview.rows))
                                .format(n=len(preview.rows)))
            self.import_button.setEnabled(True)
        else:
            self.status.setText(self.tr("{n} lỗi: sửa trong tệp (hoặc ghép lại cột) rồi kiểm tra "
                                        "lại. Chưa ghi gì.", "", preview.problem_count).format(n=preview.problem_count))

    def _show(self, preview: Any) -> None:
        self.preview = preview
        lines = [self.tr("Lỗi: ") + messages.text(x) for x in preview.problem_lines()]
        lines += [self.tr("Lưu ý: ") + messages.text(x) for x in preview.warning_lines()]
        self.problems.setPlainText("\n".join(lines) or self.tr("Không có lỗi."))
