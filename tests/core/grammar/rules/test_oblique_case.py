"""A preposition with a noun phrase in another oblique case than the one it takes."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Созвонимся после обеде, сейчас я занята.", "после обеде", "после обеда"),  # the noun's case
    ("Я читала про этого случая в новостях.", "про этого случая", "про этот случай"),
    ("Благодаря вашего совета я выбрала тариф дешевле.", "Благодаря вашего совета", "Благодаря вашему совету"),
    ("Согласно новых правил пропуск нужен всем.", "Согласно новых правил", "Согласно новым правилам"),
    ("Ключи лежат в верхним ящике.", "верхним ящике", "верхнем ящике"),  # a modifier's case
    ("Переговорная на пятым этаже, справа от лифта.", "пятым этаже", "пятом этаже"),
    # a preposition of several cases, the noun in none of them, its attribute in one: that case and number
    ("Уточните время с вашим водителям.", "с вашим водителям", "с вашим водителем"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Созвонимся после обеда.",
    "Благодаря вашему совету я сэкономила.",
    "Для больного наняли сиделку.",  # the adjective is a noun of its own, then the object
    "Для больного сиделку нашли быстро.",
    "Ключи лежат в верхнем ящике стола.",
    "Расскажите про свой опыт работы.",
    "Я читала про этого мастера и решила записаться.",  # an animate accusative
    "Мы пришли к выводу, что всё в порядке.",
    "Я поеду к маме на выходные.",
    "Кроме того, есть и другие варианты.",
    "Для оставшихся непроданными билетов открыли вторую кассу.",  # the participle's own instrumental
    "Путь лежал через тернии и болота.",  # the old plural of a neuter «-ие» noun
    "Уточните время с вашими водителями.",
    "Я договорилась с новым мастером и его помощникам дала ключи.",
    "Он лавировал между про российскими и про западными политиками.",  # «про-» written apart, «между» rules
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


@pytest.mark.parametrize("text, span, fix", [
    # a one-case preposition that is also an adverb, when the tree makes it the noun's case marker
    ("Банкомат стоит напротив главного входу.", "напротив главного входу", "напротив главного входа"),
    ("Зарядка лежит внутри чехлу.", "внутри чехлу", "внутри чехла"),
    # a preposition of a preposition and a noun takes the genitive
    ("Оплата поступит в течение рабочей неделей.", "в течение рабочей неделей", "в течение рабочей недели"),
    ("Звоню по поводу доставкой дивана.", "по поводу доставкой", "по поводу доставки"),
    # «о» meaning «about» takes the prepositional only
    ("Не забудьте предупредить соседей о ремонт.", "о ремонт", "о ремонте"),
    # the noun lost the case its modifier keeps, the modifier's number with it
    ("Мы отвечаем без долгих ожидание.", "без долгих ожидание", "без долгих ожиданий"),
    # modifier and noun agree in no reading, each alone fits the preposition
    ("Занятия проходят по чётным неделях.", "по чётным неделях", "по чётным неделям"),
    ("Отчёт за первый кварталом готов.", "за первый кварталом", "за первый квартал"),
    ("Подойдите к свободным окну.", "к свободным окну", "к свободному окну"),
])
def test_fires_from_the_tree(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Банкомат стоит напротив, у входа.",  # an adverb
    "Оплата поступит в течение рабочей недели.",
    "Звоню по поводу оплаты картой.",  # an instrumental that hangs on the genitive noun
    "Я ударилась коленом о тумбочку.",  # «о» of striking
    "Обратитесь к нашему коллеге из отдела продаж.",  # a noun of common gender
    "Мы отвечаем без долгих ожиданий.",
    "Занятия проходят по чётным неделям.",
    "Для больного сиделку нашли быстро.",  # an adjective of another gender is a noun of its own
    # two phrases, not one: words standing for people, a participle's complement, a genitive on the negation,
    # the old accusative of «выбиться в люди»
    "Для одних отпуск — это море, для других — горы.",
    "Это подарок для обиженных судьбой.",
    "С третьим ответа мы так и не получили.",
    "Сын давно метит в главные инженеры.",
])
def test_silent_from_the_tree(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


@pytest.mark.parametrize("text", [
    "Прости меня, о верный друг, за долгое молчание.",  # «о» of an address, in the nominative
    "Он оказался во всём мастером.",  # the instrumental of its own verb
    "Лекарство подходит для слабых здоровьем.",
])
def test_phrases_that_end_elsewhere_are_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []


def test_a_plural_word_for_people_then_the_verbs_object_is_two_phrases(rule_hits):
    assert rule_hits("Старшие часто отнимают у младших игрушку.", "OURS_PREPOSITION_CASE") == []


def test_a_compound_preposition_used_alone_before_the_subject_is_left_alone(rule_hits):
    assert rule_hits("Мы много тренировались, и в результате выступление прошло отлично.",
                     "OURS_PREPOSITION_CASE") == []


def test_modifiers_standing_for_a_noun_named_after_the_same_preposition(rule_hits):
    """«в партнёрских» is «в партнёрских магазинах»: «самовывоз» is the subject of its own clause."""
    assert rule_hits("В наших магазинах доставка платная, а в партнёрских самовывоз бесплатный.",
                     "OURS_PREPOSITION_CASE") == []


def test_the_same_noun_named_before_leaves_no_noun_out(rule_hits):
    assert rule_hits("Я живу в новой квартире, а в старой квартира пустует.", "OURS_PREPOSITION_CASE") \
        == [("в старой квартира", ("в старой квартире",))]
