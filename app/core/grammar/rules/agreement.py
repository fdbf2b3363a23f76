"""Согласование: «ваша заявка» (а не «ваш заявка»), «заказ был доставлен», «мы проверим»."""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import (PAUCAL, SUBJECT_PRONOUNS, RuleInfo, Text, finding, likeliest_pos, match_case,
                                         parses)
from app.core.grammar.rules.capitals import TITLES
from app.core.grammar.rules.governed_case import _PREPOSITIONS
from app.core.phrase import phrase

ADJ_NOUN = RuleInfo(
    "OURS_ADJ_NOUN_AGREEMENT",
    phrase("Согласование определения с существительным"),
    phrase("Определение не согласовано с существительным."),
    phrase("Прилагательное, причастие и местоимение («ваш», «наш», «этот») стоят в том же роде, числе и "
    "падеже, что и существительное, к которому они относятся: «ваша заявка», «наш специалист», "
    "«в вашем заказе», «эти данные»."),
    Category.GRAMMAR,
)
SUBJECT_VERB = RuleInfo(
    "OURS_SUBJECT_VERB_AGREEMENT",
    phrase("Согласование подлежащего и сказуемого"),
    phrase("Сказуемое не согласовано с подлежащим."),
    phrase("Глагол-сказуемое согласуется с подлежащим: в прошедшем времени — в роде и числе («заказ был "
    "доставлен», «заявка была принята», «деньги поступили»), в настоящем и будущем — в лице и "
    "числе («мы проверим», «вы можете», «я уточню»). При вежливом «вы» глагол и краткое "
    "причастие стоят во множественном числе: «вы оформили», «вы записаны»."),
    Category.GRAMMAR,
)

PREDICATIVE = RuleInfo(
    "OURS_PREDICATIVE_FORM",
    phrase("Слово состояния без подлежащего"),
    phrase("В предложении без подлежащего здесь нужна форма на «-о»."),
    phrase("В предложениях без подлежащего вида «нам приятно работать с вами», «вам нужно подтвердить "
    "заказ», «мне важно знать», «нам приятно, что вы выбрали нас», «мне нужно, чтобы вы перезвонили» "
    "слово состояния стоит в форме на «-о»: «приятно», «нужно», «важно», «удобно». Форма «приятна», "
    "«нужен» согласуется с подлежащим: «работа нам приятна», «нам приятен ваш отзыв»."),
    Category.GRAMMAR,
)

RULES = (ADJ_NOUN, SUBJECT_VERB, PREDICATIVE)

_BETWEEN = frozenset({"не", "уже", "еще", "ещё", "успешно", "вчера", "сегодня", "только", "также", "тоже"})


# pymorphy3's second locative and genitive («в лесу», «чаю») agree with the plain case
_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs", "gen1": "gent", "loc1": "loct"}
# «Большинство», «ряд», «часть» take a verb in the plural as well: «большинство ответили»
# a span of time in the accusative says how long, it is no subject: «месяц не спала», «сертификат действителен год»
_SPANS = frozenset({"месяц", "год", "день", "час", "век", "вечер", "миг", "момент", "раз", "семестр",
                    "сезон", "квартал", "период", "срок", "утро", "лето", "время"})
_QUANTITY = frozenset({"большинство", "меньшинство", "ряд", "часть", "множество", "половина", "масса",
                       "группа", "сотня", "тысяча", "десяток", "пара", "треть", "четверть", "количество"}) | _SPANS
# the dependency relations that make a word the subject of its verb
_PARSED_SUBJECT = ("nsubj", "nsubj:pass")
_POSSESSIVES = frozenset({"ваш", "наш", "мой", "твой", "свой", "этот"})
_OWNERS = _POSSESSIVES - {"этот"}  # may follow their noun: «дом мой», «тело своё»
# participles that work as plain adjectives: «в следующем месяце», «настоящий паспорт»
_ADJECTIVE_LIKE = ("следующ", "настоящ", "будущ", "бывш", "текущ", "действующ", "подходящ")
_DETERMINERS = frozenset({"ваш", "наш", "мой", "твой", "свой", "этот", "тот", "такой", "какой", "каждый",
                          "весь", "любой", "никакой", "некоторый", "данный", "другой", "иной", "следующий",
                          "последний", "первый", "новый"})


def _case(tag) -> str | None:
    return _CASES.get(tag.case, tag.case)


