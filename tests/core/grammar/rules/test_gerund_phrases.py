"""A gerund phrase between a subject and its verb, or after «и» that joins two predicates, ends right before
the verb (or the second part's subject); nothing is reported where that end is not sure."""

import pytest

from app.core.grammar.rules import check_rules
from app.core.grammar.rules import gerund_phrases
from app.core.grammar.rules._base import Text


def commas(text):
    return sorted(f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_PHRASE_COMMA")


def own(text):
    return sorted(f.replacements[0] for f in gerund_phrases.check(Text(text)))


@pytest.mark.parametrize("text, fixes", [
    # between the subject and its verb: both commas
    ("Многие покупатели получив скидку ничего не пишут в отзывах.", ["покупатели, получив", "скидку, ничего"]),
    ("Курьер позвонив клиенту уже не заезжал на склад.", ["клиенту, уже", "курьер, позвонив"]),
    # the writer set the first comma, the second is missing
    ("Оператор, проверив заявку передал её в отдел.", ["заявку, передал"]),
    # after «и» joining two predicates; the second part's own subject opens it
    ("Мастер осмотрел счётчик и заменив пломбу уехал.", ["и, заменив", "пломбу, уехал"]),
    ("Заказ задержался и получив письмо клиентка сразу позвонила.", ["и, получив", "письмо, клиентка"]),
    # adverbs between the second part's subject and its verb are that part's
    ("Мастер долго молчал и выслушав жалобу он спокойно ответил.", ["и, выслушав", "жалобу, он"]),
])
def test_the_phrase_is_set_off(text, fixes):
    assert set(fixes) <= {f.lower() for f in own(text)}
    assert set(fixes) <= {f.lower() for f in commas(text)}


@pytest.mark.parametrize("text", [
    "Она шла улыбаясь и напевая песню.",                  # «и» joins two gerunds
    "Курьер проверяя адрес внимательно сверил номер дома.",  # the adverb may be either verb's
    "Мастер взяв ключ ушёл.",                            # «ключ» may be the verb's subject
    "Клиенты читая отзывы выбирают товар.",               # «отзывы» may be the verb's subject
    "Мы улыбаясь уходим.",                              # a lone gerund right before its verb
    "Покупатель получил посылку открыв коробку дома.",    # the verb comes before the gerund
    "Он и сравнивая цены всё равно переплачивает.",      # «и» with no predicate before it: a particle
])
def test_silent_where_the_end_is_not_sure(text):
    assert own(text) == []


def test_silent_when_a_clause_opens_inside_the_phrase():
    assert own("Мастер чиня всё до чего дотягивался работал молча.") == []


def test_the_words_after_a_finite_verb_are_its_object_not_a_subject():
    assert own("Поломка сократила выпуск деталей заставив склад искать замену.") == []


def test_silent_when_a_second_prepositional_group_may_be_the_verbs():
    assert own("Многие клиенты получив письмо на почту по ошибке звонят нам.") == []
