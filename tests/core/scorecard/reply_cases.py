"""Replies and customers shared by the scorecard tests, and a scorer with no grammar errors."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.scorecard import score_reply

LATE = ["Здравствуйте! Заказ должен был прийти вчера, а его всё нет. Что происходит?"]
QUESTION = ["Добрый день! Подскажите, сколько стоит доставка в Казань?"]
GOOD = ("Здравствуйте, Марина! Приносим извинения за задержку. Заказ 48213 задержался на сортировочном "
        "центре, курьер привезёт его завтра с 10:00 до 14:00. Если будут вопросы, пишите — я на связи.")


def no_errors(text: str, language: str) -> list[Finding]:
    return []


def one_typo(text: str, language: str) -> list[Finding]:
    i = text.find("извенения")
    return [Finding(i, 9, "Возможно, орфографическая ошибка.", Category.SPELLING, "SPELL")] if i >= 0 else []


def card(reply, customer=LATE, **kw):
    kw.setdefault("grammar", no_errors)
    return score_reply(reply, customer, **kw)
