"""Падеж после предлога и падеж прямого дополнения: «с вашим заказом» (не «с ваш заказ»), «о вашей
проблеме», «пропустили встречу» (не «пропустили встреча»).

Precision first: a phrase is reported only when no dictionary reading of its words (pymorphy3 gives
all of them) stands in a case the preposition or the verb takes, and the dependency parse joins the
phrase to that preposition or verb. An ambiguous form with any fitting reading is never flagged.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, RuleInfo, Text, finding, match_case, parses
from app.core.grammar.rules.government import _MODIFIERS, _group
from app.core.grammar.rules.plural_in_use import plural_in_use
from app.core.phrase import phrase

PREPOSITION_CASE = RuleInfo(
    "OURS_PREPOSITION_CASE",
    phrase("Падеж после предлога"),
    phrase("После этого предлога слово стоит в другом падеже."),
    phrase("Каждый предлог требует своего падежа: «с вашим заказом» (творительный), «о вашей проблеме» "
    "(предложный), «за ваше терпение» (винительный), «без вашего ответа», «для вашей заявки» "
    "(родительный), «к вашему заказу» (дательный). Именительный падеж после предлога не ставится."),
    Category.GRAMMAR,
)
OBJECT_CASE = RuleInfo(
    "OURS_OBJECT_CASE",
    phrase("Падеж прямого дополнения"),
    phrase("Дополнение при этом глаголе стоит в винительном падеже."),
    phrase("Переходный глагол требует дополнения в винительном падеже, а не в именительном: «пропустили "
    "встречу», «добавить услугу», «решить проблему», «выбрали нашу компанию». Именительный падеж "
    "называет того, кто действует, а не то, на что направлено действие."),
    Category.GRAMMAR,
)

RULES = (PREPOSITION_CASE, OBJECT_CASE)

# the cases each preposition takes, the most usual first (the first gives the suggestion)
_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "с": ("ablt", "gent"), "со": ("ablt", "gent"),
    "о": ("loct", "accs"), "об": ("loct", "accs"), "обо": ("loct", "accs"),
    "за": ("accs", "ablt"), "в": ("loct", "accs"), "во": ("loct", "accs"),
    "на": ("accs", "loct"), "по": ("datv", "loct", "accs"), "к": ("datv",), "ко": ("datv",),
    "от": ("gent",), "до": ("gent",), "из": ("gent",), "изо": ("gent",), "у": ("gent",),
    "без": ("gent",), "для": ("gent",), "при": ("loct",), "про": ("accs",), "через": ("accs",),
    "над": ("ablt",), "под": ("ablt", "accs"), "перед": ("ablt",), "после": ("gent",),
    "около": ("gent",), "против": ("gent",), "из-за": ("gent",), "кроме": ("gent",),
    "вместо": ("gent",), "среди": ("gent",), "насчет": ("gent",),
}
# «с» takes an accusative only to say a size or an amount: «величиной с дом», «подождите с неделю»
_SIZE = frozenset({"величиной", "размером", "ростом", "длиной", "высотой", "шириной", "толщиной", "весом"})
_AMOUNT = frozenset({"неделя", "месяц", "час", "минута", "год", "день", "километр", "метр", "полчаса",
                     "сотня", "десяток", "тысяча", "литр", "килограмм", "ведро", "дюжина", "полдюжины",
                     "полгода", "полдня", "полсотни"})
# set phrases that keep an old or rare case form after their preposition: «болтать без умолку», «смеяться до
# упаду», «запомнить на века»
_SET_PHRASES = frozenset({("без", "умолку"), ("до", "упаду"), ("на", "века")})
# pymorphy3's second genitive, locative and accusative («чаю», «в лесу») count as the plain case
_CASES = {"gen2": "gent", "loc2": "loct", "acc2": "accs", "gen1": "gent", "loc1": "loct"}
# verbs whose noun after them names what something is, not what is acted on («стать врач» is another error)
# what the parser may call a noun that hangs on the verb: with a nominative-only noun, any of them
_OBJECT_RELATIONS = ("obj", "iobj", "nsubj", "nsubj:pass", "xcomp", "obl")
# verbs of thinking and saying: a clause may follow them without its comma («полагаю, задача решена»)
_CLAUSE_VERBS = frozenset({"знать", "думать", "полагать", "считать", "понимать", "видеть", "слышать", "помнить",
                           "чувствовать", "говорить", "сказать", "написать", "ответить", "объяснить", "узнать",
                           "заметить", "надеяться", "верить", "представлять", "сообщить", "предполагать",
                           "подозревать", "обещать", "понять", "увидеть", "услышать", "вспомнить"})
_LINKING = frozenset({"быть", "стать", "становиться", "являться", "казаться", "оказаться", "называться",
                      "считаться", "остаться", "оставаться", "представлять", "значить", "означать"})


def _case(tag) -> str | None:
    return _CASES.get(tag.case, tag.case)


def _fits(readings, case: str) -> bool:
    return any("Fixd" in p.tag or _case(p.tag) == case for p in readings)


def _phrase_fits(t: Text, group: list[int], cases) -> bool:
    """Some case of ``cases`` in which every word of the phrase has a reading."""
    return any(all(_fits(parses(t.words[k].text), c) for k in group) for c in cases)


def _attached(t: Text, prep: int, noun: int) -> bool:
    """The parse takes the preposition as the case marker of the phrase's noun."""
    _, p = t.token(prep)
    _, n = t.token(noun)
    return p is not None and n is not None and p.head == n.index


