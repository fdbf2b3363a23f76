"""past_deeds: whose deed a past verb tells — the operator's, the customer's, or what the customer reported.
Replies of our own."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.past_deeds import (
    bygone_event, customers_own, doing_allowed, only_looked, operator_did, reported_stems, unsaid_subject,
)
from app.core.scorecard.reply import read_reply


def _at(reply, word):
    """The span of the first token that is ``word``."""
    tok = next(t for t in reply.tokens if t.lower == word.replace("ё", "е"))
    return tok.start, tok.end - tok.start


def test_a_perfective_past_of_the_operator_is_a_deed():
    r = read_reply("Здравствуйте! Я отменила вашу бронь на субботу.", "Отмените бронь на субботу, пожалуйста.")
    assert operator_did(r, _at(r, "отменила")) is True
    # with no subject of its own, a singular past is the operator speaking
    r = read_reply("Добрый день! Подключила вам тариф «Городской».", "Хочу перейти на тариф «Городской».")
    assert operator_did(r, _at(r, "подключила")) is True


def test_a_promise_a_hand_off_or_another_subject_is_no_deed():
    r = read_reply("Здравствуйте! Отменю вашу бронь к вечеру.", "Отмените бронь на субботу, пожалуйста.")
    assert operator_did(r, _at(r, "отменю")) is False
    r = read_reply("Здравствуйте! Передала ваш вопрос в бухгалтерию.", "Почему в счёте две строки за связь?")
    assert operator_did(r, _at(r, "передала")) is False
    r = read_reply("Здравствуйте! Вы отменили бронь сами в приложении.", "Куда делась моя бронь?")
    assert operator_did(r, _at(r, "отменили")) is False


def test_a_short_participle_is_a_deed_only_when_it_was_bidden():
    bidden = read_reply("Здравствуйте! Номер заблокирован.", "Потерял телефон, заблокируйте номер!")
    assert operator_did(bidden, _at(bidden, "заблокирован")) is True
    reported = read_reply("Здравствуйте! Номер заблокирован.", "Почему мне заблокировали номер?")
    assert operator_did(reported, _at(reported, "заблокирован")) is False


def test_a_plural_past_is_the_company_only_for_what_was_asked():
    r = read_reply("Добрый день! Адрес поменяли.", "Можно поменять адрес доставки на Речную, 3?")
    assert operator_did(r, _at(r, "поменяли")) is True
    r = read_reply("Добрый день! Поезд отменили вчера вечером.", "Почему отменили мой поезд?")
    assert operator_did(r, _at(r, "отменили")) is False


def test_what_the_customer_did_is_theirs():
    r = read_reply("Здравствуйте! Вы оплатили заказ дважды, вторую оплату вернём.", "Списали деньги два раза!")
    assert customers_own(r.tokens, _at(r, "оплатили")) is True
    r = read_reply("Здравствуйте! Спасибо, что сообщили о поломке.", "Сломался лифт в подъезде.")
    assert customers_own(r.tokens, _at(r, "сообщили")) is True
    r = read_reply("Здравствуйте! Мы оплатили вам такси до дома.", "Рейс отменили, как добраться?")
    assert customers_own(r.tokens, _at(r, "оплатили")) is False


def test_what_the_customer_reported_told_back_is_bygone():
    r = read_reply("Здравствуйте! Посадку закрыли за 20 минут до вылета.", "Посадку закрыли раньше времени!")
    assert "закры" in reported_stems(r)
    assert bygone_event(r, _at(r, "закрыли")) is True
    # a fix the customer never wrote of is news, not what happened to them
    r = read_reply("Здравствуйте! Ошибку исправили в 14:20.", "Приложение не открывается с утра!")
    assert bygone_event(r, _at(r, "исправили")) is False


def test_a_participle_said_of_the_asked_doing_itself_is_a_permission_not_a_deed():
    r = read_reply("Здравствуйте! Да, пересдача предусмотрена правилами.", "Можно пересдать экзамен?")
    assert doing_allowed(r, _at(r, "предусмотрена")) is True
    # said of the thing the doing is done to, it is a deed
    r = read_reply("Здравствуйте! Адрес изменён на Лесную, 5.", "Можно изменить адрес доставки?")
    assert doing_allowed(r, _at(r, "изменён")) is False
    # not a question of permission: the bidden doing done
    r = read_reply("Здравствуйте! Пересдача назначена на 12 мая.", "Запишите меня на пересдачу экзамена.")
    assert doing_allowed(r, _at(r, "назначена")) is False


def test_a_bare_permission_to_a_doing_of_the_customers_is_no_answer_on_the_card():
    got = card("Здравствуйте! Да, пересдача предусмотрена правилами. Удачи!", ["Можно пересдать экзамен?"])["solution"]
    assert got.passed is False, got.reason
    got = card("Здравствуйте! Да, пересдача предусмотрена правилами: запишитесь в личном кабинете на любую дату в "
               "течение месяца.", ["Можно пересдать экзамен?"])["solution"]
    assert got.passed is True, got.reason


def test_a_reminder_to_another_party_is_the_work_passed_on():
    got = card("Здравствуйте! Простите за ожидание. Я напомнила куратору, он обязательно проверит. Хорошего дня!",
               ["Куратор обещал проверить мою работу вчера, оценки до сих пор нет."])["solution"]
    assert got.passed is False
    got = card("Здравствуйте! Я напомнила куратору, он проверит работу сегодня до 18:00. Хорошего дня!",
               ["Куратор обещал проверить мою работу вчера, оценки до сих пор нет."])["solution"]
    assert got.passed is True


def test_a_past_with_no_subject_is_the_operators_deed_whatever_its_verb():
    r = read_reply("Добрый день! Нашла вам другого тренера — Ивана Петровича, он ведёт группы по средам в 20:00.",
                   "Смените мне тренера в бассейне, пожалуйста.")
    assert [r.text[s:s + n] for s, n in unsaid_subject(r, [])] == ["Нашла"]
    got = card(r.text, ["Смените мне тренера в бассейне, пожалуйста."])["solution"]
    assert got.passed is True, got.reason


def test_a_past_with_its_own_subject_a_state_or_a_look_is_no_deed_of_ours():
    # a subject in the nominative that agrees, before or after the verb
    r = read_reply("Здравствуйте! Курьер, к сожалению, вчера вечером уронил коробку.", "Почему коробка мятая?")
    assert unsaid_subject(r, []) == []
    r = read_reply("Здравствуйте! Вчера уронил коробку курьер.", "Почему коробка мятая?")
    assert unsaid_subject(r, []) == []
    # intransitive, neuter, negated, a look or a question
    for reply in ("Здравствуйте! Тариф переключился ночью.", "Здравствуйте! Осталось 200 рублей.",
                  "Здравствуйте! Не нашла ваш заказ.", "Здравствуйте! Проверила ваш заказ.",
                  "Здравствуйте! Подобрала вам курс, подходит?"):
        r = read_reply(reply, "Что с моим заказом?")
        assert unsaid_subject(r, []) == [], reply


def test_a_noun_before_a_verb_with_its_object_after_is_its_subject():
    # an inanimate noun read as the accusative first, and a person's noun of the other gender: the object after the
    # verb makes the noun before it the one who did it
    for reply in ("Здравствуйте! Простите, наш партнёрский магазин запросил отсрочку.",
                  "Здравствуйте! К сожалению, почтовый терминал отклонил вашу посылку.",
                  "Здравствуйте! Это врач в клинике перепутала ваши анализы."):
        r = read_reply(reply, "Что случилось с заказом?")
        assert unsaid_subject(r, []) == [], reply
    # with no object after it, the noun before is what was done to: «Тариф поменял на «Семейный»» is the deed
    r = read_reply("Здравствуйте! Тариф поменял на «Семейный», он действует с сегодняшнего дня.",
                   "Поменяйте мне тариф на «Семейный».")
    assert [r.text[s:s + n] for s, n in unsaid_subject(r, [])] == ["поменял"]
    r = read_reply("Здравствуйте! Перевела вас в вечернюю группу.", "Переведите меня в вечернюю группу.")
    assert [r.text[s:s + n] for s, n in unsaid_subject(r, [])] == ["Перевела"]


def test_a_look_alone_leaves_the_promised_work_owing_its_time():
    asked = ["За контрольную поставили 3, а по ответам выходит 4. Пересчитайте, пожалуйста."]
    r = read_reply("Здравствуйте! Проверила вашу работу: похоже, вы правы. Разберёмся и сообщим.", asked)
    assert only_looked(r, [_at(r, "проверила")]) is True
    got = card(r.text, asked)["solution"]
    assert got.passed is False, got.reason
    # the look with the fix done beside it is a deed, and the fix with its time a next step
    r = read_reply("Здравствуйте! Проверила вашу работу и исправила оценку на 4.", asked)
    assert only_looked(r, [_at(r, "проверила"), _at(r, "исправила")]) is False
    got = card("Здравствуйте! Проверила вашу работу: похоже, вы правы. Разберёмся и сообщим до пятницы.",
               asked)["solution"]
    assert got.passed is True, got.reason


def test_a_past_verb_in_a_relative_clause_is_no_deed():
    # «который» is its subject: the clause tells which thing is meant, nothing the operator did or reached
    r = read_reply("Добрый день! Продиктуйте, пожалуйста, цифры из письма, которое пришло вчера.",
                   "Мне не пришло подтверждение брони, что делать?")
    assert operator_did(r, _at(r, "пришло")) is False
    r = read_reply("Добрый день! Подтверждение пришло вам на почту вчера.",
                   "Мне не пришло подтверждение брони, что делать?")
    assert operator_did(r, _at(r, "пришло")) is True
