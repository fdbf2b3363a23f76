"""Запятая в сложноподчинённом предложении: перед «что», «чтобы», «потому что», «который», «так как»,
«если» и после придаточного в начале предложения («Если возникнут вопросы, напишите нам»)."""

from __future__ import annotations

import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import (SUBJECT_PRONOUNS, RuleInfo, Text, Word, agrees_with_pronoun, finding, has_tag,
                                          likeliest_pos, parses, quantity_after_than)
from app.core.grammar.rules.no_clause_comma import no_clause_after, then_part_follows
from app.core.grammar.rules.syntax_commas import CLAUSE, HOMOGENEOUS
from app.core.grammar.rules.tree_words import possessive_relative
from app.core.phrase import phrase

CONJ_COMMA = RuleInfo(
    "OURS_CONJ_COMMA",
    phrase("Запятая перед придаточным предложением"),
    phrase("Перед придаточным предложением нужна запятая."),
    phrase("Придаточное предложение отделяется от главного запятой. Она ставится перед союзом или союзным "
    "словом: «Я уточню, что произошло», «Напишите, чтобы мы проверили», «Заказ задерживается, "
    "потому что…», «Товар, который вы заказали…», «Напишите нам, если возникнут вопросы». "
    "Если перед «который» стоит предлог, запятая ставится перед предлогом: «Адрес, по которому…». "
    "Частица перед «если» или «когда» («лишь», «даже», «именно») входит в придаточное, и запятая "
    "ставится перед ней: «Мы позвоним, лишь когда заказ соберут». "
    "В составном союзе «потому что» запятая обычно одна — перед «потому». "
    "Запятая ставится и перед «что» в сочетании «то, что»: «Спасибо за то, что дождались»."),
    Category.PUNCTUATION,
)
CLAUSE_END_COMMA = RuleInfo(
    "OURS_CLAUSE_END_COMMA",
    phrase("Запятая после придаточного предложения"),
    phrase("Придаточное предложение отделяется запятой."),
    phrase("Если предложение начинается с придаточного («Если…», «Когда…», «Чтобы…», «Хотя…»), "
    "после него перед главной частью нужна запятая: «Если возникнут вопросы, напишите нам», "
    "«Когда курьер привезёт заказ, вы получите СМС»."),
    Category.PUNCTUATION,
)

COMPARISON_COMMA = RuleInfo(
    "OURS_COMPARISON_COMMA",
    phrase("Запятая перед сравнительным оборотом"),
    phrase("Сравнительный оборот отделяется запятой."),
    phrase("Перед «чем» после сравнительной степени и перед «как» в оборотах «как и», «так же, как», "
    "«такой же, как» ставится запятая: «Это быстрее, чем по почте», «Мы, как и вы, ждём ответа», "
    "«Сделайте так же, как в прошлый раз». Сравнительный оборот с «как», «словно», «будто», «точно» "
    "после глагола или прилагательного тоже отделяется: «Кофе горяч, как пекло», «Дети шумели, как воробьи "
    "на ветке». "
    "Без запятой пишутся «более чем», «менее чем», устойчивые сочетания («белый как снег», «как по маслу») "
    "и «как» в значении «в качестве» («выступает как посредник»)."),
    Category.PUNCTUATION,
)

RULES = (CONJ_COMMA, CLAUSE_END_COMMA, COMPARISON_COMMA)

