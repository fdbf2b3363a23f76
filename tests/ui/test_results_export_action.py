"""«Экспорт результатов…» on the home screen writes the file off the GUI thread."""

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.records import QuizRecord


def test_export_button_writes_json_and_says_where(window, ctx, qtbot, monkeypatch, tmp_path):
    ctx.store.attempts.save_result(ctx.profile.id, pack_id="q", exercise_id="q1", score=85.0, passed=True,
                                   record=QuizRecord(seed=1, order=("a",)), started_at="2026-12-01T10:00:00")
    target = tmp_path / "анна"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "JSON (*.json)"))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.home.export_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    written = tmp_path / "анна.json"
    assert str(written) in told[0]
    doc = json.loads(written.read_text(encoding="utf-8"))
    assert doc["profiles"][0]["name"] == "Анна" and doc["profiles"][0]["summary"]["quiz_score"] == 85.0
    assert window.home.export_action.op.busy is None  # the busy dialog is gone


def test_export_into_missing_folder_shows_a_clear_error(window, ctx, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "нет" / "r.csv"), "CSV (*.csv)"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.home.export_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "папка не существует" in warned[0]
