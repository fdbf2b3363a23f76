"""The drill's three error modes, the wrong-layout rule, the clock and pauses."""

from app.core.drill import BACKSPACE, CharState, Drill
from app.core.vocabulary import ErrorMode
from app.core.typography import TypographyPolicy


def type_all(drill, text, start=0.0, step=0.25):
    t = start
    results = []
    for ch in text:
        results.append(drill.backspace(t) if ch == BACKSPACE else drill.type_char(ch, t))
        t += step
    return results


def test_block_mode_holds_the_caret_on_a_wrong_key():
    d = Drill("дом", "ru", ErrorMode.BLOCK)
    type_all(d, "дпом")
    assert d.finished
    assert d.states == [CharState.CORRECT, CharState.CORRECTED, CharState.CORRECT]
    assert [s.correct for s in d.log] == [True, False, True, True]
    assert d.backspace(5.0) is None  # nothing wrong is ever kept in block mode


def test_correct_mode_needs_backspace_before_finishing():
    d = Drill("дом", "ru", ErrorMode.CORRECT)
    type_all(d, "дпм")
    assert not d.finished and d.errors_standing == 1
    assert d.type_char("x", 2.0) is None  # the text is full: only Backspace helps
    type_all(d, "\b\bом", start=3.0)
    assert d.finished
    assert d.states == [CharState.CORRECT, CharState.CORRECTED, CharState.CORRECT]


def test_free_mode_leaves_errors_and_finishes():
    d = Drill("дом", "ru", ErrorMode.FREE)
    type_all(d, "дпм")
    assert d.finished
    assert d.states[1] == CharState.ERROR
    assert d.typed == ["д", "п", "м"]


def test_latin_on_the_same_key_is_a_wrong_layout_not_an_error():
    d = Drill("фыва", "ru", ErrorMode.FREE)
    r = d.type_char("a", 0.0)  # the key of «ф» in QWERTY
    assert r.keystroke.wrong_layout and not r.keystroke.correct
    assert d.position == 0 and d.states[0] == CharState.PENDING
    r = d.type_char("s", 0.1)  # «s» is the key of «ы», not «ф»: an ordinary error
    assert not r.keystroke.wrong_layout


def test_english_drill_recognises_cyrillic_typed_by_mistake():
    d = Drill("hello", "en")
    assert d.type_char("р", 0.0).keystroke.wrong_layout  # р is on the H key
    assert not d.type_char("h", 0.2).keystroke.wrong_layout


def test_latin_inside_russian_text_expects_the_english_layout():
    d = Drill("на a@b", "ru", ErrorMode.BLOCK)
    type_all(d, "на ")
    assert d.layout_for(d.expected) == "en"
    r = d.type_char("ф", 1.0)  # Russian layout still on: same key as «a»
    assert r.keystroke.wrong_layout


def test_typography_policy_accepts_plain_substitutes():
    d = Drill("«Да» — ёж", "ru", ErrorMode.FREE, TypographyPolicy(yo=True))
    type_all(d, '"Да" - еж')
    assert d.finished and all(s.correct for s in d.log)
    strict = Drill("—", "ru", ErrorMode.FREE, TypographyPolicy(dashes=False))
    assert not strict.type_char("-", 0.0).keystroke.correct


def test_clock_starts_at_first_key_and_pause_is_not_counted():
    d = Drill("абв", "ru")
    assert d.elapsed(100.0) == 0.0
    d.type_char("а", 10.0)
    d.pause(11.0)
    assert d.type_char("б", 12.0) is None  # ignored while paused
    d.resume(71.0)
    d.type_char("б", 72.0)
    assert d.log[-1].t == 2.0  # 62 s wall time, 60 s of it paused
    assert d.elapsed(73.0) == 3.0


def test_changed_positions_are_only_the_key_and_the_caret():
    d = Drill("x" * 2000, "en")
    r = d.type_char("x", 0.0)
    assert r.changed == (0, 1)


def test_live_totals_agree_with_the_summary_of_the_log():
    import random
    rng = random.Random(3)
    d = Drill("быстрая лиса " * 40, "ru", ErrorMode.FREE)
    t = 0.0
    while not d.finished:
        t += rng.choice([0.1, 0.2, 0.3, 7.0])
        roll = rng.random()
        if roll < 0.05:
            d.backspace(t)
        elif roll < 0.1:
            d.type_char("q", t)
        else:
            d.type_char(d.expected if roll > 0.2 else "ж", t)
    s = d.summary()
    assert (d.live_correct, d.live_errors) == (s.correct, s.errors)
    assert abs(d.live_seconds - s.seconds) < 1e-9