# Words a clause-opening conjunction may follow without a comma: conjunctions, particles, and
# the words of compound conjunctions whose comma may stand further left («для того чтобы»).
NO_COMMA_AFTER = frozenset({
    "и", "а", "но", "или", "либо", "да", "ни", "не", "лишь", "только", "именно", "даже", "просто",
    "особенно", "как", "что", "разве", "тем", "того", "затем", "так", "то", "это", "вот", "ведь",
    "более", "числе", "кроме", "причем", "притом", "потому", "оттого", "словно", "будто", "ли",
    "однако", "зато", "почти", "чем", "особенности",
})
# Words whose part of speech makes a following «что» begin a clause («знаю что» → «знаю, что»).
_CLAUSE_HEADS = ("VERB", "INFN", "GRND", "PRTS", "ADJS", "PRED")
_CHTO_HEADS = frozenset({"спасибо", "жаль", "хорошо", "странно", "важно", "ясно", "понятно", "известно"})
# «что угодно», «что попало», «что нужно» after «есть» are not clauses needing a comma;
# «делай что хочешь» is one idea, no clause
_AFTER_CHTO_FIXED = frozenset({"угодно", "попало", "хочешь", "хотите"})  # «что бы» is OURS_CHTOBY's
# «сделайте так, как написано» — «так как» compares rather than gives a reason
_COMPARATIVE_NEXT = frozenset({
    "нужно", "надо", "должно", "должен", "должна", "должны", "положено", "обычно", "написано",
    "указано", "описано", "принято", "удобно", "хотите", "хотели", "сказано", "требуется", "было",
    "раньше", "и", "это", "вам", "вы", "нам",
})
_OPENERS = frozenset({"если", "когда", "чтобы", "хотя", "поскольку"})
_SUBJECT_PRONOUNS = frozenset({"я", "мы", "вы", "он", "она", "они"})
# a particle before «потому что» stresses the cause and parts the conjunction: «не потому, что…»
_CAUSE_STRESSED = frozenset({"не", "лишь", "только", "именно", "а", "также", "тоже", "бы", "просто", "отчасти",
                             "частично", "главным", "образом", "прежде", "всего"})


def _plain_prev(t: Text, i: int):
    """The word before word i if only spaces separate them and both are in one sentence."""
    return t.words[i - 1] if i > 0 and t.plain_gap(i) else None


def _comma_before(t: Text, i: int, found: list[Finding]) -> None:
    prev, w = t.words[i - 1], t.words[i]
    found.append(finding(CONJ_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))


def _is_clause_head(word: str) -> bool:
    return word.lower().replace("ё", "е") in _CHTO_HEADS or any(
        p.tag.POS in _CLAUSE_HEADS for p in parses(word) if p.score >= 0.1)


def _is_kotoryj(word: str) -> bool:
    return any(p.normal_form == "который" for p in parses(word))


_SIGN_GAP = re.compile(r"\s*[₽$€%°]\s+")


def _check_after_sign(t: Text, i: int, found: list[Finding]) -> None:
    """«…будет 2 500 ₽(,) если оплатить сейчас», «скидка 10 %(,) чтобы…»: a figure and its sign end the main clause."""
    gap = t.gap_before(i)
    if i and t.words[i].low in ("чтобы", "если", "поскольку") and t.words[i - 1].text.isdigit() \
            and _SIGN_GAP.fullmatch(gap):
        prev, w = t.words[i - 1], t.words[i]
        found.append(finding(CONJ_COMMA, prev.start, w.end, f"{prev.text}{gap.rstrip()}, {w.text}"))