def _inflect_phrase(t: Text, group: list[int], case: str) -> str | None:
    """The phrase in ``case``, the noun's number kept and the modifiers agreeing with it."""
    noun_w = t.words[group[-1]]
    noun = next((p for p in parses(noun_w.text) if p.tag.POS == "NOUN"), None)
    if noun is None:
        return None
    wanted = {case, noun.tag.number}
    form = noun.inflect(wanted)
    if form is None:
        return None
    words = []
    for k in group[:-1]:
        agree = {case, noun.tag.number} | ({noun.tag.gender} if noun.tag.number == "sing" else set())
        if case == "accs" and (noun.tag.number == "plur" or noun.tag.gender == "masc"):
            agree.add(noun.tag.animacy or "inan")
        forms = {f.word for p in parses(t.words[k].text) if p.tag.POS in _MODIFIERS
                 and (f := p.inflect({g for g in agree if g})) is not None}
        if len(forms) != 1:
            return None
        words.append(match_case(t.words[k].text, forms.pop()))
    return " ".join([*words, match_case(noun_w.text, form.word)])


def _after_preposition(t: Text, i: int, found: list[Finding]) -> None:
    prep = t.words[i]
    cases = _PREPOSITIONS[prep.low]
    if prep.text[:1].isupper() and prep.low in ("о", "об"):
        return  # «О радость!»: an interjection, not a preposition
    if prep.low == "за" and any(w is not None and w.low == "что" for w in map(t.word, (i - 1, i - 2, i - 3))):
        return  # «что за человек», «что это за вода»
    if t.word(i + 1) is not None and (prep.low, t.words[i + 1].low) in _SET_PHRASES:
        return
    group = _group(t, i + 1)
    if prep.low in ("о", "об", "обо") and group is not None and _about(t, group[-1]) and not _strikes(t, i):
        cases = ("loct",)  # «о» after a word of speaking or knowing is «about»: the prepositional only
    if group is None:
        _substantive(t, i, cases, found)
        return
    if prep.low in ("с", "со") and (t.word(i - 1) is not None and t.words[i - 1].low in _SIZE or any(
            p.normal_form in _AMOUNT for p in parses(t.words[group[-1]].text))):
        cases = (*cases, "accs")
    if len(group) > 1 and _phrase_fits(t, group[:-1], cases) and not _phrase_fits(t, group[-1:], cases):
        if _case_lost(t, i, group, cases, found):
            return
        # «за вашего ответа»: «вашего» fits as an animate accusative, but the phrase agrees only in the genitive
    governed = _PREPOSITIONS[prep.low]
    if _wrong_agreed_case(t, i, group, governed) or _rare_fit(t, i, group, governed):
        fixed = _inflect_phrase(t, group, cases[0])
        found.append(finding(PREPOSITION_CASE, prep.start, t.words[group[-1]].end,
                             *((f"{prep.text} {fixed}",) if fixed else ())))
        return
    if prep.low == "по" and _po_nominative(t, i, group):
        fixed = _inflect_phrase(t, group, "datv")
        found.append(finding(PREPOSITION_CASE, prep.start, t.words[group[-1]].end,
                             *((f"{prep.text} {fixed}",) if fixed else ())))
        return
    if any(_phrase_fits(t, group[:j], cases) for j in range(1, len(group) + 1)):
        return  # «для больного сиделку»: an adjective standing for a noun is the whole phrase
    if not all(any(p.tag.case == "nomn" for p in parses(t.words[k].text)) for k in group):
        return  # only a phrase in the nominative, the form a learner writes when unsure, is reported
    after = t.word(group[-1] + 1)
    if after is not None and t.plain_gap(after.index) and parses(after.text)[0].tag.POS in _MODIFIERS \
            and any(_fits(parses(after.text), c) for c in cases):
        return  # «из власть предержащих»: the phrase goes on with the word the preposition governs
    noun = parses(t.words[group[-1]].text)
    if any(p.tag.case == "nomn" and p.tag.number == "plur" and "anim" in p.tag for p in noun):
        return  # «пойти в менеджеры» (the old accusative), «через одноклассники» (a site's name)
    if not _attached(t, i, group[-1]):
        return
    fixes = []
    for case in cases:
        phrase = _inflect_phrase(t, group, case)
        if phrase is not None and f"{prep.text} {phrase}" not in fixes:
            fixes.append(f"{prep.text} {phrase}")
    # «о» and «по» take their other cases in set phrases only («удариться о стену», «по колено»)
    found.append(finding(PREPOSITION_CASE, prep.start, t.words[group[-1]].end,
                         *fixes[:1 if prep.low in ("о", "об", "обо", "по") else 2]))


