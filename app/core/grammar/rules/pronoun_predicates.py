"""Сказуемое при «кто из вас», «никто из студентов», «ни один из кандидатов»: единственное число.

«Кто из вас забыли зонт?» — the plural of «вас» pulls the verb into the plural, but the subject is
«кто» (or «никто», «кто-то», «ни один», «каждый»), and the verb agrees with it: «Кто из вас забыл зонт?»,
«Ни одна из заявок не прошла». A finding only when the verb follows the group at once (with «не» or
an adverb between) and the sentence has no «те, кто» or «все, кто» that makes a plural right.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

ONE_OF = RuleInfo(
    "OURS_ONE_OF_AGREEMENT",
    phrase("«Кто из вас» и сказуемое"),
    phrase("Со словами «кто из …», «ни один из …» сказуемое ставится в единственном числе."),
    phrase("В сочетаниях «кто из вас», «никто из нас», «кто-то из гостей», «ни один из кандидатов», «каждый из "
    "участников» подлежащее — местоимение или «один», а слова после «из» только уточняют, о ком речь. "
    "Поэтому сказуемое стоит в единственном числе: «Кто из вас забыл зонт?», «Никто из студентов не "
    "пришёл», «Ни одна из заявок не прошла»."),
    Category.GRAMMAR,
)

RULES = (ONE_OF,)

_KTO = frozenset({"кто", "никто", "кто-то", "кто-нибудь", "кто-либо", "кое-кто"})
_ONE = {"один": "masc", "одна": "femn", "одно": "neut", "каждый": "masc", "каждая": "femn", "каждое": "neut"}
_BETWEEN = frozenset({"не", "уже", "ещё", "еще", "так", "тоже", "также", "даже", "всё", "все", "вчера", "сегодня",
                      "сейчас", "никогда", "давно", "опять", "снова", "точно", "случайно", "наконец"})
_PLURAL_ANTECEDENT = frozenset({"те", "все", "тех", "всех", "тем", "всем", "теми", "всеми"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low in _KTO:
            subject, gender = w.text, "masc"
        elif w.low in _ONE:
            subject, gender = w.text, _ONE[w.low]
            prev = t.word(i - 1)
            if prev is not None and prev.low == "ни" and t.plain_gap(i):
                subject = f"{prev.text} {w.text}"
            elif not w.low.startswith("кажд"):
                continue  # «один из нас» alone may be a number, not a subject
        else:
            continue
        _check_group(t, i, subject.lower(), gender, found)
    return found


def _check_group(t: Text, i: int, subject: str, gender: str, found: list[Finding]) -> None:
    iz = t.word(i + 1)
    if iz is None or iz.low != "из" or not t.plain_gap(i + 1):
        return
    k = _after_group(t, i + 2)
    if k is None:
        return
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _BETWEEN:
        k += 1
    verb = t.word(k)
    if verb is None or not t.plain_gap(k) or _plural_antecedent(t, i):
        return
    readings = parses(verb.text)
    if readings and readings[0].tag.POS in _SHORT:
        _check_short(verb, readings, subject, gender, found)
        return
    plural = [p for p in readings if p.tag.POS == "VERB" and p.tag.mood == "indc" and p.tag.number == "plur"
              and p.tag.person in (None, "3per")]
    if not readings or readings[0].tag.POS != "VERB" or not plural:
        return
    if any(p.tag.POS == "VERB" and p.tag.number == "sing" and p.tag.mood == "indc" for p in readings):
        return  # a form that is also singular agrees already
    grammemes = {"sing", gender} if plural[0].tag.tense == "past" else {"sing", "3per"}
    _report(verb, plural[0].inflect(grammemes), subject, found)


# a short adjective or participle is the predicate too: «Каждый из гостей должны…» → «должен»
_SHORT = frozenset({"ADJS", "PRTS"})


def _check_short(word, readings, subject: str, gender: str, found: list[Finding]) -> None:
    """«Каждый из сотрудников должны», «Кто из вас готовы»: the short form takes the subject's number and gender."""
    if any(p.tag.POS in _SHORT and p.tag.number == "sing" for p in readings) or readings[0].tag.number != "plur":
        return
    _report(word, readings[0].inflect({"sing", gender}), subject, found)


def _report(word, fixed, subject: str, found: list[Finding]) -> None:
    """The predicate `word` should be the singular `fixed` (None: pymorphy has no such form, so no finding)."""
    if fixed is None:
        return
    fixed_word = match_case(word.text, fixed.word)
    found.append(finding(ONE_OF, word.start, word.end, fixed_word,
                         message=phrase("Подлежащее здесь — «{subject}», сказуемое ставится в единственном "
                                        "числе: «{fixed}».", subject=subject, fixed=fixed_word)))


def _after_group(t: Text, k: int) -> int | None:
    """The index after «из вас», «из наших гостей», «из студентов группы»: a plural genitive group of up
    to three words with no punctuation inside; None if it is not one."""
    for n in range(k, min(k + 3, len(t.words))):
        if not t.plain_gap(n):
            return None
        readings = parses(t.words[n].text)
        if not readings or not any(p.tag.case == "gent" for p in readings):
            return n if n > k else None
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "gent" and p.tag.number == "plur" for p in readings):
            return n + 1
    return None


def _plural_antecedent(t: Text, i: int) -> bool:
    """«Те из вас, кто пришли» or «все, кто из них успели»: the plural is right after such an antecedent."""
    k = i
    while k > 0 and not t.starts_sentence(k):
        k -= 1
        if t.words[k].low in _PLURAL_ANTECEDENT:
            return True
    return False
