"""Language (grammar findings) and clear style."""

from __future__ import annotations

import pytest

from reply_cases import GOOD, QUESTION, card, one_typo


def test_language_uses_grammar_findings():
    reply = "Здравствуйте! Приносим извенения за задержку. Курьер привезёт заказ завтра. Хорошего дня!"
    c = card(reply, grammar=one_typo)
    assert c["language"].passed is False
    assert c["language"].spans == [(reply.find("извенения"), 9)]
    assert card(reply, grammar=None)["language"].passed is None


def test_style_bureaucratese():
    c = card("Добрый день! В настоящее время осуществляется проверка данного обращения. Ответ будет "
             "предоставлен в ближайшее время. Всего доброго.")
    assert c["style"].passed is False
    assert "канцелярит" in c["style"].reason
    assert card(GOOD)["style"].passed is True


def test_a_finding_on_a_smiley_is_left_to_tone():
    from app.core.grammar.findings import Category, Finding

    def space_before_colon(text, language):
        i = text.find("запутаться :")
        return [Finding(i, 12, "Перед знаками препинания не должно быть пробела.", Category.PUNCTUATION, "WS")]

    c = card("Здравствуйте! Понимаю, там легко запутаться :) Промокод вводится на последнем шаге. Пишите!",
             grammar=space_before_colon)
    assert c["language"].passed is True, c["language"].reason


def test_a_word_of_the_trade_is_no_typo_but_a_misspelling_of_it_is():
    from app.core.grammar.findings import Category, Finding

    def speller(word):
        def check(text, language):
            i = text.find(word)
            return [Finding(i, len(word), "Возможно найдена орфографическая ошибка.", Category.SPELLING,
                            "MORFOLOGIK_RULE_RU_RU")] if i >= 0 else []
        return check

    reply = "Здравствуйте! Перевод зачислим сегодня до 18:00 — придёт {w}. Если будут вопросы, пишите."
    assert card(reply.format(w="пуш-уведомление"), grammar=speller("пуш-уведомление"))["language"].passed is True
    assert card(reply.format(w="пуш-уведамление"), grammar=speller("пуш-уведамление"))["language"].passed is False


def test_slang_is_left_to_tone_and_not_counted_again_as_a_misspelling():
    from app.core.grammar.findings import Category, Finding

    def slang_word(text, language):
        i = text.find("щас")
        return [Finding(i, 3, "«щас» — просторечие", Category.SPELLING, "RU_SIMPLE_REPLACE")]

    c = card("Здравствуйте! Щас проверю: заказ уже в пути, привезут завтра. Хорошего дня!", QUESTION,
             grammar=lambda text, language: slang_word(text.lower(), language))
    assert c["language"].passed is True, c["language"].reason
    assert c["tone"].passed is False and "«Щас»" in c["tone"].reason


def test_one_slip_marked_by_two_checkers_counts_once():
    from app.core.grammar.findings import Category, Finding

    def twice(text, language):
        i = text.find("новый оплату")
        return [Finding(i, 12, "Определение не согласовано с существительным.", Category.GRAMMAR, "OURS_ADJ"),
                Finding(i, 12, "Прилагательное не согласуется по роду.", Category.GRAMMAR, "Unify_Adj_NN_gender")]

    c = card("Здравствуйте! Остаток засчитаем в новый оплату. Если будут вопросы, пишите.", QUESTION, grammar=twice)
    assert c["language"].passed is False and c["language"].reason.startswith("Ошибок: 1.")


def test_a_stock_phrase_counts_once_and_very_before_sympathy_is_plain_speech():
    stock = card("Здравствуйте! Ваше обращение очень важно для нас. Курьер привезёт заказ завтра. Хорошего дня!")
    assert stock["style"].passed is True, stock["style"].reason
    assert "пустые шаблонные фразы: «обращение очень важно для нас»" in stock["style"].reason
    sorry = card("Здравствуйте! Очень жаль, что так вышло, очень сочувствую. Курьер привезёт заказ завтра. Хорошего дня!")
    assert sorry["style"].passed is True and sorry["style"].reason == "Текст ясный."
    empty = card("Здравствуйте! Мы максимально оперативно и абсолютно бесплатно привезём заказ завтра. Хорошего дня!")
    assert empty["style"].passed is False