def _check_before(t: Text, found: list[Finding]) -> None:
    for i, w in enumerate(t.words):
        prev = _plain_prev(t, i)
        if prev is None:
            _check_after_sign(t, i, found)
            continue
        nxt = t.word(i + 1)
        nxt_low = nxt.low if nxt is not None and t.plain_gap(i + 1) else ""
        if w.low == "что":
            if prev.low == "потому" and (before := _plain_prev(t, i - 1)) is not None and before.low in _CAUSE_STRESSED:
                _comma_before(t, i, found)  # «не потому, что…», «хотя бы потому, что…»
            elif prev.low in ("то", "тем"):
                before = _plain_prev(t, i - 1)
                # «несмотря на то что» may keep its comma before «несмотря»; «между тем» is an adverb;
                # «не то что», «а то» are set phrases — but «не тем, что», «настроиться на то, что»
                before_on = _plain_prev(t, i - 2) if before is not None and before.low == "на" else None
                after_despite = before_on is not None and before_on.low == "несмотря"
                if before is None or prev.low == "то" and before.low not in ("не", "ни", "а") and not after_despite \
                        or prev.low == "тем" and before.low not in ("между", "перед"):
                    _comma_before(t, i, found)  # «горжусь тем, что», «спасибо за то, что»
            elif (prev.low not in NO_COMMA_AFTER and _is_clause_head(prev.text)
                  and not any(p.normal_form == "быть" for p in parses(prev.text))
                  and nxt_low not in _AFTER_CHTO_FIXED and nxt_low != "бы" and not no_clause_after(t, i)):
                _comma_before(t, i, found)
        elif w.low in ("чтобы", "чтоб", "если", "ежели", "коли", "поскольку", "ибо", "дабы"):
            if prev.low not in NO_COMMA_AFTER and not (w.low == "если" and prev.low in ("в", "случае")) \
                    and not (w.low == "если" and then_part_follows(t, i)):
                _comma_before(t, i, found)
        elif w.low == "потому" and nxt_low == "что":
            if prev.low not in NO_COMMA_AFTER and prev.low not in ("возможно", "наверное", "видимо") \
                    and prev.low not in _CAUSE_STRESSED:
                _comma_before(t, i, found)
        elif w.low == "так" and nxt_low == "как":
            after = t.word(i + 2)
            if (prev.low not in NO_COMMA_AFTER and not has_tag(prev.text, "impr")
                    and not has_tag(prev.text, "INFN") and after is not None and t.plain_gap(i + 2)
                    and after.low not in _COMPARATIVE_NEXT):
                _comma_before(t, i, found)
        elif _is_kotoryj(w.text) and not t.starts_sentence(i):
            if parses(prev.text)[0].tag.POS == "PREP":
                if prev.low in ("из", "среди"):
                    continue  # «каждый из которых»: the comma goes before «каждый»
                before = _plain_prev(t, i - 1)
                if before is not None and before.low not in NO_COMMA_AFTER and not _opened_group(t, i - 2):
                    _comma_before(t, i - 1, found)
            elif possessive_relative(prev.text, w.low) and prev.text.islower():
                # «человек(,) мать которого», «дом(,) в окнах которого»: before the noun and its preposition
                k = _noun_group_start(t, i - 1)
                before = _plain_prev(t, k)
                if _set_off_noun_before(t, k):
                    continue  # «товар, срок годности которого…»: the comma stands before «срок»
                if before is not None and before.low not in NO_COMMA_AFTER \
                        and parses(before.text)[0].tag.POS not in ("PREP", "CONJ", "PRCL"):
                    _comma_before(t, k, found)
            elif prev.low not in NO_COMMA_AFTER and not has_tag(w.text, "gent") \
                    and not (parses(prev.text)[0].tag.POS == "INFN" and "," in t.gap_before(i - 1)):
                _comma_before(t, i, found)  # but «ошибки, исправить которые…»: the infinitive opens the clause


def _set_off_noun_before(t: Text, k: int) -> bool:
    """Word k, which can be a genitive, hangs on the noun before it that follows a comma: the two open a relative
    clause the writer set off already («товар, срок годности которого…», «задача, часть условий которой…»)."""
    if k < 1 or not t.plain_gap(k) or "," not in t.gap_before(k - 1) or not t.words[k - 1].text.islower():
        return False
    return parses(t.words[k - 1].text)[0].tag.POS == "NOUN" and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(t.words[k].text))


def _opened_group(t: Text, k: int) -> bool:
    """Word k, a noun in an oblique case, and the preposition before it open a relative clause the writer
    set off already: «уход из мира, для знакомства с которым…» — the comma stands before «для», and none
    goes before «с». So does a noun right after a comma whose preposition and «который» follow it: «вопрос,
    ответ на который…», «очередь, запись в которую…»."""
    if k >= 0 and "," in t.gap_before(k) and parses(t.words[k].text)[0].tag.POS == "NOUN" \
            and t.words[k].text.islower():
        return True
    if k < 1 or not t.plain_gap(k) or "," not in t.gap_before(k - 1):
        return False
    noun, preposition = parses(t.words[k].text)[0].tag, parses(t.words[k - 1].text)[0].tag
    return preposition.POS == "PREP" and noun.POS == "NOUN" and noun.case not in (None, "nomn")


