"""Слово, которое предупреждает о придаточном или о второй части сравнения: «тот, кто», «всё, что»,
«там, где», «тогда, когда», «так много, что», «то же, что», «так…, как», «больше…, чем», «Чем…, тем…»,
«как…, так и…», «либо…, либо…», «Если…, то…», «Где…, там…», «Кому…, с того…».

A demonstrative («тот», «всё», «там», «столько») announces a clause, and the clause's relative word follows it
at once: the comma stands between them, whatever the rest of the sentence. A comparative, «так», «такой» or the
first half of a paired conjunction announces a second part further on in the same clause. A relative word that
opens a statement («где», «куда», «когда», «чего», «кому») is answered by its demonstrative («там», «туда»,
«тогда», «того», «тому») where the main clause begins. These pairs hold across every kind of sentence, so they
need no parse; set phrases («что угодно», «не то что», «так как», «более чем», «чем бы то ни было») and the
compound conjunctions whose comma may stand further left («из-за того что») are left alone.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, likeliest_pos, parses, quantity_after_than
from app.core.grammar.rules.conjunctions import CLAUSE_END_COMMA, COMPARISON_COMMA
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS
from app.core.phrase import phrase

CORRELATIVE = RuleInfo(
    "OURS_CORRELATIVE_COMMA",
    phrase("Запятая между указательным словом и придаточным"),
    phrase("Перед придаточным, которое раскрывает указательное слово, нужна запятая."),
    phrase("Указательное слово («тот», «то», «всё», «каждый», «там», «тогда», «столько») предупреждает "
    "о придаточном, которое раскрывает его смысл. Запятая ставится между ними: «Напишите тем, кто "
    "ещё не ответил», «Это всё, что мы знаем», «Курьер приедет тогда, когда вам удобно», «Мы "
    "оставим посылку там, где вы скажете». Без запятой пишутся устойчивые сочетания: «что угодно», "
    "«не то что»."),
    Category.PUNCTUATION,
)

RULES = (CORRELATIVE,)

_TOT = ("тот", "та", "те", "того", "той", "тому", "тем", "том", "тех", "теми", "ту")
_VSE = ("все", "всё", "всего", "всему", "всем", "всех", "всеми", "каждый", "каждого", "каждому", "каждым",
        "каждом", "всякий", "всякого", "всякому", "всяким", "любой", "любого", "любому", "любым")
_WHO = ("кто", "кого", "кому", "кем", "ком")
_WHAT = ("что", "чего", "чему", "чем", "чём")
# the relative words each demonstrative takes; «то» only the neuter «что», «тот» people and «который»
_RELATIVES: dict[str, tuple[str, ...]] = {
    **{d: _WHO + ("что",) for d in _TOT if d != "ту"}, "ту": ("что",), "то": _WHAT, "того": _WHO + _WHAT,
    "тому": _WHO + _WHAT, "тем": _WHO + _WHAT, "том": _WHO + ("что", "чем", "чём"), **{d: _WHO + _WHAT for d in _VSE},
    "там": ("где",), "туда": ("куда",), "оттуда": ("откуда",), "тогда": ("когда",), "столько": ("сколько",),
    "настолько": ("насколько",), "постольку": ("поскольку",), "таков": ("каков",), "такова": ("какова",),
}
_WHICH = ("который", "которая", "которое", "которые", "которого", "которой", "которому", "которым", "котором",
          "которую", "которых", "которыми")
# after these the pair is a set phrase or a compound conjunction: «не то что», «из-за того что»
_NOT_BEFORE = frozenset({"не", "ни", "из-за", "благодаря", "вследствие", "ввиду", "несмотря", "силу", "между",
                         "перед", "кроме", "помимо", "для", "вместо", "и"})
# «что угодно», «кто попало», «всё что хочешь», «то что надо»… are one idea
_SET_NEXT = frozenset({"угодно", "попало", "нибудь", "либо", "бы", "ли", "же"})

# «так», «такой» announcing «как» further on: «Ничто так не радует, как…», «такой же тёплый, как…»
_SO = frozenset({"так", "такой", "такая", "такое", "такие", "такого", "такую", "таким", "такими", "таких",
                 "столь"})
# words that say the preceding comparative is not compared: «не более чем», «более чем достаточно»
_NOT_COMPARED = frozenset({"не", "более", "менее", "прежде", "скорее", "раньше"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if i == 0 or not t.plain_gap(i):
            continue
        prev, nxt = t.words[i - 1], t.word(i + 1)
        nxt_low = nxt.low if nxt is not None and t.plain_gap(i + 1) else ""
        announced = _pair(t, i) or w.low in _MEASURED and _measure_announced(t, i) \
            or w.low == "как" and _topic_announced(t, i) \
            or w.low in ("чтобы", "чтоб") and _purpose_announced(t, i)
        if announced and nxt_low not in _SET_NEXT:
            found.append(finding(CORRELATIVE, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low == "что" and nxt_low not in _SET_NEXT and (_result_announced(t, i) or _named_by_adjective(t, i)):
            found.append(finding(CORRELATIVE, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low in ("то", "значит") and _condition_closed(t, i, nxt):
            found.append(finding(CLAUSE_END_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low == "чем" and _compared(t, i):
            found.append(finding(COMPARISON_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low == "как" and nxt_low not in ("и", "будто", "бы", "раз", "правило", "можно", "только", "") \
                and _announced(t, i):
            found.append(finding(COMPARISON_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low in _SECOND_OF_PAIR and _second_of_pair(t, i, nxt_low):
            found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low == "тем" and _after_chem(t, i):
            found.append(finding(COMPARISON_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low in _ANSWERING and _fronted_pair(t, i):
            left = t.words[i - 2] if likeliest_pos(prev.text) == "PREP" else prev
            first = prev if left is not prev else w
            if not t.starts_sentence(first.index) and t.plain_gap(first.index):
                found.append(finding(CLAUSE_END_COMMA, left.start, first.end, f"{left.text}, {first.text}"))
    return found


# the relative word that opens a sentence → the demonstratives that answer it in the main clause: «Где тонко(,) там
# и рвётся», «Куда иголка(,) туда и нитка», «Чего не видно(,) того как бы и нет», «Кому много дано(,) с того…»
_PAIRS_FRONTED = {"где": ("там",), "куда": ("туда",), "откуда": ("оттуда",), "когда": ("тогда",),
                  "сколько": ("столько",), "каков": ("таков",), "какова": ("такова",), "каковы": ("таковы",),
                  "чего": ("того",), "кому": ("тому", "того"), "кого": ("того", "тот", "тому"), "кем": ("тем", "тот"),
                  "чему": ("тому", "то"), "чем": ("тем", "то")}
_ANSWERING = frozenset(d for ds in _PAIRS_FRONTED.values() for d in ds)


def _fronted_pair(t: Text, i: int) -> bool:
    """Word i answers the relative word that opens its sentence (no question), with a predicate between them."""
    k = t.run_start(i)
    first = t.words[k]
    if not t.starts_sentence(k) or t.words[i].low not in _PAIRS_FRONTED.get(first.low, ()) or i - k < 2:
        return False
    if first.low == "чем" and k + 1 < len(t.words) and _comparative(t.words[k + 1].text):
        return False  # «Чем…, тем…» is the comparison rule's
    if t.words[i - 1].low == "бы" or i + 1 < len(t.words) and t.words[i + 1].low == "ни":
        return False  # «чем бы то ни было» is a set phrase
    end = next((j for j in range(i + 1, len(t.words)) if t.starts_sentence(j)), len(t.words))
    if "?" in t.text[t.words[end - 1].end:t.words[end - 1].end + 3]:
        return False
    between = t.words[k + 1:i - 1] if likeliest_pos(t.words[i - 1].text) == "PREP" else t.words[k + 1:i]
    return bool(between) and not any(w.low in _ANSWERING or w.low in ("и", "а", "но", "или") for w in between)


def _pair(t: Text, i: int) -> bool:
    """Word i is a relative word right after the demonstrative that announces its clause."""
    prev, w = t.words[i - 1], t.words[i]
    relatives = _RELATIVES.get(prev.low, ())
    if w.low not in relatives and not (prev.low in _TOT and w.low in _WHICH):
        return False
    before = t.words[i - 2] if i >= 2 and t.plain_gap(i - 1) else None
    if before is not None and before.low in _NOT_BEFORE and prev.low in _TOT + ("то",) and w.low in _WHAT \
            and not (before.low == "не" and _verb_next(t, i)):
        return False  # «не то что», «из-за того что», «между тем что» («с тем, кто» is a pair)
    if before is not None and before.low == "а" and prev.low == "то" and not any(
            a.low == "не" and b.low == "то" for a, b in zip(t.words[:i - 2], t.words[1:i - 2])):
        return False  # «а то» means «otherwise» unless it answers a «не то» before it
    if prev.low in ("то", "тем") and w.low == "что" and (before is None or before.low not in ("не", "а")):
        return False  # the word-level rule asks for these already (OURS_CONJ_COMMA)
    nxt = t.word(i + 1)
    if w.low == "чем" and nxt is not None and _comparative(nxt.text):
        return False  # «…то(,) чем дальше, тем…»: «чем» opens a comparison of its own
    if prev.low in ("все", "всё") and before is not None and before.low in ("прежде", "лучше", "больше", "чаще",
                                                                            "меньше", "хуже", "раньше", "всего"):
        return False  # «прежде всего что-то»: «всего» here means «most of all»
    return True


# «столько…, сколько», «настолько…, насколько»: the measure named a few words before the clause that gives it
_MEASURED = {"сколько": "столько", "насколько": "настолько"}


def _measure_announced(t: Text, i: int) -> bool:
    """«сколько», «насколько» with its demonstrative two to four words back in the clause and no clause word or
    conjunction between: «Мы отправим столько коробок(,) сколько вы закажете», «настолько быстро(,) насколько можем».
    «не столько…, сколько…» is a paired conjunction, the pair rule's."""
    for k, w in _clause_back(t, i, 5):
        if k == i - 1 or w.low in ("не", "и", "а", "но", "или", "что", "как", "чем", "если", "когда"):
            if k == i - 1 and w.low not in ("и", "а", "но", "или", "не", "ни"):
                continue  # the word right before: «столько же», «столько угля»
            return False
        if w.low == _MEASURED[t.words[i].low]:
            return not (k > 0 and t.plain_gap(k) and t.words[k - 1].low == "не")
    return False


