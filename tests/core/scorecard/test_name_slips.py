"""A misspelt customer's name is the «name» element's slip only, not a language one (the rubric's row)."""

from app.core.grammar.findings import Category, Finding
from app.core.scorecard import score_reply


def speller_on(word: str):
    def grammar(text, language):
        at = text.find(word)
        return [Finding(offset=at, length=len(word), message="Возможно найдена орфографическая ошибка.",
                        category=Category.SPELLING, rule_id="MORFOLOGIK_RULE_RU_RU", source="embedded")] if at >= 0 else []
    return grammar


CUSTOMER = ["Добрый день, подскажите, когда придёт возврат? Ксения Олеговна"]


def test_a_misspelt_name_fails_the_address_not_the_language():
    card = score_reply("Ксенья Олеговна, здравствуйте! Возврат поступит на карту в течение трёх дней.", CUSTOMER,
                       grammar=speller_on("Ксенья"))
    assert card["language"].passed is True
    assert card["name"].passed is False


def test_another_misspelt_word_stays_a_language_slip():
    card = score_reply("Ксения Олеговна, здравствуйте! Возврат поступит на карту в течении трёх дней, извените.",
                       CUSTOMER, grammar=speller_on("извените"))
    assert card["language"].passed is False


def test_a_word_far_from_the_name_stays_a_language_slip():
    card = score_reply("Ксения Олеговна, здравствуйте! Возврат поступит на карту Кзакстана в течение трёх дней.",
                       CUSTOMER, grammar=speller_on("Кзакстана"))
    assert card["language"].passed is False
