"""The embedded engine (pylat-ru): offsets, bad input, the per-sentence cache."""

import threading

import pytest
from pylat_ru import LEVEL_PICKY, LanguageToolRU

from app.core.grammar.embedded import EmbeddedEngine
from app.core.grammar.findings import MAX_CHECK_CHARS, Category, TextTooLong


@pytest.fixture(scope="module")
def engine():
    engine = EmbeddedEngine()
    engine.warm()
    return engine


def spans(text, findings):
    return {(f.rule_id, text[f.offset:f.offset + f.length]) for f in findings}


def test_finds_a_spelling_error_with_its_offsets(engine):
    text = "Добрый день! Извените за ожидание."
    [finding] = [f for f in engine.check(text, "ru") if f.rule_id == "MORFOLOGIK_RULE_RU_RU"]
    assert (finding.offset, finding.length) == (13, 8)
    assert finding.category is Category.SPELLING
    assert finding.replacements[0] == "Извините"
    assert finding.source == "embedded" and "<suggestion>" not in finding.message


@pytest.mark.parametrize("prefix", ["😀👍🏽 ", "你好。我们 ", "\x07\x00\x1b ", "Ok 😀. ", "\u00ad\u200b "])
def test_offsets_stay_right_after_emoji_cjk_and_control_characters(engine, prefix):
    text = f"{prefix}Мы атправили заказ 😀 вчера. Извените!"
    found = spans(text, engine.check(text, "ru"))
    assert ("MORFOLOGIK_RULE_RU_RU", "атправили") in found
    assert ("MORFOLOGIK_RULE_RU_RU", "Извените") in found


def test_latin_letter_inside_a_russian_word_is_flagged_in_place(engine):
    text = "Добрый день! Мы пpоверили ваш заказ."  # the «р» of «пpоверили» is Latin
    found = [f for f in engine.check(text, "ru") if text[f.offset:f.offset + f.length] == "пpоверили"]
    assert found and found[0].category is Category.SPELLING


def test_empty_and_blank_texts_have_no_findings(engine):
    assert engine.check("", "ru") == [] and engine.check(" \n\t ", "ru") == []


def test_a_megabyte_is_refused_with_a_russian_message(engine):
    with pytest.raises(TextTooLong, match="слишком длинный"):
        engine.check("а" * 1_000_000, "ru")
    assert len("а" * MAX_CHECK_CHARS) == MAX_CHECK_CHARS  # the cap itself is allowed


def test_only_russian(engine):
    with pytest.raises(ValueError, match="только для русского"):
        engine.check("Hello", "en")


def test_rechecking_an_edited_text_checks_only_the_changed_sentence():
    engine = EmbeddedEngine()
    sentences = ["Здравствуйте, Анна!", "Ваш заказ передан в службу доставки.", "Курьер привезёт его завтра.",
                 "Извените за ожидание."]
    text = " ".join(sentences)
    first = engine.check(text, "ru")
    assert engine.sentences_checked == 4
    assert engine.check(text, "ru") == first and engine.sentences_checked == 4
    edited = text.replace("передан в службу доставки", "передан курьерской службе")
    again = engine.check(edited, "ru")
    assert engine.sentences_checked == 5
    assert ("MORFOLOGIK_RULE_RU_RU", "Извените") in spans(edited, again)  # shifted to its new place


@pytest.mark.parametrize("text", [
    "  Привет. Как дела?\n\nХорошо.  ",
    "Привет  как дела .А у нас всё хорошо ,спасибо!!",
    "Скажите (пожалуйста. Мы ждём) ответа. Да.",
    "т. е. мы пошли. г. Москва, ул. Ленина. Да!",
    "Текст   \n\n   второй абзац без точки",
    "Мы проверили заказ\nОн в пути. Извените за ожидание .",
    "Ок. привет",
    "1) Оплатите заказ. 2) Дождитесь письма (оно придёт утром. Не раньше) и всё. Спасибо.",
    "Он сказал «да.» потом ушёл. Всё",
    'Она ответила: "Приду завтра. Жди меня у входа." И ушла.',  # a straight quote of two sentences
    'Он написал: "Приду завтра. Жди.',  # one left open
])
def test_sentence_by_sentence_finds_what_a_whole_text_check_finds(engine, text):
    whole = LanguageToolRU().check(text, level=LEVEL_PICKY)
    assert {(m.rule_id, m.offset, m.length) for m in whole} == \
        {(f.rule_id, f.offset, f.length) for f in engine.check(text, "ru")}


def test_threads_get_the_same_answers(engine):
    texts = [f"Заказ номер {n} атправлен. Извените за ожидание." for n in range(8)]
    expected = [engine.check(t, "ru") for t in texts]
    results = [None] * len(texts)

    def work(i):
        results[i] = engine.check(texts[i], "ru")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected
