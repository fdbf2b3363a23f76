"""«Чтобы вернуть деньги, напишите заявление на перерасчёт»: a paper to hand in, with no word of where or to whom.

An application, a claim or a complaint («заявление», «претензия», «жалоба») is handed to someone somewhere: in the
app, at the office, on the site, to the police, to the carrier. A reply that tells the customer to write one and
names neither where nor to whom leaves them to ask again — it is no way, as a bare «да» is none
(`docs/scorecard_rubric.md`, «Решение»: «направление … засчитывается, только если … сказано точно, куда и что
сделать»). What the paper is for («на перерасчёт», «на возврат») is no place; nor is a time («в течение 5 дней»).
A place is read by grammar: «в / во» before a noun, «на» before a noun in the locative («на сайте»), «через» before
any noun («через приложение»), «у» before a noun (a party: «у администратора»), a noun in the dative with no
preposition (an addressee: «напишите перевозчику»), a path through the interface or a link.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE
from app.core.scorecard.words import Token

PAPERS = frozenset({"заявление", "претензия", "жалоба"})
# Nouns of time after «в / на»: «в течение недели», «в срок», «на следующей неделе» tell when, not where.
_TIME = frozenset({"течение", "срок", "день", "неделя", "месяц", "год", "время", "момент", "период", "сутки", "час",
                   "минута", "дата", "число", "выходной", "конец", "начало", "случай", "порядок"})
_PLACE_PREPS = frozenset({"в", "во", "на", "через", "у"})
# How far a paper may stand from the verb that tells to hand it in: «напишите, пожалуйста, заявление».
_REACH = 4


def _noun_after(words: Sequence[Token], i: int) -> Token | None:
    """The noun a preposition governs: the first noun within three words, past its adjectives and numbers."""
    for t in words[i + 1:i + 4]:
        if t.tag.startswith("NOUN"):
            return t
        if not t.tag.startswith(("ADJF", "PRTF", "NUMR", "NPRO", "ADVB")) and not t.lower.isdigit():
            return None
    return None


def _place_named(r: Reply, words: Sequence[Token], start: int, end: int) -> bool:
    """A place, a channel or an addressee in the sentence (see the module's note)."""
    if WHERE_RE.search(r.text[start:end]) or "@" in r.text[start:end]:
        return True
    for i, t in enumerate(words):
        if t.tag.startswith("NOUN") and "datv" in t.tag and not (i and words[i - 1].tag.startswith("PREP")) \
                and not t.lemmas & _TIME and "Name" not in t.tag:
            return True  # «напишите перевозчику»
        if t.lower not in _PLACE_PREPS:
            continue
        noun = _noun_after(words, i)
        if noun is None or noun.lemmas & _TIME or noun.lemmas & PAPERS:
            continue
        if t.lower in ("в", "во", "через", "у") or "loct" in noun.tag or "loc2" in noun.tag:
            return True
    return False


def unplaced_paper(r: Reply, words: Sequence[Token], tok: Token) -> bool:
    """``tok`` is a paper («заявление», «претензия», «жалоба») in a sentence of ``words`` that names no place, channel
    or addressee."""
    if not tok.lemmas & PAPERS or not words:
        return False
    start, end = r.sentence_at(tok.start)
    return not _place_named(r, r.tokens_in(start, end), start, end)


def paper_nowhere(r: Reply, step: Span) -> bool:
    """The step tells the customer to write or hand in a paper («напишите заявление», «нужно подать претензию») and
    its sentence names no place, channel or addressee."""
    start, end = r.sentence_at(step[0])
    words = r.tokens_in(start, end)
    at = next((i for i, t in enumerate(words) if t.start >= step[0]), None)
    if at is None:
        return False
    paper = next((t for t in words[at:at + _REACH + 1] if t.lemmas & PAPERS), None)
    return paper is not None and unplaced_paper(r, words, paper)
