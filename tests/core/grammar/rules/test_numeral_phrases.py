"""Numerals with adjectives and nouns: the adjective after «два», an oblique numeral, numbers in digits."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Мы добавили два новые тарифа.", "два новые тарифа", "два новых тарифа"),
    ("Ответ придёт в течение трёх рабочие дни.", "трёх рабочие дни", "трёх рабочих дней"),
    ("Курьер будет через 2 час.", "2 час", "2 часа"),
    ("Оформление визы занимает 5 рабочий дней.", "5 рабочий дней", "5 рабочих дней"),
    ("Подписка действует 12 месяц.", "12 месяц", "12 месяцев"),
    ("Возврат займёт около 5 рабочих дня.", "5 рабочих дня", "5 рабочих дней"),
    ("Подождите не более десять минут.", "более десять", "более десяти"),
    # the prepositional needs a preposition: with none in the sentence it is a genitive that slipped
    ("Для сервировки не хватило одного блюдца и трёх чашках.", "трёх чашках", "трёх чашек"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мы добавили два новых тарифа.",
    "Документы лежат в синей папке и двух конвертах.",  # the preposition is shared through «и»
    "Речь о четырёх новых сотрудниках.",
    "Пришли две новые заявки.",  # a feminine noun takes the nominative too
    "Курьер будет через 2 часа.",
    "Возврат займёт около 21 дня.",  # a number ending in 1
    "Офис на 5 этаже.",  # a number that may be ordinal
    "Встретимся на 3 день после заказа.",
    "Приходите к 5 часам.",
    "Ответ придёт в течение трёх рабочих дней.",
    "Из двух брат выбрал старший.",
    "Минут через десять курьер будет у вас.",
    "Тариф действует после двадцать пятого числа.",  # a compound ordinal: only its last word is declined
    "Пункт выдачи открыт с девяти утра до восьми вечера.",  # «часов» left out of a clock reading
    "Позвоните нам после трёх дня или до двух ночи.",
    "Программа показала 2099 год вместо нынешнего.",  # a year is an ordinal: it counts nothing
    "Курс основан в 1998 году.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Ответ придёт через несколько часа.", "несколько часа", "несколько часов"),
    ("Сегодня было много звонки от клиентов.", "много звонки", "много звонков"),
    ("Сколько месяца действует гарантия?", "Сколько месяца", "Сколько месяцев"),
    ("Вернуть деньги можно в течение десять дней.", "течение десять", "течение десяти"),
])
def test_quantity_words(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Сколько времени займёт проверка?",  # what is not counted takes the singular
    "У нас много работы.",
    "Мало кто знает об этой акции.",
    "Это несколько странные условия.",  # «несколько» as «somewhat»
    "Течение реки здесь сильное.",
])
def test_quantity_words_silent(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []


@pytest.mark.parametrize("text", [
    "Ставка снижена до семи целых пяти десятых процента.",
    "Комиссия составит восемь десятых процента от суммы.",
])
def test_a_fraction_takes_its_noun_in_the_genitive_singular(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []


def test_a_time_word_with_an_adjective_is_no_clock_reading(rule_hits):
    # «до десяти утра» reads the clock; «до пяти рабочих дня» counts days
    assert rule_hits("Ответ займёт до семи рабочих дня.", "OURS_NUMERAL_NOUN") == [
        ("семи рабочих дня", ("семи рабочих дней",))]
    assert rule_hits("Мы работаем до десяти вечера.", "OURS_NUMERAL_NOUN") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Подождите до пятьдесят минут, потом звоните.", "до пятьдесят", "до пятидесяти"),  # «до» takes a genitive
    ("Дорога займёт около сорок минут.", "около сорок", "около сорока"),  # not «сорок» of «сорока»
    ("Мы провели в поезде двое суток, а потом ещё три суток в дороге.", "три суток", "трое суток"),
    ("Обе кресла в гостиной новые.", "Обе кресла", "Оба кресла"),  # «оба» with a neuter noun
    ("Я позвонила обоим бабушкам.", "обоим бабушкам", "обеим бабушкам"),
])
def test_numeral_forms(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Подождите до пятидесяти минут.",
    "Матч досмотрели до сорок пятой минуты.",  # a compound ordinal declines its last word only
    "Мы провели в дороге трое суток.",
    "Купила две пары брюк.",  # «пары», not «брюк», is counted
    "Обе сестры живут в Казани.",
    "Оба новых окна выходят во двор.",
    "Обе врача пришли вовремя.",  # two women of a profession
])
def test_numeral_forms_that_pass(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Для въезда достаточно загранпаспорт.", "достаточно загранпаспорт", "достаточно загранпаспорта"),
    ("Чтобы войти, достаточно пароль от почты.", "достаточно пароль", "достаточно пароля"),
    ("На проверку нам недостаточно день.", "недостаточно день", "недостаточно дня"),
])
def test_enough_with_a_nominative(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Для въезда достаточно загранпаспорта.",
    "Вам достаточно паспорт показать на входе.",  # the object of the infinitive after it
    "Это достаточно сложный вопрос.",  # «достаточно» before an adjective
    "Этого достаточно, квитанция не нужна.",
])
def test_enough_that_passes(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Лимит — 1000 запрос в минуту.", "1000 запрос", "1000 запросов"),
    ("В тариф входит 10 000 сообщение в месяц.", "10 000 сообщение", "10 000 сообщений"),
    ("Мы начислили 500 балл за отзыв.", "500 балл", "500 баллов"),
])
def test_round_number_with_a_nominative_singular(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Лимит — 1000 запросов в минуту.",
    "Это случилось в 1900 год.",  # a year after a preposition
    "Наш 1200 год был неурожайным.",  # a year names, it does not count
    "Сын учится в 5 класс.",  # a number that may be an ordinal: not round
])
def test_round_numbers_that_pass(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []


@pytest.mark.parametrize("text, span, fixes", [
    ("Рассрочку можно взять на 4 месяц без переплаты.", "4 месяц", ("4 месяца", "4-й месяц")),
    ("Депозит открыт на 9 месяц, проценты раз в квартал.", "9 месяц", ("9 месяцев", "9-й месяц")),
    ("Пароль сменили за 12 день до блокировки.", None, None),  # a preposition after it: an order of days
    ("Мы продлили пробный период на 2 неделю.", "2 неделю", ("2 недели", "2-ю неделю")),
])
def test_a_count_after_a_preposition_written_as_after_one(rule_hits, text, span, fixes):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == ([(span, fixes)] if span else [])


@pytest.mark.parametrize("text", [
    "Рассрочку можно взять на 4 месяца без переплаты.",
    "Пробный период продлён на 1 месяц.",        # one: the singular is the count
    "Гарантия на 21 месяц с момента покупки.",
    "Сыпь прошла на 4 день приёма таблеток.",    # a genitive after it: the order of days
    "Магазин открылся в 2015 год.",               # a year is left to others
])
def test_a_count_after_a_preposition_that_passes(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Мы вернём 2 500 рубля на карту в пятницу.", "500 рубля", "500 рублей"),  # 500: the genitive plural
    ("С баланса спишется 31 рублей за смс.", "31 рублей", "31 рубль"),  # after 1 the noun stays singular
    ("Вам начислят 4 тысячи бонуса.", "тысячи бонуса", "тысячи бонусов"),
    ("Доставка займёт 45 минуты.", "45 минуты", "45 минут"),
])
def test_a_measure_in_a_form_no_case_allows(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мы вернём 2 500 рублей на карту в пятницу.",
    "С баланса спишется 31 рубль за смс.",
    "Комиссия составит 1,5 рубля.",  # a decimal: the genitive singular
    "12,5 процента годовых — ставка по вкладу.",  # a decimal opening the text
    "Из 21 рубля комиссии вернём всё.",  # after 1 in the genitive
    "Отсчёт идёт с 5 дня после покупки.",  # an ordinal after a preposition
    "Отчёт за итоги 2025 года готов.",  # a year
    "Вам начислят 4 тысячи бонусов.",
])
def test_a_measure_in_a_form_some_case_allows(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []
