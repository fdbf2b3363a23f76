"""Согласование сказуемого с подлежащим по дереву: «курьер и менеджер свяжутся», «цены обновляются»,
«услуга недоступна», «мы проверили заказ и вернём деньги» — подлежащее не обязательно стоит рядом.

The parse says which word is the subject and which the predicate (a second predicate joined by
«и» shares the first one's subject); the dictionary decides whether they agree. A finding needs
every dictionary reading of both words to disagree, so a word the tagger misreads is never the
reason. Left alone: numbers and quantities («два заказа пришло», «большинство ответили»), a noun
that may be an object of a verb with no subject («заказ отправили» — someone sent it), genitive
subjects under negation («денег не хватает»), a verb before two subjects («пришёл ответ и чек»).
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, match_case, parses
from app.core.grammar.rules.agreement import _QUANTITY, SUBJECT_VERB
from app.core.grammar.rules.capitals import TITLES

RULES = ()  # the findings carry OURS_SUBJECT_VERB_AGREEMENT: one rule to the learner

_SUBJECT = ("nsubj", "nsubj:pass")
_REACH = 8  # tokens between a subject and its predicate (four more for a second predicate)
# verbs that take a genitive of quantity as their subject: «денег не хватает», «заказов прибавилось»
_QUANTITY_VERBS = frozenset({"хватать", "хватить", "недоставать", "прибавиться", "прибавляться", "убавиться",
                             "набраться", "накопиться", "остаться", "оставаться"})
_PREDICATE_POS = ("VERB", "PRTS", "ADJS")
_COUNTING = frozenset({"сколько", "столько", "много", "мало", "несколько", "немало", "немного", "больше", "меньше",
                       "более", "менее", "около", "половина", "оба", "обе"})
_INVARIABLE = frozenset({"есть", "нет", "суть"})  # «у нас есть товары»
_NAMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


class _Subject:
    """Person, number and gender (None: any) the predicate must take."""

    def __init__(self, person: str, number: str, gender: str | None, accusative: bool, genitive: bool) -> None:
        self.person, self.number, self.gender = person, number, gender
        self.accusative = accusative  # the same form may be an object («заказ отправили»)
        self.genitive = genitive  # the same form may be a genitive («цены нет»)


def _noun_subject(word: str) -> _Subject | None:
    readings = [p for p in parses(word) if "Infr" not in p.tag and p.score >= 0.01]
    if any(g in p.tag for p in readings for g in _NAMES):
        return None  # a person's name: its gender is the person's
    nominative = [p for p in readings if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    if not nominative or any(p.normal_form in _QUANTITY for p in readings):
        return None
    numbers = {p.tag.number for p in nominative}
    if len(numbers) != 1:
        return None
    genders = {p.tag.gender for p in nominative}
    # a title agrees with the person it names: «Его величество доволен», «Её величество довольна»
    free = any("ms-f" in p.tag or "Fixd" in p.tag or "anim" in p.tag and p.tag.gender == "masc"
               or p.normal_form in TITLES for p in nominative)
    return _Subject("3per", numbers.pop(), None if free or len(genders) != 1 else genders.pop(),
                    any(p.tag.case == "accs" for p in readings), any(p.tag.case == "gent" for p in readings))


# «который» in the nominative as a clause's subject: its verb agrees with it («девочка, которая сидит»);
# the forms that are also accusatives may be the clause's object («отзыв, который оставили»)
_RELATIVES = {"который": ("sing", "masc", True), "которая": ("sing", "femn", False),
              "которое": ("sing", "neut", True), "которые": ("plur", None, True)}


def _subject_of(t: Text, sent, tok) -> _Subject | None:
    if tok.low in SUBJECT_PRONOUNS:
        person, number, gender = SUBJECT_PRONOUNS[tok.low]
        return _Subject(person, number, gender, False, False)
    if tok.low in _RELATIVES:
        number, gender, accusative = _RELATIVES[tok.low]
        if accusative and any(c.rel == "xcomp" for c in sent.children(tok.head)):
            return None  # «ошибки, которые научился ценить»: «которые» may be the infinitive's object
        return _Subject("3per", number, gender, accusative, False)
    if tok.low in _ONE and any(c.rel == "nmod" and any(g.low == "из" for g in sent.children(c.index))
                               for c in sent.children(tok.index)):
        return _Subject("3per", "sing", _ONE[tok.low], False, False)  # «ни один из кандидатов не подошёл»
    if tok.pos not in ("NOUN", "PROPN") or not tok.text.isalpha():
        return None
    k = t.word_of(tok)
    if k is None or t.name_like(k):
        return None  # a name: its gender is not in the dictionary
    for before in (t.word(k - 1), t.word(k - 2) if not _counted_before(t, k, tok) else None):
        if before is not None and (before.text[:1].isdigit() or before.low in _COUNTING or any(
                p.tag.POS == "NUMR" for p in parses(before.text))):
            return None  # «пять человек пришло», «сколько человек пришло»
    if any(c.rel in ("nummod", "nummod:gov", "det:nummod") for c in sent.children(tok.index)):
        return None
    if _group_of_many(sent, tok):
        group = next(p for p in parses(tok.text) if p.tag.POS == "NOUN" and p.tag.case == "nomn")
        return _Subject("3per", "sing", group.tag.gender, False, False)
    s = _noun_subject(tok.text)
    if s is not None and s.genitive and _no_genitive_modifier(sent, tok):
        s.genitive = False  # «Старые счета остается»: «старые» shows «счета» is no genitive «счёта»
    return s


def _counted_before(t: Text, k: int, tok) -> bool:
    """The word before the noun at k is a noun a number before it counts, and the noun has no genitive reading to be
    counted too: «через 3 дня деньги не будет» (→ «будут»); «5 тысяч рублей ушло» is counted whole."""
    before = t.word(k - 1)
    return before is not None and t.plain_gap(k) and bool(readings := parses(before.text)) \
        and all(p.tag.POS == "NOUN" for p in readings) \
        and not any(p.tag.case == "gent" for p in parses(tok.text) if "Infr" not in p.tag)


def _no_genitive_modifier(sent, tok) -> bool:
    """An adjective or determiner before the noun, of its own, that cannot be a genitive: the noun is not one."""
    return any(c.rel in ("amod", "det") and c.index < tok.index and (readings := [
        p for p in parses(c.text) if p.tag.POS in ("ADJF", "PRTF")]) and not any(p.tag.case == "gent" for p in readings)
        for c in sent.children(tok.index))


# «один из …» agrees in the singular, in its own gender
_ONE = {"один": "masc", "одна": "femn", "одно": "neut"}
# nouns of a share of a group: with the group in the genitive plural their verb is plural or agrees with them
# («большинство сотрудников ушли» or «ушло», never «ушёл»)
_GROUPS = frozenset({"большинство", "меньшинство", "часть", "половина", "множество"})


def _group_of_many(sent, tok) -> bool:
    return tok.low in _GROUPS and any(c.rel == "nmod" and c.feat("Case") == "Gen" and c.feat("Number") == "Plur"
                                      and c.index == tok.index + 1 for c in sent.children(tok.index))


def _is_predicate(p) -> bool:
    return p.tag.POS in _PREDICATE_POS and (p.tag.POS != "VERB" or p.tag.mood == "indc")


def _readings(tok):
    """The predicate readings of a word, or () if it may be something else: every reading must be a
    predicate form, or the others nouns and the tagger must see a finite verb or a short form
    («рада» is also a noun, «готов» a rare plural of «гот»)."""
    readings = [p for p in parses(tok.text) if p.tag.mood != "impr"]
    if not readings:
        return ()
    if all(_is_predicate(p) for p in readings):
        return readings
    if all(_is_predicate(p) or p.tag.POS == "NOUN" for p in readings) and tok.pos in ("VERB", "ADJ", "AUX") and (
            tok.feat("Variant") == "Short" or tok.feat("VerbForm") == "Fin"):
        return [p for p in readings if _is_predicate(p)]
    return ()


def _agrees(p, s: _Subject) -> bool:
    if p.tag.POS == "VERB" and p.tag.tense != "past":
        return p.tag.number == s.number and p.tag.person == s.person
    if p.tag.number != s.number:
        return False
    return s.number == "plur" or s.gender is None or p.tag.gender == s.gender or p.tag.gender == "neut" and s.genitive


def _could_be_subject(tok, readings) -> bool:
    if tok.low in SUBJECT_PRONOUNS:
        return any(_agrees(r, _Subject(*SUBJECT_PRONOUNS[tok.low], False, False)) for r in readings)
    for p in parses(tok.text):
        if p.tag.case == "nomn" and p.tag.POS == "NOUN" and p.normal_form not in _QUANTITY:
            other = _Subject("3per", p.tag.number, p.tag.gender, False, False)
            if any(_agrees(r, other) for r in readings):
                return True
    return tok.pos == "PROPN"


def _fixed(readings, s: _Subject) -> str | None:
    forms = set()
    for p in readings:
        wanted = ({s.number, s.person} if p.tag.POS == "VERB" and p.tag.tense != "past"
                  else {"plur"} if s.number == "plur" else {"sing", s.gender} if s.gender else None)
        if wanted and (f := p.inflect(wanted)) is not None:
            forms.add(f.word)
    return forms.pop() if len(forms) == 1 else None


def _companion(t: Text, subj) -> bool:
    """«с» and a person (a noun or a pronoun) right after the subject."""
    k = t.word_of(subj)
    prep, other = (t.word(k + 1), t.word(k + 2)) if k is not None else (None, None)
    return prep is not None and other is not None and prep.low in ("с", "со") and any(
        "anim" in p.tag or p.tag.POS == "NPRO" for p in parses(other.text))


def _coordinated(sent, subj) -> bool | None:
    """The subject is one of two or more joined by «и» (a list may have commas before its last «и»);
    None for nouns joined by commas alone: «Второй тип, индексированные палитры, формирует…» may be
    one thing named twice, a list the writer left open, or a misparse."""
    conjuncts = [c for c in sent.children(subj.index)
                 if c.rel == "conj" and c.pos in ("NOUN", "PROPN", "PRON") and _nominative(c)]
    if _second_of_a_pair(sent, subj):
        return True
    marks = [{g.low for g in sent.children(c.index) if g.rel == "cc"} for c in conjuncts]
    if any(m == {"и"} for m in marks) and all(not m or m == {"и"} for m in marks):
        return True
    if any(m & {"или", "либо"} for m in marks):
        return None  # «категория или элемент выбраны/выбран»: either number is used
    return None if conjuncts and not any(marks) else False


def _second_of_a_pair(sent, subj) -> bool:
    """«…, номер и баланс сохранятся»: the parse hung the first of two subjects on a noun of the clause before and
    gave the second its «и». A nominative noun with no preposition of its own right before that «и», after a comma
    or opening the sentence, is the first subject of the pair."""
    toks = sent.tokens
    k = subj.index
    if k < 2 or toks[k - 1].low != "и" or toks[k - 1].head != k:
        return False
    first = toks[k - 2]
    return first.pos in ("NOUN", "PROPN") and first.feat("Case") == "Nom" and _nominative(first) \
        and not any(c.rel == "case" for c in sent.children(first.index)) and (k == 2 or toks[k - 3].text == ",")


def _list_inside(sent, subj) -> bool:
    """«Влияют загрузка склада и праздники»: after its verb, the parse may hang the subject's fellow subjects on
    the subject's own genitive; a noun that may be a nominative, joined by «и» inside the subject's phrase, makes
    it one of several."""
    return any(c.index != subj.index and c.rel == "conj" and c.pos in ("NOUN", "PROPN") and _nominative(c)
               and any(g.rel == "cc" and g.low == "и" for g in sent.children(c.index))
               for c in sent.subtree(subj.index))


# Suffixes of nouns naming a quality, a state or an action: «скорость», «мастерство», «терпение».
_ABSTRACT = ("ость", "есть", "ство", "ние", "тие")


def _abstract_pair(sent, subj) -> bool:
    """The subject and every noun joined to it name qualities or states: with them the verb may stay in the
    singular, agreeing with the nearest (Розенталь: «Его сила и выносливость поражает»)."""
    joined = [subj, *(c for c in sent.children(subj.index) if c.rel == "conj")]
    return all(any(p.tag.POS == "NOUN" and "inan" in p.tag and p.normal_form.endswith(_ABSTRACT)
                   for p in parses(tok.text)[:2]) for tok in joined)


def _nominative(tok) -> bool:
    """The word may stand in the nominative: «путь между городом и рекой» joins no second subject."""
    return tok.pos == "PROPN" and not tok.feat("Case") or any(p.tag.case == "nomn" for p in parses(tok.text))


def _subject_before(sent, subj, pred, readings) -> bool:
    """A noun before the chosen subject, in its clause, in the nominative and with no preposition, agrees with
    the predicate: the parse took its dependent for the subject («Фильтр шума помогает…»: not «шума»). A noun
    after the subject is left alone: «Стоимость услуги изменились» is the slip to report."""
    own = {tok.index for tok in sent.subtree(subj.index)}
    for c in sent.tokens[:subj.index]:
        if c.pos not in ("NOUN", "PROPN", "PRON") or c.low in _COUNTING or c.rel == "conj":
            continue
        if any(sent.tokens[j].pos == "PUNCT" and j not in own for j in range(c.index + 1, pred.index)):
            continue  # a word of another clause (the subject's own participial phrase is no border)
        if not any(g.rel == "case" for g in sent.children(c.index)) and _could_be_subject(c, readings):
            return True
    return False


def _indeed(sent, subj) -> bool:
    """A conjunct «правда», «впрямь» or «вправду» right after «и»: the particle reading is as likely."""
    return any(c.rel == "conj" and c.low in ("правда", "впрямь", "вправду") and c.index >= 1
               and sent.tokens[c.index - 1].low == "и" for c in sent.children(subj.index))


def _joined_by_and(sent, pred) -> bool:
    """«и», «или» right before the predicate (adverbs and «не» aside), with no comma before it: «вылетает и
    зависает». After a comma, or with words of its own before it, it starts a clause with a subject
    of its own, even an unnamed one: «наставник заболел, а замену ему назначили не сразу»."""
    cc = [g for g in sent.children(pred.index) if g.rel == "cc" and g.index < pred.index]
    if not cc or cc[-1].low not in ("и", "или", "либо"):
        return False
    k = cc[-1].index
    if any(sent.tokens[j].pos == "PUNCT" for j in range(pred.head + 1, k)) or k > 0 and sent.tokens[k - 1].text == ",":
        return False  # «…, они уже на счёте и действуют»: a clause between has a subject of its own
    return all(sent.tokens[j].rel in ("advmod", "discourse") or sent.tokens[j].low == "не" for j in range(k + 1, pred.index))


def _predicates(sent, head):
    """The predicate words the subject's form must agree with: the head (unless a noun or a full
    adjective: «Москва — столица»), its auxiliary («был», «будет») and the predicates joined to it
    by «и» that have no subject of their own."""
    words = [c for c in sent.children(head.index) if c.rel in ("aux", "aux:pass", "cop") and c.low != "бы"]
    words.append(head)
    for c in sent.children(head.index):
        if c.rel == "conj" and c.index > head.index and _joined_by_and(sent, c) and not any(
                g.rel in _SUBJECT for g in sent.children(c.index)):
            words.append(c)  # «вылетает и зависает»; not «готовы, можете забирать» (a clause of its own)
    for c in sent.tokens[head.index + 1:]:
        # «получили жалобу и разберётся»: a finite verb the parse joins to the object before it is the
        # subject's second predicate
        noun = sent.tokens[c.head] if c.head >= 0 else None
        if c.rel == "conj" and noun is not None and noun.head == head.index and noun.rel in ("obj", "obl") \
                and noun.pos in ("NOUN", "PROPN", "PRON") and _finite(c) and _joined_by_and(sent, c) \
                and not any(g.rel in _SUBJECT for g in sent.children(c.index)):
            words.append(c)
    return words


def _finite(tok) -> bool:
    readings = parses(tok.text)
    return bool(readings) and all(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in readings)


def _object_of_intransitive(sent, tok) -> bool:
    """The parse calls the word an object of a verb that takes none («деньги списалось»): it is the
    verb's subject."""
    if tok.rel != "obj" or tok.index > tok.head:
        return False
    verb = parses(sent.tokens[tok.head].text)
    return bool(verb) and all(p.tag.POS == "VERB" and "intr" in p.tag and p.tag.mood == "indc" for p in verb)


