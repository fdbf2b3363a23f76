"""Существительное при существительном: «номер заказа», «стоимость доставки», «отмена подписки»
(не «номер заказ»), «с днём рождения» (не «с днём рождением»).

A noun that depends on another noun with no preposition stands in the genitive; a learner who loses
the ending writes the nominative. The dictionary says the second noun cannot be a genitive; the tree
says why it cannot be anything else: it hangs on the first noun, or it is a second subject or a
second object of the same verb, or the subject of an imperative or an infinitive, none of which a
sentence has. A time word («каждый день курьер…»), a name, a person («моя сестра врач») or
anything after a punctuation mark is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.grammar.rules.agreement import _QUANTITY
from app.core.grammar.rules.governed_case import _agreeing_cases
from app.core.grammar.rules.government import _group
from app.core.grammar.rules.lexical_slips import LOZHI
from app.core.phrase import phrase

NOUN_GENITIVE = RuleInfo(
    "OURS_NOUN_GENITIVE",
    phrase("Падеж существительного при существительном"),
    phrase("Существительное, которое зависит от другого существительного, здесь стоит в родительном падеже."),
    phrase("Когда одно существительное поясняет другое без предлога, оно стоит в родительном падеже: «номер "
    "заказа», «стоимость доставки», «отмена подписки», «проверка документов», «время ожидания». "
    "Именительный падеж («номер заказ») называет отдельный предмет и ломает связь слов. Устойчивое "
    "поздравление — «с днём рождения»."),
    Category.GRAMMAR,
)

RULES = (NOUN_GENITIVE,)

_NAMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Fixd")
_ONE_OF_A_KIND = ("nsubj", "nsubj:pass", "obj")
# spans of time: as the first noun they are read only when the tree and the clause leave no other reading
_TIME = frozenset({"срок", "время", "период", "момент"})
_NUMBER_NAMES = frozenset({"ноль", "нуль"})


@lru_cache(maxsize=20_000)  # asked for every pair of nouns; the dictionary's «is_known» is a slow search
def _only_noun(word: str) -> list:
    """The word's readings if it is only a common, inanimate noun (rare readings aside), else []."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    if not readings or any(p.tag.POS != "NOUN" or any(g in p.tag for g in _NAMES) or not p.is_known for p in readings):
        return []  # a word the dictionary only guesses at («показаь») is no noun to judge
    return readings


def _dependent(sent, first, second) -> bool:
    """The parse sees ``second`` as a word of ``first``, or as a second subject or object beside it."""
    if second.head == first.index and second.rel in ("nmod", "appos", "nsubj", "obj", "flat") and not any(
            c.rel == "case" for c in sent.children(second.index)):
        return True
    if second.head >= 0 and first.head == second.head and first.rel == second.rel and second.rel in _ONE_OF_A_KIND:
        return first.feat("Case") == second.feat("Case")  # not «воды принёс стакан» (a genitive of part)
    head = sent.tokens[second.head] if second.head >= 0 else None
    if head is not None and second.rel == "obj" and first.head == second.head and _intransitive(head):
        return True  # «пришёл после покупки товар»: an intransitive verb has no object, the noun is the first's
    return head is not None and second.rel == "nsubj" and (
            head.feat("Mood") == "Imp" or head.feat("VerbForm") == "Inf") and head.index > second.index


def _intransitive(tok) -> bool:
    readings = parses(tok.text)
    return bool(readings) and all(p.tag.POS == "VERB" and "intr" in p.tag for p in readings)


def _subject_later(t: Text, k: int, nouns) -> bool:
    """A predicate after word k, in the same clause, agrees with it as its subject."""
    for j in range(k + 1, len(t.words)):
        if not t.plain_gap(j):
            return False
        for p in parses(t.words[j].text):
            if p.tag.POS in ("VERB", "PRTS", "ADJS") and any(
                    p.tag.number == n.tag.number and (p.tag.person in (None, "3per"))
                    and (p.tag.number == "plur" or p.tag.gender in (None, n.tag.gender)) for n in nouns):
                return True
    return False


def _subject_elsewhere(sent, second) -> bool:
    """The clause (between punctuation marks) has its subject already, or a verb that takes none
    («сообщим», «напишите»); not «В районе авария, гарантируем…», a clause of its own."""
    start = max((tok.index for tok in sent.tokens if tok.pos == "PUNCT" and tok.index < second.index), default=-1)
    end = min((tok.index for tok in sent.tokens if tok.pos == "PUNCT" and tok.index > second.index),
              default=len(sent.tokens))
    return any(tok.index != second.index and tok.rel in ("nsubj", "nsubj:pass") or tok.pos == "VERB" and (
        tok.feat("Person") in ("1", "2") or tok.feat("Mood") == "Imp") for tok in sent.tokens[start + 1:end])