def _noun_group_start(t: Text, k: int) -> int:
    """The first word of the group noun k heads: its adjectives and numerals, the noun a genitive
    hangs on («часть помещений которого»), and the group's preposition («на обоих берегах которой»)."""
    while k > 0 and t.plain_gap(k):
        top = parses(t.words[k - 1].text)[0].tag
        if top.POS in ("ADJF", "PRTF", "NUMR") or top.POS == "NOUN" and has_tag(t.words[k].text, "gent") \
                and t.words[k - 1].text.islower() and parses(t.words[k].text)[0].tag.case == "gent":
            k -= 1
        else:
            break
    if k > 0 and t.plain_gap(k) and parses(t.words[k - 1].text)[0].tag.POS == "PREP":
        k -= 1
    return k


def _clause_end(t: Text, i: int) -> Finding:
    prev, w = t.words[i - 1], t.words[i]
    return finding(CLAUSE_END_COMMA, prev.start, w.end, f"{prev.text}, {w.text}")


_TO_PARTICLE_HOSTS = frozenset({"кто", "что", "где", "куда", "когда", "как", "какой", "какая", "какое", "какие",
                                "чей", "откуда", "почему", "зачем", "кого", "кому", "чего", "чем", "чему"})


def _opens_sentence(t: Text, s: int) -> bool:
    """Word s starts its sentence, or follows only a leading «а», «но», «и» («А если…»)."""
    return t.starts_sentence(s) or (s > 0 and t.plain_gap(s) and t.words[s - 1].low in _LEADING_CONJUNCTIONS
                                    and t.starts_sentence(s - 1))


def _only_adverbials(t: Text, start: int, end: int) -> bool:
    """Words start…end-1 are adverbs and phrases with a preposition («в следующий раз», «сразу»): a
    verb of the second person after them is the opening clause's own («Если в следующий раз
    захотите…»), not a request that follows it."""
    k, in_phrase, tail = start, False, False
    while k < end:
        word = t.words[k].text
        top = parses(word)[0].tag
        if top.POS == "PREP":
            in_phrase, tail = True, False
        elif top.POS in ("ADVB", "PRCL") or (in_phrase or tail) and (
                top.POS in ("ADJF", "NUMR", "NPRO") or word.isdigit()):
            pass
        elif in_phrase and top.POS == "NOUN":
            in_phrase, tail = False, True
        elif tail and top.POS == "NOUN" and any(p.tag.case == "gent" for p in parses(word)):
            pass  # «в течение двух дней», «за 10 дней»: the phrase's noun and its genitive, a number in figures
        else:
            return False
        k += 1
    return True


def _compound_opens(t: Text, s: int) -> bool:
    """Word s ends a compound conjunction that opens the sentence, all of it without commas («Для того чтобы»)."""
    for compound in _OPENING_COMPOUNDS:
        first = s - len(compound) + 1
        if first >= 0 and t.words[s].low == compound[-1] and _opens_sentence(t, first) and all(
                t.words[first + k].low == c and (k == 0 or t.plain_gap(first + k)) for k, c in enumerate(compound)):
            return True
    return False


