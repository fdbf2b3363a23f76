"""A concrete answer, or a next step with a time frame."""

from __future__ import annotations

import pytest

from reply_cases import card


@pytest.mark.parametrize("body, ok", [
    ("Курьер привезёт заказ завтра с 10:00 до 14:00.", True),
    ("Деньги вернём на карту в течение трёх рабочих дней.", True),
    ("Я передал обращение в отдел доставки, ответ придёт через 2 часа.", True),
    ("Откройте раздел «Заказы» и нажмите «Вернуть».", True),
    ("Я передам ваш вопрос коллегам.", False),
    ("Мы разбираемся.", False),
])
def test_solution(body, ok):
    c = card(f"Здравствуйте! Извините за задержку. {body} Если будут вопросы, пишите.")
    assert c["solution"].passed is ok, c["solution"].reason


def test_step_without_time_frame_says_so():
    c = card("Здравствуйте! Извините за задержку. Я передам ваш вопрос коллегам. Если будут вопросы, пишите.")
    assert "срок" in c["solution"].reason


CALM = ["Подскажите, можно ли выгрузить отчёт по продажам в Excel?"]


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Да, можно: откройте «Отчёты» → «Продажи» и нажмите «Экспорт», файл скачается в формате XLSX.", True),
    ("Здравствуйте! Нет, в Excel нельзя, но отчёт сохраняется в формате CSV, который Excel открывает.", True),
    ("Здравствуйте! Да, можно. Хорошего дня!", False),  # «да» with nothing the customer could act on
])
def test_a_direct_yes_or_no_needs_what_to_do(reply, ok):
    assert card(reply, CALM)["solution"].passed is ok, card(reply, CALM)["solution"].reason


def test_a_link_answers_where():
    c = card("Здравствуйте! Вот она: docs.example.ru/webhooks — там примеры для всех событий. Пишите, если что.",
             ["Где найти документацию по вебхукам?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_a_company_step_without_a_time_is_vague():
    c = card("Здравствуйте! Приносим извинения за беспокойство. Мы проверим вашу бронь и свяжемся с вами. Всего доброго!",
             ["Мне не пришло подтверждение брони отеля, а заезд через три дня."])
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Следующий шаг за компанией («проверим», «свяжемся»), но не сказано, когда: "
                                    "без срока клиент не знает, чего ждать.")


@pytest.mark.parametrize("reply, ok", [
    ("Добрый день! Справки выдаёт учебная часть, обратитесь туда. Всего доброго!", False),
    ("Добрый день! Закрыть счёт можно, обратитесь в банк. Всего доброго!", False),
    ("Добрый день! Справку выдаёт учебная часть: закажите её в личном кабинете в разделе «Документы», она будет "
     "готова через 3 рабочих дня.", True),
])
def test_sending_elsewhere_must_say_where_and_what(reply, ok):
    c = card(reply, ["Как получить справку об обучении для работодателя?"])
    assert c["solution"].passed is ok, c["solution"].reason


def test_a_lecture_is_no_step_but_the_step_after_it_is():
    c = card("Здравствуйте. Это элементарно: переключите вход на телевизоре на HDMI. Всего доброго.",
             ["Телевизор показывает «Нет сигнала», приставка горит зелёным. Что нажимать?"])
    assert c["solution"].passed is True, c["solution"].reason
    assert c["tone"].passed is False


def test_blame_and_we_cannot_err_are_no_answer():
    c = card("Здравствуйте! Двойное списание в нашей системе невозможно в принципе — она автоматически проверяет "
             "каждую операцию. Всего доброго!", ["ВЫ СПИСАЛИ АБОНПЛАТУ ДВА РАЗА!!! Верните деньги."])
    assert c["solution"].passed is False, c["solution"].reason


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Доставка в Тверь стоит 350 ₽. Хорошего дня!", False),
    ("Здравствуйте! Доставка в Тверь стоит 350 ₽, курьер привезёт заказ послезавтра. Хорошего дня!", True),
    ("Здравствуйте! Доставка в Тверь бесплатная, курьер привезёт заказ послезавтра. Хорошего дня!", True),
])
def test_when_and_how_much_each_want_their_answer(reply, ok):
    c = card(reply, ["Здравствуйте! Сколько стоит доставка в Тверь и когда её привезут, если заказать сегодня?"])
    assert c["solution"].passed is ok, c["solution"].reason
    if not ok:
        assert c["solution"].reason == "Клиент спросил «когда», а в ответе этого нет: ответ на половину вопроса."