def _clause_back(t: Text, i: int, limit: int):
    """The words before word i in its clause (nothing but spaces between them), nearest first."""
    k = i
    while k > 0 and t.plain_gap(k) and i - k < limit:
        k -= 1
        yield k, t.words[k]


def _comparative(word: str) -> bool:
    readings = parses(word)
    return word.lower() in ("более", "менее") or any("COMP" in p.tag or "Cmp2" in p.tag for p in readings[:2]) \
        or bool(readings) and (readings[0].normal_form in ("больший", "меньший")  # «лучшего» is «хороший»'s
                               or readings[0].tag.POS == "ADJF" and word.lower().startswith(("лучш", "худш")))


def _compared(t: Text, i: int) -> bool:
    """«чем» compares with a comparative («дороже обошлось, чем…») or with «иной», «другой», «иначе» standing
    earlier in its clause («совсем другой, чем вчера»)."""
    prev = t.words[i - 1]
    nxt = t.word(i + 1)
    if prev.low in _NOT_COMPARED or prev.low in ("тем", "нечем", "есть") or quantity_after_than(t, i) \
            or nxt is not None and _comparative(nxt.text):
        return False  # «…стороны(,) чем больше заказов, тем…» opens a comparison of its own
    for k, w in _clause_back(t, i, 10):
        if w.low in ("чем", "что", "кто", "как", "если", "когда", "тем"):
            return False  # another clause's word: «Чем больше знаешь…», «знаю, чем…»
        if _comparative(w.text) or w.low in ("иначе", "предпочтительнее", "по-другому") or _other(w.text):
            before = t.words[k - 1].low if k > 0 and t.plain_gap(k) else ""
            return before not in ("не", "ничуть", "нисколько") or k < i - 1
    return False


