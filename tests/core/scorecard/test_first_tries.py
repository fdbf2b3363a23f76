"""first_tries: a fault met with nothing but what anyone tries first is a guess, not a solution (settled 2026-12-06,
docs/label_settlement_2026-12-06.md). Replies of our own, exact verdicts."""

from __future__ import annotations

from reply_cases import card


def _solution(reply, customer, **kw):
    return card(reply, customer, **kw)["solution"]


def test_a_bare_restart_to_a_fault_is_a_guess():
    got = _solution("Здравствуйте! Извините за неудобства. Перезапустите приложение и попробуйте снова. Если не "
                    "поможет, напишите.", ["Приложение не открывает выписку, пишет «ошибка 500»."])
    assert got.passed is False
    assert got.reason == ("Клиент сообщает о сбое, а ответ — только то, что пробуют первым («Перезапустите», "
                          "«попробуйте»), без причины сбоя и без шага компании со сроком на случай, если не поможет.")


def test_the_same_restart_with_the_cause_told_is_a_solution():
    got = _solution("Здравствуйте! Выписка не открывалась из-за вчерашнего обновления, его уже исправили. Перезапустите "
                    "приложение, и всё откроется.", ["Приложение не открывает выписку, пишет «ошибка 500»."])
    assert got.passed is True, got.reason


def test_the_same_restart_with_the_companys_timed_fallback_is_a_solution():
    got = _solution("Здравствуйте! Перезагрузите роутер. Если интернет не появится, мастер приедет завтра с 9:00 до "
                    "12:00.", ["Интернет не работает с утра."])
    assert (got.passed, got.reason) == (True, "Есть конкретный шаг и срок: «приедет», «завтра».")


def test_a_restart_to_a_question_how_is_a_step():
    got = _solution("Здравствуйте! Выключите приставку из розетки на 10 секунд и включите снова — настройки "
                    "сбросятся. Хорошего дня!", ["Как сбросить настройки приставки?"])
    assert got.passed is True, got.reason


def test_a_cause_told_with_a_reproach_is_still_the_cause():
    # the reproach is the tone's business; the first try is tied to what is wrong
    got = _solution("Здравствуйте. Письма уходят сразу, так что дело в настройках вашего ящика. Проверьте папку "
                    "«Спам». Всего доброго.", ["Не приходит письмо с кодом подтверждения, жду уже двадцать минут."])
    assert got.passed is True, got.reason