# what «по» takes in the accusative: the last day or time something lasts to («по пятницу», «по сей день», «с
# января по март»), how deep («по колено», «по пояс»)
_PO_LIMITS = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "день",
                        "время", "число", "год", "месяц", "момент", "вечер", "утро", "январь", "февраль", "март",
                        "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
                        "колено", "пояс", "горло", "локоть", "грудь", "плечо", "щиколотка", "пора"})


def _po_nominative(t: Text, i: int, group: list[int]) -> bool:
    """«вернём по чек» → «по чеку»: after «по» a singular inanimate phrase that reads in no case but the nominative
    and the accusative the same as it. «По» takes such an accusative only for a time something lasts to or a depth
    («по пятницу», «с первого по пятый этаж», «по колено»), so not with a noun of time or depth, an ordinal, or a «с»
    in the same clause before it; and the parse takes «по» as the phrase's."""
    words = [parses(t.words[k].text) for k in group]
    noun = [p for p in words[-1] if p.tag.POS == "NOUN"]
    if not any(p.tag.case == "nomn" and p.tag.number == "sing" and "inan" in p.tag for p in noun) or any(
            _case(p.tag) == "accs" and (p.tag.number != "sing" or "anim" in p.tag) or "Fixd" in p.tag
            or p.normal_form in _PO_LIMITS or p.normal_form in _AMOUNT for p in noun):
        return False  # «по грибы» is the old plural accusative, «по полдюжины» counts out
    if not all(any(p.tag.case == "nomn" for p in w) for w in words) or any(
            "Anum" in p.tag for w in words for p in w):
        return False
    if _phrase_fits(t, group, ("datv", "loct")):
        return False
    k = i
    while k > 0 and t.plain_gap(k) and k > i - 8:
        k -= 1
        if t.words[k].low in ("с", "со"):
            return False  # «с января по март», «со второго по десятый»
    return _attached(t, i, group[-1])


# verbs of striking and leaning, after which «о» takes the accusative: «удариться о стену»
_STRIKE = frozenset({"удариться", "ударяться", "ударить", "ударять", "стукнуться", "стукнуть", "опереться",
                     "опираться", "облокотиться", "споткнуться", "спотыкаться", "разбиться", "разбить", "биться",
                     "вытереть", "вытирать", "тереться", "потереться", "обжечься", "порезаться", "зацепиться",
                     "запнуться", "поцарапаться", "треснуться"})
