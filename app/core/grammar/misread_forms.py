"""pylat-ru's findings on word forms and agreement that misread correct Russian, dropped with those of
:mod:`app.core.grammar.misreads`.

Each test names the rule, the construction it misreads and the rule of Russian that makes the text right; each
is kept narrow enough that the near error («за полудня», «рычание помогают», «стабильный выпуски») is still
reported.
"""

from __future__ import annotations

import re
from itertools import islice

from app.core.grammar.findings import Finding
from app.core.grammar.misread_order import misread_order
from app.core.grammar.misread_payer import for_a_person
from app.core.grammar.misread_po_adjective import adjective_for_a_noun
from app.core.grammar.misread_substantive import misread_substantive

_WORD = re.compile(r"[А-Яа-яЁё]+")
# The cases a PREP_*_and_Noun message names as the ones its preposition takes.
_CASE_NAMES = {"родительн": ("gent", "gen2"), "дательн": ("datv",), "винительн": ("accs",), "творительн": ("ablt",),
               "предложн": ("loct", "loc2")}
_NAMED_CASE = re.compile(r"(родительн|дательн|винительн|творительн|предложн)(?:ом|ый|ых|ого)\b")


def _case_the_dictionary_knows(text: str, finding: Finding) -> bool:
    """PREP_*_and_Noun reads a noun its own dictionary lacks, or has in fewer forms, as a wrong case: «от лажи» (it
    suggests «от лажей»), «за полдня» (read as the genitive of «полдень»; «пол-» with a genitive is the accusative of
    «half a …»). When OpenCorpora has the noun in a case the rule's message itself names for that preposition, the
    phrase is right. A form the dictionary has only in another case («в справочнику», «за полудня») stays reported."""
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    cases = {case for name in _NAMED_CASE.findall(finding.message) for case in _CASE_NAMES[name]}
    if len(words) != 2 or not cases:
        return False
    from app.core.grammar.rules._base import parses

    return any(p.is_known and p.tag.POS == "NOUN" and p.tag.case in cases for p in parses(words[1].lower()))


# Particles that may stand before the last of several subjects: «шум, крики, даже рычание».
_BEFORE_LAST = frozenset({"даже", "и", "а", "также", "тоже", "да", "ни", "или", "либо"})
_JOINS = frozenset({"и", "или", "либо", "да", ","})
_TOKEN = re.compile(r"[А-Яа-яЁё]+|,")


def _last_of_several_subjects(text: str, finding: Finding) -> bool:
    """SoglasovanieNN_Verb reads a singular noun before a plural verb as its only subject. When it is the last of
    subjects joined by commas or «и» («Крики, стоны, даже рычание помогают»), the verb agrees with them all and
    stands in the plural (Розенталь: однородные подлежащие перед сказуемым). A lone «рычание помогают» stays
    reported."""
    start = max(text.rfind(mark, 0, finding.offset) for mark in ".!?;:\n") + 1
    before = [m.group().lower() for m in _TOKEN.finditer(text, start, finding.offset)]
    while before and before[-1] in _BEFORE_LAST - _JOINS:
        before.pop()
    if len(before) < 2 or before[-1] not in _JOINS:
        return False
    before.pop()
    while before and before[-1] in _BEFORE_LAST:
        before.pop()  # «и даже», «а также»
    if not before or before[-1] == ",":
        return False
    from app.core.grammar.rules._base import parses

    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(before[-1])[:3])


# Words that may stand between a preposition and its noun: «в другой банк», «за весь период», «на эти 3 дня».
_BETWEEN_PREPOSITION_AND_NOUN = frozenset({"ADJF", "PRTF", "NUMR", "NPRO"})


