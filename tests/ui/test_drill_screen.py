"""Typing through real key events into the drill screen, as a learner does."""

from dataclasses import replace

import pytest

from app.core.sessions import SessionKind, SessionSpec
from app.core.thresholds import LessonThresholds
from app.core.vocabulary import ErrorMode
from tests.ui.keys import press, type_text


def first_lesson(window, layout="ru"):
    for pack, course in window.ctx.typing_courses():
        if course.layout == layout:
            return pack, course, course.lessons[0]
    raise AssertionError("no built-in course for " + layout)


def set_mode(ctx, mode):
    ctx.save_preferences(replace(ctx.preferences, error_mode=mode))


def start_custom(window, text, layout="ru", thresholds=LessonThresholds(0, 0)):
    window.start_session(SessionSpec(SessionKind.CUSTOM, "проба", text, layout, thresholds))
    return window.drill


def test_whole_russian_lesson_is_typed_stored_and_judged(window, ctx, qtbot):
    pack, course, lesson = first_lesson(window)
    window.start_lesson(pack.id, course.id, lesson.id)
    drill = window.drill
    assert window.stack.currentWidget() is drill
    target = drill.drill.target
    type_text(drill.text, target)
    assert window.stack.currentWidget() is window.result
    rows = ctx.store.attempts.list(ctx.profile.id, exercise_id=lesson.id)
    assert len(rows) == 1
    stored = ctx.store.attempts.keystrokes(rows[0].id)
    assert "".join(k.typed for k in stored) == target
    assert all(k.correct for k in stored)
    assert rows[0].accuracy == 100.0 and rows[0].text == target


def test_wrong_layout_says_so_and_is_not_an_error(window, ctx):
    drill = start_custom(window, "фыва")
    press(drill.text, "a")  # QWERTY on, the key of «ф»
    assert "раскладку" in drill.hint.text()
    assert drill.drill.position == 0 and drill.drill.log[-1].wrong_layout
    press(drill.text, "ф")
    assert drill.hint.text() == ""
    type_text(drill.text, "ыва")
    row = ctx.store.attempts.list(ctx.profile.id)[0]
    assert row.errors == 0 and row.accuracy == 100.0


def test_block_mode_waits_for_the_right_key(window, ctx):
    set_mode(ctx, ErrorMode.BLOCK)
    drill = start_custom(window, "дом")
    type_text(drill.text, "дп")
    assert drill.drill.position == 1
    type_text(drill.text, "ом")
    assert window.stack.currentWidget() is window.result
    assert ctx.store.attempts.list(ctx.profile.id)[0].errors == 1


def test_correct_mode_requires_backspace(window, ctx):
    set_mode(ctx, ErrorMode.CORRECT)
    drill = start_custom(window, "дом")
    type_text(drill.text, "дпм")
    assert window.stack.currentWidget() is drill  # not finished with an error standing
    type_text(drill.text, "\b\bом")
    assert window.stack.currentWidget() is window.result
    row = ctx.store.attempts.list(ctx.profile.id)[0]
    assert (row.errors, row.accuracy) == (1, pytest.approx(80.0))  # д, м, о, м right; п wrong


def test_free_mode_finishes_with_errors_left(window, ctx):
    set_mode(ctx, ErrorMode.FREE)
    drill = start_custom(window, "дом")
    type_text(drill.text, "дпм")
    assert window.stack.currentWidget() is window.result
    assert ctx.store.attempts.list(ctx.profile.id)[0].errors == 1


def test_pause_stops_the_clock_and_keys(window):
    drill = start_custom(window, "абв")
    press(drill.text, "а")
    press(drill.text, "\x1b")
    assert drill.drill.paused and "Пауза" in drill.hint.text()
    press(drill.text, "б")
    assert drill.drill.position == 1
    press(drill.text, "\x1b")
    press(drill.text, "б")
    assert drill.drill.position == 2


def test_result_screen_shows_figures_and_replays(window, ctx, qtbot):
    set_mode(ctx, ErrorMode.FREE)
    drill = start_custom(window, "да", thresholds=LessonThresholds(0, 100))
    type_text(drill.text, "дб")
    result = window.result
    assert "Пока не пройдено" in result.banner.text()
    assert drill.drill.states[1].name == "ERROR"
    result.start_replay()
    qtbot.waitUntil(lambda: result._step == 2, timeout=3000)


def test_three_thousand_keys_in_one_process(window, ctx):
    """A bad PySide6 wheel aborts after ~1,400 Qt calls that return None (README, «Для разработчиков»)."""
    text = " ".join(["оператор на связи"] * 180)[:3200]
    drill = start_custom(window, text)
    type_text(drill.text, text)
    assert window.stack.currentWidget() is window.result
    assert len(ctx.store.attempts.keystrokes(ctx.store.attempts.list(ctx.profile.id)[0].id)) == len(text)