# «бок о бок», «рука об руку», «плечо о плечо»: the same noun on both sides
_PAIRED = frozenset({"бок", "рука", "плечо", "нога", "стена", "локоть"})


# words after which «о» means «about» (a topic), never a surface struck: «напишите о заказе»
_TOPIC = frozenset({"говорить", "сказать", "рассказать", "рассказывать", "написать", "писать", "сообщить",
                    "сообщать", "спросить", "спрашивать", "узнать", "узнавать", "думать", "подумать", "забыть",
                    "забывать", "помнить", "напомнить", "напоминать", "знать", "слышать", "услышать", "читать",
                    "прочитать", "договориться", "предупредить", "уведомить", "беспокоиться", "заботиться",
                    "позаботиться", "переживать", "мечтать", "информация", "вопрос", "сведение", "данные",
                    "отзыв", "сообщение", "уведомление", "письмо", "напоминание", "речь", "мнение", "разговор",
                    "новость", "известие", "статья", "рассказ", "заявление", "справка", "запрос"})


def _about(t: Text, noun: int) -> bool:
    """The parse hangs the phrase after «о» on a word of speaking or knowing."""
    sent, tok = t.token(noun)
    if tok is None or tok.head < 0:
        return False
    return any(p.normal_form in _TOPIC for p in parses(sent.tokens[tok.head].text))


def _strikes(t: Text, i: int) -> bool:
    """«о» here may take the accusative: a verb of striking or leaning up to four words back in the
    clause, or a set pair like «бок о бок»."""
    for k in range(i - 1, max(-1, i - 5), -1):
        lemmas = {p.normal_form for p in parses(t.words[k].text)}
        if lemmas & _STRIKE or k == i - 1 and lemmas & _PAIRED:
            return True
        if not t.plain_gap(k + 1):
            return False
    return False


def _substantive(t: Text, i: int, cases, found: list[Finding]) -> None:
    """«без выходные» → «без выходных», «кроме новые» → «кроме новых»: an adjective standing for a noun
    after the preposition, in the nominative only — no reading in a case the preposition takes — and
    the parse takes the preposition as its case marker. What follows it must not be its noun."""
    w = t.word(i + 1)
    if w is None or not w.text.isalpha() or w.text[:1].isupper():
        return
    readings = [p for p in parses(w.text) if p.score >= 0.05]
    if not readings or not any(p.tag.POS in _MODIFIERS for p in readings) or any(
            p.tag.POS not in (*_MODIFIERS, "NOUN") for p in readings):
        return
    if any(_fits([p], c) for p in parses(w.text) for c in cases) or not all(
            _case(p.tag) in ("nomn", "accs") for p in readings):
        return
    after = t.word(i + 2)
    if after is not None and t.plain_gap(i + 2) and any(
            p.tag.POS in ("NOUN", *_MODIFIERS) and p.score >= 0.05 for p in parses(after.text)):
        return  # the phrase goes on: its noun is further on or unknown
    if not _attached(t, i, i + 1):
        return
    number = readings[0].tag.number
    forms = {f.word for p in readings if p.tag.POS in _MODIFIERS
             and (f := p.inflect({cases[0], number} | ({p.tag.gender} if number == "sing" and p.tag.gender else set())
                                 | ({"anim"} if cases[0] == "accs" else set()))) is not None}
    fix = f"{t.words[i].text} {match_case(w.text, forms.pop())}" if len(forms) == 1 else None
    found.append(finding(PREPOSITION_CASE, t.words[i].start, w.end, *((fix,) if fix else ())))


_TREE_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _agreeing_cases(t: Text, group: list[int]) -> set[str]:
    """The cases in which the modifiers and the noun have readings agreeing in case, number and gender."""
    nouns = [p for p in parses(t.words[group[-1]].text) if p.tag.POS == "NOUN"]
    out = set()
    for n in nouns:
        if all(any(_case(m.tag) == _case(n.tag) and m.tag.number == n.tag.number and (
                n.tag.number == "plur" or m.tag.gender in (None, n.tag.gender)) for m in parses(t.words[k].text))
               for k in group[:-1]):
            out.add(_case(n.tag))
    return out


