"""A participial phrase after the subject it agrees with ends before the verb that agrees with that subject;
a participial phrase that opens the sentence is parted from the personal pronoun it belongs to."""

import pytest

from app.core.grammar.rules import check_rules
from app.core.grammar.rules import participle_phrases
from app.core.grammar.rules._base import Text


def own(text):
    return sorted(f.replacements[0] for f in participle_phrases.check(Text(text)))


@pytest.mark.parametrize("text, fixes", [
    ("Посылка отправленная во вторник пришла сегодня.", ["Посылка, отправленная", "вторник, пришла"]),
    ("Заявка поданная через наши сайты никогда не теряется.", ["Заявка, поданная", "сайты, никогда"]),
    ("Курьеры работающие по выходным получают надбавку.", ["Курьеры, работающие", "выходным, получают"]),
    # the first comma is there already
    ("Скидка, объявленная в рассылке уже действует.", ["рассылке, уже"]),
    # before the personal pronoun it belongs to
    ("Уставший после долгой смены он сразу уснул.", ["смены, он"]),
    ("Измученные ожиданием мы позвонили снова.", ["ожиданием, мы"]),
])
def test_the_phrase_is_set_off(text, fixes):
    assert own(text) == sorted(fixes)
    found = {f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_PHRASE_COMMA"}
    assert set(fixes) <= found


@pytest.mark.parametrize("text", [
    "Отправленная во вторник посылка пришла сегодня.",    # the participle stands before its noun
    "Клиенты купленные вчера билеты вернули.",            # «билеты» may be the participle's noun
    "Мастер знающий это дело справится быстро.",          # «дело» may be the verb's subject
    "Посылка отправленная во вторник быстро пришла.",    # the adverb may be either's
    "Оператор передал заявку поданную вчера вечером.",   # no verb after the phrase
    "Письма не дошедшие до адресата при проверке будут найдены.",  # «при проверке» may be the verb's
    "Уставшие курьеры мы отпустили домой.",              # the participle belongs to the noun
    "Прочитанный вчера он был интереснее.",               # a link verb: the word may be its predicate's
])
def test_silent_where_the_end_is_not_sure(text):
    assert own(text) == []


def test_silent_when_a_clause_opens_before_the_pronoun():
    assert own("Испуганный тем чего он не ожидал курьер уехал.") == []
