"""Start-up with a bad data dir or database: a clear message, nothing damaged."""

import hashlib
import sqlite3

from PySide6.QtWidgets import QMessageBox

from app.storage.migrations import LATEST
from app.ui.application import open_store_interactively


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corrupt_database_is_kept_aside_only_when_the_user_agrees(tmp_path, qapp, no_dialogs):
    db = tmp_path / "trainer.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    before = digest(db)
    no_dialogs.answers["critical"] = QMessageBox.StandardButton.Close
    assert open_store_interactively(tmp_path) is None
    assert digest(db) == before and "повреж" in no_dialogs[-1][2].lower()
    no_dialogs.answers["critical"] = QMessageBox.StandardButton.Yes
    store = open_store_interactively(tmp_path)
    try:
        kept = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
        assert len(kept) == 1 and digest(kept[0]) == before
        assert store.profiles.list() == []
    finally:
        store.close()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path, qapp, no_dialogs):
    db = tmp_path / "trainer.sqlite3"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {LATEST + 1}")
    con.close()
    before = digest(db)
    assert open_store_interactively(tmp_path) is None
    assert no_dialogs[-1][0] == "critical" and digest(db) == before


def test_data_dir_that_is_a_file_is_named_in_the_message(tmp_path, qapp, no_dialogs):
    target = tmp_path / "not-a-folder"
    target.write_text("x")
    assert open_store_interactively(target) is None
    assert str(target) in no_dialogs[-1][2]


def test_the_real_start_up_paints_the_frame_then_builds_the_screens(tmp_path):
    """Runs the program's own run() in a fresh process (the start-up benchmark's probe)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    probe = Path(__file__).resolve().parents[1] / "bench" / "startup_probe.py"
    result = subprocess.run([sys.executable, str(probe), str(tmp_path / "data")], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    marks = [line.split()[0] for line in result.stdout.splitlines()]
    assert marks == ["shown", "ready"]
    assert (tmp_path / "data" / "trainer.sqlite3").is_file()


def test_qt_own_buttons_speak_the_interface_language(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.ui.application import install_translation

    before = set(qapp.findChildren(QTranslator))
    install_translation(qapp, "ru")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Close") == "Закрыть"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()


def test_an_old_database_is_upgraded_behind_a_busy_dialog_then_opened(tmp_path, qtbot, no_dialogs):
    from PySide6.QtWidgets import QWidget

    from app.storage.migrations import MIGRATIONS, _statements
    from app.storage.store import upgrade_pending
    from app.ui.application import open_store_when_ready

    db = sqlite3.connect(tmp_path / "trainer.sqlite3")  # a version-1 database with one typed «аб»
    for statement in _statements(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO profiles (id, name, created) VALUES (1, 'Анна', '2025-03-01T10:00:00')")
    db.execute("INSERT INTO attempts (id, profile_id, kind, started_at, finished_at, layout, mode, cpm, accuracy, "
               "passed) VALUES (1, 1, 'lesson', '2025-03-01T10:00:00', '2025-03-01T10:01:00', 'ru', 'correct', "
               "100, 50, 1)")
    db.executemany("INSERT INTO keystrokes VALUES (1, ?, ?, ?, ?, ?, ?, 0)",
                   [(0, 0.2, 0, "а", "а", 1), (1, 0.5, 1, "б", "ю", 0)])
    db.commit()
    db.close()
    assert upgrade_pending(tmp_path)

    parent = QWidget()
    qtbot.addWidget(parent)
    opened = []
    dialog = open_store_when_ready(tmp_path, parent, opened.append)
    assert dialog is not None and dialog.isVisible() and "один раз" in dialog.labelText()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    store = opened[0]
    try:
        keys = {row.key: row for row in store.stats.read_dashboard(1).layouts["ru"].keys.values()}
        assert keys["б"].errors == 1 and keys["а"].errors == 0
    finally:
        store.close()
    assert not upgrade_pending(tmp_path)
    assert open_store_when_ready(tmp_path, parent, lambda s: s.close()) is None  # nothing left to upgrade


FIRST_FRAME_PROBE = """
import sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject
from app.ui import main_window

def loaded(note):
    qt_namespace = "Qt" in PySide6.QtCore.__dict__  # built on first use, ~100 Python enums at once
    print(note, ",".join(sorted(sys.modules)) + (",Qt-namespace" if qt_namespace else ""), flush=True)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            loaded("shown")
        return False

watcher = FirstPaint()
show, populate = main_window.MainWindow.show, main_window.MainWindow.populate

def showing(self):
    self.installEventFilter(watcher)
    show(self)

def populated(self, ctx):
    populate(self, ctx)
    loaded("ready")
    self.close()

main_window.MainWindow.show, main_window.MainWindow.populate = showing, populated
from app.cli import main
main(["--data-dir", sys.argv[1]])
"""
HEAVY = ("natasha", "pymorphy3", "numpy", "pylat_ru", "slovnet", "navec", "language_tool_python",
         "markdown", "nh3")  # the last two only when a pack has formatted text (none of the built-in ones)


def first_frame_modules(data_dir) -> dict[str, set[str]]:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE, str(data_dir)], capture_output=True,
                            text=True, timeout=90, cwd=root, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return {line.split()[0]: set(line.split()[1].split(",")) for line in result.stdout.splitlines()}


def test_the_first_frame_waits_for_nothing_it_does_not_show(tmp_path):
    """What `tests/bench/bench_startup.py` measures, guarded cheaply: before the first paint the window's
    process loads no command-line parser, store, screen, grammar or numpy module, nor dataclasses (the domain's
    vocabulary) or platformdirs (a data folder is given), and does not build Qt's namespace of enums (the
    system's colour scheme is asked after that paint, from the second start on)."""
    first = first_frame_modules(tmp_path / "data")  # the first start ever asks the scheme before the paint
    later = first_frame_modules(tmp_path / "data")
    for modules in (first["shown"], later["shown"]):
        early = {m for m in modules if m.split(".")[0] in HEAVY or m in (
            "app.cli.argparse_ru", "sqlite3", "sqlite_utils", "app.storage.store", "app.cli.packs", "app.ui.home_screen",
            "app.ui.grammar_service", "app.core.grammar.engine_client", "dataclasses", "app.core.vocabulary",
            "platformdirs")}
        assert not early, early
    assert "Qt-namespace" in first["shown"] and "Qt-namespace" not in later["shown"]
    assert {"sqlite_utils", "app.ui.home_screen", "app.ui.grammar_service"} <= later["ready"]
    assert not {m for m in later["ready"] if m.split(".")[0] in HEAVY}  # the engine's process has them
