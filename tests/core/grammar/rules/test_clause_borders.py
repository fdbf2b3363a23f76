"""Borders the tree draws without a conjunction: two clauses each with its own subject, the end of a
participial phrase after the subject, the end of a «кто» clause that opens the sentence."""

import pytest

from app.core.grammar.rules import check_rules


def fixes(text, rule):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == rule]


@pytest.mark.parametrize("text, rule, fix", [
    ("Мы проверили адрес курьер уже выехал к вам.", "OURS_LIST_COMMA", "адрес, курьер"),
    ("Звоню в банк оператор не отвечает.", "OURS_LIST_COMMA", "банк, оператор"),  # «звоню»: «я» unsaid
    ("Клиенты оформившие заказ получат его утром.", "OURS_PHRASE_COMMA", "заказ, получат"),
    # the main predicate may be a short form that agrees with the subject
    ("Документы присланные по почте готовы к проверке.", "OURS_PHRASE_COMMA", "почте, готовы"),
    ("Клиенты оформившие заказ до пятницы должны получить его в понедельник.", "OURS_PHRASE_COMMA",
     "пятницы, должны"),
    ("Кто оплатил заказ получит его завтра.", "OURS_CLAUSE_COMMA", "заказ, получит"),
    ("Кто не читает инструкцию не найдёт нужную кнопку.", "OURS_CLAUSE_COMMA", "инструкцию, не"),
    ("То что заказ задержался огорчило клиента.", "OURS_CLAUSE_COMMA", "задержался, огорчило"),
    ("За теми кто пишет в чат следят два оператора.", "OURS_CLAUSE_COMMA", "чат, следят"),
    ("Тот кто оформил возврат по форме обязательно получит деньги.", "OURS_CLAUSE_COMMA", "форме, обязательно"),
    ("Тот кто оформил заказ должен получить письмо.", "OURS_CLAUSE_COMMA", "заказ, должен"),  # a short form
    # two requests with no conjunction
    ("Не звоните нам напишите в чат.", "OURS_LIST_COMMA", "нам, напишите"),
])
def test_the_border_gets_a_comma(text, rule, fix):
    assert fix in fixes(text, rule)


@pytest.mark.parametrize("text, wrong", [
    ("Мы проверили адрес, курьер уже выехал к вам.", ","),
    ("Клиенты, оформившие заказ, получат его утром.", ","),
    ("Мы знаем с кем оператор говорил вчера.", "кем, оператор"),  # a relative word: one sentence
    ("Кто был принят вчера получит пропуск.", "был, принят"),  # «был принят» is one predicate
    ("Клиенты оформившие заказ вовремя получат его утром.", "вовремя, получат"),  # «вовремя»: either verb's
    ("Кто часто звонит тому оператор отвечает быстрее.", "тому, оператор"),  # «тому» is the main clause's
    ("Кто звонил вам вчера?", ","),
    ("Пойдите посмотрите на склад.", ","),                      # two requests side by side: one predicate
    ("Сначала оплатите заказ затем проверьте почту.", "затем, проверьте"),  # «затем» may be the second's
    # «ни в чём» goes with the main verb's «не»
    ("Человек знающий своё дело ни в чём не сомневается.", "чём, не"),
    ("Заявки поступившие ночью ни в чём не уступают дневным.", "чём, не"),
    ("Тому кто сам ничего не делает все кажется простым.", "все, кажется"),  # «все» may be the subject
])
def test_no_comma_where_the_border_is_not_sure(text, wrong):
    found = [f.replacements[0] for f in check_rules(text, "ru") if f.category == "punctuation"]
    assert not any(wrong in fix and fix not in text for fix in found), found