def _other(word: str) -> bool:
    """A form of «иной» or «другой», which compares too: «иной, чем», «другая, нежели»."""
    return any(p.normal_form in ("иной", "другой") and p.tag.POS == "ADJF" for p in parses(word)[:2])


def _announced(t: Text, i: int) -> bool:
    """«как» after «так», «такой», «столь» two or more words back in its clause, or after «не что
    иное»: «Ничто так не радует(,) как…», «Это не что иное(,) как…»."""
    prev = t.words[i - 1]
    if prev.low in ("иное", "иной") and i >= 3 and t.words[i - 2].low in ("что", "кто") and t.plain_gap(i - 1):
        return True
    if prev.low == "так" and i >= 2 and t.plain_gap(i - 1):
        # «Делайте так, как написано», «жить так, как хочется»: after a request or an infinitive «так как»
        # tells the manner, not the cause
        readings = [p for p in parses(t.words[i - 2].text) if p.score >= 0.1]
        return bool(readings) and all("impr" in p.tag or p.tag.POS == "INFN" for p in readings)
    if prev.low in _SO or prev.low in ("же", "не", "и", "а", "но", "тогда", "тем", "том", "тех", "пор"):
        return False  # «так как», «такие как», «так же как» are other rules' or other constructions
    for k, w in _clause_back(t, i, 8):
        if w.low in ("как", "что", "чтобы", "если", "когда", "который", "которые", "где"):
            return False
        if w.low in _SO:
            if w.low == "таким" and t.words[k + 1].low == "образом":
                continue  # «таким образом» is an introductory phrase, it announces nothing
            after = t.words[k + 1].low if k + 1 < len(t.words) else ""
            return not (w.low == "так" and after in ("что", "и", "называемый", "называемая", "называемое",
                                                     "называемые"))
    return False


