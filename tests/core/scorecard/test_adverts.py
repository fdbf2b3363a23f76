"""adverts: which offer phrases of a reply sell something, and when the advert is all the reply says.
Replies of our own."""

from __future__ import annotations

from app.core.scorecard.adverts import adverts, little_besides
from app.core.scorecard.reply import read_reply


def _words(r, spans):
    return [r.text[s:s + n].lower() for s, n in spans]


def test_a_product_the_customer_never_named_is_an_advert():
    r = read_reply("Здравствуйте! Оформите нашу кредитную карту «Лайм» — с ней выгодный процент.",
                   "Когда придёт выписка по вкладу?")
    assert "оформите" in _words(r, adverts(r))


def test_a_procedure_the_customer_needs_is_no_advert():
    r = read_reply("Здравствуйте! Оформите заявление на возврат в личном кабинете, деньги придут за 5 дней.",
                   "Хочу вернуть деньги за сломанный чайник.")
    assert adverts(r) == []


def test_a_promo_code_already_given_is_a_compensation():
    r = read_reply("Здравствуйте! Извините за опоздание курьера, выдала вам промокод на 300 рублей.",
                   "Курьер опоздал на два часа!")
    assert adverts(r) == []


def test_an_offer_that_ended_is_a_reason():
    r = read_reply("Здравствуйте! В мае закончилась скидка на ваш тариф, поэтому платёж вырос.",
                   "Почему платёж за интернет стал больше?")
    assert adverts(r) == []
    # the same words put to the customer as news sell
    r = read_reply("Здравствуйте! У нас новая скидка на тариф «Семейный».", "Почему платёж за интернет стал больше?")
    assert "скидка" in _words(r, adverts(r))


def test_a_discount_that_explains_the_bill_to_a_why_is_no_advert():
    r = read_reply("Здравствуйте! Доставка платная, так как после скидки 500 рублей заказ стал меньше 3 000 ₽.",
                   "Почему с меня взяли деньги за доставку?")
    assert adverts(r) == []


def test_a_word_of_an_offer_in_the_asked_price_is_part_of_the_answer():
    r = read_reply("Здравствуйте! Годовой абонемент стоит 24 000 ₽, скидка за оплату сразу уже учтена.",
                   "Сколько стоит годовой абонемент?")
    assert adverts(r) == []


def test_an_offer_the_customer_raised_is_no_advert_unless_it_sells_another_product():
    r = read_reply("Здравствуйте! Промокод действует только на первый заказ.", "Почему не работает промокод?")
    assert adverts(r) == []
    r = read_reply("Здравствуйте! Промокод действует на первый заказ. Оформите нашу карту лояльности!",
                   "Почему не работает промокод?")
    assert _words(r, adverts(r)) == ["оформите"]


def test_a_digression_is_an_advert():
    r = read_reply("Здравствуйте! Заказ приедет завтра. Кстати, с тарифом «Плюс» доставка бесплатная!",
                   "Когда приедет заказ?")
    assert adverts(r) and "Кстати" in r.text[adverts(r)[-1][0]:adverts(r)[-1][0] + adverts(r)[-1][1]]


def test_an_advert_with_nothing_else_is_little_besides():
    r = read_reply("Здравствуйте! Попробуйте наш новый тариф «Ветер»! Хорошего дня!", "Почему пропал интернет?")
    offer = next(se for se in r.sentences if "Ветер" in r.text[se[0]:se[1]])
    assert little_besides(r, [offer])
    r = read_reply("Здравствуйте! Интернет пропал из-за аварии на линии, её устранят к 18:00. Попробуйте наш новый "
                   "тариф «Ветер»!", "Почему пропал интернет?")
    offer = next(se for se in r.sentences if "Ветер" in r.text[se[0]:se[1]])
    assert not little_besides(r, [offer])


def test_an_offer_said_of_a_pronoun_is_about_the_noun_it_stands_for():
    asked = "Еду в Армению послезавтра, заработает ли там мой тариф?"
    r = read_reply("Здравствуйте! Да, в Армении тариф работает: минута звонка — 35 ₽, есть пакет 2 ГБ за 300 ₽, "
                   "подключите его командой *200# по прилёте.", asked)
    assert adverts(r) == []
    r = read_reply("Здравствуйте! Да, в Армении тариф работает. Подключите его, наш новый тариф «Мир», со скидкой "
                   "в первый месяц.", "Когда придёт счёт за прошлый месяц?")
    assert adverts(r)


def test_the_asked_doing_in_the_other_aspect_where_the_pronoun_points_is_on_topic():
    asked = "Мне пишут рекламные СМС каждый день. Как их отключить?"
    r = read_reply("Здравствуйте! Фильтр «Без рекламы» отключает рекламные рассылки. Подключите его в приложении: "
                   "«Услуги» → «Фильтры».", asked)
    assert adverts(r) == []


def test_an_offer_word_the_customer_asked_about_is_the_answer():
    asked = ["Подскажите", "переводы на карты других банков бесплатно?"]
    r = read_reply("Здравствуйте! Переводы на карты других банков до 30 000 ₽ в месяц бесплатно, дальше комиссия "
                   "1 %. Хорошего дня!", asked)
    assert adverts(r) == []
    r = read_reply("Здравствуйте! Переводы на карты других банков идут с комиссией 1 %. Кстати, подключите "
                   "подписку «Плюс» — первый месяц бесплатно. Хорошего дня!", ["Сколько стоит перевод на карту?"])
    assert adverts(r)
