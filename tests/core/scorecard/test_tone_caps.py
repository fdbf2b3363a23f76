"""tone_caps: a word of the language in capitals shouts; an abbreviation the dictionary does not know does not."""

from __future__ import annotations

import pytest

from app.core.scorecard.tone_caps import shouted
from reply_cases import card


@pytest.mark.parametrize("word", ["СРОЧНО", "ВНИМАТЕЛЬНО", "ОБЯЗАТЕЛЬНО", "НЕ", "PLEASE"])
def test_a_word_in_capitals_shouts(word):
    assert shouted(word)


@pytest.mark.parametrize("word", ["ЕГРЮЛ", "НДФЛ", "ГИБДД", "ОГРН", "КБК", "ПО", "СТО"])
def test_an_abbreviation_does_not(word):
    assert not shouted(word)


def test_an_abbreviation_keeps_tone_and_a_shouted_word_fails_it():
    asked = ["Где заказать выписку для банка?"]
    calm = card("Здравствуйте! Выписку из ЕГРИП закажите на сайте налоговой, она придёт на почту за день. "
                "Хорошего дня!", asked)
    assert calm["tone"].passed is True, calm["tone"].reason
    loud = card("Здравствуйте! Выписку ОБЯЗАТЕЛЬНО закажите на сайте налоговой, она придёт на почту за день. "
                "Хорошего дня!", asked)
    assert loud["tone"].passed is False


def test_an_abbreviation_of_the_list_that_is_also_a_word_does_not_shout():
    c = card("Здравствуйте! Новую СИМ-карту выдадут в любом салоне бесплатно, с паспортом. Хорошего дня!",
             ["Где поменять сим-карту?"])
    assert c["tone"].passed is True, c["tone"].reason


def test_a_word_the_dictionary_also_reads_as_an_abbreviation_does_not_shout():
    c = card("Здравствуйте! Лицензия на наше ПО продлена до 1 марта, акт придёт на почту сегодня. Хорошего дня!",
             ["Продлили ли лицензию?"])
    assert c["tone"].passed is True, c["tone"].reason


def test_a_business_id_the_dictionary_reads_as_a_particle_does_not_shout():
    c = card("Здравствуйте! Пришлите, пожалуйста, БИН вашего ТОО — проверю договор и отвечу за час. Хорошего дня!",
             ["Почему не подключили услугу по договору?"])
    assert c["tone"].passed is True, c["tone"].reason
