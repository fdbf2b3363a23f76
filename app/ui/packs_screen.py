"""The Packs screen: built-in and installed packs; install, update and remove.

Installing runs in a worker thread (QThreadPool) with a busy indicator; a
refused pack shows every problem as ``file:line: field: what is wrong``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from app.core.content import Pack
from app.packs.problems import NotNewerError, PackError, Problem
from app.packs.registry import scan_packs
from app.services.packs import install_pack, remove_pack
from app.storage.errors import StorageError

SUFFIX = ".ctpack"


class _Signals(QObject):
    done = Signal(object)  # Pack
    failed = Signal(object, bool)  # list[Problem], whether --force would help


class _InstallJob(QRunnable):
    def __init__(self, file: Path, data_dir: Path, force: bool):
        super().__init__()
        self.file, self.data_dir, self.force = file, data_dir, force
        self.signals = _Signals()

    def run(self) -> None:
        try:
            pack = install_pack(self.file, self.data_dir, force=self.force)
        except PackError as exc:
            self.signals.failed.emit(exc.problems, isinstance(exc, NotNewerError))
        except OSError as exc:
            why = QCoreApplication.translate("PacksScreen", "ошибка записи: {why}").format(why=exc.strerror or exc)
            self.signals.failed.emit([Problem(self.file.name, None, "", why)], False)
        else:
            self.signals.done.emit(pack)


class ProblemsDialog(QDialog):
    """Why a pack was refused: one problem per line, selectable for copying."""

    def __init__(self, title: str, problems: list[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Пакет не установлен. Найдены ошибки (файл:строка: поле: что не так):")))
        self.text = QPlainTextEdit("\n".join(str(p) for p in problems))
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PacksScreen(QWidget):
    packsChanged = Signal()
    COLUMNS = 7

    def __init__(self, data_dir: Path, parent: QWidget | None = None,
                 progress: Callable[[Pack], str] | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._progress = progress  # the current profile's progress in a pack, as text
        self.packs: list[Pack] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: _InstallJob | None = None
        self.setAcceptDrops(True)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Пакет"), self.tr("Версия"), self.tr("Авторы"), self.tr("Упражнения"),
            self.tr("Откуда"), self.tr("Хеш"), self.tr("Пройдено"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.install_button = QPushButton(self.tr("Установить или обновить из файла…"))
        self.install_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Удалить"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indeterminate "busy" bar
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.status = QLabel(self.tr("Перетащите сюда файл .ctpack, чтобы установить пакет."))
        self.status.setWordWrap(True)
        self.broken = QLabel()
        self.broken.setWordWrap(True)
        self.broken.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.broken)
        self.refresh()

    # -- listing

    def refresh(self) -> None:
        scan = scan_packs(self.data_dir)
        self.packs = scan.packs
        self.table.setRowCount(len(self.packs))
        for row, pack in enumerate(self.packs):
            counts = pack.counts()
            parts = [
                self.tr("печать: %n", "", counts["typing"]) if counts["typing"] else "",
                self.tr("грамматика: %n", "", counts["grammar"]) if counts["grammar"] else "",
                self.tr("переписка: %n", "", counts["correspondence"]) if counts["correspondence"] else "",
                self.tr("тесты: %n", "", counts["quiz"]) if counts["quiz"] else "",
            ]
            cells = [
                pack.manifest.title, pack.manifest.version, ", ".join(pack.manifest.authors),
                ", ".join(p for p in parts if p) or self.tr("нет упражнений"),
                self.tr("встроенный") if pack.builtin else self.tr("установлен"), pack.content_hash[:12],
                self._progress(pack) if self._progress else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, pack.id)
                    item.setToolTip(pack.manifest.description)
                self.table.setItem(row, col, item)
        if scan.broken:
            lines = [self.tr("Не удалось прочитать:")] + [str(b) for b in scan.broken]
            self.broken.setText("\n".join(lines))
            self.broken.show()
        else:
            self.broken.hide()
        self._update_buttons()

    def selected_pack(self) -> Pack | None:
        rows = self.table.selectionModel().selectedRows()
        return self.packs[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        pack = self.selected_pack()
        idle = self._job is None
        self.install_button.setEnabled(idle)
        self.remove_button.setEnabled(idle and pack is not None and not pack.builtin)
        self.remove_button.setToolTip(self.tr("Встроенные пакеты удалить нельзя")
                                      if pack is not None and pack.builtin else "")

    # -- installing

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Выберите файл пакета"), "",
                                              self.tr("Пакеты упражнений (*.ctpack)"))
        if name:
            self.install_file(Path(name))

    def install_file(self, file: Path, force: bool = False) -> None:
        if self._job is not None:
            return
        self._job = _InstallJob(Path(file), self.data_dir, force)
        self._job.signals.done.connect(self._installed)
        self._job.signals.failed.connect(self._refused)
        self.busy.show()
        self.status.setText(self.tr("Проверка и установка «%1»…").replace("%1", Path(file).name))
        self._update_buttons()
        self.pool.start(self._job)

    @Slot(object)
    def _installed(self, pack: Pack) -> None:
        self._finish()
        self.status.setText(self.tr("Установлен пакет «%1», версия %2.")
                            .replace("%1", pack.manifest.title).replace("%2", pack.manifest.version))
        self.refresh()
        self.packsChanged.emit()

    @Slot(object, bool)
    def _refused(self, problems: list[Problem], older: bool) -> None:
        file = self._job.file if self._job else None
        self._finish()
        if older and file is not None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Пакет уже установлен"),
                              "\n".join(p.message for p in problems) + "\n\n"
                              + self.tr("Заменить установленную версию?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            if box.exec() == QMessageBox.StandardButton.Yes:
                self.install_file(file, force=True)
            else:
                self.status.setText(self.tr("Установка отменена."))
            return
        self.status.setText(self.tr("Пакет не установлен: ошибок — %1.").replace("%1", str(len(problems))))
        ProblemsDialog(self.tr("Пакет не установлен"), problems, self).exec()

    def _finish(self) -> None:
        self._job = None
        self.busy.hide()
        self._update_buttons()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Wait for a running install (used on close and in tests)."""
        return self.pool.waitForDone(msecs)

    # -- removing

    def remove_selected(self) -> None:
        pack = self.selected_pack()
        if pack is None or pack.builtin:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Удаление пакета"),
                          self.tr("Удалить пакет «%1»?").replace("%1", pack.manifest.title), parent=self)
        box.setInformativeText(self.tr("Результаты занятий по этому пакету можно сохранить: "
                                       "они пригодятся, если пакет установят снова."))
        keep = box.addButton(self.tr("Удалить, результаты сохранить"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Удалить вместе с результатами"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Отмена"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (keep, drop):
            return
        try:
            remove_pack(pack.id, self.data_dir, keep_results=clicked is keep)
        except (PackError, OSError, StorageError) as exc:
            problems = exc.problems if isinstance(exc, PackError) else [Problem(pack.id, None, "", str(exc))]
            QMessageBox.warning(self, self.tr("Пакет не удалён"), "\n".join(str(p) for p in problems))
            return
        self.status.setText(self.tr("Пакет «%1» удалён.").replace("%1", pack.manifest.title))
        self.refresh()
        self.packsChanged.emit()

    # -- drag and drop

    @staticmethod
    def _dropped_file(mime) -> Path | None:
        if not mime.hasUrls():
            return None
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return files[0] if len(files) == 1 and files[0].suffix.lower() == SUFFIX else None

    def dragEnterEvent(self, event) -> None:
        if self._job is None and self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        file = self._dropped_file(event.mimeData())
        if file is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.install_file(file)