def _agree(adj, noun) -> bool:
    if _case(adj.tag) == "accs" and adj.tag.animacy and noun.tag.animacy and adj.tag.animacy != noun.tag.animacy:
        return False  # «никакого ответ»: «никакого» is the accusative of beings only
    if _case(adj.tag) != _case(noun.tag) or adj.tag.number != noun.tag.number:
        # «Fixd» nouns (кафе, пальто) and «ms-f» ones (коллега) take any case or gender
        return "Fixd" in noun.tag and adj.tag.number == noun.tag.number
    if noun.tag.number == "plur":
        return True
    return adj.tag.gender == noun.tag.gender or "ms-f" in noun.tag or noun.tag.gender is None


def _check_adj_noun(t: Text, i: int, found: list[Finding], j: int | None = None) -> None:
    """Adjective i and noun j (the next word, or the one after a dative pronoun: «удобный вам день»)."""
    j = i + 1 if j is None else j
    adj_w, noun_w = t.words[i], t.words[j]
    if not all(t.plain_gap(k) for k in range(i + 1, j + 1)) or noun_w.text[:1].isupper() or not adj_w.text.isalpha():
        return
    adjs, nouns = parses(adj_w.text), parses(noun_w.text)
    if adj_w.low.startswith(_ADJECTIVE_LIKE):
        adjs = tuple(p for p in adjs if p.tag.POS == "ADJF")  # «следующий» is an adjective, not «следовать»
    if adjs and adjs[0].tag.POS == "ADJF":  # «нашей» is hardly ever the imperative of «нашить»
        adjs = tuple(p for p in adjs if p.tag.POS in ("ADJF", "PRTF") or p.score >= 0.01)
    if any(p.tag.POS == "ADJF" for p in adjs) and _tree_joins(t, i, j):
        # «этого месяц», «на третьем этаж»: the parse takes the word as the noun's determiner, so its
        # pronoun or noun readings («это», «третье») are not meant
        adjs = tuple(p for p in adjs if p.tag.POS == "ADJF")
    if nouns and nouns[0].tag.POS == "NOUN" and all(p.score < 0.1 for p in nouns if p.tag.POS != "NOUN"):
        nouns = tuple(p for p in nouns if p.tag.POS == "NOUN")  # «почту» is hardly ever «почту» of «почтить»
    # participles are left out: «банк, выпустивший карту» governs its noun rather than agreeing
    if not adjs or not nouns or any(p.tag.POS != "ADJF" for p in adjs):
        return
    if any(p.tag.POS != "NOUN" for p in nouns) or any(p.normal_form == "который" for p in adjs):
        return
    for k in (i - 1, i - 2):  # «3 новых заказа», «два новых рабочих дня»
        w = t.word(k)
        if k == i - 2 and not (t.word(i - 1) is not None
                               and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(t.word(i - 1).text))):
            break  # a number two words back counts only through another adjective: not «до 15:00 будет новый»
        if w is not None and (w.low in PAUCAL or w.text[:1].isdigit()
                              or any(p.tag.POS == "NUMR" for p in parses(w.text))):
            return
    if any(_agree(a, n) for a in adjs for n in nouns):
        return
    before = t.word(i - 1)
    if before is not None and t.plain_gap(i) and all(a.normal_form in _OWNERS for a in adjs) \
            and likeliest_pos(before.text) == "NOUN" and not any(n.tag.case == "gent" for n in nouns) and any(
            _agree(a, n) for a in adjs for n in parses(before.text) if n.tag.POS == "NOUN"):
        return  # «Лечу душу свою музыкой»: a possessive after the noun it belongs to («номер ваш заказа» is a
        # possessive of the genitive after it, its case lost)
    if _stands_alone(t, i, adjs, nouns):
        return
    # the parser tags a possessive after its noun («ваш заказа» as two nominatives); the dictionary
    # already says no reading agrees, so it is enough that the tree joins them
    if not (_tree_sees_disagreement(t, i, j) or (all(a.normal_form in _POSSESSIVES for a in adjs)
                                                  or _gender_slip(adjs, nouns)) and _tree_joins(t, i, j)):
        return
    after = t.word(j + 1)
    if all(a.tag.number == "plur" for a in adjs) and all(n.tag.number == "sing" for n in nouns) and (
            after is not None and t.plain_gap(j + 1) and after.low in ("и", "с", "или", "да")):
        return  # one word for two nouns: «мои дедушка и бабушка», «свои тело и душу»
    if all(a.tag.gender == "femn" for a in adjs) and all("anim" in n.tag and n.tag.gender == "masc" for n in nouns):
        return  # a woman named by a profession: «наша директор», «моя врач»
    if not _surely_attributive(adjs, nouns) and not _number_slip(t, i, adjs, nouns):
        return
    if any(a.tag.case == "ablt" and (n.tag.case in ("accs", "nomn") or a.normal_form not in _POSSESSIVES)
           and a.tag.number == n.tag.number and (n.tag.number == "plur" or a.tag.gender == n.tag.gender)
           for a in adjs for n in nouns):
        return  # an instrumental of the same gender says what the noun is made: «считали временной заплату», or
        # stands for a noun («с первым оргазма не испытывала»); a possessive does so only before an object or a
        # subject («считаю своей победу»): «нашим руководству» is a slip for «нашему»
    before = t.word(i - 1)
    slip = _number_slip(t, i, adjs, nouns)
    if before is not None and t.plain_gap(i) and any(
            p.tag.POS in ("ADJF", "NPRO") and _case(p.tag) == _case(a.tag) and p.tag.number == a.tag.number
            and p.tag.gender == a.tag.gender for p in parses(before.text) for a in adjs) and not (
            slip and any(p.tag.POS == "ADJF" and _agree(p, n) for p in parses(before.text) for n in nouns)) and not (
            slip and all(a.normal_form in _DETERMINERS for a in adjs)):
        # «всё необходимое», «самое главное»: the adjective is a noun with its own determiner — unless that
        # determiner agrees with the noun after («все необходимое изменения»), or the word is a determiner itself,
        # which stands for no noun before a noun of another number («каждого своего клиентов»)
        return
    noun = nouns[0]
    if slip:
        noun = next(n for n in nouns if n.tag.number == "plur" and any(_case(a.tag) == _case(n.tag) for a in adjs))
    elif before is not None and t.plain_gap(i) and parses(before.text)[0].tag.POS == "NOUN":
        # after a noun the phrase is most often its genitive: «статус ваша заявки» → «вашей заявки»
        noun = next((n for n in nouns if _case(n.tag) == "gent"), noun)
    wanted = {noun.tag.case, noun.tag.number} | ({noun.tag.gender} if noun.tag.number == "sing" else set())
    if noun.tag.case == "accs" and noun.tag.number == "plur" or (
            noun.tag.case == "accs" and noun.tag.gender == "masc"):
        wanted.add(noun.tag.animacy or "inan")
    forms = {f.word for a in adjs if (f := a.inflect({g for g in wanted if g})) is not None}
    replacements = tuple(match_case(adj_w.text, f) for f in sorted(forms)) if len(forms) == 1 else ()
    if replacements and replacements[0] == adj_w.text:
        return  # the «right» form is the one written: the analyses disagree, not the words
    between = t.text[adj_w.end:noun_w.start]
    fixes = [r + between + noun_w.text for r in replacements]
    if slip:
        # either word may be the one the writer forgot to change: «белую туфли» → «белые туфли», «белую туфлю»
        single = {f.word for n in nouns if n.tag.number == "plur"
                  and (f := n.inflect({"sing", _case(adjs[0].tag)})) is not None}
        fixes += [adj_w.text + between + match_case(noun_w.text, f) for f in sorted(single)][:1]
    found.append(finding(ADJ_NOUN, adj_w.start, noun_w.end, *fixes))


