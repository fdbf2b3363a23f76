"""Troubles told without the complaint words (found on blind set J and its variations): a wait since a date,
paying for what does not come, a thing that came without a part told before a question, money gone «неизвестно
куда», a service working «через раз», «где мои деньги?»; a turn for the worse («раньше … работало» beside «почему», a
promised term that has passed, a thing instead of the one due asked «почему»); and a trouble the customer reports as
over."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_cues import came_instead, promise_overrun, worse_than_before
from app.core.scorecard.words import tokenize
from reply_cases import card
from test_customer import read


@pytest.mark.parametrize("message, words", [
    ("Жду возврат с 3 марта, а сегодня уже 20-е.", ["Жду возврат с 3 марта"]),
    ("С понедельника ждём мастера, никто не едет.", ["С понедельника ждём"]),
    ("Плачу за 100 Мбит, а на деле еле 10.", ["а на деле еле 10"]),
    ("Телевидение показывает через раз, а я плачу полную цену.", ["через раз"]),
    ("Заплатил за премиум, а реклама всё равно показывается.", ["а реклама всё равно показывается"]),
    ("Заказ пришёл без инструкции, как его собирать?", ["пришёл без инструкции"]),
    ("С карты ушло 2 000 рублей неизвестно куда.", ["ушло 2 000 рублей неизвестно"]),
    ("Ну и где мои деньги?", ["где мои деньги"]),
])
def test_a_trouble_told_in_other_words_is_a_complaint(message, words):
    states = read(message).states
    assert all(w in states.get("complaint", []) for w in words), states


@pytest.mark.parametrize("message", [
    "Мастер будет с 10 до 12, я жду его дома?",  # a wait planned, not endured
    "Оплатила заказ, а когда придёт чек?",  # paid, then asks
    "Оплатила заказ, а теперь хочу добавить ещё одну книгу.",
    "Заказ пришёл без проблем, спасибо!",
])
def test_calm_messages_near_those_are_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states


def test_a_wait_since_a_date_asks_for_sympathy_in_the_verdict():
    c = card("Здравствуйте! Возврат отправлен сегодня, деньги придут на карту до пятницы. Хорошего дня!",
             ["Жду возврат с 3 марта. Когда он придёт?"])
    assert c["empathy"].passed is False
    assert c["empathy"].reason.startswith("Клиент жалуется («Жду возврат с 3 марта»)"), c["empathy"].reason


@pytest.mark.parametrize("message", [
    "Вчера не приходили СМС, но сегодня уже всё приходит, спасибо. Где посмотреть историю платежей?",
    "Писала утром, что не открывается сайт, а в итоге всё открылось, спасибо! Как сменить пароль?",
])
def test_a_trouble_reported_as_over_is_no_state(message):
    assert not read(message).states


def test_a_harm_after_a_turn_is_no_end_of_the_trouble():
    assert "complaint" in read("Курьер не приехал, а в итоге ещё и списали деньги, спасибо.").states
    assert "complaint" in read("Заказ не пришёл, а деньги уже списали! Спасибо за сервис.").states


@pytest.mark.parametrize("message, words", [
    ("Отписалась от рассылки, а письма всё равно приходят каждое утро.", ["а письма всё равно"]),
    ("Обновил прошивку, но приставка по-прежнему показывает заставку.", ["но приставка по-прежнему"]),
    ("За обед списали 900 рублей вместо 600.", ["рублей вместо 600"]),
    ("Мастер пришёл на полтора часа позже, чем договаривались.", ["пришёл на полтора часа позже"]),
    ("Дочка огорчилась, когда увидела рисунок на кружке.", ["огорчилась"]),
])
def test_a_deed_that_did_not_help_a_wrong_thing_and_a_late_one_are_complaints(message, words):
    """The customer did something and the trouble stays, got one thing instead of another, or got it late: each is
    a trouble told without a complaint word, so sympathy is due."""
    states = read(message).states
    assert all(w in states.get("complaint", []) for w in words), states


@pytest.mark.parametrize("message", [
    "Можно привезти заказ позже, после шести вечера?",  # asks for later, nothing was late
    "Я выбрала самовывоз вместо курьера. Где забрать заказ?",  # the customer's own choice
    "Если я всё равно оплачу сейчас, скидка сохранится?",  # supposes, no deed
])
def test_later_instead_and_still_in_a_calm_message_are_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states


def test_sympathy_is_due_when_a_deed_did_not_help():
    c = card("Здравствуйте! Адрес удалён из всех рассылок, письма перестанут приходить с завтрашнего дня. "
             "Хорошего дня!", ["Отписалась от рассылки, а письма всё равно приходят каждое утро."])
    assert c["empathy"].passed is False
    assert c["empathy"].reason.startswith("Клиент жалуется («а письма всё равно»)"), c["empathy"].reason


@pytest.mark.parametrize("message, words", [
    ("Я отключила автоплатёж, а сегодня с карты всё равно списали 450 рублей.", ["а сегодня с карты всё равно списали"]),
    ("Вернул куртку неделю назад, но деньги за доставку сняли повторно.", ["но деньги за доставку сняли"]),
    ("Мы заморозили абонемент, а с нас списалась полная сумма за месяц.", []),  # «нас» after the turn: not this cue
])
def test_money_taken_after_the_customers_own_deed_is_a_complaint(message, words):
    from app.core.scorecard.customer_cues import charged_after_deed
    from app.core.scorecard.words import tokenize
    assert charged_after_deed(message, tokenize(message)) == words


@pytest.mark.parametrize("message", [
    "Я пополнила счёт, а когда спишут абонентскую плату?",  # asks when
    "Оформил подписку, а деньги сняли сразу?",  # a question of how it goes
    "Я оплатил заказ вчера, деньги уже списали.",  # no turn: a payment as it goes
])
def test_a_charge_asked_about_after_a_deed_is_no_complaint(message):
    from app.core.scorecard.customer_cues import charged_after_deed
    from app.core.scorecard.words import tokenize
    assert charged_after_deed(message, tokenize(message)) == []


@pytest.mark.parametrize("message, words", [
    ("где моя справка, заказывала в пятницу", ["где моя справка"]),
    ("Подскажите, где наш возврат за сломанную палатку?", ["где наш возврат"]),
])
def test_where_is_mine_asks_after_what_is_owed(message, words):
    from app.core.scorecard.customer_cues import where_is_mine
    from app.core.scorecard.words import tokenize
    assert where_is_mine(message, tokenize(message)) == words


@pytest.mark.parametrize("message", [
    "Где посмотреть мой тариф в приложении?",  # the way to a thing, by an infinitive
    "Где ваш офис на Ленина?",  # not the customer's
])
def test_where_to_find_a_thing_is_no_reproach(message):
    from app.core.scorecard.customer_cues import where_is_mine
    from app.core.scorecard.words import tokenize
    assert where_is_mine(message, tokenize(message)) == []


@pytest.mark.parametrize("message, words", [
    ("Приложение третий день показывает ноль на бонусном счёте.", ["показывает ноль"]),
    ("Почему касса отображает нулевой остаток по складу?", ["отображает нулевой"]),
])
def test_a_thing_showing_zero_is_a_fault(message, words):
    from app.core.scorecard.customer_cues import shows_zero
    from app.core.scorecard.words import tokenize
    assert shows_zero(message, tokenize(message)) == words


def test_zero_supposed_or_without_showing_is_no_fault():
    from app.core.scorecard.customer_cues import shows_zero
    from app.core.scorecard.words import tokenize
    for message in ("Если баланс покажет ноль, интернет отключится?", "Можно ли выставить нулевой тариф на лето?"):
        assert shows_zero(message, tokenize(message)) == [], message


@pytest.mark.parametrize("message", [
    "Посылка пришла не полностью, в коробке только чехол.",
    "Привезли не всё: двух стульев из четырёх нет.",
])
def test_an_order_that_came_not_whole_is_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


@pytest.mark.parametrize("message, words", [
    ("Сын пропустил два урока по болезни, их перенесут?", ["пропустил два урока"]),
    ("Я опоздала и пропустила посадку на паром. Что теперь?", ["пропустила посадку"]),
])
def test_a_missed_flight_exam_or_class_is_a_misfortune(message, words):
    from app.core.scorecard.customer_cues import missed_event
    from app.core.scorecard.words import tokenize
    assert missed_event(message, tokenize(message)) == words


def test_a_miss_asked_about_or_guarded_against_is_none():
    from app.core.scorecard.customer_cues import missed_event
    from app.core.scorecard.words import tokenize
    for message in ("Можно пропустить одно занятие в мае?", "Во сколько выезжать, чтобы не пропустил рейс?"):
        assert missed_event(message, tokenize(message)) == [], message


@pytest.mark.parametrize("message", [
    "Нам по три раза в день звонят с предложением кредита.",
    "Мне начали присылать СМС каждый час, отключите это.",
])
def test_being_called_or_written_to_over_and_over_is_a_complaint(message):
    from app.core.scorecard.customer_cues import pestered
    from app.core.scorecard.words import tokenize
    assert pestered(message, tokenize(message)), message


def test_the_customers_own_calls_or_a_single_call_are_no_nuisance():
    from app.core.scorecard.customer_cues import pestered
    from app.core.scorecard.words import tokenize
    for message in ("Хочу звонить бабушке два раза в неделю, какой пакет взять?",
                    "Мне вчера звонили из банка, это правда вы?"):
        assert pestered(message, tokenize(message)) == [], message


def test_a_disputed_charge_is_a_complaint():
    assert "complaint" in read("Подала заявление, что оспариваю перевод 3 000 рублей. Когда ответ?").states


@pytest.mark.parametrize("message, state, word", [
    ("Почему напор воды 1 бар вместо 3? Живу на пятом этаже", "complaint", "вместо"),
    ("почему синхронизация идёт по часу? раньше всё работало за минуту", "complaint", "раньше всё работало"),
    ("Позавчера звонила вам насчёт счётчика, никто не перезвонил.", "repeat", "звонила"),
    ("Мы вчера писали в чат про доставку дивана, есть новости?", "repeat", "писали"),
    ("банк опять задерживает перевод, сколько можно", "complaint", "задерживает"),
    ("Файл застрял на 99 %, что делать?", "complaint", "застрял"),
])
def test_troubles_and_contacts_told_by_structure(message, state, word):
    states = read(message).states
    assert any(word in w for w in states.get(state, [])), states


@pytest.mark.parametrize("message, state", [
    ("Почему вместо курьера можно выбрать только самовывоз?", "complaint"),
    ("Раньше приходило по СМС, теперь в приложении тоже приходит. Это нормально?", "complaint"),
    ("Скажите, кому она звонила вчера вечером?", "repeat"),
    ("Вчера мне звонили из банка, это были вы?", "repeat"),
])
def test_a_rule_asked_or_someone_elses_call_is_no_such_state(message, state):
    assert state not in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Позавчера писал вам про счёт, мне сказали ждать до пятницы. Пятница прошла.",
    "Снова я. Подскажите, пришёл ли мой платёж?",
    "Утром звонила вам насчёт бронирования, просили написать сюда. Номер брони 5521.",
])
def test_an_earlier_contact_told_in_the_past_is_a_repeat(message):
    assert "repeat" in read(message).states


@pytest.mark.parametrize("message", [
    "Вчера звонила в банк, они сказали, что перевод ушёл. Когда он придёт к вам?",
    "Я снова хочу заказать тот же торт, это возможно?",
    "Подскажите, как написать отзыв о курсе?",
])
def test_a_contact_elsewhere_or_a_plain_snova_is_no_repeat(message):
    assert "repeat" not in read(message).states


def test_someone_elses_call_yesterday_is_no_repeat():
    assert "repeat" not in read("Это сестра Ольги. Скажите, кому она звонила вчера днём?").states
    assert "repeat" not in read("Муж вчера звонил вам насчёт тарифа, что ему ответили?").states


def _run(cue, text):
    return cue(text, tokenize(text))


@pytest.mark.parametrize("text, words", [
    ("Почему приложение просит обновиться каждый день? Раньше такого не было.", "Раньше такого не было"),
    ("почему пуш-уведомления молчат\nраньше приходили сразу", "раньше приходили"),
    ("Почему за смс теперь платно, прежде их не считали?", "прежде их не считали"),
])
def test_then_against_now_beside_why(text, words):
    assert _run(worse_than_before, text) == [words]


@pytest.mark.parametrize("text", [
    "Раньше я оплачивала картой, почему сейчас только СБП?",  # the customer's own habit
    "Почему посылка приехала раньше, чем обещали?",  # a comparison
    "Раньше работало быстро, сейчас тоже нормально. Как добавить пользователя?",  # no «почему»
])
def test_then_and_now_that_is_no_trouble(text):
    assert _run(worse_than_before, text) == []


@pytest.mark.parametrize("text, words", [
    ("Оператор сказал, что вернут за 5 дней. Прошло уже две недели, где деньги?", "Прошло уже две недели"),
    ("Обещали ответ в течение суток, сутки уже прошли.", "сутки уже прошли"),
])
def test_a_term_given_and_passed(text, words):
    assert _run(promise_overrun, text) == [words]


@pytest.mark.parametrize("text", [
    "Я уже прошла половину курса, сказали, что сертификат выдадут в конце.",  # the customer went through it
    "Обещали ответ за три дня, срок ещё не прошёл?",  # not passed
    "Прошло уже 14 дней с покупки, можно вернуть?",  # no term was given: a question about the rule
])
def test_no_term_passed(text):
    assert _run(promise_overrun, text) == []


@pytest.mark.parametrize("text, found", [
    ("Почему на карту пришло 1 800 вместо 2 400?", True),
    ("Скажите, почему в тарифе 15 гб вместо 30", True),  # «почему» not first
    ("Можно 3 занятия вместо 4 в этом месяце?", False),  # asks leave, no «почему»
    ("Почему нельзя взять 3 занятия вместо 4?", False),  # asks about a rule
])
def test_a_thing_instead_of_the_one_due_asked_why(text, found):
    assert bool(_run(came_instead, text)) is found


@pytest.mark.parametrize("messages, state", [
    (["Посылка застряла на таможне", "где она сейчас?"], "complaint"),
    (["трекинг у вас врёт, пишет «вручено»"], "complaint"),
    (["когда придёт билет на почту?", "уезжаем сегодня вечером"], "urgency"),
])
def test_the_customer_state_reads_the_new_cues(messages, state):
    assert state in read(*messages).states, read(*messages).states


@pytest.mark.parametrize("message", [
    "Вчера сняли 490 за продление тарифа. Я этим тарифом давно не пользуюсь, вернёте?",
    "Как отключить опцию? Уже списали за январь, а мы ею не пользовались.",
])
def test_money_taken_for_what_the_customer_does_not_use_is_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Отключите, пожалуйста, опцию «Музыка», я ей не пользуюсь.",
    "Купил чайник, ни разу не пользовался, можно вернуть?",
    "Я сняла наличные в банкомате, а картой больше не пользуюсь. Как её закрыть?",
])
def test_not_using_without_money_taken_from_the_customer_is_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states