def _well_formed(sent) -> bool:
    """One root and no word its own head: the parser's other trees are not trusted."""
    return sum(tok.head < 0 for tok in sent.tokens) == 1 and all(tok.head != tok.index for tok in sent.tokens)


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    if not t.words:
        return found
    for sent in t.analysis.sentences:
        if not _well_formed(sent):
            continue
        for subj in sent.tokens:
            if subj.head < 0 or subj.rel not in _SUBJECT and not _object_of_intransitive(sent, subj):
                continue
            if subj.rel in _SUBJECT and subj.feat("Case") not in ("", "Nom", "Acc"):
                continue  # the tagger reads the subject as a genitive or so («Триггер события возникает»)
            head = sent.tokens[subj.head]
            s = _subject_of(t, sent, subj)
            if s is None or sum(c.rel in _SUBJECT for c in sent.children(head.index)) > 1:
                continue  # two subjects of one word: one of them is an address or a misparse
            if any(c.rel.startswith("csubj") for c in sent.children(head.index)):
                continue  # «доказательства следует взвешивать»: the infinitive is the subject
            # «брат с сестрой пришли», «я с другом поехали»: the plural is right too, but not another gender
            # of the singular («мама с папой был»)
            companion = s.number == "sing" and (_companion(t, subj) or _group_of_many(sent, subj))
            if _indeed(sent, subj):
                continue  # «раздел и правда спрятан»: «и правда» may be «indeed», not a second subject
            coordinated = _coordinated(sent, subj)
            if coordinated is None or not coordinated and subj.index > head.index and _list_inside(sent, subj):
                continue
            if coordinated:
                if subj.index > head.index:
                    continue  # «пришёл ответ и чек»: a verb before its subjects may agree with the first
                if _abstract_pair(sent, subj):
                    continue  # «его сила и ловкость поражает»: qualities joined may take a singular verb
                s = _Subject(s.person, "plur", None, False, False)
            if not companion and subj.low != "вы":  # «вы такой добрый» speaks to one person
                _check_full_adjective(t, sent, subj, head, s, found)
            for pred in _predicates(sent, head):
                _check_pair(t, sent, subj, pred, s, found, pred.rel == "conj" and pred.head == head.index, companion)
    _bare_clause(t, found)
    return found


