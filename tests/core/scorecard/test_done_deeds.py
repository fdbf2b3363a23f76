"""What is already done owes no time (rubric, «Решение»: «сделанная оператором операция» answers): the doing the
customer bade told in a perfective short passive, and a state the customer asked about, reached — but not a promise,
a negation, or what the customer reported told back."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.done_deeds import bidden_done, passed_on_left
from app.core.scorecard.reply import read_reply


def _solution(reply, customer):
    got = card(reply, [customer])["solution"]
    return got.passed, str(got.reason)


def test_the_doing_bidden_told_as_done_needs_no_time():
    assert _solution("Здравствуйте! Номер заблокирован, звонить и платить с него больше никто не сможет.",
                     "Украли телефон, срочно заблокируйте номер!") == (
        True, "Оператор сделал, что нужно: «заблокирован».")
    # another verb of the same doing, close by navec: «поменяйте» — «изменён»
    assert _solution("Добрый день! Адрес доставки изменён на Лесную, 5.",
                     "Поменяйте, пожалуйста, адрес доставки на Лесную, 5.")[0] is True


def test_the_doing_bidden_only_promised_still_wants_its_time():
    assert _solution("Здравствуйте! Номер будет заблокирован.", "Украли телефон, срочно заблокируйте номер!") == (
        False, "Шаг назван («заблокирован»), но не сказано, когда: добавьте срок.")
    assert _solution("Добрый день! Адрес поменяем.", "Поменяйте, пожалуйста, адрес доставки на Лесную, 5.")[0] is False


def test_what_the_customer_reported_told_back_is_no_deed():
    """«Карту заблокировали!» — «Карта заблокирована»: the customer's own news, nothing done for them."""
    assert _solution("Здравствуйте! Карта заблокирована банком.",
                     "Мне заблокировали карту, а я на кассе! Что делать?")[0] is False


def test_a_state_asked_about_reached_answers_when():
    assert _solution("Здравствуйте! Деньги вернулись на вашу карту вчера, их видно в выписке.",
                     "Когда вернут деньги за отменённый заказ?") == (True, "Оператор сделал, что нужно: «вернулись».")
    assert _solution("Добрый день! Посылка пришла в пункт выдачи на Садовой сегодня утром.",
                     "Когда придёт моя посылка?")[0] is True


def test_a_state_not_reached_still_leaves_when_open():
    assert _solution("Здравствуйте! Деньги не вернулись, банк ещё обрабатывает операцию.",
                     "Когда вернут деньги за отменённый заказ?")[0] is False
    assert _solution("Добрый день! Посылка не пришла в пункт выдачи, мы разбираемся.",
                     "Когда придёт моя посылка?")[0] is False


def test_a_deed_beside_a_promise_leaves_the_promised_question_open():
    """A deed settles the request; the second question has only a promise nobody can keep, which answers nothing."""
    passed, reason = _solution("Здравствуйте! Бронь отменена. Деньги точно вернутся все до копейки, гарантирую!",
                               "Отмените бронь на 5 мая, планы поменялись. Деньги вернутся?")
    assert passed is False and reason.startswith("Клиент спросил «Деньги вернутся»")


def test_a_state_asked_about_named_back_with_its_value_answers():
    assert _solution("Добрый день! Полис оформлен на Ирину Сергеевну Котову.", "На какое имя оформлен полис?") == (
        True, "Клиент спросил, какие они, и ответ называет: «оформлен на Ирину Сергеевну Котову».")
    assert _solution("Здравствуйте! Договор аренды заключён с ООО «Вектор».",
                     "Скажите, с какой фирмой заключён договор аренды?")[0] is True


def test_a_state_said_back_with_nothing_new_names_nothing():
    assert _solution("Добрый день! Полис оформлен, не волнуйтесь.", "На какое имя оформлен полис?")[0] is False
    assert _solution("Здравствуйте! Договор аренды заключён, всё в порядке.",
                     "Скажите, с какой фирмой заключён договор аренды?")[0] is False


