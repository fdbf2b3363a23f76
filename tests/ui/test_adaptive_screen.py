"""«Адаптивная тренировка» driven through the main window: the focus it names, the drill it starts."""

from app.core.adaptive import LETTER_ORDER, START_LETTERS
from app.core.drill import Keystroke
from app.core.metrics import summarise
from app.core.sessions import SessionKind
from app.ui.adaptive_screen import CONFIDENT, FOCUS
from app.ui import theme
from app.core.records import TypingRecord
from tests.ui.keys import type_text

RU = LETTER_ORDER["ru"]


def _open(window, qtbot):
    window.open_section("adaptive")
    screen = window.adaptive
    qtbot.waitUntil(lambda: screen.drill_text is not None and screen.go.isEnabled())
    return screen


def _codes(screen):
    return {k.normal: k.code for row in screen.keyboard.layout_rows() for k in row if k.normal}


def _save_slow_н(store, profile_id):
    """Forty rounds of «оеаинт», every key at 250 ms except «н» at 700 ms."""
    strokes, t = [], 0.0
    text = " ".join(["оеаинт"] * 40)
    for pos, ch in enumerate(text):
        t += 0.7 if ch == "н" else 0.25
        strokes.append(Keystroke(t, pos, ch, ch, True))
    store.attempts.save_typing(profile_id, kind="lesson", pack_id=None, exercise_id=None, layout="ru",
                               mode="correct", text=text, started_at="2025-03-01T10:00:00+03:00",
                               record=TypingRecord(summary=summarise(strokes, len(text)).to_dict()),
                               keystrokes=strokes, passed=True)


def test_a_beginner_gets_the_first_letters_and_is_told_why(window, qtbot):
    screen = _open(window, qtbot)
    letters = RU[:START_LETTERS]
    assert " ".join(letters) in screen.letters.text()
    assert "мало данных: 0 нажатий из 15" in screen.focus.text()
    assert set(screen.preview.text()) <= set(letters) | {" "}
    codes = _codes(screen)
    assert screen.keyboard.key_fill(codes["о"]) == FOCUS
    assert screen.keyboard.key_fill(codes["ж"]) == theme.UNTYPED_KEY  # not in play yet


def test_a_slow_key_is_the_focus_with_its_time_and_comes_up_often(window, ctx, qtbot):
    _save_slow_н(ctx.store, ctx.profile.id)
    screen = _open(window, qtbot)
    text = screen.focus.text()
    assert "«н» — " in text and "мс на знак, а цель — не дольше 343 мс" in text
    codes = _codes(screen)
    assert screen.keyboard.key_fill(codes["н"]) == FOCUS
    assert screen.keyboard.key_fill(codes["о"]) == CONFIDENT
    words = screen.preview.text().split()
    assert sum("н" in w for w in words) > len(words) / 2


def test_the_drill_is_typed_saved_as_adaptive_and_again_brings_a_new_text(window, ctx, qtbot):
    screen = _open(window, qtbot)
    first = screen.preview.text()
    screen.go.click()
    drill = window.drill
    assert window.stack.currentWidget() is drill and drill.spec.kind is SessionKind.ADAPTIVE
    type_text(drill.text, drill.drill.target)
    assert window.stack.currentWidget() is window.result
    rows = ctx.store.attempts.list(ctx.profile.id, kind="adaptive")
    assert len(rows) == 1 and rows[0].text == first
    assert window.result.again_button.text().startswith("Новый текст")
    window.result.again_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is drill and drill.drill.position == 0
                    and drill.drill.target != first)
    assert drill.spec.kind is SessionKind.ADAPTIVE


def test_another_text_on_request_and_english_layout(window, qtbot):
    screen = _open(window, qtbot)
    first = screen.preview.text()
    screen.another.click()
    qtbot.waitUntil(lambda: screen.go.isEnabled() and screen.preview.text() != first)
    screen.layout_box.setCurrentIndex(screen.layout_box.findData("en"))
    qtbot.waitUntil(lambda: screen.go.isEnabled() and screen.lesson.layout == "en")
    assert set(screen.preview.text()) <= set(LETTER_ORDER["en"][:START_LETTERS]) | {" "}
