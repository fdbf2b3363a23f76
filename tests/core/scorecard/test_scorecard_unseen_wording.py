"""Judgements that hold on wording no list names: what a QA lead reads in a reply and in the customer's
message, each with its exact verdict and reason (the kinds of miss found on replies written apart from the
rules, tests/data/replies/tuning_fresh.toml). Written here for the tests; grammar is stubbed."""

from __future__ import annotations

from reply_cases import card

STATEMENT = ["Ничего не понимаю в выписке, там какие-то холды и отмены. Где мои деньги?"]


def test_something_missing_is_a_complaint():
    c = card("Здравствуйте! Багаж доставят в отель сегодня до 22:00. Хорошего дня!",
             ["Прилетела в Калининград, а чемодана нет. В аэропорту сказали писать вам."])
    assert c["empathy"].passed is False
    assert c["empathy"].reason == ("Клиент жалуется («чемодана нет»): нужно извиниться или посочувствовать, а в "
                                   "ответе нет ни извинения, ни сочувствия.")


def test_a_trouble_asked_about_as_a_possibility_is_no_complaint():
    c = card("Добрый день! При досрочном закрытии проценты пересчитываются по ставке 0,01 %. Если нужны деньги, "
             "можно снять часть вклада в приложении. Если будут вопросы, пишите.",
             ["Добрый день. Если я закрою вклад раньше срока, я потеряю проценты?"])
    assert c["empathy"].passed is None and c["solution"].passed is True and c.passed


def test_the_customers_own_denial_and_a_pressing_need_are_read():
    c = card("Здравствуйте. Подписка отключена. Хорошего дня.",
             ["С меня каждый день списывают по 30 рублей за какие-то подписки. Я ничего не подключала!"])
    assert c["empathy"].reason.startswith("Клиент жалуется («ничего не подключала»):")
    c = card("Здравствуйте! Оплатить можно в интернет-банке. Хорошего дня!",
             ["После обновления приложение вылетает. Мне надо оплатить кредит сегодня."])
    assert "торопится («надо оплатить кредит сегодня»)" in c["empathy"].reason


def test_two_questions_in_one_need_two_answers():
    customer = ["Еду в Турцию на 10 дней. Сколько стоит страховка и покрывает ли она активный отдых?"]
    c = card("Здравствуйте! Базовый полис на 10 дней стоит 1 200 ₽. Оформить можно на сайте за 5 минут. "
             "Хорошего отдыха!", customer)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Клиент спросил «покрывает ли она активный отдых», а в ответе этого нет: ответ "
                                    "на половину вопроса.")
    c = card("Здравствуйте! Базовый полис на 10 дней стоит 1 200 ₽, активный отдых он не покрывает: это опция за "
             "400 ₽. Хорошего отдыха!", customer)
    assert c["solution"].passed is True


