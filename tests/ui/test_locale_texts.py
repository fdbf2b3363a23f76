"""Qt's own dialogs and the window title in the interface language."""

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QFileDialog, QLabel


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
