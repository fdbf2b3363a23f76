"""«За» for «о, про» after a verb of telling or knowing: «рассказала за проблему» → «про проблему»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Сосед вчера рассказывал за свою новую машину.", "за свою новую машину", "про свою новую машину"),
    ("Вы слышали за акцию в нашем магазине?", "за акцию", "про акцию"),
    ("Напомните мне за собрание в понедельник.", "за собрание", "про собрание"),
    ("Давай поговорим за отпуск.", "за отпуск", "про отпуск"),
])
def test_za_for_the_topic_gets_pro(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ABOUT_ZA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Сосед вчера рассказывал про свою новую машину.",
    "Я отвечаю только за себя и говорю за всю команду.",  # on behalf of
    "Она узнала расписание за сестру.",  # a person: in her stead
    "Он прочитал книгу за два вечера.",  # a span of time
    "Мы обсуждали это за ужином.",  # the instrumental: a place or a meal
    "Переводчик пишет тексты за деньги.",  # a price
    "Всё говорит за то, что он прав.",  # a pronoun, not a noun for a thing
    "Спасибо за вашу помощь.",  # no verb of telling
])
def test_other_meanings_of_za_are_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_ABOUT_ZA") == []
