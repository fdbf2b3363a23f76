"""«Ну» and «что ж» opening a reply, «однако» between a subject and its verb."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def fixes(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru")
            if f.rule_id in ("OURS_INTERJECTION_COMMA", "OURS_INTRO_COMMA", "OURS_LIST_COMMA")]


@pytest.mark.parametrize("text, fix", [
    ("Ну я, пожалуй, пойду домой.", "Ну, я"),
    ("Ну раз вы настаиваете, я подожду.", "Ну, раз"),
    ("Что ж попробуем ещё раз.", "Что ж, попробуем"),
    ("Ну что ж начнём оформление заказа.", "Ну что ж, начнём"),
])
def test_a_comma_goes_after_an_interjection_opening_a_reply(text, fix):
    assert ("OURS_INTERJECTION_COMMA", fix) in fixes(text)


@pytest.mark.parametrize("text", [
    "Ну и погода сегодня!",
    "Ну вот и всё.",
    "Ну давай уже.",
    "Ну хорошо, я согласен.",
    "Ну ты и хитрец!",
    "Ну я же говорил.",
    "Что ж вы раньше молчали?",      # «почему», a question
    "Ну, я пошёл.",                  # the comma is there
    "Мы не знаем, что ж делать.",    # not at the start
])
def test_no_comma_after_a_particle_ну_or_a_question_что_ж(text):
    assert not any(rule == "OURS_INTERJECTION_COMMA" for rule, _ in fixes(text))


@pytest.mark.parametrize("text, fix", [
    ("Курьер однако не приехал.", "Курьер, однако, не"),
    ("Наш мастер однако опоздал.", "мастер, однако, опоздал"),
    ("Мы однако же успели.", "Мы, однако же, успели"),
])
def test_однако_between_the_subject_and_its_verb_is_set_off_on_both_sides(text, fix):
    assert fixes(text) == [("OURS_INTRO_COMMA", fix)]


@pytest.mark.parametrize("text", [
    "Он купил хлеб однако забыл молоко.",   # a conjunction between predicates
    "Однако курьер не приехал.",
    "Курьер, однако, не приехал.",
])
def test_однако_as_a_conjunction_gets_no_comma_after_it(text):
    assert not any(fix.endswith(("однако, забыл", "однако, курьер")) or rule == "OURS_INTRO_COMMA"
                   for rule, fix in fixes(text))


def test_the_rule_explains_itself():
    rule = RULES["OURS_INTERJECTION_COMMA"]
    assert rule.category == "punctuation" and "что ж" in rule.explanation


@pytest.mark.parametrize("text, fix", [
    ("Курьер не позвонил значит он ещё едет.", "позвонил, значит"),
    ("Оператор молчит значит занят.", "молчит, значит"),
])
def test_a_comma_goes_before_значит_joining_two_clauses(text, fix):
    assert ("OURS_LIST_COMMA", fix) in fixes(text)


@pytest.mark.parametrize("text", [
    "Это значит что заказ отменён.",          # the verb «значит» with its clause
    "Для нас это значит очень много.",
    "Кто понял что значит ждать, тот поймёт.",
    "Курьер не позвонил, значит, он в пути.",  # the commas are there
])
def test_no_comma_before_the_verb_значит(text):
    assert not any(fix.endswith(", значит") for _, fix in fixes(text))
