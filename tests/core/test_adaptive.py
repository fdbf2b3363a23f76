"""Adaptive drills: the per-key model, the focus keys it picks, and the text it makes."""

import random
from dataclasses import replace
from collections import Counter

import pytest

from app.core.adaptive import (LETTER_ORDER, MAX_ERROR_RATE, MIN_SAMPLES, START_LETTERS, TARGET_MS, Focus, FocusReason,
                               KeyModel, generate_text, load_words, plan)
from app.core.drill import Keystroke
from app.core.paths import ASSETS

RU = LETTER_ORDER["ru"]


def typed(text: str, ms: dict[str, float] | None = None, wrong: dict[str, int] | None = None,
          default_ms: float = 250.0) -> list[Keystroke]:
    """Keystrokes for ``text``: each key takes ``ms[key]`` (else ``default_ms``); the n-th press
    of a key in ``wrong`` is mistyped first (then fixed) whenever n is a multiple of ``wrong[key]``."""
    ms, wrong = ms or {}, wrong or {}
    seen: Counter[str] = Counter()
    out, t = [], 0.0
    for pos, ch in enumerate(text):
        seen[ch] += 1
        t += ms.get(ch, default_ms) / 1000
        if ch in wrong and seen[ch] % wrong[ch] == 0:
            out.append(Keystroke(t, pos, ch, "ъ", False))
            t += 0.3
        out.append(Keystroke(t, pos, ch, ch, True))
    return out


def drills(letters: str, times: int = 40) -> str:
    return " ".join(letters for _ in range(times))


@pytest.fixture(scope="module")
def ru_words():
    return load_words((ASSETS / "wordlists" / "ru.txt").read_text(encoding="utf-8"))


def test_a_new_learner_starts_with_the_most_frequent_letters_and_no_new_one():
    lesson = plan(KeyModel("ru"))
    assert lesson.letters == RU[:START_LETTERS]
    assert lesson.new_letter is None
    assert [f.reason for f in lesson.focus] == [FocusReason.FEW_SAMPLES] * 2


def test_model_smooths_time_and_error_rate_per_key():
    model = KeyModel.from_attempts("ru", [typed(drills("оеаинт"), ms={"н": 600}, wrong={"т": 5})])
    assert model.keys["н"].ms == pytest.approx(600, rel=0.05)
    assert model.keys["о"].ms == pytest.approx(250, rel=0.05)
    assert model.keys["т"].error_rate == pytest.approx(1 / 6, rel=0.35)  # 1 wrong press in every 6
    assert model.keys["о"].error_rate == 0
    # A fix after a mistake is not timed, so the mistyped key does not look slow as well.
    assert model.keys["т"].ms == pytest.approx(250, rel=0.05)


def test_slow_and_inaccurate_keys_become_the_focus_with_their_reason():
    strokes = typed(drills("оеаинт"), ms={"н": 600}, wrong={"т": 5})
    lesson = plan(KeyModel.from_attempts("ru", [strokes]))
    reasons = {f.key: f.reason for f in lesson.focus}
    assert reasons == {"н": FocusReason.SLOW, "т": FocusReason.ERRORS}
    assert lesson.new_letter is None


def test_when_every_letter_meets_the_target_the_next_one_joins_as_the_focus():
    lesson = plan(KeyModel.from_attempts("ru", [typed(drills("оеаинт"))]))
    assert lesson.new_letter == RU[START_LETTERS]
    assert lesson.letters == RU[:START_LETTERS + 1]
    assert [(f.key, f.reason) for f in lesson.focus] == [(RU[START_LETTERS], FocusReason.NEW)]


def test_accuracy_counts_as_well_as_speed_for_unlocking():
    fast_but_sloppy = typed(drills("оеаинт"), default_ms=150, wrong={"а": 10})
    assert KeyModel.from_attempts("ru", [fast_but_sloppy]).keys["а"].error_rate > MAX_ERROR_RATE
    assert plan(KeyModel.from_attempts("ru", [fast_but_sloppy])).new_letter is None


