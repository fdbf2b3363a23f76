"""Согласование со словом, к которому относится оборот: «отзыв, который помогает» (не «которая»),
«заказы, оформленные вчера» (не «оформленный»), «за оставленный отзыв».

«Который» takes the gender and number of its noun, its case from its own clause; a participle
after a comma takes the gender, number and case of its noun. The noun stands before the comma, not
always right before it («номер телефона, на который»), so a finding needs that no noun of the
phrase before the comma agrees in any of its dictionary readings. A passive participle right
before a noun must agree with it: it governs no accusative («оставленную отзыв» is one phrase).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import PAUCAL, RuleInfo, Text, finding, likeliest_pos, match_case, parses
from app.core.grammar.rules.governed_case import _PREPOSITIONS
from app.core.phrase import phrase

WHICH = RuleInfo(
    "OURS_WHICH_AGREEMENT",
    phrase("Согласование слова «который»"),
    phrase("«Который» не согласовано со словом, к которому относится."),
    phrase("Слово «который» стоит в том же роде и числе, что и существительное, к которому относится: «отзыв, "
    "который», «заявка, которая», «письмо, которое», «товары, которые». Падеж у него свой — тот, которого "
    "требует придаточное: «номер, на который оформлен заказ», «ссылка, по которой можно оплатить»."),
    Category.GRAMMAR,
)
PARTICIPLE = RuleInfo(
    "OURS_PARTICIPLE_AGREEMENT",
    phrase("Согласование причастия"),
    phrase("Причастие не согласовано с существительным, к которому относится."),
    phrase("Причастие, как и прилагательное, стоит в том же роде, числе и падеже, что и его существительное, и "
    "тогда, когда оборот стоит после него через запятую: «заказы, оформленные после 18:00», «адрес, "
    "указанный в заказе», «для клиентов, оформивших заказ», «за оставленный отзыв»."),
    Category.GRAMMAR,
)

RULES = (WHICH, PARTICIPLE)

_TREE_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_REACH = 6  # words of the phrase before the comma that may hold the noun
_CASES = {"gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent", "loc1": "loct"}
_PERSONAL = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они", "кто", "что"})
# participles that work as plain adjectives: «в следующем месяце», «настоящий паспорт»
_ADJECTIVE_LIKE = ("следующ", "настоящ", "будущ", "бывш", "текущ", "действующ", "подходящ", "блестящ")


_TREE_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _case(tag) -> str | None:
    return _CASES.get(tag.case, tag.case)


def _nouns_before(t: Text, comma_word: int) -> list[int] | None:
    """Indexes of the nouns in the phrase that ends right before word ``comma_word`` (the comma is
    in front of it), nearest first, back to a personal pronoun; None if the word before the comma is
    no noun, or the phrase holds «и» («заказ и посылку, которые»: two nouns are referred to)."""
    last = comma_word - 1
    if last < 0 or t.gap_before(comma_word).strip() != ",":
        return None
    if not _noun(t.words[last].text) or not t.words[last].text.isalpha():
        return None
    if t.name_like(last):
        return None  # a name: the person's gender is not the dictionary's («Карраг, которого»)
    before = t.word(last - 1)
    if before is not None and t.plain_gap(last) and (before.low in PAUCAL or before.text.isdigit()):
        return None  # «два мага, которые»: after a number the phrase counts as plural
    nouns = []
    k = last
    while k >= 0 and last - k < _REACH:
        w = t.words[k]
        if w.low in ("и", "или", "либо"):
            return None
        if w.low in _PERSONAL:
            break
        if _noun(w.text):
            nouns.append(k)
        if k == 0 or not t.plain_gap(k):
            break
        k -= 1
    return nouns


def _listed(t: Text, nouns: list[int]) -> bool:
    """The phrase before the comma is the last of several nouns listed with commas («флажок, кнопка,
    список, которые»): a plural word may refer to them all."""
    if not nouns:
        return False
    start = nouns[-1]
    while start > 0 and nouns[0] - start < _REACH and t.plain_gap(start):
        start -= 1
    return start > 0 and t.gap_before(start).strip() == "," and _noun(t.words[start - 1].text) and all(
        parses(t.words[k].text)[0].tag.POS in ("NOUN", "ADJF", "PRTF") for k in range(start, nouns[0] + 1))


def _any_noun_readings(word: str) -> list:
    """Every noun reading, rare ones included: «области» is also a plural, «баранов» also «баран»."""
    return [p for p in parses(word) if p.tag.POS == "NOUN"]


def _noun(word: str) -> bool:
    """The word reads first as a noun («спасибо» reads first as an interjection)."""
    return likeliest_pos(word) == "NOUN"


def _noun_readings(word: str) -> list:
    """The noun readings of the word's likeliest lemma («чек», not the plural of «чека»)."""
    readings = [p for p in parses(word) if p.tag.POS == "NOUN" and p.score >= 0.05]
    return [p for p in readings if p.normal_form == readings[0].normal_form] if readings else []


