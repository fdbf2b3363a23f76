"""Steps the customer has said they cannot take: no way for this customer, however clear.

- **a call to one who cannot call**: «я не слышу», «слабослышащая», «не могу говорить» — «Позвоните на горячую
  линию»: a voice call is out of their reach;
- **a thing they no longer have, put to use**: «потеряла карту», «старой симки у меня нет», «телефон украли» —
  «Вставьте старую сим-карту», «Приложите карту к терминалу»: the step needs the very thing they said is gone. A new
  one, another one or a copy of it («закажите новую карту», «другую сим-карту») is a way; so is any doing that does
  not use the thing («Заблокируйте карту в приложении»).

The rubric (docs/scorecard_rubric.md, «Решение») asks for a next step this customer can take; a step the customer has
just said they cannot take is as good as none. Each reading returns the spans of the steps out of reach.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_DEAF = frozenset({"глухой", "слабослышащий", "глухонемой", "немой", "глухота"})
_VOICE = frozenset({"слышать", "говорить", "разговаривать", "звонить", "позвонить", "созвониться"})
_CALLS = frozenset({"позвонить", "звонить", "перезвонить", "созвониться", "набрать", "продиктовать"})
_GONE = frozenset({"потерять", "утерять", "украсть", "выбросить", "сломать", "разбить", "лишиться", "утопить",
                   "посеять", "выкинуть", "сдать"})
# doings that put the thing itself to use
_USE = frozenset({"вставить", "вставлять", "приложить", "поднести", "предъявить", "показать", "достать", "взять",
                  "принести", "использовать", "воспользоваться", "перезагрузить", "включить", "переставить",
                  "сфотографировать", "отсканировать", "взять", "захватить", "привезти"})
_ANOTHER = frozenset({"новый", "другой", "запасной", "дубликат", "перевыпуск", "перевыпустить", "копия", "замена"})


def out_of_reach(r: Reply, steps: Sequence[Span]) -> list[Span]:
    """The steps among ``steps`` the customer said they cannot take."""
    deaf = _cannot_call(r.customer_tokens)
    gone = _things_gone(r.customer_tokens)
    if not deaf and not gone:
        return []
    found = []
    for span in steps:
        verb = next((t for t in r.tokens if t.start == span[0]), None)
        if verb is None:
            continue
        if deaf and verb.lemmas & _CALLS:
            found.append(span)
            continue
        part = r.part_at(verb.start)
        words = r.tokens_in(*part) if part else []
        if gone and verb.lemmas & _USE and any(
                {x[:5] for x in t.lemmas} & gone and not any(w.lemmas & _ANOTHER for w in words[max(0, k - 2):k])
                for k, t in enumerate(words) if t.tag.startswith("NOUN")):
            found.append(span)
    # «Приложите карту к банкомату и введите ПИН-код»: what follows in the same sentence hangs on it
    sentences = {r.sentence_at(s[0]) for s in found}
    return found + [s for s in steps if s not in found and r.sentence_at(s[0]) in sentences]


def _cannot_call(tokens: Sequence[Token]) -> bool:
    """«я глухая», «не слышу», «не могу говорить по телефону»."""
    for i, t in enumerate(tokens):
        if t.lemmas & _DEAF:
            return True
        if t.lower == "не" and any(n.lemmas & _VOICE for n in tokens[i + 1:i + 3]):
            return True
    return False


def _things_gone(tokens: Sequence[Token]) -> set[str]:
    """Five-letter stems of the things the customer says are lost or gone: «потеряла карту», «телефон украли»,
    «старой симки у меня больше нет» — a noun beside a verb of losing (two words before, four after)."""
    gone: set[str] = set()
    for i, t in enumerate(tokens):
        if t.tag.startswith(("VERB", "PRTS", "PRTF")) and t.lemmas & _GONE:
            near = tokens[max(0, i - 2):i] + tokens[i + 1:i + 5]  # «украли вместе с картой»
            gone |= {x[:5] for n in near if n.tag.startswith("NOUN") for x in n.lemmas}
        if t.lower == "нет" and i and tokens[i - 1].lower == "больше":
            gone |= {x[:5] for n in tokens[max(0, i - 5):i] if n.tag.startswith("NOUN") for x in n.lemmas}
    return gone
