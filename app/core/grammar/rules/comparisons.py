"""Сравнительный оборот с «как», «словно», «будто», «точно»: «Он упрям(,) как осёл на мосту», «Кофе горяч(,) как
пекло», «Она пела(,) словно птица на рассвете», «Мы боремся с ошибками(,) как врач с болезнью».

A comparison is set off by a comma when it follows the word it compares with: a verb, a short adjective, a
full adjective in the instrumental («быть бесстрастным(,) как дерево»), or a noun in an oblique case that the
comparison mirrors («питается покорностью(,) как огонь соломой»). Only a comparison with a noun is taken here —
«как» with a noun in the nominative (after an adjective of its own, if any) or with a preposition and its noun;
«как» that opens a clause is the clause rules'. Left alone, as the reference grammar says: «как» meaning «in
the role of» («выступает как посредник», «известен как автор»), set comparisons that are idioms («белый как
снег», «как по маслу», «как две капли воды»), «как» after «не», «совсем», «именно» and the like, and a
comparison that is the predicate («Он был как ребёнок»); a lone noun right after a verb tells the manner, as
an adverb would, and is left alone too («блестела как зеркало»). The findings are OURS_COMPARISON_COMMA's.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, known, parses
from app.core.grammar.rules.conjunctions import COMPARISON_COMMA

RULES = ()  # the finding is COMPARISON_COMMA's, explained there

_LIKE = frozenset({"как", "словно", "будто", "точно"})
# verbs and adjectives after which «как» means «in the role of» or the comparison is the predicate
_ROLE_HEADS = frozenset({
    "быть", "стать", "становиться", "являться", "оставаться", "остаться", "казаться", "считать", "считаться",
    "использовать", "использоваться", "применять", "применяться", "рассматривать", "рассматриваться",
    "воспринимать", "восприниматься", "понимать", "пониматься", "трактовать", "трактоваться", "оценивать",
    "определять", "определяться", "характеризовать", "расценивать", "квалифицировать", "представлять",
    "представляться", "выступать", "выступить", "служить", "послужить", "работать", "действовать", "знать",
    "называть", "называться", "описывать", "описываться", "обозначать", "обозначаться", "признавать",
    "признать", "зарекомендовать", "проявить", "проявлять", "позиционировать", "задумать", "задумываться",
    "создать", "создаваться", "вести", "годиться", "пригодиться", "войти", "входить", "запомниться",
    "прославиться", "умереть", "умирать", "погибнуть", "погибать", "начинать", "начать", "начинаться",
    "сложиться", "складываться", "родиться", "возникнуть",
    "возникать", "появиться", "появляться", "существовать", "оформить", "оформлять", "регистрировать",
    "зарегистрировать", "указать", "указывать", "упоминаться", "упомянуть", "выбрать", "выбирать", "взять",
    "брать", "принять", "принимать", "оставить", "оставлять", "сохранить", "сохранять", "добавить", "добавлять",
    "установить", "устанавливать", "задать", "задавать", "отметить", "отмечать", "указываться", "учитывать",
    "известный", "знаменитый", "ценный", "интересный", "важный", "значимый", "полезный", "необходимый",
    "нужный", "пригодный", "хороший", "плохой", "слабый", "сильный", "талантливый", "примечательный",
    "замечательный", "уникальный", "интересен", "одинаковый", "такой", "тот",
})
# nouns that after «как» name a role, a measure or a set phrase rather than something compared
_ROLE_NOUNS = frozenset({
    "следствие", "исключение", "итог", "результат", "пример", "вариант", "правило", "минимум", "максимум", "раз",
    "часть", "целое", "факт", "средство", "способ", "инструмент", "основа", "источник", "доказательство",
    "аргумент", "знак", "символ", "признак", "условие", "повод", "замена", "альтернатива", "дополнение",
    "приложение", "подарок", "награда", "таковой", "данность", "норма", "должное", "один", "человек",
})
# idiomatic comparisons written without a comma: the noun after «как»
_IDIOM_NOUNS = frozenset({
    "снег", "смерть", "полотно", "мел", "волк", "сокол", "бык", "рыба", "огурчик", "огурец", "лиса", "заяц",
    "осёл", "пробка", "рак", "пух", "пёрышко", "смоль", "лёд", "камень", "стёклышко", "сыр", "белка", "баран",
    "курица", "кошка", "корова", "гром", "гриб", "сельдь", "мёртвый", "убитый", "угорелый", "вкопанный",
    "ошпаренный", "оглашённый", "сумасшедший", "проклятый", "заведённый", "миленький", "шёлковый", "дважды",
    "капля", "банный", "лист", "лунь", "стрела", "пуля", "дым", "воздух", "подкошенный", "казнь", "верёвка", "штык", "часы", "бог", "черт", "чёрт", "свинья", "собака", "пёс", "стена", "день",
    "божий", "вол", "зеркало", "папа", "мама", "нельзя", "можно", "следует",
})
# «как» after a preposition opens an idiom with these nouns: «как по маслу», «как на ладони», «как из ведра»
_IDIOM_AFTER_PREPOSITION = frozenset({
    "масло", "нота", "команда", "заказ", "волшебство", "вода", "ладонь", "иголка", "подбор", "дух", "ведро",
    "земля", "рог", "туман", "сон", "аптека", "стенка", "гусь", "голова", "огонь", "часы", "книга", "бумажка",
    "рука", "себя", "праздник", "поминки", "пожар", "свет", "сказка", "кино",
})
# words before «как» that make it no comparison to set off: «не как враг», «совсем как ребёнок», «такой как»
_NOT_AFTER = frozenset({"не", "совсем", "именно", "прямо", "точно", "почти", "просто", "вроде", "будто", "словно",
                        "ровно", "как", "так", "такой", "такая", "такое", "такие", "же", "и", "а", "но", "или",
                        "да", "чем", "что", "то", "это", "все", "всё", "ни", "лишь", "только", "даже", "вот"})
_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "из", "от", "к", "ко", "у", "за", "под", "над", "перед",
                           "при", "о", "об", "по", "для", "без", "до", "через", "между", "сквозь", "среди"})
_JOINING = frozenset({"и", "или", "а", "но", "да", "либо"})
_SUCH = frozenset({"так", "такой", "такая", "такое", "такие", "таким", "такого", "такому", "такую", "таких", "такими"})
_ROLE_PREPOSITIONS = frozenset({"о", "об", "обо", "к", "ко"})  # «говорить о нём как о герое»


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low not in _LIKE or i == 0 or t.starts_sentence(i) or not t.plain_gap(i):
            continue
        prev = t.words[i - 1]
        if w.low == "как" and prev.low in _SUCH and i >= 2 and t.words[i - 2].low == "не" and t.plain_gap(i - 1):
            # «не такой, как все», «не так, как вчера»: the comparison «такой» announces
            found.append(finding(COMPARISON_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
            continue
        if prev.low in _NOT_AFTER or not _compared_word(t, i - 1) or _role_verb_before(t, i) or _paired(t, i) \
                or _impersonal_role(t, i):
            continue
        pos = _top(prev.text).tag.POS
        if not _noun_comparison(t, i, w.low, pos in ("NOUN", "NPRO"), pos in ("VERB", "INFN")):
            continue
        found.append(finding(COMPARISON_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _top(word: str):
    readings = parses(word)
    return readings[0] if readings else None


def _compared_word(t: Text, k: int) -> bool:
    """Word k is what a comparison after it compares with: a verb, a short adjective, an adjective in the
    instrumental, or a noun or pronoun in an oblique case other than the accusative."""
    top = _top(t.words[k].text)
    if top is None or top.normal_form in _ROLE_HEADS:
        return False
    pos = top.tag.POS
    if pos in ("VERB", "INFN"):
        return all(p.normal_form not in _ROLE_HEADS for p in parses(t.words[k].text)[:2])
    if pos == "ADJS":
        return True
    if pos == "ADJF":
        if top.tag.case == "nomn" and "Apro" not in top.tag:
            return _after_copula(t, k)  # «глаза были голубые(,) как небо»: the adjective is the predicate
        return top.tag.case == "ablt" and all(p.tag.case == "ablt" for p in parses(t.words[k].text)
                                              if p.tag.POS == "ADJF")
    if pos == "NPRO" and top.tag.case == "datv":
        return False  # «Они были нам как кость в горле»: the comparison is the predicate
    if pos in ("NOUN", "NPRO"):
        readings = [p for p in parses(t.words[k].text) if p.tag.POS == pos]
        return t.words[k].text.islower() and all(p.tag.case in ("gent", "datv", "ablt", "loct") for p in readings)
    return False


# a copula before the compared word is no role verb: «должен быть терпелив(,) как рыбак»
_COPULAS = frozenset({"быть", "стать", "становиться", "являться", "оставаться", "остаться", "казаться"})


def _after_copula(t: Text, k: int) -> bool:
    """Word k follows a form of «быть», «стать», «казаться» right before it: a full adjective there is the
    predicate, not the attribute of a noun after the comparison."""
    prev = t.word(k - 1)
    top = _top(prev.text) if prev is not None and t.plain_gap(k) else None
    return top is not None and top.tag.POS == "VERB" and (top.normal_form in _COPULAS or top.normal_form == "казаться")


def _role_verb_before(t: Text, i: int) -> bool:
    """The clause's verb before «как» takes a role, not a likeness: «файл вставляется в ячейку как формула»."""
    k = i - 1
    while k >= max(0, i - 5):  # the clause's own words: the commas of a real text are not to be relied on
        top = _top(t.words[k].text)
        if top is not None and top.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "NOUN") and (
                top.normal_form in _ROLE_HEADS and top.normal_form not in _COPULAS
                or top.tag.POS != "NOUN" and _passive(top.normal_form)
                or top.normal_form.startswith(("вставк", "вставл", "встав"))):
            return True
        if t.starts_sentence(k) or t.gap_before(k).strip():
            return False
        k -= 1
    return False


