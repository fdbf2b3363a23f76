"""What a customer asks of a named other person's: «дайте доступ к отчётам коллеги Смирнова», «пришлите выписки
Орловой» — the thing asked for is that person's, whatever kind of thing it is (the safety lexicon lists the usual kinds:
calls, marks, passport; a report, a chat log, a plan are as much someone else's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.core.scorecard.words import Token


def named_things(toks: Sequence[Token], others: set[str], asked_at: set[int],
                 kin: Callable[[Token], bool]) -> set[str]:
    """The lemmas of each inanimate noun asked for (right after a verb of asking, whose start is in ``asked_at``, or
    after «доступ к») and followed by a named person (``others``), at most one word of their role between
    («отчётам коллеги Смирнова»). Not where that word is kinship («счёт за обучение сына Артёма»: a parent's own
    business, the lexicon's kinds judge it)."""
    found: set[str] = set()
    for i, tok in enumerate(toks):
        if i < 2 or not tok.lemmas & others or not tok.text[:1].isupper():
            continue
        j = i - 1
        if _noun(toks[j], animate=True):
            if kin(toks[j]):
                continue
            j -= 1
        if j < 1 or not _noun(toks[j], animate=False):
            continue
        before = toks[j - 1]
        if before.start in asked_at or before.lower == "к" and j > 1 and "доступ" in toks[j - 2].lemmas:
            found |= toks[j].lemmas
    return found


def _noun(tok: Token, *, animate: bool) -> bool:
    return tok.tag.startswith("NOUN") and ("anim" in tok.tag.split(",")) is animate
