"""Which strings are Russian words and how common they are: what the speller ranks its suggestions by."""

from app.core.grammar.spelling.vocabulary import frequency, is_word, known_whole, listed


def test_common_words_are_more_frequent_than_rare_ones_and_a_typo_is_never_written():
    assert frequency("и") > 6.5
    assert frequency("сегодня") > frequency("оплатить") > 0
    assert frequency("севодня") == 0.0 and not listed("севодня")


def test_the_dictionary_knows_forms_and_hyphenated_words_part_by_part():
    assert is_word("перезвоним") and is_word("ёлка") and is_word("как-то")
    assert not is_word("обезательно") and not is_word("")
    assert is_word("интернет-магазин")  # each part is a word
    assert not is_word("интернет-зхщвк")


def test_known_whole_does_not_split_at_the_hyphen():
    assert known_whole("как-то")
    assert not known_whole("интернет-зхщвк") and not known_whole("")
