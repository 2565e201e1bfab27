"""Small editors for the office's lists: fields of law (lĩnh vực) and officers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.actor import Actor
from app.errors import ValidationFailed
from app.services import office as office_service
from app.storage.store import Store
from app.ui import messages
from app.ui.dialogs import close_row

ERROR_STYLE = "color:#b00020"


class FieldsDialog(QDialog):
    """Add, rename or retire a field of law; codes in use are never deleted."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 actor: Actor | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Danh mục lĩnh vực"))
        self._store, self._actor = store, actor
        self.list = QListWidget(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.active = QCheckBox(self.tr("Đang dùng"), self)
        self.active.setChecked(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        save = QPushButton(self.tr("&Lưu lĩnh vực"), self)
        save.setDefault(True)
        new = QPushButton(self.tr("Lĩnh vực &mới"), self)
        new.setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Mã"), self.code)
        form.addRow(self.tr("Tên lĩnh vực"), self.name)
        form.addRow("", self.active)
        close = close_row(self)
        close.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(new)
        lay.addWidget(save)
        lay.addWidget(close)
        self.list.currentItemChanged.connect(self._on_pick)
        save.clicked.connect(self.save)
        new.clicked.connect(self._new)
        self.resize(460, 520)
        self._reload()

    def _reload(self, select: str | None = None) -> None:
        self.list.clear()
        for f in office_service.list_fields(self._store, include_inactive=True):
            item = QListWidgetItem(f"{f.code} – {f.name}" + ("" if f.active else self.tr(" (ngừng dùng)")))
            item.setData(256, (f.code, f.name, f.active))
            self.list.addItem(item)
            if f.code == select:
                self.list.setCurrentItem(item)

    def _on_pick(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            return
        code, name, active = item.data(256)
        self.code.setText(code)
        self.code.setReadOnly(True)
        self.name.setText(name)
        self.active.setChecked(active)

    def _new(self) -> None:
        self.list.clearSelection()
        self.code.setReadOnly(False)
        self.code.clear()
        self.name.clear()
        self.active.setChecked(True)
        self.code.setFocus()

    def save(self) -> None:
        try:
            saved = office_service.save_field(self._store, self.code.text(), self.name.text(),
                                              active=self.active.isChecked(),
                                              actor=self._actor)
        except ValidationFailed as exc:
            self.error.setText("\n".join(messages.text(p.message) for p in exc.problems))
            return
        self.error.clear()
        self._reload(saved.code)


class OfficersDialog(QDialog):
    """Who receives citizens at this office: officers, the head, deputies."""

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 actor: Actor | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cán bộ tiếp công dân và lãnh đạo"))
        self._store, self._actor = store, actor
        self.list = QListWidget(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.title_edit = QLineEdit(self)
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Cán bộ tiếp công dân"), "officer")
        self.role.addItem(self.tr("Người đứng đầu (Chủ tịch)"), "head")
        self.role.addItem(self.tr("Cấp phó (Phó Chủ tịch)"), "deputy")
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        add = QPushButton(self.tr("&Thêm cán bộ"), self)
        add.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("Họ và tên"), self.name)
        form.addRow(self.tr("Chức vụ"), self.title_edit)
        form.addRow(self.tr("Vai trò"), self.role)
        close = close_row(self)
        close.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(add)
        lay.addWidget(close)
        add.clicked.connect(self.add)
        self.resize(460, 460)
        self._reload()

    def _reload(self) -> None:
        self.list.clear()
        for o in office_service.list_officers(self._store, include_inactive=True):
            role = self.tr("lãnh đạo") if o.is_head else (self.tr("cấp phó") if o.is_deputy else self.tr("cán bộ"))
            self.list.addItem(f"{o.code} – {o.full_name} ({role}) {o.title}")

    def add(self) -> None:
        role = self.role.currentData()
        try:
            office_service.add_officer(self._store, self.name.text(), self.title_edit.text(),
                                       is_head=role == "head", is_deputy=role == "deputy",
                                       actor=self._actor)
        except ValidationFailed as exc:
            self.error.setText("\n".join(messages.text(p.message) for p in exc.problems))
            return
        self.error.clear()
        self.name.clear()
        self.title_edit.clear()
        self._reload()