def _after_chem(t: Text, i: int) -> bool:
    """«Чем…(,) тем…»: the second part of the comparison opens with «тем» and a comparative."""
    nxt = t.word(i + 1)
    if t.words[i - 1].low in ("и", "а", "но", "да", "или", "не"):
        return False  # the comma goes before the conjunction, another rule's business
    if nxt is None or not t.plain_gap(i + 1) or not (_comparative(nxt.text) or nxt.low in ("более", "менее")):
        return False
    for k, w in _clause_back(t, i, 15):
        if w.low == "чем":
            return k < i - 2 and (t.starts_sentence(k) or k > 0 and t.words[k - 1].low in ("и", "а", "но"))
    return False


# «чтобы» after a demonstrative that names its aim: «заслуживает того, чтобы», «ушло на то, чтобы»;
# «для того чтобы», «вместо того чтобы», «с тем чтобы» are compound conjunctions, left alone
_AIM_PREPOSITIONS = frozenset({"на", "за", "о", "об", "к", "в", "во"})
_NOT_AIM = frozenset({"для", "вместо", "ради", "с", "до", "из-за", "кроме", "помимо", "не", "ни", "и", "а", "но"})


def _purpose_announced(t: Text, i: int) -> bool:
    """«чтобы» right after «то», «того», «тому», «тем», «том» that a verb or a preposition of aim governs,
    or after «так» that tells how a verb's action is done: «Пишите так, чтобы…»."""
    prev = t.words[i - 1]
    before = t.words[i - 2] if i >= 2 and t.plain_gap(i - 1) else None
    if before is None or before.low in _NOT_AIM:
        return False
    if prev.low in ("то", "того", "тому", "тем", "том"):
        readings = parses(before.text)
        return before.low in _AIM_PREPOSITIONS or bool(readings) and readings[0].tag.POS in (
            "VERB", "INFN", "ADJS", "PRTS")
    if prev.low == "так":
        readings = [p for p in parses(before.text) if p.score >= 0.1]
        return bool(readings) and all(p.tag.POS in ("VERB", "INFN") for p in readings)
    return False


def _likened_clause(t: Text, i: int, nxt_low: str) -> bool:
    """«Как лишний груз мешает кораблю(,) так лишние слова вредят рассказу»: a statement that opens with «как»
    and a clause of its own, then «так» before a word that is no adverb or short form it could qualify («так
    быстро», «так рад»)."""
    k = t.run_start(i)
    first = t.words[k]
    if first.low != "как" or not t.starts_sentence(k) or i - k < 3 or t.words[k + 1].low in _NOT_LIKENED:
        return False
    end = next((j for j in range(i + 1, len(t.words)) if t.starts_sentence(j)), len(t.words))
    if t.text[t.words[end - 1].end:].lstrip()[:1] in ("?", "!"):
        return False  # «Как он так быстро добежал?»
    readings = parses(nxt_low) if nxt_low else ()
    return bool(readings) and readings[0].tag.POS not in ("ADVB", "ADJS", "PRTS", "COMP", "PRED", "CONJ", "PRCL") \
        and any(all(p.tag.POS == "VERB" for p in parses(x.text)) for x in t.words[k + 1:i])


