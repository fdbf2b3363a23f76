"""Однородные члены без союза между ними: «здоровым, богатым и мудрым», «умны, сильны и красивы»,
«пришёл, увидел, победил», «терпение, любовь, понимание и …».

Without commas such members read to the parser as words hung on each other, so the tree has no list
to see; the words' own grammar shows it instead. Each kind is asked for only where the grammar leaves
no other reading:
- full adjectives «X Y и Z» or «X Y Z» in one case, number and gender with no noun after them:
  adjectives stack («большие красные и синие шары») only over a noun they describe;
- short adjectives and short participles side by side in one number and gender: a short form is a
  predicate, it describes no word after it; those that govern one («должен», «готов») are left out;
- three finite verbs of one form, or two and a third after «и» / «или», or two imperatives; three
  infinitives that take no infinitive after them, or two and a third after «и» / «или»;
- three nouns in one case that is not the genitive, or two and a third after «и» / «или» — a
  genitive may hang on the noun before it («отдел продаж и маркетинга»), and nothing in the words
  tells a genitive list from such a chain (navec's word similarity was measured and does not);
- adverbs made from qualitative adjectives, three side by side or two and a third after «и» / «или»
  («быстро, громко и уверенно»), but not an adverb of degree before another («невероятно быстро»);
- a noun or a verb said three times, or twice and again after «и» («работать, работать и работать»).
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, known, parses
from app.core.phrase import phrase

BARE_LIST = RuleInfo(
    "OURS_BARE_LIST_COMMA",
    phrase("Запятая между однородными членами без союза"),
    phrase("Однородные члены и сказуемые, не соединённые союзом, разделяются запятой."),
    phrase("Слова, которые одинаково относятся к одному и тому же слову и не соединены союзом, "
           "разделяются запятыми: «Он был спокойным, вежливым и внимательным», «Они умны, сильны и "
           "красивы», «Пришёл, увидел, победил». Перед союзом «и» у последнего члена запятая не "
           "нужна. Повторённое слово тоже отделяется запятой: «Работать, работать и ещё раз работать»."),
    Category.PUNCTUATION,
)
RULES = (BARE_LIST,)

_SURE = 0.05  # a reading this rare is the analyser's guess, not a word's real use


def check(t: Text) -> list[Finding]:
    found: dict[int, Finding] = {}
    runs = (*_adjective_runs(t), *_short_runs(t), *_adverb_runs(t), *_verb_runs(t), *_infinitive_runs(t),
            *_noun_runs(t), *_repeats(t))
    for first, last in runs:
        for k in range(first + 1, last + 1):
            a, b = t.words[k - 1], t.words[k]
            found.setdefault(k, finding(BARE_LIST, a.start, b.end, f"{a.text}, {b.text}"))
    return [found[k] for k in sorted(found)]


def _readings(word: str) -> list:
    """The word's likely dictionary readings; none for a word the dictionary lacks (its POS is a guess)."""
    return [p for p in parses(word) if p.score >= _SURE] if known(word) else []


def _lower(t: Text, i: int) -> bool:
    """Word i is written in lower case, or starts its sentence (a capital there says nothing)."""
    return t.words[i].text.islower() or t.starts_sentence(i)


def _run(t: Text, i: int, forms_of) -> tuple[int, frozenset]:
    """The last word of the run from word i whose words share a form (by ``forms_of``) and stand
    side by side with nothing between them, and the forms they share."""
    forms = forms_of(t.words[i].low) if _lower(t, i) else frozenset()
    end = i
    while forms and end + 1 < len(t.words) and t.plain_gap(end + 1) and t.words[end + 1].text.islower():
        shared = forms & forms_of(t.words[end + 1].low)
        if not shared:
            break
        forms, end = shared, end + 1
    return end, forms


# --- full adjectives: «здоровым богатым и мудрым» -------------------------------------------------


