"""Spelling: ranked suggestions within a time budget, and words that are not misspellings."""

import time

import pytest

from app.core.grammar.checker import GrammarChecker
from app.core.grammar.findings import Category, Finding
from app.core.grammar.spelling.not_errors import is_false_alarm
from app.core.grammar.spelling.suggest import suggest


@pytest.mark.parametrize("typo, right", [
    ("севодня", "сегодня"), ("щитаю", "считаю"), ("расчитать", "рассчитать"), ("интиресно", "интересно"),
    ("оплотить", "оплатить"), ("здраствуйте", "здравствуйте"), ("пожалуста", "пожалуйста"),
    ("будеш", "будешь"), ("вобщем", "в общем"), ("както", "как-то"), ("потомучто", "потому что"),
    ("ошибочьно", "ошибочно"), ("карзина", "корзина"), ("обезательно", "обязательно"), ("зделать", "сделать"),
    ("досвидания", "до свидания"), ("симпатичьный", "симпатичный"), ("Поздравлям", "Поздравляю"),
    ("ПОЖАЛУСТА", "ПОЖАЛУЙСТА"), ("ваще", "вообще"),
])
def test_the_first_suggestion_is_the_word_meant(typo, right):
    assert suggest(typo)[0] == right


def test_a_hopeless_word_gives_up_within_its_budget():
    suggest("пожалуста")  # the frequency list and the dictionary are loaded
    started = time.perf_counter()
    assert suggest("ыъыъыъыъыъыъыъыъыъыъыъыъ", budget=0.05) == ()
    assert time.perf_counter() - started < 0.5


def test_latin_and_digits_get_no_russian_suggestion():
    assert suggest("iPhone") == () and suggest("5G") == ()


def speller(text, word):
    start = text.index(word)
    return Finding(offset=start, length=len(word), message="Возможно найдена орфографическая ошибка.",
                   category=Category.SPELLING, rule_id="MORFOLOGIK_RULE_RU_RU", source="embedded")


@pytest.mark.parametrize("text, word", [
    ("Вчера нам звонил Дарвинский из отдела доставки.", "Дарвинский"),   # a surname mid-sentence
    ("Откройте приложение Жужик и войдите.", "Жужик"),                   # a product name
    ("Обновите ПОшку на компьютере.", "ПОшку"),                           # mixed case: a brand or slang
    ("Оплата через СБПшку пройдёт сразу.", "СБПшку"),
    ("Мы пришлём фотоотчёт и видеоинструкцию.", "видеоинструкцию"),       # a compound with «видео»
    ("Сине-зелёная коробка уже у курьера.", "Сине-зелёная"),             # a hyphenated compound
])
def test_names_brands_and_compounds_are_not_misspellings(text, word):
    assert is_false_alarm(text, speller(text, word))


@pytest.mark.parametrize("text, word", [
    ("Извените за ожидание.", "Извените"),            # sentence start: a capital proves nothing
    ("Мы всё проверели. Спосибо за ожидание.", "Спосибо"),
    ("Заказ будет завтро.", "завтро"),
])
def test_real_misspellings_stay(text, word):
    assert not is_false_alarm(text, speller(text, word))


def test_another_rule_is_never_dropped():
    text = "Вчера звонил Дарвинский."
    finding = Finding(offset=13, length=10, message="м", category=Category.GRAMMAR, rule_id="OTHER")
    assert not is_false_alarm(text, finding)


@pytest.fixture(scope="module")
def checker():
    checker = GrammarChecker(engine="embedded")
    checker.warm(("ru",))
    return checker


def test_known_words_silence_the_speller_for_the_checker_and_for_one_check(checker):
    text = "Подключите тариф безлимитик до пятницы."
    spans = [text[f.offset:f.offset + f.length] for f in checker.check(text, "ru").findings]
    assert "безлимитик" in spans
    assert "безлимитик" not in [text[f.offset:f.offset + f.length]
                                for f in checker.check(text, "ru", known_words=["Безлимитик"]).findings]
    checker.known_words = ["безлимитик"]
    try:
        assert checker.check(text, "ru").findings == []
    finally:
        checker.known_words = []


def test_misspelt_sentence_is_checked_quickly_with_the_right_word_first(checker):
    text = "Мы обезательно перезвоним вам севодня."
    started = time.perf_counter()
    findings = checker.check(text, "ru").findings
    assert time.perf_counter() - started < 1.0
    assert [(text[f.offset:f.offset + f.length], f.replacements[0]) for f in findings] == [
        ("обезательно", "обязательно"), ("севодня", "сегодня")]
