"""Подлежащее в именительном падеже: «сейчас проводится проверка» (не «проводится проверки»),
«рассматривается ваше заявление» (не «заявления»).

A reflexive verb made from a transitive verb («проводиться» ← «проводить») is a passive: what is done stands
as its subject, in the nominative. A writer who builds the phrase from a noun of action («проведение
проверки») leaves the genitive. The parse must see the noun as the verb's subject; the dictionary must
give it no nominative singular and a genitive singular, so a singular verb has no other reading of it.
Left alone: a genitive under negation («не проводится проверок»), after a word of quantity («проводится
много проверок»), a verb that takes a genitive («хочется тишины», «касается оплаты», «держится правил») or a
quantity of something («накопилось долгов»), and a clause that has its subject elsewhere.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.grammar.rules.predicate_agreement import _COUNTING, _QUANTITY_VERBS
from app.core.phrase import phrase

GENITIVE_SUBJECT = RuleInfo(
    "OURS_GENITIVE_SUBJECT",
    phrase("Подлежащее в родительном падеже"),
    phrase("Подлежащее здесь стоит в именительном падеже."),
    phrase("То, о чём говорит возвратный глагол, — подлежащее, и оно стоит в именительном падеже: «сейчас "
           "проводится проверка», «рассматривается ваше заявление», «требуется подтверждение». Родительный "
           "падеж («проводится проверки») остаётся от оборота с существительным («проведение проверки»); "
           "он уместен только при отрицании или после слов количества: «проверок не проводится», «много заявлений»."),
    Category.GRAMMAR,
)

RULES = (GENITIVE_SUBJECT,)

# verbs in «-ся» that take a genitive object or stand with no subject before a genitive
_GENITIVE_VERBS = frozenset({"хотеться", "захотеться", "касаться", "коснуться", "держаться", "придерживаться",
                             "добиваться", "добиться", "дожидаться", "дождаться", "лишаться", "лишиться",
                             "слушаться", "послушаться", "пугаться", "испугаться", "бояться", "стесняться",
                             "опасаться", "остерегаться", "стыдиться", "наедаться", "наесться", "напиться",
                             "набираться", "накапливаться", "прибавляться", "убавляться"})
_NEGATIONS = frozenset({"не", "ни", "нет"})
_SUBJECTS = ("nsubj", "nsubj:pass")


def _passive(word: str) -> bool:
    """Every reading of ``word`` is a finite third-person singular verb in «-ся» whose verb without «-ся» is
    transitive («осуществляется» ← «осуществлять»)."""
    readings = [p for p in parses(word) if p.score >= 0.01]
    if not readings or not word.endswith(("ся", "сь")):
        return False
    for p in readings:
        if p.tag.POS != "VERB" or p.tag.number != "sing" or p.tag.person not in (None, "3per") or (
                p.tag.person is None and p.tag.gender != "neut"):
            return False
        infinitive = p.normal_form
        if infinitive in _GENITIVE_VERBS or infinitive in _QUANTITY_VERBS or not infinitive.endswith("ся"):
            return False
        base = [b for b in parses(infinitive[:-2]) if b.tag.POS == "INFN" and b.is_known]
        if not base or not all("tran" in b.tag for b in base):
            return False
    return True


def _genitive_only(word: str) -> list:
    """The noun readings of ``word`` when it is an inanimate common noun with a genitive singular and no
    nominative singular reading (rare readings aside), else []."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    if not readings or any(p.tag.POS != "NOUN" or not p.is_known or "anim" in p.tag or "Name" in p.tag
                           or "Fixd" in p.tag for p in readings):
        return []
    if any(p.tag.case == "nomn" and p.tag.number == "sing" for p in readings):
        return []
    return readings if any(p.tag.case == "gent" and p.tag.number == "sing" for p in readings) else []


def _check_sentence(t: Text, sent, found: list[tuple[int, Finding]]) -> None:
    """Each finding with the offset of its verb."""
    for tok in sent.tokens:
        if tok.rel not in _SUBJECTS or tok.pos != "NOUN" or tok.head < 0:
            continue
        verb = sent.tokens[tok.head]
        if verb.pos != "VERB" or verb.feat("VerbForm") != "Fin" or not _passive(verb.low):
            continue
        if any(c.rel in _SUBJECTS and c.index != tok.index for c in sent.children(verb.index)):
            continue
        k, v = t.word_of(tok), t.word_of(verb)
        if k is None or v is None or not 0 < k - v <= 3 or any(not t.plain_gap(j) for j in range(v + 1, k + 1)):
            continue  # the subject right after its verb, no punctuation between
        noun = t.words[k]
        readings = _genitive_only(noun.text)
        if not readings or not noun.text.isalpha() or noun.text[:1].isupper():
            continue
        clause = range(max(0, v - 4), k)
        if any(t.words[j].low in _NEGATIONS or t.words[j].low in _COUNTING or t.words[j].text[:1].isdigit()
               or any(p.tag.POS == "NUMR" for p in parses(t.words[j].text)) for j in clause
               if all(t.plain_gap(m) for m in range(j + 1, v + 1)) or j > v):
            continue  # «не проводится проверок», «проводится много проверок»
        if any(c.rel in ("nummod", "nummod:gov", "det", "amod") and c.index < tok.index and c.index > verb.index
               for c in sent.children(tok.index)):
            continue  # its modifiers between would need the same fix: left to the reader
        forms = {f.word for p in readings if p.tag.case == "gent" and p.tag.number == "sing"
                 and (f := p.inflect({"nomn", "sing"})) is not None}
        fixes = (match_case(noun.text, forms.pop()),) if len(forms) == 1 else ()
        found.append((t.words[v].start, finding(GENITIVE_SUBJECT, noun.start, noun.end, *fixes)))


def check(t: Text) -> list[Finding]:
    found: list[tuple[int, Finding]] = []
    if any(w.text.isalpha() and w.text.endswith(("ся", "сь")) for w in t.words):  # no parse for a text with no such verb
        for sent in t.analysis.sentences:
            _check_sentence(t, sent, found)
    if found:  # a noun that is also a nominative plural: the agreement rule may already ask for a plural verb
        from app.core.grammar.rules import agreement, predicate_agreement
        verbs = [f for f in (*agreement.check(t), *predicate_agreement.check(t))
                 if f.rule_id == "OURS_SUBJECT_VERB_AGREEMENT"]
        found = [(at, f) for at, f in found if not any(v.offset == at for v in verbs)]
    return [f for _, f in found]
