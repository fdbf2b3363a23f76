"""A skill card shows the figure, the trend with its colour, the sparkline and the next step it is given."""

from app.core.skill_cards import quiz_card, typing_card
from app.ui.skill_cards import SkillCards


def test_a_card_with_results_shows_figure_trend_and_step(qtbot):
    cards = SkillCards()
    qtbot.addWidget(cards)
    cards.show_cards([typing_card([100.0] * 5 + [90.0] * 5, ["ы"]), quiz_card([], [])])
    typing = cards.cards["typing"]
    assert typing.figure.text() == "90" and typing.trend.text() == "▼ −10"
    assert typing.trend.property("role") == "error"
    assert not typing.spark.isHidden() and len(typing.spark.values) == 10
    assert "«ы»" in typing.next_step.text()
    quiz = cards.cards["quiz"]
    assert quiz.figure.text() == "—" and quiz.trend.text() == "" and quiz.spark.isHidden()
    assert "первый тест" in quiz.next_step.text()
