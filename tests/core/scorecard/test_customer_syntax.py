"""The customer's state read from how the sentences are built, not from word lists (natasha's parse)."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_syntax import read_syntax
from reply_cases import card


@pytest.mark.parametrize("message, state, words", [
    ("Включите мне роуминг, я в аэропорту! Сделайте хоть что-то.", "anger", "Включите"),
    ("Отмените этот платёж! Я его не подтверждала.", "anger", "Отмените"),
    ("Разберитесь уже с этим.", "anger", "Разберитесь"),
    ("Почему вы заблокировали мою карту без предупреждения?", "complaint", "Почему вы заблокировали"),
    ("Зачем отключили интернет, если я всё оплатил?", "complaint", "Зачем отключили"),
    ("Посылка так и не пришла, хотя прошло две недели.", "complaint", "не пришла"),
    ("Деньги до сих пор не вернули.", "complaint", "не вернули"),
    ("Приложение не открывается после обновления.", "complaint", "не открывается"),
    ("Не могу войти в личный кабинет.", "complaint", "Не могу"),
])
def test_structure_shows_anger_or_a_complaint(message, state, words):
    assert words in read_syntax(message).states.get(state, []), read_syntax(message).states


@pytest.mark.parametrize("message", [
    "Здравствуйте! Подскажите, пожалуйста, как поменять тариф.",
    "Отмените, пожалуйста, автопродление подписки, она мне больше не нужна.",
    "Если перейдём на другой тариф, данные не удалятся?",
    "Пришло странное письмо от вашего имени, я не открывала — это вы?",
    "Мне не хватает интернета на тарифе. Что посоветуете?",
    "Не могу разобраться, где ввести промокод.",
    "Я ничего не покупала.",
])
def test_polite_requests_questions_and_the_customers_own_doings_are_no_complaint(message):
    assert not read_syntax(message).states, read_syntax(message).states


def test_an_imperative_or_a_question_to_the_operator_asks_for_a_solution():
    assert read_syntax("Перезвоните мне завтра.").asks
    assert read_syntax("Вы можете перенести доставку на субботу").asks
    assert not read_syntax("Всё пришло, спасибо.").asks


def test_a_demand_without_listed_words_makes_an_apology_due_and_says_why():
    c = card("Здравствуйте! Роуминг подключён, он заработает в течение 10 минут. Перезагрузите телефон. "
             "Хорошей поездки!", ["Включите мне роуминг, я в аэропорту и у меня нет связи! Сделайте хоть что-то."])
    assert c["empathy"].passed is False
    assert c["empathy"].reason == ("Клиент жалуется («нет связи»), рассержен («Включите»): нужно извиниться или "
                                   "посочувствовать, а в ответе нет ни извинения, ни сочувствия.")
    assert not c.passed


def test_a_reproach_put_as_a_question_makes_an_apology_due():
    c = card("Здравствуйте. Карта заблокирована системой безопасности из-за подозрительной операции. "
             "Разблокировать её можно в приложении: «Карты» → «Разблокировать». Хорошего дня.",
             ["Почему вы заблокировали мою карту без предупреждения? Я не могла расплатиться в магазине."])
    assert c["empathy"].passed is False and "«Почему вы заблокировали»" in c["empathy"].reason
    assert c["solution"].passed is True


@pytest.mark.parametrize("message, words", [
    ("Здравствуйте! Рейс отменили, я хочу вернуть деньги за билет.", "отменили"),
    ("Заказ висит в статусе «Собирается» уже пять дней. Что с ним?", "уже пять дней"),
    ("Почему у меня не выгружается отчёт в PDF? Нажимаю кнопку — ничего не происходит.", "не выгружается"),
])
def test_harm_a_long_wait_and_a_why_not_are_complaints(message, words):
    assert words in read_syntax(message).states.get("complaint", []), read_syntax(message).states


@pytest.mark.parametrize("message", [
    "Хочу отменить заказ, передумала. Деньги уже списали, их вернут?",
    "Я отменила подписку вчера, всё верно?",
    "А отель на сегодня у меня не оплачен, это как?",
])
def test_the_customers_own_doing_and_a_payment_are_no_harm(message):
    assert not read_syntax(message).states, read_syntax(message).states


def test_something_short_in_what_came_and_a_counted_wait_are_complaints():
    assert read_syntax("В посылке не хватает зарядного устройства.").states["complaint"] == ["не хватает"]
    assert "complaint" not in read_syntax("Мне не хватает гигабайтов до конца месяца.").states
    assert read_syntax("Я три недели ждала эту посылку.").states["complaint"] == ["три недели"]
    assert "complaint" not in read_syntax("Хочу забронировать номер на две недели.").states


@pytest.mark.parametrize("message, hurried", [
    ("У меня поезд через 40 минут, а билет в приложении не отображается.", True),
    ("Экзамен через два часа, а доступ к тесту закрыт.", True),
    ("Можно забрать заказ через 2 часа?", False),  # a plan asked about
    ("Курьер обещал приехать через 2 часа, пусть позвонит заранее.", False),  # someone else's plan
])
def test_an_event_of_the_customers_within_hours_is_urgency(message, hurried):
    assert ("urgency" in read_syntax(message).states) is hurried


def test_praise_the_tagger_reads_as_an_imperative_asks_for_nothing():
    # the tagger takes «чайник» for an imperative here; the dictionary knows no such form
    assert read_syntax("Спасибо, доставили быстро, чайник отличный!").asks is False
    assert read_syntax("Спасибо, доставили быстро. Пришлите, пожалуйста, чек.").asks is True


@pytest.mark.parametrize("message, words", [
    # a verb in «-ся» takes no object: the noun the parser hung on it is its subject
    ("Здравствуйте, у меня не начислилась зарплата за октябрь, хотя отдел кадров всё отправил.", "не начислилась"),
    ("Добрый день, не загружается выписка в PDF, крутится колёсико.", "не загружается"),
    # the length of a wait with no count, right by a verb of waiting
    ("Неделю жду ответа по возврату, и ничего.", "Неделю жду"),
    ("Жду уже месяц компенсацию за сорванный тур.", "Жду уже месяц"),
    # an order's number before «третий день» counts no days
    ("Посылка 88120 четвёртый день в пункте сортировки.", "четвёртый день"),
])
def test_a_failure_or_a_wait_found_past_the_parsers_slips(message, words):
    assert any(words in w for w in read_syntax(message).states.get("complaint", [])), read_syntax(message).states


@pytest.mark.parametrize("message", [
    "Хочу, чтобы не списывалась плата за подписку. Как её отключить?",  # a wish, not a failure
    "Можно перенести доставку на неделю? Подожду до понедельника.",  # a plan, not a wait
    "Ждём неделю отпуска, подскажите, как включить роуминг?",
])
def test_no_complaint_in_a_wish_or_a_plan(message):
    assert "complaint" not in read_syntax(message).states, read_syntax(message).states


def test_one_thing_come_for_another_without_a_verb_of_theirs():
    states = read_syntax("Открыла коробку, а там чайник белый вместо чёрного.").states
    assert any("вместо" in w for w in states.get("complaint", [])), states
    assert "complaint" not in read_syntax("Хочу вместо чёрного чайника белый.").states


def test_a_need_planned_for_another_day_is_no_hurry():
    assert "urgency" not in read_syntax("Мне нужно, чтобы курьер приехал к 10 утра в пятницу.").states
    assert "urgency" in read_syntax("Мне нужно получить справку сегодня до вечера.").states


@pytest.mark.parametrize("message, complaint", [
    # an attempt that failed: what the customer did not do is no trouble (the rubric's «мошенничество без вреда»)
    ("Мне пришло СМС со ссылкой якобы от вас, я по ней не переходил. Это правда вы?", False),
    ("Позвонил человек, назвался сотрудником банка и спросил пароль. Я ему ничего не сообщила.", False),
    # harm after all, or a charge the customer disowns
    ("Я никому не называла код, но с карты всё равно пропали деньги.", True),
    ("Я не подключал платную рассылку, а за неё снимают деньги.", True),
])
def test_what_the_customer_did_not_tell_a_fraudster_is_no_complaint(message, complaint):
    assert bool(read_syntax(message).states.get("complaint")) is complaint, read_syntax(message).states


@pytest.mark.parametrize("message, state, words", [
    ("Куртку заказывала к походу в пятницу. Привезли только через неделю, поход уже прошёл.", "complaint",
     "Привезли только через неделю"),
    ("Выгрузила таблицу для бухгалтерии — архив скачался пустой.", "complaint", "скачался пустой"),
    ("Набор для вышивания пришёл без схемы, хотя на фото она есть.", "complaint", "пришёл без схемы"),
    ("Приехал в офис за картой, а офис на ремонте.", "complaint", "Приехал в офис за картой, а офис"),
    ("Нам завтра утром улетать, а документы ещё у курьера.", "urgency", "завтра утром улетать"),
    ("С позавчера нет воды в квартире.", "complaint", "нет воды"),
    ("С карты раз в неделю что-то списывается, я не понимаю за что.", "complaint", "что-то списывается"),
    ("В полисе дата рождения указана 1988 вместо 1989.", "complaint", "вместо 1989"),
])
def test_a_trouble_told_as_a_story_is_read_from_its_structure(message, state, words):
    assert any(words in w for w in read_syntax(message).states.get(state, [])), read_syntax(message).states


@pytest.mark.parametrize("message", [
    "Всё пришло без проблем, спасибо за быструю доставку.",
    "Можно изменить время доставки? Заказ ещё не привезли, я буду дома после шести.",
    "Посылка пришла вчера, хочу оформить возврат одной вещи.",
])
def test_not_yet_and_came_fine_are_no_complaint(message):
    assert "complaint" not in read_syntax(message).states, read_syntax(message).states


def test_a_subject_before_the_verb_is_read_as_the_subject_even_when_parsed_as_an_object():
    # natasha hangs «Трансфер» on «приехал» as an object; the word order makes it the subject: a failure
    assert read_syntax("Трансфер не приехал, я опоздала на паром.").states == {"complaint": ["не приехал"]}


@pytest.mark.parametrize("message, words", [
    ("Ноутбук не видит беспроводную мышку.", "не видит"),
    ("Терминал в магазине не понимает мою карту.", "не понимает"),
    ("Электронная книга не открывает файлы EPUB.", "не открывает"),
])
def test_a_thing_that_does_not_see_or_open_is_a_failure(message, words):
    assert words in read_syntax(message).states.get("complaint", []), read_syntax(message).states


@pytest.mark.parametrize("message", [
    "Я не вижу смысла менять тариф, но хочу узнать цену.",  # the customer's mind
    "Брат не понимает, как войти в приложение, подскажите шаги.",  # a person: how things stand
    "Я письмо не открывала, сразу удалила. Это были вы?",
])
def test_a_person_who_does_not_see_or_open_is_no_failure(message):
    assert "complaint" not in read_syntax(message).states, read_syntax(message).states


@pytest.mark.parametrize("message, words", [
    ("В приложении висит какая-то задолженность 120 рублей.", "какая-то задолженность"),
    ("По карте прошло какое-то списание на 90 рублей, откуда оно?", "какое-то списание"),
])
def test_a_debt_the_customer_cannot_place_is_a_complaint(message, words):
    assert words in read_syntax(message).states.get("complaint", []), read_syntax(message).states


def test_a_question_about_some_fee_in_general_is_no_complaint():
    assert "complaint" not in read_syntax("Какая-то комиссия за перевод будет?").states


def test_a_thing_called_ono_that_does_not_work_is_a_failure():
    states = read_syntax("Хочу оплатить штраф через приложение, а оно не пускает дальше второго шага.").states
    assert "не пускает" in states.get("complaint", []), states
    assert "complaint" not in read_syntax("Он не пользуется этой картой, можно её закрыть?").states
