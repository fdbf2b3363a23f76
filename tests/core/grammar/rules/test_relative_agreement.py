"""«Который» and a participle agree with their noun before the comma; a passive participle with the
noun after it."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Пришлите чек, которая пришла на почту.", "которая", "который"),
    ("Это код, на которую придёт ответ.", "которую", "который"),  # the case stays the clause's
    ("Оцените консультацию, на который вы записались.", "который", "которую"),
    ("Сотрудники, который работают в выходные, получат премию.", "который", "которые"),
    ("Номер договора, по которой оформлена покупка, указан в чеке.", "которой", "которому"),
])
def test_which(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_WHICH_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Пришлите чек, который пришёл на почту.",
    "Номер договора, по которому оформлена покупка, указан в чеке.",  # the noun two words back
    "Заказ и посылку, которые вы ждёте, доставят завтра.",  # two nouns
    "Спасибо всем, кто нам написал.",
    "Это кофе, который вы заказывали.",  # an indeclinable noun
])
def test_which_silent(rule_hits, text):
    assert rule_hits(text, "OURS_WHICH_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Документы, подписанный директором, лежат у секретаря.", "подписанный", "подписанные"),
    ("Мы вернём деньги за поездку, оплаченный картой.", "оплаченный", "оплаченную"),
    ("Спасибо за присланную отчёт.", "присланную отчёт", "присланный отчёт"),  # passive, right before its noun
])
def test_participle(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PARTICIPLE_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Документы, подписанные директором, лежат у секретаря.",
    "Мы получили оплату, оформленный заказ уже передан курьеру.",  # the participle goes with the next noun
    "Спор был долгим, сказанное слово уже не вернуть.",
    "Поддержка друзей — большая сила, разделённое горе становится легче.",  # «горе», though «гора» is likelier
    "Они вышли из магазина, довольные покупкой.",  # it goes with the subject
    "Покупателям, оформившим заказ вчера, начислены бонусы.",
    "Вот квитанция, выданная на кассе.",
    "Платные только звонки за границу, входящие бесплатны.",  # the participle is a subject of its own
    "Мы списали плату за месяц, исходящие оплачиваются отдельно.",
    "Чтобы сохранить целостность каталога, сопровождающие каталога следят за его полями.",  # the verb's subject
    "Заказ может задержаться, потому что ПО для учёта товаров, отвечающее за склад, сообщит об ошибке.",
])
def test_participle_silent(rule_hits, text):
    assert rule_hits(text, "OURS_PARTICIPLE_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Письмо, которого мы отправили, вернулось.", "которого", "которое"),  # the object of a transitive verb
    ("Я нашла квитанцию, которую пришла по почте.", "которую", "которая"),  # the subject of its verb
])
def test_which_in_the_case_of_its_clause(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_WHICH_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Это мастер, которого вы вызывали.",  # an animate noun: the accusative is «которого»
    "Это ответ, которого вы ждали.",  # «ждать» takes the genitive
    "Это сумма, которой не хватает.",
    "Это заказ, которого мы не получили.",  # «не»: the genitive is right
    "Деньги вернутся тем же способом, которым вы платили.",  # an instrument, not the object
])
def test_which_case_silent(rule_hits, text):
    assert rule_hits(text, "OURS_WHICH_AGREEMENT") == []


@pytest.mark.parametrize("text, rule", [
    ("У нас работают два оператора, которые отвечают ночью.", "OURS_WHICH_AGREEMENT"),  # after a number: plural
    ("Мы нашли три заказа, оформленных с ошибкой.", "OURS_PARTICIPLE_AGREEMENT"),
    ("В меню есть кнопка, флажок, переключатель, которые можно скрыть.", "OURS_WHICH_AGREEMENT"),  # a list
    ("Заместитель Ярослава, которого вы ждали, уже на связи.", "OURS_WHICH_AGREEMENT"),  # a name
])
def test_plural_after_numbers_and_lists_silent(rule_hits, text, rule):
    assert rule_hits(text, rule) == []


def test_a_clause_before_the_comma_is_no_list(rule_hits):
    text = "Нажмите кнопку, чтобы товар появился в списках, собранные вами."
    assert rule_hits(text, "OURS_PARTICIPLE_AGREEMENT")


def test_an_accusative_of_people_does_not_agree_with_an_accusative_of_things(rule_hits):
    # «оставивших» is an accusative only of animate nouns; «покупатели» is an accusative only of things
    assert rule_hits("Покупатели, оформивших заказ, получат подарок.", "OURS_PARTICIPLE_AGREEMENT") == [
        ("оформивших", ("оформившие",))]
    assert rule_hits("Мы поздравили покупателей, оформивших заказ.", "OURS_PARTICIPLE_AGREEMENT") == []


def test_a_passive_participle_left_in_the_singular(rule_hits):
    assert rule_hits("Приносим извинения за причинённое неудобства.", "OURS_PARTICIPLE_AGREEMENT") == [
        ("причинённое неудобства", ("причинённые неудобства",))]
    assert rule_hits("Приносим извинения за причинённые неудобства.", "OURS_PARTICIPLE_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Требуется повар, отлично знающую кухню.", "знающую", "знающий"),  # an adverb between the comma and it
    ("Я нашла коробку с письмами, пришедшие ещё весной.", "пришедшие", "пришедшими"),
    ("Мы собрали список фильмов, снятые в Казани.", "снятые", "снятых"),  # the subject «мы» is not meant
])
def test_participle_given_to_the_noun_before_the_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PARTICIPLE_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Требуется повар, отлично знающий кухню.",
    "Мы, уставшие после дороги, сразу легли спать.",
    "Отзывы клиентов, оставленные вчера, уже опубликованы.",
])
def test_participle_that_agrees_passes(rule_hits, text):
    assert rule_hits(text, "OURS_PARTICIPLE_AGREEMENT") == []