def _impersonal_role(t: Text, i: int) -> bool:
    """The clause before «как» has no subject — impersonal («можно», «нужно», «нельзя» and an infinitive) or
    indefinite-personal (a plural verb with no word in the nominative) — and its noun right before «как» stands in an
    oblique case: with nobody named to be likened to, the noun after «как» names the role of the object («Билет можно
    вернуть без штрафа как вынужденный возврат», «Услугу подключили 1 ноября как пробный месяц»). A clause with a
    subject compares it («Данные лежат на сервере(,) как обычный файл»); a name in quotes is no subject of it."""
    infinitive = plural = False
    k = i - 1
    while k >= 0:
        readings = parses(t.words[k].text)[:2]
        quoted = t.gap_before(k).rstrip().endswith(("«", '"')) or t.gap_before(k + 1).lstrip().startswith(("»", '"'))
        if any(p.tag.POS == "INFN" for p in readings):
            infinitive = True
        elif infinitive and any(p.tag.POS == "PRED" or p.tag.POS == "ADJS" and "neut" in p.tag for p in readings):
            return True
        elif readings and readings[0].tag.POS == "VERB":
            if readings[0].tag.number != "plur" or readings[0].tag.person in ("1per", "2per"):
                return False  # a verb of a subject, named or not
            plural = True
        elif not quoted and any(p.tag.POS in ("NOUN", "NPRO", "ADJF") and p.tag.case == "nomn" and p.score >= 0.05
                                and not {"Abbr", "Fixd"} & p.tag.grammemes for p in parses(t.words[k].text)):
            return False  # a subject of the clause's own
        if t.starts_sentence(k) or t.gap_before(k).strip(" «»\"") :
            break
        k -= 1
    return plural


