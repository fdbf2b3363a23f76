"""first_tries: a fault met with nothing but what anyone tries first is a guess, not a solution (settled 2026-12-06,
docs/label_settlement_2026-12-06.md). Replies of our own, exact verdicts."""

from __future__ import annotations

import pytest

from reply_cases import card


def _solution(reply, customer, **kw):
    return card(reply, customer, **kw)["solution"]


def test_a_bare_restart_to_a_fault_is_a_guess():
    got = _solution("Здравствуйте! Извините за неудобства. Перезапустите приложение и попробуйте снова. Если не "
                    "поможет, напишите.", ["Приложение не открывает выписку, пишет «ошибка 500»."])
    assert got.passed is False
    # «попробуйте снова» is the customer's own doing again, no step (tries_told.retried): the restart is quoted
    assert got.reason == ("Клиент сообщает о сбое, а ответ — только то, что пробуют первым («Перезапустите»), "
                          "без причины сбоя и без шага компании со сроком на случай, если не поможет.")


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


TAKEN = ("Клиент пишет, что уже пробовал это (не помогло или ему не ответили), а ответ советует то же самое ({quoted}): "
         "это не следующий шаг.")


def test_a_redo_the_customer_told_in_other_words_is_no_step():
    # «перелогинивался» … «выйдите и войдите снова»: the undoing half needs its doing half tried, and it was
    got = _solution("Здравствуйте! Сочувствую. Выйдите из личного кабинета и войдите заново. Хорошего дня!",
                    ["Не вижу в кабинете оплаченный курс. Выходил и входил в кабинет уже несколько раз — курса нет."])
    assert (got.passed, got.reason) == (False, TAKEN.format(quoted="«Выйдите», «войдите»"))
    # «переподключите» to one who unplugged and plugged it in again
    got = _solution("Добрый день! Переподключите камеру к приложению в разделе «Устройства». Всего доброго!",
                    ["Камера не показывает картинку в приложении. Отключала её и подключала снова, "
                     "ничего не изменилось."])
    assert (got.passed, got.reason) == (False, TAKEN.format(quoted="«Переподключите»"))


def test_a_redo_of_another_thing_is_still_a_step():
    got = _solution("Добрый день! Переподключите камеру к сети Wi-Fi в разделе «Устройства». Всего доброго!",
                    ["Камера не показывает картинку в приложении. Приложение переустанавливала, не помогло."])
    assert got.passed is True, got.reason


def test_pressing_the_button_the_customer_says_is_dead_is_no_step():
    got = _solution("Здравствуйте! Откройте заказ и нажмите «Отменить заказ». Хорошего дня!",
                    ["Хочу отменить заказ 5521, но кнопка «Отменить заказ» неактивная, не нажимается."])
    assert got.passed is False, got.reason
    got = _solution("Здравствуйте! Откройте заказ и нажмите «Отменить заказ». Хорошего дня!",
                    ["Хочу отменить заказ 5521, где это сделать?"])
    assert got.passed is True, got.reason


def test_contacting_the_one_who_does_not_answer_is_no_step():
    got = _solution("Здравствуйте! Гарантийный ремонт делает сервисный центр, позвоните им по номеру из гарантийного "
                    "талона. Хорошего дня!",
                    ["Сервисный центр не берёт трубку третий день, а пылесос сломался через месяц. Что мне делать?"])
    assert (got.passed, got.reason) == (False, TAKEN.format(quoted="«позвоните им по номеру»"))
    got = _solution("Здравствуйте! Напишите курьеру в чат доставки, он подскажет. Хорошего дня!",
                    ["Курьер не отвечает на звонки уже час, а заказ так и не привезли. Что делать?"])
    assert got.passed is False, got.reason


def test_contacting_someone_else_is_still_a_step():
    got = _solution("Здравствуйте! Гарантийный ремонт делает производитель, позвоните на его горячую линию "
                    "8 800 100-20-30, ремонт бесплатный. Хорошего дня!",
                    ["Сервисный центр не берёт трубку третий день, а пылесос сломался через месяц. Что мне делать?"])
    assert got.passed is True, got.reason


def test_doing_it_once_is_not_doing_it_again():
    # the customer plugged the camera in and it never worked: unplugging and plugging it in again is a new try
    got = _solution("Добрый день! Переподключите камеру к приложению в разделе «Устройства». Всего доброго!",
                    ["Камера не показывает картинку в приложении. Я её уже подключала, толку никакого."])
    assert got.passed is True, got.reason


def test_a_thing_that_does_not_respond_is_no_one_silent():
    got = _solution("Здравствуйте! Попросите кассира перезагрузить терминал: деньги дважды не спишутся. Хорошего дня!",
                    ["Терминал в магазине не отвечает, оплата зависла. Что делать?"])
    assert got.passed is True, got.reason


def test_one_who_keeps_silent_is_silent_but_a_silent_caller_is_not():
    got = _solution("Здравствуйте! Свяжитесь с продавцом в чате заказа: трек-номер есть у него. Хорошего дня!",
                    ["Оплатила заказ неделю назад, продавец молчит, посылки нет. Где она?"])
    assert (got.passed, got.reason) == (False, TAKEN.format(quoted="«Свяжитесь»"))
    got = _solution("Здравствуйте! Перезвоните на этот номер и спросите, кто это: чаще всего так звонят курьеры. "
                    "Хорошего дня!",
                    ["Мне третий день звонят с одного номера и молчат. Что делать?"])
    assert got.passed is True, got.reason


@pytest.mark.parametrize("customer", [
    "Программа крашится на старте с самого утра, что делать?",
    "после апдейта app is not working, что делать?",
    "редактор глючит, текст пропадает, помогите",
])
def test_a_fault_told_in_borrowed_words_is_still_a_fault(customer):
    got = _solution("Здравствуйте! Простите за неудобства. Попробуйте переустановить программу. Если не поможет, "
                    "напишите.", [customer])
    assert got.passed is False


def test_the_cause_before_the_step_in_one_sentence_is_told():
    got = _solution("Здравствуйте! Простите за неудобства. В сборке 7.1 сбился кэш шрифтов: переустановите программу, "
                    "и всё заработает.", ["Программа не запускается с самого утра, что делать?"])
    assert got.passed is True, got.reason


def test_a_lead_in_before_the_step_tells_no_cause():
    got = _solution("Здравствуйте! Простите за неудобства. Для начала переустановите программу. Если не поможет, "
                    "напишите.", ["Программа не запускается с самого утра, что делать?"])
    assert got.passed is False