def _object_possible(sent, first, second) -> bool:
    """The verb the prepositional phrase hangs on could take ``second`` as its object: it may be
    transitive and has no object of its own yet («проверьте в заказе адрес»; not «придёт после оплаты заказ»)."""
    for tok in reversed(sent.tokens[:first.index]):
        if tok.pos == "PUNCT":
            break
        if any(p.tag.POS in ("VERB", "INFN") and "tran" in p.tag for p in parses(tok.text)):
            return True  # «принесите в отделение свидетельство»: a transitive verb before, whatever the parse
    verb = first
    for _ in range(4):
        if verb.head < 0:
            return True
        verb = sent.tokens[verb.head]
        if verb.pos in ("VERB", "AUX"):
            break
    else:
        return True
    if verb.pos not in ("VERB", "AUX"):
        return True
    if any(c.rel == "obj" and c.index != second.index for c in sent.children(verb.index)):
        return False
    readings = [p for p in parses(verb.text) if p.tag.POS in ("VERB", "INFN")]
    return not readings or any("tran" in p.tag for p in readings)


def _check_pair(t: Text, i: int, found: list[Finding]) -> None:
    first_w, second_w = t.words[i], t.words[i + 1]
    if not t.plain_gap(i + 1) or not second_w.text.isalpha() or second_w.text[:1].isupper():
        return
    if first_w.text[:1].isupper() and not t.starts_sentence(i):
        return
    if first_w.low in LOZHI:
        return  # «Ложи телефон»: the informal imperative lexical_slips reports, not the noun «ложа»
    firsts, seconds = _only_noun(first_w.text), _only_noun(second_w.text)
    if not firsts or not seconds:
        return
    if any(p.normal_form in _QUANTITY or p.normal_form in _NUMBER_NAMES for p in seconds) or any(
            "anim" in p.tag for p in seconds):
        return  # «значение ноль»: a number's name stands beside its noun
    timed = any(p.normal_form in _TIME for p in firsts)
    if any(p.normal_form in _QUANTITY for p in firsts) and not timed:
        return
    if any(p.tag.case not in ("nomn", "accs") for p in seconds):
        return  # a genitive or another case may be right
    before = t.word(i - 1)
    if before is not None and t.plain_gap(i) and (before.text[:1].isdigit() or any(
            p.tag.POS == "NUMR" for p in parses(before.text))):
        return
    if any("anim" in p.tag for p in firsts):
        return  # «брата жена»: a person's genitive before the noun it owns
    sent, first = t.token(i)
    _, second = t.token(i + 1)
    if first is None or second is None or second.feat("Case") not in ("Nom", "Acc") or not _dependent(
            sent, first, second):
        return  # the tagger must read the form as the dictionary does
    if first.feat("Case") in ("Dat", "Ins") and not any(c.rel == "case" for c in sent.children(first.index)):
        return  # «подвергать сомнению первенство», «скатертью дорожка»: the first noun is the verb's, not the second's owner
    if _subject_later(t, i + 1, seconds) and not _subject_later(t, i + 1, [p for p in firsts if p.tag.case == "nomn"]):
        return  # «при перетаскивании уголков рамки соотношение остаётся»: the second noun is the subject
    two_subjects = first.rel == second.rel == "nsubj" and first.head == second.head
    if timed and (first.feat("Case") != "Nom" or not (second.head == first.index and second.rel == "nmod"
                                                      or two_subjects) or any(
            c.rel in ("det", "amod") and c.index != first.index for c in sent.children(first.index))
            or _subject_later(t, i + 1, seconds)):
        return  # «всё время заказ висит», «каждый день курьер…»: a span of time, then the subject
    if any(c.rel == "case" for c in sent.children(first.index)) and (
            any(p.tag.case == "accs" for p in seconds) and _object_possible(sent, first, second)
            or _subject_later(t, i + 1, seconds) or not _subject_elsewhere(sent, second)):
        return  # «проверьте в заказе адрес», «на склад заказ будет проверен», «в чате очередь»: a
        # prepositional phrase, then the object or the subject
    if _fronted_object(t, i, sent, first, second, firsts, seconds) or _ungoverned_genitive(t, i, firsts):
        return
    number = seconds[0].tag.number
    forms = {f.word for p in seconds if (f := p.inflect({"gent", number})) is not None}
    fixes = (f"{first_w.text} {match_case(second_w.text, forms.pop())}",) if len(forms) == 1 else ()
    found.append(finding(NOUN_GENITIVE, first_w.start, second_w.end, *fixes))