def _free(p) -> bool:
    """A noun of any gender for agreement: «коллега», «кофе», «врач» (a woman too)."""
    return "ms-f" in p.tag or "Fixd" in p.tag or "anim" in p.tag and p.tag.gender == "masc"


def _gender_number(word_readings, noun_readings) -> bool:
    for w in word_readings:
        for n in noun_readings:
            if n.tag.POS not in ("NOUN", "NPRO") or w.tag.number != n.tag.number and "Fixd" not in n.tag:
                continue
            if w.tag.number == "plur" or _free(n) or w.tag.gender == n.tag.gender:
                return True
    return False


def _full(word_readings, noun_readings) -> bool:
    """Gender, number and case agree in some pair of readings (in the accusative, animacy too: «оставивших»
    is the accusative of people, «клиенты» only of things)."""
    return any(_case(w.tag) == _case(n.tag) and _gender_number((w,), (n,)) and not (
        _case(w.tag) == "accs" and w.tag.animacy and n.tag.animacy and w.tag.animacy != n.tag.animacy)
        for w in word_readings for n in noun_readings)


def _fix(readings, nouns, keep_case: bool) -> str | None:
    """The one form of the word that agrees with the noun (whichever of its readings is meant), its
    own case kept for «который»; None when the readings give more than one."""
    forms = set()
    for noun in nouns:
        wanted = {noun.tag.number} | ({noun.tag.gender} if noun.tag.number == "sing" and noun.tag.gender else set())
        for p in readings:
            case = p.tag.case if keep_case else noun.tag.case
            grammemes = wanted | {case}
            if case == "accs" and (noun.tag.number == "plur" or noun.tag.gender == "masc"):
                grammemes.add(noun.tag.animacy or "inan")
            if (f := p.inflect({g for g in grammemes if g})) is not None:
                forms.add(f.word)
    return forms.pop() if len(forms) == 1 else None


def _which(t: Text, i: int, found: list[Finding]) -> None:
    w = t.words[i]
    readings = [p for p in parses(w.text) if p.normal_form == "который"]
    if not readings or len(readings) != len(parses(w.text)):
        return
    start = i
    if i > 0 and t.plain_gap(i) and parses(t.words[i - 1].text)[0].tag.POS == "PREP":
        start = i - 1  # «на которую», «по которому»
    nouns = _nouns_before(t, start)
    if not nouns:
        return
    if any(_gender_number(readings, _noun_readings(t.words[k].text)) for k in nouns):
        if start == i:
            _which_case(t, i, nouns, readings, found)
        return
    if any(_gender_number(readings, _any_noun_readings(t.words[k].text)) for k in nouns) or all(
            p.tag.number == "plur" for p in readings) and _listed(t, nouns):
        return
    # the case stays the clause's: after a preposition, its most usual one the word can have
    cases = _PREPOSITIONS.get(t.words[start].low, ()) if start < i else ()
    own = next(([p for p in readings if _case(p.tag) == c] for c in cases if any(_case(p.tag) == c for p in readings)),
               readings)
    _, tok = t.token(i)
    parsed = _TREE_CASES.get(tok.feat("Case")) if tok is not None else None
    own = [p for p in own if _case(p.tag) == parsed] or own  # the parse knows the clause: «который работают»
    fixed = _fix(own, _noun_readings(t.words[nouns[0]].text), keep_case=True)
    found.append(finding(WHICH, w.start, w.end, *((match_case(w.text, fixed),) if fixed else ())))