def _noun_of_a_preposition(text: str, finding: Finding) -> bool:
    """SoglasovanieNN_Verb reads the noun right before a plural verb as its subject. A noun governed by a preposition
    («в другой банк», «за весь период») is never a subject: when a plural nominative stands before that preposition
    in the clause, it is the subject the verb agrees with — «Переводы в другой банк зачисляются», «Проценты за весь
    период пересчитываются». «Перевод в другой банк зачисляются» (no plural subject) stays reported."""
    from app.core.grammar.rules._base import parses

    start = max(text.rfind(mark, 0, finding.offset) for mark in ".!?;:\n") + 1
    before = [m.group().lower() for m in _WORD.finditer(text, start, finding.offset)]
    k = len(before) - 1
    while k >= 0 and not any(p.tag.POS == "PREP" for p in parses(before[k])[:1]) \
            and any(p.tag.POS in _BETWEEN_PREPOSITION_AND_NOUN for p in parses(before[k])[:2]):
        k -= 1
    if k < 1 or not any(p.tag.POS == "PREP" for p in parses(before[k])[:1]):
        return False
    return any(readings[0].tag.POS in ("NOUN", "NPRO") and any(
        p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" and p.tag.number == "plur" and "Fixd" not in p.tag
        and p.tag.person not in ("1per", "2per") for p in readings) for readings in map(parses, before[:k]) if readings)


def _object_of_the_infinitive(text: str, finding: Finding) -> bool:
    """SoglasovanieNN_Verb reads a noun before «могли», «хотят» as their subject. When an infinitive that takes an
    object follows with none of its own, and the noun may be an accusative, the noun is that object set first and the
    plural verb has no subject named — «Место могли отдать другому», «Заказ хотят перенести». «Рычание помогают
    выпустить пар» (the infinitive has its object) stays reported."""
    from app.core.grammar.rules._base import parses

    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    following = list(islice(_WORD.finditer(text, finding.offset + finding.length), 2))
    after = [m.group().lower() for m in following]
    if len(words) != 2 or not after or text[finding.offset + finding.length:following[0].start()].strip():
        return False
    if not any(p.tag.POS == "NOUN" and p.tag.case == "accs" for p in parses(words[0])):
        return False
    if not any(p.tag.POS == "INFN" and "tran" in p.tag for p in parses(after[0])[:1]):
        return False
    return not (len(after) > 1 and any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "accs" for p in parses(after[1])))


def _agreement_misread(text: str, finding: Finding) -> bool:
    return _last_of_several_subjects(text, finding) or _noun_of_a_preposition(text, finding) \
        or _object_of_the_infinitive(text, finding)


def _adjectives_of_several(text: str, finding: Finding) -> bool:
    """Unify_Adj_NN_number asks a singular adjective before a plural noun to agree with it. When the adjective is
    the last of several joined by «и», «или» or a comma, each naming one thing, the noun is plural for them all:
    «в первом и втором классах», «в стабильный и предыдущий стабильный выпуски» (Розенталь: определения при
    существительном во множественном числе). «стабильный выпуски» alone stays reported."""
    words = list(_TOKEN.finditer(text, 0, finding.offset))
    from app.core.grammar.rules._base import parses

    def adjective(word: str) -> bool:
        return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "sing" for p in parses(word.lower())[:3])

    k = len(words) - 1
    while k >= 0 and words[k].group() != "," and adjective(words[k].group()):
        k -= 1  # «предыдущий стабильный»: adjectives of the same thing
    if k < 1 or words[k].group().lower() not in _JOINS:
        return False
    return adjective(words[k - 1].group())


# words after which a neuter adjective stands for «what is …»: «самое необходимое», «всё интересное»
_NEUTER_HEADS = frozenset({"самое", "всё", "все"})


def _neuter_standing_alone(text: str, finding: Finding) -> bool:
    """Unify_Adj_NN_gender reads a neuter adjective after «самое» or «всё» as an attribute of the noun after it.
    Such an adjective is a noun of its own, «what is necessary» («на самое необходимое компания тратит», «всё
    интересное команда покажет»), and the noun after it is the subject of the verb that follows it. «самое
    интересное книга.» with no verb after the noun, and an adjective that is not neuter, stay reported."""
    from app.core.grammar.rules._base import parses

    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    before = _WORD.findall(text[max(0, finding.offset - 12):finding.offset])
    if len(words) != 2 or not before or before[-1].lower() not in _NEUTER_HEADS:
        return False
    adjective = [p for p in parses(words[0].lower()) if p.score >= 0.05]
    noun = [p for p in parses(words[1].lower()) if p.score >= 0.05]
    after = _WORD.match(text, finding.offset + finding.length + 1)
    if after is not None and after.group().lower() == "не":
        after = _WORD.match(text, after.end() + 1)
    verb = [p for p in parses(after.group().lower()) if p.score >= 0.05] if after is not None else []
    return bool(adjective) and all(p.tag.POS == "ADJF" and p.tag.gender == "neut" and p.tag.number == "sing"
                                   for p in adjective) \
        and bool(noun) and all(p.tag.POS == "NOUN" and (p.tag.gender != "neut" or p.tag.number != "sing")
                               for p in noun) \
        and bool(verb) and all(p.tag.POS == "VERB" and p.tag.number == noun[0].tag.number for p in verb)


