"""Where a kind of someone else's data finds its content: from the comma part that holds it to the sentence's end."""

from __future__ import annotations

from app.core.scorecard.data_beside import from_its_part
from app.core.scorecard.words import tokenize


def _from(text: str, word: str) -> str:
    toks = tokenize(text)
    at = next(t for t in toks if t.lower == word)
    return " ".join(t.text for t in from_its_part(toks, (at.start, at.end - at.start), text))


def test_the_parts_before_the_kind_are_left_out():
    text = "Брату подойдёт планшет за 18 990 ₽, а его звонок переведём на вас"
    assert _from(text, "звонок") == "а его звонок переведём на вас"


def test_the_kinds_own_part_and_all_after_it_are_kept():
    text = "Пенсию вашему отцу начислили, 21 300 ₽ придут в пятницу"
    assert _from(text, "пенсию") == "Пенсию вашему отцу начислили 21 300 придут в пятницу"


def test_a_sentence_of_one_part_is_kept_whole():
    text = "Остаток долга у вашего сына 8 200"
    assert _from(text, "остаток") == text
