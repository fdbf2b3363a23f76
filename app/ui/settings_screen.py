"""Settings of the current profile (error mode, typography, thresholds, font) and the interface language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
                               QWidget)

from app.core.preferences import FONT_SIZES, Preferences
from app.core.thresholds import CPM_RANGE, PERCENT_RANGE
from app.core.typography import TypographyPolicy
from app.core.vocabulary import ErrorMode
from app.storage.interface import load_language, save_language
from app.ui.context import AppContext
from app.ui.dictionary_box import DictionaryBox
from app.ui.formatting import percent_suffix
from app.ui.grammar_service import ENGINE_KEY, LT_PATH_KEY, LT_URL_KEY
from app.ui.lrs_settings import LrsSettingsBox


class SettingsScreen(QWidget):
    def __init__(self, ctx: AppContext, grammar=None, parent=None, lrs_sender=None):
        super().__init__(parent)
        self.ctx = ctx
        self.grammar = grammar  # the GrammarService, restarted when its engine settings change
        self._loading = False

        modes = QGroupBox(self.tr("Что делать при ошибке"))
        self.mode_group = QButtonGroup(self)
        mode_box = QVBoxLayout(modes)
        for mode, text in (
            (ErrorMode.BLOCK, self.tr("Стоп: курсор ждёт верную клавишу")),
            (ErrorMode.CORRECT, self.tr("Исправлять: ошибку нужно стереть клавишей Backspace и набрать верно")),
            (ErrorMode.FREE, self.tr("Свободно: ошибки остаются в тексте и считаются")),
        ):
            button = QRadioButton(text)
            button.setProperty("mode", mode.value)
            self.mode_group.addButton(button)
            mode_box.addWidget(button)

        typo = QGroupBox(self.tr("Типографика: что засчитывать вместо знаков, которых нет на клавиатуре"))
        typo_box = QVBoxLayout(typo)
        self.typo_checks = {
            "quotes": QCheckBox(self.tr("\" вместо кавычек « » „ “")),
            "dashes": QCheckBox(self.tr("- (дефис) вместо тире — и –")),
            "yo": QCheckBox(self.tr("е вместо ё")),
            "nbsp": QCheckBox(self.tr("обычный пробел вместо неразрывного")),
            "ellipsis": QCheckBox(self.tr("три точки ... вместо многоточия …")),
        }
        for check in self.typo_checks.values():
            typo_box.addWidget(check)

        limits = QGroupBox(self.tr("Порог прохождения урока"))
        form = QFormLayout(limits)
        self.min_cpm = QSpinBox()
        self.min_cpm.setRange(*CPM_RANGE)
        self.min_cpm.setSingleStep(10)
        self.min_cpm.setSuffix(self.tr(" зн/мин"))
        self.min_accuracy = QDoubleSpinBox()
        self.min_accuracy.setRange(*PERCENT_RANGE)
        self.min_accuracy.setDecimals(1)
        self.min_accuracy.setSuffix(percent_suffix())
        form.addRow(self.tr("Скорость не ниже"), self.min_cpm)
        form.addRow(self.tr("Точность не ниже"), self.min_accuracy)
        limits_note = QLabel(self.tr("Для уроков, которые не задают свой порог, своего текста и адаптивной "
                                     "тренировки. Тест на время оценивается по порогу сертификата его пакета."))
        limits_note.setWordWrap(True)
        limits_note.setProperty("role", "muted")
        form.addRow(limits_note)

        view = QGroupBox(self.tr("Вид"))
        view_form = QFormLayout(view)
        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_SIZES.start, FONT_SIZES.stop - 1)
        self.font_size.setSuffix(self.tr(" пикс."))
        self.show_keyboard = QCheckBox(self.tr("Показывать клавиатуру"))
        self.language = QComboBox()
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        view_form.addRow(self.tr("Размер шрифта текста"), self.font_size)
        view_form.addRow("", self.show_keyboard)
        view_form.addRow(self.tr("Язык интерфейса"), self.language)
        self.language_note = QLabel()
        self.language_note.setProperty("role", "muted")
        view_form.addRow("", self.language_note)

        checking = QGroupBox(self.tr("Проверка грамотности"))
        check_form = QFormLayout(checking)
        self.engine = QComboBox()
        self.engine.addItem(self.tr("Автоматически: LanguageTool, если доступен, иначе встроенная"), "auto")
        self.engine.addItem(self.tr("Встроенная (без сети и Java)"), "embedded")
        self.engine.addItem(self.tr("LanguageTool (сервер или установка)"), "languagetool")
        self.lt_url = QLineEdit()
        self.lt_url.setPlaceholderText("http://localhost:8081")
        self.lt_path = QLineEdit()
        self.lt_path.setPlaceholderText(self.tr("папка с languagetool-server.jar"))
        self.engine_apply = QPushButton(self.tr("Применить"))
        check_form.addRow(self.tr("Движок"), self.engine)
        check_form.addRow(self.tr("Адрес сервера LanguageTool"), self.lt_url)
        check_form.addRow(self.tr("Папка LanguageTool"), self.lt_path)
        check_form.addRow("", self.engine_apply)
        self.engine_apply.clicked.connect(self._apply_engine)
        checking.setVisible(grammar is not None)

        self.lrs = LrsSettingsBox(ctx, lrs_sender)  # «Учебный отдел»: results to the department's LRS

        self.reset_button = QPushButton(self.tr("Вернуть настройки по умолчанию"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "warning")
        self._profile_groups = (modes, typo, limits)
        self.dictionary = DictionaryBox(ctx)
        layout = QVBoxLayout(self)
        for w in (modes, typo, limits, view, checking, self.dictionary, self.lrs, self.notice):
            layout.addWidget(w)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_button)
        reset_row.addStretch(1)
        layout.addLayout(reset_row)
        for box in (self.min_cpm, self.min_accuracy, self.font_size, self.language):
            box.setMaximumWidth(220)
        for box in (self.engine, self.lt_url, self.lt_path):
            box.setMaximumWidth(520)
        layout.addStretch(1)

        self.mode_group.buttonClicked.connect(lambda _b: self._apply())
        for check in self.typo_checks.values():
            check.toggled.connect(lambda _v: self._apply())
        self.min_cpm.valueChanged.connect(lambda _v: self._apply())
        self.min_accuracy.valueChanged.connect(lambda _v: self._apply())
        self.font_size.valueChanged.connect(lambda _v: self._apply())
        self.show_keyboard.toggled.connect(lambda _v: self._apply())
        self.language.currentIndexChanged.connect(self._language_changed)
        self.reset_button.clicked.connect(self.reset)
        ctx.profileChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        self._loading = True
        prefs = self.ctx.preferences
        for button in self.mode_group.buttons():
            button.setChecked(button.property("mode") == prefs.error_mode.value)
        for name, check in self.typo_checks.items():
            check.setChecked(getattr(prefs.typography, name))
        self.min_cpm.setValue(int(prefs.min_cpm))
        self.min_accuracy.setValue(prefs.min_accuracy)
        self.font_size.setValue(prefs.font_size)
        self.show_keyboard.setChecked(prefs.show_keyboard)
        lang = load_language(self.ctx.data_dir)
        settings = self.ctx.store.settings
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.get(ENGINE_KEY, "auto"))))
        self.lt_url.setText(settings.get(LT_URL_KEY, ""))
        self.lt_path.setText(settings.get(LT_PATH_KEY, ""))
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        enabled = self.ctx.profile is not None
        for group in self._profile_groups:
            group.setEnabled(enabled)
        ignored = self.ctx.ignored_preferences
        self.notice.setText(self.tr("Некоторые сохранённые настройки были неверны и заменены значениями "
                                    "по умолчанию: {names}.").format(names=", ".join(ignored)) if ignored else "")
        self._loading = False

    def _apply_engine(self) -> None:
        settings = self.ctx.store.settings
        settings.set(ENGINE_KEY, self.engine.currentData())
        settings.set(LT_URL_KEY, self.lt_url.text().strip())
        settings.set(LT_PATH_KEY, self.lt_path.text().strip())
        if self.grammar is not None:
            self.grammar.start()

    def reset(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Вернуть настройки по умолчанию?"),
            self.tr("Режим ошибок, типографика, пороги и размер шрифта этого профиля станут такими, "
                    "как при установке. Результаты не изменятся."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.save_preferences(Preferences())
            self.load()

    def _apply(self) -> None:
        if self._loading or self.ctx.profile is None:
            return
        checked = self.mode_group.checkedButton()
        prefs = replace(
            self.ctx.preferences,
            error_mode=ErrorMode(checked.property("mode")) if checked else ErrorMode.CORRECT,
            typography=TypographyPolicy(**{n: c.isChecked() for n, c in self.typo_checks.items()}),
            min_cpm=float(self.min_cpm.value()), min_accuracy=float(self.min_accuracy.value()),
            font_size=self.font_size.value(), show_keyboard=self.show_keyboard.isChecked(),
        )
        self.ctx.save_preferences(prefs)

    def _language_changed(self) -> None:
        if self._loading:
            return
        try:
            save_language(self.ctx.data_dir, self.language.currentData())
        except OSError as exc:
            self.language_note.setText(self.tr("Не удалось сохранить язык: {why}").format(why=exc))
            return
        self.language_note.setText(self.tr("Язык интерфейса сменится после перезапуска программы."))