def _check_after_opening_clause(t: Text, found: list[Finding]) -> None:
    for s, w in enumerate(t.words):
        compound = w.low in ("что", "как", "чтобы", "чем") and _compound_opens(t, s)
        if w.low not in _OPENERS and not compound:
            continue
        # «…на странице курса, если будут вопросы(,) пишите»: a clause after a comma that a request follows
        inner = not _opens_sentence(t, s) and w.low in ("если", "когда") and t.gap_before(s).rstrip().endswith(",")
        if not (_opens_sentence(t, s) or inner or compound):
            continue
        seen_predicate, predicate = False, s
        for i in range(s + 1, len(t.words)):
            if not t.plain_gap(i):
                break  # a comma (or the sentence end) is already there
            cur = t.words[i]
            analyses = parses(cur.text)
            likely = [p for p in analyses if p.score >= 0.1]
            # «заполните» reads as an imperative or as «вы заполните»: without «вы» before it, a request
            second_person = likely and any("impr" in p.tag for p in likely) and all(
                p.tag.POS == "VERB" and ("impr" in p.tag or p.tag.person == "2per") for p in likely) \
                and t.words[i - 1].low not in ("вы", "ты")
            if inner and cur.low not in _SUBJECT_PRONOUNS and any(t.words[k].low in ("вы", "ты") for k in range(s + 1, i)):
                second_person = False  # «…, когда вы сами три раза вводите ПИН»: the clause's own verb
            if second_person and not seen_predicate and _pronoun_and_adverbs(t, s + 1, i):
                second_person = False  # «Если вы просто хотите…»: «вы» and adverbs, then the clause's own verb
            if i > s + 1 and second_person and cur.low not in ("давайте",) \
                    and (seen_predicate or not _only_adverbials(t, s + 1, i)):
                # never between «не» and its verb, nor after «тогда», «там» answering the opener (the comma goes
                # before them: «Когда курьер приедет, тогда позвоните»)
                if t.words[i - 1].low not in ("не", "ни", "тогда", "там", "туда", "оттуда", "то", "так", "столько"):
                    found.append(_clause_end(t, i))
                elif t.words[i - 1].low == "не" and seen_predicate and predicate < i - 1 and t.plain_gap(i - 1) \
                        and not _fronted_object(t, i - 2):
                    found.append(_clause_end(t, i - 1))  # «Если ничего не вышло(,) не волнуйтесь»
                break
            if inner:
                pass  # inside a sentence only a request surely starts the next part
            elif seen_predicate and cur.low in _SUBJECT_PRONOUNS:
                # after a conjunction the pronoun opens a clause of its own: «Если…(?) это значит что мы…» —
                # the border is before that clause, somewhere the words do not show
                if t.words[i - 1].low not in _JOINING and not _inverted_pronoun(t, s, i, predicate):
                    found.append(_clause_end(t, i))
                break
            # «Если товар не подошёл(,) то верните его»: «то» opens the main part after a predicate
            nxt = t.word(i + 1)
            if not inner and seen_predicate and w.low in ("если", "когда") and cur.low == "то" and nxt is not None \
                    and t.plain_gap(i + 1) and nxt.low not in ("есть", "что", "ли", "же", "и") \
                    and t.words[i - 1].low not in _TO_PARTICLE_HOSTS:  # «кто то» is «кто-то» without its hyphen
                found.append(_clause_end(t, i))
                break
            if analyses and (analyses[0].tag.POS in ("VERB", "PRTS", "ADJS", "PRED")
                             or "Prdx" in analyses[0].tag):  # «если вам удобно»
                seen_predicate, predicate = True, i
            if cur.low == "не" and i == s + 2 and t.words[s + 1].low == "бы":
                seen_predicate = True  # «Если бы не ваша помощь, мы бы не успели»


def _fronted_object(t: Text, k: int) -> bool:
    """Word k, a noun with no preposition before it, may be the object put before the request: «Если кто-то
    постучит(,) дверь не открывайте»."""
    readings = parses(t.words[k].text)
    return bool(readings) and readings[0].tag.POS in ("NOUN", "NPRO") and not (
        k > 0 and likeliest_pos(t.words[k - 1].text) == "PREP")


def _pronoun_and_adverbs(t: Text, start: int, end: int) -> bool:
    """Words start…end-1 are «вы» or «ты» followed only by adverbs and particles («вы просто», «вы всё же»)."""
    return start < end and t.words[start].low in ("вы", "ты") and all(
        parses(t.words[k].text)[0].tag.POS in ("ADVB", "PRCL") for k in range(start + 1, end))


def _inverted_pronoun(t: Text, opener: int, i: int, predicate: int) -> bool:
    """The pronoun after the clause's predicate is that predicate's own subject: «Если покупку делали не вы,
    напишите», «Если звонили мы, перезвоните» — after «не», or agreeing with a predicate that has no possible
    subject before it. The comma comes after the pronoun then, never between it and the predicate."""
    if t.words[i - 1].low in ("не", "ни"):
        return True
    if any(t.words[k].low in _SUBJECT_PRONOUNS or any(p.tag.POS == "NOUN" and p.tag.case == "nomn"
                                                      for p in parses(t.words[k].text))
           for k in range(opener + 1, predicate)):
        return False  # the clause has its subject («Когда курьер приедет(,) он позвонит»)
    return any(p.tag.POS == "VERB" and agrees_with_pronoun(p, t.words[i].low) for p in parses(t.words[predicate].text))


