"""The end of a subordinate clause: before the main predicate when the clause opens the sentence (the
predicates may be short forms or words like «нужно»), before «и» that joins the main verb's partner, and
before the question word of a question that follows its condition."""

import pytest

from app.core.grammar.rules import check_rules


def fixes(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, fix", [
    # the main predicate is a predicative word, the clause's an infinitive
    ("Чтобы оформить возврат достаточно заполнить форму на сайте.", "возврат, достаточно"),
    ("Чтобы получить скидку нужно войти в личный кабинет.", "скидку, нужно"),
    # the clause's predicate is a short participle
    ("Если заявка одобрена деньги придут в течение трёх дней.", "одобрена, деньги"),
    ("Когда заявка будет рассмотрена оператор пришлёт ответ.", "рассмотрена, оператор"),  # «будет» is its link
    # a relative clause inside the main part of a condition's sentence
    ("Если тариф выбран то заявки которые поступят ночью будут обработаны утром.", "ночью, будут"),
    ("Область памяти в которую выполняется запись должна быть свободна.", "запись, должна"),
    # the clause verb's subject after it, which cannot be the main verb's: the border is before that verb
    ("Когда приходят письма становится веселее.", "письма, становится"),
    # a clause with «кто» standing for the main clause's subject
    ("Кто умеет ждать получает всё.", "ждать, получает"),
    # a relative clause ends before the main verb
    ("Тариф который был подключён вчера начнёт действовать завтра.", "вчера, начнёт"),
    # the verb after «и» agrees with the main verb, not with the clause's
    ("Мы знаем что доставка задержалась и просим прощения.", "задержалась, и"),
    ("Напишите нам что случилось с посылкой и приложите фото.", "посылкой, и"),
    ("Проверьте всё что указано в заявке и нажмите кнопку.", "заявке, и"),
    # «и» joins a second word that takes a clause of the same kind
    ("Скидка действует для тех кто покупает впервые и для тех кто приводит друзей.", "впервые, и"),
    ("Курьер приедет утром если заказ оплачен и вечером если оплата при получении.", "оплачен, и"),
    # a question after its condition opens with the question word
    ("Если заказ уже собран почему его не отправили?", "собран, почему"),
    ("Если вы оплатили заказ зачем вам второй счёт?", "заказ, зачем"),
])
def test_the_end_of_the_clause_gets_a_comma(text, fix):
    assert ("OURS_CLAUSE_COMMA", fix) in fixes(text)


@pytest.mark.parametrize("text, wrong", [
    # the verb after «и» may be the clause's own: both readings agree
    ("Мы видели что курьер приехал и уехал.", "приехал, и"),
    ("Клиент сказал что заказ пришёл и потребовал возврат.", "пришёл, и"),
    # two clauses of one word joined by «и»: no comma between them
    ("Мы знаем что заказ собран и что курьер выехал.", "собран, и"),
    ("Оператор ответил тем кто ждал и кто написал повторно.", "ждал, и"),
    # «и» joins two objects inside the clause: «о задержке» and «о том»
    ("Клиент отказался потому что знал о задержке и о том что склад закрыт.", "задержке, и"),
    # an impersonal verb after «и» could belong to the clause («когда … и не останется …»)
    ("Мы уйдём когда работы закончатся и не останется заявок.", "закончатся, и"),
    # a pronoun before «нужно» is the predicative's: the border is not sure
    ("Если программа установлена её нужно обновить.", "установлена, её"),
    ("Если программа установлена её нужно обновить.", "её, нужно"),
    # a noun after the clause's verb with no subject before it is that verb's own subject
    ("Пока у нас есть свободные окна мы принимаем заявки.", "есть, свободные"),
    ("Когда приходит курьер собака лает.", "приходит, курьер"),
    # «то» opens the main part itself; «кого» right after «у» with no predicate yet is «кого-нибудь»
    ("Если товар не подошёл то как его вернуть?", "то, как"),
    ("Если бы у кого было время что бы он сделал?", "у, кого"),
    # «не будет» after a short form is its link, not a second predicate
    ("Если разница больше предела точка размыта не будет.", "размыта, не"),
    # three predicates: the clause may run on
    ("Если вы хотите чтобы мы перезвонили оставьте номер.", "перезвонили, оставьте"),
    # «кто» in a question asks, it does not stand for a subject
    ("Кто звонил вчера знает ваш адрес?", "вчера, знает"),
])
def test_no_comma_where_the_border_is_not_sure(text, wrong):
    assert not any(wrong in fix for _, fix in fixes(text)), fixes(text)


def test_a_comma_already_there_is_not_asked_for_again():
    assert not [f for f in fixes("Чтобы оформить возврат, достаточно заполнить форму.") if "возврат" in f[1]]
