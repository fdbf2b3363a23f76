"""Borders of gerund phrases and introductory words the tree alone gets wrong: a negative pronoun
before a negated gerund, a dative that belongs to the main impersonal predicate."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text, rule="OURS_PHRASE_COMMA"):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == rule]


@pytest.mark.parametrize("text, fix", [
    ("Курьер уехал ничего не сказав.", "уехал, ничего"),
    ("Оператор закрыл чат никому не ответив.", "чат, никому"),
])
def test_a_negative_pronoun_before_a_negated_gerund_opens_the_phrase(text, fix):
    assert commas(text) == [fix]


def test_a_dative_before_an_impersonal_predicate_is_outside_the_gerund_phrase():
    assert commas("Отвечая на письмо оператору надо быть вежливым.") == ["письмо, оператору"]


@pytest.mark.parametrize("text", [
    "Курьер ничего не сказав уехал?",               # the phrase in the middle: the tree is unsure
    "Отвечая на письмо, оператору надо быть вежливым.",
])
def test_no_new_comma_inside_a_gerund_phrase(text):
    assert not any(fix.startswith(("ничего,", "оператору,")) for fix in commas(text))


@pytest.mark.parametrize("text, fix", [
    ("Оформив заказ Гоги сразу уехал.", "заказ, Гоги"),                       # an undeclined name
    ("Прочитав инструкцию ты лучше поймёшь устройство.", "инструкцию, ты"),  # an adverb before the verb
    ("Дождавшись ответа они быстро ушли.", "ответа, они"),
])
def test_an_opening_gerund_phrase_ends_before_the_subject_of_the_verb(text, fix):
    assert commas(text) == [fix]


def test_no_comma_inside_a_name_of_two_words_after_a_gerund_phrase():
    assert not any(fix.startswith(("сэр,", "короля, сэр")) for fix in commas("Встретив короля сэр Ланселот поклонился."))


@pytest.mark.parametrize("text, fix", [
    ("Кстати говоря я забыл ключи.", "Кстати говоря, я"),
    ("Говоря откровенно мы устали.", "Говоря откровенно, мы"),
])
def test_говоря_in_an_introductory_phrase_is_not_cut_off(text, fix):
    assert commas(text, "OURS_INTRO_COMMA") == [fix]
    assert commas(text) == []


def test_sam_before_a_gerund_after_the_verb_opens_the_phrase():
    # «сам» after the main verb goes with the gerund: the comma stands before it, not between them
    assert commas("Оператор всё проверил сам оставаясь в тени.") == ["проверил, сам"]
    assert commas("Курьер сам открыв калитку вошёл во двор.")[:1] == ["сам, открыв"]