def test_the_model_moves_as_a_weak_key_improves():
    weak = typed(drills("оеаинт"), ms={"н": 700}, wrong={"н": 4})
    model = KeyModel.from_attempts("ru", [weak])
    assert "н" in plan(model).focus_keys
    before_ms, before_err = model.keys["н"].ms, model.keys["н"].error_rate
    for _ in range(6):
        model.add_attempt(typed(drills("оеаинт", 10)))
    assert model.keys["н"].ms < before_ms and model.keys["н"].error_rate < before_err
    assert model.keys["н"].ms <= TARGET_MS and model.keys["н"].error_rate <= MAX_ERROR_RATE
    assert "н" not in plan(model).focus_keys


def test_a_pause_is_not_counted_as_the_time_of_a_key():
    strokes = typed(drills("оеаинт"))
    paused = [Keystroke(s.t + (30 if i >= 50 else 0), s.position, s.expected, s.typed, s.correct)
              for i, s in enumerate(strokes)]
    assert KeyModel.from_attempts("ru", [paused]).keys[paused[50].expected].ms == pytest.approx(250, rel=0.05)


def test_weak_keys_appear_more_often_in_the_text(ru_words):
    letters = RU[:12]
    base = KeyModel.from_attempts("ru", [typed(drills(letters))])
    weak = KeyModel.from_attempts("ru", [typed(drills(letters), ms={"р": 700}, wrong={"р": 4})])
    assert plan(weak).focus_keys.startswith("р")

    def share(model, seed):
        text = generate_text(plan(model), ru_words, random.Random(seed)).text.replace(" ", "")
        return text.count("р") / len(text)

    plain = sum(share(base, s) for s in range(5)) / 5
    focused = sum(share(weak, s) for s in range(5)) / 5
    assert focused > 2 * plain


def test_the_text_uses_only_letters_in_play_and_real_words_while_they_last(ru_words):
    model = KeyModel.from_attempts("ru", [typed(drills(RU[:12]), ms={"в": 700})])
    lesson = plan(model)
    drill = generate_text(lesson, ru_words, random.Random(7))
    assert set(drill.text) <= set(lesson.letters) | {" "}
    assert drill.pseudo_words == ()
    known = set(ru_words)
    assert all(word in known for word in drill.text.split())
    assert len(drill.text) >= 250


def test_pseudo_words_fill_in_only_where_real_words_run_out(ru_words):
    # «ё» joins early here: hardly any real word is made of «оеаинт» and «ё».
    model = KeyModel.from_attempts("ru", [typed(drills("оеаинт"))])
    lesson = replace(plan(model), letters="оеаинтё", focus=(Focus(model.keys["ё"], FocusReason.NEW),))
    drill = generate_text(lesson, ru_words, random.Random(3))
    assert drill.pseudo_words
    assert all("ё" in w for w in drill.pseudo_words)
    assert "ё" in drill.text
    assert set(drill.text) <= set("оеаинтё ")


def test_the_same_seed_gives_the_same_text(ru_words):
    lesson = plan(KeyModel("ru"))
    assert generate_text(lesson, ru_words, random.Random(5)) == generate_text(lesson, ru_words, random.Random(5))
    assert generate_text(lesson, ru_words, random.Random(5)) != generate_text(lesson, ru_words, random.Random(6))


def test_every_letter_of_the_layout_has_a_place_in_the_order():
    from app.core.layouts import load_layout

    for layout_id, order in LETTER_ORDER.items():
        letters = {k.normal for row in load_layout(layout_id).rows for k in row if k.normal and k.normal.isalpha()}
        assert set(order) == letters, layout_id
        assert len(order) == len(set(order))


def test_a_learner_who_has_every_letter_is_told_so():
    model = KeyModel.from_attempts("en", [typed(drills(LETTER_ORDER["en"], 20))])
    lesson = plan(model)
    assert lesson.all_done and not lesson.focus
    assert all(model.keys[k].samples >= MIN_SAMPLES for k in LETTER_ORDER["en"])


def test_an_unknown_layout_is_refused_with_its_name():
    with pytest.raises(ValueError, match="xx"):
        KeyModel("xx")