def test_an_event_with_its_time_answers_an_angry_customer():
    c = card("Здравствуйте, Светлана. Приношу извинения. Вторая сумма — временная блокировка банка, она снимется "
             "в течение 3 рабочих дней. Если будут вопросы, пишите.",
             ["У меня списали деньги два раза за один заказ!!! Верните немедленно!"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Есть конкретный шаг и срок: «снимется», «в течение»."


def test_an_advert_that_is_the_whole_reply_is_no_solution_though_it_shares_words():
    c = card("Здравствуйте! Обратите внимание на наше новое предложение — домашний интернет и ТВ за 990 ₽ в месяц, "
             "первый месяц бесплатно! Подключение за один день. Хорошего дня!",
             ["Добрый день. Мне не хватает интернета на тарифе, каждый месяц докупаю пакеты. Что посоветуете?"])
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Вместо ответа — реклама: «новое предложение», «месяц бесплатно»; срок в рекламе "
                                    "не делает её решением.")


def test_sending_the_customer_to_read_is_no_answer():
    c = card("Здравствуйте! Подробнее о холдах можно прочитать в разделе «Вопросы и ответы» на нашем сайте. "
             "Понимаю, что это неприятно. Хорошего дня!", STATEMENT)
    assert c["solution"].passed is False


def test_not_knowing_in_other_words_fails_tone_and_solution():
    c = card("Здравствуйте! Честно, точно не подскажу, этим занимается учебная часть. Напишите им. Хорошего дня!",
             ["Будет ли диплом о профессиональной переподготовке после курса?"])
    assert c["solution"].passed is False and c["tone"].passed is False
    assert c["tone"].reason == ("«не подскажу» — без ответа и без своего следующего шага со сроком.")


def test_a_lecture_without_listed_words_fails_tone():
    c = card("Здравствуйте, Вадим. Стоимость КАСКО зависит от истории страховых случаев, это стоило учитывать до "
             "аварии. Можете выбрать франшизу. Всего доброго.",
             ["Почему КАСКО подорожало на 8 тысяч? В прошлом году было дешевле."], customer_name="Вадим")
    assert c["tone"].passed is False
    assert c["tone"].reason == "Поучение: «стоило учитывать»."
    assert c["empathy"].reason.startswith("Клиент жалуется («Почему КАСКО подорожало»)")


def test_an_apology_with_a_reproach_is_no_empathy():
    c = card("Здравствуйте. Приносим извинения. Скорее всего, вы при оформлении выбрали не тот размер. Обмен "
             "оформим за 3 дня. Всего доброго.",
             ["Заказывал чёрные кроссовки 43 размера, пришли белые 41. Вы вообще проверяете, что отправляете?"])
    assert c["empathy"].passed is False and c["tone"].passed is False
    assert c["empathy"].reason == "Извинение с упрёком клиенту («Скорее всего, вы при оформлении выбрали») — это не сочувствие."


def test_a_misspelt_apology_and_closing_still_count():
    c = card("Здравствуйте! Извените за задержку. Курьер привезёт заказ завтра до 14:00. Если будут вапросы, "
             "пишыте.")
    assert c["empathy"].passed is True and c["closing"].passed is True


def test_the_reply_may_close_by_inviting_an_answer():
    for ending in ("Подойдёт такое время?", "Напишите, в какое время вам удобно.", "Я напишу, когда всё заработает."):
        c = card("Здравствуйте! Простите за задержку. Курьер привезёт заказ завтра с 12:00 до 18:00. " + ending)
        assert c["closing"].passed is True, ending
    c = card("Здравствуйте! Простите за задержку. Курьер привезёт заказ завтра с 12:00 до 18:00. Ожидайте.")
    assert c["closing"].passed is False


def test_a_code_the_customer_is_told_to_dictate_is_a_breach_and_a_warning_is_not():
    customer = ["Не могу подтвердить перевод, код не приходит."]
    c = card("Здравствуйте! Сочувствую. Я отправила код ещё раз, продиктуйте его мне, и я подтвержу перевод сама.",
             customer)
    assert c["safety"].passed is False and not c.passed
    c = card("Здравствуйте! Простите за неудобство. Я отправила код повторно, он придёт в течение минуты; введите его "
             "в приложении и никому не сообщайте. Если не придёт, напишите мне.", customer)
    assert c["safety"].passed is True
    c = card("Андрей, здравствуйте! Пришлите ваш логин и пароль, я проверю, почему не пускает.",
             ["Не могу войти, пишет «неверный пароль»."])
    assert c["safety"].passed is False


def test_two_signs_of_unclear_style_fail_it_whatever_the_length():
    c = card("Здравствуйте! Стоимость полиса составляет 1 200 ₽. Данная опция оформляется дополнительно. Оформление "
             "полиса осуществляется на сайте, полис придёт на почту сразу после оплаты. Хорошей поездки!",
             ["Сколько стоит страховка?"])
    assert c["style"].passed is False
    assert c["style"].reason == "Много слов-паразитов и штампов (2): канцелярит: «Данная», «осуществляется»."


def test_an_outcome_promised_as_certain_is_a_breach_and_the_operators_own_move_is_not():
    customer = ["Можно ли оплатить курс частями? Сразу 60 тысяч не потяну."]
    c = card("Здравствуйте! Конечно, рассрочку на 12 месяцев по 5 000 ₽ вам одобрят точно. Оформить можно на "
             "странице оплаты. Хорошего дня!", customer)
    assert c["safety"].passed is False and not c.passed
    assert c["safety"].reason == ("Нарушена безопасность данных — обещание, которое оператор дать не может: «одобрят "
                                  "точно». Такой ответ не зачитывается.")
    c = card("Здравствуйте! Рассрочка — на 12 месяцев по 5 000 ₽, решение банк присылает за 10 минут. Я точно "
             "напишу вам, когда оно придёт.", customer)
    assert c["safety"].passed is True


CALM = [
    "Добрый день! У меня нет принтера, можно показать билет с телефона?",
    "Я ещё не оплатила заказ. Можно добавить в него ещё одну вещь?",
    "Мы не планируем продлевать подписку. Как её отключить?",
    "Нет, доставка не нужна, заберу сам. Во сколько можно прийти?",
    "Я не пользуюсь роумингом. Можно его совсем отключить?",
    "Я не могу приехать в офис, можно подписать договор онлайн?",
    "Добрый день. Если я закрою вклад раньше срока, я потеряю проценты?",
]
UPSET = [
    "Я ничего не подключала, а деньги списывают каждый месяц.",
    "Мы вообще не выспались, за стеной ремонт с восьми утра.",
    "Курьер опоздал на три часа и даже не извинился.",
    "Оплатила доставку, а заказ привезли без упаковки, коробка мятая.",
    "Прилетела в Калининград, а чемодана нет.",
    "Интернета нет с самого утра, а у меня созвоны.",
]


def test_a_calm_question_with_a_negation_owes_no_apology_and_a_trouble_does():
    reply = "Здравствуйте! Да, это можно сделать в приложении, в разделе «Профиль». Хорошего дня!"
    assert [m for m in CALM if card(reply, [m])["empathy"].passed is not None] == []
    assert [m for m in UPSET if card(reply, [m])["empathy"].passed is not False] == []
