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


# Answers worded unlike the word lists (issue 15): the verdict and the reason a trainee sees.

NO_SIGNAL = ["Третий день нет интернета на даче. Когда почините?"]


def test_a_question_back_is_no_answer():
    c = card("Здравствуйте! Простите за неудобства. Подскажите, пожалуйста, номер договора?", NO_SIGNAL)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Клиент спросил «когда», а ответа на это нет."
    c = card("Здравствуйте! Простите за неудобства. А какой у вас роутер? Напишите, пожалуйста.", NO_SIGNAL)
    assert c["solution"].passed is False, c["solution"].reason


def test_asking_for_what_the_operator_needs_with_what_follows_is_a_step():
    c = card("Здравствуйте! Простите за неудобства. Пришлите, пожалуйста, номер договора — я вызову мастера, и он "
             "приедет завтра до 14:00. Я на связи.", NO_SIGNAL)
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Сочувствую. Наверное, к вечеру починят. Хорошего дня!", False),
    ("Здравствуйте! Сочувствую. Думаю, бригада исправит всё к вечеру. Хорошего дня!", False),
    ("Здравствуйте! Сочувствую. Бригада исправит обрыв к вечеру, я напишу, когда закончат.", True),
    ("Здравствуйте! Сочувствую. Бригада уже на месте, связь вернётся через полчаса.", True),
])
def test_a_time_said_as_a_guess_is_no_promise(reply, ok):
    c = card(reply, NO_SIGNAL)
    assert c["solution"].passed is ok, c["solution"].reason


def test_a_time_of_day_does_not_cut_the_clause_it_stands_in():
    c = card("Здравствуйте! Простите за ожидание. Я запросила отчёт бригады, в четверг до 11:00 позвоню вам и "
             "назову точный срок. Я на связи.", NO_SIGNAL)
    assert c["solution"].passed is True, c["solution"].reason


HOW = ["Добрый день. Как поменять дату экзамена?"]


def test_a_bare_yes_does_not_answer_how():
    c = card("Добрый день! Да, конечно, дату экзамена можно поменять, это не сложно. Удачи на экзамене!", HOW)
    assert c["solution"].passed is False
    # the part that says only that it can be done is quoted
    assert c["solution"].reason == ("Клиент спросил, как это сделать, а ответ только подтверждает, что можно: "
                                    "«можно поменять».")


