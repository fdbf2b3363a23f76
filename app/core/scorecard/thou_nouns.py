"""«Пуши приходят с задержкой», «ваши пуши отключены»: a word the dictionary reads only as a «ты» imperative
(«пуши» of «пушить») may be a noun of everyday speech (push notifications), and then it speaks to nobody.

The syntax tells which: an imperative is never the subject of a verb nor the head of an adjective. So the word is a
noun when, in its comma part, the next word (after «не» and any adverb) is a finite verb that agrees with a plural
subject — the third person plural, or the plural past («пуши пропали»); or when the word before it is a plural
adjective or pronoun with no mark between («ваши пуши», «все пуши»), or a preposition («про пуши»), or a verb that
is no «ты» bid itself («пришлём пуши», «включите пуши»: two verbs in a row are its object). «Пиши нам»,
«нажми кнопку», «жми, они придут» keep their «ты».
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, morph


def noun_not_imperative(r: Reply, span: Span) -> bool:
    """The «ты» imperative at ``span`` stands where only a noun can: as a subject or after a plural adjective."""
    part = r.part_at(span[0])
    if part is None:
        return False
    words = r.tokens_in(part[0], part[1])
    at = next((i for i, t in enumerate(words) if t.start == span[0]), None)
    if at is None:
        return False
    if at and (_plural_modifier(words[at - 1].lower) or _verb_before(words[at - 1])):
        return True
    after = words[at + 1:]
    while after and (after[0].lower == "не" or after[0].tag.startswith(("ADVB", "PRCL"))):
        after = after[1:]
    return bool(after) and after[0].tag.startswith("VERB") and "indc" in after[0].tag \
        and ("3per" in after[0].tag and "plur" in after[0].tag or "past" in after[0].tag and "plur" in after[0].tag)


def _plural_modifier(word: str) -> bool:
    """«ваши», «все», «новые», «про»: a word that may be a plural adjective or pronoun in the nominative or
    accusative, or whose likeliest reading is a preposition."""
    readings = morph().parse(word)
    return bool(readings) and (readings[0].tag.POS == "PREP" or any(
        p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in readings))


# Verbs that lead another bid in speech: «давай сделаем», «пусть придёт», «иди купи», «попробуй нажми».
_LEADS = frozenset({"давай", "давайте", "пусть", "пускай", "иди", "идите", "пойди", "сходи", "попробуй"})


def _verb_before(before: Token) -> bool:
    """«Пришлём пуши», «включите пуши»: right after a verb that neither is a «ты» imperative nor leads another bid
    («иди купи»), a singular imperative is no Russian — it is the verb's object or subject, a loan noun the
    dictionary does not know."""
    tag = before.tag
    return tag.startswith("VERB") and before.lower not in _LEADS and not ("impr" in tag and "sing" in tag)
