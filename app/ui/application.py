"""Starting the GUI: fonts, translations, the data dir and store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

# Only what the first, empty frame needs is imported here: the store, dialogs, the screens and
# the grammar service load after it has been painted (see run). Even a Qt class costs start-up
# time on first use (PySide6 builds its Python enums then).

from app.core.paths import ASSETS
from app.storage.interface import load_dark_scheme, load_language, save_dark_scheme
from app.storage.location import resolve_data_dir
from app.ui import theme
from app.ui.collector import collect_on_gui_thread


def install_translation(app: QApplication, language: str) -> None:
    """Translate Qt's own texts (dialog buttons …) into the interface language, and ours into English.

    Russian is the source language of our strings, so it needs only Qt's catalogue.
    """
    qt_catalogue = QTranslator(app)
    if qt_catalogue.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_catalogue)
    if language == "ru":
        extra = QTranslator(app)  # what qtbase_ru lacks («Look in:» in the file dialog)
        if extra.load(str(ASSETS / "i18n" / "qt_extra_ru.qm")):
            app.installTranslator(extra)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(ASSETS / "i18n" / "chat_trainer_en.qm")):
            app.installTranslator(ours)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Russian))


def open_store_interactively(data_dir: Path):
    """Open the store, asking the user what to do with a corrupt database; None to quit."""
    from PySide6.QtWidgets import QMessageBox

    from app.storage.errors import DatabaseCorrupt, DatabaseTooNew, StorageError
    from app.storage.store import open_store, set_aside_corrupt
    from app.ui.core_texts import say_error

    title = QCoreApplication.translate("Application", "Тренажёр оператора чата")
    while True:
        try:
            return open_store(data_dir)
        except DatabaseCorrupt as exc:
            answer = QMessageBox.critical(
                None, title, f"{exc}\n\n" + QCoreApplication.translate(
                    "Application", "Отложить повреждённый файл в сторону (он не будет удалён) и начать новую базу?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Close,
                QMessageBox.StandardButton.Close)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            kept = set_aside_corrupt(exc.path)
            QMessageBox.information(None, title, QCoreApplication.translate(
                "Application", "Повреждённый файл сохранён как {path}.").format(path=kept))
        except (DatabaseTooNew, StorageError) as exc:
            QMessageBox.critical(None, title, say_error(exc))
            return None


def open_store_when_ready(data_dir: Path, parent: QWidget, on_ready) -> QWidget | None:
    """Open the store and pass it (or None to quit) to ``on_ready``.

    A database from an older version is first upgraded on a worker thread behind a busy dialog,
    since the upgrade can take seconds (back-filling key statistics over a million keystrokes);
    the window stays responsive. Returns that dialog, or None when there is nothing to upgrade.
    """
    from app.storage.store import open_store, upgrade_pending
    from app.ui.workers import run_in_background

    if not upgrade_pending(data_dir):
        on_ready(open_store_interactively(data_dir))
        return None

    def finish(_result=None) -> None:
        # Errors are not shown here: opening again meets them and asks about them properly.
        on_ready(open_store_interactively(data_dir))

    op = run_in_background(parent, lambda: open_store(data_dir).close(), finish, finish, busy_text=(
        QCoreApplication.translate(
            "Application", "Обновляем базу данных для новой версии: пересчитываем статистику по клавишам. "
                           "Это делается один раз и может занять до минуты.")))
    dialog = op.busy
    dialog.setWindowTitle(QCoreApplication.translate("Application", "Тренажёр оператора чата"))
    return dialog


class _OnFirstPaint(QObject):
    """Calls ``action`` once, just after ``widget`` is first painted (or when ``fire`` is called)."""

    def __init__(self, widget: QWidget, action):
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


def run(data_dir: str | None = None) -> int:
    app = QApplication.instance()
    if app is None:
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
        app.setProperty(theme.FUSION_AT_START, True)
    app.setApplicationName("chat-trainer")
    collect_on_gui_thread(app)  # a cycle holding a widget must not be freed on a worker thread
    theme.load_fonts(first_frame_only=True)
    theme.set_app_font(app)
    path = resolve_data_dir(data_dir)
    # The first frame takes the colour scheme the system had last time; it is asked after that
    # frame (asking costs ~15 ms) and the window restyled in the rare case it has changed since.
    dark_last_time = load_dark_scheme(path)
    theme.apply(app, dark=dark_last_time)
    # No application display name: Qt would append it to the window title, which already holds it.
    install_translation(app, load_language(path))
    from app.ui.main_window import MainWindow
    window = MainWindow()
    window.remember_geometry(path)
    window.show()
    holder = {}
    dark_now = dark_last_time

    def fill(store) -> None:
        if store is None:
            app.exit(2)
            return
        from app.services.packs import recover_interrupted
        from app.ui.context import AppContext
        try:  # an install or removal killed last time left a temporary folder: finish or undo it
            recover_interrupted(store.data_dir)
        except OSError:
            pass  # the folders stay for the next start; the packs already in place work as they are
        holder["store"] = store
        if dark_now != dark_last_time:
            try:  # the folder exists now that the store is open
                save_dark_scheme(path, dark_now)
            except OSError:
                pass  # a read-only data folder: the system is asked before the first frame next time
        window.populate(AppContext(store, store.data_dir))

    def open_and_fill() -> None:
        """After the first paint: open the store (which may ask about a corrupt file), build the screens."""
        nonlocal dark_now
        dark_now = theme.follow_system(app)
        theme.load_fonts()  # the faces the first frame did not need (bold, monospace)
        open_store_when_ready(path, window, fill)

    # Open the store once the frame has been painted, so the window appears at once;
    # the timer covers a window that is never painted (minimised, say).
    starter = _OnFirstPaint(window, open_and_fill)
    QTimer.singleShot(500, starter.fire)
    try:
        return app.exec()
    finally:
        if "store" in holder:
            holder["store"].close()