def _repeat_over_heading(text: str, finding: Finding) -> bool:
    """WORD_REPEAT_RULE reads the last word of a heading in capitals and the same word opening the sentence after it
    as one word typed twice: «ЗАКОН ДЕЖУРНОГО Дежурный отвечает первым». The heading ends between them."""
    from app.core.grammar.misreads import heading_end

    end = heading_end(text)
    return finding.offset < end < finding.offset + finding.length


# Verbs of posture and going on to do a thing, followed by the thing in the same form: one predicate of spoken
# Russian, «сидит читает», «стоит курит», «пойду посмотрю».
_POSTURE_OR_GOING = frozenset({"сидеть", "стоять", "лежать", "идти", "пойти"})


def _posture_and_action(text: str, finding: Finding) -> bool:
    """Verb_and_Verb asks for an infinitive after a finite verb («хочет пойдёт» → «хочет пойти»), Verb_comma_Verb a
    comma between two verbs as between two predicates («сидел, читал»). After a verb of
    posture or of going, a second verb of the same person, number and tense tells what is done meanwhile or next:
    «Лягушка сидит примеряется», «Пойду посмотрю» — spoken, and right."""
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    if len(words) != 2 or words[0].lower() == words[1].lower():
        return False  # «стоит, стоит»: a verb repeated tells how long, and takes its comma
    from app.core.grammar.rules._base import parses

    first = [p for p in parses(words[0].lower()) if p.tag.POS == "VERB" and p.normal_form in _POSTURE_OR_GOING]
    second = [p for p in parses(words[1].lower())[:2] if p.tag.POS == "VERB"]
    return any(_form(a) == _form(b) for a in first for b in second)


_WILL = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})


def _subject_of_a_future(text: str, finding: Finding) -> bool:
    """Verb_and_Verb reads a word before «будет» as a finite verb when the dictionary knows it only as one: «водила
    будет ждать» (colloquial «водила», a driver). «будет» with an infinitive after it is a compound future, whose
    word before can only be its subject: no two verbs in a row. «Он хочет будет ждать» — no infinitive after
    «будет» there would be a second verb — is not what this test sees: the infinitive must follow."""
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    if len(words) != 2 or words[1].lower() not in _WILL:
        return False
    following = list(islice(_WORD.finditer(text, finding.offset + finding.length), 1))
    if not following or text[finding.offset + finding.length:following[0].start()].strip():
        return False
    from app.core.grammar.rules._base import parses

    return any(p.tag.POS == "INFN" for p in parses(following[0].group())[:1])


def _unit_per(text: str, finding: Finding) -> bool:
    """Verb_and_PREP reads «с» after a slash as the preposition before a verb: «100 Мбит/с имеет смысл». After a
    slash it is the unit's «in a second» («км/ч», «м/с»), no preposition."""
    return text[finding.offset:finding.offset + 1].lower() == "с" and text[finding.offset - 1:finding.offset] == "/"


def _form(p) -> tuple:
    return p.tag.person, p.tag.number, p.tag.gender, p.tag.tense, p.tag.mood


_VERB_FORMS = frozenset({"VERB", "INFN", "GRND"})


def _verb_with_its_own_ne(text: str, finding: Finding) -> bool:
    """DoubleNE reads «не» before a verb that begins with «не» as two negations. «Не» with a verb is written apart, so
    a verb that begins with it has it as part of the word, a prefix or a root: «Не недооценивайте сроки»
    («недо-»), «Не ненавидь его» — one negation. «не невнимателен», an adjective, stays reported."""
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    if len(words) != 2 or words[0].lower() != "не" or not words[1].lower().startswith("не"):
        return False
    from app.core.grammar.rules._base import parses

    readings = [p for p in parses(words[1].lower()) if p.is_known]
    return bool(readings) and all(p.tag.POS in _VERB_FORMS for p in readings)


