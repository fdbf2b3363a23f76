"""Fixtures for driving real screens: a fresh data dir, a store, the main window, no modal dialogs."""

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.storage.store import open_store


class Shown(list):
    """Message boxes shown so far, as (kind, title, text); ``answers`` maps a kind to its reply."""

    answers: dict


@pytest.fixture
def no_dialogs(monkeypatch):
    """Record message boxes instead of showing them; answers can be set per test."""
    shown = Shown()
    answers = {"question": QMessageBox.StandardButton.Yes, "warning": QMessageBox.StandardButton.Ok}

    def fake(kind):
        def _box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answers.get(kind, QMessageBox.StandardButton.Ok)
        return _box

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    shown.answers = answers
    return shown


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def ctx(store, qapp):
    from app.ui import theme
    from app.ui.context import AppContext
    theme.load_fonts()
    profile = store.profiles.create("Анна")
    store.profiles.set_current(profile.id)
    return AppContext(store, store.data_dir)


@pytest.fixture
def window(ctx, qtbot, no_dialogs):
    from app.ui.main_window import MainWindow
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def ask_name(monkeypatch):
    """Answer QInputDialog.getText with the names given, in order."""
    names = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (names.pop(0), True)))
    return names


@pytest.fixture
def correspondence(window, qtbot):
    """«Деловая переписка» opened, with the grammar engine loaded (replies are graded with it)."""
    service = window.grammar_service
    window.open_section("correspondence")
    qtbot.waitUntil(lambda: service.state != "loading", timeout=60_000)
    return window.correspondence


@pytest.fixture
def grammar(window, qtbot):
    """«Грамотность» opened, with the grammar engine loaded."""
    service = window.grammar_service
    qtbot.waitUntil(lambda: service.state != "loading", timeout=60_000)
    assert service.state == "embedded", service.detail
    window.open_section("grammar")
    return window.grammar


@pytest.fixture(scope="module", autouse=True)
def cycles_collected_on_the_gui_thread(qapp):
    """As in the program (app.ui.application.run): a widget left in a reference cycle is freed by the
    GUI thread, never by a worker thread's collection (which crashed the test run now and then)."""
    from app.ui.collector import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    yield collector
    collector.stop()