def _bare_clause(t: Text, found: list[Finding]) -> None:
    """«…, подключение бесплатная.» → «бесплатное»: a clause of two words, a noun and a full adjective in the
    nominative, names a thing and what it is with no «есть» between; the adjective is the predicate and takes the
    noun's gender and number. Only where nothing else is in the clause (the parse of such a clause is unsure), the
    noun can be nothing but a nominative or accusative of a thing, and the adjective nothing but an adjective."""
    for k in range(len(t.words) - 1):
        noun_w, adj_w = t.words[k], t.words[k + 1]
        if not (k == 0 or t.starts_sentence(k) or any(ch in t.gap_before(k) for ch in ",;:")) or not t.plain_gap(k + 1):
            continue
        after = t.gap_before(k + 2) if k + 2 < len(t.words) else t.text[adj_w.end:]
        if not after.strip(" ") or after.strip(" ")[0] not in ".!?,;" or not noun_w.text.isalpha() \
                or not adj_w.text.islower() or noun_w.text[:1].isupper() and not t.starts_sentence(k):
            continue
        nouns = [p for p in parses(noun_w.text) if p.score >= 0.02]
        adjs = [p for p in parses(adj_w.text) if p.score >= 0.02]
        if not nouns or not adjs or any(p.tag.POS != "NOUN" or p.tag.case not in ("nomn", "accs") or "anim" in p.tag
                                        or "Fixd" in p.tag or "ms-f" in p.tag or "Pltm" in p.tag
                                        or set(_NAMES) & p.tag.grammemes for p in nouns) \
                or not any(p.tag.case == "nomn" for p in nouns) \
                or any(p.tag.POS != "ADJF" or p.tag.case not in ("nomn", "accs") for p in adjs) \
                or not any(p.tag.case == "nomn" for p in adjs):
            continue
        if any(a.tag.number == n.tag.number and (n.tag.number == "plur" or a.tag.gender == n.tag.gender)
               for a in adjs for n in nouns if n.tag.case == "nomn"):
            continue
        noun = next(p for p in nouns if p.tag.case == "nomn")
        wanted = {"nomn", "plur"} if noun.tag.number == "plur" else {"nomn", "sing", noun.tag.gender}
        forms = {f.word for a in adjs if (f := a.inflect(wanted)) is not None}
        found.append(finding(SUBJECT_VERB, adj_w.start, adj_w.end,
                             *((match_case(adj_w.text, forms.pop()),) if len(forms) == 1 else ())))


