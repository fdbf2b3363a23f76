"""Our rule on capital letters in place names."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Посылка прибудет в москву.", "OURS_PLACE_NAME_CAPITAL", "москву", "Москву"),
    ("Рейс летит в лондон с пересадкой.", "OURS_PLACE_NAME_CAPITAL", "лондон", "Лондон"),  # a place after «в»
    ("Мы доставляем по кипру за два дня.", "OURS_PLACE_NAME_CAPITAL", "кипру", "Кипру"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


def test_old_names_of_peoples_are_written_small(rule_hits):
    assert rule_hits("Эти племена в летописях назывались русью.", "OURS_PLACE_NAME_CAPITAL") == []


def test_a_pronoun_in_a_title_keeps_its_capital_and_a_pronoun_after_a_comma_loses_it(rule_hits):
    assert rule_hits("Письмо доставят от Её Величества к полудню.", "OURS_PRONOUN_CAPITAL") == []
    assert rule_hits("Карту перевыпустили, Её привезут в отделение.", "OURS_PRONOUN_CAPITAL") == [("Её", ("её",))]


def test_a_pronoun_standing_for_god_keeps_its_capital_and_any_other_loses_it(rule_hits):
    assert rule_hits("Старик молился Богу, и Он услышал его.", "OURS_PRONOUN_CAPITAL") == []
    assert rule_hits("Старик позвонил сыну, и Он услышал его.", "OURS_PRONOUN_CAPITAL") == [("Он", ("он",))]


@pytest.mark.parametrize("text", [
    "Это украинский номер, оператор не наш.",  # an adjective from a place name is written small
    "Офис переехал, петербургский адрес больше не действует.",
    "Для семьи из шести человек закажите минивэн.",  # a common noun the dictionary marks as a place
    "Рядом с отелем большой молл, там есть аптека.",
])
def test_common_words_the_dictionary_marks_as_places_keep_a_small_letter(rule_hits, text):
    assert rule_hits(text, "OURS_PLACE_NAME_CAPITAL") == []
