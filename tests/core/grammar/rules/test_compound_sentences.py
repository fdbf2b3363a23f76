"""«и» between two clauses, each with a subject of its own, takes a comma."""

import pytest

from app.core.grammar.rules import check_rules, compound_sentences
from app.core.grammar.rules._base import Text


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_LIST_COMMA"]


@pytest.mark.parametrize("text, fix", [
    ("Мы проверили заказ и курьер уже выехал.", "заказ, и"),
    ("Позвоните оператору и он поможет.", "оператору, и"),            # a request, then what follows
    ("Напишите нам и мы всё исправим.", "нам, и"),                    # «исправим» read as a verb after «мы»
    ("Скажите курьеру что код не работает и он откроет дверь.", "работает, и"),
    ("Наш оператор ответил сразу и клиент остался доволен.", "сразу, и"),
    ("Вы напишите нам и мы ответим.", "нам, и"),                        # «вы» and «мы»: two subjects
    # a subject with its adjective and a genitive, whose verb cannot be the first subject's
    ("Оператор проверил заказ и старые письма клиентов нашлись.", "заказ, и"),
    # a first part with a clause of its own, then a new subject: the clause closes before «и»
    ("Оператор объяснил что посылка задержалась и клиент успокоился.", "задержалась, и"),
    ("Мы проверили адрес и этот курьер уже выехал.", "адрес, и"),          # «этот» may be accusative
    ("Прочитайте инструкцию и вы сами всё поймёте.", "инструкцию, и"),  # «вы сами»: words by the verb
    # after a request, what follows from it: the verb after «и» is not the reader's
    ("Дайте нам знать и через час курьер будет у вас.", "знать, и"),
    ("Сделайте так и всё получится.", "так, и"),
    ("Поделись ссылкой и друзья получат скидку.", "ссылкой, и"),  # no subject before «поделись»: a request
    ("Скажите что вам нужно и менеджер всё подберёт.", "нужно, и"),
    # a verb that takes no object: the noun before it is its subject («письма» is no object of «лежат»)
    ("Наши операторы работают круглосуточно и письма давно не лежат без ответа.", "круглосуточно, и"),
    # a first part whose predicate is a short form, a second with a pronoun for its subject
    ("Заказ собран и мы его уже везём.", "собран, и"),
    # «это» before a verb in the neuter past is that verb's subject
    ("Курьер опоздал на два часа и это привело к жалобе.", "часа, и"),
])
def test_two_clauses_are_parted(text, fix):
    assert fix in commas(text)


@pytest.mark.parametrize("text", [
    "Мы проверили заказ и отправили его.",               # one subject, two predicates
    "Оператор проверил заказ и письма отправил.",        # «письма» is the object: one subject
    "Как вы нам помогли так и мы поможем вам.",          # «так и»: «и» is a particle here
    "Мы знаем, что заказ пришёл и курьер уехал.",        # both parts hang on «что»
    "Мы знаем кому звонили оператор и курьер вчера.",    # two subjects of one verb
    "Курьер и оператор приехали вместе.",
    "Мы проверили заказ, и курьер уже выехал.",
    "Нажмите кнопку и подождите минуту.",                # two requests
    "Возьмите ручку и бумагу которые лежат на столе.",  # the verb after «и» is a clause's
    "Не будьте резкими и грубыми такие слова обижают.",  # «резкими и грубыми»: one list
    "Позовите маму она и папу приведёт.",                # «и» is a particle after a subject
    "Мы пришли в офис и теперь ждём.",                   # «пришли» with «мы» is no request
    "Курьер опоздал и теперь извиняется.",               # an adverb, then the same subject's verb
    "Курьер и оператор свободны и они ждут вас.",        # «и» inside the first part: maybe one list
    "Оператор и мы готовы и мы ждём.",
    "Мы пришли и это увидели.",                          # «это» is the object of a plural verb
    "Заявки за субботу никуда не пропали и появятся завтра.",  # «пропали» agrees with its subject: no request
    "Документы никуда не делись и лежат в архиве.",      # nor is «делись» of «делиться» here
])
def test_no_comma_where_the_parts_share_something(text):
    assert not [fix for fix in commas(text) if ", и" in fix]


@pytest.mark.parametrize("text, fix", [
    ("Мы проверили заказ и вскоре курьер приехал.", "заказ, и"),   # an adverb of the second clause first
    ("Мы проверили заказ и никто не жаловался.", "заказ, и"),      # a negative pronoun for its subject
])
def test_the_second_clause_may_open_with_an_adverb_or_a_negative_pronoun(text, fix):
    assert [f.replacements[0] for f in compound_sentences.check(Text(text))] == [fix]


def test_and_between_two_adjectives_opens_no_clause():
    text = "Мы обновили приложение для простых задач и более полная и продвинутая версия появится позже."
    assert "полная, и" not in [f.replacements[0] for f in compound_sentences.check(Text(text))]