def _paired(t: Text, i: int) -> bool:
    """«как …, так и …» is a paired conjunction, not a comparison."""
    for k in range(i + 2, len(t.words) - 1):
        if t.starts_sentence(k):
            return False
        if t.words[k].low == "так" and t.words[k + 1].low == "и":
            return True
    return False


def _passive(verb: str) -> bool:
    """A reflexive verb made from a transitive one is most often a passive, and «как» after it names the role
    («число распознаётся как текст») or tells the manner, as an adverb would («туман развеялся как дым»)."""
    if not verb.endswith(("ся", "сь")):
        return False
    return known(verb[:-2]) and any(p.tag.POS == "INFN" and "tran" in p.tag for p in parses(verb[:-2]))


def _same_case(a: str, b: str) -> bool:
    cases = {p.tag.case for p in parses(a) if p.tag.POS in ("NOUN", "NPRO")}
    return any(p.tag.POS == "NOUN" and p.tag.case in cases for p in parses(b))


def _nominative_noun(word: str) -> bool:
    """A common noun by its likeliest reading, with a reading in the nominative («огонь» is also accusative)."""
    top = _top(word)
    return top is not None and word.islower() and top.tag.POS == "NOUN" and top.normal_form not in _ROLE_NOUNS \
        and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(word))


