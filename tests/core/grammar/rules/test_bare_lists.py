"""Homogeneous members with no conjunction between them: adjectives, short forms, verbs, infinitives,
nouns in a case no genitive chain has, a word said again."""

import pytest

from app.core.grammar.rules import _commas_added, bare_lists, check_rules
from app.core.grammar.rules._base import Text


def bare(text):
    return [f.replacements[0] for f in bare_lists.check(Text(text))]


@pytest.mark.parametrize("text, fixes", [
    # full adjectives that describe no noun after them
    ("Оператор был спокойным вежливым и внимательным.", ["спокойным, вежливым"]),
    ("Ответ получился коротким ясным и точным.", ["коротким, ясным"]),
    ("Новая версия приложения удобная быстрая надёжная.", ["удобная, быстрая", "быстрая, надёжная"]),
    # short adjectives and participles: each is a predicate
    ("Курьеры сегодня вежливы аккуратны и пунктуальны.", ["вежливы, аккуратны"]),
    ("Посылка проверена упакована и отправлена.", ["проверена, упакована"]),
    ("Мастер спокоен внимателен к мелочам.", ["спокоен, внимателен"]),
    # finite verbs of one form
    ("Клиент позвонил уточнил и записал адрес.", ["позвонил, уточнил"]),
    ("Проверьте заполните отправьте.", ["Проверьте, заполните", "заполните, отправьте"]),
    ("Перезагрузите включите приложение снова.", ["Перезагрузите, включите"]),  # two imperatives
    # infinitives that take no infinitive after them
    ("Нужно слушать уточнять и помогать.", ["слушать, уточнять"]),
    # nouns in a case a genitive chain cannot be in, a lower-case word with a name's reading too
    ("Для работы нужны терпение любовь и внимание.", ["терпение, любовь"]),
    ("Связаться с нами можно почтой телефоном или чатом.", ["почтой, телефоном"]),
    # adverbs made from qualitative adjectives, and predicatives
    ("Оператор отвечал спокойно вежливо и подробно.", ["спокойно, вежливо"]),
    ("На складе было тихо темно и холодно.", ["тихо, темно"]),
    ("Курьер ехал осторожно медленно внимательно.", ["осторожно, медленно", "медленно, внимательно"]),
    # a word said again
    ("Тренироваться тренироваться и тренироваться.", ["Тренироваться, тренироваться"]),
])
def test_the_members_are_parted_by_commas(text, fixes):
    assert bare(text) == fixes


@pytest.mark.parametrize("text", [
    "Мы купили большие красные и синие шары.",          # adjectives stacked over a noun
    "В новом удобном и быстром приложении всё есть.",  # after a preposition they describe a noun ahead
    "Он должен быть готов помочь.",                    # short forms that govern the next word
    "Я рада видеть вас снова.",
    "Хочу начать работать и учиться.",                 # an infinitive and its complement
    "Я работаю над ответом письмом и звонком.",        # «над ответом» is the preposition's phrase
    "Пойдём погуляем.",                                # two verbs alone are as often two clauses
    "Попробуй открой файл ещё раз.",                   # a verb that joins the next one in speech
    "Укажите требуется ли доставка.",
    "Цены товаров и услуг выросли.",                   # a genitive chain
    "Отдел продаж и маркетинга переехал.",
    "Проверьте список список покупок.",                # a word doubled by a slip: not a repetition
    "Заказ собрали невероятно быстро и аккуратно.",    # an adverb of degree before another
    "Оператор ответил вежливо и подробно.",            # two joined by «и» need no comma
    "Курьер ехал медленно осторожно.",                 # two alone may lean on each other
    "Оператор был спокойным, вежливым и внимательным.",
    "Курьеры вежливы, аккуратны и пунктуальны.",
])
def test_no_comma_where_the_words_are_no_list(text):
    assert bare(text) == []


def test_the_finding_says_why_and_fixes_the_gap():
    text = "Посылка проверена упакована и отправлена."
    f = bare_lists.check(Text(text))[0]
    assert text[f.offset:f.offset + f.length] == "проверена упакована"
    assert f.category == "punctuation" and "союзом" in f.message and "Пришёл, увидел, победил" in f.explanation


@pytest.mark.parametrize("text", [
    "Посылка проверена упакована и отправлена.",   # the tree sees this list too
    "Клиент позвонил уточнил и записал адрес.",
    "Для работы нужны терпение любовь и внимание.",  # only this rule sees it
])
def test_the_checker_asks_for_each_comma_once(text):
    commas = [p for f in check_rules(text, "ru") if f.category == "punctuation" for p in _commas_added(f, text)]
    assert commas and len(commas) == len(set(commas))
