"""A refusal with nothing after it fails «Решение» and «Тон» (rubric: a refusal counts only with another way; «отказ
без выхода»); a refusal with another way, a warning and a no to what nobody asked for do not."""

from __future__ import annotations

import pytest

from reply_cases import card

from app.core.scorecard.refusals import refused_outright
from app.core.scorecard.reply import read_reply

TICKET = ["Можно сдать билет на поезд, если я не поеду?"]


def test_a_no_with_its_reason_and_nothing_else_fails_solution_and_tone():
    got = card("Здравствуйте! К сожалению, сдать этот билет нельзя: тариф невозвратный. Хорошего дня!", TICKET)
    assert (got["solution"].passed, got["solution"].reason) == (False, "Отказ без другого пути: «нельзя».")
    assert (got["tone"].passed, got["tone"].reason) == (False, "Отказ без выхода: «нельзя».")


def test_money_not_given_back_is_a_refusal_too():
    got = card("Здравствуйте! По правилам тарифа при отмене меньше чем за сутки деньги не возвращаются. Всего доброго!",
               ["Отменяю бронь на завтра. Вы вернёте деньги?"])
    assert (got["solution"].passed, got["solution"].reason) == (False, "Отказ без другого пути: «не возвращаются».")


def test_a_no_with_another_way_passes():
    got = card("Здравствуйте! Сдать этот билет нельзя, тариф невозвратный, но его можно бесплатно переоформить на "
               "другую дату в разделе «Мои поездки». Хорошего дня!", TICKET)
    assert got["solution"].passed is True, got["solution"].reason
    assert got["tone"].passed is True, got["tone"].reason


def test_a_warning_about_what_the_customer_did_not_raise_is_no_refusal():
    got = card("Здравствуйте! Нет, это письмо не от нас: банк не рассылает такие ссылки, а коды из СМС нельзя "
               "сообщать никому. Хорошего дня!", ["Пришло письмо от банка с просьбой перейти по ссылке. Это вы?"])
    assert got["solution"].passed is True, got["solution"].reason
    assert got["tone"].passed is True, got["tone"].reason


def test_a_no_to_what_the_customer_did_not_ask_for_is_no_refusal():
    got = card("Здравствуйте! Платёж пришёл 12-го, а срок оплаты — до 10-го числа, поэтому начислена пеня. "
               "Пеню списать нельзя. Всего доброго!", ["Почему мне начислили пеню за квартиру? Я же заплатил!"])
    assert got["solution"].passed is True, got["solution"].reason
    assert got["tone"].passed is True, got["tone"].reason


def test_a_no_supposed_in_an_if_clause_is_not_said():
    r = read_reply("Здравствуйте! Перенос возможен до 1 марта. Если перенести не получится, удержим 15 % стоимости. "
                   "Хорошего дня!", ["Можно перенести тур на март?"])
    assert refused_outright(r) == []


def test_a_no_to_a_thing_named_before_the_commas_is_a_refusal():
    customer = ["Добрый день! Можно перенести запись к стоматологу на пятницу?"]
    c = card("Добрый день! К сожалению, запись, которая назначена меньше чем за сутки, перенести нельзя: так "
             "решила клиника. Всего доброго!", customer)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Отказ без другого пути: «нельзя»."


def test_a_short_adjective_of_impossibility_and_a_rule_of_not_giving_out_refuse_too():
    gym = ["Можно заморозить абонемент в спортзал на месяц?"]
    got = card("Здравствуйте! К сожалению, заморозка по этому абонементу невозможна. Хорошего дня!", gym)
    assert (got["tone"].passed, got["tone"].reason) == (False, "Отказ без выхода: «невозможна».")
    neighbour = ["Подскажите, на кого оформлен номер соседа по даче? Он не отвечает, а у него течёт крыша."]
    got = card("Здравствуйте! Сведения о владельцах номеров мы не раскрываем. Хорошего дня!", neighbour)
    assert (got["tone"].passed, got["tone"].reason) == (False, "Отказ без выхода: «не раскрываем».")