# adjectives that govern a genitive: «достойного похвалы», «полный воды»
_GENITIVE_ADJECTIVES = frozenset({"достойный", "недостойный", "полный", "лишённый", "лишенный", "исполненный",
                                  "чуждый", "преисполненный"})


def _stands_alone(t: Text, i: int, adjs, nouns) -> bool:
    """The adjective is no attribute of the next noun: a word used as a noun in another number («для всех
    время», «между другими дистанция»), a relative «какой» opening a clause after a comma, «что такое …»,
    or an adjective that governs the genitive noun after it («достойного похвалы»)."""
    if all("Subx" in a.tag for a in adjs) and not any(a.tag.number == n.tag.number for a in adjs for n in nouns):
        return True
    before = t.word(i - 1)
    if adjs[0].normal_form == "какой" and t.gap_before(i).strip() == ",":
        return True
    if adjs[0].normal_form == "такой" and before is not None and (before.low == "что" or before.low == "же" and (
            t.word(i - 2) is not None and t.word(i - 2).low == "что")):
        return True
    return any(a.normal_form in _GENITIVE_ADJECTIVES for a in adjs) and any(n.tag.case == "gent" for n in nouns)


def _surely_attributive(adjs, nouns) -> bool:
    """Only a determiner («ваш», «этот», «такой») surely belongs to the next noun whatever its case;
    an ordinary adjective in another case may stand for a noun itself («смелого пуля боится»), so it
    is reported only when case and number agree and the gender does not — and not before a noun of
    a profession, which takes a feminine word when it names a woman («хорошая врач»)."""
    if any(a.normal_form in _DETERMINERS for a in adjs):
        return True
    if "anim" in nouns[0].tag and nouns[0].tag.gender == "masc":
        return False
    return any(_case(a.tag) == _case(n.tag) and a.tag.number == n.tag.number == "sing"
               for a in adjs for n in nouns)