def test_where_it_is_written_is_no_answer_unless_asked_where():
    c = card("Добрый день! Порядок переноса подробно описан на сайте в разделе «Студентам». Хорошего дня!", HOW)
    assert c["solution"].passed is False, c["solution"].reason
    c = card("Добрый день! Правила пересдачи опубликованы на сайте: edu.example.ru/retake. Хорошего дня!",
             ["Где прочитать правила пересдачи?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_written_in_ones_account_or_profile_is_a_pointer_not_a_deed():
    # «указаны» there tells where to read, not what the operator has done
    for place in ("в вашем аккаунте", "у вас в профиле"):
        c = card(f"Добрый день! Все данные для оплаты перечислены {place}. Хорошего дня!",
                 ["Пришлите, пожалуйста, данные для оплаты курса."])
        assert c["solution"].passed is False, c["solution"].reason


def test_an_offer_put_as_by_the_way_is_an_advert():
    c = card("Здравствуйте! Сочувствую. Кстати, с тарифом «Дача+» интернет работает даже при отключении света. "
             "Подключить его можно за пять минут в приложении. Хорошего дня!", NO_SIGNAL)
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Вместо ответа — реклама: «Кстати, с тарифом «Дача+»")


WHY = ["Почему подорожала подписка? Я ничего не менял."]


def test_why_wants_a_reason_not_another_answer():
    c = card("Здравствуйте! Понимаю ваше удивление. Отменить подписку можно в приложении: «Профиль» → «Подписка», "
             "она закончится с 1-го числа. Хорошего дня!", WHY)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Клиент спросил «Почему подорожала подписка?», а ответ не называет причину и не "
                                    "говорит о том, о чём вопрос.")
    c = card("Здравствуйте! Понимаю ваше удивление. Цена выросла, потому что в подписку вошли два новых сервиса. "
             "Если они вам не нужны, могу перевести вас на тариф «Лайт» за прежнюю цену.", WHY)
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиент спросил «почему», и ответ называет причину: «потому»."


def test_is_it_a_mistake_answered_by_taking_up_the_word():
    c = card("Здравствуйте! Понимаю, сумма неожиданная. Это не ошибка: 900 рублей — платные звонки в Армению, "
             "остальное — ваш тариф. Напишите, если подключить пакет минут для поездок.",
             ["Пришёл счёт на 1 300 вместо 400! Это ошибка?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_an_operation_done_by_the_operator_is_a_solution():
    c = card("Здравствуйте! Жаль, что вы заболели. Я перенесла ваш урок на четверг, то же время, преподаватель "
             "предупреждён. Выздоравливайте!", ["Заболела, на урок завтра не приду. Перенесите, пожалуйста."])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Оператор сделал, что нужно: «перенесла»."


def test_free_answers_the_price_but_not_how_long():
    c = card("Здравствуйте! Замена пропуска бесплатная. Хорошего дня!",
             ["Сколько стоит замена пропуска и сколько дней её делают?"])
    assert c["solution"].passed is False
    assert c["solution"].reason == "Клиент спросил «как долго», а в ответе этого нет: ответ на половину вопроса."


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! На фильтр гарантия год, а на мембрану — полгода. Хорошего дня!", True),
    ("Здравствуйте! Гарантия есть на все наши фильтры. Хорошего дня!", False),
    ("Здравствуйте! Фильтр стоит 900 рублей в месяц по подписке. Хорошего дня!", False),  # a rate, not a span
])
def test_a_span_named_without_a_figure_answers_how_long(reply, ok):
    c = card(reply, ["Какой срок гарантии на фильтр для воды?"])
    assert c["solution"].passed is ok, c["solution"].reason


def test_steps_told_in_the_present_are_steps():
    c = card("Здравствуйте!\nОткрываете приложение\nдалее «Платежи»\nвыбираете карту и день списания\nГотово! "
             "Хорошего дня!", ["Как включить автоплатёж за квартиру?"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиенту дан понятный следующий шаг: «Открываете», «выбираете»."


def test_a_named_link_answers_where():
    c = card("Здравствуйте! Правила лежат внизу каждой страницы сайта, ссылка «Правила клуба». Хорошего дня!",
             ["Где найти правила клуба?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_not_knowing_put_as_having_no_information_sends_nowhere():
    c = card("Здравствуйте! У меня нет такой информации, уточните в бухгалтерии. Хорошего дня!",
             ["Добрый день. Когда придёт зарплатная карта?"])
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("«нет такой информации» и отсылка в другое место — не решение")


LATE_COURIER = ["Заказ так и не привезли, жду с утра! Что происходит?"]


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Простите за ожидание. Заказ передали другому курьеру, он приедет в пределах часа. Я на связи.", True),
    # a promo code the operator has given is a compensation, not an advert
    ("Здравствуйте! Простите за ожидание. Выдала вам промокод на 500 рублей за задержку, а заказ привезут сегодня же "
     "вечером. Я на связи.", True),
    ("Здравствуйте! Простите за ожидание. Статус доставки можно отслеживать в приложении в разделе «Заказы». "
     "Я на связи.", False),
])
def test_late_order_answers_worded_unlike_the_lists(reply, ok):
    c = card(reply, LATE_COURIER)
    assert c["solution"].passed is ok, c["solution"].reason


def test_a_button_named_with_a_question_mark_is_no_question_back():
    c = card("Здравствуйте! Простите за неудобство. Если не помните пароль, нажмите «Забыли пароль?» на странице входа. "
             "Хорошего дня!", ["Не могу войти в личный кабинет, пишет «неверный пароль». Что делать?"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиенту дан понятный следующий шаг: «нажмите»."
    assert c["tone"].passed is True  # «не помните» is the customer's, not the operator's «не знаю»


@pytest.mark.parametrize("opening", ["Это вопрос не ко мне", "Я не компетентна в этом вопросе",
                                     "Точно не помню, вроде можно"])
def test_not_knowing_in_other_words_and_a_referral_is_no_solution(opening):
    c = card(f"Здравствуйте! {opening}, уточните в учебной части. Хорошего дня!",
             ["Добрый день. Можно ли оплатить обучение материнским капиталом?"])
    assert c["solution"].passed is False
    assert "и отсылка в другое место — не решение" in c["solution"].reason
    assert c["tone"].passed is False


def test_possible_with_an_infinitive_is_no_hedge():
    c = card("Здравствуйте! Возможно оформить возврат в течение 14 дней: курьер заберёт товар завтра до 18:00. "
             "Хорошего дня!", ["Можно вернуть пылесос, он мне не подошёл?"])
    assert c["solution"].passed is True, c["solution"].reason
    c = card("Здравствуйте! Возможно, курьер заберёт товар завтра. Хорошего дня!",
             ["Когда заберут пылесос на возврат?"])
    assert c["solution"].passed is False, c["solution"].reason


def test_taking_measures_is_a_company_step_that_needs_a_time():
    c = card("Здравствуйте! Мне очень жаль. Спасибо, что сообщили, мы примем меры. Всего доброго.",
             ["Курьер нагрубил мне и оставил посылку у двери! Это нормально?!"])
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Следующий шаг за компанией («примем»), но не сказано, когда: без срока клиент "
                                    "не знает, чего ждать.")


def test_by_the_way_with_news_is_no_advert():
    c = card("Здравствуйте! Простите за ожидание. Кстати, деньги за заказ уже вернулись на карту, сегодня в 9:40. "
             "Я на связи.", ["Когда вернут деньги за отменённый заказ? Жду уже неделю!"])
    assert c["solution"].passed is True, c["solution"].reason


def test_by_the_way_with_bonus_points_is_an_advert():
    c = card("Здравствуйте! Кстати, у нас сегодня двойные баллы на все покупки до 23:59. Хорошего дня!",
             ["Добрый день. Когда вернут деньги за отменённый заказ 5521?"])
    assert c["solution"].passed is False, c["solution"].reason


def test_a_figure_between_the_verb_and_can_still_makes_a_step():
    c = card("Здравствуйте, Роман. Понимаю, что мастер ждёт. Поднять его до 300 000 ₽ можно в приложении, раздел "
             "«Лимиты». Пишите, если не выйдет.", ["Срочно! Не проходит оплата 200 тысяч, пишет «превышен лимит»."])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиенту дан понятный следующий шаг: «Поднять»."


# Found on replies written blind to the scorecard (tuning_blind_a.toml), checked here on other words.
def test_placing_the_order_is_the_customers_step_not_an_advert():
    c = card("Здравствуйте! Понимаю, подарок нужен вовремя. Оформите заказ до 14:00, и курьер привезёт коляску "
             "завтра с 9:00 до 13:00. Хорошего дня!", ["Мне очень нужна коляска к субботе! Успеете?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_a_fallback_promise_after_the_customers_step_needs_no_time():
    c = card("Здравствуйте! Сочувствую. Да, полис это покрывает. Позвоните в ассистанс по номеру 8 800 100-20-30, "
             "там назовут клинику рядом. Если не дозвонитесь, напишите сюда, я сама с ними свяжусь. Поправляйтесь!",
             ["Я в Турции, заболел ребёнок, нужен врач. Страховка покроет?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_a_promise_without_time_as_the_only_step_still_needs_one():
    c = card("Здравствуйте! Сочувствую. Если вас не устроит клиника, я сама с ними свяжусь. Поправляйтесь!",
             ["Я в Турции, заболел ребёнок, нужен врач. Страховка покроет?"])
    assert c["solution"].passed is False


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Парковка есть, бесплатная, во дворе. Хорошего дня!", False),
    ("Здравствуйте! Парковка есть, бесплатная, во дворе. Заехать раньше можно с 10:00 за 1 000 ₽. Хорошего дня!",
     True),
])
def test_a_second_question_in_its_own_sentence_wants_its_own_answer(reply, ok):
    c = card(reply, ["Добрый вечер! В отеле есть парковка? А можно ли заехать раньше 14:00?"])
    assert c["solution"].passed is ok, c["solution"].reason
    if not ok:
        assert c["solution"].reason == ("Клиент спросил «можно ли заехать раньше 14:00», а в ответе этого нет: ответ на "
                                        "половину вопроса.")


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Да, можно: рассрочка на 6 месяцев без процентов. Хорошего дня!", False),
    ("Здравствуйте! Да, можно: рассрочка на 6 месяцев без процентов, первый платёж спишут сразу при покупке. "
     "Хорошего дня!", True),
])
def test_how_long_is_no_answer_to_when(reply, ok):
    c = card(reply, ["Добрый день! Можно ли купить ноутбук в рассрочку? А когда будет первый платёж?"])
    assert c["solution"].passed is ok, c["solution"].reason
    if not ok:
        assert c["solution"].reason == "Клиент спросил «когда», а в ответе этого нет: ответ на половину вопроса."


LOST_PARCEL = ["Посылка не пришла, хотя обещали вчера. Что с ней?"]


@pytest.mark.parametrize("reply, ok, reason", [
    ("Здравствуйте! Простите за задержку. Ваш вопрос передали специалистам склада, они ответят сегодня до 19:00. "
     "Всего доброго!", True, "Есть конкретный шаг и срок: «передали», «сегодня»."),
    ("Здравствуйте! Простите за задержку. Ваш вопрос передали специалистам склада. Всего доброго!", False,
     "Ответ не о том, о чём спросил клиент: ни одно слово вопроса (обещали, посылка, пришла) в ответе не "
     "встречается."),
])
def test_a_hand_off_is_a_step_only_with_its_deadline(reply, ok, reason):
    c = card(reply, LOST_PARCEL)
    assert (c["solution"].passed, c["solution"].reason) == (ok, reason)


def test_a_sum_that_explains_a_reported_failure_answers_it():
    c = card("Здравствуйте! Простите за путаницу. Бесплатная доставка действует от 1 500 ₽, а в корзине товаров на "
             "1 320 ₽. Хорошего дня!", ["Бесплатная доставка не применяется, хотя на баннере написано, что она есть!"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Дан конкретный ответ на вопрос клиента."



def test_an_offer_told_in_the_past_is_a_reason_not_an_advert():
    c = card("Здравствуйте! В прошлом месяце закончилась скидка по акции «Лето», поэтому абонентская плата выросла. "
             "Хорошего дня!", ["Почему мне пришёл счёт на 1 500 рублей больше обычного?"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиент спросил «почему», и ответ называет причину: «поэтому»."


def test_how_long_it_takes_wants_a_time_as_well_as_the_price():
    c = card("Здравствуйте! Замена экрана стоит 4 500 ₽. Хорошего дня!",
             ["Сколько стоит замена экрана и сколько она займёт?"])
    assert c["solution"].passed is False
    assert c["solution"].reason == "Клиент спросил «как долго», а в ответе этого нет: ответ на половину вопроса."


def test_reading_the_manual_is_no_step():
    c = card("Здравствуйте! Простите. Прочитайте инструкцию к кофеварке. Хорошего дня!",
             ["Кофеварка не включается с первого дня! Верните деньги!"])
    assert c["solution"].passed is False
    assert c["solution"].reason == "Нет ни ответа по существу, ни следующего шага со сроком."


NO_HEATING = ["Сделайте что-нибудь, уже два дня нет горячей воды!!!"]


@pytest.mark.parametrize("reply, ok", [
    # a date of another event is no time for what was asked
    ("Здравствуйте! Простите, пожалуйста. Плановая профилактика горячей воды — с 3 по 17 июня. Хорошего вечера!", False),
    ("Здравствуйте! Простите, пожалуйста. На трубе авария, горячую воду дадут сегодня к 21:00. Хорошего вечера!", True),
])
def test_a_request_is_met_by_a_time_for_something_done(reply, ok):
    assert card(reply, NO_HEATING)["solution"].passed is ok, card(reply, NO_HEATING)["solution"].reason


def test_a_step_told_with_ty_is_still_a_step():
    # the cause told: a bare restart to a fault would be a guess (settled 2026-12-06)
    c = card("Привет! Сорян. Роутер завис после вечернего обновления. Выключи его на минуту и включи снова. Если не "
             "поможет, пиши — пришлём мастера.", ["Интернет тормозит весь вечер, что делать?"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиенту дан понятный следующий шаг: «Выключи», «включи», «пиши»."


def test_a_yes_does_not_answer_where():
    c = card("Здравствуйте! Конечно, подготовим договор для ООО «Сфера». Хорошего дня!",
             ["Нужен договор на ООО «Сфера». Куда отправить карточку компании?"])
    assert c["solution"].passed is False, c["solution"].reason


def test_a_hedged_yes_is_no_answer():
    c = card("Здравствуйте! Возможно, вас заселят раньше, а возможно, нет: это решает администратор. Хорошего "
             "отдыха!", ["Нас заселят раньше 14:00? Прилетаем в 9 утра."])
    assert c["solution"].passed is False, c["solution"].reason


HOW_READINGS = ["Как передать показания электросчётчика?"]


@pytest.mark.parametrize("reply, ok", [
    # the place alone, and «через» that names a way, not a time
    ("Здравствуйте! Показания можно передать через личный кабинет. Хорошего дня!", False),
    ("Здравствуйте! В личном кабинете откройте «Счётчики» → «Передать показания» и введите цифры до 25-го числа. "
     "Хорошего дня!", True),
])
def test_how_wants_the_way_not_only_the_place(reply, ok):
    assert card(reply, HOW_READINGS)["solution"].passed is ok, card(reply, HOW_READINGS)["solution"].reason


def test_a_day_of_the_month_written_with_its_ending_is_a_time():
    c = card("Здравствуйте! До 20-го, и через Госуслуги тоже можно. Хорошего дня!",
             ["До какого числа передавать показания газа и можно ли через Госуслуги?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_you_can_with_a_place_is_a_way_forward():
    c = card("Здравствуйте, Олег! Услуга была подключена через короткий номер. Вы можете отключить её в личном "
             "кабинете. Хорошего дня!",
             ["С меня списали 150 рублей за какую-то услугу, которую я не подключал! Это обман!"])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиенту дан понятный следующий шаг: «отключить»."


def test_the_doing_asked_about_is_no_advert():
    c = card("Здравствуйте! Сочувствую. Чтобы оформить выплату по КАСКО: 1) оформите справку в ГИБДД; 2) подайте "
             "заявление в приложении: «Выплаты» → «Новая»; 3) приложите фото. Эксперт позвонит в течение 3 дней. "
             "Если будут вопросы, пишите.", ["Разбили фару на парковке. Как оформить выплату по КАСКО?"])
    assert c["solution"].passed is True, c["solution"].reason


def test_a_sum_answers_whether_something_is_due():
    c = card("Здравствуйте! За отмену перевозчик платит 30 ₽ за каждый час ожидания. Чтобы получить деньги, "
             "заполните форму на сайте: «Помощь» → «Претензия». Ответ придёт в течение 30 дней.",
             ["Электричку отменили, я ждала 3 часа. Положена ли компенсация и как её получить?"])
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Простите. Обратитесь на вокзал, там вам помогут. Хорошего дня!", False),
    ("Здравствуйте! Простите. Обратитесь в бюро находок вокзала с паспортом и билетом, вещи хранят 30 дней. "
     "Хорошего дня!", True),
])
def test_sending_elsewhere_needs_what_to_bring_or_do(reply, ok):
    c = card(reply, ["Забыла сумку в поезде, он уже ушёл в депо. Что делать?"])
    assert c["solution"].passed is ok, c["solution"].reason


def test_a_time_for_the_very_thing_reported_answers_the_report():
    c = card("Здравствуйте! Проценты по вкладу начисляются 5-го числа следующего месяца. Хорошего дня!",
             ["Опять не начислили проценты по вкладу за апрель. Видимо, ставка только на бумаге."])
    assert c["solution"].passed is True, c["solution"].reason


def test_where_to_do_it_asked_without_a_question_mark_is_answered_by_the_path():
    c = card("Здравствуйте! Приносим извинения за доставленные неудобства. В настоящее время записи доступны в разделе "
             "«Мои записи» в левом меню.", ["Здравствуйте. Мне 68 лет, я записался на курс, но не могу найти, где "
                                           "смотреть записи занятий. Нажимаю везде, ничего не открывается."])
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиент спросил, где это найти, и ответ показывает путь: «разделе «», «левом»."


def test_a_cause_answers_why_but_not_a_question_about_what_is_due():
    reply = "Здравствуйте! Сожалеем о задержке. Поезд задержан из-за ремонта путей на перегоне. Хорошего дня!"
    due = card(reply, ["Поезд задержали на три часа. Нам положена компенсация?"])
    assert (due["solution"].passed, due["solution"].reason) == (
        False, "Нет ни ответа по существу, ни следующего шага со сроком.")
    assert card(reply, ["Поезд задержали на три часа. Почему?"])["solution"].passed is True


def test_a_code_to_dial_is_no_answer_to_what_it_shows():
    c = card("Добрый день! Остаток пакета можно узнать, набрав *105#. Хорошего дня!",
             ["Добрый день! Сколько гигабайт осталось в пакете?"])
    assert c["solution"].passed is False
    assert c["solution"].reason == "Нет ни ответа по существу, ни следующего шага со сроком."


def test_to_why_a_next_step_with_its_time_is_the_rubrics_next_step():
    """«Почему…?» with no reason told: what is to happen next, with its time — the company's or the customer's own —
    is the rubric's second way («кто, что и к какому сроку»), not a why left unanswered."""
    got = card("Здравствуйте! Карту заберёте в отделении на Мира, 5, через 2 рабочих дня, с паспортом.",
               ["Почему банкомат не вернул карту?!"])["solution"]
    assert got.passed is True, got.reason
    got = card("Здравствуйте! Карту разблокируют в течение пяти минут, попробуйте оплатить снова.",
               ["Почему заблокировали карту? Я на кассе!"])["solution"]
    assert got.passed is True, got.reason
    got = card("Здравствуйте! Такое бывает, приносим извинения. Хорошего дня.",
               ["Почему банкомат не вернул карту?!"])["solution"]
    assert got.passed is False, got.reason
    # what follows an option the customer may take is no step set: the why is still unanswered
    got = card("Здравствуйте! Перейти на другой тариф можно в приложении, новый начнёт действовать с 1-го числа.",
               ["Почему мне подняли плату за интернет?"])["solution"]
    assert got.passed is False, got.reason


def test_can_it_be_done_is_answered_by_a_next_step_set_with_its_time():
    """«Это можно исправить?» — «инженер заменит оборудование в среду»: the doing set with its time is a yes in deed;
    a cause alone, or a time for another question beside it, says nothing to whether it can be done."""
    slow = ["Интернет по вечерам еле работает. Это можно исправить?"]
    got = card("Здравствуйте! Узел в вашем доме перегружен: инженер заменит оборудование в среду, после этого скорость "
               "станет полной.", slow)["solution"]
    assert got.passed is True, got.reason
    got = card("Здравствуйте! Узел в вашем доме перегружен. Хорошего вечера.", slow)["solution"]
    assert got.passed is False, got.reason
    got = card("Здравствуйте! Сертификат придёт на почту завтра до 18:00.",
               ["Можно ли вернуть деньги за курс? И когда придёт сертификат?"])["solution"]
    assert got.passed is False, got.reason


def test_an_offers_word_in_the_sentence_that_gives_the_asked_price_is_the_answer():
    """«…обойдётся в 30 000 ₽ за год, скидка за оплату сразу уже учтена» to «сколько стоит?» answers; an offer of a
    product the customer never named, with a free span, is still an advert."""
    got = card("Здравствуйте! Для 5 человек подписка обойдётся в 30 000 ₽ за год, скидка за оплату сразу уже учтена.",
               ["Сколько стоит годовая подписка на 5 человек?"])["solution"]
    assert got.passed is True, got.reason
    got = card("Здравствуйте! Доставка дивана стоит 1 500 ₽ при оплате на сайте и 2 000 ₽ при получении, так что "
               "оплатить заранее выгоднее.", ["Сколько стоит доставка дивана? Можно оплатить при получении?"])["solution"]
    assert got.passed is True, got.reason
    got = card("Здравствуйте! Попробуйте наш новый тариф «Море»: первые две недели бесплатно, потом 500 ₽ в месяц.",
               ["Уезжаю в Турцию на неделю. Сколько будет стоить интернет в роуминге?"])["solution"]
    assert got.passed is False, got.reason
