"""Our rules for the case a preposition or a verb governs and for numerals with nouns."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Согласно приказа директора магазин закрыт.", "OURS_GOVERNMENT", "Согласно приказа", "Согласно приказу"),
    ("Согласно нового графика мы работаем до восьми.", "OURS_GOVERNMENT", "Согласно нового графика",
     "Согласно новому графику"),
    ("Вы можете оплатить за доставку картой.", "OURS_GOVERNMENT", "оплатить за доставку", "оплатить доставку"),
    ("Деньги вернутся через пять рабочих дня.", "OURS_NUMERAL_NOUN", "пять рабочих дня", "пять рабочих дней"),
    ("Доставка займёт три дней.", "OURS_NUMERAL_NOUN", "три дней", "три дня"),
    ("Мы ждали двадцать пять минуты.", "OURS_NUMERAL_NOUN", "пять минуты", "пять минут"),
    ("Доставка займёт пять день.", "OURS_NUMERAL_NOUN", "пять день", "пять дней"),  # «день» is also «деть»
    ("Мы получили два заявки.", "OURS_NUMERAL_NOUN", "два заявки", "две заявки"),
    ("Две заказа пришли вчера.", "OURS_NUMERAL_NOUN", "Две заказа", "Два заказа"),
    # «с половиной» leaves the noun to the numeral before it
    ("Перелёт длится три с половиной часов.", "OURS_NUMERAL_NOUN", "три с половиной часов", "три с половиной часа"),
    ("Мы прождали два часов.", "OURS_NUMERAL_NOUN", "два часов", "два часа"),  # «часов» is first of all «час»
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Согласно договору деньги вернут.",
    "Благодаря вашей помощи мы успели.",
    "Я оплатил за друга.",
    "Заплатите за доставку картой.",
    "Оплатите доставку картой.",
    "Деньги вернутся в течение пяти рабочих дней.",
    "Доставка займёт три дня.",
    "Мы ждали двадцать две минуты.",
    "Курьер приедет через пять минут.",
    "Две тысячи рублей вернут завтра.",
    "Вернём до двух тысяч рублей.",
    "Пять человек ждут.",
    "У нас две новые коллеги.",
    "Пять раз звонили.",
    "Двое суток шла посылка.",
    "Две коллеги помогли.",  # a noun of either gender
    "Два коллеги помогли.",
    "Нужна доска метра три длиной.",  # the noun first: a rough count
    "Ремонт занял шесть с половиной недель.",
    "Осталось две с половиной минуты.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_GOVERNMENT") == [] and rule_hits(text, "OURS_NUMERAL_NOUN") == []


def test_a_noun_before_the_numeral_makes_a_rough_count_only_if_it_measures(rule_hits):
    assert rule_hits("Мы ждали мастера три час.", "OURS_NUMERAL_NOUN") == [("три час", ("три часа",))]


@pytest.mark.parametrize("text", ["Дорога заняла час двадцать ожидания в пробке.",
                                  "Фильм шёл два часа сорок с перерывом."])
def test_the_minutes_of_a_time_count_no_noun_after_them(rule_hits, text):
    assert rule_hits(text, "OURS_NUMERAL_NOUN") == []
