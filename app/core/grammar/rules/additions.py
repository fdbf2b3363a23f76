"""Присоединительные и уточняющие обороты: «…, особенно в праздники», «…, в том числе ночью»,
«…, включая выходные», «…, а именно пароль»; обороты со значением исключения: «…, кроме выходных», «…, за
исключением пятницы», «…, кроме как по телефону».

Words that add a part of the whole or a detail to what was said («особенно», «в особенности», «в том
числе», «включая», «а именно»), or take a part out of it («кроме», «за исключением»), open a phrase set off
by a comma before it. The comma is asked for
only where the phrase surely is one: after a word of the sentence (not after a conjunction, a
preposition or a particle, and not at the sentence start), and for «особенно» only before a
conjunction or a preposition that opens the added phrase — «особенно если…», «особенно в праздники» —
with no predicate after it: «Мы особенно в этом уверены» is a plain adverb of degree and takes none.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.phrase import phrase

ADDITION = RuleInfo(
    "OURS_ADDITION_COMMA",
    phrase("Запятая перед присоединительным оборотом"),
    phrase("Присоединительный оборот отделяется запятой."),
    phrase("Обороты со словами «особенно», «в особенности», «в том числе», «включая», «а именно» добавляют к "
    "сказанному уточнение или часть целого и отделяются запятой: «Звоните в любое время, особенно если "
    "заказ задерживается», «Все сотрудники, в том числе новые, прошли обучение», «Проверьте данные, "
    "включая адрес доставки». Так же обособляются обороты со значением исключения — с «кроме» и «за "
    "исключением»: «Мы работаем каждый день, кроме воскресенья», «Ничего, кроме чека, не нужно». Если "
    "оборот стоит в середине предложения, запятая нужна и после него."),
    Category.PUNCTUATION,
)

RULES = (ADDITION,)

_EXCLUSION = phrase("Оборот со значением исключения («кроме…», «за исключением…») отделяется запятой.")

# the added phrase opens with these words («включая» as a preposition or as a verbal adverb: a comma either way)
_OPENERS: tuple[tuple[str, ...], ...] = (("в", "том", "числе"), ("в", "особенности"), ("а", "именно"), ("включая",),
                                          ("особенно",), ("кроме",), ("за", "исключением"))
# after «особенно» the added phrase opens with a conjunction or a preposition
_AFTER_ESPECIALLY = frozenset({"если", "когда", "после", "перед", "при", "для", "среди", "в", "во", "на", "с", "со",
                               "у", "по", "от", "из", "без", "за", "к", "ко", "под", "над", "через",
                               "там", "тогда", "сейчас", "теперь", "зимой", "летом", "ночью", "утром", "вечером"})
# no comma between these and the added phrase: «и особенно», «но в том числе», «возможно включая»
_NO_COMMA_AFTER = frozenset({"и", "а", "но", "или", "либо", "да", "не", "ни", "что", "как", "чем", "то", "это",
                             "так", "также", "тоже", "даже", "лишь", "только", "ещё", "еще", "уже", "возможно",
                             "однако", "причем", "причём", "вот", "ведь", "же", "ли", "бы", "особенно", "именно"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    words = t.words
    for i in range(1, len(words)):
        lows = tuple(w.low for w in words[i:i + 3])
        opener = next((o for o in _OPENERS if lows[:len(o)] == o), None)
        if opener is None or not t.plain_gap(i) or t.starts_sentence(i):
            continue
        end = i + len(opener)  # the first word of the phrase after its opener
        if end >= len(words) or any(not t.plain_gap(k) for k in range(i + 1, end + 1)):
            continue  # nothing added, or the writer has put a mark inside
        prev = words[i - 1]
        if prev.low in _NO_COMMA_AFTER or _function_word(prev.text):
            continue
        if opener == ("особенно",) and not _added_phrase(t, end):
            continue
        if opener == ("кроме",) and words[end].low == "того":
            continue  # «кроме того» is an introductory phrase, the introductory rule's
        message = _EXCLUSION if opener in (("кроме",), ("за", "исключением")) else ""
        found.append(finding(ADDITION, prev.start, words[i].end, f"{prev.text}, {words[i].text}", message=message))
    return found


def _added_phrase(t: Text, k: int) -> bool:
    """After «особенно» at k-1: a conjunction or preposition opens a phrase that runs to the end of the
    sentence or to the writer's next mark with no predicate of its own (a clause after «если», «когда» has one)."""
    first = t.words[k]
    if first.low not in _AFTER_ESPECIALLY:
        return False
    if first.low in ("если", "когда"):
        return True
    for j in range(k + 1, len(t.words)):
        if not t.plain_gap(j):
            return True
        if _predicate(t.words[j].text):
            return False
    return True


def _predicate(word: str) -> bool:
    """A finite verb, a short adjective or participle, a predicative word: the phrase would be a clause."""
    return any(p.tag.POS in ("VERB", "ADJS", "PRTS", "PRED") for p in parses(word)[:2] if p.score >= 0.2)


def _function_word(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("PREP", "CONJ", "PRCL", "INTJ")

