"""Members with a preposition joined by a repeated conjunction, and «не то… не то»."""

import pytest

from app.core.grammar.rules import repeated_conjunctions
from app.core.grammar.rules._base import Text


def fixes(text):
    return [f.replacements[0] for f in repeated_conjunctions.check(Text(text))]


@pytest.mark.parametrize("text, expected", [
    ("Ни в понедельник ни во вторник курьер не приезжал.", ["понедельник, ни"]),
    ("Забрать заказ можно или в пункте выдачи или у курьера или на почте.", ["выдачи, или", "курьера, или"]),
    ("Письма приходили ни от клиентов ни от партнёров.", ["клиентов, ни"]),
    ("Она либо с мамой либо с подругой.", ["мамой, либо"]),
    ("Курьер звонил то из машины то со склада.", ["машины, то"]),
    ("Он не то шутил не то сердился.", ["шутил, не"]),
    ("За окном не то дождь не то снег.", ["дождь, не"]),
    # longer members that open alike
    ("В отчёте нет ни серьёзных ошибок ни мелких опечаток.", ["ошибок, ни"]),
    ("Курьер не доехал ни до склада ни до клиента.", ["склада, ни"]),
    ("Отвечать надо или очень коротко или очень подробно.", ["коротко, или"]),
])
def test_each_repeated_conjunction_after_the_first_takes_a_comma(text, expected):
    assert fixes(text) == expected


@pytest.mark.parametrize("text", [
    "Он ушёл ни с того ни с сего.",             # idioms written without a comma
    "Это замечание ни к селу ни к городу.",
    "Мы доставляем ни в город, ни в область.",  # the comma is there
    "Мы доставляем и в город и в область.",     # «и… и…» before longer members: left to the writer
    "У него не то что денег, даже времени нет.",  # «не то что» is a set phrase
    "Как ни старался курьер ни разу не успел.",     # «как ни»: a concessive clause
    "Мы купили старые столы и новые стулья и новые кресла.",  # the first «и» may only close a list
    "Ни один курьер ни разу не опоздал.",           # the members do not open alike
    "Письма для исправления или замены адреса или телефона.",  # the first «или» joins a pair first
])
def test_no_comma_where_none_is_due(text):
    assert fixes(text) == []


def test_the_finding_is_the_list_comma():
    text = "Мы доставляем или в город или в область."
    f = repeated_conjunctions.check(Text(text))[0]
    assert f.rule_id == "OURS_LIST_COMMA" and text[f.offset:f.offset + f.length] == "город или"