_NOT_LIKENED = frozenset({"только", "бы", "раз", "же", "будто", "ни", "и", "всегда", "обычно", "правило", "можно",
                          "нельзя", "известно", "видно", "сказано"})

# the second half of a paired conjunction: «как…, так и…», «не столько…, сколько…», «либо…, либо…»
_SECOND_OF_PAIR = frozenset({"так", "сколько", "либо", "или", "то"})


def _second_of_pair(t: Text, i: int, nxt_low: str) -> bool:
    w = t.words[i]
    prev = t.words[i - 1]
    if prev.low in ("и", "а", "но", "не", "или", "либо", "да", "ни"):
        return False
    earlier = [x.low for _, x in _clause_back(t, i, 12)][::-1]  # the clause before word i, in order
    if w.low == "так":
        # «как у нас, так и у них»: «как» opening a member, not «так как» nor «как только»
        return nxt_low == "и" and any(x == "как" and (k == 0 or earlier[k - 1] != "так")
                                      for k, x in enumerate(earlier[:-1])) or _likened_clause(t, i, nxt_low)
    if w.low == "сколько":
        return any(a == "не" and b == "столько" for a, b in zip(earlier, earlier[1:]))
    if w.low == "то":
        return nxt_low == "ли" and any(a == "то" and b == "ли" for a, b in zip(earlier, earlier[1:]))
    # «либо…, либо…», «или…, или…»: the first opens the clause or a member right after a word
    first = [k for k, x in enumerate(earlier) if x == w.low]
    return bool(first) and nxt_low != "нет" and first[0] <= 2 and len(earlier) - first[0] >= 2


_MEASURE = frozenset({"так", "такой", "такая", "такое", "такие", "такого", "такую", "таким", "такими", "таких",
                      "столь", "настолько", "столько", "таков", "такова", "таково", "таковы"})


def _result_announced(t: Text, i: int) -> bool:
    """«что» of a clause of result or of likeness that a word earlier in the clause announces: «так
    много писем, что…», «опыт такой, что…», «то же, что и вчера»; not «так что» (a conjunction of its own)."""
    prev = t.words[i - 1]
    if prev.low == "же":
        return i >= 2 and t.plain_gap(i - 1) and t.words[i - 2].low in _TOT + ("то",)
    if prev.low in ("не", "ни", "и", "а", "но", "или", "да", "потому", "оттого", "только", "лишь", "даже", "разве",
                    "что", "то", "тем") or parses(prev.text)[0].tag.POS == "PREP":
        return False  # «разве что», «ни на что»: «что» is no conjunction there
    for k, w in _clause_back(t, i, 8):
        if w.low in ("как", "что", "чтобы", "если", "когда", "где", "кто", "чем") or w.low.startswith(("котор", "как")):
            return False
        if w.low == "же" and k > 0 and t.words[k - 1].low in _TOT + ("то",) and k < i - 1:
            return True  # «та же разница, что…»
        if w.low in _MEASURE:
            after = t.words[k + 1].low
            return not (k == i - 1 and w.low == "так") and not (w.low == "таким" and after == "образом") \
                and after not in ("же", "называемый", "называемая", "называемое", "называемые", "как")
    return False


_CONDITIONS = frozenset({"если", "когда", "раз", "коли", "хотя", "поскольку", "ежели"})
_NOT_BEFORE_TO = frozenset({"кто", "что", "где", "куда", "когда", "как", "какой", "какая", "какое", "какие", "чей",
                            "откуда", "почему", "зачем", "кого", "кому", "чего", "чем", "чему", "не", "и", "а", "но",
                            "или", "да", "если", "раз", "хотя", "то", "же", "ли", "это"})


