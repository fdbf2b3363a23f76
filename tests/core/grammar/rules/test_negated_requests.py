"""A request with «не» after words with a predicate of their own is parted from them by a comma."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, fix", [
    ("Подождите минутку не кладите трубку.", "минутку, не"),
    ("Будьте внимательны не сообщайте код никому.", "внимательны, не"),
    ("Мы всё проверим не беспокойтесь.", "проверим, не"),
    ("Оставайтесь на линии не вешайте трубку.", "линии, не"),
])
def test_a_request_with_не_after_a_predicate_is_parted(text, fix):
    assert ("OURS_LIST_COMMA", fix) in commas(text)


@pytest.mark.parametrize("text", [
    "Смотри не опоздай на встречу.",        # a warning: one request
    "Никогда не сообщайте пароль.",         # no predicate before «не»
    "Не волнуйтесь и не переживайте.",      # «и» joins the two requests
    "Вы не волнуйтесь так.",
    # a conjunction joins the request to the predicate before it
    "Введите пароль на сайте и никому его не показывайте.",
    "Сохраните чек до конца гарантии или хотя бы его не выбрасывайте.",
])
def test_no_comma_before_не_without_a_part_before_it(text):
    assert not [c for c in commas(text) if c[1].endswith(", не")]


@pytest.mark.parametrize("text", [
    "Если курьер позвонит в домофон, дверь не открывайте.",  # «дверь» is the request's object
    "Спрашивай не спрашивай, ответ будет тот же.",            # one idiom
])
def test_no_comma_inside_the_request_or_an_idiom(text):
    assert not [c for c in commas(text) if c[1].endswith(", не")]
