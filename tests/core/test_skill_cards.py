"""The skill cards of «Прогресс»: the figure of the last results, the trend against the ones before, the next step."""

from app.core.skill_cards import correspondence_card, grammar_card, quiz_card, typing_card


def test_nothing_yet_says_where_to_start():
    card = typing_card([], [])
    assert card.figure is None and card.trend is None and card.attempts == 0
    assert "первый урок" in card.next_step
    assert "Грамотность" in grammar_card([], []).next_step


def test_the_figure_is_the_mean_of_the_last_five_and_the_trend_compares_with_the_five_before():
    speeds = [100.0] * 5 + [150.0] * 5
    card = typing_card(speeds, ["ы", "ж"])
    assert card.figure == 150.0 and card.trend == 50.0 and card.series == tuple(speeds)
    assert "«ы», «ж»" in card.next_step and "адаптивная" in card.next_step


def test_few_results_compare_halves():
    card = typing_card([100.0, 120.0, 200.0], [])
    assert card.figure == 200.0 and card.trend == 80.0  # one against one: a window of len // 2
    assert typing_card([90.0], []).trend is None


def test_the_next_step_names_the_weakest_topic_or_item():
    grammar = grammar_card([0, 100, 0], [("Вводные слова", 2, 3), ("Тся/ться", 1, 4)])
    assert "«Вводные слова» (2 из 3)" in grammar.next_step
    reply = correspondence_card([60], [("greeting", 1, 1), ("empathy", 0, 1), ("closing", 1, 2)])
    assert "«Сочувствие, извинение» (0 из 1)" in reply.next_step
    quiz = quiz_card([70], [("Безопасность", 50.0, 1), ("Тон", 90.0, 1)])
    assert "«Безопасность» (50\u00a0% верно)" in quiz.next_step
    assert "без ошибок" in quiz_card([100], [("Тон", 100.0, 1)]).next_step