def _number_slip(t: Text, i: int, adjs, nouns) -> bool:
    """A singular adjective before a plural noun of its own case and gender: one of the two words was left
    in the other number when the phrase was edited («все необходимое изменения», «белую туфли»). Not the
    last of adjectives listed before a plural noun, each naming one thing: «первую и вторую главы»."""
    if not any(a.tag.number == "sing" and n.tag.number == "plur" and _case(a.tag) == _case(n.tag)
               and a.tag.gender == n.tag.gender for a in adjs for n in nouns):
        return False
    joiner, other = t.word(i - 1), t.word(i - 2)
    if joiner is not None and t.plain_gap(i) and _case_slip_after(joiner.text, nouns):
        return False  # «до следующую пятницы», «статус ваша заявки»: the case slipped, the word before decides
    if joiner is not None and (joiner.low in ("и", "или", "либо", "да") or t.gap_before(i).strip() == ","):
        listed = other if joiner.low in ("и", "или", "либо", "да") else joiner
        if listed is not None and any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in parses(listed.text)):
            return False
    return True


def _case_slip_after(word: str, nouns) -> bool:
    """The word before the adjective is a noun (that governs the genitive) or a preposition that takes a case
    the noun has a singular reading in: the adjective's case slipped («до следующую пятницы»), not a number
    («за доставленное неудобства»: «за» takes no genitive)."""
    top = parses(word)[0]
    if top.tag.POS == "NOUN":
        return True
    cases = _PREPOSITIONS.get(word.lower(), ()) if top.tag.POS == "PREP" else ()
    return any(n.tag.number == "sing" and _case(n.tag) in cases for n in nouns)


def _gender_slip(adjs, nouns) -> bool:
    """Case and number agree in the singular, only the gender does not, and the noun is a thing of one
    gender: «тёплый одежду», «с помятым коробкой». The tagger, which bends one word to the other, may
    not see it; the dictionary and the tree's link are enough (not «наша директор»: a person)."""
    if any("anim" in n.tag or "Fixd" in n.tag or "ms-f" in n.tag for n in nouns) or len(
            {n.tag.gender for n in nouns}) != 1:
        return False
    return any(_case(a.tag) == _case(n.tag) and a.tag.number == n.tag.number == "sing" and a.tag.gender != n.tag.gender
               for a in adjs for n in nouns)


def _tree_sees_disagreement(t: Text, i: int, j: int) -> bool:
    """The parser takes word i as an adjective or determiner of word j and tags them apart."""
    sent, adj = t.token(i)
    _, noun = t.token(j)
    if adj is None or noun is None or adj.head != noun.index or adj.rel not in ("amod", "det"):
        return False
    if any(c.rel in ("det", "amod") and c.index < adj.index for c in sent.children(adj.index)):
        return False  # «всё необходимое»: the adjective has its own determiner, it is a noun here
    if not (adj.pos in ("ADJ", "DET") or adj.pos == "VERB" and adj.feat("VerbForm") == "Part") or noun.pos != "NOUN":
        return False  # «для больного»: the adjective stands for a noun
    return any(adj.feat(f) and noun.feat(f) and adj.feat(f) != noun.feat(f) for f in ("Case", "Number", "Gender"))


def _tree_joins(t: Text, i: int, j: int) -> bool:
    """The parser takes word i as a determiner or adjective of word j."""
    _, adj = t.token(i)
    _, noun = t.token(j)
    return adj is not None and noun is not None and adj.head == noun.index and adj.rel in ("amod", "det")


def _tree_subject(t: Text, i: int, k: int) -> bool:
    """The parser takes word i as the subject of word k (or of the word k helps: «был доставлен»)."""
    sent, subj = t.token(i)
    _, verb = t.token(k)
    if subj is None or verb is None or not subj.rel.startswith(_PARSED_SUBJECT):
        return False
    if any(c.rel in ("cc", "conj") for c in sent.children(subj.index)) or sum(
            c.rel.startswith(_PARSED_SUBJECT) and _may_be_subject(c.text) for c in sent.children(subj.head)) > 1:
        return False  # «ты и твоё племя оказали»: one of two joined subjects; two subjects: a misparse
    return subj.head == verb.index or (verb.rel in ("aux", "aux:pass", "cop") and subj.head == verb.head)