@lru_cache(maxsize=8192)
def _adjective_forms(word: str) -> frozenset:
    """(case, number, gender or None) of a word that reads only as a full adjective (no pronoun,
    ordinal, participle or noun reading); empty for any other word."""
    readings = _readings(word)
    if not readings or any(p.tag.POS != "ADJF" or {"Apro", "Anum"} & p.tag.grammemes for p in readings):
        return frozenset()
    return frozenset((p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
                     for p in readings)


@lru_cache(maxsize=8192)
def _nominal_forms(word: str) -> frozenset:
    """The forms of every noun or adjective reading of a word (what an adjective could describe)."""
    return frozenset((p.tag.case, p.tag.number, g)
                     for p in parses(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO")
                     for g in ((p.tag.gender, None) if p.tag.number == "sing" else (None,)))


def _adjective_runs(t: Text):
    """«X Y и Z» or «X Y Z» of agreeing adjectives that describe no noun after them."""
    i = 0
    while i < len(t.words):
        end, forms = _run(t, i, _adjective_forms)
        joined = end > i and _joined(t, end, forms, _adjective_forms)
        after = end + 3 if joined else end + 1
        if (joined or end - i >= 2) and not _describes_next(t, i) \
                and not (after < len(t.words) and t.plain_gap(after) and forms & _nominal_forms(t.words[after].low)):
            yield i, end
        i = end + 1


def _describes_next(t: Text, i: int) -> bool:
    """The word before the run is a preposition or a word the run's first adjective could lean on
    («очень» is no list member, «в новом удобном и быстром» may describe a noun far ahead)."""
    if i == 0 or not t.plain_gap(i):
        return False
    return any(p.tag.POS in ("PREP", "ADVB") for p in _readings(t.words[i - 1].low))


# --- short adjectives and participles: «умны сильны и красивы» ------------------------------------

# short forms (by their dictionary form) that govern a word after them — an infinitive, a case — rather
# than stand in a list: «должна быть», «готов помочь», «похож на отца»
_GOVERNING = frozenset("""
должный нужный готовый рад обязать обязанный способный намерить намерен согласный вынудить склонный
видный слышный известный свойственный подобный равный похожий уверить довольный знакомый занятый занять
полный
""".split())


@lru_cache(maxsize=8192)
def _short_forms(word: str) -> frozenset:
    """(number, gender or None) of a word that reads only as a short adjective or a short participle,
    not in the neuter singular (that form is also an adverb: «легко», «трудно»)."""
    readings = _readings(word)
    if not readings or any(p.tag.POS not in ("ADJS", "PRTS") for p in readings) \
            or any(p.normal_form in _GOVERNING for p in readings):
        return frozenset()
    forms = frozenset((p.tag.number, p.tag.gender if p.tag.number == "sing" else None) for p in readings)
    return frozenset(f for f in forms if f != ("sing", "neut"))


def _short_runs(t: Text):
    """Short adjectives or participles side by side in one number and gender: «умны сильны»."""
    i = 0
    while i < len(t.words):
        end, _ = _run(t, i, _short_forms)
        if end > i:
            yield i, end
        i = end + 1


# --- adverbs of manner: «быстро громко и уверенно» ------------------------------------------------

# adverbs that tell the degree of the next word rather than stand beside it: «невероятно быстро и точно»
_DEGREE = frozenset("""
очень довольно достаточно совершенно абсолютно невероятно удивительно необыкновенно необычайно чрезвычайно
крайне страшно ужасно жутко безумно бесконечно исключительно особенно сравнительно относительно предельно
максимально минимально весьма слишком чересчур поразительно неимоверно вполне совсем полностью почти
безусловно невыносимо нестерпимо непривычно непростительно необходимо одинаково равно явно заметно вечно
точно ровно прямо просто чисто легко трудно нужно можно надо видно слышно жаль больно
""".split())


@lru_cache(maxsize=8192)
def _manner_adverb(word: str) -> frozenset:
    """{"ADVB"} for an adverb made from a qualitative adjective («быстро», «громко»): every likely
    reading is that adverb, a predicative or the adjective's short neuter; words of degree are left out."""
    readings = _readings(word)
    if word in _DEGREE or not readings or any(p.tag.POS not in ("ADVB", "ADJS", "PRED") for p in readings) \
            or not any(p.tag.POS == "ADVB" for p in readings) or not any(p.tag.POS == "ADJS" for p in parses(word)):
        return frozenset()
    return frozenset({"ADVB"})


def _adverb_runs(t: Text):
    """Three such adverbs side by side, or two with a third joined by «и» / «или»."""
    i = 0
    while i < len(t.words):
        end, forms = _run(t, i, _manner_adverb)
        if end - i >= 2 or end > i and _joined(t, end, forms, _manner_adverb):
            yield i, end
        i = end + 1


# --- finite verbs: «пришёл увидел победил» --------------------------------------------------------

# verbs that join a verb of the same form without a comma in common speech («пойди принеси», «попробуй
# открой»; «давай сделаем» is another form anyway) or are auxiliaries
VERB_LINKS = frozenset("""
быть стать пойти идти давать дать взять брать сидеть стоять пробовать попробовать смотреть
""".split())


@lru_cache(maxsize=8192)
def _verb_forms(word: str) -> frozenset:
    """(mood, tense, person, number, gender) of a word that reads only as a finite verb."""
    readings = _readings(word)
    if not readings or any(p.tag.POS != "VERB" or p.normal_form in VERB_LINKS for p in readings):
        return frozenset()
    return frozenset((p.tag.mood, p.tag.tense, p.tag.person, p.tag.number,
                      p.tag.gender if p.tag.tense == "past" and p.tag.number == "sing" else None)
                     for p in readings)


def _verb_runs(t: Text):
    """Three verbs of one form side by side, or two with a third joined by «и» / «или», or two
    imperatives («Проверьте, заполните»): two other verbs alone are as often two clauses («Укажите,
    требуется ли…», «Если это случится, появится…»), where the comma is the clause's."""
    i = 0
    while i < len(t.words):
        end, forms = _run(t, i, _verb_forms)
        if end - i >= 2 or end > i and (_joined(t, end, forms, _verb_forms) or any(f[0] == "impr" for f in forms)):
            yield i, end
        i = end + 1


def _joined(t: Text, end: int, forms: frozenset, forms_of) -> bool:
    """Word end is followed by «и» or «или» and a word that shares one of the forms."""
    conj, last = t.word(end + 1), t.word(end + 2)
    return conj is not None and conj.low in ("и", "или") and t.plain_gap(end + 1) and last is not None \
        and t.plain_gap(end + 2) and last.text.islower() and bool(forms & forms_of(last.low))


# --- infinitives: «рваться путаться биться» ---------------------------------------------------------

# verbs an infinitive after them depends on («хотеть уехать», «начать работать», «пойти погулять»)
_TAKES_INFINITIVE = frozenset("""
мочь смочь хотеть захотеть уметь суметь сметь посметь начать начинать стать становиться продолжать
продолжить перестать переставать кончить закончить заканчивать прекратить прекращать успеть успевать
пытаться попытаться стараться постараться пробовать попробовать пойти идти ходить ехать поехать
уйти уходить прийти приходить приехать выйти сесть лечь остаться оставаться отправиться бросить
бросать любить полюбить учиться научиться учить научить надеяться решить решать собираться
собраться мечтать бояться забыть забывать желать пожелать привыкнуть отказаться отказываться спешить
торопиться позволить позволять помогать помочь просить попросить советовать посоветовать разрешить
разрешать запретить запрещать предлагать предложить обещать пообещать требовать потребовать заставить
заставлять велеть приказать умолять готовиться намереваться планировать задумать осмелиться удаться
удаваться нравиться понравиться хотеться захотеться уговорить уговаривать звать позвать потребоваться
понадобиться требоваться рискнуть рисковать дать давать отучиться приучиться быть есть
""".split())


@lru_cache(maxsize=8192)
def _infinitive(word: str) -> frozenset:
    """{"INFN"} for a word that reads only as an infinitive of a verb that takes no infinitive after
    it (two such side by side are a list, not a verb and its complement)."""
    readings = _readings(word)
    if not readings or any(p.tag.POS != "INFN" or p.normal_form in _TAKES_INFINITIVE for p in readings):
        return frozenset()
    return frozenset({"INFN"})


@lru_cache(maxsize=8192)
def _any_infinitive(word: str) -> frozenset:
    """{"INFN"} for any infinitive: the last member, after «и», governs nothing before it."""
    readings = _readings(word)
    return frozenset({"INFN"}) if readings and all(p.tag.POS == "INFN" for p in readings) else frozenset()


def _infinitive_runs(t: Text):
    """Three infinitives side by side, or two with a third joined by «и» / «или»: the verbs that take
    an infinitive are too many to list, and two alone are as often a verb and its complement."""
    i = 0
    while i < len(t.words):
        end, forms = _run(t, i, _infinitive)
        if end - i >= 2 or end > i and _joined(t, end, forms, _any_infinitive):
            yield i, end
        i = end + 1


# --- nouns in a case no genitive chain has: «терпение любовь понимание и» ---------------------------

_CHAIN_CASES = frozenset({"gent", "gen2"})


@lru_cache(maxsize=8192)
def _noun_cases(word: str) -> frozenset:
    """The cases of a lower-case word that reads only as a noun and never as a genitive (a genitive
    may hang on the noun before it: «отдел продаж и маркетинга»); a name's reading of a lower-case
    word («любовь», «вера») is the common noun's."""
    readings = _readings(word)
    if not readings or any(p.tag.POS != "NOUN" or p.tag.case in _CHAIN_CASES for p in readings):
        return frozenset()
    return frozenset(p.tag.case for p in readings)


def _noun_runs(t: Text):
    """Three nouns side by side in one case, or two with a third joined by «и» / «или». A noun a
    preposition governs («над книгой», «на активный слайд») is that phrase's, not the list's first."""
    i = 0
    while i < len(t.words):
        end, forms = _run(t, i, _noun_cases)
        first = i + 1 if _after_preposition(t, i) else i
        if end - first >= 2 and not _noun_next(t, end) or end > first and _joined(t, end, forms, _noun_cases):
            yield first, end
        i = end + 1


def _noun_next(t: Text, end: int) -> bool:
    """A noun follows word end: a run with no «и» may go on in a way the words do not show («курсор
    пример форму пипетки» is a slip for «курсор примет форму»)."""
    nxt = t.word(end + 1)
    return nxt is not None and t.plain_gap(end + 1) and any(p.tag.POS == "NOUN" for p in _readings(nxt.low))


def _after_preposition(t: Text, i: int) -> bool:
    """Word i ends a prepositional phrase: a preposition before it, maybe with adjectives between."""
    k = i - 1
    while k >= 0 and t.plain_gap(k + 1) and any(p.tag.POS in ("ADJF", "PRTF") for p in _readings(t.words[k].low)):
        k -= 1
    return k >= 0 and t.plain_gap(k + 1) and any(p.tag.POS == "PREP" for p in _readings(t.words[k].low))


# --- a word said twice: «звёзды звёзды», «работать работать и работать» ---------------------------


def _repeats(t: Text):
    """A noun or a verb three times in a row, or twice and a third time after «и»: said twice alone,
    it is more often a slip to delete than a repetition to part."""
    for k in range(1, len(t.words) - 1):
        a, b = t.words[k - 1], t.words[k]
        if a.low != b.low or not t.plain_gap(k) or not b.text.islower() or not _lower(t, k - 1) \
                or not _content(a.low):
            continue
        third = t.word(k + 1)
        if third is not None and t.plain_gap(k + 1) and third.low == "и":
            third = t.word(k + 2) if t.plain_gap(k + 2) else None
        if third is not None and _lemmas(third.low) & _lemmas(a.low):
            yield k - 1, k


@lru_cache(maxsize=8192)
def _content(word: str) -> bool:
    readings = _readings(word)
    return bool(readings) and all(p.tag.POS in ("NOUN", "VERB", "INFN") for p in readings)


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> frozenset:
    return frozenset(p.normal_form for p in _readings(word))