# A capitalised part of a name and its apostrophe right before the finding: «Ша'», «Д'».
_NAME_BEFORE_APOSTROPHE = re.compile(r"(?<![\w'’])[А-ЯЁA-Z][а-яёa-z]*['’]$")


def _part_after_apostrophe(text: str, finding: Finding) -> bool:
    """Cap_Letters_Name asks a capital for a name in small letters. After a capitalised part and an apostrophe
    («Ша'рин», «Д'артаньян» as some write it) the word goes on with the same name, whose capital is already there."""
    return bool(_NAME_BEFORE_APOSTROPHE.search(text, 0, finding.offset))


_WORD_AND_DOT = re.compile(r"([А-Яа-яЁё]+)\.\s+$")


def _after_an_abbreviation(text: str, finding: Finding) -> bool:
    """UPPERCASE_SENTENCE_START reads a small letter after a dot as a new sentence. After an abbreviation the
    dictionary has («около 9 мес. до запуска», «д. 5») the sentence goes on. «Я посмотрел. как…» stays reported."""
    before = _WORD_AND_DOT.search(text, 0, finding.offset)
    if before is None:
        return False
    from app.core.grammar.rules._base import parses

    return any("Abbr" in p.tag and p.is_known for p in parses(before.group(1).lower())[:1])


# «— это» and up to two words of the noun («— это временная блокировка банка, она снимется»)
_NAMED_AFTER_DASH = re.compile(r"\w\s+[—–]\s+(?:это\s+)?(?:[а-яё]+\s+){0,2}$")


def _subject_after_its_verb(text: str, finding: Finding) -> bool:
    """grammar_Duplication… reads «существительное, он + глагол» as a subject repeated by a pronoun («Курьер, он
    приедет»). When the noun follows a verb of its own part («заказ получил Пётр Лукин, он расписался»), it is the
    subject of that verb, set after it, and the pronoun opens the next clause: no repetition. So it is after a dash
    that makes it the predicate of a clause with no verb («ваш мастер — Пётр Лукин, он позвонит», «платёж — это
    временная блокировка, она снимется»). A noun opening
    its part («Пётр Лукин, он расписался») stays reported."""
    start = max(text.rfind(mark, 0, finding.offset) for mark in ".!?;:\n,") + 1
    if _NAMED_AFTER_DASH.search(text, start, finding.offset):
        return True
    from app.core.grammar.rules._base import parses

    return any(readings and readings[0].tag.POS == "VERB" and "indc" in readings[0].tag
               for readings in (parses(m.group().lower()) for m in _WORD.finditer(text, start, finding.offset)))


FORM_TESTS = {
    "grammar_Duplication_by_the_pronoun_of_the_noun-subject": _subject_after_its_verb,
    "UPPERCASE_SENTENCE_START": _after_an_abbreviation,
    "Cap_Letters_Name": _part_after_apostrophe,
    "DoubleNE": _verb_with_its_own_ne,
    "SoglasovanieNN_Verb": _agreement_misread,
    "Unify_Adj_NN_number": _adjectives_of_several,
    "Unify_Adj_NN_gender": _neuter_standing_alone,
    "WORD_REPEAT_RULE": _repeat_over_heading,
    "Verb_and_Verb": lambda text, finding: _posture_and_action(text, finding) or _subject_of_a_future(text, finding),
    "Verb_and_PREP": _unit_per,
    "Two_PREP": _unit_per,  # «до 1 Мбит/с до конца месяца»
    "Verb_comma_Verb": _posture_and_action,
    "Pravopisanie_po-prezhnemu": adjective_for_a_noun,
}


def misread_form(text: str, finding: Finding) -> bool:
    """``finding`` (an engine's) misreads a word form or an agreement of correct Russian."""
    if finding.rule_id.startswith("PREP_") and finding.rule_id.lower().endswith("_and_noun") \
            and _case_the_dictionary_knows(text, finding):
        return True
    test = FORM_TESTS.get(finding.rule_id)
    return bool(test and test(text, finding)) or for_a_person(text, finding) or misread_order(text, finding) \
        or misread_substantive(text, finding)