# words after which, later in the part, a genitive may open it as a subject of lack or quantity: «Мест нет»
_LACK_OR_QUANTITY = frozenset({"не", "нет", "ни", "много", "мало", "немало", "немного", "несколько", "сколько",
                               "столько", "больше", "меньше", "достаточно", "хватит", "хватает", "полно", "масса"})


def _ungoverned_genitive(t: Text, i: int, firsts) -> bool:
    """The rule reads the first noun as the head and asks the second to depend on it in the genitive. A first noun
    that is a genitive only and opens its part (a sentence, or after a comma or dash) has nothing to govern it —
    no preposition, verb, numeral or noun before, no «нет», «не» or a word of quantity after it in the part — so
    it is no genitive head here but a word the dictionary lacks in that use, as colloquial «норм» in «— норм
    тема», «…, норм вариант». «Мест свободных нет» and «Денег у нас мало» keep their genitive."""
    if not all(p.tag.case in ("gent", "gen2") for p in firsts):
        return False
    if not (i == 0 or t.starts_sentence(i) or any(ch in t.gap_before(i) for ch in ",;:—–")):
        return False
    for k in range(i + 1, len(t.words)):
        if k > i + 1 and not t.plain_gap(k):
            break
        if t.words[k].low in _LACK_OR_QUANTITY:
            return False
    return True


def _fronted_object(t: Text, i: int, sent, first, second, firsts, seconds) -> bool:
    """«решение консульство обещает до пятницы», «этот отчёт бухгалтерия готовит к концу месяца»: the object
    opens its clause, the subject follows and then its transitive verb, which agrees with it and has no
    object of its own. The first noun must read as an accusative, the verb as an active finite verb."""
    if not (t.starts_sentence(i) or t.gap_before(i).strip()[-1:] in (",", ";", ":", "—", "–")):
        return False
    if not any(p.tag.case == "accs" for p in firsts) or second.head < 0:
        return False
    verb = sent.tokens[second.head]
    if verb.index <= second.index or verb.pos != "VERB" or verb.feat("VerbForm") != "Fin" or verb.feat(
            "Voice") == "Pass" or any(c.rel == "obj" and c.index not in (first.index, second.index)
                                      for c in sent.children(verb.index)):
        return False  # the parse may call both nouns the verb's objects: «ответ консульство даёт»
    k = t.word_of(verb)
    if k is None or any(not t.plain_gap(j) for j in range(i + 2, k + 1)):
        return False  # the verb in the same stretch of words
    readings = [p for p in parses(verb.text) if p.tag.POS == "VERB"]
    return bool(readings) and all("tran" in p.tag and p.tag.person in (None, "3per") for p in readings) and any(
        p.tag.number == n.tag.number and (p.tag.number == "plur" or p.tag.gender in (None, n.tag.gender))
        for p in readings for n in seconds if n.tag.case == "nomn")


def _agree(adj, noun) -> bool:
    return adj.tag.POS in ("ADJF", "PRTF") and adj.tag.case == noun.tag.case and adj.tag.number == noun.tag.number \
        and (noun.tag.number == "plur" or adj.tag.gender == noun.tag.gender)


