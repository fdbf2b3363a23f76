"""Particles with a hyphen and adverbs written as one word: «чем-то», «наконец-то», «наверх», «наполовину»."""

import pytest

from app.core.grammar.rules import check_rules

IDS = ("OURS_PARTICLE_HYPHEN", "OURS_ADVERB_TOGETHER", "OURS_NEEDLESS_HYPHEN")


def adverbs(text):
    return [(f.rule_id, text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id in IDS]


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Я в первые пользуюсь приложением.", "OURS_ADVERB_TOGETHER", "в первые", "впервые"),  # no noun after it
    ("Почему то принтер опять не печатает.", "OURS_PARTICLE_HYPHEN", "Почему то", "Почему-то"),
    ("Мы когда то жили в этом доме.", "OURS_PARTICLE_HYPHEN", "когда то", "когда-то"),
    ("Он опять таки забыл про встречу.", "OURS_PARTICLE_HYPHEN", "опять таки", "опять-таки"),
    ("Мне вернули кое какие вещи.", "OURS_PARTICLE_HYPHEN", "кое какие", "кое-какие"),
    ("Ты бы поднялся на верх, там тише.", "OURS_ADVERB_TOGETHER", "на верх", "наверх"),
    ("Бутылка была выпита на половину.", "OURS_ADVERB_TOGETHER", "на половину", "наполовину"),
    ("Мы уехали на всегда.", "OURS_ADVERB_TOGETHER", "на всегда", "навсегда"),
    ("Ключи лежат в низу, в ящике.", "OURS_ADVERB_TOGETHER", "в низу", "внизу"),
    ("Мы сняли дачу в близи озера.", "OURS_ADVERB_TOGETHER", "в близи", "вблизи"),
    ("Приходи завтра по раньше.", "OURS_ADVERB_TOGETHER", "по раньше", "пораньше"),
    ("Расскажи по подробнее, что случилось.", "OURS_ADVERB_TOGETHER", "по подробнее", "поподробнее"),
    ("Лучше уезжать от сюда пораньше.", "OURS_ADVERB_TOGETHER", "от сюда", "отсюда"),
    ("Мы в прочем не торопимся.", "OURS_ADVERB_TOGETHER", "в прочем", "впрочем"),
    ("Повторите номер в слух, пожалуйста.", "OURS_ADVERB_TOGETHER", "в слух", "вслух"),
    ("Концерт мы слушали в живую.", "OURS_ADVERB_TOGETHER", "в живую", "вживую"),
    ("Проверю за одно ваш второй заказ.", "OURS_ADVERB_TOGETHER", "за одно", "заодно"),
    ("Покупатель в праве вернуть товар.", "OURS_ADVERB_TOGETHER", "в праве", "вправе"),
    ("В начале мы решили, что это сбой.", "OURS_ADVERB_TOGETHER", "В начале", "Вначале"),
    ("А от куда у вас мой номер?", "OURS_ADVERB_TOGETHER", "от куда", "откуда"),
    ("Проверю всё с нова и напишу.", "OURS_ADVERB_TOGETHER", "с нова", "снова"),
    ("Соседи шумели всю ночь на пролёт.", "OURS_ADVERB_TOGETHER", "на пролёт", "напролёт"),
    ("Мы заедем в месте с сестрой.", "OURS_ADVERB_TOGETHER", "в месте", "вместе"),  # «с» and a person
    ("Загляните к нам по-раньше.", "OURS_ADVERB_TOGETHER", "по-раньше", "пораньше"),  # a softened comparative
    ("Оплата картой, то-есть онлайн.", "OURS_NEEDLESS_HYPHEN", "то-есть", "то есть"),
    ("Мне уже всё-равно, когда привезут.", "OURS_NEEDLESS_HYPHEN", "всё-равно", "всё равно"),
    ("Склад закрыт, так-что ждём понедельника.", "OURS_NEEDLESS_HYPHEN", "так-что", "так что"),
])
def test_one_word_or_a_hyphen(text, rule, span, fix):
    assert adverbs(text) == [(rule, span, (fix,))]


@pytest.mark.parametrize("text", [
    "Он сказал, что то письмо потерялось.",
    "Сделай то же самое, что и вчера.",
    "Как то, так и другое нам подходит.",
    "Если что то звони.",
    "Если позвонит кто то передай, что меня нет.",
    "Поставь вазу на верх шкафа.",
    "Давайте сделаем по-новому.",  # «по-» with -ому keeps its hyphen
    "Всё-таки мы успели.",
    "В прочем оборудовании дефектов нет.",  # an adjective with its noun
    "Класс весь обратился в слух.",  # the noun «слух» in a set phrase
    "Нас штрафуют за одно и то же.",
    "Платим за одно посещение.",
    "Ограду превратили в живую изгородь.",
    "От туристов летом нет отбоя.",
    "Скидка на половину товаров.",
    "В первые дни было трудно.",
    "Почему-то принтер опять не печатает.",
    "Повернись на бок.",
    "Мы купили его по более низкой цене.",
    "В начале сентября откроется новый зал.",  # the noun «начало» with its genitive
    "Условия описаны в начале.",  # of the text
    "В начале и в конце ролика играет музыка.",
    "Наследники равны в праве на квартиру.",  # the noun «право»
    "Отдохнуть можно в месте с видом на озеро.",  # a place with something, no person
    "Смысл договора заключается в праве выбирать поставщика.",  # the verb governs «в» and its noun «право»
    "Ошибку в начале легко не заметить.",  # mid-sentence: the beginning of what was named
    "Вернуть товар можно в первые 7 дней после покупки.",  # an adjective whose noun follows a number
    "Бесплатно только в первые 14 дней подписки.",
    "Скидка действует в первые три месяца обучения.",  # a numeral in words before the noun
])
def test_a_preposition_with_its_noun_and_the_pronoun_to_are_left_alone(text):
    assert adverbs(text) == []