def test_what_the_customer_sees_themselves_is_another_way():
    got = card("Здравствуйте! Оценки других студентов мы не сообщаем. Свои оценки вы видите в разделе «Зачётка» "
               "личного кабинета. Хорошего дня!", ["Скажите, какие оценки за сессию у моей одногруппницы и у меня?"])
    assert got["tone"].passed is True, got["tone"].reason


ROOM = ["Мы уже у гостиницы, а нам говорят, что номер не оплачен. Что нам делать?"]


@pytest.mark.parametrize("handoff, quoted", [
    ("С оплатой лучше разобраться у администратора гостиницы, там подскажут.", "там подскажут"),
    ("Напишите в бухгалтерию гостиницы, они всё объяснят.", "они всё объяснят"),
])
def test_the_answer_left_to_others_is_no_way_forward(handoff, quoted):
    c = card("Здравствуйте! Сочувствую, неприятная ситуация. " + handoff + " Всего доброго!", ROOM)
    assert c["tone"].passed is False and f"«{quoted}»" in c["tone"].reason, c["tone"].reason


def test_help_given_there_or_an_answer_beside_it_is_no_hand_off():
    helped = card("Здравствуйте! Сочувствую, неприятная ситуация. Подойдите к стойке администратора, там вам помогут. "
                  "Всего доброго!", ROOM)
    assert "там вам помогут" not in helped["tone"].reason
    answered = card("Здравствуйте! Простите за путаницу. Оплата прошла в 14:05, я отправила подтверждение в гостиницу, "
                    "покажите администратору письмо от нас — подробности там подскажут. Если будут вопросы, пишите.", ROOM)
    assert answered["tone"].passed is True, answered["tone"].reason


def test_a_thing_cleared_as_the_cause_is_a_diagnosis_not_a_refusal():
    got = card("Здравствуйте! Сожалею, что звук пропадает. Наушники тут ни при чём: в последнем обновлении сломался "
               "кодек, исправление выйдет в четверг до 12:00. Напишу вам, когда оно выйдет.",
               ["Во время звонков пропадает звук. Наушники менял, не помогло."])
    assert got["tone"].passed is True, got["tone"].reason


def test_the_company_shrugging_a_trouble_off_is_still_a_refusal():
    got = card("Здравствуйте. Мы тут ни при чём, посылку повредила почта. Всего доброго.",
               ["Посылка пришла мятая, коробка порвана. Что делать?"])
    assert got["tone"].passed is False
    assert "ни при чём" in got["tone"].reason


def test_what_the_owner_can_do_themselves_is_another_way():
    asked = ["Добрый вечер, я жена Павла Орлова", "можете прислать мне график платежей мужа по кредиту?"]
    got = card("Добрый вечер! Сведения о чужих кредитах мы не сообщаем даже супругам. Павел может сам открыть график "
               "платежей в приложении и показать его вам. Хорошего вечера!", asked)
    assert got["tone"].passed is True, got["tone"].reason
    assert got["solution"].passed is True, got["solution"].reason
    got = card("Добрый вечер! Сведения о чужих кредитах мы не сообщаем, даже супругам. Владелец сможет "
               "самостоятельно заказать справку и переслать её вам. Хорошего вечера!", asked)
    assert got["tone"].passed is True, got["tone"].reason


def test_what_may_happen_to_a_thing_is_no_way_for_the_customer():
    got = card("Здравствуйте! К сожалению, заморозка по этому абонементу невозможна, а проверка может занять "
               "неделю. Хорошего дня!", ["Можно заморозить абонемент в бассейн на две недели?"])
    assert (got["tone"].passed, got["tone"].reason) == (False, "Отказ без выхода: «невозможна».")



@pytest.mark.parametrize("way", ["понадобится тариф «Команда»", "потребуется тариф «Команда»", "нужен тариф «Команда»"])
def test_what_it_would_take_named_after_the_no_is_another_way(way):
    r = read_reply(f"Здравствуйте! Бесплатно можно подключить три склада, четвёртый добавить уже не получится — {way}. "
                   "Хорошего дня!", ["Сколько складов можно добавить бесплатно? У нас их четыре."])
    assert refused_outright(r) == []