def _may_be_subject(word: str) -> bool:
    """A second subject the parse gives a predicate counts unless it is a span of time or has no nominative
    («карта действительна год», «промокод действителен неделю»: how long, in the accusative)."""
    return word.lower() not in _SPANS and any(p.tag.case == "nomn" for p in parses(word))


def _subject_features(word: str):
    """(number, gender) of each nominative reading of a noun that can only be a nominative here (the
    likeliest first), else None."""
    analyses = [p for p in parses(word) if "Infr" not in p.tag]  # «деньги» as an informal genitive
    if not analyses or any(p.tag.POS != "NOUN" or p.tag.case not in ("nomn", "accs") for p in analyses):
        return None
    nominative = sorted((p for p in analyses if p.tag.case == "nomn"), key=lambda p: -p.score)
    if not nominative or "anim" in nominative[0].tag:
        return None  # «оператор ответила» is colloquially fine for a woman
    if nominative[0].normal_form in TITLES:
        return None  # «Его величество доволен»: a title agrees with the person it names
    # every reading counts: «сим-карта» is also read as a masculine place name
    return list(dict.fromkeys((p.tag.number, p.tag.gender) for p in nominative))


def _past_form(analyses, number: str, gender: str | None):
    target = {"plur"} if number == "plur" else {"sing", gender}
    for p in analyses:
        if p.tag.POS in ("VERB", "PRTS", "ADJS") and (p.tag.tense == "past" or p.tag.POS != "VERB"):
            form = p.inflect(target)
            if form is not None:
                return form.word
    return None


def _verb_agrees(analyses, number: str, gender: str | None) -> bool | None:
    """Whether a past verb or short participle agrees; None if the word is neither."""
    # an imperative reading («пришли!») cannot follow a subject, so it does not count
    analyses = [p for p in analyses if p.tag.mood != "impr"]
    relevant = [p for p in analyses if (p.tag.POS == "VERB" and p.tag.tense == "past")
                or p.tag.POS in ("PRTS", "ADJS")]
    if not relevant or len(relevant) != len(analyses):
        return None
    for p in relevant:
        if p.tag.number == "plur" and number == "plur":
            return True
        if p.tag.number == "sing" and number == "sing" and p.tag.gender == gender:
            return True
        if p.tag.number == "sing" and p.tag.gender == "neut":
            return True  # impersonal: «заказ было решено отменить»
    return False


def _check_subject_verb(t: Text, i: int, found: list[Finding]) -> None:
    subj = t.words[i]
    if i > 0 and t.plain_gap(i) and (
            t.words[i - 1].low in ("и", "с", "или") or any(
            p.tag.POS in ("PREP", "VERB", "INFN") for p in parses(t.words[i - 1].text))):
        return  # «заказ и посылка пришли», «в заказ», «отменил заказ»
    k = i + 1
    if k < len(t.words) and t.words[k].low in _BETWEEN and t.plain_gap(k):
        k += 1  # «заказ не пришёл», «деньги уже вернулись»
    if k >= len(t.words) or not t.plain_gap(k):
        return
    verb_w = t.words[k]
    verb = parses(verb_w.text)
    if subj.low in _QUANTITY or verb_w.low == "может" and (after := t.word(k + 1)) is not None and after.low == "быть":
        return  # «Вы может быть спрашиваете»: «может быть» is a parenthesis with its commas missing
    if subj.low in SUBJECT_PRONOUNS:
        person, number, gender = SUBJECT_PRONOUNS[subj.low]
        present = [p for p in verb if p.tag.POS == "VERB" and p.tag.mood == "indc" and p.tag.tense != "past"]
        short = any(p.tag.POS in ("PRTS", "ADJS") and p.tag.number == number and (
            number == "plur" or gender is None or p.tag.gender == gender) for p in verb)  # «он уважаем всеми»
        if present and verb[0] in present and not short and not any(
                p.tag.person == person and p.tag.number == number for p in present) and _tree_subject(t, i, k):
            form = present[0].inflect({person, number})
            found.append(finding(SUBJECT_VERB, subj.start, verb_w.end,
                                 *((f"{t.text[subj.start:verb_w.start]}{form.word}",) if form else ())))
        elif (number == "plur" or gender) and _verb_agrees(verb, number, gender) is False \
                and _tree_subject(t, i, k):
            form = _past_form(verb, number, gender)
            found.append(finding(SUBJECT_VERB, subj.start, verb_w.end,
                                 *((f"{t.text[subj.start:verb_w.start]}{form}",) if form else ())))
        return
    features = _subject_features(subj.text)
    if features is None or t.name_like(i):
        return  # a name: its gender is the person's
    if any(_verb_agrees(verb, number, gender) is not False for number, gender in features) \
            or not _tree_subject(t, i, k):
        return
    if any(p.tag.case == "accs" for p in parses(subj.text)) and all(
            p.tag.POS == "VERB" and "tran" in p.tag for p in verb):
        return  # «билет купила заранее», «этот вопрос обсуждали»: the object first, the subject left out
    number, gender = features[0]
    end, fixed = verb_w.end, _past_form(verb, number, gender)
    participle_w = t.word(k + 1)
    if (fixed and participle_w is not None and t.plain_gap(k + 1)
            and _verb_agrees(parses(participle_w.text), number, gender) is False):
        participle = _past_form(parses(participle_w.text), number, gender)
        end = participle_w.end
        fixed = f"{fixed} {participle}" if participle else None
    found.append(finding(SUBJECT_VERB, verb_w.start, end, *((fixed,) if fixed else ())))


