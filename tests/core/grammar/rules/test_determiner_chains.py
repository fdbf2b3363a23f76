"""The second attribute after a determiner agrees with it: «тот же самой» → «тот же самый», «ваш новой заказ»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Логин останется тот же самой, поменяется только пароль.", "самой", "самый"),  # no noun: «тот же самый»
    ("Посылку доставим в тот же самой день.", "самой день", "самый день"),
    ("Курьер привезёт те же самый наушники.", "самый наушники", "самые наушники"),
    ("Скидка будет та же самый, что и в прошлом месяце.", "самый", "самая"),
    ("Мы уже передали ваш новой адрес курьеру.", "новой адрес", "новый адрес"),
    ("Каждый новой подписчик получает пробный месяц.", "новой подписчик", "новый подписчик"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Логин останется тот же самый, поменяется только пароль.",
    "Посылку доставим в тот же самый день.",
    "Курьер привезёт те же самые наушники.",
    "Мы уже передали ваш новый адрес курьеру.",
    "Этот новой серии смартфон пока не продаётся.",  # the adjective's own noun follows
    "Этот всем знакомый способ не сработает.",  # a dative governed by the next adjective
    "Это больному ребёнку подарок от клиники.",  # «это» is a pronoun here
    "Пришлите то же самой себе на почту.",  # «самой себе»: the emphatic pronoun with its own word
    "Вы говорите о той же самой проблеме.",
    "Тот самый товар снова в продаже.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Скажу вам тот же самое: заказ уже в пути.", "тот же самое", "то же самое"),  # the pronoun slipped
    ("Отвечу тот же самое, что и вчера.", "тот же самое", "то же самое"),
])
def test_the_same_thing(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Скажу вам то же самое: заказ уже в пути.",
    "Вам пришлют то же самое письмо.",
    "Вам пришлют тот же самый файл.",
])
def test_the_same_thing_silent(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Оплатите той же карту, что и в прошлый раз.", "той же карту", "ту же карту"),
    ("Войдите в этот же аккаунте и проверьте баланс.", "этот же аккаунте", "этом же аккаунте"),
    ("Отправьте чек на эта же почту.", "эта же почту", "эту же почту"),
])
def test_same_determiner_takes_the_nouns_case(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Оплатите той же картой, что и в прошлый раз.",
    "К тому же доступ откроется сразу.",  # «к тому же» is «besides»
    "Позвоните нам в тот же день.",
    "В то же время заявка уже принята.",
    "Этой же ночью курьер всё привёз.",
])
def test_same_determiner_silent(rule_hits, text):
    assert rule_hits(text, "OURS_ADJ_NOUN_AGREEMENT") == []
