"""Verbs with a productive prefix that the speller's dictionary lacks are not misspellings; the
usual slips at a prefix's seam still are."""

import pytest

from app.core.grammar.offline import embedded_check
from app.core.grammar.spelling.prefixed import is_prefixed_word


@pytest.mark.parametrize("text, word", [
    ("Карты разблокируются к вечеру.", "разблокируются"),
    ("Отчёт скачается за минуту.", "скачается"),
    ("Счета разморозятся после проверки.", "разморозятся"),
    ("Комиссия составит полпроцента.", "полпроцента"),
])
def test_a_correct_prefixed_word_gets_no_spelling_finding(text, word):
    spans = [text[f.offset:f.offset + f.length] for f in embedded_check(text, "ru")]
    assert word not in spans


@pytest.mark.parametrize("word", ["расчитать", "растроиться", "разьехаться", "сьесть", "зделать",
                                  "разпечатать", "прийдёт", "сдесь", "раскажет", "потвердите"])
def test_slips_at_a_prefix_seam_stay_misspellings(word):
    assert not is_prefixed_word(word)


def test_a_misspelt_prefixed_word_is_still_found():
    text = "Мы всё расчитаем заново."
    assert "расчитаем" in [text[f.offset:f.offset + f.length] for f in embedded_check(text, "ru")]
