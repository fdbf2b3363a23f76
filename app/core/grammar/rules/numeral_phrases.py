"""Числительное с существительным там, где слово рядом решает падеж: «два рабочих дня» (не «рабочие»),
«в течение двух рабочих дней» (не «двух рабочие дни»), «через 24 часа», «в течение 3 рабочих дней»,
«не больше десяти минут».

The dictionary decides. With «два», «три», «четыре» a masculine or neuter noun takes its adjective in
the genitive plural («два новых заказа»; a feminine one may take the nominative: «две новые
заявки»). A numeral in another case («двух», «пяти») takes its noun in the same case, plural. A
number in digits is read for its last digits only where no ordinal can be meant («5 этаж» may be
«пятый»), so only a noun of measure after it is checked, and not after a preposition of place.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, match_case, parses
from app.core.grammar.rules.governed_case import _PREPOSITIONS
from app.core.grammar.rules.government import _FEW, _FRACTIONS, _MANY, _MODIFIERS, _TIME_OF_DAY, NUMERAL
from app.core.phrase import phrase

RULES = ()  # the findings carry OURS_NUMERAL_NOUN: one rule to the learner

# nouns of measure: after a number in digits they are counted, never ordinal
_UNITS = frozenset({"секунда", "минута", "час", "день", "неделя", "месяц", "год", "рубль", "копейка", "доллар",
                    "евро", "процент", "бонус", "балл", "штука", "раз", "километр", "метр", "сантиметр",
                    "килограмм", "грамм", "литр", "товар", "заказ", "позиция", "сутки"})
# words that take the genitive of what follows: «около пяти минут», «в течение трёх дней»
_GENITIVE_BEFORE = frozenset({"около", "более", "менее", "больше", "меньше", "свыше", "кроме", "без", "для",
                              "после", "из", "у", "течение", "вместо", "среди", "насчет", "против", "возле"})
# after these a number in digits may be ordinal («на 5 день», «к 3 числу»)
_PLACE = frozenset({"на", "в", "во", "к", "ко", "по", "с", "со", "до", "от", "за", "о", "об", "при"})


def _phrase(t: Text, i: int) -> tuple[list[int], list] | None:
    """Words i… that make modifiers and a noun: (indexes, the noun's readings), else None."""
    k = i
    while k < len(t.words) and (k == i or t.plain_gap(k)) and k < i + 4:
        w = t.words[k]
        readings = [p for p in parses(w.text) if p.score >= 0.02]
        if not w.text.isalpha() or w.text[:1].isupper() or not readings:
            return None
        if readings[0].tag.POS == "NOUN" and all(p.tag.POS == "NOUN" for p in readings):
            return list(range(i, k + 1)), readings
        if not any(p.tag.POS in _MODIFIERS for p in readings):
            return None
        k += 1
    return None


def _has(word: str, case: str, number: str, pos=_MODIFIERS) -> bool:
    return any(p.tag.POS in pos and p.tag.number == number and (
        p.tag.case == case or case == "gent" and p.tag.case == "gen2") for p in parses(word))


def _inflect(word: str, grammemes: set[str], pos) -> str | None:
    forms = {f.word for p in parses(word) if p.tag.POS in pos and (f := p.inflect(grammemes)) is not None}
    return match_case(word, forms.pop()) if len(forms) == 1 else None


def _rewrite(t: Text, group: list[int], noun_grammemes: set[str] | None, case: str) -> str | None:
    """The modifiers in ``case`` plural, the noun in ``noun_grammemes`` (None: as written)."""
    words = [_inflect(t.words[k].text, {case, "plur"}, _MODIFIERS) for k in group[:-1]]
    noun = t.words[group[-1]].text
    if noun_grammemes is not None:
        noun = _inflect(noun, noun_grammemes, ("NOUN",))
    if noun is None or any(w is None for w in words):
        return None
    return " ".join([*words, noun])


def _adjective_after_few(t: Text, i: int, found: list[Finding]) -> None:
    """«два рабочие дня» → «два рабочих дня»: the noun is right, the adjective is not."""
    parsed = _phrase(t, i + 1)
    if parsed is None or len(parsed[0]) < 2:
        return
    group, noun = parsed
    if not any(p.tag.case in ("gent", "gen2") and p.tag.number == "sing" for p in noun):
        return  # the noun itself is wrong: government.py says so
    if any(p.tag.gender == "femn" or "ms-f" in p.tag for p in noun):
        return  # «две новые заявки» is right too
    if all(_has(t.words[k].text, "gent", "plur") for k in group[:-1]):
        return
    fixed = _rewrite(t, group, None, "gent")
    w, last = t.words[i], t.words[group[-1]]
    found.append(finding(NUMERAL, w.start, last.end, *((f"{w.text} {fixed}",) if fixed else ())))


def _oblique(t: Text, i: int, found: list[Finding]) -> None:
    """«в течение двух рабочие дни» → «двух рабочих дней»: «двух», «пяти», «трём» share their case
    with the noun, which is plural."""
    readings = parses(t.words[i].text)
    if not readings or any(p.tag.POS != "NUMR" for p in readings):
        return
    cases = {"gent" if p.tag.case == "accs" else p.tag.case for p in readings}
    if cases & {"nomn", "accs"} or not cases:
        return
    parsed = _phrase(t, i + 1)
    if parsed is None:
        return
    group, noun = parsed
    if all(p.tag.case == "nomn" and p.tag.number == "sing" for p in noun):
        return  # a noun in the nominative singular starts a phrase of its own («из двух брат выбрал…»)
    if len(group) == 1 and t.words[group[-1]].low in _TIME_OF_DAY:
        return  # «до десяти утра», «после двух дня»: a clock reading with «часов» left out (not «пяти рабочих дня»)
    if any(t.words[k].low in _FRACTIONS for k in group[:-1]):
        return  # «от восьми десятых процента»: the fraction governs its noun, in the genitive singular
    fitting = {c for c in cases if all(_has(t.words[k].text, c, "plur", _MODIFIERS if k != group[-1] else ("NOUN",))
                                       for k in group)}
    if fitting - {"loct"} or fitting and "gent" not in cases or fitting and _prepositional_before(t, i):
        return
    case = "gent" if "gent" in cases else sorted(cases)[0]
    fixed = _rewrite(t, group, {case, "plur"}, case)
    w, last = t.words[i], t.words[group[-1]]
    found.append(finding(NUMERAL, w.start, last.end, *((f"{w.text} {fixed}",) if fixed else ())))


_TAKE_ACCUSATIVE = frozenset({"за", "через", "про"})


def _nominative_after_preposition(t: Text, i: int, found: list[Finding]) -> None:
    """«за 1 минута» → «за 1 минуту», «через 2 неделя» → «через 2 недели», «до 5 минута»: after a preposition and a
    number in digits a noun is never in the nominative, whether the number counts or names («на 5 неделе») — so a noun
    with no other reading is wrong. The form is offered only where the count decides it (a preposition of the
    accusative or the genitive)."""
    prep = t.word(i - 1)
    if prep is None or not t.plain_gap(i) or prep.low not in _PREPOSITIONS or not t.plain_gap(i + 1):
        return
    noun = t.words[i + 1]
    readings = [p for p in parses(noun.text) if p.score >= 0.02]
    if not noun.text.isalpha() or noun.text[:1].isupper() or not readings or any(
            p.tag.POS != "NOUN" or p.tag.case != "nomn" or "Fixd" in p.tag for p in readings):
        return
    number = t.words[i].text
    one = number.endswith("1") and not number.endswith("11")
    few = number[-1:] in "234" and number[-2:] not in ("12", "13", "14")
    if prep.low in _TAKE_ACCUSATIVE:
        wanted = {"accs", "sing"} if one else {"gent", "sing" if few else "plur"}
    elif _PREPOSITIONS[prep.low] == ("gent",):
        wanted = {"gent", "sing" if one else "plur"}
    else:
        wanted = None
    forms = {f.word for p in readings if wanted and (f := p.inflect(wanted)) is not None}
    fixes = (f"{prep.text}{t.text[prep.end:noun.start]}{match_case(noun.text, forms.pop())}",) if len(forms) == 1 else ()
    found.append(finding(NUMERAL, prep.start, noun.end, *fixes,
                         message=phrase("После предлога и числа существительное не стоит в именительном падеже: "
                                        "«за 1 минуту», «через 2 недели», «до 5 минут».")))


def _digits(t: Text, i: int, found: list[Finding]) -> None:
    """«через 24 час» → «24 часа», «в течение 3 рабочих дня» → «3 рабочих дней»."""
    number = t.words[i].text
    parsed = _phrase(t, i + 1)
    if parsed is None:
        return
    group, noun = parsed
    if not any(p.normal_form in _UNITS for p in noun):
        return
    if _year(number) and any(p.normal_form == "год" for p in noun):
        return  # «ставит 1900 год», «в 2024 году»: a year is named by an ordinal, it counts nothing
    before = t.word(i - 1)
    governed = before is not None and t.plain_gap(i) and before.low.replace("ё", "е") in _GENITIVE_BEFORE
    if before is not None and t.plain_gap(i) and before.low in _PLACE:
        _count_or_order(t, i, group, noun, found)
        return
    one = number.endswith("1") and not number.endswith("11")
    few = number[-1:] in "234" and number[-2:] not in ("12", "13", "14")
    noun_counted = all(p.tag.number == "plur" and p.tag.case == "gent" for p in noun)
    if not one and noun_counted and len(group) > 1 and not all(_has(t.words[k].text, "gent", "plur")
                                                                for k in group[:-1]):
        fixed = _rewrite(t, group, None, "gent")  # «5 рабочий дней»: the noun is right, its adjective is not
    elif governed and not one:
        if all(any(p.tag.number == "plur" and p.tag.case in ("gent", "gen2") for p in parses(t.words[k].text))
               for k in group):
            return
        fixed = _rewrite(t, group, {"gent", "plur"}, "gent")
    elif not governed and not one:
        if not all(p.tag.case == "nomn" or p.tag.case == "accs" for p in noun) or any(
                p.tag.number == "plur" for p in noun):
            return  # only a noun written as if after «один» («5 рабочий день») is sure to be wrong
        fixed = _rewrite(t, group, {"gent", "sing" if few else "plur"}, "gent")
    else:
        return
    last = t.words[group[-1]]
    found.append(finding(NUMERAL, t.words[i].start, last.end, *((f"{number} {fixed}",) if fixed else ())))


_THOUSANDS = frozenset({"тысяча", "миллион", "миллиард"})


def _never_this_form(t: Text, i: int, found: list[Finding]) -> None:
    """«1 500 рубля» → «рублей», «21 рублей» → «рубль», «5 тысяч рубля» → «рублей»: a noun of measure after a number
    in a form no case allows — the genitive singular or the nominative plural («25 минуты») after a number ending
    in 0, 5–9 or 11–14 or after «тысяча»,
    «миллион», the genitive plural after one ending in 1 (not 11), where the noun stays singular in every case. Not
    after a preposition (an ordinal: «с 5 дня»), not after a decimal comma («2,5 рубля»)."""
    w, number = t.words[i], t.words[i].text
    gap = t.gap_before(i)
    if i == 0 and w.start > 0:
        return  # a heading cut off before it may have been the number's whole part («35,5 процента»)
    if i and (t.plain_gap(i) and t.words[i - 1].low in _PREPOSITIONS or gap in (",", ".") and t.words[i - 1].text.isdigit()):
        return
    noun_w = t.words[i + 1]
    readings = [p for p in parses(noun_w.text) if p.score >= 0.02]
    if not noun_w.text.isalpha() or noun_w.text[:1].isupper() or not readings or any(
            p.tag.POS != "NOUN" or p.normal_form not in _UNITS or "Fixd" in p.tag for p in readings):
        return
    if _year(number) and any(p.normal_form == "год" for p in readings):
        return  # «итоги 2025 года»: a year is named by an ordinal
    thousands = not number.isdigit() and any(p.normal_form in _THOUSANDS and p.tag.POS == "NOUN" for p in parses(w.low))
    if not number.isdigit() and not thousands:
        return
    one = number.isdigit() and number.endswith("1") and not number.endswith("11")
    many = thousands or number.isdigit() and not one and (number[-1:] in "056789" or number[-2:] in ("11", "12", "13", "14"))
    if many and all(p.tag.case in ("gent", "gen2") and p.tag.number == "sing"
                    or p.tag.case in ("nomn", "accs") and p.tag.number == "plur" for p in readings):
        forms = {f.word for p in readings if (f := p.inflect({"gent", "plur"})) is not None}
    elif one and all(p.tag.case == "gent" and p.tag.number == "plur" for p in readings):
        forms = {f.word for p in readings if (f := p.inflect({"nomn", "sing"})) is not None} \
            if all(p.inflect({"nomn", "sing"}) and p.inflect({"accs", "sing"}) and p.inflect({"nomn", "sing"}).word
                   == p.inflect({"accs", "sing"}).word for p in readings) else set()
    else:
        return
    fix = f"{t.text[w.start:noun_w.start]}{match_case(noun_w.text, forms.pop())}" if len(forms) == 1 else None
    found.append(finding(NUMERAL, w.start, noun_w.end, *((fix,) if fix else ())))


# prepositions that take the accusative of a count: «на 6 месяцев», «за 5 дней», «в 3 раза»
_OF_COUNT = frozenset({"на", "в", "во", "за"})
# prepositions of the moment an order of days is counted from: «на 3 день после заказа», «за 2 день до вылета»
_COUNTED_FROM = frozenset({"после", "до", "с", "со", "от", "перед"})


def _count_or_order(t: Text, i: int, group: list[int], noun: list, found: list[Finding]) -> None:
    """«вклад на 6 месяц» → «на 6 месяцев» (or «на 6-й месяц»): after «на», «в», «за» and a number in digits that
    does not end in 1, a noun of measure in the accusative singular is neither the count (that is «6 месяцев») nor
    the order (an ordinal in digits takes its ending: «6-й месяц»). Only a lone noun, no year, and nothing after it
    that tells an order («на 3 день после заказа», «на 5 день лечения» are left as people write them)."""
    before, number = t.words[i - 1], t.words[i].text
    if before.low not in _OF_COUNT or len(group) != 1 or number.endswith("1") and not number.endswith("11"):
        return
    if _year(number) or any(p.tag.case not in ("nomn", "accs") or p.tag.number != "sing" or "anim" in p.tag
                            or "Fixd" in p.tag for p in noun) or not any(p.tag.case == "accs" for p in noun):
        return
    few = number[-1:] in "234" and number[-2:] not in ("12", "13", "14")
    counted = {f.word for p in noun if (f := p.inflect({"gent", "sing" if few else "plur"})) is not None}
    w = t.words[group[-1]]
    ordinal = {"masc": "й", "femn": "ю", "neut": "е"}.get(noun[0].tag.gender)
    after = t.word(group[-1] + 1)
    if after is not None and t.plain_gap(after.index) and any(
            after.low in _COUNTED_FROM or p.tag.POS in ("NOUN", "ADJF", "NPRO") and p.tag.case == "gent"
            for p in parses(after.text)[:1]):
        return  # «на 3 день после заказа», «на 5 день лечения»: the order of days, as people write it
    fixes = [f"{number} {match_case(w.text, form)}" for form in sorted(counted)[:1]]
    if ordinal and len({p.tag.gender for p in noun}) == 1:
        fixes.append(f"{number}-{ordinal} {w.text}")
    found.append(finding(NUMERAL, t.words[i].start, w.end, *fixes,
                         message=phrase("Если это срок, существительное после числа стоит в родительном падеже: «на 6 "
                                        "месяцев», «за 5 дней»; если порядок, к цифре прибавляют окончание: «на 6-й "
                                        "месяц».")))


# nouns a round number names a year or an age by: «2000 год», «XX век»
_ERAS = frozenset({"год", "век", "тысячелетие"})


def _round_number(t: Text, i: int, found: list[Finding]) -> None:
    """«1000 запрос» → «1000 запросов», «500 сообщение» → «500 сообщений»: a round number in digits (hundreds or
    thousands, «10 000» too) counts, it hardly ever numbers a thing in a row, so the noun after it stands in the
    genitive plural — a noun with no reading but the nominative or accusative singular is wrong, whatever it names.
    Not after a preposition (the rule of digits after one says it), not a year, and the parse takes the number as
    the noun's."""
    first = i  # «10 000»: the groups of thousands before the last one
    while first > 0 and len(t.words[first].text) == 3 and t.plain_gap(first) and t.words[first - 1].text.isdigit():
        first -= 1
    number = t.text[t.words[first].start:t.words[i].end]
    if not number.endswith("00") or number.startswith("0"):
        return
    before = t.word(first - 1)
    if before is not None and t.plain_gap(first) and before.low in _PREPOSITIONS:
        return
    noun = t.words[i + 1]
    readings = [p for p in parses(noun.text) if p.score >= 0.02]
    if not noun.text.isalpha() or noun.text[:1].isupper() or not readings or any(
            p.tag.POS != "NOUN" or p.tag.case not in ("nomn", "accs") or p.tag.number != "sing" or "Fixd" in p.tag
            or "anim" in p.tag or p.normal_form in _ERAS for p in readings):
        return
    _, num = t.token(i)
    _, head = t.token(i + 1)
    if num is None or head is None or num.head != head.index:
        return
    forms = {f.word for p in readings if (f := p.inflect({"gent", "plur"})) is not None}
    fix = f"{number} {match_case(noun.text, forms.pop())}" if len(forms) == 1 else None
    found.append(finding(NUMERAL, t.words[first].start, noun.end, *((fix,) if fix else ())))


def _year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1000 <= int(number) <= 2199


_MONTHS = frozenset({"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                     "ноябрь", "декабрь"})


def _month_after_day(t: Text, i: int, found: list[Finding]) -> None:
    """«платёж будет 15 июнь» → «15 июня»: after the day of a date the month stands in the genitive."""
    if not 1 <= int(t.words[i].text) <= 31:
        return
    month = t.words[i + 1]
    readings = [p for p in parses(month.text) if p.normal_form in _MONTHS]
    if not readings or any(p.tag.case in ("gent", "datv", "ablt", "loct") for p in readings):
        return
    form = readings[0].inflect({"gent", "sing"})
    found.append(finding(NUMERAL, t.words[i].start, month.end,
                         *((f"{t.words[i].text} {match_case(month.text, form.word)}",) if form else ()),
                         message=phrase("В дате месяц после числа стоит в родительном падеже: «15 июня».")))


def _numeral_after_genitive_word(t: Text, i: int, found: list[Finding]) -> None:
    """«около пять минут» → «около пяти минут»: a word that takes the genitive before a numeral in the
    nominative."""
    w = t.words[i]
    before = t.word(i - 1)
    if before is None or not t.plain_gap(i) or before.low not in _GENITIVE_BEFORE | {"до", "от"}:
        return  # «до», «от» take a genitive numeral too («до девяноста лет»), a number in digits may be ordinal
    if before.low == "течение" and (before.index == 0 or t.words[before.index - 1].low != "в"):
        return  # «течение» is the preposition only in «в течение»
    readings = parses(w.text)
    nxt = t.word(i + 1)
    counted = nxt is not None and t.plain_gap(i + 1) and _has(nxt.text, "gent", "plur", ("NOUN",))
    # «три» is also the imperative of «тереть», which cannot follow «в течение», «около»; «сорок» the genitive
    # plural of «сорока», which counts no minutes: before a counted noun the numeral is meant
    if not readings or any(p.tag.POS != "NUMR" and "impr" not in p.tag for p in readings if p.score >= 0.05) and not (
            counted and readings[0].tag.POS == "NUMR") or any(
            p.tag.case not in ("nomn", "accs") for p in readings if p.tag.POS == "NUMR"):
        return
    form = _inflect(w.text, {"gent"}, ("NUMR",))
    if nxt is not None and t.plain_gap(i + 1) and any("Anum" in p.tag for p in parses(nxt.text)):
        return  # «после девяносто первого года»: a compound ordinal declines its last word only
    ok_after = nxt is not None and w.low in _MANY and _has(nxt.text, "gent", "plur", ("NOUN",))
    found.append(finding(NUMERAL, before.start, w.end,
                         *((f"{before.text} {form}",) if form and ok_after else ())))


# quantity words: the noun after them stands in the genitive, plural when it is counted («несколько
# минут», «много жалоб»); «много воды», «мало времени» take the singular of what is not counted
_QUANTITY = frozenset({"несколько", "много", "немного", "мало", "немало", "сколько", "столько", "нисколько"})
# nouns that are always counted: their genitive singular after a quantity word is wrong («сколько дня»)
_COUNTED = _UNITS - {"товар", "евро", "сутки"} | {"жалоба", "заявка", "письмо", "сообщение", "звонок", "попытка",
                                                  "вопрос", "клиент", "покупатель", "обращение", "сотрудник"}


def _quantity(t: Text, i: int, found: list[Finding]) -> None:
    """«несколько минуты» → «несколько минут», «мало товары» → «мало товаров»: a noun right after a
    quantity word that has no genitive reading, or only a singular one of a noun that is counted."""
    w, n = t.words[i], t.words[i + 1]
    if w.low not in _QUANTITY or not n.text.isalpha() or n.text[:1].isupper():
        return
    if w.low in _HOW_MUCH and (_correlative(t, i) or _subject_of_a_verb(t, i + 1)):
        return
    # a short adjective cannot follow a quantity word: «звонки» is the noun here
    readings = [p for p in parses(n.text) if p.score >= 0.02 and p.tag.POS != "ADJS"]
    if not readings or any(p.tag.POS != "NOUN" for p in readings) or any("Pltm" in p.tag or "Fixd" in p.tag
                                                                        for p in readings):
        return
    if _has(n.text, "gent", "plur", ("NOUN",)):
        return
    if any(p.tag.case not in ("nomn", "accs", "gent", "gen2") for p in readings):
        return  # «много людям помогал»: another case is the verb's
    genitive = [p for p in readings if p.tag.case in ("gent", "gen2")]
    if genitive and (w.low != "несколько" and not all(p.normal_form in _COUNTED for p in genitive)):
        return  # «много воды», «сколько времени»
    forms = {f.word for p in readings if (f := p.inflect({"gent", "plur"})) is not None}
    fix = f"{w.text} {match_case(n.text, forms.pop())}" if len(forms) == 1 else None
    found.append(finding(NUMERAL, w.start, n.end, *((fix,) if fix else ()),
                         message=phrase("После «несколько», «много», «мало», «сколько», «столько» "
                                        "существительное стоит в родительном падеже: «несколько минут», "
                                        "«много жалоб».")))


_HOW_MUCH = frozenset({"сколько", "столько"})
_ENOUGH = frozenset({"достаточно", "недостаточно"})


def _enough(t: Text, i: int, found: list[Finding]) -> None:
    """«достаточно паспорт» → «достаточно паспорта»: what is enough stands in the genitive. Only a noun with no
    genitive reading, in the nominative, that the parse does not hang on a verb — not the object of a verb after it
    («вам достаточно паспорт показать»), and no infinitive follows in the clause."""
    w, n = t.words[i], t.words[i + 1]
    if not n.text.isalpha() or n.text[:1].isupper():
        return
    readings = [p for p in parses(n.text) if p.score >= 0.02]
    if not readings or any(p.tag.POS != "NOUN" or "Fixd" in p.tag or p.tag.case not in ("nomn", "accs")
                           for p in readings) or not any(p.tag.case == "nomn" for p in readings):
        return
    k = i + 2
    while k < len(t.words) and t.plain_gap(k):
        if any(p.tag.POS == "INFN" for p in parses(t.words[k].text)):
            return
        k += 1
    sent, noun = t.token(i + 1)
    if noun is None or 0 <= noun.head < len(sent.tokens) and noun.head != noun.index and any(
            p.tag.POS in ("VERB", "INFN") for p in parses(sent.tokens[noun.head].text)):
        return  # the parse makes it a verb's object or subject: the parse on a slip is unsure of the rest
    number = readings[0].tag.number
    forms = {f.word for p in readings if (f := p.inflect({"gent", number})) is not None}
    fix = f"{w.text} {match_case(n.text, forms.pop())}" if len(forms) == 1 else None
    found.append(finding(NUMERAL, w.start, n.end, *((fix,) if fix else ()),
                         message=phrase("После «достаточно», «недостаточно» то, чего хватает, стоит в родительном "
                                        "падеже: «достаточно паспорта», «недостаточно средств».")))


def _correlative(t: Text, i: int) -> bool:
    """«не столько лекарство, сколько вера»: the pair joins two words, it counts nothing."""
    lows = [w.low for w in t.words]
    return (i > 0 and lows[i - 1] == "не" and lows[i] == "столько") or ("столько" in lows and "сколько" in lows)


def _subject_of_a_verb(t: Text, k: int) -> bool:
    """The noun after «сколько» is the subject of a verb right after it: «сколько король предложил»
    (how much the king offered) counts nothing either."""
    nouns = [p for p in parses(t.words[k].text) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    verb = t.word(k + 1)
    if not nouns or verb is None or not t.plain_gap(k + 1):
        return False
    for v in parses(verb.text):
        if v.tag.POS != "VERB" or v.score < 0.02:
            continue
        for n in nouns:
            if v.tag.number != n.tag.number:
                continue
            if v.tag.tense == "past" and n.tag.number == "sing" and v.tag.gender != n.tag.gender:
                continue
            if v.tag.tense != "past" and v.tag.person != "3per":
                continue
            return True
    return False


# «два», «три», «четыре» and their collective forms, which a noun with no singular takes: «трое суток»
_COLLECTIVE = {"два": "двое", "две": "двое", "три": "трое", "четыре": "четверо"}
# «оба» goes with a masculine or neuter noun, «обе» with a feminine one, in every case
_BOTH = {"оба": "обе", "обоих": "обеих", "обоим": "обеим", "обоими": "обеими"}
_BOTH_BACK = {v: k for k, v in _BOTH.items()}


def _plural_only_noun(t: Text, i: int, found: list[Finding]) -> None:
    """«три суток» → «трое суток»: a noun with no singular («сутки», «ножницы», «брюки») cannot take «два»,
    «три», «четыре», which need a genitive singular after them."""
    w, noun = t.words[i], t.words[i + 1]
    readings = [p for p in parses(noun.text) if p.score >= 0.05]
    if not readings or noun.text[:1].isupper() or any(
            p.tag.POS != "NOUN" or "Pltm" not in p.tag or p.tag.case != "gent" for p in readings):
        return
    fixed = f"{match_case(w.text, _COLLECTIVE[w.low])} {noun.text}"
    found.append(finding(NUMERAL, w.start, noun.end, fixed,
                         message=phrase("У слова «{noun}» нет единственного числа: говорят «{fixed}».",
                                        noun=readings[0].normal_form, fixed=fixed)))


# collective numerals and the cardinal each stands for, masculine and feminine
_COLLECTIVE_BACK = {"двое": ("два", "две"), "трое": ("три", "три"), "четверо": ("четыре", "четыре")}


def _collective_with_thing(t: Text, i: int, found: list[Finding]) -> None:
    """«двое ноутбуков» → «два ноутбука»: «двое», «трое», «четверо» count people, the young of animals and
    nouns with no singular («двое детей», «трое котят», «двое суток»); a thing with a singular takes «два»,
    «три», «четыре» and its genitive singular."""
    w, noun = t.words[i], t.words[i + 1]
    readings = [p for p in parses(noun.text) if p.score >= 0.05]
    if not readings or noun.text[:1].isupper() or any(
            p.tag.POS != "NOUN" or "anim" in p.tag or "Pltm" in p.tag or "Sgtm" in p.tag
            or p.tag.case != "gent" or p.tag.number != "plur" for p in readings):
        return
    genders = {p.tag.gender for p in readings}
    singular = {f.word for p in readings if (f := p.inflect({"gent", "sing"})) is not None}
    if len(genders) != 1 or len(singular) != 1:
        return
    cardinal = _COLLECTIVE_BACK[w.low][genders.pop() == "femn"]
    fixed = f"{match_case(w.text, cardinal)} {singular.pop()}"
    found.append(finding(NUMERAL, w.start, noun.end, fixed,
                         message=phrase("Собирательное «{numeral}» считает людей и предметы без единственного числа "
                                        "(«двое детей», «двое суток»); здесь нужно «{fixed}».",
                                        numeral=w.low, fixed=fixed)))


def _both(t: Text, i: int, found: list[Finding]) -> None:
    """«обе окна» → «оба окна», «у обоих девочек» → «у обеих девочек»: «оба» and «обе» take the gender of
    their noun (the next word, or the one after an adjective)."""
    w = t.words[i]
    k = i + 1
    if any(p.tag.POS in _MODIFIERS for p in parses(t.words[k].text)[:1]) and k + 1 < len(t.words) and t.plain_gap(k + 1):
        k += 1
    noun = t.words[k]
    readings = [p for p in parses(noun.text) if p.score >= 0.05]
    if not readings or noun.text[:1].isupper() or any(
            p.tag.POS != "NOUN" or "Fixd" in p.tag or "ms-f" in p.tag or "Pltm" in p.tag for p in readings):
        return
    genders = {p.tag.gender for p in readings}
    feminine = w.low in _BOTH_BACK
    if genders == {"femn"} and not feminine:
        right = _BOTH[w.low]
    elif feminine and genders <= {"masc", "neut"} and not any("anim" in p.tag for p in readings):
        right = _BOTH_BACK[w.low]  # «обе врача» may name two women
    else:
        return
    fixed = match_case(w.text, right)
    found.append(finding(NUMERAL, w.start, noun.end, f"{fixed}{t.text[w.end:noun.end]}",
                         message=phrase("С существительным «{noun}» пишется «{right}».",
                                        noun=readings[0].normal_form, right=fixed)))


_OF_PREPOSITIONAL = frozenset({"в", "во", "на", "о", "об", "обо", "при"})


def _prepositional_before(t: Text, i: int) -> bool:
    """A preposition of the prepositional case earlier in the sentence, which a phrase after «и» may share («в
    одном ящике и двух коробках»); with none, «двух тарелках» is a genitive that slipped («стула и двух тарелок»)."""
    k = i - 1
    while k >= 0 and not t.starts_sentence(k + 1):
        if t.words[k].low in _OF_PREPOSITIONAL:
            return True
        k -= 1
    return False


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        w = t.words[i]
        if not t.plain_gap(i + 1):
            continue
        if w.low in _FEW:
            _adjective_after_few(t, i, found)
            _plural_only_noun(t, i, found)
        elif w.low in _COLLECTIVE_BACK:
            _collective_with_thing(t, i, found)
        elif w.low in _BOTH or w.low in _BOTH_BACK:
            _both(t, i, found)
        elif w.text.isdigit():
            _never_this_form(t, i, found)
            _digits(t, i, found)
            _round_number(t, i, found)
            _nominative_after_preposition(t, i, found)
            _month_after_day(t, i, found)
        else:
            if w.low[:3] in ("тыс", "мил"):
                _never_this_form(t, i, found)
            _oblique(t, i, found)
            _quantity(t, i, found)
            if w.low in _ENOUGH:
                _enough(t, i, found)
        if w.low in _FEW or w.low in _MANY:
            _numeral_after_genitive_word(t, i, found)
    return found
