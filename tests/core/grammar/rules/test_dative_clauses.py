"""A dative person before an impersonal predicate («вам нужно», «нам придётся») opens a part of its own."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, rule, fix", [
    ("Если вы решите вернуть товар вам нужно заполнить заявление.", "OURS_CLAUSE_COMMA", "товар, вам"),
    ("Когда приедет курьер вам придётся расписаться в накладной.", "OURS_CLAUSE_COMMA", "курьер, вам"),
    ("Дорогу размыло ливнем нам придётся ехать в объезд.", "OURS_LIST_COMMA", "ливнем, нам"),
    ("Боюсь мне нечего добавить.", "OURS_LIST_COMMA", "Боюсь, мне"),
    ("Склад закрыт на учёт нам всё равно не успеть.", None, None),  # no impersonal word after the pronoun
])
def test_the_dative_part_is_parted(text, rule, fix):
    found = commas(text)
    if rule is None:
        assert not [c for c in found if c[1].endswith(", нам")]
    else:
        assert (rule, fix) in found


@pytest.mark.parametrize("text", [
    "Мы поможем вам нужно только подождать.",            # «вам» may be «поможем»'s
    "Мы отправили письмо вам нужно его прочитать.",      # «письмо вам»: the noun takes a dative
    "Если заказ не пришёл в этом случае вам следует написать нам.",  # the circumstance may open the second part
    "Я знаю что вам нужно.",                            # a clause word before the pronoun
    "Выберите тариф который вам нужен.",
    "Вам нужно подождать.",                             # no part before
    "Скажите какой размер вам нужен.",
])
def test_no_comma_where_the_pronoun_may_belong_to_the_word_before(text):
    assert not [c for c in commas(text) if c[1].endswith((", вам", ", нам", ", мне"))]
