import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.packs import registry
from app.packs.builder import build_pack
from app.ui import packs_screen
from app.ui.packs_screen import PacksScreen

MINI = Path(__file__).parents[1] / "packs" / "data" / "mini"


@pytest.fixture
def env(tmp_path, monkeypatch):
    """An empty built-in folder with one pack, a data dir, and mini built as 1.0.0 and 1.1.0."""
    builtin = tmp_path / "exercises"
    shutil.copytree(MINI, builtin / "core")
    manifest = builtin / "core" / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('id = "mini"', 'id = "core"')
                        .replace("Мини-пакет", "Встроенный пакет"), encoding="utf-8")
    monkeypatch.setattr(registry, "builtin_dir", lambda: builtin)
    src = tmp_path / "src"
    shutil.copytree(MINI, src)
    build_pack(src, tmp_path / "v1.ctpack")
    manifest = src / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"1.0.0"', '"1.1.0"'), encoding="utf-8")
    build_pack(src, tmp_path / "v2.ctpack")
    (tmp_path / "broken.ctpack").write_bytes(b"not a zip at all")
    return tmp_path


@pytest.fixture
def dialogs(monkeypatch):
    """Record modal dialogs instead of showing them."""
    seen = {"problems": [], "questions": [], "answer": QMessageBox.StandardButton.No, "remove": None}

    def problems_exec(self):
        seen["problems"].append(self.text.toPlainText())
        return QDialog.DialogCode.Rejected

    def box_exec(self):
        seen["questions"].append(self.text())
        if seen["remove"] is not None:
            wanted = [b for b in self.buttons() if b.text() == seen["remove"]]
            if wanted:
                wanted[0].click()
            return 0
        return seen["answer"]

    monkeypatch.setattr(packs_screen.ProblemsDialog, "exec", problems_exec)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    return seen


def make(qtbot, env):
    screen = PacksScreen(env / "data")
    qtbot.addWidget(screen)
    return screen


def titles(screen):
    return [(screen.table.item(r, 0).text(), screen.table.item(r, 1).text(), screen.table.item(r, 4).text())
            for r in range(screen.table.rowCount())]


def install(qtbot, screen, file, signal=True):
    if signal:
        with qtbot.waitSignal(screen.packsChanged, timeout=10_000):
            screen.install_file(file)
    else:
        screen.install_file(file)
        qtbot.waitUntil(lambda: screen._op is None, timeout=10_000)


def test_lists_builtin_and_installs_from_file_dialog(qtbot, env, dialogs, monkeypatch):
    screen = make(qtbot, env)
    assert titles(screen) == [("Встроенный пакет для проверок", "1.0.0", "встроенный")]
    assert "печать: 4" in screen.table.item(0, 3).text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(env / "v1.ctpack"), ""))
    with qtbot.waitSignal(screen.packsChanged, timeout=10_000):
        screen.install_button.click()
        assert screen.busy.isVisibleTo(screen) and not screen.install_button.isEnabled()
    assert ("Мини-пакет для проверок", "1.0.0", "установлен") in titles(screen)
    assert not screen.busy.isVisibleTo(screen) and screen.install_button.isEnabled()


def test_refused_pack_shows_problems(qtbot, env, dialogs):
    screen = make(qtbot, env)
    install(qtbot, screen, env / "broken.ctpack", signal=False)
    [text] = dialogs["problems"]
    assert text.startswith("broken.ctpack: ") and "не zip-архив" in text
    assert len(titles(screen)) == 1 and not (env / "data" / "packs" / "mini").exists()


def test_update_and_older_version_question(qtbot, env, dialogs):
    screen = make(qtbot, env)
    install(qtbot, screen, env / "v1.ctpack")
    install(qtbot, screen, env / "v2.ctpack")
    assert ("Мини-пакет для проверок", "1.1.0", "установлен") in titles(screen)
    install(qtbot, screen, env / "v1.ctpack", signal=False)  # the user answers No
    assert "1.1.0" in dialogs["questions"][-1]
    assert ("Мини-пакет для проверок", "1.1.0", "установлен") in titles(screen)
    dialogs["answer"] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(screen.packsChanged, timeout=10_000):
        screen.install_file(env / "v1.ctpack")
    qtbot.waitUntil(lambda: ("Мини-пакет для проверок", "1.0.0", "установлен") in titles(screen), timeout=10_000)


def test_remove_asks_about_progress_and_builtin_cannot_be_removed(qtbot, env, dialogs):
    screen = make(qtbot, env)
    install(qtbot, screen, env / "v1.ctpack")
    rows = {screen.table.item(r, 0).text(): r for r in range(screen.table.rowCount())}
    screen.table.selectRow(rows["Встроенный пакет для проверок"])
    assert not screen.remove_button.isEnabled()
    screen.table.selectRow(rows["Мини-пакет для проверок"])
    assert screen.remove_button.isEnabled()
    dialogs["remove"] = "Отмена"
    screen.remove_button.click()
    assert (env / "data" / "packs" / "mini").is_dir()
    dialogs["remove"] = "Удалить, результаты сохранить"
    with qtbot.waitSignal(screen.packsChanged, timeout=2000):
        screen.remove_button.click()  # removed off the GUI thread, behind the busy bar
        assert screen.busy.isVisibleTo(screen) and not screen.install_button.isEnabled()
    assert not screen.busy.isVisibleTo(screen)
    assert not (env / "data" / "packs" / "mini").exists()
    assert titles(screen) == [("Встроенный пакет для проверок", "1.0.0", "встроенный")]


def test_drag_and_drop_installs(qtbot, env, dialogs):
    screen = make(qtbot, env)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(env / "v1.ctpack"))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(screen.packsChanged, timeout=10_000):
        screen.dropEvent(event)
    assert event.isAccepted()
    assert ("Мини-пакет для проверок", "1.0.0", "установлен") in titles(screen)
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(env / "notes.txt"))])
    assert screen._dropped_file(other) is None


def test_a_removal_that_fails_says_why_and_keeps_the_pack(qtbot, env, dialogs, monkeypatch, no_dialogs):
    screen = make(qtbot, env)
    install(qtbot, screen, env / "v1.ctpack")
    rows = {screen.table.item(r, 0).text(): r for r in range(screen.table.rowCount())}
    screen.table.selectRow(rows["Мини-пакет для проверок"])

    def locked(pack_id, data_dir, keep_results):
        raise OSError(f"{pack_id}: файл занят другой программой")

    monkeypatch.setattr(packs_screen, "remove_pack", locked)
    dialogs["remove"] = "Удалить вместе с результатами"
    screen.remove_button.click()
    qtbot.waitUntil(lambda: bool(no_dialogs), timeout=5000)
    assert no_dialogs[0][:2] == ("warning", "Пакет не удалён") and "файл занят" in no_dialogs[0][2]
    assert (env / "data" / "packs" / "mini").is_dir() and screen.remove_button.isEnabled()