_DATIVES = frozenset({"мне", "нам", "вам", "тебе", "ему", "ей", "им"})
_INTENSIFIERS = frozenset({"очень", "так", "особенно", "крайне", "было", "будет", "бы", "же", "тоже", "также",
                           "всегда", "сейчас", "теперь", "не"})
# short adjectives that take their own subject before an infinitive: «она должна ответить», «рада помочь»
_MODALS = frozenset({"должный", "рад", "готовый", "способный", "согласный", "обязанный", "намеренный",
                     "вынужденный", "склонный", "счастливый", "свободный", "вольный", "призванный"})


def _check_predicative(t: Text, i: int, found: list[Finding]) -> None:
    """«нам очень приятна работать» → «приятно»: a dative person, a short adjective that is not neuter,
    an infinitive or a clause with «что», «чтобы»; the neuter form of that adjective is a word of state («приятно», «нужно»)."""
    adj_w = t.words[i]
    readings = parses(adj_w.text)
    if not readings or any(p.tag.POS != "ADJS" or p.normal_form in _MODALS for p in readings):
        return
    if any(p.tag.gender == "neut" for p in readings):
        return
    nxt = t.word(i + 1)
    ends = nxt is None or t.gap_before(i + 1).strip()[:1] in (".", "!", ",", ";")
    if nxt is not None and t.plain_gap(i + 1):
        if parses(nxt.text)[0].tag.POS != "INFN":
            return
    elif nxt is not None and (t.gap_before(i + 1).strip() != "," or nxt.low not in ("что", "чтобы")) and not ends:
        return  # «нам приятно, что вы с нами», «мне нужно, чтобы вы перезвонили»
    if ends and (nxt is None or nxt.low not in ("что", "чтобы")) and _subject_in_clause(t, i, readings):
        return  # «нам эта идея приятна»: the clause ends on the adjective, and a noun of its gender is before it
    k = i - 1
    while k >= 0 and t.plain_gap(k + 1) and t.words[k].low in _INTENSIFIERS:
        k -= 1
    if k < 0 or not t.plain_gap(k + 1) or t.words[k].low not in _DATIVES:
        return
    neuter = {f.word for p in readings if (f := p.inflect({"neut", "sing"})) is not None}
    if len(neuter) != 1:
        return
    form = neuter.pop()
    if not any(p.tag.POS in ("PRED", "ADVB") for p in parses(form)):
        return
    found.append(finding(PREDICATIVE, adj_w.start, adj_w.end, match_case(adj_w.text, form)))


def _subject_in_clause(t: Text, i: int, readings) -> bool:
    """A noun or pronoun in the nominative of the adjective's gender and number stands in its sentence before it
    («Ваша помощь, честно говоря, нам очень нужна»)."""
    k = i
    while k > 0 and not t.starts_sentence(k):
        k -= 1
        if any((p.tag.POS in ("NOUN", "NPRO") or p.normal_form == "который" or p.tag.POS == "ADJF" and _bare(t, k))
               and p.tag.case == "nomn" and any(
                a.tag.number == p.tag.number and (a.tag.number == "plur" or p.tag.gender in (a.tag.gender, None))
                for a in readings) for p in parses(t.words[k].text)):
            return True
    return False


def _bare(t: Text, k: int) -> bool:
    """The adjective at word k stands for its noun: no noun or adjective follows it in its phrase («если синий
    вам не нужен», «этот тоже не нужен»)."""
    nxt = t.word(k + 1)
    return nxt is None or not t.plain_gap(k + 1) or not any(
        p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.score >= 0.05 for p in parses(nxt.text))


