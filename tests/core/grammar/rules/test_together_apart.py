"""Our rules on words written together or apart: чтобы, то же, не с глаголами, несмотря, не/ни."""

import pytest

from app.core.grammar.rules import check_rules


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Мы хотим что бы вы были довольны.", "OURS_CHTOBY", "хотим что бы", "хотим, чтобы"),
    ("Напишите, что бы уточнить статус.", "OURS_CHTOBY", "что бы", "чтобы"),
    ("Это тоже самое.", "OURS_TO_ZHE", "тоже", "то же"),
    ("В тоже время мы проверим.", "OURS_TO_ZHE", "тоже", "то же"),
    ("Я незнаю.", "OURS_NE_VERB", "незнаю", "не знаю"),
    ("Не смотря на то что заказ оплачен.", "OURS_NESMOTRYA", "Не смотря", "Несмотря"),
    ("Я ни могу найти заказ.", "OURS_NE_NI", "ни", "не"),
    ("Мы то же напишем вам завтра.", "OURS_TO_ZHE", "то же", "тоже"),
    ("Меню устроено по другому после обновления.", "OURS_PO_HYPHEN", "по другому", "по-другому"),
    ("Подождите пол часа, пожалуйста.", "OURS_POL", "пол часа", "полчаса"),
    ("Выпей хотя бы пол литра воды в день.", "OURS_POL", "пол литра", "пол-литра"),
    ("Созвонимся в пол десятого вечера.", "OURS_POL", "пол десятого", "полдесятого"),
    ("Я потратил пол-года на диплом.", "OURS_POL", "пол-года", "полгода"),
    ("По твоему, это честно?", "OURS_PO_HYPHEN", "По твоему", "По-твоему"),
    ("Что бы не замёрзнуть, возьми перчатки.", "OURS_CHTOBY", "Что бы", "Чтобы"),
    ("Купи что-нибудь к чаю, на пример пряники.", "OURS_NAPRIMER", "на пример", "например"),
    ("Дорога длинная, за то красивая.", "OURS_ZATO", "за то", "зато"),
    ("Зарплата небольшая, за то коллеги отличные.", "OURS_ZATO", "за то", "зато"),
    ("Мы то же очень ждём лета.", "OURS_TO_ZHE", "то же", "тоже"),
    ("Что бы оформить заказ, нужен паспорт.", "OURS_CHTOBY", "Что бы", "Чтобы"),  # the infinitive has its object
    ("Пишите заранее, что бы место не ушло.", "OURS_CHTOBY", "что бы", "чтобы"),  # «что» is no word of the clause
    ("Квитанция до сих пор неоплачена.", "OURS_NE_VERB", "неоплачена", "не оплачена"),  # a short participle
    ("Мы то же хотели бы записаться на экскурсию.", "OURS_TO_ZHE", "то же", "тоже"),  # a past verb with «бы»
    ("Позвоните заранее, что бы мастер успел подготовиться.", "OURS_CHTOBY", "что бы", "чтобы"),  # intransitive
    ("Пришлите схему, что бы водитель понимал, куда заезжать.", "OURS_CHTOBY", "что бы", "чтобы"),
    ("Магазин пошёл мне на встречу и обменял куртку.", "OURS_NAVSTRECHU", "на встречу", "навстречу"),
    ("Мы всегда идём на встречу постоянным клиентам.", "OURS_NAVSTRECHU", "на встречу", "навстречу"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


def test_ne_ni_leaves_concessive_clauses_alone():
    for text in ("Что бы вы ни выбрали, доставка будет бесплатной.",
                 "Как бы мы ни старались, курьер приедет только завтра."):
        assert not [f for f in check_rules(text, "ru") if f.rule_id == "OURS_NE_NI"], text
    assert [f for f in check_rules("Мы ни получили ваш заказ.", "ru") if f.rule_id == "OURS_NE_NI"]


@pytest.mark.parametrize("text", [
    "Мы сделаем то же, что и в прошлый раз.",
    "Они то же получили вчера.",
    "Напишите по другому адресу.",
    "Помыли пол дома и подъезд.",
    "Помыли пол восьмого этажа.",
    "Поездка заняла пол-Европы и полгода.",
    "Сделай по моему образцу.",
    "Что бы не забыть в дорогу?",
    "Посмотрите, на пример ниже.",
    "Спасибо, за то время мы многое успели.",
    "Я благодарен ему, за то что он пришёл.",
    "Не знаю, что бы подарить брату.",  # «что» is the infinitive's object
    "Интересно, что бы он сказал.",
    "Что бы оформить первым?",
    "Мы то же хотели, что и соседи.",  # «the same thing»: no verb after
    "Скажите, что бы вы выбрали на нашем месте.",  # «что» is the object of «выбрали»
    "Интересно, что бы он ответил.",
    "Не представляю, что бы я смогла изменить.",
    "Я опоздала на встречу с заказчиком.",
    "Завтра идём на встречу выпускников.",
])
def test_apart_where_apart_is_right(rule_hits, text):
    assert [hit for rule in ("OURS_TO_ZHE", "OURS_PO_HYPHEN", "OURS_POL", "OURS_CHTOBY", "OURS_NAPRIMER",
                             "OURS_ZATO", "OURS_NAVSTRECHU") for hit in rule_hits(text, rule)] == []


@pytest.mark.parametrize("text", [
    "Новый договор вступит в силу в июле, а до тех пор считаем по старому.",
    "Прежний номер отключён, звоните по другому: он указан на сайте.",
])
def test_po_with_an_adjective_standing_for_a_noun_just_named(rule_hits, text):
    assert rule_hits(text, "OURS_PO_HYPHEN") == []


def test_po_with_an_adjective_of_a_way_still_fires(rule_hits):
    assert rule_hits("Давайте попробуем сделать всё по новому.", "OURS_PO_HYPHEN") == [("по новому", ("по-новому",))]


@pytest.mark.parametrize("text", [
    "Услугу включили по вашему же обращению.",  # «же» between the word and its noun
    "Доступ открыли по вашему же онлайн-запросу.",  # and the last part of the compound is the dative noun
])
def test_po_with_a_possessive_before_its_noun(rule_hits, text):
    assert rule_hits(text, "OURS_PO_HYPHEN") == []


def test_po_with_a_particle_and_no_noun_still_fires(rule_hits):
    assert rule_hits("Пусть будет по вашему же.", "OURS_PO_HYPHEN") == [("по вашему", ("по-вашему",))]