# «после того как»: inside the sentence the comma may part the compound conjunction — before «как»
_SPLIT_COMPOUNDS = (("после", "того", "как"), ("до", "того", "как"), ("перед", "тем", "как"),
                    ("с", "тех", "пор", "как"), ("в", "то", "время", "как"), ("прежде", "чем"),
                    ("для", "того", "чтобы"), ("с", "тем", "чтобы"), ("по", "мере", "того", "как"),
                    ("из-за", "того", "что"), ("оттого", "что"), ("ввиду", "того", "что"),
                    ("благодаря", "тому", "что"), ("вследствие", "того", "что"), ("в", "связи", "с", "тем", "что"))
# These open a sentence as «если» does: «Для того чтобы войти(,) нажмите…», «Несмотря на то что он устал(,) мы…»
_OPENING_COMPOUNDS = (*_SPLIT_COMPOUNDS, ("несмотря", "на", "то", "что"))
# «…, из-за чего он и пострадал»: a relative pronoun after a preposition opens a clause
_RELATIVE_AFTER = frozenset({("из-за", "чего"), ("после", "чего"), ("благодаря", "чему"),
                             ("вследствие", "чего"), ("ввиду", "чего")})
_LEADING_CONJUNCTIONS = frozenset({"и", "а", "но", "да", "или"})


def _has_predicate_before(t: Text, i: int) -> bool:
    """A verb, a short adjective or participle or a predicative stands earlier in word i's sentence."""
    k = i - 1
    while k >= 0:
        if any(p.tag.POS in ("VERB", "PRTS", "ADJS", "PRED") for p in parses(t.words[k].text)[:1]):
            return True
        if t.starts_sentence(k):
            return False
        k -= 1
    return False


def _comparison(t: Text, i: int) -> Finding:
    prev, w = t.words[i - 1], t.words[i]
    return finding(COMPARISON_COMMA, prev.start, w.end, f"{prev.text}, {w.text}")


def _verb_after(t: Text, i: int) -> bool:
    """A finite verb stands in word i's sentence at i or later."""
    for k in range(i, len(t.words)):
        if k > i and t.starts_sentence(k):
            return False
        if any(p.tag.POS in ("VERB", "PRED") for p in parses(t.words[k].text)[:1]):
            return True  # «…, как будто его нет»: a predicative word is a predicate too
    return False


