"""«возможно» as the predicate of a neuter subject a few words before it takes no commas; as an aside it does."""

import pytest


@pytest.mark.parametrize("text", [
    "Подключение услуги другим владельцем возможно только в салоне связи.",
    "Продление полиса возможно по заявлению.",
])
def test_predicate_of_a_neuter_subject(rule_hits, text):
    assert rule_hits(text, "OURS_INTRO_COMMA") == []


@pytest.mark.parametrize("text", [
    "Посылка возможно задержится на день.",  # a verb of its own after it: an aside
    "Мы возможно перенесём встречу.",
    "Оформление возможно займёт неделю.",
])
def test_aside_still_reported(rule_hits, text):
    assert rule_hits(text, "OURS_INTRO_COMMA") != []
