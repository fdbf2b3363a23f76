"""«Не» и «ни»: a negative pronoun before «не», a concessive clause, «ни при чём»."""

import pytest

from app.core.grammar.rules import check_rules

IDS = ("OURS_NI_PRONOUN", "OURS_NI_CONCESSIVE", "OURS_NI_PRI_CHEM", "OURS_NE_ADJECTIVE", "OURS_NE_SLYSHNO")


def negations(text):
    return [(f.rule_id, text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id in IDS]


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Мы нечего не нашли в шкафу.", "OURS_NI_PRONOUN", "нечего", "ничего"),
    ("Некого не было на вахте.", "OURS_NI_PRONOUN", "Некого", "Никого"),
    ("Она негде не могла найти ключи.", "OURS_NI_PRONOUN", "негде", "нигде"),
    ("Что бы ты не выбрал, я поддержу.", "OURS_NI_CONCESSIVE", "не", "ни"),
    ("Где бы мы не жили, у нас всегда есть кошка.", "OURS_NI_CONCESSIVE", "не", "ни"),
    ("Он уверяет, что он тут не причём.", "OURS_NI_PRI_CHEM", "не причём", "ни при чём"),
    ("Погода тут не при чём.", "OURS_NI_PRI_CHEM", "не при чём", "ни при чём"),
    ("Не оплаченные счета лежат на столе.", "OURS_NE_ADJECTIVE", "Не оплаченные", "Неоплаченные"),
    ("Мы живём в не большом городе.", "OURS_NE_ADJECTIVE", "не большом", "небольшом"),
    ("На полке пылятся непрочитанные мной журналы.", "OURS_NE_ADJECTIVE", "непрочитанные", "не прочитанные"),
    ("Я ни как не найду зарядку.", "OURS_NI_PRONOUN", "ни как", "никак"),
    ("Ей не где было переночевать.", "OURS_NI_PRONOUN", "не где", "негде"),
    # «не» for «ни» before the verb's own «не»
    ("Принтер не как не хочет печатать.", "OURS_NI_PRONOUN", "не как", "никак"),
    ("Я не куда не выходила весь день.", "OURS_NI_PRONOUN", "не куда", "никуда"),
    ("Сколько мы не искали, кошелёк так и не нашёлся.", "OURS_NI_CONCESSIVE", "не", "ни"),
    # a predicate of its own clause, no verb to go with as an adverb
    ("Соседей за стеной совсем неслышно.", "OURS_NE_SLYSHNO", "неслышно", "не слышно"),
    ("С последнего ряда сцены было совсем невидно.", "OURS_NE_SLYSHNO", "невидно", "не видно"),
])
def test_the_slip_is_found_with_its_fix(text, rule, span, fix):
    assert negations(text) == [(rule, span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мне нечего сказать.",
    "Некого спросить об этом.",
    "Боюсь, как бы он не опоздал.",
    "Как бы не забыть зарядку.",
    "Что бы ты ни выбрал, я поддержу.",
    "Погода тут ни при чём.",
    "Заказ пришёл, причём раньше срока.",
    "Он не причём-то виноват, а во всём.",
    "Не новые вещи, а старые лежат в шкафу.",
    "Ещё не оплаченные счета лежат на столе.",
    "Это не большой город, а деревня.",
    "Это не ошибка, не сбой и не плохая работа курьера.",  # a series of negations, each written apart
    "Не каждый день бывает такая погода.",
    "Неоплаченные счета лежат на столе.",
    "Ни как друг, ни как коллега он мне не помог.",
    "Это было не где-нибудь, а в Париже.",
    "Сколько мы не виделись?",
    "Делай не как не умеешь, а как учили.",  # «не как …, а как …»: a contrast
    "Это не как не знающий ответа, а как эксперт.",  # no finite verb after the second «не»
    "Кошка неслышно прошла по коридору.",  # an adverb of the verb: «как прошла?»
    "Вентилятор крутится тихо, почти неслышно.",  # the verb is before the comma
])
def test_right_sentences_are_left_alone(text):
    assert negations(text) == []
