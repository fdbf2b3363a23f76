"""What each question asks for, sympathy said without the usual words, and what a reply reads back to the
customer — judgements generalised on tests/data/replies/tuning_wild.toml. Written here for the tests;
grammar is stubbed."""

from __future__ import annotations

from reply_cases import card

TARIFF = ["Добрый день. Хочу перейти на тариф «Семейный». Сколько он стоит и с какого числа начнёт действовать?"]


def test_a_price_alone_does_not_answer_from_which_day():
    c = card("Добрый день! Тариф «Семейный» стоит 790 рублей в месяц. Если будут вопросы, пишите.", TARIFF)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Клиент спросил «когда», а в ответе этого нет: ответ на половину вопроса."
    c = card("Добрый день! «Семейный» стоит 790 рублей в месяц и начнёт действовать с 1 числа следующего месяца. "
             "Если будут вопросы, пишите.", TARIFF)
    assert c["solution"].passed is True and c.passed


def test_a_figure_that_is_no_price_does_not_answer_how_much_it_costs():
    customer = ["Есть ли этот рюкзак в синем цвете? И сколько стоит доставка в Пермь?"]
    c = card("Здравствуйте! Синий есть, осталось 2 штуки. Если будут вопросы, пишите.", customer)
    assert c["solution"].passed is False and "«сколько стоит»" in c["solution"].reason
    c = card("Здравствуйте! Синий есть, осталось 2 штуки. Доставка в Пермь стоит триста рублей. "
             "Если будут вопросы, пишите.", customer)
    assert c["solution"].passed is True


def test_which_limit_wants_the_figure_not_the_place_to_look():
    customer = ["Какой у меня лимит на переводы в месяц?"]
    c = card("Здравствуйте! Лимит указан в приложении: «Карта» → «Лимиты». Хорошего дня!", customer)
    assert c["solution"].passed is False and "«какой» (нужна цифра)" in c["solution"].reason
    c = card("Здравствуйте! Лимит — 500 000 ₽ в месяц, поднять его можно в приложении. Хорошего дня!", customer)
    assert c["solution"].passed is True


def test_a_price_in_words_answers_how_much():
    c = card("Здравствуйте! Бесплатно, если карта повреждена, иначе — двести рублей. Если будут вопросы, пишите.",
             ["Сколько стоит замена карты?"])
    assert c["solution"].passed is True and c.passed


def test_filing_a_claim_is_a_way_forward_not_an_advert():
    c = card("Здравствуйте! Понимаю ваше волнение. Если платёж ушёл не туда, оформите заявление на возврат в "
             "приложении: «История» → «Оспорить», ответ придёт в течение 10 рабочих дней. Если будут вопросы, пишите.",
             ["Я отправила платёж не тому человеку, он не отвечает. Что делать?"])
    assert c["solution"].passed is True and c.passed


def test_we_will_see_is_a_promise_without_a_time():
    c = card("Здравствуйте! Простите за это. Пришлите фото, посмотрим, что можно сделать. Хорошего дня!",
             ["Привезли стул со сломанной ножкой!"])
    assert c["solution"].passed is False and "«посмотрим»" in c["solution"].reason


def test_an_empty_light_verb_is_no_step():
    c = card("Добрый день! Для восстановления доступа вам необходимо осуществить соответствующее действие в "
             "личном кабинете. Благодарим за понимание.", ["Как восстановить доступ к кабинету?"])
    assert c["solution"].passed is False


def test_sympathy_said_indirectly_counts():
    customer = ["Отправила сестре 5 000 рублей ещё утром, у неё до сих пор ничего нет."]
    for said in ("на вашем месте я бы тоже волновалась", "досадно, когда деньги застревают в пути"):
        c = card(f"Здравствуйте! Понимаю: {said}. Перевод в банке получателя, зачисление — сегодня до 18:00. "
                 "Если будут вопросы, пишите.".replace("Понимаю: ", ""), customer)
        assert c["empathy"].passed is True, said


def test_an_apology_turned_into_a_reproach_fails_tone():
    c = card("Здравствуйте. Извините, но код вы ввели неверно трижды, поэтому вход закрыт на 30 минут. "
             "Хорошего дня!", ["Не пускает в приложение, пишет «неверный код»!"])
    assert c["tone"].passed is False
    assert c["tone"].reason == "Клиента обвиняют: «Извините, но код вы»."


def test_someone_of_the_customers_cast_as_at_fault_fails_tone():
    c = card("Здравствуйте. Перевод ушёл. Скорее всего, ваш сын не смотрит уведомления. Всего доброго.",
             ["Перевела сыну деньги, а он говорит, что не получил."])
    assert c["tone"].passed is False
    assert c["tone"].reason == "Клиента обвиняют: «ваш сын не смотрит уведомления»."


def test_a_code_the_customer_wrote_in_capitals_is_no_shouting():
    c = card("Здравствуйте! Промокод SPRING действует только на товары без скидки. Если будут вопросы, пишите.",
             ["Почему не применяется промокод SPRING?"])
    assert c["tone"].passed is True


def test_the_customers_own_address_read_back_is_no_leak():
    c = card("Здравствуйте, Ксения! Адрес заказа 71120 поменяла на Гагарина, 8. Хорошего дня!",
             ["Поменяйте адрес доставки заказа 71120 на Гагарина, 8.", "Ксения"])
    assert c["safety"].passed is True
