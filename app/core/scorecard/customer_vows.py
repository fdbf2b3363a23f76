"""The customer's vow never to come back: «Больше не буду у вас ничего заказывать», «больше к нему ходить не хочу».

The rubric counts a threat («откажусь от ваших услуг») as anger (docs/scorecard_rubric.md, «Сочувствие»): a customer
who vows to stop buying, coming or using is no calm customer, however calm the words. The vow is read from how the
sentence is built: «больше» (or «больше никогда»), then «не» and the customer's own will for what comes — a verb in the
first person future («не закажу»), or «буду» / «хочу» with an infinitive («не буду покупать», «ходить не хочу»). What
the customer no longer does or needs now («больше не пользуюсь», «больше не нужна») tells why they cancel, calmly; so
does «больше не хочу, чтобы мне звонили», a request.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_WILL = frozenset({"быть", "хотеть"})  # «не буду покупать», «не хочу ходить»


def _vowed(words: Sequence[Token]) -> Token | None:
    """The verb of the vow in the words after «больше»: a negated first-person future, or «буду» / «хочу» with an
    infinitive in the same words."""
    for k, tok in enumerate(words[1:], 1):
        if words[k - 1].lower != "не" or not tok.tag.startswith("VERB") or "1per" not in tok.tag:
            continue
        if tok.lemmas & _WILL:
            if any(t.tag.startswith("INFN") for t in words) and ("futr" in tok.tag or "хотеть" in tok.lemmas):
                return tok
        elif "futr" in tok.tag:
            return tok
    return None


def never_again(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Больше не буду у вас ничего покупать», «Больше к нему ходить не хочу», «больше никогда не закажу»: the words
    from «больше» to the verb of the vow, for each statement that holds one."""
    found = []
    for start, end in sentences(text):
        if "?" in text[start:end + 1]:
            continue
        words = [t for t in tokens if start <= t.start < end]
        for i, tok in enumerate(words):
            # «больше» alone, not a comparison («больше 1500 Вт», «больше, чем…», «больше денег»)
            nxt = words[i + 1] if i + 1 < len(words) else None
            if tok.lower != "больше" or nxt is None or nxt.tag.startswith(("NUMB", "NUMR")) or nxt.lower == "чем" \
                    or "gent" in nxt.tag and nxt.tag.startswith("NOUN"):
                continue
            clause = [t for t in words[i:i + 9] if "," not in text[tok.end:t.start]]
            verb = _vowed(clause)
            if verb is not None:
                found.append(text[tok.start:verb.end])
                break
    return found