def test_a_thing_said_to_be_unneeded_is_no_way():
    r = read_reply("Здравствуйте! Четвёртый склад добавить не получится, и тариф вам тоже не нужен. Хорошего дня!",
                   ["Можно добавить четвёртый склад бесплатно?"])
    assert refused_outright(r) != []


@pytest.mark.parametrize("reply, quoted", [
    ("Здравствуйте! Все места на этот рейс распроданы. Хорошего дня!", "распроданы"),
    ("Здравствуйте! Субботние смены уже заполнены. Хорошего дня!", "заполнены"),
    ("Здравствуйте! Обмен билетов на этот рейс не производится. Хорошего дня!", "не производится"),
])
def test_no_room_left_and_a_bureaucratic_no_refuse_as_nelzya_does(reply, quoted):
    got = card(reply, ["Хочу поменять билет на субботний рейс. Можно поменять на место в субботних сменах?"])
    assert got["tone"].passed is False and f"«{quoted}»" in got["tone"].reason, got["tone"].reason


def test_no_room_with_another_way_is_no_refusal():
    got = card("Здравствуйте! Субботние смены уже заполнены, но в воскресной есть два места — записала вас туда на "
               "10:00. Если будут вопросы, пишите.", ["Можно записаться на субботнюю смену?"])
    assert got["tone"].passed is True, got["tone"].reason


def test_a_rule_not_open_to_discussion_refuses():
    got = card("Здравствуйте! Время занятий составляет учебная часть, оно не обсуждается. Хорошего дня!",
               ["Почему занятие поставили на 7 утра? Я не успеваю, поменяйте время."])
    assert got["tone"].passed is False and "«не обсуждается»" in got["tone"].reason, got["tone"].reason


def test_money_not_given_back_refuses_what_was_asked_in_other_words():
    # «денежные средства» are the customer's «деньги»: the doing refused is the one asked for
    got = card("Здравствуйте. Согласно договору при досрочном отъезде денежные средства не возвращаются. С уважением.",
               ["Уехали с базы отдыха на три дня раньше. Хотим вернуть деньги за эти дни."])
    assert (got["solution"].passed, got["solution"].reason) == (False, "Отказ без другого пути: «не возвращаются».")


def test_what_is_not_due_is_a_refusal_and_with_a_way_it_is_not():
    asked = ["Мне обещали перерасчёт за дни без связи, его нет. Сделайте перерасчёт"]
    got = card("Здравствуйте! Связь была, перерасчёт в таком случае не положен. Хорошего дня!", asked)
    assert (got["solution"].passed, got["solution"].reason) == (False, "Отказ без другого пути: «не положен».")
    r = read_reply("Здравствуйте! Перерасчёт не положен, но могу подключить вам бесплатный пакет на месяц.", asked)
    assert refused_outright(r) == []


@pytest.mark.parametrize("customer, reply, refused", [
    ("Хочу отменить бронь в гостинице на 12 марта и вернуть деньги.",
     "Здравствуйте! К сожалению, ваша бронь невозвратная. Хорошего дня!", True),
    ("Прошу вернуть деньги за курс, я не смогла учиться.",
     "Здравствуйте! В возврате вам отказано: курс пройден больше чем наполовину. Хорошего дня!", True),
    ("Прошу вернуть деньги за курс, я не смогла учиться.",
     "Здравствуйте! В возврате отказано, курс пройден больше чем наполовину, но я могу заморозить доступ на 3 месяца — "
     "напишите, если это удобно. Хорошего дня!", False),
])
def test_a_no_said_without_ne_is_a_refusal(customer, reply, refused):
    assert bool(refused_outright(read_reply(reply, [customer]))) is refused


@pytest.mark.parametrize("reply, refused", [
    ("Здравствуйте! Сожалею, но перенести занятие на другой день нельзя. Хорошего дня!", True),
    ("Здравствуйте! Простите, но перенос занятия невозможен. Хорошего дня!", True),
    ("Здравствуйте! Перенести занятие нельзя, но можно посмотреть его запись в кабинете. Хорошего дня!", False),
])
def test_a_no_after_but_is_no_other_way(reply, refused):
    asked = ["Можно перенести завтрашнее занятие на другой день? Я заболела."]
    assert bool(refused_outright(read_reply(reply, asked))) is refused
