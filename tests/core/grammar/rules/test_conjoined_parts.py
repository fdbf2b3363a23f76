"""Members joined by a repeated conjunction and two clauses joined by «и» are parted by commas."""

import pytest

from app.core.grammar.language import analyse
from app.core.grammar.rules import check_rules
from app.core.grammar.rules.conjoined_parts import and_between_clauses, repeated_conjunction


def _gaps(finder, text):
    return [f"{left.text} ‸ {right.text}" for left, right in finder(analyse(text).sentences[0])]


@pytest.mark.parametrize("text, gaps", [
    ("Мы принимаем и карты и наличные.", ["карты ‸ и"]),
    ("Клиент не оставил ни телефона ни адреса.", ["телефона ‸ ни"]),
    ("Связь то пропадает то появляется то снова пропадает.", ["пропадает ‸ то", "появляется ‸ то"]),
])
def test_members_of_a_repeated_conjunction(text, gaps):
    assert _gaps(repeated_conjunction, text) == gaps


@pytest.mark.parametrize("text", [
    "Он ушёл ни свет ни заря.",                 # a set phrase
    "Мы оформим и то и другое сегодня.",        # «и то и другое», a set phrase in every case
    "Скидку можно получить и тем и другим способом.",
    "Он и сам не знает.",                       # «и» is not repeated
    "Возьмите то платье и то пальто.",          # «то» before nouns is a pronoun there
])
def test_no_list_no_comma(text):
    assert _gaps(repeated_conjunction, text) == []


@pytest.mark.parametrize("text, gap", [
    ("Склад закрылся и курьер не забрал посылку.", "закрылся ‸ и"),
    ("Заказ готов и курьер уже выехал.", "готов ‸ и"),        # a short adjective is the first predicate
])
def test_two_clauses_each_with_its_subject(text, gap):
    assert _gaps(and_between_clauses, text) == [gap]


@pytest.mark.parametrize("text", [
    "Вчера шёл дождь и дул ветер.",              # the word before may belong to both parts
    "Менеджер позвонил и извинился.",           # one subject, two verbs
    "Ответ прост и понятен всем клиентам.",      # one subject, two short adjectives
])
def test_one_clause_or_a_shared_word_takes_no_comma(text):
    assert _gaps(and_between_clauses, text) == []


@pytest.mark.parametrize("question, statement", [
    ("Кто принял заявку и кто её закрыл?", "Менеджер принял заявку и мастер её закрыл."),
    # a yes/no question too: one question's intonation joins both parts (Rosenthal: «Вы придёте ко мне или
    # мне прийти к вам?»)
    ("Склад закрылся и курьер не забрал посылку?", "Склад закрылся и курьер не забрал посылку."),
    ("Вы оплатили заказ и мы его до сих пор не отправили?", "Вы оплатили заказ и мы его до сих пор не отправили."),
])
def test_two_questions_joined_by_и_take_no_comma(question, statement):
    def commas(text):
        return [f for f in check_rules(text, "ru") if f.category == "punctuation"]
    assert commas(question) == []
    assert commas(statement)  # the same parts as statements do take it
