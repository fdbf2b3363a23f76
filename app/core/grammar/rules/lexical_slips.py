"""Просторечные формы, которые грамотные люди пишут в спешке: «ложу», «поклади», «самый наилучший».

The dictionary lists «ложу», «ложит» as informal forms of «класть» and «ложу» also as a form of «ложа»
(a theatre box), so a speller passes them. The literary verb is «класть» without a prefix and
«положить» with one; a superlative in «наи-» is already the highest degree and takes no «самый».
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, known, match_case, parses
from app.core.phrase import phrase

KLAST = RuleInfo(
    "OURS_KLAST",
    phrase("«Класть», а не «ложить»"),
    phrase("В литературном языке глагол «класть» («кладу»), с приставкой — «положить»."),
    phrase("Глагола «ложить» в литературном языке нет: без приставки говорят и пишут «класть» («кладу, кладёшь, "
    "клал»), с приставкой — «положить» («положу», «положи»), а также «вложить», «переложить». Формы "
    "«ложу», «ложит», «положь», «поклади» — просторечные."),
    Category.GRAMMAR,
)
DOUBLE_SUPERLATIVE = RuleInfo(
    "OURS_DOUBLE_SUPERLATIVE",
    phrase("«Самый» с превосходной степенью"),
    phrase("«Наилучший» уже значит «самый лучший»: одно из двух лишнее."),
    phrase("Превосходную степень образуют либо словом «самый» («самый лучший», «самый удобный»), либо "
    "суффиксом и приставкой «наи-» («наилучший», «наиболее удобный»). Оба способа сразу — «самый наилучший» — "
    "ошибка, как и «более лучше»."),
    Category.GRAMMAR,
)

EZZHAI = RuleInfo(
    "OURS_EZZHAI",
    phrase("«Приезжай», а не «приедь»"),
    phrase("Повелительное наклонение от «приехать» — «приезжай»."),
    phrase("У глаголов «ехать», «приехать», «заехать», «подъехать» повелительное наклонение образуется от "
    "«-езжать»: «приезжай», «заезжайте», «подъезжай», «поезжай». Формы «приедь», «заедьте», «едь» — "
    "просторечные."),
    Category.GRAMMAR,
)

FALSE_PREFIX = RuleInfo(
    "OURS_FALSE_PREFIX",
    phrase("Написание по ложной связи слов"),
    phrase("Пишется «{fixed}»."),
    phrase("Эти слова пишут неверно, потому что связывают их с другими словами: «поскользнуться» — не от «под», "
    "«насмехаться» — не от «над», «дерматин» — от «дерма» (кожа), без «н»; «вряд ли» — два слова, с «д» "
    "(от «ряд»). Словари отмечают «подскользнуться», «надсмехаться», «дермантин» как просторечные. «Приду», "
    "«придёт», «придётся» пишутся без «й», по образцу неопределённой формы «прийти» её не добавляют. "
    "«Агентство» — от «агент», с «т», и в сложных словах тоже: «турагентство», «кадровое агентство»."),
    Category.SPELLING,
)

COLLOQUIAL_VERB = RuleInfo(
    "OURS_COLLOQUIAL_VERB",
    phrase("Просторечная форма глагола"),
    phrase("В литературном языке у этого глагола другая форма."),
    phrase("Некоторые глаголы меняют основу: «махать» — «машу, машет, машут» («махают» — просторечие); "
    "«слезать» — «слезай», «слезь» («слазь с дивана» — просторечие; «слазить» значит «сходить куда-то и "
    "вернуться»: «слазь в подвал за картошкой»)."),
    Category.GRAMMAR,
)

RULES = (KLAST, DOUBLE_SUPERLATIVE, EZZHAI, FALSE_PREFIX, COLLOQUIAL_VERB)

# «слазить» is «to climb there and back»: «слазь в подвал»; climbing down from something is «слезь с»
_SLAZ = {"слазь": "слезь", "слазьте": "слезьте"}

# Stems written with a letter a false association adds, and their right spelling.
_FALSE_STEMS = (("подскольз", "поскольз"), ("надсмех", "насмех"), ("дермантин", "дерматин"), ("врятли", "вряд ли"),
                ("врядли", "вряд ли"), ("прийд", "прид"))  # «прийдется» by «прийти»: the speller's dictionary has it
# A stem written without a letter of its root wherever it stands in a word: «турагенство», «агенства» (the speller's
# dictionary has these forms, and LanguageTool's list only «агенство» itself)
_LOST_LETTER_STEMS = (("агенств", "агентств"),)
# the informal imperative of «класть» («Ложи телефон на стол»), which the dictionary reads as the noun «ложа»
LOZHI = {"ложи": "клади"}  # «ложите» the dictionary knows as a verb: _lozhit

# Informal forms of «класть» with «по-» and their literary «положить» counterparts.
_POKLAST = {"поклади": "положи", "покладите": "положите", "поклал": "положил", "поклала": "положила",
            "поклали": "положили", "покласть": "положить", "покладу": "положу"}
_PREPOSITIONS = frozenset({"в", "во", "на", "через", "за", "под", "про", "о", "об", "по"})
_SAMYJ = frozenset({"самый", "самая", "самое", "самые", "самого", "самой", "самому", "самым", "самом", "самых",
                    "самую", "самыми"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if _colloquial_verb(t, i, found):
            continue
        if w.low in _POKLAST:
            found.append(finding(KLAST, w.start, w.end, match_case(w.text, _POKLAST[w.low])))
        elif w.low in LOZHI:
            _lozhi(t, i, found)
        elif w.low.startswith("лож"):
            _lozhit(t, i, found)
        elif w.low.endswith(("едь", "едьте")) and len(w.low) > 4:
            _ezzhai(t, i, found)
        elif w.low in _SAMYJ:
            _superlative(t, i, found)
        else:
            stem = next(((wrong, right) for wrong, right in _FALSE_STEMS if w.low.startswith(wrong)), None)
            lost = next(((wrong, right) for wrong, right in _LOST_LETTER_STEMS if wrong in w.low), None)
            if stem is not None or lost is not None:
                wrong, right = stem or lost
                low = w.text.lower()  # not ``w.low``: that has «е» for «ё», and «придёт» must keep its «ё»
                at = low.index(wrong)
                fixed = match_case(w.text, low[:at] + right + low[at + len(wrong):])
                found.append(finding(FALSE_PREFIX, w.start, w.end, fixed,
                                     message=phrase("Пишется «{fixed}».", fixed=fixed)))
    return found


def _colloquial_verb(t: Text, i: int, found: list[Finding]) -> bool:
    """«махают» → «машут» (the dictionary's informal form of «махать»), «слазь с дивана» → «слезь»."""
    w, nxt = t.words[i], t.word(i + 1)
    fixed = None
    if w.low in _SLAZ and nxt is not None and t.plain_gap(i + 1) and nxt.low in ("с", "со"):
        fixed = _SLAZ[w.low]
    else:
        verb = [p for p in parses(w.text) if p.tag.POS == "VERB" and p.normal_form == "махать" and "Infr" in p.tag
                and p.tag.mood != "impr"]  # «махай» is as good as «маши»
        if verb and len(verb) == len(parses(w.text)):
            wanted = set(verb[0].tag.grammemes) - {"Infr"}
            fixed = next((f.word for f in verb[0].lexeme if "Infr" not in f.tag and set(f.tag.grammemes) == wanted), None)
    if fixed is None:
        return False
    found.append(finding(COLLOQUIAL_VERB, w.start, w.end, match_case(w.text, fixed)))
    return True


def _ezzhai(t: Text, i: int, found: list[Finding]) -> None:
    """«Приедь пораньше» → «Приезжай»: the imperative of a verb in «-ехать» is built on «-езжать»."""
    w = t.words[i]
    plural = w.low.endswith("едьте")
    stem = w.low[:-5] if plural else w.low[:-3]
    literary = stem + ("езжайте" if plural else "езжай")
    if not stem or not known(literary) or not any(p.tag.mood == "impr" for p in parses(literary)):
        return
    found.append(finding(EZZHAI, w.start, w.end, match_case(w.text, literary),
                         message=phrase("Повелительное наклонение от «-ехать» — «{fixed}».", fixed=literary)))


def _lozhit(t: Text, i: int, found: list[Finding]) -> None:
    """«Я ложу телефон в сумку» → «кладу», «ложил» → «клал»: an informal form of «класть» that is not the noun
    «ложа» (which follows a preposition or a verb: «в ложу», «заняли ложу»)."""
    w, prev = t.words[i], t.word(i - 1)
    verb = [p for p in parses(w.text) if p.tag.POS == "VERB" and p.normal_form == "класть" and "Infr" in p.tag]
    if not verb and not known(w.text) and w.low.startswith("ложи"):
        past = [p for p in parses(w.text) if p.tag.POS in ("VERB", "INFN") and p.normal_form == "ложить"]
        klast = next((p for p in parses("класть") if p.tag.POS == "INFN"), None)
        if past and klast is not None:
            wanted = {g for g in past[0].tag.grammemes if g in ("masc", "femn", "neut", "sing", "plur", "past", "INFN")}
            form = klast.inflect(wanted) if wanted != {"INFN"} else klast
            if form is not None:
                found.append(finding(KLAST, w.start, w.end, match_case(w.text, form.word)))
        return
    if not verb:
        return
    if verb[0].tag.person == "2per" and verb[0].tag.number == "plur" and (
            prev is None or prev.low != "вы" or not t.plain_gap(i)):
        verb = [verb[0].inflect({"impr", "plur"}) or verb[0]]  # «Ложите вещи на полку»: a request
    if any(p.tag.POS != "VERB" for p in parses(w.text)):
        # «ложу» is also the noun «ложа»: only after a subject pronoun or «не» is it surely the verb
        if prev is None or not t.plain_gap(i) or prev.low not in ("я", "не", "всегда", "обычно", "сейчас", "тоже"):
            return
    if prev is not None and t.plain_gap(i) and prev.low in _PREPOSITIONS:
        return
    wanted = set(verb[0].tag.grammemes) - {"Infr"}
    literary = [f.word for f in verb[0].lexeme if "Infr" not in f.tag and set(f.tag.grammemes) == wanted]
    if literary:
        found.append(finding(KLAST, w.start, w.end, match_case(w.text, literary[0])))


def _lozhi(t: Text, i: int, found: list[Finding]) -> None:
    """«Ложи телефон на стол» → «Клади»: opening its sentence or part, before a noun or pronoun that is no
    genitive — the request, not the noun «ложи» («ложи театра», «в ложи»)."""
    w, nxt = t.words[i], t.word(i + 1)
    k = i - 1 if i > 0 and t.words[i - 1].low == "не" and t.plain_gap(i) else i  # «Не ложи телефон на край»
    if not (t.starts_sentence(k) or t.gap_before(k).strip() == ",") or nxt is None or not t.plain_gap(i + 1):
        return
    readings = parses(nxt.text)
    if not readings or readings[0].tag.POS not in ("NOUN", "NPRO", "ADJF") or readings[0].tag.case not in (
            "accs", "nomn") or any(p.tag.case == "gent" for p in readings[:2]):
        return
    found.append(finding(KLAST, w.start, w.end, match_case(w.text, LOZHI[w.low])))


def _superlative(t: Text, i: int, found: list[Finding]) -> None:
    """«самый наилучший» → «наилучший» (or «самый лучший»)."""
    w, adj = t.words[i], t.word(i + 1)
    if adj is None or not t.plain_gap(i + 1) or not adj.low.startswith("наи"):
        return
    readings = parses(adj.text)
    if not readings or readings[0].tag.POS != "ADJF" or "Supr" not in readings[0].tag:
        return
    options = [match_case(w.text, adj.text.lower())]
    plain = adj.text[3:]
    if known(plain):
        options.append(f"{w.text} {plain}")  # «самый лучший»
    found.append(finding(DOUBLE_SUPERLATIVE, w.start, adj.end, *options))
