"""Steps for another device or plan than the one the customer named are no answer to them.

«У меня айфон» — «В приложении для Android откройте…», «тариф «Старт»» — «На вашем тарифе «Бизнес» …»: the customer
would have to ask again, so the sentences told for the other device or plan are set aside, as an advert's are — unless
the reply names the customer's own device or plan too (then it compares, or offers both), or the sentence tells them to
switch to that plan («перейдите на тариф «Команда»»).
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

# Families of devices a way of doing things depends on: a phone of one make, of the other, a computer.
_FAMILIES = {
    "apple": frozenset({"iphone", "айфон", "ios", "ipad", "айпад", "айфоне", "айфона"}),
    "android": frozenset({"android", "андроид", "samsung", "самсунг", "xiaomi", "сяоми", "redmi", "huawei", "хуавей",
                          "honor", "хонор", "pixel", "андроиде", "андроида"}),
    "computer": frozenset({"компьютер", "ноутбук", "windows", "macbook", "макбук", "мышка", "мышь"}),
}
_PLAN_RE = re.compile(r"\bтариф\w*\s+[«\"„]?([A-ZА-ЯЁ0-9][\w\-]*)")
_SWITCH = frozenset({"перейти", "переходить", "сменить", "менять", "подключить", "подключать", "выбрать", "оформить"})


def _families(tokens) -> set[str]:
    return {name for name, words in _FAMILIES.items() for t in tokens if t.lemmas & words}


def _plans(text: str) -> set[str]:
    return {m.group(1).lower()[:4] for m in _PLAN_RE.finditer(text)}


def other_device(r: Reply) -> list[Span]:
    """The sentences of the reply told for a device family or a plan the customer did not name, where the customer
    named one of their own and the reply never does."""
    aside: list[Span] = []
    theirs = _families(r.customer_tokens)
    if len(theirs) == 1 and not theirs & _families(r.tokens):
        for start, end in r.sentences:
            if _families(r.tokens_in(start, end)):
                aside.append((start, end))
    plans = _plans("\n".join(r.customer_messages))
    if len(plans) != 1 or plans & _plans(r.text):
        return aside
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if _plans(r.text[start:end]) and not any(t.lemmas & _SWITCH for t in words) \
                and (start, end) not in aside:
            aside.append((start, end))
    return aside