def _wrong_agreed_case(t: Text, i: int, group: list[int], cases) -> bool:
    """«за вашего внимания»: modifiers and noun agree with each other only in the genitive, which the
    preposition does not take (each word alone may read otherwise: «вашего» as an animate accusative),
    and the parse takes the preposition as the noun's. The nominative is the next check's, which offers
    a fix for each case the preposition takes."""
    if len(group) < 2:
        return False
    agreeing = _agreeing_cases(t, group)
    if agreeing != {"gent"} or "gent" in cases or not _attached(t, i, group[-1]):
        return False
    _, noun = t.token(group[-1])
    return _TREE_CASES.get(noun.feat("Case")) in agreeing  # the tagger reads the case so too, in context


def _rare_fit(t: Text, i: int, group: list[int], cases) -> bool:
    """«за понимания»: the noun reads in the preposition's case only as a plural the dictionary finds
    in under one use in twenty, its usual reading (nine in ten) is another, and nothing follows it that
    the phrase could go on with."""
    if len(group) != 1:
        return False
    readings = parses(t.words[group[0]].text)
    fitting = [p for p in readings if any(_fits([p], c) for c in cases)]
    if not fitting or any(p.score >= 0.05 or p.tag.number != "plur" for p in fitting) or readings[0].score < 0.9 \
            or plural_in_use(fitting[0]):
        return False  # «за отмены»: the cancellations, a plural people write
    after = t.word(group[0] + 1)
    if after is not None and t.plain_gap(after.index) and any(
            p.tag.POS in ("NOUN", *_MODIFIERS) and p.score >= 0.05 for p in parses(after.text)):
        return False
    return _attached(t, i, group[0])