def _adjective_readings(word: str):
    """The full-adjective readings of a word that is nothing else (a rare other reading aside), or ()."""
    readings = [p for p in parses(word) if p.tag.POS in ("ADJF", "PRTF") or p.score >= 0.02]
    return tuple(readings) if readings and all(p.tag.POS == "ADJF" for p in readings) else ()


def _check_adjective_chain(t: Text, i: int, found: list[Finding]) -> None:
    """An adjective whose noun comes after another adjective, the other agreeing with it: «для самой лучшего
    папы» (→ «самого»), «за быструю и качественный ответ» (→ «быстрый»). Two adjectives joined by «и» may each
    name one thing of a plural noun («первую и вторую главы»), so after «и» the noun must be singular."""
    k = i + 1
    joined = k < len(t.words) and t.words[k].low in ("и", "или")
    k += joined
    if k + 1 >= len(t.words) or not all(t.plain_gap(m) for m in range(i + 1, k + 2)) or t.words[k + 1].text[:1].isupper():
        return
    adjs, middle = _adjective_readings(t.words[i].text), _adjective_readings(t.words[k].text)
    nouns = [p for p in parses(t.words[k + 1].text) if p.tag.POS == "NOUN" or p.score >= 0.01]
    if not adjs or not middle or not nouns or any(p.tag.POS != "NOUN" for p in nouns):
        return
    pairs = [(m, n) for m in middle for n in nouns if _agree(m, n) and not (joined and n.tag.number == "plur")]
    if not pairs or any(_agree(a, n) for a in adjs for _, n in pairs) or any(_agree(a, m) for a in adjs for m in middle):
        return
    if all(a.normal_form == "сам" for a in adjs) or not any(
            _case(a.tag) == _case(n.tag) and a.tag.number == n.tag.number for a in adjs for _, n in pairs):
        # only the gender slipped; a word in another case or number may stand for a noun of its own
        # («больному новые лекарства», «возбуждают в других панический ужас»), «сами» is no attribute
        return
    sent, tok = t.token(i)
    if tok is None or tok.rel not in ("amod", "det") or tok.head not in (tok.index + k - i, tok.index + k + 1 - i):
        return
    noun = pairs[0][1]
    wanted = {noun.tag.case, noun.tag.number} | ({noun.tag.gender} if noun.tag.number == "sing" else set())
    if noun.tag.case == "accs" and (noun.tag.number == "plur" or noun.tag.gender == "masc"):
        wanted.add(noun.tag.animacy or "inan")
    forms = {f.word for a in adjs if (f := a.inflect(wanted)) is not None}
    w = t.words[i]
    found.append(finding(ADJ_NOUN, w.start, w.end, *((match_case(w.text, forms.pop()),) if len(forms) == 1 else ())))


def _check_separated(t: Text, i: int, found: list[Finding]) -> None:
    """An adjective or participle the parse gives to a noun further on, with only its own words or the noun's
    other attributes between them, in the noun's case but another number or gender: «по указанной в заявке
    номеру», «за доставленные вам неудобство», «любой удобное для вас время»."""
    w = t.words[i]
    sent, adj = t.token(i)
    if adj is None or adj.rel not in ("amod", "det", "acl") or adj.head <= adj.index + 1 or not w.text.isalpha():
        return
    noun = sent.tokens[adj.head]
    k = next((x.index for x in t.words if (x.start, x.end) == (noun.start, noun.end)), None)
    if k is None or noun.pos != "NOUN" or not noun.text.isalpha() or noun.text[:1].isupper():
        return
    own = {tok.index for tok in sent.subtree(adj.index)}
    if noun.index in own:
        return  # the parse runs in a circle («Спасибо большое за ваш вопрос»: each word hangs on the other)
    others = {tok.index for c in sent.children(noun.index) if c.rel in ("amod", "det") and c.index < noun.index
              for tok in sent.subtree(c.index)}
    if any(tok.index not in own | others or tok.pos == "PUNCT" for tok in sent.tokens[adj.index + 1:noun.index]):
        return
    if any(all(p.tag.POS == "VERB" for p in parses(x.text)) for x in t.words[i + 1:k]):
        return  # «вставьте нашу и перезагрузите телефон»: a finite verb between ends the adjective's phrase
    adjs = [p for p in parses(w.text) if p.score >= 0.02]
    nouns = [p for p in parses(noun.text) if p.score >= 0.02]
    if not adjs or not nouns or any(p.tag.POS not in ("ADJF", "PRTF") for p in adjs) or any(
            p.tag.POS != "NOUN" or "anim" in p.tag or "Fixd" in p.tag or "ms-f" in p.tag for p in nouns):
        return
    before, after = t.word(i - 1), t.word(k + 1)
    if before is not None and (before.low in PAUCAL or before.text[:1].isdigit() or any(
            p.tag.POS == "NUMR" for p in parses(before.text))):
        return  # «два указанных в заявке номера»
    if after is not None and t.plain_gap(k + 1) and after.low in ("и", "или"):
        return  # one word for two nouns
    if any(_agree(a, n) for a in adjs for n in nouns):
        return
    slips = [(a, n) for a in adjs for n in nouns if _case(a.tag) == _case(n.tag) and n.tag.number == "sing"]
    if not slips:
        return
    noun_reading = slips[0][1]
    wanted = {noun_reading.tag.case, "sing", noun_reading.tag.gender}
    if noun_reading.tag.case == "accs" and noun_reading.tag.gender == "masc":
        wanted.add("inan")
    forms = {f.word for a, _ in slips if (f := a.inflect({g for g in wanted if g})) is not None}
    if w.low in forms:
        return  # «из-за того же ремонта»: the «right» form is the one written — the likeliest reading erred, not the writer
    found.append(finding(ADJ_NOUN, w.start, t.words[k].end,
                         *((match_case(w.text, forms.pop()) + t.text[w.end:t.words[k].end],) if len(forms) == 1
                           else ())))


