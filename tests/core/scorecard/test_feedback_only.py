"""feedback_only: a customer who says in words that they ask for nothing gives feedback, so no solution is due (the
rubric: solution `na` when there is neither a question nor a request). Replies of our own, exact verdicts."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.feedback_only import feedback_only as _feedback_only
from app.core.scorecard.reply import read_reply


def feedback_only(messages: list[str]) -> bool:
    return _feedback_only(read_reply("Здравствуйте!", messages))

_NONE_DUE = "Клиент ни о чём не спрашивает и ничего не просит: решение не требуется."


def test_a_request_disclaimed_in_words_is_feedback():
    assert feedback_only(["Ни о чём не прошу. Водитель автобуса всю дорогу говорил по телефону, было страшно."])
    assert feedback_only(["Пишу не жаловаться, а чтобы вы знали: в зале на третьем этаже сломан кондиционер."])
    assert feedback_only(["Хочу высказаться о вашей доставке. Два часа опоздания и ни одного звонка."])
    assert feedback_only(["Просто делюсь: ваша новая касса самообслуживания зависает на каждом втором чеке."])


def test_a_disclaimer_beside_a_question_or_a_bid_is_no_feedback():
    assert not feedback_only(["Ничего не требую, но почему мне никто не перезвонил?"])
    assert not feedback_only(["Ни о чём не прошу, просто уберите этого курьера с нашего района."])
    assert not feedback_only(["Просто сообщаю, что лифт сломан, может, почините к выходным."])
    assert not feedback_only(["Курьер опоздал на два часа. Прошу разобраться."])


def test_the_solution_is_not_applicable_to_feedback():
    got = card("Здравствуйте! Простите за этот шум в зале — так быть не должно. Я передала ваш отзыв администратору "
               "клуба. Спасибо, что рассказали.",
               ["Ничего не прошу, просто хочу, чтобы руководство знало: в бассейне клуба музыка гремит с утра."])
    assert (got["solution"].passed, got["solution"].reason) == (None, _NONE_DUE)


def test_a_complaint_with_a_plain_wish_still_needs_a_solution():
    got = card("Здравствуйте! Простите за этот шум в зале. Я передала ваш отзыв администратору клуба. Спасибо, что "
               "рассказали.", ["В бассейне клуба музыка гремит с утра. Сделайте потише, пожалуйста."])
    assert got["solution"].passed is False
