"""Смешение устойчивых сочетаний: «играть роль» и «иметь значение» дают «играет значение», «принять меры» и
«предпринять шаги» — «предпринять меры».

Each set phrase has its own verb; writers borrow the verb of a phrase with a like meaning. The noun is the
key: after a verb of the wrong pair (with up to three words between, such as «большое», «никакого», «все
необходимые»), the first noun is that phrase's noun. The fix is the same form of the right verb.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

MIXED_IDIOM = RuleInfo(
    "OURS_MIXED_IDIOM",
    phrase("Смешение устойчивых сочетаний"),
    phrase("В этом сочетании другой глагол: «{right}»."),
    phrase("У устойчивых сочетаний свой глагол, и его легко заменить глаголом похожего сочетания: «играть "
    "роль», но «иметь значение»; «принять меры», но «предпринять шаги»; «придавать значение», но «уделять "
    "внимание»; «расширять кругозор», но «повышать уровень»; «произвести впечатление», но «оказать влияние»; "
    "«одержать победу», но «потерпеть поражение»; «принести пользу», но «причинить вред»."),
    Category.GRAMMAR,
)

RULES = (MIXED_IDIOM,)

# noun of the set phrase → {verb borrowed by mistake: the phrase's own verb (same aspect)}
_PHRASES = {
    "значение": {"играть": "иметь", "уделять": "придавать", "уделить": "придать"},
    "роль": {"иметь": "играть"},
    "мера": {"предпринять": "принять", "предпринимать": "принимать"},
    "внимание": {"придавать": "уделять", "придать": "уделить"},
    "кругозор": {"повысить": "расширить", "повышать": "расширять"},
    "поражение": {"одержать": "потерпеть", "одерживать": "терпеть"},
    "впечатление": {"оказать": "произвести", "оказывать": "производить"},
    "влияние": {"произвести": "оказать", "производить": "оказывать"},
    "польза": {"причинить": "принести", "причинять": "приносить"},
}
_VERBAL = ("VERB", "INFN", "GRND", "PRTF", "PRTS")
_KEEP = {"Qual", "Apro", "Infr", "V-ey", "V-oy", "Fixd", "perf", "impf", "tran", "intr"}


def _noun_after(t: Text, i: int) -> tuple[int, set[str]] | None:
    """The first noun within five words after word i in its clause, and its lemmas; a preposition's own phrase
    on the way is passed («оказала на зал впечатление», not «имеет в этой роли успех»)."""
    inside = False  # within a preposition's phrase, up to its noun
    for k in range(i + 1, min(len(t.words), i + 6)):
        if not t.plain_gap(k):
            return None
        readings = [p for p in parses(t.words[k].text) if p.score >= 0.05]
        if readings and readings[0].tag.POS == "PREP":
            inside = True
        elif readings and readings[0].tag.POS in ("NOUN", "NPRO") and inside:
            inside = False
        elif readings and readings[0].tag.POS == "NOUN":
            return k, {p.normal_form for p in readings if p.tag.POS == "NOUN"}
    return None


def _as(reading, lemma: str) -> str | None:
    """The form of ``lemma`` with the grammemes of ``reading`` (a verb, a gerund or a participle)."""
    target = next((r for r in parses(lemma) if r.normal_form == lemma and r.tag.POS == "INFN"), None)
    if target is None:
        return None
    wanted = set(reading.tag.grammemes) - _KEEP - {reading.tag.POS}
    if reading.tag.POS == "INFN":
        return target.word
    form = target.inflect(wanted | {reading.tag.POS})
    return form.word if form is not None else None


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        verbs = [p for p in parses(w.text) if p.tag.POS in _VERBAL and p.score >= 0.05]
        lemmas = {p.normal_form for p in verbs}
        if not lemmas & {v for borrowed in _PHRASES.values() for v in borrowed}:
            continue
        after = _noun_after(t, i)
        if after is None:
            continue
        k, nouns = after
        noun = next((n for n in sorted(nouns) if n in _PHRASES and lemmas & set(_PHRASES[n])), None)
        if noun is None:
            continue
        reading = next(p for p in verbs if p.normal_form in _PHRASES[noun])
        right_lemma = _PHRASES[noun][reading.normal_form]
        right = _as(reading, right_lemma)
        if right is None:
            continue
        right = match_case(w.text, right)
        pair = f"{right_lemma} {noun}"
        found.append(finding(MIXED_IDIOM, w.start, t.words[k].end, t.text[w.start:t.words[k].end].replace(w.text, right, 1),
                             message=phrase("В этом сочетании другой глагол: «{right}».", right=pair)))
    return found
