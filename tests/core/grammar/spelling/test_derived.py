"""Words made from a dictionary word by a productive suffix are words; misspellings that look like them are not."""

import pytest

from app.core.grammar.spelling.derived import formed_from_a_word


@pytest.mark.parametrize("word", [
    "боготворении",    # a noun of action of «боготворить»
    "задвоение",       # of «задвоить», a prefix and the dictionary's «двоить»
    "непрохождение",   # «не» and a noun of action, written together
    "хлипковат",       # «-оватый» of «хлипкий»
    "админский",       # «-ский» of the noun «админ»
    "дзенская",        # a name's reading comes first, the «-ский» one counts
    "хешировать",      # a verb of the noun «хеш»
    "залогинитесь",    # a prefix and a verb of the noun «логин»
    "скриншотить",
    "косячит",         # «косяк» → «косячить»: the consonant alternates
    "прокторингом",    # «-инг» of the noun «проктор»
    "стриминга",       # «-инг» of the noun «стрим»
    "портацию",        # «-ация» of the noun «порт»
    "закоммитили",     # a verb of «коммит», a noun people write that no dictionary has yet
    "коммитьте",
    "онбординга",      # «-инг» whose stem is no Russian word, one slip from no listed word
    "прайсинге",
])
def test_a_word_made_by_a_productive_suffix_is_a_word(word):
    assert formed_from_a_word(word)


@pytest.mark.parametrize("word", [
    "обучании",    # «обучении» misspelt, not a noun of «обучать»
    "руский",      # «русский» misspelt, not an adjective of «рус»
    "руская",
    "заплотить",   # «заплатить» misspelt, not a verb of «плот»
    "изминить",    # no noun «измин»
    "неполучене",  # «неполучение» with a letter lost
    "маркитинг",   # «маркетинг» misspelt: no noun «маркит»
    "митинга",     # «-инг» after a stem of three letters is no formation
    "регестрация",  # «регистрация» misspelt, not «-ация» of a noun
    "опирация",    # no noun «опир»
    "маркентинга",  # «маркетинга» with a letter added: one slip of a listed word
    "коментить",   # «комент» is «коммент» misspelt, one slip of a common word
])
def test_a_misspelling_that_looks_formed_is_no_word(word):
    assert not formed_from_a_word(word)
