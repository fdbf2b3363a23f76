"""A party the customer says keeps silent is no way to send them again (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.reply import read_reply
from app.core.scorecard.silent_party import sent_to_silent

COURIER = ["Курьер не отвечает на звонки, а заказ должен был приехать ещё утром. Что делать?"]


def test_sent_back_to_the_silent_party_fails():
    c = card("Здравствуйте! Позвоните курьеру ещё раз, его номер есть в уведомлении. Хорошего дня!", customer=COURIER)
    assert c["solution"].passed is False
    r = read_reply("Добрый день! Возврат оформляет продавец, напишите ему в чате заказа. Всего доброго!",
                   ["Продавец молчит пятый день, а товар бракованный. Как вернуть?"])
    assert sent_to_silent(r)


def test_the_company_acting_itself_stands():
    c = card("Здравствуйте! Я связалась с курьером: он задержался и привезёт заказ до 14:00. Хорошего дня!",
             customer=COURIER)
    assert c["solution"].passed is True
    r = read_reply("Здравствуйте! Откройте спор в карточке заказа, мы рассмотрим его за 3 дня. Хорошего дня!",
                   ["Продавец молчит пятый день, а товар бракованный. Как вернуть?"])
    assert sent_to_silent(r) == []  # a way past the seller, not to them


def test_no_silent_party_named():
    r = read_reply("Здравствуйте! Уточните у оператора по номеру 900. Хорошего дня!",
                   ["Деньги не вернули и никто не отвечает. Когда вернут?"])
    assert sent_to_silent(r) == []  # «деньги» are no one who answers
    r = read_reply("Здравствуйте! Позвоните на номер 900 и уточните у оператора. Хорошего дня!",
                   ["Я не отвечаю на звонки с незнакомых номеров. Как узнать, кто звонил из банка?"])
    assert sent_to_silent(r) == []


def test_an_answer_of_its_own_beside_the_bid_stands():
    c = card("Здравствуйте! Получатель — Олег Павлович Р., он из Казани. Можете позвонить ему напрямую. Всего доброго!",
             customer=["Перевела деньги по номеру телефона, а получатель не отвечает. Подскажите, как зовут "
                       "получателя и в каком он городе?"])
    assert c["solution"].passed is True, c["solution"].reason