def _contiguous(sent, subj, pred, head) -> bool:
    """Every word between the subject and the predicate belongs to the subject's phrase or to the
    predicate's (for a second predicate, to the first one's); a subject after its predicate has only
    its own words between them and is the subject of a short form («приятен ваш отзыв»). A parse that joins words across a clause
    border is not trusted."""
    own = {tok.index for tok in sent.subtree(subj.index)}
    if subj.index > pred.index:
        return (pred.feat("Variant") == "Short" or _before_its_subject(sent, subj, pred)) and all(
            k in own and sent.tokens[k].pos != "PUNCT" for k in range(pred.index + 1, subj.index))
    if sum(sent.tokens[k].text == "," for k in range(subj.index + 1, pred.index)) % 2:
        return False  # «Пока не узнаю, где мы, ничего не стану»: one comma between ends the subject's clause
    inside = own | {tok.index for tok in sent.subtree(head.index) if tok.index >= subj.index}
    if any(sent.tokens[k].pos == "SCONJ" and k not in own for k in range(subj.index + 1, pred.index)):
        return False  # «та разница, что за обедом сладкое подают»: a clause of its own begins between them
    return all(k in inside for k in range(subj.index + 1, pred.index))


def _before_its_subject(sent, subj, pred) -> bool:
    """A finite verb that takes no object right before its subject, with only the subject's own «мои», «новая»
    between them: «заболел дочка», «пришли новая партия», «начнётся занятия» (the writer began the sentence
    with another subject in mind). Not with «не», after which a genitive may be the subject («не пришло
    ответа»), and not a verb that may take the noun as its object."""
    if pred.feat("VerbForm") != "Fin" or pred.head >= 0 and sent.tokens[pred.head].rel == "conj" or any(
            c.low == "не" for c in sent.children(pred.index)):
        return False
    if any(sent.tokens[k].rel not in ("det", "amod") or sent.tokens[k].head != subj.index
           for k in range(pred.index + 1, subj.index)):
        return False
    readings = [p for p in parses(pred.text) if p.tag.mood != "impr"]  # «пришли!» cannot have a subject
    return bool(readings) and all(p.tag.POS == "VERB" and p.tag.mood == "indc" and (
        "intr" in p.tag or p.normal_form.endswith(("ся", "сь"))) for p in readings)