def test_what_has_happened_is_no_step_owed_a_time():
    """A past verb or a participle tells what happened: «Шаг назван…, добавьте срок» would ask a time of the past."""
    assert _solution("Здравствуйте. Рейс отменён авиакомпанией.", "Рейс отменили, что мне теперь делать?") == (
        False, "Нет ни ответа по существу, ни следующего шага со сроком.")
    # the matter passed on is still to be done: its time is owed
    assert _solution("Здравствуйте. Передала ваш вопрос в отдел бронирования.",
                     "Рейс отменили, что мне теперь делать?") == (
        False, "Шаг назван («Передала»), но не сказано, когда: добавьте срок.")


def test_passing_on_what_the_customer_bade_pass_on_is_the_deed_itself():
    assert _solution("Добрый день! Передала вашу благодарность мастеру Игорю и его бригадиру.",
                     "Передайте, пожалуйста, спасибо мастеру Игорю, он быстро всё починил!")[0] is True
    # passing on a complaint the customer never bade pass on leaves the work to be done, and owes a time
    assert _solution("Добрый день! Передала ваш вопрос мастеру Игорю.",
                     "Почините, пожалуйста, кран, он течёт третий день!")[0] is False


def test_one_bidden_doing_told_done_leaves_the_other_bidden_one_open():
    passed, reason = _solution("Здравствуйте! Услуга «Музыка+» отключена.",
                               "Отключите услугу «Музыка+», я её не заказывала, и верните 199 рублей.")
    assert passed is False and reason.startswith("Клиент просит «верните»")
    assert _solution("Здравствуйте! Услуга «Музыка+» отключена, 199 рублей вернём на счёт до пятницы.",
                     "Отключите услугу «Музыка+», я её не заказывала, и верните 199 рублей.")[0] is True
    asked = "Отключите автоплатёж по кредиту и верните вчерашние 500 рублей."
    assert _solution("Добрый день! Автоплатёж по кредиту отключён.", asked)[0] is False
    assert _solution("Добрый день! Автоплатёж по кредиту отключён, 500 рублей вернутся на карту завтра до 12:00.",
                     asked)[0] is True


def test_a_status_the_customer_sees_and_a_doing_they_deny_are_no_bid():
    # «статус «закрыт»» is what the customer sees; «я ничего не закрывал» bids nothing: «Счёт закрыт» tells it back
    r = read_reply("Здравствуйте! Счёт закрыт, потому что по нему год не было операций. Хорошего дня!",
                   ["В приложении у счёта статус «закрыт». Я ничего не закрывал! Что случилось?"])
    at = next(i for i, t in enumerate(r.tokens) if t.lower == "закрыт")
    assert not bidden_done(r, at)


def test_one_bid_done_and_the_other_passed_to_an_untimed_check_fails():
    customer = "Подключили платную подписку без моего согласия! Отключите её и верните деньги"
    assert _solution("Здравствуйте! Подписку я отключила. По возврату оформлена заявка, её рассмотрят, результат "
                     "пришлём в СМС. Хорошего дня!", customer) == (
        False, "Следующий шаг за компанией («рассмотрят»), но не сказано, когда: без срока клиент не знает, чего ждать.")
    # with its time the check is a next step; both done is a deed
    assert _solution("Здравствуйте! Подписку я отключила. По возврату оформлена заявка, её рассмотрят до пятницы. "
                     "Хорошего дня!", customer)[0] is True
    assert _solution("Здравствуйте! Подписку я отключила и вернула 299 ₽. Хорошего дня!", customer)[0] is True


def test_passed_on_left_needs_two_bids():
    r = read_reply("Здравствуйте! Подписку я отключила, заявку рассмотрят.", ["Отключите подписку!"])
    assert passed_on_left(r, [(r.text.index("отключила"), 9)], [(r.text.index("рассмотрят"), 10)]) == []
