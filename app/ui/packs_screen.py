"""The Packs screen: built-in and installed packs; install, update and remove.

Installing and removing run in the background (app.ui.workers) with a busy indicator; a
refused pack shows every problem as ``file:line: field: what is wrong``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from app.ui.workers import Op, run_in_background, show_error
from app.ui.core_texts import say, say_error, say_problem

SUFFIX = ".ctpack"


class _Refused(Exception):
    """Why a pack was not installed or removed, as problems to list; ``older``: --force would help."""

    def __init__(self, problems: list[Problem], older: bool = False):
        super().__init__("\n".join(say_problem(p) for p in problems))
        self.problems, self.older = problems, older


def _install(file: Path, data_dir: Path, force: bool) -> Pack:
    """On a pool thread: install, turning every failure into the problems to show."""
    try:
        return install_pack(file, data_dir, force=force)
    except PackError as exc:
        raise _Refused(exc.problems, isinstance(exc, NotNewerError)) from exc
    except OSError as exc:
        why = QCoreApplication.translate("PacksScreen", "ошибка записи: {why}").format(why=exc.strerror or exc)
        raise _Refused([Problem(file.name, None, "", why)]) from exc


def _remove(pack_id: str, data_dir: Path, keep_results: bool) -> None:
    """On a pool thread: remove the pack (and, when asked, its stored results)."""
    try:
        remove_pack(pack_id, data_dir, keep_results=keep_results)
    except PackError as exc:
        raise _Refused(exc.problems) from exc
    except (OSError, StorageError) as exc:  # StorageError: results were to go, the database cannot be used
        raise _Refused([Problem(pack_id, None, "", say_error(exc))]) from exc


class ProblemsDialog(QDialog):
    """Why a pack was refused: one problem per line, selectable for copying."""

    def __init__(self, title: str, problems: list[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Пакет не установлен. Найдены ошибки (файл:строка: поле: что не так):")))
        self.text = QPlainTextEdit("\n".join(say_problem(p) for p in problems))
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PacksScreen(QWidget):
    packsChanged = Signal()
    COLUMNS = 7
    AUTHORS = 2  # the column of the authors
    AUTHORS_SHARE = 0.2  # its widest, as a share of the table's width

    def __init__(self, data_dir: Path, parent: QWidget | None = None,
                 progress: Callable[[Pack], str] | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._progress = progress  # the current profile's progress in a pack, as text
        self.packs: list[Pack] = []
        self._op: Op | None = None  # the install or removal under way
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
        self.table.setShowGrid(False)  # rows as in every other list of the program
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the authors (the same long name on every built-in pack) give way to the title in a narrow window:
        # at most a fifth of the table, elided with the whole list in the tooltip
        self.table.horizontalHeader().setSectionResizeMode(self.AUTHORS, QHeaderView.ResizeMode.Interactive)
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
                    item.setToolTip(f"{text}\n{pack.manifest.description}")  # the title may be elided
                elif col == self.AUTHORS:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        self._fit_authors()
        if scan.broken:
            lines = [self.tr("Не удалось прочитать:")] + [str(b) for b in scan.broken]
            self.broken.setText("\n".join(lines))
            self.broken.show()
        else:
            self.broken.hide()
        self._update_buttons()

    def _fit_authors(self) -> None:
        most = int(self.table.viewport().width() * self.AUTHORS_SHARE)
        self.table.setColumnWidth(self.AUTHORS, min(self.table.sizeHintForColumn(self.AUTHORS), most))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_authors()

    def selected_pack(self) -> Pack | None:
        rows = self.table.selectionModel().selectedRows()
        return self.packs[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        pack = self.selected_pack()
        idle = self._op is None
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
        if self._op is not None:
            return
        file, data_dir = Path(file), self.data_dir
        self.busy.show()
        self.status.setText(self.tr("Проверка и установка «%1»…").replace("%1", file.name))
        self._op = run_in_background(self, lambda: _install(file, data_dir, force), self._installed,
                                     lambda exc: self._refused(file, exc))
        self._update_buttons()

    def _installed(self, pack: Pack) -> None:
        self._finish()
        self.status.setText(self.tr("Установлен пакет «%1», версия %2.")
                            .replace("%1", pack.manifest.title).replace("%2", pack.manifest.version))
        self.refresh()
        self.packsChanged.emit()

    def _refused(self, file: Path, exc: Exception) -> None:
        self._finish()
        if not isinstance(exc, _Refused):  # not a pack problem: the helper's message says what happened
            show_error(self, exc)
            return
        problems = exc.problems
        if exc.older:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Пакет уже установлен"),
                              "\n".join(say(p.message) for p in problems) + "\n\n"
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
        self._op = None
        self.busy.hide()
        self._update_buttons()

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
        if clicked not in (keep, drop) or self._op is not None:
            return
        pack_id, data_dir, keep_results = pack.id, self.data_dir, clicked is keep
        self.busy.show()
        self._op = run_in_background(self, lambda: _remove(pack_id, data_dir, keep_results),
                                     lambda _none: self._removed(pack), self._not_removed)
        self._update_buttons()

    def _not_removed(self, exc: Exception) -> None:
        self._finish()
        QMessageBox.warning(self, self.tr("Пакет не удалён"), say_error(exc))

    def _removed(self, pack: Pack) -> None:
        self._finish()
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
        if self._op is None and self._dropped_file(event.mimeData()) is not None:
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
