"""The window's background sender: a lesson typed in the window reaches a real LRS, never from the GUI thread."""

from __future__ import annotations

import threading

from app.core import xapi
from app.services.lrs import LrsClient
from tests.services.lrs.conftest import ralph  # noqa: F401 — a fixture, found by name
from tests.services.lrs.ralph import KEY, SECRET
from tests.ui.keys import type_text
from tests.ui.test_drill_screen import first_lesson
from tests.ui.test_lrs_settings import _box


def test_a_lesson_typed_in_the_window_reaches_the_lrs_off_the_gui_thread(window, ctx, qtbot, ralph, monkeypatch):
    threads = []
    real_request = LrsClient.request

    def recording(self, *args, **kwargs):
        threads.append(threading.get_ident())
        return real_request(self, *args, **kwargs)
    monkeypatch.setattr(LrsClient, "request", recording)

    box = _box(window)
    box.endpoint.setText(ralph.endpoint)
    box.email.setText("anna@example.org")
    box.key.setText(KEY)
    box.secret.setText(SECRET)
    box.switch.setChecked(True)
    assert box.error.text() == "" and ctx.store.outbox.settings(ctx.profile.id).enabled

    pack, course, lesson = first_lesson(window)
    window.start_lesson(pack.id, course.id, lesson.id)
    with qtbot.waitSignal(window.lrs_sender.roundOver, timeout=20_000,
                          check_params_cb=lambda outcome: getattr(outcome, "sent", 0) == 1):
        type_text(window.drill.text, window.drill.drill.target)  # the saved attempt wakes the sender
        assert window.stack.currentWidget() is window.result
    assert threads and threading.main_thread().ident not in threads

    [statement] = LrsClient(ralph.endpoint, KEY, SECRET).statements()
    assert statement["object"]["id"] == f"urn:chat-trainer:pack:{pack.id}:exercise:{lesson.id}"
    assert statement["verb"]["id"] == xapi.VERBS["passed"]
    assert statement["actor"]["mbox"] == "mailto:anna@example.org"
    window.open_section("settings")
    assert "Доставлено: 1" in box.status.text() and "Ждут отправки: 0" in box.status.text()
