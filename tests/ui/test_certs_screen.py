"""«Сертификаты»: requirements shown, a certificate saved off the GUI thread, a file verified."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.certificate import keystrokes_from_rows
from app.core.metrics import summarise
from app.core.plausibility import assess
from tests.core.cert_fixtures import human_log


def _timed_test(ctx):
    log = keystrokes_from_rows(human_log())
    text = "привет как дела " * 80
    ctx.store.attempts.save_typing(
        ctx.profile.id, kind="timed", pack_id="ru-typing", exercise_id="timed-3", layout="ru", mode="normal",
        text=text, started_at="2026-12-04T03:00:00+00:00", summary=summarise(log, len(text)).to_dict(),
        keystrokes=log, passed=True, details={"time_limit": 180.0, "plausibility": assess(log, len(text)).to_dict()})


def _rows(screen):
    return [[screen.table.item(i, j).text() for j in range(4)] for i in range(screen.table.rowCount())]


def _select(screen, pack_id):
    screen.pack_box.setCurrentIndex(screen.pack_box.findData(pack_id))


def test_unmet_requirements_are_shown_and_saving_is_off(window):
    window.open_section("certs")
    screen = window.certs
    _select(screen, "ru-typing")
    assert _rows(screen)[0] == ["Скорость", "нет попытки", "200 зн/мин", "нет"]
    assert not screen.save_button.isEnabled()


def test_save_and_verify_a_certificate(window, ctx, qtbot, monkeypatch, tmp_path):
    _timed_test(ctx)
    ctx.attemptSaved.emit(0)
    screen = window.certs
    _select(screen, "ru-typing")
    assert [r[3] for r in _rows(screen)] == ["да", "да", "да"]
    assert screen.save_button.isEnabled()
    screen.name.setText("Анна Петрова")
    target = tmp_path / "анна.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    screen.save_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert target.exists() and str(target) in told[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    screen.verify_button.click()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
    assert told[1].startswith("Сертификат подлинный: Анна Петрова")


def test_verifying_a_non_certificate_shows_a_clear_error(window, qtbot, monkeypatch, tmp_path):
    bogus = tmp_path / "x.pdf"
    bogus.write_text("не pdf", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.certs.verify_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "не удаётся прочитать PDF" in warned[0]
