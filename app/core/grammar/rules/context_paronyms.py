"""Паронимы, которые различает соседнее слово: «эффектное платье» (не «эффективное»), «экономичный
холодильник», «представить вам коллегу», «поезд прибывает на путь», «обратный отсчёт», «дипломант
конкурса», «одно и то же».

Both words are real, so a speller passes either; the word beside them shows which is meant: a thing of
looks after «эффектный», a machine by «экономичный» (a person is «экономный»), a person given as the
object of «представить» («предоставить» gives things), a direction («на путь», «в город») after
«прибывать» («пребывать» is to stay somewhere, and in a state: «в шоке»), «обратный» before «отсчёт», a contest after «дипломант».
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

PARONYM = RuleInfo(
    "OURS_CONTEXT_PARONYM",
    phrase("Паронимы: похожие слова с разным смыслом"),
    phrase("Здесь по смыслу нужно другое, похожее слово."),
    phrase("Похожие слова значат разное: «эффектный» — яркий, броский («эффектное платье»), «эффективный» — "
    "действенный («эффективный способ»); «экономичный» — расходующий мало («экономичный холодильник»), "
    "«экономный» — бережливый («экономная хозяйка»); «представить» — познакомить («представить коллегу»), "
    "«предоставить» — дать («предоставить скидку»); «прибывать» — приезжать («поезд прибывает на путь»), "
    "«пребывать» — находиться («пребывать в отпуске», «пребывать в шоке»); «отсчёт» — счёт («обратный отсчёт»), «отчёт» — "
    "доклад; «дипломант» — награждённый дипломом конкурса, «дипломат» — посол; «одно и то же» пишется в "
    "три слова."),
    Category.SPELLING,
)

RULES = (PARONYM,)

_LOOKS = frozenset({"платье", "наряд", "костюм", "внешность", "причёска", "прическа", "макияж", "жест", "появление",
                    "финал", "фото", "фотография", "снимок", "блондинка", "брюнетка", "шляпа", "украшение", "поза",
                    "туфли", "букет", "фасад", "интерьер"})
_MACHINES = frozenset({"холодильник", "автомобиль", "машина", "двигатель", "мотор", "лампа", "котёл", "котел",
                       "кондиционер", "обогреватель", "бойлер", "прибор", "техника", "модель", "седан", "кроссовер",
                       "посудомойка", "плита", "чайник", "телевизор", "ноутбук", "светильник", "насос"})
_CONTESTS = frozenset({"конкурс", "фестиваль", "олимпиада", "премия", "смотр", "чемпионат", "выставка"})


def _lemmas(word: str) -> set[str]:
    return {p.normal_form for p in parses(word) if p.score >= 0.05}


def _contest_after(t: Text, i: int) -> bool:
    """A contest in the genitive within three words after: «дипломант всероссийского конкурса»."""
    for k in range(i + 1, min(len(t.words), i + 4)):
        if not t.plain_gap(k):
            return False
        if any(p.normal_form in _CONTESTS and p.tag.case == "gent" for p in parses(t.words[k].text)):
            return True
    return False


def _describes(t: Text, i: int, lemmas: frozenset[str]) -> bool:
    """The parse gives adjective i to a noun of ``lemmas``, as its attribute or as the subject it is said of."""
    sent, adj = t.token(i)
    if adj is None:
        return False
    if adj.rel == "amod" and adj.head >= 0:
        return bool(_lemmas(sent.tokens[adj.head].text) & lemmas)
    return any(c.rel.startswith("nsubj") and _lemmas(c.text) & lemmas for c in sent.children(adj.index))


def _replace(word: str, right_lemma: str) -> str | None:
    """``word`` as the same form of ``right_lemma``."""
    for p in parses(word):
        target = next((r for r in parses(right_lemma) if r.normal_form == right_lemma), None)
        if target is None:
            return None
        grammemes = {g for g in p.tag.grammemes if g not in ("Qual", "Apro", "Infr", "V-ey", "V-oy", "Fixd")}
        grammemes -= {"perf", "impf", "tran", "intr"}
        form = target.inflect(grammemes - {p.tag.POS})
        if form is not None:
            return match_case(word, form.word)
    return None


def _person_object(t: Text, i: int) -> bool:
    """The parse gives the verb an animate object: «предоставить вам нашего сотрудника»."""
    sent, verb = t.token(i)
    return verb is not None and any(c.rel == "obj" and c.feat("Animacy") == "Anim" and c.pos == "NOUN"
                                    for c in sent.children(verb.index))


def _direction(t: Text, i: int) -> bool:
    """«в», «на» after the verb with a noun in the accusative and no prepositional reading: a direction."""
    prep, noun = t.word(i + 1), None
    if prep is None or prep.low not in ("в", "на", "во") or not t.plain_gap(i + 1):
        return False
    for k in range(i + 2, min(len(t.words), i + 4)):
        if not t.plain_gap(k):
            return False
        readings = [p for p in parses(t.words[k].text) if p.score >= 0.05]
        if readings and all(p.tag.POS == "NOUN" for p in readings):
            noun = readings
            break
    return noun is not None and any(p.tag.case == "accs" for p in noun) and not any(
        p.tag.case in ("loct", "loc2") for p in noun)


# states one stays in («пребывать в шоке»); one arrives at places, not at states. Not «состояние»: a parcel
# «прибывает в плохом состоянии»; and only the imperfective «прибывать» — «он прибыл в ужасе» tells how he came
_STATES = frozenset({"шок", "уверенность", "недоумение", "восторг", "ужас", "отчаяние", "растерянность",
                     "неведение", "заблуждение", "ожидание", "депрессия", "паника", "прострация", "эйфория",
                     "замешательство", "изумление", "неопределённость", "неопределенность", "раздумье", "уныние",
                     "смятение", "напряжение", "бездействие", "забытьё", "забытье", "нега", "печаль",
                     "тоска", "апатия", "ступор", "счастье", "блаженство", "спокойствие", "сомнение", "невесомость"})


def _state(t: Text, i: int) -> bool:
    """«в» after the verb and, within two words, a state in the prepositional: «в шоке», «в полной уверенности»."""
    prep = t.word(i + 1)
    if prep is None or prep.low not in ("в", "во") or not t.plain_gap(i + 1):
        return False
    for k in range(i + 2, min(len(t.words), i + 4)):
        if not t.plain_gap(k):
            return False
        readings = [p for p in parses(t.words[k].text) if p.score >= 0.05]
        if any(p.tag.POS == "NOUN" for p in readings):
            return any(p.normal_form in _STATES and p.tag.case in ("loct", "loc2") for p in readings)
    return False


def _one_and_same(t: Text, i: int) -> bool:
    """«одно и тоже» → «одно и то же»."""
    a, b = t.word(i - 2), t.word(i - 1)
    return a is not None and b is not None and b.low == "и" and a.low in ("одно", "одного", "одному", "одним", "одном")


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        lemmas = _lemmas(w.text)
        right = None
        if "эффективный" in lemmas and _describes(t, i, _LOOKS):
            right = _replace(w.text, "эффектный")
        elif "экономный" in lemmas and _describes(t, i, _MACHINES):
            right = _replace(w.text, "экономичный")
        elif lemmas & {"предоставить", "предоставлять"} and _person_object(t, i):
            right = _replace(w.text, "представить" if "предоставить" in lemmas else "представлять")
        elif "пребывать" in lemmas and _direction(t, i):
            right = _replace(w.text, "прибывать")
        elif "прибывать" in lemmas and _state(t, i):
            right = _replace(w.text, "пребывать")
        elif "отчёт" in lemmas | {p.replace("ё", "е") for p in lemmas} and i > 0 and t.plain_gap(i) and (
                "обратный" in _lemmas(t.words[i - 1].text)):
            right = _replace(w.text, "отсчёт")
        elif "дипломат" in lemmas and _contest_after(t, i):
            right = _replace(w.text, "дипломант")
        elif w.low == "тоже" and _one_and_same(t, i):
            right = match_case(w.text, "то же")
        if right and right.lower() != w.low:
            found.append(finding(PARONYM, w.start, w.end, right,
                                 message=phrase("Здесь по смыслу нужно «{right}», а не «{wrong}».", right=right,
                                                wrong=w.text)))
    return found
