"""What a check returns: spans in code points, plain messages, and a clear refusal of a text too long."""

import pytest

from app.core.grammar.findings import MAX_CHECK_CHARS, Category, Finding, TextTooLong, check_length, plain_message


def test_suggestion_markup_becomes_russian_quotes():
    assert plain_message("Возможно, вы имели в виду <suggestion>в течение</suggestion>?") == \
        "Возможно, вы имели в виду «в течение»?"
    assert plain_message("Без подсказок.") == "Без подсказок."


def test_a_text_at_the_limit_is_checked_and_one_over_it_refused_with_the_sizes():
    check_length("а" * MAX_CHECK_CHARS)
    with pytest.raises(TextTooLong) as err:
        check_length("а" * (MAX_CHECK_CHARS + 1))
    assert str(err.value) == ("Текст слишком длинный для проверки: 100\u00a0001 знаков, можно не больше 100\u00a0000. "
                              "Разбейте его на части.")


def test_a_finding_as_json_names_its_category_by_value():
    f = Finding(3, 7, "Пропущена запятая", Category.PUNCTUATION, "OURS_ADDRESS_COMMA", ("день, Иван",), "ours")
    assert f.to_dict() == {"offset": 3, "length": 7, "category": "punctuation", "rule_id": "OURS_ADDRESS_COMMA",
                           "message": "Пропущена запятая", "replacements": ["день, Иван"], "source": "ours"}
