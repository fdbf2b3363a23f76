"""A way forward said with «можно / нужно / если» and where it is done is a step; an echo of the customer's own
words, a lecture with «нужно было» and a light verb with an empty object are not."""

from __future__ import annotations

import pytest

from app.core.scorecard.modal_steps import empty_step, modal_possible, modal_steps
from app.core.scorecard.reply import read_reply
from app.core.scorecard.words import tokenize

CUSTOMER = ["Добрый день! Как отказаться от платной рассылки?"]


@pytest.mark.parametrize("reply, step", [
    ("Добрый день! Отключить рассылку можно в приложении в разделе «Уведомления».", "Отключить"),
    ("Добрый день! Нужно было отписаться в приложении ещё в прошлом месяце.", None),  # a lecture
    ("Добрый день! Если напишете «СТОП» на номер 1234, рассылка отключится.", "напишете"),  # a condition with a figure
])
def test_a_way_with_its_place_or_figure_is_a_step(reply, step):
    r = read_reply(reply, CUSTOMER)
    found = [r.text[s:s + n] for s, n in modal_steps(r)]
    assert found == ([step] if step else [])


def test_a_light_verb_with_an_empty_object_is_no_step():
    words = tokenize("Вам необходимо осуществить соответствующее действие в приложении.")
    assert empty_step(words, next(i for i, t in enumerate(words) if t.lower == "осуществить")) is True


def test_possible_with_an_infinitive_says_can():
    words = tokenize("Возможно оформить возврат в течение 14 дней.")
    assert modal_possible(words, (words[0].start, len(words[0].text))) is True
    words = tokenize("Возможно, курьер приедет завтра.")
    assert modal_possible(words, (words[0].start, len(words[0].text))) is False


@pytest.mark.parametrize("customer, reply, step", [
    # the customer's own verb in its other aspect says back what they do, not how to get the answer
    (["Продлеваю страховку квартиры. Если затопят соседи, ремонт оплатите полностью?"],
     "Здравствуйте! Продлить полис можно в приложении, раздел «Страхование».", None),
    (["Подключаю домашний интернет. Роутер входит в стоимость?"],
     "Здравствуйте! Подключить интернет можно в приложении за пять минут.", None),
    # a noun of the customer's is no echo of a verb: «записи» — «записаться»
    (["Можно ли прийти на приём к терапевту без записи?"],
     "Здравствуйте! Записаться можно в приложении, раздел «Врачи».", "Записаться"),
])
def test_the_customers_verb_in_the_other_aspect_is_an_echo(customer, reply, step):
    r = read_reply(reply, customer)
    assert [r.text[s:s + n] for s, n in modal_steps(r)] == ([step] if step else [])


def _solution(reply, customer):
    from reply_cases import card
    return card(reply, customer)["solution"]


def test_a_modal_hand_off_with_nothing_to_bring_is_judged_like_the_imperative():
    customer = ["Не могу снять 300 тысяч в банкомате, пишет «превышен лимит»! Срочно нужны деньги, продавец машины "
                "ждёт!"]
    got = _solution("Здравствуйте! Для увеличения лимита нужно обратиться в отделение банка. Всего доброго!", customer)
    assert got.passed is False, got.reason
    got = _solution("Здравствуйте! Для увеличения лимита нужно обратиться в любое отделение банка с паспортом: лимит "
                    "поднимут при вас за 10 минут. Всего доброго!", customer)
    assert got.passed is True, got.reason


def test_a_record_to_read_the_answer_in_is_no_step():
    customer = ["Откуда в счёте 1 200 рублей за какие-то услуги? Я ничего не подключала!"]
    got = _solution("Здравствуйте! Извините за беспокойство. Выписку по счёту можно скачать в приложении, в разделе "
                    "«Финансы». Хорошего дня!", customer)
    assert got.passed is False
    assert got.reason == ("Клиента отправляют самого искать то, что оператор может сказать («скачать»): это не ответ.")
    got = _solution("Здравствуйте! Закажите детализацию в приложении: «Расходы» → «Детализация», там всё видно. "
                    "Хорошего дня!", ["Почему у меня ушло 700 рублей за неделю, если я почти не звонил?"])
    assert got.passed is False, got.reason


def test_a_record_the_customer_asks_for_is_the_answer():
    got = _solution("Здравствуйте! Выписку по счёту можно скачать в приложении, в разделе «Финансы» → «Выписки». "
                    "Хорошего дня!", ["Где взять выписку по счёту для налоговой?"])
    assert got.passed is True, got.reason


def test_the_customers_verb_said_back_is_a_step_when_a_path_through_the_interface_follows():
    asked = "Как заморозить абонемент? Уезжаю на месяц"
    bare = read_reply("Здравствуйте! Заморозить абонемент можно в приложении.", asked)
    assert modal_steps(bare) == []
    path = read_reply("Здравствуйте! Заморозить абонемент можно в приложении: «Абонемент» → «Заморозка».", asked)
    assert [path.text[s:s + n] for s, n in modal_steps(path)] == ["Заморозить"]
