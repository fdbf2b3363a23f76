"""«Который» and the verb right after it agree in number (and gender in the past), whatever the parse."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    # the noun before the comma agrees with the verb: the word «который» is the slip
    ("Все письма, которое пришли за выходные, разберите до обеда.", "OURS_WHICH_AGREEMENT", "которое", "которые"),
    ("Заявки, которая поступили ночью, передайте Ольге.", "OURS_WHICH_AGREEMENT", "которая", "которые"),
    # the noun agrees with «который»: the verb is the slip
    ("Сотрудник, который пришла утром, уже ушёл домой.", "OURS_SUBJECT_VERB_AGREEMENT", "пришла", "пришёл"),
])
def test_the_pair_that_disagrees_is_flagged(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Все письма, которые пришли за выходные, разберите до обеда.",
    "Отзыв, который оставили вчера, очень помог.",  # the verb takes «который» as its object
    "Вопрос, который пришли обсудить соседи, давно решён.",  # the object of the infinitive
    "Вещи, которые осталось забрать, лежат у двери.",
    "Девушка, которая пришла вчера, снова здесь.",
    "Товары, которые приходят по средам, стоят дешевле.",
])
def test_agreeing_pairs_are_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_WHICH_AGREEMENT") == [] and rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []
