"""Home: the profile switcher and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from app.core.progress import next_lesson
from app.ui.context import AppContext
from app.ui.formatting import fmt_number, fmt_percent
from app.ui.results_export_action import ResultsExportAction
from app.ui.workers import run_in_background
from app.ui.core_texts import say_error


def _delete_profile(data_dir, profile_id: int) -> None:
    """On a pool thread, through its own connection: a profile's keystrokes can be a million rows."""
    from app.storage.store import open_store
    with open_store(data_dir) as store:
        store.profiles.delete(profile_id)


class HomeScreen(QWidget):
    startLesson = Signal(str, str, str)  # pack id, course id, lesson id
    openScreen = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.profiles = QComboBox()
        self.profiles.setMinimumWidth(240)
        self.new_button = QPushButton(self.tr("Новый профиль…"))
        self.rename_button = QPushButton(self.tr("Переименовать…"))
        self.delete_button = QPushButton(self.tr("Удалить…"))
        self.export_button = QPushButton(self.tr("Экспорт результатов…"))
        self.export_action = ResultsExportAction(ctx, self)
        self.export_button.clicked.connect(self.export_action.run)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Профиль:")))
        top.addWidget(self.profiles)
        for b in (self.new_button, self.rename_button, self.delete_button, self.export_button):
            top.addWidget(b)
        top.addStretch(1)
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self.next_box = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(16)
        layout.addWidget(self.welcome)
        layout.addSpacing(8)
        layout.addLayout(self.next_box)
        layout.addSpacing(16)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.profiles.activated.connect(self._on_pick)
        self.new_button.clicked.connect(self.create_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        ctx.profileChanged.connect(self.refresh)
        ctx.attemptSaved.connect(lambda _id: self.refresh())
        ctx.packsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        self.profiles.blockSignals(True)
        self.profiles.clear()
        for p in ctx.store.profiles.list():
            self.profiles.addItem(p.name, p.id)
            if ctx.profile and p.id == ctx.profile.id:
                self.profiles.setCurrentIndex(self.profiles.count() - 1)
        self.profiles.blockSignals(False)
        has = ctx.profile is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.export_button.setEnabled(has)
        while self.next_box.count():
            item = self.next_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not has:
            self.welcome.setText(self.tr(
                "<h2>Добро пожаловать!</h2>Создайте профиль, чтобы тренажёр запоминал ваши результаты. "
                "Профилей может быть несколько: например, у каждого, кто готовится на этом компьютере."))
            self.summary.clear()
            button = QPushButton(self.tr("Создать профиль и начать"))
            button.setStyleSheet("padding: 10px; font-size: 16px;")
            button.clicked.connect(self.create_profile)
            self.next_box.addWidget(button)
            return
        self.welcome.setText(self.tr("<h2>Здравствуйте, {name}!</h2>Что делать дальше:").format(
            name=ctx.profile.name))
        for pack, course in ctx.typing_courses():
            passed = ctx.passed_ids(pack.id)
            lesson = next_lesson(course, passed)
            done = sum(1 for l in course.lessons if l.id in passed)
            if lesson is None:
                text = self.tr("{course}: курс пройден ({done} из {total}). Проверьте себя тестом на время.").format(
                    course=course.title, done=done, total=len(course.lessons))
                button = QPushButton(text)
                button.clicked.connect(lambda: self.openScreen.emit("timed"))
            else:
                text = self.tr("{course}: урок «{lesson}» (пройдено {done} из {total})").format(
                    course=course.title, lesson=lesson.title, done=done, total=len(course.lessons))
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, p=pack.id, c=course.id, l=lesson.id:
                                       self.startLesson.emit(p, c, l))
            button.setStyleSheet("text-align: left; padding: 8px; font-size: 15px;")
            self.next_box.addWidget(button)
        count = ctx.store.attempts.count(ctx.profile.id)
        recent = ctx.store.attempts.list(ctx.profile.id, limit=1)
        if recent:
            last = recent[0]
            self.summary.setText(self.tr(
                "Всего попыток: {count}. Последняя: {cpm} зн/мин, точность {acc}.").format(
                count=count, cpm=fmt_number(last.cpm or 0), acc=fmt_percent(last.accuracy or 0, 1)))
        else:
            self.summary.setText(self.tr("Попыток пока нет — начните с первого урока."))

    def _on_pick(self, index: int) -> None:
        profile_id = self.profiles.itemData(index)
        if profile_id is not None:
            self.ctx.switch_profile(profile_id)

    def create_profile(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Новый профиль"), self.tr("Имя профиля:"))
        if not ok:
            return
        try:
            profile = self.ctx.store.profiles.create(name)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Профиль не создан"), say_error(exc))
            return
        self.ctx.switch_profile(profile.id)

    def rename_profile(self) -> None:
        profile = self.ctx.profile
        if profile is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Переименовать профиль"), self.tr("Новое имя:"),
                                        text=profile.name)
        if not ok:
            return
        try:
            self.ctx.store.profiles.rename(profile.id, name)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Профиль не переименован"), say_error(exc))
            return
        self.ctx.refresh_profile()

    def delete_profile(self) -> None:
        profile = self.ctx.profile
        if profile is None:
            return
        count = self.ctx.store.attempts.count(profile.id)
        answer = QMessageBox.question(
            self, self.tr("Удалить профиль?"),
            self.tr("Удалить профиль «{name}» и все его результаты ({count} попыток)? "
                    "Это нельзя отменить.").format(name=profile.name, count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_in_background(self, lambda: _delete_profile(self.ctx.store.data_dir, profile.id), self._deleted,
                          busy_text=self.tr("Удаляем профиль и его результаты…"))

    def _deleted(self, _none=None) -> None:
        remaining = self.ctx.store.profiles.list()
        if remaining:
            self.ctx.switch_profile(remaining[0].id)
        else:
            self.ctx.refresh_profile()
