"""Паронимы и похожие формы: «преступить к работе», «предать значение», «эффектный способ», «абонент в
бассейн», «вы будите кофе?», «вы не подскажите?», «в следствии ремонта».

Each wrong word is a real word, so a speller passes it; the word next to it shows which one was meant:
«к» after «приступить», «значение» after «придать», a method after «эффективный», an infinitive or a
drink after «будете», a question after «подскажете», a genitive after «вследствие».
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

PRISTUPIT = RuleInfo(
    "OURS_PRISTUPIT",
    phrase("«Приступить» и «преступить»"),
    phrase("Начинают дело — «приступают к» нему."),
    phrase("«Приступить к чему-либо» — начать: «приступить к работе», «приступим к оформлению». «Преступить» — "
    "нарушить, перейти границу: «преступить закон», «преступить черту»; оно не употребляется с «к»."),
    Category.SPELLING,
)
PRIDAT = RuleInfo(
    "OURS_PRIDAT_ZNACHENIE",
    phrase("«Придать значение»"),
    phrase("Значение «придают»: «не придал этому значения»."),
    phrase("«Придать» — дать, сообщить: «придать значение», «придать форму», «придать уверенности». "
    "«Предать» — изменить, выдать: «предать друга», «предать огласке»."),
    Category.SPELLING,
)
EFFEKTIVNYJ = RuleInfo(
    "OURS_EFFEKTIVNYJ",
    phrase("«Эффективный» и «эффектный»"),
    phrase("Способ, который даёт результат, — «эффективный»."),
    phrase("«Эффективный» — дающий результат, действенный: «эффективный способ», «эффективное лечение». "
    "«Эффектный» — производящий впечатление, броский: «эффектное платье», «эффектный финал»."),
    Category.SPELLING,
)
ABONEMENT = RuleInfo(
    "OURS_ABONEMENT",
    phrase("«Абонемент» и «абонент»"),
    phrase("Право на посещения — «абонемент»; «абонент» — это человек."),
    phrase("«Абонемент» — документ на право пользоваться чем-то в течение срока: «абонемент в бассейн», «купить "
    "абонемент». «Абонент» — тот, кто пользуется связью или услугой: «абонент недоступен»."),
    Category.SPELLING,
)
BUDETE = RuleInfo(
    "OURS_BUDETE",
    phrase("«Будете» и «будите»"),
    phrase("Форма будущего времени глагола «быть» — «будете»."),
    phrase("«Будете» — от глагола «быть»: «Вы будете кофе?», «вы будете довольны», «будете оформлять?». "
    "«Будите» — от глагола «будить» (будить кого-то ото сна): «Не будите ребёнка»."),
    Category.SPELLING,
)
QUESTION_FUTURE = RuleInfo(
    "OURS_QUESTION_FUTURE",
    phrase("«Не подскажете?», а не «не подскажите?»"),
    phrase("В вежливом вопросе нужна форма будущего времени: «Вы не подскажете…?»."),
    phrase("Вопрос «Вы не подскажете, где аптека?» — глагол в будущем времени, он кончается на -ете. "
    "Повелительное наклонение на -ите — это просьба без вопроса: «Подскажите, пожалуйста, где аптека». "
    "Смешение двух форм — «Вы не подскажите?» — частая ошибка."),
    Category.GRAMMAR,
)
VSLEDSTVIE = RuleInfo(
    "OURS_VSLEDSTVIE",
    phrase("«Вследствие»"),
    phrase("Предлог «вследствие» (из-за) пишется слитно и с «е» на конце."),
    phrase("«Вследствие чего-либо» — «из-за чего-либо», производный предлог: «вследствие ремонта», «вследствие "
    "снегопада». Он пишется слитно и кончается на «е». Раздельно «в следствии» — предлог с существительным "
    "«следствие» (расследование): «в следствии по делу участвовали…»."),
    Category.SPELLING,
)

RULES = (PRISTUPIT, PRIDAT, EFFEKTIVNYJ, ABONEMENT, BUDETE, QUESTION_FUTURE, VSLEDSTVIE)

_METHODS = frozenset({"способ", "метод", "средство", "решение", "лечение", "инструмент", "мера", "подход",
                      "лекарство", "препарат", "методика", "технология", "управление", "использование", "механизм",
                      "стратегия", "система", "план", "помощь", "работа", "сотрудничество", "защита", "терапия"})
_ABONEMENT_PLACES = frozenset({"спортзал", "бассейн", "фитнес", "зал", "клуб", "театр", "филармония", "каток",
                               "тренировка", "занятие", "йога", "музей", "библиотека", "сауна", "фитнес-клуб"})
_BUY = frozenset({"купить", "покупать", "приобрести", "приобретать", "продлить", "продлевать", "оформить",
                  "оформлять", "подарить", "взять", "брать"})
_DRINKS = frozenset({"кофе", "чай", "сок", "вода", "пиво", "вино", "десерт", "суп", "салат", "завтрак", "обед",
                     "ужин", "что-нибудь", "что"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        nxt = t.word(i + 1)
        near = nxt is not None and t.plain_gap(i + 1)
        lemmas = {p.normal_form for p in parses(w.text)}
        if near and nxt.low == "к" and lemmas & {"преступить", "преступать"}:
            found.append(finding(PRISTUPIT, w.start, w.end, match_case(w.text, "при" + w.text[3:].lower())))
        elif lemmas & {"предать", "предавать"} and _meaning_follows(t, i):
            found.append(finding(PRIDAT, w.start, w.end, match_case(w.text, "при" + w.text[3:].lower())))
        elif near and w.low.startswith("эффектн") and _noun_lemmas(nxt.text) & _METHODS:
            found.append(finding(EFFEKTIVNYJ, w.start, w.end, match_case(w.text, "эффективн" + w.text[7:].lower())))
        elif w.low.startswith("абонент") and _abonement(t, i):
            found.append(finding(ABONEMENT, w.start, w.end, match_case(w.text, "абонемент" + w.text[7:].lower())))
        elif w.low == "будите" and near and _be_follows(nxt.text):
            found.append(finding(BUDETE, w.start, w.end, match_case(w.text, "будете")))
        elif w.low == "не" and near:
            _question_future(t, i, found)
        elif w.low == "в" and near and nxt.low in ("следствии", "следствие"):
            _vsledstvie(t, i, found)
    return found


def _noun_lemmas(word: str) -> set[str]:
    return {p.normal_form for p in parses(word) if p.tag.POS == "NOUN"}


def _meaning_follows(t: Text, i: int) -> bool:
    """«предал этому значения», «предать значение»: «значение» within two words after the verb."""
    for k in range(i + 1, min(i + 4, len(t.words))):
        if not t.plain_gap(k):
            return False
        if "значение" in _noun_lemmas(t.words[k].text):
            return True
    return False


def _abonement(t: Text, i: int) -> bool:
    """Bought, renewed or given, or «в бассейн», «на каток»: a season ticket, not a subscriber."""
    prev, prep, place = t.word(i - 1), t.word(i + 1), t.word(i + 2)
    if prev is not None and t.plain_gap(i) and {p.normal_form for p in parses(prev.text)
                                                 if p.tag.POS in ("VERB", "INFN")} & _BUY:
        return True
    return (prep is not None and place is not None and prep.low in ("в", "на") and t.plain_gap(i + 1)
            and t.plain_gap(i + 2) and bool(_noun_lemmas(place.text) & _ABONEMENT_PLACES))


def _be_follows(word: str) -> bool:
    """«будите кофе», «будите оформлять», «будите довольны»: what «быть» takes, not what one wakes."""
    readings = parses(word)
    if not readings:
        return False
    first = readings[0]
    if first.tag.POS == "INFN" or (first.tag.POS == "ADJS" and first.tag.number == "plur"):
        return True
    return bool({p.normal_form for p in readings} & _DRINKS)


def _question_future(t: Text, i: int, found: list[Finding]) -> None:
    """«Вы не подскажите, где…?» → «подскажете»: a perfective imperative after «не» in a question."""
    verb = t.words[i + 1]
    readings = parses(verb.text)
    if not readings or readings[0].tag.POS != "VERB" or readings[0].tag.mood != "impr" \
            or readings[0].tag.aspect != "perf" or readings[0].tag.number != "plur":
        return
    if any(p.tag.mood == "indc" for p in readings):
        return  # the form is also the future («не скажете» has its own form; this one is ambiguous)
    prev = t.word(i - 1)
    if not (t.starts_sentence(i) or (prev is not None and prev.low == "вы" and t.plain_gap(i))):
        return
    end = len(t.text)
    for k in range(i + 1, len(t.words)):
        if t.starts_sentence(k) and k > i + 1:
            end = t.words[k].start
            break
    if "?" not in t.text[verb.end:end]:
        return
    future = readings[0].inflect({"futr", "plur", "2per", "indc"})
    if future is not None:
        found.append(finding(QUESTION_FUTURE, verb.start, verb.end, match_case(verb.text, future.word)))


def _vsledstvie(t: Text, i: int, found: list[Finding]) -> None:
    """«в следствии ремонта» → «вследствие ремонта»: a genitive follows, and no «по» of an investigation."""
    w, noun, after = t.words[i], t.words[i + 1], t.word(i + 2)
    if after is None or not t.plain_gap(i + 2) or after.low in ("по", "было", "были", "был", "была"):
        return
    if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") for p in parses(after.text)):
        return
    found.append(finding(VSLEDSTVIE, w.start, noun.end, match_case(w.text, "вследствие")))