# verbs that take their object in the genitive, or may: «заявление, которого ждали»
_GENITIVE_VERBS = frozenset({"ждать", "ожидать", "дождаться", "дожидаться", "бояться", "избегать", "избежать",
                             "достичь", "достигнуть", "добиться", "добиваться", "касаться", "коснуться", "хотеть",
                             "желать", "требовать", "просить", "искать", "лишить", "лишиться", "стоить",
                             "заслуживать", "заслужить", "стесняться", "опасаться", "держаться", "придерживаться"})


def _which_case(t: Text, i: int, nouns: list[int], readings, found: list[Finding]) -> None:
    """«заявление, которого вы отправили» → «которое», «посылку, которую лежала» → «которая»: «который»
    agrees with its noun, but the parse makes it the object of a transitive verb (not negated, not one
    that takes the genitive) or the subject of a verb agreeing with the noun, and no reading of the
    word agreeing with the noun is in that case."""
    sent, tok = t.token(i)
    if tok is None or tok.head < 0 or tok.rel not in ("obj", "nsubj"):
        return
    verb = sent.tokens[tok.head]
    verb_readings = [p for p in parses(verb.text) if p.score >= 0.05]
    if not verb_readings or any(p.tag.POS != "VERB" for p in verb_readings):
        return
    noun = [n for k in nouns[:1] for n in _noun_readings(t.words[k].text)]
    own = [p for p in readings if _gender_number((p,), noun)]
    if not noun or not own:
        return
    if tok.rel == "obj":
        if any(_case(p.tag) in ("datv", "ablt") for p in own):
            return  # «способом, которым вы платили»: a dative or an instrumental has a role of its own
        if any("tran" not in p.tag or p.normal_form in _GENITIVE_VERBS for p in verb_readings) or any(
                c.rel == "advmod" and c.low == "не" or c.rel == "nsubj" and c.index == tok.index
                for c in sent.children(verb.index)) or not (any(c.rel.startswith("nsubj") for c in sent.children(
                verb.index)) or all(p.tag.person in ("1per", "2per") or p.tag.mood == "impr" for p in verb_readings)):
            return  # «не», a verb of the genitive, or no subject of its own: the word may be its subject
        wanted = "accs"
    else:
        if any(_case(p.tag) == "gent" for p in own) or t.words[i + 1].low == "не" if i + 1 < len(t.words) else True:
            return  # «сумма, которой не хватает»: a genitive or a negated verb may have no nominative subject
        if not all(p.tag.person in (None, "3per") and p.tag.number == noun[0].tag.number and (
                p.tag.number == "plur" or p.tag.gender in (None, noun[0].tag.gender)) for p in verb_readings):
            return
        wanted = "nomn"
    if any(_case(p.tag) == wanted for p in own) or _noun_readings(t.words[nouns[0]].text)[0].tag.number is None:
        return
    forms = set()
    for n in noun:
        grammemes = {wanted, n.tag.number} | ({n.tag.gender} if n.tag.number == "sing" and n.tag.gender else set())
        if wanted == "accs" and (n.tag.number == "plur" or n.tag.gender == "masc"):
            grammemes.add(n.tag.animacy or "inan")
        forms |= {f.word for p in own[:1] if (f := p.inflect(grammemes)) is not None}
    w = t.words[i]
    found.append(finding(WHICH, w.start, w.end, *((match_case(w.text, forms.pop()),) if len(forms) == 1 else ()),
                         message=phrase("Падеж слова «который» задаёт придаточное: здесь оно — подлежащее или "
                                        "прямое дополнение.")))