def _noun_comparison(t: Text, i: int, like: str, after_noun: bool, after_verb: bool) -> bool:
    """After «как» at i comes a noun in the nominative (with one adjective before it, if any) or a preposition
    and its noun, and then no verb of a clause of its own. After a noun a person («интерес как мужчина») or
    «о», «к» («мнение о себе как о жертве», «отношение к ней как к дочери») name a role, not a likeness."""
    nxt, after = t.word(i + 1), t.word(i + 2)
    if nxt is None or not t.plain_gap(i + 1):
        return False
    if nxt.low in _PREPOSITIONS:
        if like != "как" or after is None or not t.plain_gap(i + 2) or nxt.low in ("о", "об", "обо") \
                or after_noun and nxt.low in _ROLE_PREPOSITIONS:
            return False
        noun = _top(after.text)
        if noun is None or noun.tag.POS not in ("NOUN", "ADJF", "NPRO") or noun.normal_form in _IDIOM_AFTER_PREPOSITION:
            return False
        return not _verb_follows(t, i + 3)
    if _nominative_noun(nxt.text):
        if _top(nxt.text).normal_form in _IDIOM_NOUNS or after_noun and "anim" in _top(nxt.text).tag:
            return False
        if after_verb and (after is None or not t.plain_gap(i + 2) or after.low in _JOINING):
            return False  # «блестела как зеркало»: a lone noun right after the verb tells how, like an adverb
        if after_noun and _same_case(t.words[i - 1].text, nxt.text):
            return False  # «вставка объекта как ссылки»: a genitive, not a nominative
        return not _verb_follows(t, i + 2)
    top = _top(nxt.text)  # «как юная девушка», «как сама природа», not «как один объект», «как какие-то воры»
    if top is None or top.tag.POS != "ADJF" or "Apro" in top.tag and top.normal_form != "сам" \
            or top.tag.case != "nomn" or nxt.low in ("один", "одна", "одно", "одни"):
        return False
    if after is None or not t.plain_gap(i + 2) or not _nominative_noun(after.text):
        return False
    noun = _top(after.text)
    if noun.normal_form in _IDIOM_NOUNS or after_noun and "anim" in noun.tag:
        return False
    return not _verb_follows(t, i + 3)


def _verb_follows(t: Text, k: int) -> bool:
    """A finite verb right after the compared noun: «как мать учила» is a clause, the clause rules' business."""
    w = t.word(k)
    if w is None or not t.plain_gap(k):
        return False
    top = _top(w.text)
    return top is not None and top.tag.POS in ("VERB", "PRTS", "ADJS")
