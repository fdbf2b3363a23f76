"""«Свой текст»: practice on a text the learner pastes or opens from a .txt file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.core.layouts import LAYOUT_IDS, load_layout
from app.core.sessions import SessionKind, build_session
from app.core.text_check import TextError
from app.ui.context import AppContext
from app.ui.core_texts import say, say_error

MAX_TXT_BYTES = 1_000_000


class CustomTextScreen(QWidget):
    start = Signal(object)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Вставьте сюда текст для тренировки (Ctrl+V) или откройте файл .txt"))
        self.layout_box = QComboBox()
        for lid in LAYOUT_IDS:
            self.layout_box.addItem(say(load_layout(lid).title), lid)
        self.open_button = QPushButton(self.tr("Открыть файл…"))
        self.go = QPushButton(self.tr("Начать"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        intro = QLabel(self.tr(
            "Переносы строк и табуляции станут пробелами. Знаки, которых нет на "
            "клавиатуре (эмодзи, иероглифы), будут названы — уберите их из текста."))
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Раскладка:")))
        row.addWidget(self.layout_box)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.open_button.clicked.connect(self.open_file)
        self.go.clicked.connect(self._start)

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Текст для тренировки"), "",
                                              self.tr("Текстовые файлы (*.txt);;Все файлы (*)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_TXT_BYTES:
                raise ValueError(self.tr("файл больше 1 МБ"))
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.error.setText(self.tr("Файл {path} не в кодировке UTF-8 (байт {pos}). "
                                       "Сохраните его как UTF-8.").format(path=path, pos=exc.start))
            return
        except (OSError, ValueError) as exc:
            self.error.setText(self.tr("Не удалось открыть {path}: {why}").format(path=path, why=exc))
            return
        self.error.clear()
        self.editor.setPlainText(text)

    def _start(self) -> None:
        try:
            spec = build_session(SessionKind.CUSTOM, self.tr("Свой текст"), self.editor.toPlainText(),
                                 self.layout_box.currentData(), self.ctx.preferences, exercise_id="custom")
        except TextError as exc:
            self.error.setText(say_error(exc))
            return
        self.error.clear()
        self.start.emit(spec)