def _plural_before_single(sent, subj, pred, s: _Subject) -> bool:
    """A plural verb that takes no object right before a singular subject: «вчера приходили мастер» (the
    writer began with «мастера» in mind). Numbers and genitives of quantity agree otherwise, and a
    transitive verb's noun after it is more often its object."""
    if subj.index != pred.index + 1 or s.number != "sing" or pred.feat("VerbForm") != "Fin":
        return False
    readings = parses(pred.text)
    return bool(readings) and all(p.tag.POS == "VERB" and p.tag.number == "plur" and "intr" in p.tag
                                  and p.tag.mood == "indc" for p in readings)


def _check_pair(t: Text, sent, subj, pred, s: _Subject, found: list[Finding], second: bool,
                companion: bool = False) -> None:
    """``second``: a predicate joined by «и» to the subject's own one, which the subject agrees with;
    ``companion``: the subject has «с» and a person after it, so the plural agrees as well."""
    if pred.low in _INVARIABLE or abs(pred.index - subj.index) > _REACH + 4 * second or not (_contiguous(
            sent, subj, pred, sent.tokens[subj.head]) or _plural_before_single(sent, subj, pred, s)):
        return  # a parse that joins words far apart is not trusted
    if subj.low not in SUBJECT_PRONOUNS and any(p.tag.person in ("1per", "2per") for p in parses(pred.text)):
        return  # «штраф уберу в течение часа»: a noun before a verb of «я», «мы» is its object
    if any(tok.text in (":", ";") for tok in sent.tokens[min(subj.index, pred.index) + 1:max(subj.index, pred.index)]):
        return  # «Рассрочка без переплаты: 36 000 ₽ делятся…»: the colon opens a clause with a subject of its own
    if pred.index < subj.index and s.person == "3per" and any(
            p.tag.person in ("1per", "2per") for p in parses(pred.text)):
        return  # «Надеюсь он справится», «Думаешь она придёт?»: the pronoun opens a clause, its comma left out
    if not pred.text.isalpha() or pred.low in ("было", "будет") and pred.rel in ("aux", "aux:pass", "cop") and (
            s.number == "sing" and pred.low == "будет"):
        return
    readings = _readings(pred)
    if not readings or any(_agrees(p, s) for p in readings):
        return
    if companion and (any(_agrees(p, _Subject(s.person, "plur", None, False, False)) for p in readings)
                      or s.gender is None):
        return
    if second and all(p.tag.number == "sing" and p.tag.gender == "neut" for p in readings):
        return  # «…определён источник и указано, может ли…»: an impersonal second clause
    if pred.low == "может" and pred.index + 1 < len(sent.tokens) and sent.tokens[pred.index + 1].low == "быть":
        return  # «Вы может быть спрашиваете»: «может быть» is a parenthesis with its commas missing
    plural_verb = all(p.tag.number == "plur" for p in readings)
    transitive = any("tran" in p.tag for p in readings if p.tag.POS == "VERB")
    own_object = subj.index < pred.index and any(c.rel == "obj" and c.index > pred.index and c.pos == "NOUN"
                                                 and c.low not in _QUANTITY for c in sent.children(pred.index))
    if plural_verb and s.number == "sing" and s.accusative and not second and not own_object and (
            transitive or all(p.tag.POS != "VERB" for p in readings)):
        return  # «заказ отправили»: someone sent it, «заказ» is the object (not «молодёжь смотрят телевизор»)
    if s.accusative and not own_object and all(p.tag.POS == "VERB" and "tran" in p.tag for p in readings):
        return  # «номер заблокировала»: the object first, the subject («я») left out
    if s.genitive and any(p.normal_form in _QUANTITY_VERBS for p in readings):
        return
    if s.accusative and subj.index < pred.index and _infinitive_takes_it(sent, pred):
        return  # «подарок хочется получить»: the noun is the object of the infinitive, the verb has no subject
    if s.genitive and any(c.low == "не" for c in sent.children(pred.index)):
        return  # «цены не было»
    if pred.index < subj.index and s.number == "plur" and all(p.tag.number == "sing" for p in readings) and (
            all(p.tag.gender == "neut" for p in readings if p.tag.tense == "past")) and not (
            _before_its_subject(sent, subj, pred) and any(p.tag.tense != "past" for p in readings)):
        return  # «было три заказа», «прошло два дня» are numbers the parse may miss
    if any(c.index != subj.index and c.pos in ("NOUN", "PROPN", "PRON") and _could_be_subject(c, readings)
           and not any(g.rel == "case" for g in sent.children(c.index)) for c in sent.children(pred.index)):
        return  # «письмо написала сестра»: another word of the verb may be its subject
    if _subject_before(sent, subj, pred, readings):
        return
    if s.accusative and transitive and all(p.tag.gender == "neut" and p.tag.number == "sing" for p in readings):
        return  # «дом затопило»: an impersonal verb and its object
    if 0 < subj.index < pred.index and sent.tokens[subj.index - 1].low in ("это", "то", "всё") and any(
            _agrees(p, _Subject("3per", "sing", "neut", False, False)) for p in readings):
        return  # «это правда неочевидно»: «это» is the subject, the noun after it a word of emphasis
    k = t.word_of(pred)
    if k is None:
        return
    fixed = _fixed(readings, s)
    w = t.words[k]
    found.append(finding(SUBJECT_VERB, w.start, w.end, *((match_case(w.text, fixed),) if fixed else ())))