def _adjective_phrase(t: Text, i: int, found: list[Finding]) -> None:
    """«оплата коммунальные услуги» → «оплата коммунальных услуг», «снятие наличные» → «снятие
    наличных»: an adjective and its noun (or an adjective standing for a noun, nothing of the phrase
    after it) that read only as a nominative or accusative, and the parse hangs on the noun before."""
    first_w = t.words[i]
    if not t.plain_gap(i + 1) or not _only_noun(first_w.text) or first_w.text[:1].isupper() and not t.starts_sentence(i):
        return
    if any(p.normal_form in _QUANTITY or "anim" in p.tag for p in _only_noun(first_w.text)):
        return
    group = _group(t, i + 1)
    if group is None:
        after = t.word(i + 2)
        if after is not None and t.plain_gap(i + 2) and any(p.score >= 0.05 and p.tag.POS in ("NOUN", "ADJF", "PRTF")
                                                            for p in parses(after.text)):
            return
        group = [i + 1]
    words = [[p for p in parses(t.words[k].text) if p.score >= 0.05] for k in group]
    if any(t.words[k].text[:1].isupper() for k in group):
        return  # «щёлкните значок Данные», «окно Визитные карточки»: a name of a button or a window
    if not words[0] or any(p.tag.POS not in ("ADJF", "PRTF", "NOUN") for p in words[0]) or len(group) == 1 and not (
            any(p.tag.POS == "ADJF" for p in words[0]) and any(p.tag.POS == "NOUN" for p in words[0])):
        return  # a noun alone is the pair check's; an adjective alone must be one that stands for a noun
    if any(_agree(a, n) for a in words[0] for n in _only_noun(first_w.text)):
        return  # «заказ новый»: the adjective is the first noun's own
    cases = {p.tag.case for p in words[0]} if len(group) == 1 else _agreeing_cases(t, group)
    if not t.words[group[-1]].text.isalpha() or not cases or not cases <= {"nomn", "accs"} or any(
            "anim" in p.tag for w in words for p in w):
        return
    sent, first = t.token(i)
    _, last = t.token(group[-1])
    if first is None or last is None or last.head != first.index or last.rel not in ("nmod", "amod"):
        return
    if any(c.rel == "case" for c in sent.children(first.index)) or _subject_later(t, group[-1], [
            p for p in words[-1] if p.tag.case in cases]):
        return  # «на оплату коммунальные услуги…», «стоимость новые тарифы не меняют»
    number = next((p.tag.number for p in words[-1] if p.tag.case in cases), None)
    if number is None:
        return  # the last word has no reading in the group's case: the parse joined words that do not agree
    forms = []
    for k, readings in zip(group, words):
        options = {f.word for p in readings if p.tag.case in cases and (f := p.inflect({"gent", number})) is not None}
        if len(options) != 1:
            return
        forms.append(match_case(t.words[k].text, options.pop()))
    found.append(finding(NOUN_GENITIVE, first_w.start, t.words[group[-1]].end, f"{first_w.text} {' '.join(forms)}"))


def _case_echo(t: Text, i: int, found: list[Finding]) -> None:
    """«к концу месяцу» → «месяца», «в начале неделе» → «недели»: the noun after a prepositional phrase's noun
    copies its case instead of standing in the genitive. The second noun reads only in that case (no
    genitive), is a thing with no name, and the parse hangs it on the first."""
    first_w, second_w = t.words[i], t.words[i + 1]
    if not t.plain_gap(i + 1) or not second_w.text.isalpha() or second_w.text[:1].isupper():
        return
    firsts, seconds = _only_noun(first_w.text), _only_noun(second_w.text)
    if not firsts or not seconds or any("anim" in p.tag for p in seconds):
        return
    cases = {p.tag.case for p in seconds}
    if not cases <= {"datv", "loct", "ablt"} or not any(p.tag.case in cases for p in firsts):
        return
    if cases == {"ablt"} and any("anim" in p.tag for p in firsts if p.tag.case == "ablt"):
        return  # «созвон со специалистом кнопкой в приложении»: the person is a companion, the thing the verb's means
    sent, first = t.token(i)
    _, second = t.token(i + 1)
    if first is None or second is None or second.head != first.index or second.rel not in ("nmod", "appos") or not any(
            c.rel == "case" for c in sent.children(first.index)) or any(
            c.rel == "case" for c in sent.children(second.index)):
        return
    number = seconds[0].tag.number
    forms = {f.word for p in seconds if (f := p.inflect({"gent", number})) is not None}
    fixes = (f"{first_w.text} {match_case(second_w.text, forms.pop())}",) if len(forms) == 1 else ()
    found.append(finding(NOUN_GENITIVE, first_w.start, second_w.end, *fixes))


def _birthday(t: Text, i: int, found: list[Finding]) -> None:
    """«с днём рождением» → «с днём рождения»: the set phrase keeps «рождения» in every case."""
    day, birth = t.words[i], t.words[i + 1]
    if not t.plain_gap(i + 1) or birth.low in ("рождения",) or not any(p.normal_form == "день" for p in parses(day.text)):
        return
    if not any(p.normal_form == "рождение" for p in parses(birth.text)):
        return
    found.append(finding(NOUN_GENITIVE, day.start, birth.end, f"{day.text} {match_case(birth.text, 'рождения')}"))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        _check_pair(t, i, found)
        _adjective_phrase(t, i, found)
        _birthday(t, i, found)
        _case_echo(t, i, found)
    return found
