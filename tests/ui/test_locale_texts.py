"""Numbers, Qt's own dialogs and the window title in the interface language."""

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QFileDialog, QLabel

from app.ui.formatting import fmt_number, fmt_percent


@pytest.fixture
def locale():
    before = QLocale()

    def use(language):
        QLocale.setDefault(QLocale(language))
    yield use
    QLocale.setDefault(before)


def test_russian_has_a_decimal_comma_and_a_no_break_space_before_percent(locale):
    locale(QLocale.Language.Russian)
    assert fmt_percent(99.6, 1) == "99,6\u00a0%"
    assert fmt_number(0.004, 3) == "0,004"
    assert fmt_number(12345) == "12\u00a0345"
    locale(QLocale.Language.English)
    assert fmt_percent(99.6, 1) == "99.6%"
    assert fmt_number(12345) == "12,345"


def test_the_file_dialog_speaks_russian(qapp):
    from app.ui.application import install_translation

    before = set(qapp.findChildren(QTranslator))
    install_translation(qapp, "ru")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert texts and not any(ch.isascii() and ch.isalpha() for text in texts for ch in text), texts
        dialog.deleteLater()
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_the_window_title_names_the_program_once(window, qapp):
    from app import __version__

    title = window.windowTitle()
    assert title == f"Тренажёр оператора чата {__version__}" and not qapp.applicationDisplayName().startswith("Трен")