def _ongoing(word: str) -> bool:
    """A verb in the present tense of the third person: «вода капает, так что…» tells a consequence;
    after a past or a plural verb «так» as often measures it («устал так, что уснул»)."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    return bool(readings) and all(p.tag.POS == "VERB" and p.tag.tense == "pres" and p.tag.person == "3per"
                                  and p.tag.number == "sing" and p.normal_form not in _MANNER_VERBS for p in readings)


# verbs «так» most often tells the manner of: «говорит так, что его не понимают»
_MANNER_VERBS = frozenset({"говорить", "работать", "делать", "писать", "вести", "поступать", "объяснять",
                           "выглядеть", "звучать", "петь", "играть", "готовить", "рассказывать", "отвечать",
                           "кричать", "смеяться", "жить", "учить", "одеваться", "смотреть", "действовать",
                           "относиться", "держаться", "двигаться", "танцевать", "рисовать", "читать", "строить"})


# verbs of happening that «так, что» describes: «бывает так, что…», «мир устроен так, что…»
_HAPPENING = frozenset({"бывать", "случаться", "случиться", "получиться", "получаться", "выйти", "выходить",
                        "сложиться", "складываться", "обстоять", "устроить", "устроенный", "происходить", "произойти"})


def _check_compound(t: Text, found: list[Finding]) -> None:
    """«так что», «как будто», «поэтому», «из-за чего», «после того как», «знаю, сможем ли»."""
    for i, w in enumerate(t.words):
        prev = _plain_prev(t, i)
        if prev is None or prev.low in NO_COMMA_AFTER and not (prev.low == "так" and w.low in ("будто", "словно")):
            continue
        nxt = t.word(i + 1)
        nxt_low = nxt.low if nxt is not None and t.plain_gap(i + 1) else ""
        top = parses(prev.text)[0].tag.POS
        if w.low == "так" and nxt_low == "что":
            # after a verb or an adverb «так» may measure it: «устал так, что уснул»
            if any(p.normal_form in _HAPPENING | _MANNER_VERBS for p in parses(prev.text)[:1]):
                _comma_before(t, i + 1, found)  # «Случается так, что…», «объясните так, что…»: «так» tells how
            elif (top not in ("VERB", "INFN", "ADVB", "ADJS", "PRTS", "PRED") or _ongoing(prev.text)) \
                    and _has_predicate_before(t, i):
                _comma_before(t, i, found)
        elif prev.low == "так" and w.low in ("будто", "словно") and _verb_after(t, i + 1):
            _comma_before(t, i, found)  # «посмотрела так, словно видела впервые»
        elif (w.low == "как" and nxt_low == "будто") or w.low in ("будто", "словно"):
            if prev.low not in ("вроде", "как") and _has_predicate_before(t, i) and _verb_after(t, i + 1):
                _comma_before(t, i, found)  # a clause follows: «ответил, как будто не слышал»
        elif (w.low == "хотя" and nxt_low not in ("бы", "")) or (w.low == "тогда" and nxt_low == "как"):
            if _has_predicate_before(t, i):
                _comma_before(t, i, found)  # «пришёл, хотя было поздно», «быстро, тогда как другие…»
        elif ((w.low, nxt_low) in (("то", "есть"), ("как", "если")) or w.low in ("причем", "причём", "нежели")) \
                and _has_predicate_before(t, i):
            _comma_before(t, i, found)  # «…, то есть завтра», «…, как если бы…», «…, причём бесплатно»
        elif (w.low, nxt_low) == ("как", "только") and prev.low not in NO_COMMA_AFTER | {"тогда", "равно"} \
                and _has_predicate_before(t, i) and _verb_after(t, i + 1):
            # «Позвоню, как только освобожусь»: the tree's finding where it sees this clause too, one comma, one finding
            found.append(finding(CLAUSE, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low == "несмотря" and nxt_low == "на" and _has_predicate_before(t, i):
            _comma_before(t, i, found)  # «пришёл, несмотря на дождь»
        elif w.low == "поэтому" and nxt_low and _has_predicate_before(t, i):
            _comma_before(t, i, found)
        elif (w.low, nxt_low) in _RELATIVE_AFTER and top != "PREP" and _has_predicate_before(t, i):
            _comma_before(t, i, found)
        elif nxt_low == "ли" and top in ("VERB", "INFN") and w.low != "не" and any(
                p.tag.POS == "VERB" or "Prdx" in p.tag for p in parses(w.text)[:1]):
            _comma_before(t, i, found)  # «Я спрашиваю, хотите ли вы чаю»
        if w.low == "чем" and top == "COMP" and prev.low not in ("более", "менее") \
                and not (i >= 2 and t.plain_gap(i - 1) and t.words[i - 2].low == "не") \
                and not quantity_after_than(t, i):  # «не больше чем», «меньше чем за сутки»
            found.append(_comparison(t, i))  # «быстрее, чем по почте»
        elif w.low == "как" and (nxt_low == "и" or prev.low == "же"):  # «такие как Новгород»: no comma
            if (prev.low != "же" or i >= 2 and t.words[i - 2].low in ("так", "такой", "такая", "такое", "такие",
                                                                       "таким", "такую", "тот", "то", "той")) \
                    and not t.starts_sentence(i):
                found.append(_comparison(t, i))  # «мы, как и вы», «так же, как»
    for i, w in enumerate(t.words):
        for compound in _SPLIT_COMPOUNDS:
            end = i + len(compound) - 1
            if end >= len(t.words) or any(t.words[i + k].low != c or (k and not t.plain_gap(i + k))
                                          for k, c in enumerate(compound)):
                continue
            k = i
            while k > 0 and not t.starts_sentence(k) and t.words[k - 1].low in _LEADING_CONJUNCTIONS:
                k -= 1
            if not t.starts_sentence(k) and t.plain_gap(i):
                _comma_before(t, end, found)  # «только после того, как»


_NOMINATIVE_PRONOUNS = frozenset(SUBJECT_PRONOUNS)
_DATIVE_PRONOUNS = frozenset({"мне", "тебе", "ему", "ей", "нам", "вам", "им"})


def _nominative(word: Word) -> bool:
    return word.low in _NOMINATIVE_PRONOUNS or (word.text.islower() and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(word.text) if p.score >= 0.1))


def _check_conditional_byd(t: Text, found: list[Finding]) -> None:
    """«Будь вы внимательнее(,) ошибки бы не было»: «будь» with its own subject opens a condition;
    the main part, with «бы», starts at its subject (or at its verb when it has none)."""
    for s, w in enumerate(t.words):
        after = t.word(s + 1)
        if w.low != "будь" or not t.starts_sentence(s) or after is None or not t.plain_gap(s + 1) \
                or after.low not in _NOMINATIVE_PRONOUNS | _DATIVE_PRONOUNS:
            continue
        for b in range(s + 3, len(t.words)):
            if not t.plain_gap(b):
                break
            if t.words[b].low != "бы":
                continue
            start = b - 1
            if not _nominative(t.words[start]) and has_tag(t.words[start].text, "VERB") \
                    and start - 1 > s + 1 and _nominative(t.words[start - 1]):
                start -= 1  # «ошибка была бы»
            if start > s + 1 and (_nominative(t.words[start]) or has_tag(t.words[start].text, "VERB")):
                found.append(_clause_end(t, start))
            break


def _check_li_ili(t: Text, found: list[Finding]) -> None:
    """«Курьер ли опоздал(,) или склад ошибся?»: «ли… или» that opens a question is a repeated
    conjunction, a comma goes before «или». Not in an indirect question («решить, останетесь ли вы
    там или вернётесь»: «или» joins the clause's own predicates), nor before «или нет»."""
    li, start = None, 0
    for i, w in enumerate(t.words):
        if t.starts_sentence(i) or not t.plain_gap(i):
            li, start = None, (i if t.starts_sentence(i) else -1)
        if w.low == "ли" and i > 0 and t.plain_gap(i) and 0 <= start and i - start <= 2:
            li = i
        nxt = t.word(i + 1)
        if w.low == "или" and li is not None and i - li >= 2 and nxt is not None and nxt.low != "нет":
            prev = t.words[i - 1]
            found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
            li = None


# a relative word opening the sentence and the demonstrative that takes it up in the main part
_CORRELATIVES = {"кто": ("тот", "та", "те", "того", "тому", "тем", "том"), "что": ("то", "того", "тому", "тем"),
                 "где": ("там",), "куда": ("туда",), "откуда": ("оттуда",), "сколько": ("столько",)}


def _check_correlative(t: Text, found: list[Finding]) -> None:
    """«Кто не работает(,) тот не ест», «Где раньше был лес(,) там теперь дома»: the clause that opens
    the sentence ends before the demonstrative that takes up its relative word."""
    for s, w in enumerate(t.words):
        if w.low not in _CORRELATIVES or not t.starts_sentence(s):
            continue
        seen_predicate = False
        for i in range(s + 1, len(t.words)):
            if not t.plain_gap(i):
                break
            cur = t.words[i]
            if seen_predicate and cur.low in _CORRELATIVES[w.low] and t.words[i - 1].low not in ("и", "не", "а"):
                found.append(_clause_end(t, i))
                break
            if any(p.tag.POS in ("VERB", "PRTS", "ADJS", "PRED") for p in parses(cur.text)[:1]):
                seen_predicate = True


_JOINING = frozenset({"что", "чтобы", "чтоб", "как", "где", "куда", "когда", "если", "и", "а", "но", "или", "либо",
                      "да", "ни", "то", "потому", "будто", "словно", "ли", "кто", "чем", "пока", "хотя"})
def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    _check_correlative(t, found)
    _check_li_ili(t, found)
    _check_before(t, found)
    _check_compound(t, found)
    _check_after_opening_clause(t, found)
    _check_conditional_byd(t, found)
    return found
