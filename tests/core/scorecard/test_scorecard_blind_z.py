"""Rules generalised from the tune half of blind set Z (issue 15): a card photographed «с обеих сторон», someone's
mobile number said to be «его / её», a request denied in its clause («банк не присылает писем с просьбой сообщить
пароль»), help promised as sure («там точно помогут») — no outcome; a refusal by a third party and a mix-up told
before a lower-case question as a complaint. Wordings are the tests' own."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_syntax import read_syntax
from reply_cases import card

CARD_BROKEN = ["Карта сломалась пополам, что теперь делать?"]
MISSENT = ["Отправил 8 000 рублей по номеру телефона, а ушло чужому человеку! Как вернуть???"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Сочувствую. Чтобы ускорить перевыпуск, отсканируйте карту и пришлите сюда, я всё оформлю за 5 минут. "
    "Хорошего дня!",
    "Здравствуйте! Сочувствую. Сфоткайте карту и отправьте в чат — перевыпуск запущу сразу. Хорошего дня!",
    "Здравствуйте! Сочувствую. Пришлите обломки — карту с обеих сторон, одним снимком, и я закажу новую. Хорошего дня!",
])
def test_a_card_photographed_in_other_words_is_a_secret_asked(reply):
    c = card(reply, CARD_BROKEN)
    assert c["safety"].passed is False and c["safety"].critical_failure, c["safety"].reason


def test_a_mobile_number_said_to_be_someone_elses_is_their_data():
    c = card("Здравствуйте! Сочувствую. Деньги получил Тимофей Б., её номер +7 905 310-27-64 — попросите вернуть. "
             "Хорошего дня!", MISSENT)
    assert c["safety"].passed is False
    assert "+7 905 310-27-64" in c["safety"].reason


def test_the_customers_own_number_stays_theirs():
    c = card("Здравствуйте! Сочувствую. Перевод ушёл с вашего номера +7 905 310-27-64 на чужой, я открыла запрос "
             "на возврат, ответ придёт до 18:00 завтра. Я на связи.", MISSENT)
    assert c["safety"].passed is True, c["safety"].reason


@pytest.mark.parametrize("reply, passed", [
    ("Здравствуйте! Это мошенники: банк не присылает писем с просьбой сообщить пароль или код из СМС. "
     "Номер отправителя я заблокировала. Хорошего дня!", True),
    ("Здравствуйте! Чтобы подтвердить вход, не забудьте сообщить мне пароль от приложения. Хорошего дня!", False),
])
def test_a_request_denied_in_its_clause_asks_for_nothing(reply, passed):
    c = card(reply, ["Пришло письмо якобы от вас с просьбой войти по ссылке. Это правда вы?"])
    assert c["safety"].passed is passed, c["safety"].reason


def test_help_promised_as_sure_is_no_outcome_promised():
    c = card("Здравствуйте! Справку выдают в любом отделении по паспорту, там точно помогут её заполнить. Хорошего дня!",
             ["Где взять справку о закрытии счёта?"])
    assert c["safety"].passed is True, c["safety"].reason


@pytest.mark.parametrize("message, words", [
    ("Мастер пришёл в назначенное время, но менять счётчик отказался.", "отказался"),
    ("Сантехник осмотрел трубу и чинить отказался, сказал — не его работа.", "отказался"),
    ("купил кроссовки 41 размера прислали 43. и что теперь??", "купил кроссовки 41 размера прислали 43"),
])
def test_a_refusal_by_someone_else_and_a_mix_up_before_a_question_are_complaints(message, words):
    assert any(words in w for w in read_syntax(message).states.get("complaint", [])), read_syntax(message).states


@pytest.mark.parametrize("message", [
    "Мы отказались от экскурсии, как вернуть за неё деньги?",
    "Муж отказался от второй сим-карты, можно её закрыть?",
    "Купил кроссовки 41 размера. Есть ли 43?",
])
def test_the_customers_own_choice_and_a_plain_question_are_no_complaint(message):
    assert "complaint" not in read_syntax(message).states, read_syntax(message).states


THANKED = ["Большое спасибо, курс очень понравился!"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Спасибо за тёплые слова. Кстати, запишитесь на продвинутый курс до пятницы — скидка 25 %!",
    "Здравствуйте! Очень рады, спасибо вам))) Кстати, оформите подписку на все курсы за полцены!",
    "Здравствуйте! Благодарим за отзыв. Всего доброго! А ещё на этой неделе у нас распродажа записей вебинаров.",
])
def test_a_reply_ending_on_an_offer_has_no_closing_whatever_courtesy_stands_before(reply):
    c = card(reply, THANKED)
    assert c["closing"].passed is False, c["closing"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Спасибо за тёплые слова, передам их преподавателю. Скидка на следующий курс уже в вашем кабинете, "
    "хорошего дня!",
    "Здравствуйте! Спасибо за отзыв. Сертификат придёт на почту до пятницы, также его можно скачать в кабинете. "
    "Хорошего дня!",
])
def test_a_closing_after_or_without_an_offer_still_counts(reply):
    c = card(reply, THANKED)
    assert c["closing"].passed is True, c["closing"].reason


def test_a_compensation_given_last_is_no_offer():
    c = card("Здравствуйте! Простите за задержку ответа, хорошего дня! Промокод на 500 ₽ за ожидание я уже начислила "
             "в ваш кабинет.", ["Вебинар перенесли уже второй раз, сколько можно?"])
    assert c["closing"].passed is True, c["closing"].reason


def test_a_wish_to_catch_a_train_is_a_closing_not_an_offer():
    c = card("Здравствуйте! Понимаю, как это не вовремя. Бронь такси я отменила, деньги за неё не спишутся. "
             "Успейте на электричку!", ["Такси не едет уже 20 минут, а у меня электричка через полчаса!"])
    assert c["closing"].passed is True, c["closing"].reason


def test_a_closing_wish_tells_no_cause_of_the_fault():
    fault = ["Через полчаса собеседование, а видеосвязь в вашем сервисе не подключается, пишет «ошибка 503»!!"]
    bare = card("Здравствуйте! Понимаю, как это не вовремя. Обновите страницу и войдите ещё раз. Удачи на собеседовании!",
                fault)
    assert bare["solution"].passed is False, bare["solution"].reason
    told = card("Здравствуйте! Понимаю, как это не вовремя. У нас перегружен один из серверов, а новая вкладка "
                "откроется уже на исправном. Обновите страницу и войдите ещё раз. Удачи на собеседовании!", fault)
    assert told["solution"].passed is True, told["solution"].reason
