"""Commas our rules must not ask for in correct writing — and the near mistakes they still report.

Each case is a rule of the norm: «есть что сказать» and «всё равно что» open no clause, a relative clause may open
with a noun before «который», a gerund's own words may stand before it, «с другой стороны» with a genitive is a
place, two verbs of motion and aim make one predicate, «поэтому если…, то…» puts no comma between connectives.
"""

import pytest

from app.core.grammar.rules import check_rules

_COMMAS = frozenset({"OURS_CONJ_COMMA", "OURS_CLAUSE_COMMA", "OURS_PHRASE_COMMA", "OURS_LIST_COMMA",
                     "OURS_INTRO_COMMA"})


def _commas(text: str) -> list[tuple[str, str]]:
    return [(f.rule_id, text[f.offset:f.offset + f.length]) for f in check_rules(text, "ru") if f.rule_id in _COMMAS]


@pytest.mark.parametrize("text", [
    # «есть» or «иметь», a question word and an infinitive: what there is to do, no clause
    "Мне есть что сказать по этому поводу.",
    "Нам есть куда расти.",
    "Нашей команде есть где развернуться.",
    "Оператор всегда имеет что ответить на такие вопросы.",
    # «было» and «будет» in the past and the future: «чтобы вам было что показать»
    "Соберу таблицу, чтобы вам было что обсудить на планёрке.",
    "После ремонта гостям будет где отдохнуть.",
    # «что-нибудь» with spaces round its hyphen is still the pronoun
    "Вам не нужно покупать что - нибудь ещё.",
    # the set pairs «что да как», «что к чему»
    "Мы быстро поняли что да как.",
    "Через неделю вы поймёте что к чему.",
    # «всё равно что» meaning «как будто»
    "Спорить с ним всё равно что носить воду решетом.",
    "Этот ответ всё равно что отказ.",
    # «поэтому» and «если» meet, and «то» opens the main clause
    "Поэтому если заказ не придёт до пятницы, то мы вернём деньги.",
    # a relative clause that opens with a noun, set off before it
    "Это вопрос, ответ на который знает каждый оператор.",
    "Мы ведём очередь, запись в которую открыта до вечера.",
    "Мы заменим товар, срок годности которого истёк.",
    # the gerund's own words stand before it, after the comma
    "Оператор ответил клиенту, подробно ему всё объясняя.",
    "Курьер не стал звонить, вместо этого оставив записку.",
    # an adverb opens a part of a list, the comma stands before it
    "Работа шла так: сначала за чертежи, потом за расчёты, потом за отчёт.",
    # «с другой стороны» with a genitive: the side of something
    "Курьер ждёт вас с другой стороны дома.",
    # a verb of motion or posture and its aim make one predicate
    "Я пойду проверю ваш заказ.",
    "Бабушка сидит вяжет у окна.",
    # a participle before a noun it agrees with far likelier than as an object is that noun's attribute
    "Он шёл во главе атакующей роты.",
])
def test_no_comma_is_asked_for_in_correct_writing(text):
    assert _commas(text) == []


@pytest.mark.parametrize("text, rule, span", [
    ("Я знаю что делать.", "OURS_CONJ_COMMA", "знаю что"),  # an indirect question keeps its comma
    ("Мне всё равно что он скажет.", "OURS_CONJ_COMMA", "равно что"),  # the dative makes it a predicate
    ("Поэтому если вы готовы напишите нам.", "OURS_CONJ_COMMA", "Поэтому если"),  # no «то» follows
    ("С другой стороны цены выросли.", "OURS_INTRO_COMMA", "С другой стороны цены"),  # the noun's own verb
    ("С другой стороны дома стоят новые.", "OURS_INTRO_COMMA", "С другой стороны дома"),
    ("Мы вернём деньги проверив данные.", "OURS_PHRASE_COMMA", "деньги проверив"),
    ("Он расстегнул куртку отыскал пульс.", "OURS_LIST_COMMA", "куртку отыскал"),
])
def test_the_near_mistakes_are_still_reported(text, rule, span):
    found = [(f.rule_id, text[f.offset:f.offset + f.length]) for f in check_rules(text, "ru")]
    assert (rule, span) in found


@pytest.mark.parametrize("text, span", [
    ("Сразу ясно было что делать.", "было что"),  # a word of state before «было»: an indirect question
    ("Непонятно будет что выбрать.", "будет что"),
])
def test_a_question_after_a_link_verb_keeps_its_comma(text, span):
    assert ("OURS_CLAUSE_COMMA", span) in _commas(text)


@pytest.mark.parametrize("text", [
    "Если вы будете оформлять заказ, доставку курьером нужно будет оплатить отдельно.",
    "Если клиент решит менять тариф, разницу за месяц можно будет вернуть на карту.",
    "Пока вы будете ждать ответа, заявку с документами нужно будет проверить.",
])
def test_an_object_set_first_after_the_writers_comma_opens_the_main_clause(text):
    assert [span for rule, span in _commas(text) if rule == "OURS_CLAUSE_COMMA"] == []


@pytest.mark.parametrize("text, span", [
    # no comma of the writer's closes the clause
    ("Если вы будете оформлять заказ доставку курьером нужно будет оплатить отдельно.", "курьером нужно"),
    # «и» joins the second object to the clause's verb: the clause ends after it
    ("Если вы будете оформлять заказ и доставку курьером нужно будет оплатить отдельно.", "курьером нужно"),
])
def test_a_clause_with_no_comma_of_its_own_still_asks_for_it(text, span):
    assert ("OURS_CLAUSE_COMMA", span) in _commas(text)