# «любой из», «каждый из», «один из»: the word takes the gender of the noun after «из» («в любой из сетей»)
_ONE_OF = frozenset({"любой", "каждый", "один", "никакой", "какой", "который"})


def _check_one_of(t: Text, i: int, found: list[Finding]) -> None:
    """«в любом из социальных сетей» → «в любой», «один из причин» → «одна»: the gender of the group's noun."""
    w, iz = t.words[i], t.word(i + 1)
    if iz is None or iz.low != "из" or not t.plain_gap(i + 1) or w.low in ("один", "одно", "одна"):
        return  # «один из …» is the predicate rule's («ни один из кандидатов подошёл»)
    readings = [p for p in parses(w.text) if p.score >= 0.02]
    if not readings or any(p.normal_form not in _ONE_OF or p.tag.number != "sing" for p in readings):
        return
    for k in range(i + 2, min(i + 5, len(t.words))):
        if not t.plain_gap(k):
            return
        nouns = [p for p in parses(t.words[k].text) if p.score >= 0.02]
        if nouns and all(p.tag.POS in ("ADJF", "PRTF") for p in nouns):
            continue
        if not nouns or t.words[k].text[:1].isupper() or any(
                p.tag.POS != "NOUN" or p.tag.case != "gent" or p.tag.number != "plur" or "anim" in p.tag
                or "ms-f" in p.tag or "Fixd" in p.tag for p in nouns):
            return
        genders = {p.tag.gender for p in nouns}
        if len(genders) != 1 or any(p.tag.gender in genders for p in parses(w.text) if p.normal_form in _ONE_OF):
            return  # any reading of the group's gender, however rare its score: «любой из продуктов»
        gender = genders.pop()
        forms = {f.word for p in readings if (f := p.inflect({gender, "sing", _case(p.tag)})) is not None}
        found.append(finding(ADJ_NOUN, w.start, w.end, *((match_case(w.text, forms.pop()),) if len(forms) == 1 else ()),
                             message=phrase("Слово перед «из» берёт род существительного после него: «любой из "
                                            "сетей», «каждая из книг».")))
        return


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        _check_adj_noun(t, i, found)
        _check_adjective_chain(t, i, found)
        if i + 2 < len(t.words) and (t.words[i + 1].low in _DATIVES or t.words[i + 1].low == "же" and not any(
                p.normal_form == "весь" or p.normal_form == "тот" and p.tag.gender == "neut" for p in parses(
                    t.words[i].text))):
            # «в удобное вам день», «с этого же аккаунтом»; not «о том же» (the same thing), «всё же» (yet)
            _check_adj_noun(t, i, found, i + 2)
        _check_subject_verb(t, i, found)
        _check_predicative(t, i, found)
        _check_one_of(t, i, found)
        _check_separated(t, i, found)
    if t.words:
        _check_predicative(t, len(t.words) - 1, found)  # «нам очень приятна.» ends the text
    # «номер того же класса»: a fix that reads as the text itself means another reading of the word agrees (the
    # dictionary scores «того» as neuter, yet it is the masculine too) — no slip
    return [f for f in found if not f.replacements or f.replacements[0] != t.text[f.offset:f.offset + f.length]]
