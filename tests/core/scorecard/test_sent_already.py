"""sent_already: asking the customer to send again what they say is attached is neither an answer nor the company's
step. Replies of our own, exact verdicts."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.sent_already import attached


def _solution(reply, customer, **kw):
    return card(reply, customer, **kw)["solution"]


def test_what_is_attached_is_read_from_the_clause_with_the_attaching_word():
    assert {"скриншот", "квитанция"} <= attached(["Оплата не прошла. Скрин и квитанцию прикрепила, посмотрите."])
    assert "фото" in attached(["Вот фотка упаковки", "она вся в дырах"])
    assert "договор" in attached(["Договор во вложении."])
    assert attached(["Не получается приложить фото, пишет «файл большой»."]) == set()
    assert attached(["Пульт от приставки не работает, батарейки меняла."]) == set()


def test_asking_again_for_an_attached_screenshot_is_no_step():
    got = _solution("Здравствуйте! Сожалею. Отправьте, пожалуйста, скриншот, чтобы я проверила платёж. Хорошего "
                    "вечера!", ["Платёж за квартиру завис, деньги списаны. Скрин прикрепила."])
    assert got.passed is False
    assert got.reason == "Клиент уже написал, о чём его просят («Отправьте»): повторная просьба — не следующий шаг."


def test_asking_for_a_picture_of_something_else_is_a_real_request():
    got = _solution("Здравствуйте! Жаль, что так вышло. Пришлите, пожалуйста, фото этикетки, и я сегодня же оформлю "
                    "обмен. Хорошего дня!", ["Кофта после первой стирки села на два размера. Фото прилагаю."])
    assert got.passed is True, got.reason


def test_asking_again_after_saying_the_file_did_not_open_is_a_real_request():
    got = _solution("Здравствуйте! Простите, ваш файл у меня не открывается. Пришлите, пожалуйста, фото ещё раз — "
                    "обмен оформлю сразу, как увижу его. Хорошего дня!",
                    ["Кофта после первой стирки села на два размера. Фото прилагаю."])
    assert got.reason != "Клиент уже написал, о чём его просят («Пришлите»): повторная просьба — не следующий шаг."


def test_a_deed_beside_the_request_still_counts():
    got = _solution("Здравствуйте! Простите за путаницу. Квитанцию вижу, платёж я нашла и зачислила на ваш счёт, он уже "
                    "отображается в приложении. Хорошего дня!", ["Оплатил, а баланс ноль. Квитанцию прикладываю."])
    assert got.passed is True, got.reason
