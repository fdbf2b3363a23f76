"""Language (grammar findings) and clear style."""

from __future__ import annotations

from reply_cases import GOOD, card, one_typo


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