def test_timed_test_stops_when_time_is_up(window, ctx, monkeypatch):
    window.timed.minutes.button(1).setChecked(True)
    window.timed.go.click()
    drill = window.drill
    assert drill.spec.time_limit == 60.0
    clock = [1000.0]
    drill._clock = lambda: clock[0]
    type_text(drill.text, drill.drill.target[:20])
    clock[0] += 61.0
    drill._tick()
    assert window.stack.currentWidget() is window.result
    row = ctx.store.attempts.list(ctx.profile.id)[0]
    assert row.kind == "timed" and row.exercise_id == "timed-1"


def test_correct_mode_says_how_to_clear_a_standing_error(window, ctx):
    set_mode(ctx, ErrorMode.CORRECT)
    drill = start_custom(window, "дом")
    type_text(drill.text, "дп")
    assert "Backspace" in drill.hint.text()
    type_text(drill.text, "м")
    assert "ошибки остались" in drill.hint.text()
    type_text(drill.text, "\b\b")
    assert drill.hint.text() == ""


def test_a_failed_save_says_so_and_can_be_retried(window, ctx, monkeypatch, no_dialogs):
    from PySide6.QtWidgets import QMessageBox

    from app.storage.errors import SaveError

    real_save = ctx.store.attempts.save_typing
    failures = [SaveError("сохранить попытку", "на диске не осталось свободного места")]

    def flaky_save(*args, **kwargs):
        if failures:
            raise failures.pop()
        return real_save(*args, **kwargs)

    monkeypatch.setattr(ctx.store.attempts, "save_typing", flaky_save)
    no_dialogs.answers["warning"] = QMessageBox.StandardButton.Retry
    drill = start_custom(window, "да")
    type_text(drill.text, "да")
    assert no_dialogs[-1][0] == "warning" and "свободного места" in no_dialogs[-1][2]
    assert window.stack.currentWidget() is window.result  # saved on the retry, then shown
    assert len(ctx.store.attempts.list(ctx.profile.id)) == 1


def test_pasted_text_shows_the_orange_warning_and_is_stored_flagged(window, ctx):
    drill = start_custom(window, "клиент ждёт ответа")
    type_text(drill.text, "клиент ждёт ответа")  # all keys within a millisecond: a paste
    result = window.result
    assert window.stack.currentWidget() is result
    assert result.warning.isVisibleTo(result)
    assert "вставке текста" in result.warning.text() and "не будет" in result.warning.text()
    assert "неправдоподобный" in result.banner.text() and "Пройдено" not in result.banner.text()
    row = ctx.store.attempts.list(ctx.profile.id)[0]
    assert [f["code"] for f in row.details["plausibility"]["flags"]] == ["pasted"]


def test_human_paced_typing_shows_consistency_and_no_warning(window, ctx):
    drill = start_custom(window, "клиент ждёт ответа")
    gaps = iter([0.2, 0.31, 0.22, 0.45, 0.2, 0.27, 0.35, 0.19, 0.4, 0.24] * 3)
    now = [100.0]

    def clock():
        now[0] += next(gaps)
        return now[0]
    drill._clock = clock
    type_text(drill.text, "клиент ждёт ответа")
    result = window.result
    assert not result.warning.isVisibleTo(result)
    labels = [result.grid.itemAt(i).widget().text() for i in range(result.grid.count())]
    assert "Стабильность темпа" in labels
    row = ctx.store.attempts.list(ctx.profile.id)[0]
    assert row.details["plausibility"]["flags"] == []
    assert row.details["plausibility"]["consistency"] > 0


def test_a_course_without_a_known_keyboard_is_typed_with_the_on_screen_keyboard_hidden(window, ctx):
    from app.core.layouts import parse_layout, register_layout

    # what a KTouch course without its layout file brings: no key drawn, its characters typed as given
    register_layout(parse_layout({"id": "kt-test-nokeys", "title": "без клавиатуры", "language": "el", "home_row": "",
                                  "unkeyed": "αβγ", "rows": [{"keys": [{"code": "Space", "finger": "thumb"}]}]}))
    drill = start_custom(window, "αβγ", layout="kt-test-nokeys")
    assert drill.keyboard.isHidden()
    type_text(drill.text, "αβ")  # the characters the system's keyboard gives are taken as typed
    assert drill.drill.position == 2 and not any(s.wrong_layout or not s.correct for s in drill.drill.log)
    drill = start_custom(window, "фыва")
    assert not drill.keyboard.isHidden()