def _participle_readings(word: str) -> list:
    readings = parses(word)
    if not readings or word.lower().startswith(_ADJECTIVE_LIKE) or not any(p.tag.POS == "PRTF" for p in readings) or any(
            p.tag.POS not in ("PRTF", "ADJF") or "Subx" in p.tag for p in readings):
        return []
    return [p for p in readings if p.tag.POS == "PRTF"]


def _participle_after_comma(t: Text, i: int, found: list[Finding]) -> None:
    w = t.words[i]
    readings = _participle_readings(w.text)
    if not readings:
        return
    sent, tok = t.token(i)
    opening = i
    while opening > 1 and t.plain_gap(opening) and tok is not None and (
            adverb := t.token(opening - 1)[1]) is not None and adverb.rel == "advmod" and adverb.head == tok.index:
        opening -= 1  # «человек, хорошо знающий»: an adverb of the participle's before it
    nouns = _nouns_before(t, opening)
    if not nouns or any(_full(readings, _any_noun_readings(t.words[k].text)) for k in nouns) or all(
            p.tag.number == "plur" for p in readings) and _listed(t, nouns):
        return
    after = t.word(i + 1)
    if tok is not None and tok.rel in ("nsubj", "nsubj:pass", "obj", "root") or after is not None and t.plain_gap(
            i + 1) and any(p.tag.POS in ("ADJS", "PRTS") or p.tag.POS == "VERB" and p.tag.mood == "indc"
                           for p in parses(after.text)):
        return  # «…, входящие бесплатны»: the participle stands for a noun of its own
    nominative = [p for p in readings if p.tag.case == "nomn"]
    if nominative and _subject_of_verb_after(t, i, nominative):
        return  # «…, сопровождающие проекта следят за ним»: the participle names people, the verb's subject
    if nominative and any(_abbreviation(w.text) for w in t.words[max(0, i - 30):i]):
        return  # «ПО для проверки пакетов, осуществляющее разбор…»: an abbreviation of any gender is meant
    # the parse gives the participle to a noun of the phrase before the comma: no subject further back is meant
    attached = tok is not None and tok.rel == "acl" and any(
        (noun := t.token(k)[1]) is not None and tok.head == noun.index for k in nouns)
    if nominative and not attached and any(_full(nominative, [p for p in parses(w.text) if p.tag.case == "nomn" and p.score >= 0.05])
                          for w in t.words[max(0, i - 30):i] if _noun(w.text) or w.low in _PERSONAL):
        return  # a participle in the nominative may go with the sentence's subject, further back
    if nominative and _subject_after(t, i, nominative):
        return  # «Сильная волей, закалённая в боях, она…», «…, обуреваемые сомнениями, меняем…»
    takes_object = any("actv" in p.tag and "tran" in p.tag for p in readings)
    governed = False  # a noun after a preposition belongs to the preposition: «упакованную в плёнку»
    for k in range(i + 1, min(i + 7, len(t.words))):
        if not t.plain_gap(k):
            break
        if parses(t.words[k].text)[0].tag.POS == "PREP":
            governed = True
            continue
        if governed:
            governed = not _noun(t.words[k].text) and parses(t.words[k].text)[0].tag.POS != "NPRO"
            continue
        # any lemma's reading counts: «…, разделённое горе» is «горе», though «гора» is likelier
        after_readings = [p for p in parses(t.words[k].text) if p.tag.POS == "NOUN" and p.score >= 0.05]
        agreeing = [n for n in after_readings if _full(readings, (n,))]
        if agreeing and not (takes_object and any(n.tag.case == "accs" for n in after_readings)):
            return  # «…, идущие по дороге люди»: the participle goes with a noun after it
    owners = _noun_readings(t.words[nouns[0]].text)
    _, owner = t.token(nouns[0])
    if owner is not None and owner.feat("Case") and owner.feat("Number"):  # the tagger's case, in context
        owners = [n for n in owners if _case(n.tag) == _TREE_CASES.get(owner.feat("Case")) and n.tag.number ==
                  owner.feat("Number").lower()] or owners
    fixed = _fix(readings, owners, keep_case=False)
    found.append(finding(PARTICIPLE, w.start, w.end, *((match_case(w.text, fixed),) if fixed else ())))


