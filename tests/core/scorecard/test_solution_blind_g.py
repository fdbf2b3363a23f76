"""Solution readings met on blind set G (issue 15): each with a reply of our own and the exact verdict."""

from __future__ import annotations

from reply_cases import card


def _solution(reply, customer, **kw):
    return card(reply, customer, **kw)["solution"]


def test_when_can_i_is_answered_by_a_date():
    got = _solution("Олег, добрый день! Диплом появится в личном кабинете до 20 мая. Всего доброго!",
                    ["Когда можно будет скачать диплом?"], customer_name="Олег")
    assert (got.passed, got.reason) == (True, "Есть конкретный шаг и срок: «появится», «20 мая».")


def test_own_step_with_its_time_answers_why():
    got = _solution("Здравствуйте! Пока не знаю, уточню у инженеров и отвечу вам в течение часа. Напишите, пожалуйста, "
                    "адрес сайта.", ["Почему виджет выдаёт ошибку 502? У нас из-за этого не принимаются заявки."])
    assert (got.passed, got.reason) == (True, "Есть конкретный шаг и срок: «отвечу», «в течение».")


def test_a_why_with_only_someone_elses_timed_event_stays_unanswered():
    got = _solution("Здравствуйте! Перейти на другой тариф можно в приложении: «Тарифы» → «Выбрать», он заработает "
                    "с 1-го числа. Хорошего дня!", ["Почему подорожал мой тариф?"])
    assert got.passed is False
    assert got.reason == "Клиент спросил «Почему подорожал мой тариф?», а ответ не называет причину и не говорит о том, о чём вопрос."


def test_an_extra_check_on_request_needs_no_time():
    got = _solution("Здравствуйте! Обычно причина в лимите на переводы: его можно проверить в приложении банка. "
                    "Если хотите, я проверю перевод вручную. Хорошего дня!",
                    ["Не проходит перевод другу, пишет «операция отклонена». Что делать?"])
    assert got.passed is True, got.reason


def test_done_what_the_customer_said_was_not_done():
    got = _solution("Здравствуйте! Приносим извинения. Услуга «Антиспам» подключена, письмо ушло вам на почту. "
                    "Хорошего дня!", ["Опять пишу: услугу так и не подключили, а деньги списали неделю назад."])
    assert (got.passed, got.reason) == (True, "Оператор сделал, что нужно: «подключена».")


def test_the_place_to_look_up_a_status_is_no_answer():
    got = _solution("Здравствуйте! Статус посылки можно посмотреть в приложении в разделе «Мои посылки». Всего доброго!",
                    ["Какой статус у моей посылки 55120?"])
    assert (got.passed, got.reason) == (False, "Нет ни ответа по существу, ни следующего шага со сроком.")


def test_yes_with_the_verb_said_back():
    got = _solution("Здравствуйте! Да, работаем без выходных. Хорошего дня!", ["Работаете в воскресенье?"])
    assert (got.passed, got.reason) == (True, "Клиент спросил, и ответ прямой, с подробностями: «работаем».")


def test_a_no_at_the_end_of_the_clause_answers_is_there():
    got = _solution("Добрый день! Глютена в этом хлебе нет, но его пекут в цеху, где работают с пшеницей. "
                    "Безопаснее взять хлебцы из гречки. Хорошего дня!", ["В бородинском хлебе есть глютен?"])
    assert got.passed is True, got.reason


def test_a_refusal_with_what_the_owner_can_do_himself():
    got = _solution("Ирина, здравствуйте! Данные о чужом вкладе мы сообщить не можем. Сын может сам узнать остаток "
                    "в приложении или оформить на вас доверенность в отделении. Если будут вопросы, пишите.",
                    ["Здравствуйте, это Ирина. Сколько денег у сына на вкладе?"], customer_name="Ирина")
    assert got.passed is True, got.reason


def test_a_bare_yes_can_to_can_i():
    got = _solution("Здравствуйте! Да, можно. Первый взнос — 5 000 рублей. Пишите, если будут вопросы.",
                    ["Можно оплатить курс по частям? Сколько составит первый взнос?"])
    assert (got.passed, got.reason) == (
        False, "Клиент спросил, как это сделать, а ответ только подтверждает, что можно: «Да, можно».")


def test_the_customers_own_sum_explained_answers_where_from():
    got = _solution("Здравствуйте! Понимаю, неприятно. Звонки за границей оплачивались по минутам, это 1 800 рублей. "
                    "Хорошего дня!", ["Приехал из Турции, а с баланса ушло 1 800. Откуда такие траты?"])
    assert (got.passed, got.reason) == (True, "Клиент спросил «почему», и ответ называет причину: "
                                              "«Звонки за границей оплачивались по минутам, это 1 800 рублей».")
