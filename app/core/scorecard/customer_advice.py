"""A customer who asks which option fits them and says what they can or cannot do, what they have or lack:

- «Какой тариф подойдёт пенсионеру? Звонки только по городу, интернета нет», «Какой телефон взять маме, у неё
  плохое зрение», «Какой курс выбрать? Говорю немного, пишу плохо», «вечерние группы мне не подходят, какой формат
  выбрать?», «Не могу решить, нужен ли мне ваш планировщик. … Подойдёт?» — the negative words describe the need the
  choice must meet, not a trouble that happened (docs/scorecard_rubric.md, «Сочувствие»: a calm question is not
  applicable);
- «Какой роутер взять? Старый постоянно виснет», «Какой тариф выбрать, ваш интернет не тянет», «какой взять, старый
  сломался» stay complaints: a thing that does not work, a repeat or lasting trouble, the company's own service, or a
  trouble told in the past is a trouble though a choice is asked about.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, parts_with_tokens, sentences

# Words of choosing or fitting that ask a choice with a question mark alone: «Подойдёт?», «Что посоветуете?».
_CHOOSE = frozenset({"выбрать", "выбирать", "подойти", "подходить", "посоветовать", "советовать", "порекомендовать",
                     "рекомендовать", "подобрать"})
# … and those that need «какой», «который» or «что» beside them: «какой взять», «что лучше» («где взять ключ?» asks
# where, not which).
_TAKE = frozenset({"взять", "брать", "лучше"})
_WHICH = frozenset({"какой", "который"})
_FOR_WHOM = frozenset({"мне", "нам", "ему", "ей", "им"})  # «Какой курс мне?»
# A thing that will not work is a trouble whatever is asked: «старый роутер не работает, какой взять?».
_BROKEN = frozenset({"работать", "ловить", "грузить", "загружаться", "грузиться", "тормозить", "виснуть", "зависать",
                     "ломаться", "сломаться", "глючить", "пропадать", "отключаться", "открываться", "приходить",
                     "показывать", "включаться", "заряжаться", "тянуть"})
# A lasting or repeated trouble: «постоянно», «опять», «до сих пор».
_LASTING = frozenset({"постоянно", "опять", "снова", "уже", "вечно", "по-прежнему", "всё", "все", "сих", "пор", "ещё",
                      "еще"})
_YOURS = frozenset({"вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "вашей", "вашего", "ваших", "вашим", "вашу",
                    "вашем", "вами"})
def _choosing(tok: Token, lemmas: frozenset[str]) -> bool:
    """A word of choosing not in the past: «выбрать», «подойдёт», not «я выбирала пункт на Мира»."""
    return bool(tok.lemmas & lemmas) and "past" not in tok.tag


def _asks_choice(text: str, tokens: Sequence[Token]) -> bool:
    """A sentence asks which option fits: a word of choosing with «какой», «который», «что» or a question mark
    («Какой тариф выбрать?», «что лучше», «Подойдёт?»), or «Какой курс мне?»."""
    for start, end in sentences(text):
        words = [t for t in tokens if start <= t.start < end]
        asked = text[start:end].rstrip().endswith("?")
        which = any(t.lemmas & _WHICH for t in words)
        what = which or any(t.lower == "что" for t in words)
        if any(_choosing(t, _CHOOSE) for t in words) and (what or asked) \
                or any(_choosing(t, _TAKE) for t in words) and what:
            return True
        if asked and which and any(t.lower in _FOR_WHOM for t in words):
            return True
    return False


def _circumstance(words: Sequence[Token]) -> bool:
    """A clause that tells what the customer has, needs or can do: nothing in the past, nothing broken, nothing
    lasting or repeated, nothing of the company's."""
    return not any("past" in t.tag or t.lemmas & _BROKEN or t.lower in _LASTING or t.lower in _YOURS for t in words)


def told_for_advice(text: str, tokens: Sequence[Token], offset: int) -> bool:
    """The complaint cue at ``offset`` describes the customer's circumstances in a message that asks which option
    fits them — the need the choice must meet, not a trouble."""
    if offset < 0 or not _asks_choice(text, tokens):
        return False
    words = next((w for start, end, w in parts_with_tokens(text, tokens) if start <= offset < end), None)
    return words is not None and _circumstance(words)

