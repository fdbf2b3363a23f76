"""Управление и числительные: «согласно приказу», «благодаря помощи», «оплатить заказ» (без «за»),
«пять рабочих дней», «два заказа».

Each rule looks at the dictionary readings of the words only and speaks when no reading fits: a
noun after «согласно» with no dative reading, a noun after «пять» with no genitive plural one.
Forms of the numeral other than the nominative and accusative («пяти», «двух») agree with their
noun in case, so they are left alone.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, known, match_case, parses
from app.core.phrase import phrase

GOVERNMENT = RuleInfo(
    "OURS_GOVERNMENT",
    phrase("Управление: падеж после предлога или глагола"),
    phrase("Слово стоит не в том падеже, которого требует предлог или глагол."),
    phrase("Предлоги «согласно», «благодаря», «вопреки» требуют дательного падежа: «согласно договору», "
    "«благодаря вашей помощи», «вопреки ожиданиям» (не «согласно договора»). Глагол «оплатить» "
    "требует винительного падежа без предлога: «оплатить заказ», «оплатить доставку»; «за» "
    "ставится после «заплатить»: «заплатить за заказ»."),
    Category.GRAMMAR,
)
NUMERAL = RuleInfo(
    "OURS_NUMERAL_NOUN",
    phrase("Числительное и существительное"),
    phrase("После этого числительного существительное стоит в другой форме."),
    phrase("После «два», «три», «четыре» (и «двадцать два», «сорок три»…) существительное стоит в "
    "родительном падеже единственного числа: «два заказа», «три дня»; с существительным женского "
    "рода — «две»: «две заявки», «две минуты». После «пять», «шесть» и "
    "больших чисел — в родительном падеже множественного числа: «пять рабочих дней», «десять "
    "минут». Прилагательное между ними — во множественном числе: «пять рабочих дней»."),
    Category.GRAMMAR,
)

RULES = (GOVERNMENT, NUMERAL)

_DATIVE_PREPOSITIONS = frozenset({"согласно", "благодаря", "вопреки", "навстречу"})
_PAY = frozenset({"оплатить", "оплачивать"})
_FEW = frozenset({"два", "две", "три", "четыре"})
_MANY = frozenset({"пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
                   "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
                   "девятнадцать", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
                   "восемьдесят", "девяносто", "сто", "двести", "триста", "четыреста", "пятьсот",
                   "шестьсот", "семьсот", "восемьсот", "девятьсот"})
_MODIFIERS = ("ADJF", "PRTF")
# nouns of measure that may stand before their number to make it rough («минут сорок», «метра три»)
_MEASURES = frozenset({"секунда", "минута", "час", "день", "неделя", "месяц", "год", "раз", "метр", "километр",
                       "рубль", "штука", "человек", "килограмм", "грамм", "литр", "сантиметр", "страница", "тысяча"})
_TIME_OF_DAY = frozenset({"утра", "дня", "вечера", "ночи"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        w = t.words[i]
        if not t.plain_gap(i + 1):
            continue
        if w.low in _DATIVE_PREPOSITIONS:
            _dative_after(t, i, found)
        elif w.low == "за" and i > 0 and t.plain_gap(i) and any(
                p.normal_form in _PAY for p in parses(t.words[i - 1].text)):
            _pay_for(t, i, found)
        elif w.low in _FEW or w.low in _MANY:
            _numeral(t, i, found)
    return found


def _group(t: Text, i: int) -> list[int] | None:
    """Indexes of the noun phrase starting at word i (modifiers, then a known common noun)."""
    k = i
    while k < len(t.words) and (k == i or t.plain_gap(k)):
        readings = parses(t.words[k].text)
        if not readings or not t.words[k].text.isalpha():
            return None
        if readings[0].tag.POS in _MODIFIERS:
            k += 1
            continue
        if t.words[k].text[:1].islower() and known(t.words[k].text) and readings[0].tag.POS == "NOUN" and all(
                p.tag.POS == "NOUN" or p.score < 0.05 for p in readings):  # «день» is hardly ever «деть»
            return list(range(i, k + 1))
        return None
    return None


def _inflected(word: str, grammemes: set[str], like=None, case: str = "") -> str | None:
    """The one form of the word with these grammemes (number and gender kept from ``like``),
    from its readings in ``case`` if given."""
    forms = set()
    readings = parses(word)
    for p in readings:
        if case and p.tag.case != case or p.tag.POS != readings[0].tag.POS and p.score < 0.05:
            continue
        wanted = set(grammemes)
        if p.tag.POS in _MODIFIERS and like is not None:
            wanted |= {g for g in (like.number, like.gender if like.number == "sing" else None) if g}
        form = p.inflect(wanted)
        if form is not None:
            forms.add(form.word)
    return match_case(word, forms.pop()) if len(forms) == 1 else None


def _rewrite(t: Text, group: list[int], grammemes: set[str], case: str) -> str | None:
    noun = t.words[group[-1]]
    noun_form = _inflected(noun.text, grammemes, case=case)
    if noun_form is None:
        return None
    like = next((p.tag for p in parses(noun_form) if p.tag.POS == "NOUN"), None)
    words = [_inflected(t.words[k].text, grammemes, like, case) for k in group[:-1]]
    if any(x is None for x in words):
        return None
    return " ".join([*words, noun_form])


def _dative_after(t: Text, i: int, found: list[Finding]) -> None:
    """«согласно приказа» → «согласно приказу»: the noun has a genitive reading and no dative one."""
    group = _group(t, i + 1)
    if group is None:
        return
    readings = parses(t.words[group[-1]].text)
    if any(p.tag.case == "datv" for p in readings) or not any(p.tag.case == "gent" for p in readings):
        return
    number = next(p.tag.number for p in readings if p.tag.case == "gent")
    fixed = _rewrite(t, group, {"datv", number} if number else {"datv"}, "gent")
    if fixed is None:
        return
    w, last = t.words[i], t.words[group[-1]]
    found.append(finding(GOVERNMENT, w.start, last.end, f"{w.text} {fixed}"))


def _pay_for(t: Text, i: int, found: list[Finding]) -> None:
    """«оплатить за доставку» → «оплатить доставку»: a thing is paid without «за» (for a person,
    «оплатить за друга», the usage is wider and left alone)."""
    group = _group(t, i + 1)
    if group is None:
        return
    noun = parses(t.words[group[-1]].text)
    if not any(p.tag.case == "accs" for p in noun) or any("anim" in p.tag for p in noun):
        return
    verb, last = t.words[i - 1], t.words[group[-1]]
    found.append(finding(GOVERNMENT, verb.start, last.end, f"{verb.text} {t.text[t.words[i + 1].start:last.end]}"))


_FRACTIONS = frozenset({"целых", "десятых", "сотых", "тысячных", "десятитысячных"})


def _numeral(t: Text, i: int, found: list[Finding]) -> None:
    """«пять рабочих дня» → «пять рабочих дней», «три заказов» → «три заказа» (the numeral in the
    nominative or accusative; the last word of a compound numeral decides). «С половиной» after the
    numeral leaves the noun to it: «два с половиной часа», «пять с половиной часов»."""
    start = i + 1
    if t.words[start].low == "с" and start + 2 < len(t.words) and t.words[start + 1].low == "половиной" \
            and t.plain_gap(start + 1) and t.plain_gap(start + 2):
        start += 2
    nxt = t.words[start]
    if nxt.low in _FEW or nxt.low in _MANY or nxt.low in ("один", "одна", "одно", "тысяч", "тысячи", "миллионов"):
        return
    group = _group(t, start)
    if group is None:
        return
    noun = parses(t.words[group[-1]].text)
    if any("Fixd" in p.tag or "Sgtm" in p.tag for p in noun) or "Pltm" in noun[0].tag:
        return  # «часов» is also of the plural-only «часы» (a clock): the likelier reading decides
    if len(group) == 1 and t.words[group[0]].low in _TIME_OF_DAY:
        return  # «в шесть вечера», «в два часа дня»
    if any(t.words[k].low in _FRACTIONS for k in group[:-1]):
        return  # «восьми десятых процента»: the fraction governs its noun, in the genitive singular
    if any(not any(p.tag.number == "plur" for p in parses(t.words[k].text)) for k in group[:-1]):
        return  # a singular word starts a phrase of its own: «минут сорок наша четвёрка ждала»
    before = t.word(i - 1)
    if before is not None and t.plain_gap(i) and any(
            p.tag.POS == "NOUN" and p.tag.case == "gent" and p.normal_form in _MEASURES for p in parses(before.text)):
        return  # «минут сорок», «метра три»: the noun comes first and the count is rough
    if before is not None and t.plain_gap(i) and any(p.normal_form == "час" and p.tag.POS == "NOUN"
                                                     for p in parses(before.text)):
        return  # «час двадцать ожидания», «два часа сорок»: the minutes of a time, their noun left out
    first = t.word(i - 2)
    if first is not None and t.plain_gap(i - 1) and t.plain_gap(i) and any(
            p.tag.POS == "PREP" for p in parses(before.text)) and any(
            p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses(first.text)):
        return  # «минут через десять»
    if t.words[i].low in _MANY:
        if any(p.tag.case in ("gent", "gen2") and p.tag.number == "plur" for p in noun):
            return
        wanted = {"gent", "plur"}
    else:
        genitives = [p for p in noun if p.tag.case in ("gent", "gen2") and p.tag.number == "sing"]
        if genitives:
            _two_gender(t, i, group, genitives, found)
            return
        wanted = {"gent", "sing"}
    fixed_noun = _inflected(t.words[group[-1]].text, wanted)
    if fixed_noun is None:
        return
    # modifiers between a numeral and its noun stand in the genitive plural either way
    words = [_inflected(t.words[k].text, {"gent", "plur"}) for k in group[:-1]]
    if any(x is None for x in words):
        return
    w, last = t.words[i], t.words[group[-1]]
    half = t.text[w.end:t.words[start].start] if start > i + 1 else " "
    found.append(finding(NUMERAL, w.start, last.end, w.text + half + " ".join([*words, fixed_noun])))


def _two_gender(t: Text, i: int, group: list[int], genitives, found: list[Finding]) -> None:
    """«два заявки» → «две заявки», «две заказа» → «два заказа»: «два» goes with a masculine or
    neuter noun, «две» with a feminine one; a noun of either gender («коллега») is left alone."""
    w = t.words[i]
    if "ms-f" in genitives[0].tag or any(p.tag.gender is None for p in genitives):
        return
    feminine = {p.tag.gender == "femn" for p in genitives}
    if len(feminine) != 1:
        return
    wanted = "две" if feminine.pop() else "два"
    if w.low not in ("два", "две") or w.low == wanted:
        return
    last = t.words[group[-1]]
    found.append(finding(NUMERAL, w.start, last.end, match_case(w.text, wanted) + t.text[w.end:last.end]))