def _infinitive_takes_it(sent, pred) -> bool:
    """The predicate governs an infinitive after it that takes an object and has none of its own: the noun the
    parse calls the predicate's subject is that object, set first («подарок хочется получить вовремя», «эту
    форму придётся заполнить заново»)."""
    return any(c.rel == "xcomp" and c.index > pred.index and c.feat("VerbForm") == "Inf"
               and not any(g.rel == "obj" for g in sent.children(c.index))
               and any(p.tag.POS == "INFN" and "tran" in p.tag for p in parses(c.text))
               for c in sent.children(pred.index))


def _check_full_adjective(t: Text, sent, subj, head, s: _Subject, found: list[Finding]) -> None:
    """A full adjective after «был», «была», «будет» agrees with the subject in number and gender, in the
    nominative or the instrumental: «зима была холодной» or «холодная», not «холодный»."""
    if head.pos != "ADJ" or subj.index > head.index or not any(
            c.rel == "cop" and c.index < head.index for c in sent.children(head.index)):
        return
    if head.index + 1 < len(sent.tokens) and sent.tokens[head.index + 1].pos in ("NOUN", "PROPN", "ADJ"):
        return  # «была холодный ветер»: the adjective may belong to a noun the parse lost
    readings = [p for p in parses(head.text) if p.score >= 0.02]
    if not readings or any(p.tag.POS != "ADJF" for p in readings) or not _contiguous(sent, subj, head, head):
        return
    if any(p.tag.case in ("nomn", "ablt") and p.tag.number == s.number and (
            s.number == "plur" or s.gender is None or p.tag.gender == s.gender) for p in readings):
        return
    if not any(p.tag.case in ("nomn", "ablt") for p in readings):
        return  # another case: «была без сил», «был в восторге» are not the adjective's agreement
    wanted = {"plur"} if s.number == "plur" else {"sing", s.gender} if s.gender else None
    if wanted is None:
        return
    forms = [f.word for case in ("ablt", "nomn") if (f := readings[0].inflect(wanted | {case})) is not None]
    k = t.word_of(head)
    if k is not None:
        w = t.words[k]
        found.append(finding(SUBJECT_VERB, w.start, w.end, *(match_case(w.text, f) for f in dict.fromkeys(forms))))
