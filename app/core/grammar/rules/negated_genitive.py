"""Родительный падеж того, чего нет: «не было возможности» (не «возможность»), «не хватает терпения».

With «нет», «не было», «не будет» and with «(не) хватает», «недостаёт» what is missing stands in the
genitive. A writer who starts the sentence with «была возможность» in mind leaves the nominative. The
noun (with its adjectives) must read only as a nominative or accusative, never as a genitive, and with
«хватать» — which also means «grab» and then takes an accusative — a person in the dative or «не» must
say it is about what is lacking.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.grammar.rules.government import _MODIFIERS
from app.core.phrase import phrase

NEGATED_GENITIVE = RuleInfo(
    "OURS_NEGATED_GENITIVE",
    phrase("Родительный падеж при отрицании"),
    phrase("То, чего нет или не хватает, стоит в родительном падеже."),
    phrase("Когда говорят об отсутствии или нехватке — «нет», «не было», «не будет», «не хватает», "
           "«недостаёт», — отсутствующее стоит в родительном падеже: «не было возможности», «нет ответа», "
           "«не хватает времени», «мне не хватило терпения». Именительный падеж («не было возможность») "
           "остаётся от другого начала фразы: «была возможность»."),
    Category.GRAMMAR,
)

RULES = (NEGATED_GENITIVE,)

_LACK = frozenset({"хватать", "хватить", "недоставать", "недостать"})
_SUBJECTS = frozenset({"это", "то", "всё", "все", "оно", "он", "она", "они"})
_DATIVES = frozenset({"мне", "нам", "вам", "тебе", "ему", "ей", "им"})


def _lacking_word(t: Text, i: int) -> bool:
    """Word i says that something is missing: «нет», «не было», «не будет», or «хватать» with «не» or a person
    in the dative before it («мне хватает», «не хватило»)."""
    w, before = t.words[i], t.word(i - 1)
    negated = before is not None and t.plain_gap(i) and before.low == "не"
    if w.low == "нет":
        return before is not None and t.plain_gap(i)  # not «Нет, спасибо»
    if w.low in ("было", "будет"):
        subject = t.word(i - 2)
        # «это не было ошибкой»: «это» is the subject, the noun after names what it was
        return negated and not (subject is not None and subject.low in _SUBJECTS and t.plain_gap(i - 1))
    if not any(p.normal_form in _LACK and p.tag.POS == "VERB" for p in parses(w.text)):
        return False
    return negated or any(t.words[k].low in _DATIVES for k in range(max(0, i - 3), i))


def _phrase(t: Text, i: int) -> list[int] | None:
    """Word i and the words of its noun phrase: modifiers, then a common noun."""
    k = i
    while k < len(t.words) and (k == i or t.plain_gap(k)) and k < i + 3:
        readings = [p for p in parses(t.words[k].text) if p.score >= 0.05]
        if not readings or not t.words[k].text.isalpha() or t.words[k].text[:1].isupper():
            return None
        if all(p.tag.POS in _MODIFIERS for p in readings):
            k += 1
            continue
        return list(range(i, k + 1)) if all(p.tag.POS == "NOUN" for p in readings) else None
    return None


def _noun_readings(t: Text, k: int) -> list:
    """The noun readings of word k. A genitive that is a form of another noun («чек» as the genitive plural of
    «чека», «код» of «кода») is dropped when the parse of the sentence reads the word as a nominative or an
    accusative: «нет чек» is the cheque, whatever else the letters could spell."""
    noun = [p for p in parses(t.words[k].text) if p.tag.POS == "NOUN"]
    direct = {p.normal_form for p in noun if p.tag.case in ("nomn", "accs")}
    others = [p for p in noun if p.tag.case not in ("nomn", "accs")]
    if not direct or not others or any(p.normal_form in direct for p in others):
        return noun
    _, tok = t.token(k)
    if tok is None or tok.pos != "NOUN" or tok.feats.get("Case") not in ("Nom", "Acc"):
        return noun
    return [p for p in noun if p.tag.case in ("nomn", "accs")]


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        if not t.plain_gap(i + 1) or not _lacking_word(t, i):
            continue
        group = _phrase(t, i + 1)
        if group is None:
            continue
        noun = _noun_readings(t, group[-1])
        if any(p.tag.case not in ("nomn", "accs") for p in noun) or not any(p.tag.case == "nomn" for p in noun):
            continue
        if t.words[i].low == "было" and any(p.tag.gender == "neut" and p.tag.number == "sing" for p in noun):
            continue  # «окно не было закрыто»: a neuter noun may be the subject of «было»
        if t.words[i].low != "нет" and any("anim" in p.tag for p in noun):
            continue
        after = t.word(group[-1] + 1)
        if after is not None and t.plain_gap(after.index) and any(
                p.tag.POS in ("PRTS", "ADJS", "NOUN") for p in parses(after.text)[:1]):
            continue  # «не будет ответ готов», «не было это ошибка»: the phrase goes on differently
        number = noun[0].tag.number
        forms = []
        for k in group:
            readings = [p for p in parses(t.words[k].text) if p.tag.case in ("nomn", "accs")]
            modifier = bool(readings) and readings[0].tag.POS in _MODIFIERS
            wanted = {"gent", number} | ({noun[0].tag.gender} if modifier and number == "sing" else set())
            options = {f.word for p in readings if (f := p.inflect({g for g in wanted if g})) is not None}
            if len(options) != 1:
                forms = []
                break
            forms.append(match_case(t.words[k].text, options.pop()))
        first, last = t.words[group[0]], t.words[group[-1]]
        found.append(finding(NEGATED_GENITIVE, first.start, last.end, *((" ".join(forms),) if forms else ())))
    return found
