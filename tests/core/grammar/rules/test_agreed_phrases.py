"""Commas that agreement and the form of words decide where the tree, lost without commas, is not
sure: participial phrases after their noun, lists of nouns and of verbs, compound conjunctions,
asides between subject and verb, «да»/«нет» opening an answer, an address before an imperative."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def punctuation(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, rule, fix", [
    # a participle agrees with a noun further back, not with the word right before it
    ("Вчера пришла посылка из нашего магазина содержащая два товара.", "OURS_PHRASE_COMMA",
     "магазина, содержащая"),
    ("Мы отправили письмо менеджеру отвечающему за доставку.", "OURS_PHRASE_COMMA", "менеджеру, отвечающему"),
    ("У нас есть сотрудник говорящий по-английски.", "OURS_PHRASE_COMMA", "сотрудник, говорящий"),
    ("Перечислите данные указанные в договоре.", "OURS_PHRASE_COMMA", "данные, указанные"),
    # the participle's own adverb goes into the phrase
    ("Пришла заявка уже одобренная банком.", "OURS_PHRASE_COMMA", "заявка, уже"),
    # lists: nouns of one case, verbs of one form
    ("В офисе стоят столы стулья и шкафы.", "OURS_LIST_COMMA", "столы, стулья"),
    ("Мастер приехал проверил счётчик.", "OURS_LIST_COMMA", "приехал, проверил"),
    ("Курьер позвонил не застал вас дома.", "OURS_LIST_COMMA", "позвонил, не"),
    ("Мы проверили заказ отправили его вчера.", "OURS_LIST_COMMA", "заказ, отправили"),
    # «и» between two clauses when the first has no subject to share
    ("Письмо не пришло и клиент написал снова.", "OURS_LIST_COMMA", "пришло, и"),
    ("Вы оставили заявку и мы вам перезвоним.", "OURS_LIST_COMMA", "заявку, и"),
    ("Мастер заменил фильтр и вода снова пошла.", "OURS_LIST_COMMA", "фильтр, и"),
    ("Я позвонил он не ответил.", "OURS_LIST_COMMA", "позвонил, он"),
    ("Я думаю он придёт.", "OURS_LIST_COMMA", "думаю, он"),
    # comparisons
    ("Доставка курьером быстрее чем почтой.", "OURS_COMPARISON_COMMA", "быстрее, чем"),
    ("Мы как и вы ждём ответа.", "OURS_COMPARISON_COMMA", "Мы, как"),
    ("Сделайте так же как в прошлый раз.", "OURS_COMPARISON_COMMA", "же, как"),
    # compound conjunctions and clause words
    ("Курьер приехал несмотря на дождь.", "OURS_CONJ_COMMA", "приехал, несмотря"),
    ("Посылка задержалась на складе так что заказ привезут завтра.", "OURS_CONJ_COMMA", "складе, так"),
    ("Он ответил как будто ничего не случилось.", "OURS_CONJ_COMMA", "ответил, как"),
    ("Сайт не открывается поэтому напишите нам в чат.", "OURS_CONJ_COMMA", "открывается, поэтому"),
    ("Курьер потерял адрес из-за чего доставка задержалась.", "OURS_CONJ_COMMA", "адрес, из-за"),
    ("Мы узнали об ошибке только после того как вы написали.", "OURS_CONJ_COMMA", "того, как"),
    ("Я уточню сможем ли мы привезти заказ сегодня.", "OURS_CONJ_COMMA", "уточню, сможем"),
    ("Оставьте номер чтоб мы перезвонили.", "OURS_CONJ_COMMA", "номер, чтоб"),
    ("Если бы не ваша помощь мы бы не успели.", "OURS_CLAUSE_END_COMMA", "помощь, мы"),
    # asides, answers, addresses
    ("Вы очевидно не получили письмо.", "OURS_INTRO_COMMA", "Вы, очевидно, не"),
    ("Она может быть ещё придёт.", "OURS_INTRO_COMMA", "Она, может быть, ещё"),
    ("Курьер кажется заблудился.", "OURS_INTRO_COMMA", "Курьер, кажется, заблудился"),
    ("Да вы правы.", "OURS_YES_NO_COMMA", "Да, вы"),
    ("Нет я не получал письмо.", "OURS_YES_NO_COMMA", "Нет, я"),
    ("Анна подскажите номер заказа.", "OURS_ADDRESS_COMMA", "Анна, подскажите"),
    ("Коллега примите заявку.", "OURS_ADDRESS_COMMA", "Коллега, примите"),
    ("Подождите минутку Анна!", "OURS_ADDRESS_COMMA", "минутку, Анна"),
    ("Товар пришёл вчера (кажется это был последний).", "OURS_INTRO_COMMA", "кажется, это"),
])
def test_missing_comma_is_found(text, rule, fix):
    assert (rule, fix) in punctuation(text)


@pytest.mark.parametrize("text", [
    "Отправленный вчера заказ уже в пути.",
    "Мы видим стоящий у двери шкаф.",
    "В связи с растущим спросом цены выросли.",
    "Мы ждём вас в следующем месяце.",
    "Просим всех желающих записаться.",
    "Мы проверили заказ курьера склада и магазина.",
    "Укажите номер телефона и адрес доставки.",
    "Обсудили распределение задач и ответственности.",
    "Рука мастера написала письмо и душа мастера выразила себя.",
    "Он устал так что сразу уснул.",
    "Он стал словно чужой.",
    "Мы вернём деньги после того, как получим товар.",
    "После того как вы оплатите заказ, мы его отправим.",
    "Поэтому напишите нам.",
    "Именно поэтому мы вам звоним.",
    "Я уточню, сможем ли мы привезти заказ сегодня.",
    "Он может быть дома.",
    "Мне кажется, он прав.",
    "Это кажется странным.",
    "Да вы что!",
    "Да будет свет.",
    "Нет денег на счёте.",
    "Мама сказала, что придёт.",
    "Мы знаем, что он пришёл и она ушла.",
    "Я купил хлеб и молоко.",
    "Вчера шёл дождь и дул ветер.",
    "Позвоните Анне.",
    "Подождите минутку, Анна!",
    "Если кто что знает, напишите нам.",
    "Давайте я проверю.",
    "Это более чем достаточно.",
    "Сделайте так как написано.",
])
def test_correct_sentences_stay_silent(text):
    assert punctuation(text) == []


def test_new_findings_carry_their_rules_explanation():
    for text in ("Да вы правы.", "В офисе стоят столы стулья и шкафы."):
        for f in check_rules(text, "ru"):
            assert f.explanation == RULES[f.rule_id].explanation
    assert "«да»" in RULES["OURS_YES_NO_COMMA"].title