def _case_lost(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> bool:
    """«после вчерашнего обновление» → «обновления»: the modifiers stand in the preposition's case and
    agree with the noun in gender and number, the noun alone has lost the case (it reads only as a
    nominative or accusative). Not «для больного сиделку», where the adjective is a noun of its own
    in another gender. True when it reports."""
    noun_w = t.words[group[-1]]
    nouns = [p for p in parses(noun_w.text) if p.tag.POS == "NOUN"]
    if not nouns or any(_case(p.tag) not in ("nomn", "accs") for p in nouns) or any("anim" in p.tag for p in nouns):
        return False
    # the first case the preposition takes in which every modifier agrees with the noun: «за такой ошибка» reads
    # «такой» as a masculine accusative too, but only its instrumental agrees with a feminine noun
    case = next((c for c in cases if all(any(_case(m.tag) == c and m.tag.number == n.tag.number and (
        n.tag.number == "plur" or m.tag.gender == n.tag.gender) for m in parses(t.words[k].text) for n in nouns)
        for k in group[:-1])), None)
    if case is None:
        return False
    _, prep = t.token(i)
    if prep is None or prep.head not in {tok.index for k in group if (tok := t.token(k)[1]) is not None}:
        return False
    if len(group) == 2 and _noun_left_out(t, i, group[0], case):
        return False
    # the agreeing case first, then the preposition's usual one: «за такой ошибкой» or «за такую ошибку»
    fixes = []
    for c in (case, *([] if t.words[i].low in ("о", "об", "обо", "по") else cases[:1])):
        fixed = _inflect_phrase(t, group, c)
        if fixed is not None and f"{t.words[i].text} {fixed}" not in fixes:
            fixes.append(f"{t.words[i].text} {fixed}")
    found.append(finding(PREPOSITION_CASE, t.words[i].start, noun_w.end, *fixes))
    return True


# Words that set one thing of a kind against another, whose noun is left out when it was just named: «Первая банка
# была отличной, а во второй текстура другая», «в одном зале тихо, в другом музыка».
_CONTRASTING = frozenset({"другой", "последний", "остальной", "соседний", "один"})


def _noun_left_out(t: Text, i: int, k: int, case: str) -> bool:
    """The modifier after the preposition stands for a noun the text named just before, of the modifier's gender and
    number (an ordinal or a word of contrast: «Первая банка…, а во второй текстура…»): the noun after it is the
    subject of its own clause, and its predicate follows. «Мы живём в новой квартира» names no such noun, «Первая
    квартира…, во второй квартира…» names the same one, «Оплата прошла, но курс привязан к другой почта.» ends on the
    noun: all stay reported."""
    readings = [m for m in parses(t.words[k].text) if _case(m.tag) == case and (
        "Anum" in m.tag or m.normal_form in _CONTRASTING)]
    if not readings or t.word(k + 2) is None or not t.plain_gap(k + 2):
        return False  # the subject goes on with its predicate; «привязан к другой почта.» ends on the slip
    after = {p.normal_form for p in parses(t.words[k + 1].text)}  # «во второй квартира» after «квартира»: a slip
    start = max(0, i - 25)
    return any(n.tag.POS == "NOUN" and n.normal_form not in after and n.tag.number == m.tag.number and (
        m.tag.number == "plur" or n.tag.gender == m.tag.gender)
               for w in t.words[start:i] for n in parses(w.text)[:2] for m in readings)


def _verb(readings, clause: bool = False) -> str | None:
    """'infn' (an infinitive or an imperative) or 'verb' (indicative) if every reading is a transitive
    verb of that kind, not a linking one (nor one that takes a clause, unless ``clause``)."""
    if not readings or any(p.normal_form in _LINKING or p.normal_form in _CLAUSE_VERBS and not clause
                           or "tran" not in p.tag for p in readings):
        return None
    if all(p.tag.POS == "INFN" or p.tag.POS == "VERB" and p.tag.mood == "impr" for p in readings):
        return "infn"  # an infinitive or an imperative has no subject of its own after it
    if all(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in readings):
        return "verb"
    return None


def _can_be_subject(verb_readings, noun) -> bool:
    """The nominative noun could be the subject of the finite verb (it agrees with one reading)."""
    for v in verb_readings:
        if v.tag.person in ("1per", "2per"):
            continue
        if v.tag.number != noun.tag.number:
            continue
        if (v.tag.tense == "past" or v.tag.POS == "ADJS") and v.tag.number == "sing" and v.tag.gender != noun.tag.gender:
            continue
        return True
    return False


_TO_WHOM = frozenset({"мне", "нам", "вам", "тебе", "ему", "ей", "им"})
_SUBJECT_PRONOUNS = frozenset(SUBJECT_PRONOUNS)


def _has_subject(t: Text, i: int, sent, v, n) -> bool:
    """The verb has its subject already: a personal pronoun right before it («я оформила заявка»)
    that the parse takes as its subject."""
    if sent is None or v is None:
        return False
    return any(c.rel == "nsubj" and c.low in _SUBJECT_PRONOUNS and c.index < v.index
               and (n is None or c.index != n.index) for c in sent.children(v.index))


def _object(t: Text, i: int, found: list[Finding]) -> None:
    """«пропустили встреча» → «пропустили встречу»: after a transitive verb, a noun that can only be
    a nominative and cannot be the verb's subject."""
    verb_w = t.words[i]
    if not verb_w.text.isalpha():
        return
    readings = parses(verb_w.text)
    kind = _verb(readings, clause=True)
    if kind is None:
        return
    start = i + 1
    if t.words[start].low in _TO_WHOM and start + 1 < len(t.words) and t.plain_gap(start + 1):
        start += 1  # «отправили вам новую ссылку»
    group = _group(t, start)
    if group is None:
        return
    if any(p.normal_form in _CLAUSE_VERBS for p in readings) and not _ends_without_predicate(t, group[-1]):
        return  # «напишу, сумма придёт завтра» with the comma left out: the noun opens a clause
    words = [parses(t.words[k].text) for k in group]
    if any(any(_case(p.tag) != "nomn" and "Fixd" not in p.tag for p in w) for w in words):
        return  # some reading is not a nominative: it may be an accusative or a genitive object
    if any("Fixd" in p.tag or "anim" in p.tag for p in words[-1]):
        return  # an animate noun after the verb is most often its subject: «позвонила мама»
    noun = words[-1][0]
    sent, v = t.token(i)
    _, n = t.token(group[-1])
    if kind == "verb" and _can_be_subject(readings, noun) and not _has_subject(t, i, sent, v, n):
        return  # «решила задача» could be a subject after its verb
    if v is None or n is None or n.head != v.index or n.rel not in _OBJECT_RELATIONS:
        return
    governor = sent.head_of(v)
    if kind == "infn" and governor is not None and not _has_subject(t, i, sent, governor, n) and _can_be_subject(
            [p for p in parses(governor.text) if p.tag.POS == "VERB" and p.tag.mood == "indc" or p.tag.POS == "ADJS"],
            noun):
        return  # «не может не волновать судьба», «что должна делать рассылка»: the noun is the subject of the verb
        # or the short adjective above the infinitive
    phrase = _inflect_phrase(t, group, "accs")
    found.append(finding(OBJECT_CASE, verb_w.start, t.words[group[-1]].end,
                         *((f"{t.text[verb_w.start:t.words[group[0]].start]}{phrase}",) if phrase else ())))


def _ends_without_predicate(t: Text, k: int) -> bool:
    """After word k only nouns in the genitive (and their adjectives) stand before the sentence or clause ends: «я
    напишу вам сумма компенсации.» — no verb, short form or nominative that a clause opened by the noun would need."""
    for j in range(k + 1, len(t.words)):
        if not t.plain_gap(j):
            return any(ch in t.gap_before(j) for ch in ".!?,;:")
        readings = [p for p in parses(t.words[j].text) if p.score >= 0.05]
        if not readings or any(p.tag.POS not in ("NOUN", "ADJF", "PRTF", "NPRO") for p in readings) \
                or not any(p.tag.case == "gent" for p in readings):
            return False
    return True


_PREDICATE_POS = frozenset({"VERB", "INFN", "ADJS", "PRTS", "PRED", "ADVB"})  # «и доставка бесплатно»


def _second_object(t: Text, i: int, found: list[Finding]) -> None:
    """«приложите паспорт и виза» → «визу»: after an imperative or an infinitive that takes an object, the first
    object in the accusative, then «и» and a noun that can only be a nominative — the second object of the pair,
    in the first one's case. Not when a predicate follows the second noun, which then opens a clause of its own
    («закройте приложение и настройка сохранится»); not after a finite verb, whose subject may follow it («вас
    ждёт трансфер и экскурсия»)."""
    verb_w = t.words[i]
    readings = parses(verb_w.text)
    if not verb_w.text.isalpha() or not readings or any(
            p.tag.POS not in ("INFN", "VERB") or "tran" not in p.tag or p.normal_form in _LINKING
            or p.tag.POS == "VERB" and p.tag.mood != "impr" and p.tag.person not in ("1per", "2per") for p in readings):
        return  # «приложите» is an imperative or «вы приложите»: no third person for a subject to follow
    start = i + 1
    if t.words[start].low in _TO_WHOM and start + 1 < len(t.words) and t.plain_gap(start + 1):
        start += 1
    first = _group(t, start)
    if first is None or not any(_case(p.tag) == "accs" and p.tag.POS == "NOUN" for p in parses(t.words[first[-1]].text)):
        return
    j = first[-1] + 1
    if j + 1 >= len(t.words) or t.words[j].low != "и" or not t.plain_gap(j) or not t.plain_gap(j + 1):
        return
    second = _group(t, j + 1)
    if second is None:
        return
    words = [[p for p in parses(t.words[k].text) if p.score >= 0.02] for k in second]
    if any(not w or any(_case(p.tag) != "nomn" or "Fixd" in p.tag for p in w) for w in words) \
            or any("anim" in p.tag or p.tag.number != "sing" for p in words[-1]):
        return
    after = second[-1] + 1
    if after < len(t.words) and ("—" in t.gap_before(after) or "-" in t.gap_before(after)):
        return  # «…и доставка — бесплатно»: a clause with no verb
    if after < len(t.words) and t.plain_gap(after) and (t.words[after].low == "не" or any(
            p.tag.POS in _PREDICATE_POS for p in parses(t.words[after].text) if p.score >= 0.05)):
        return
    phrase = _inflect_phrase(t, second, "accs")
    found.append(finding(OBJECT_CASE, t.words[second[0]].start, t.words[second[-1]].end, *((phrase,) if phrase else ())))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        if not t.plain_gap(i + 1):
            continue
        if t.words[i].low in _PREPOSITIONS:
            _after_preposition(t, i, found)
        else:
            _object(t, i, found)
            _second_object(t, i, found)
    return found