def _condition_closed(t: Text, i: int, nxt) -> bool:
    """«Если…(,) то…», «Если…(,) значит…»: «то» or «значит» opens the main part after a condition
    that opens the sentence and has a predicate of its own."""
    prev = t.words[i - 1]
    if nxt is None or not t.plain_gap(i + 1) or prev.low in _NOT_BEFORE_TO \
            or parses(prev.text)[0].tag.POS == "PREP":
        return False
    top = parses(nxt.text)[0].tag
    if t.words[i].low == "то" and (nxt.low in ("есть", "ли", "же", "и", "что", "самое", "время")
                                   or top.POS in ("NOUN", "ADJF", "PRTF", "NUMR")):
        return False  # «то письмо», «то есть», «то и дело»: «то» is no conjunction there
    words = [w for _, w in _clause_back(t, i, 25)][::-1]
    if len(words) < 3:
        return False
    k = 1 if words[0].low in ("а", "но", "и") else 0
    if words[k].low not in _CONDITIONS or (words[k].low == "хотя" and words[k + 1].low == "бы"):
        return False
    if not t.starts_sentence(words[0].index):
        return False
    return any(parses(w.text)[0].tag.POS in ("VERB", "INFN", "PRTS", "ADJS", "PRED") for w in words[k + 1:])


# «о том, как», «на то, как», «история того, как» — but «после того как», «подобно тому как», «перед тем
# как», «с тех пор как» are compound conjunctions whose comma may stand before their first word
_TOPIC_BEFORE = frozenset({"о", "об", "в", "во", "на", "за", "про"})


def condition_before(t: Text, i: int) -> bool:
    """A condition or a time clause opens the sentence before word i: «то» there may answer it."""
    k = i
    while k > 0 and not t.starts_sentence(k):
        k -= 1
        if t.words[k].low in ("если", "когда", "раз", "коли", "ежели", "хотя", "пока", "поскольку", "чем"):
            return True
    return False


def _topic_announced(t: Text, i: int) -> bool:
    prev = t.words[i - 1]
    before = t.words[i - 2] if i >= 2 and t.plain_gap(i - 1) else None
    if before is None:
        return False
    readings = parses(before.text)
    if prev.low == "тем":
        # «думать над тем, как», «следить за тем, как», «доволен тем, как» — «перед тем как», «между тем как»
        # are conjunctions
        return before.low in ("над", "за") or bool(readings) and readings[0].tag.POS in ("VERB", "INFN", "ADJS",
                                                                                          "PRTS")
    if prev.low not in ("то", "том", "того", "тому"):
        return False
    if (before.low, prev.low) in (("от", "того"), ("по", "тому")):
        return True  # «зависит от того, как», «судя по тому, как» — no conjunction opens with these two words
    if before.low in _TOPIC_BEFORE or prev.low == "то" and bool(readings) and readings[0].tag.POS in ("VERB", "INFN") \
            and "tran" in readings[0].tag and not condition_before(t, i - 1):
        return True  # «на то, как», «проверить то, как» — not «Если товар не подошёл то как…»
    return prev.low == "того" and bool(readings) and readings[0].tag.POS == "NOUN" and before.low != "мере"


def _verb_next(t: Text, i: int) -> bool:
    """A finite verb follows word i at once or after a personal pronoun: «не то, что мешает», «не то,
    что вы думаете» — not the set phrase «не то что бегать — ходить не может»."""
    k = i + 1
    if k < len(t.words) and t.words[k].low in ("я", "ты", "он", "она", "оно", "мы", "вы", "они"):
        k += 1
    if k >= len(t.words):
        return False
    readings = [p for p in parses(t.words[k].text) if p.score >= 0.1]
    return bool(readings) and all(p.tag.POS in ("VERB", "PRTS") for p in readings)


# pronouns that stand for a thing a «что» clause then names: «нечто, что…», «многое, что…»
_THING = frozenset({"нечто", "ничто", "многое", "немногое", "единственное", "главное", "лучшее", "худшее",
                    "первое", "последнее"})


def _named_by_adjective(t: Text, i: int) -> bool:
    """«Лучшее, что…», «Самое скверное, что…», «Вот нечто, что…»: an adjective standing for a thing,
    and the clause that says what it is."""
    prev = t.words[i - 1]
    if prev.low in _THING:
        return True
    readings = parses(prev.text)
    if not readings:
        return False
    top = readings[0].tag
    return top.POS == "ADJF" and "neut" in top and top.case in ("nomn", "accs") and (
        "Supr" in top or i >= 2 and t.words[i - 2].low == "самое")
