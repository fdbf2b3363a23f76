"""The customer's name misspelt in the reply («Олга» to Ольга) is a slip of the address, which the «name» element
judges; the rubric counts it there only, not a second time under language (docs/scorecard_rubric.md, «Обращение по
имени»: «Искажённое имя — ошибка только этого пункта»)."""

from __future__ import annotations

from app.core.scorecard.reply import Reply
from app.core.scorecard.words import edit_distance

_SLIPS = 2  # letters that may differ: «Олга» for «Ольга», «Натали» for «Наталья»


def misspelt_customer_name(r: Reply, finding) -> bool:
    """A spelling finding on one capitalised word a letter or two off a part of the customer's name (four letters
    at least, its first letter kept)."""
    if str(getattr(finding.category, "value", finding.category)) != "spelling" or not r.customer_name:
        return False
    word = r.text[finding.offset:finding.offset + finding.length]
    if not word.isalpha() or not word[:1].isupper():
        return False
    low = word.lower().replace("ё", "е")
    parts = [p.lower().replace("ё", "е") for p in r.customer_name.split() if len(p) >= 4]
    return any(low != p and low[:1] == p[:1] and edit_distance(low, p) <= _SLIPS for p in parts)