def test_one_missing_comma_marked_by_two_rules_counts_once_and_a_word_typed_twice_counts():
    from app.core.grammar.findings import Category, Finding

    def comma_twice(text, language):
        i = text.find("Чтобы")
        j = text.find("отчёт нажмите")
        return [Finding(i, j + len("отчёт нажмите") - i, "Требуется запятая.", Category.PUNCTUATION, "Comma_Chtobi"),
                Finding(j, len("отчёт нажмите"), "Придаточное отделяется запятой.", Category.PUNCTUATION, "OURS_END")]

    reply = "Здравствуйте! Чтобы скачать полный годовой отчёт нажмите «Экспорт». Если будут вопросы, пишите."
    c = card(reply, QUESTION, grammar=comma_twice)
    assert c["language"].passed is False and c["language"].reason.startswith("Ошибок: 1.")

    def doubled(text, language):
        i = text.find("на на")
        return [Finding(i, 5, "Два предлога подряд.", Category.STYLE, "Two_PREP")]

    c = card("Здравствуйте! Заказ можно забрать на на складе до 20:00. Если будут вопросы, пишите.", QUESTION,
             grammar=doubled)
    assert c["language"].passed is False and "«на на»" in c["language"].reason


def test_money_in_office_words_is_a_sign_of_bureaucratese_in_any_case():
    c = card("Здравствуйте! Возврат денежных средств производится по заявлению в приложении. Хорошего дня!", QUESTION)
    assert c["style"].passed is False
    assert "«денежных средств»" in c["style"].reason and "«производится»" in c["style"].reason


def test_on_such_a_basis_is_officialese():
    c = card("Здравствуйте! Доставка выполняется на бесплатной основе, а сборка — на платной основе. Курьер привезёт "
             "шкаф завтра с 10:00 до 14:00. Хорошего дня!", QUESTION)
    assert c["style"].passed is False
    assert c["style"].reason == ("Много слов-паразитов и штампов (2): канцелярит: «на бесплатной основе», "
                                 "«на платной основе»."), c["style"].reason
    plain = card("Здравствуйте! Тариф подобран на основе ваших расходов за три месяца. Хорошего дня!", QUESTION)
    assert plain["style"].passed is True, plain["style"].reason


@pytest.mark.parametrize("word, ok", [
    ("медсправку", True), ("техподдержку", True), ("межгород", True),  # a clipped first part and a known word
    ("абонплату", True), ("кофемолке", True), ("кофемашинке", True),
    ("медсправкку", False), ("техподдердку", False), ("абонплаату", False),  # a typo in the second part stays a typo
    ("кофемашыне", False),
])
def test_a_compound_of_a_clipped_word_is_no_typo_but_a_misspelling_of_it_is(word, ok):
    from app.core.grammar.findings import Category, Finding

    def speller(text, language):
        i = text.find(word)
        return [Finding(i, len(word), "Возможно найдена орфографическая ошибка.", Category.SPELLING,
                        "MORFOLOGIK_RULE_RU_RU")] if i >= 0 else []

    c = card(f"Здравствуйте! Для записи возьмите паспорт, а {word} можно донести позже. Хорошего дня!",
             QUESTION, grammar=speller)
    assert c["language"].passed is ok, c["language"].reason


@pytest.mark.parametrize("word, ok", [
    ("трехфазную", True), ("многоразовую", True),  # a numeral first part and a known word
    ("трехфазнаю", False), ("многоразвую", False),  # a typo in the second part stays a typo
])
def test_a_compound_with_a_numeral_first_part_is_no_typo(word, ok):
    from app.core.grammar.findings import Category, Finding

    def speller(text, language):
        i = text.find(word)
        return [Finding(i, len(word), "Возможно найдена орфографическая ошибка.", Category.SPELLING,
                        "MORFOLOGIK_RULE_RU_RU")] if i >= 0 else []

    c = card(f"Здравствуйте! Мастер подключит {word} розетку в четверг с 10:00 до 12:00. Хорошего дня!",
             QUESTION, grammar=speller)
    assert c["language"].passed is ok, c["language"].reason


def test_in_the_established_order_is_bureaucratese():
    """«в установленном порядке» names no order at all, only its official name: one sign of officialese like
    «в соответствующий отдел»; with a second sign the style fails."""
    c = card("Здравствуйте! Замена карты осуществляется в установленном порядке, приходите в отделение. Хорошего дня!")
    assert c["style"].passed is False
    assert "«в установленном порядке»" in c["style"].reason and "«осуществляется»" in c["style"].reason
    plain = card("Здравствуйте! Порядок замены такой: приходите в любое отделение с паспортом. Хорошего дня!")
    assert plain["style"].passed is True, plain["style"].reason