def _abbreviation(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _subject_of_verb_after(t: Text, i: int, nominative) -> bool:
    """The participle in the nominative, a word or two in the genitive after it, then a verb of its number: it
    stands for a noun and is that verb's subject («…, сопровождающие архива осуществляют контроль»)."""
    for k in range(i + 1, min(i + 4, len(t.words))):
        if not t.plain_gap(k):
            return False
        readings = parses(t.words[k].text)
        if any(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in readings[:2]):
            return any(p.tag.POS == "VERB" and p.tag.number == n.tag.number for p in readings[:2] for n in nominative)
        if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") for p in readings):
            return False
    return False


def _subject_after(t: Text, i: int, nominative) -> bool:
    """The detached participial phrase opens its clause and the clause's subject follows the phrase's closing
    comma: a pronoun or a noun in the nominative it agrees with («Сильная, закалённая в боях, она…»), or
    a verb of «мы», «вы» whose subject is left out («…, обуреваемые сомнениями, меняем…»)."""
    close = next((k for k in range(i + 1, min(i + 12, len(t.words))) if t.gap_before(k).strip() == ","), None)
    if close is None:
        return False
    for k in range(close, min(close + 2, len(t.words))):
        w = t.words[k]
        if k > close and not t.plain_gap(k):
            return False
        _, tok = t.token(k)
        if (w.low in _PERSONAL or tok is not None and tok.rel in ("nsubj", "nsubj:pass")) and _full(
                nominative, [p for p in parses(w.text) if p.tag.case == "nomn" and p.score >= 0.05]):
            return True
        if any(p.tag.number == "plur" for p in nominative) and any(
                p.tag.POS == "VERB" and p.tag.person in ("1per", "2per") and p.tag.number == "plur"
                for p in parses(w.text)):
            return True
    return False


def _passive_before_noun(t: Text, i: int, found: list[Finding]) -> None:
    """«за оставленную отзыв» → «оставленный отзыв»: a passive participle and its noun disagree, and
    the noun stands in no case the participle could govern (an agent «оформленный клиентом»)."""
    w, noun_w = t.words[i], t.words[i + 1]
    readings = _participle_readings(w.text)
    if not readings or any("pssv" not in p.tag for p in readings) or not t.plain_gap(i + 1):
        return
    nouns = parses(noun_w.text)
    if noun_w.text[:1].isupper() or not nouns or any(p.tag.POS != "NOUN" for p in nouns):
        return
    # «за доставленное неудобства»: the same case and gender, the number left from before an edit
    number_slip = any(_case(p.tag) == _case(n.tag) and p.tag.number == "sing" and n.tag.number == "plur"
                      and p.tag.gender == n.tag.gender for p in readings for n in nouns)
    if _full(readings, nouns) or not number_slip and any(_case(n.tag) not in ("nomn", "accs")
                                                         for n in nouns if n.score >= 0.3):
        return
    sent, part = t.token(i)
    _, noun = t.token(i + 1)
    if part is None or noun is None or part.head != noun.index or part.rel != "amod":
        return
    fixed = _fix(readings, nouns[:1], keep_case=False)
    found.append(finding(PARTICIPLE, w.start, noun_w.end, *((f"{match_case(w.text, fixed)} {noun_w.text}",)
                                                            if fixed else ())))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(1, len(t.words)):
        _which(t, i, found)
        _participle_after_comma(t, i, found)
    for i in range(len(t.words) - 1):
        _passive_before_noun(t, i, found)
    return found
