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
