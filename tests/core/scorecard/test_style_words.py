"""Vague words are read by what they mean in the reply («рядом», next to, is a place; «ряд причин» is vague), and
they are the solution's matter, not a sign of style."""

from __future__ import annotations

from reply_cases import card

CUSTOMER = ["Здравствуйте! Есть два места рядом на поезд до Казани на пятницу?"]


def test_seats_next_to_each_other_are_no_vague_words():
    c = card("Здравствуйте! Два места рядом есть в вагоне 5, по 2 300 ₽. Ещё рядом свободны места 14 и 15 в вагоне 7. "
             "Напишите, какие забронировать.", CUSTOMER)
    assert c["solution"].passed is True, c["solution"].reason


def test_vague_words_are_the_solutions_matter_not_a_sign_of_style():
    """The rubric's style has three groups (bureaucratese, stock phrases, empty intensifiers): «по ряду причин»,
    «в ближайшее время» with a stock phrase leave the style met."""
    c = card("Здравствуйте! По ряду причин в ближайшее время мест нет. Благодарим за понимание.", CUSTOMER)
    assert c["style"].passed is True
    assert c["style"].reason == "Текст в целом ясный (замечание — пустые шаблонные фразы: «Благодарим за понимание»)."


def test_naming_the_customers_request_is_plain_speech_not_bureaucratese():
    """«Ваше обращение передано», «Ваш запрос записан»: the rubric lists «ваше обращение очень важно для нас» among stock
    phrases, not the request named as such; with one stock phrase beside it the style is still met."""
    customer = ["Второй день не могу оплатить заказ картой, пишет «ошибка платежа»."]
    c = card("Здравствуйте! Приносим извинения за доставленные неудобства. Ваше обращение передано в отдел платежей "
             "под номером 3307, ответ придёт до 18:00 завтра. Хорошего дня!", customer)
    assert c["style"].passed is True, c["style"].reason
    c = card("Здравствуйте! Ваше обращение очень важно для нас. Денежные средства поступят до пятницы. Хорошего дня!",
             customer)
    assert c["style"].passed is False, c["style"].reason


def test_the_passive_of_notify_is_bureaucratese_the_active_is_not():
    """«Вы будете уведомлены», «о чём вы были уведомлены» are chancery, as «уведомлять» is; «уведомим вас» is plain."""
    customer = ["Когда будет готов мой сертификат?"]
    c = card("Здравствуйте! Сертификат в настоящее время на подписи, о готовности вы будете уведомлены письмом. "
             "Хорошего дня!", customer)
    assert c["style"].passed is False
    assert "уведомлены" in c["style"].reason
    c = card("Здравствуйте! Сертификат на подписи, о готовности мы уведомим вас письмом до пятницы. Хорошего дня!",
             customer)
    assert c["style"].passed is True


def test_the_formal_apology_for_inconvenience_is_a_stock_phrase_with_or_without_its_participle():
    """«Приносим извинения за неудобства» is the rubric's «приносим извинения за доставленные неудобства» without its
    participle: a stock phrase still, and with a second one beside it the style fails; the plain «Простите за
    неудобства» is no stock phrase."""
    customer = ["Третий день не приходит посылка, трек не обновляется."]
    c = card("Здравствуйте! Приносим извинения за неудобства. Посылка задержалась на сортировке, придёт до четверга. "
             "Спасибо за понимание!", customer)
    assert c["style"].passed is False, c["style"].reason
    c = card("Здравствуйте! Простите за неудобства. Посылка задержалась на сортировке, придёт до четверга. "
             "Спасибо за понимание!", customer)
    assert c["style"].passed is True, c["style"].reason
