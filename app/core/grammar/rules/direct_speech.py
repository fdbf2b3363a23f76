"""Direct speech inside the author's words: «Курьер сказал: «Я у подъезда», — и положил трубку».

When the author's words go on after a quoted remark that a verb of saying announced with a colon, the remark is
closed by a dash (and a comma before it, unless the remark ends with «?», «!» or «…»): «Она спросила: «Где
заказ?» — и замолчала». Writers in a hurry leave the quote bare, as if the remark were one word of the sentence.
Only a remark that opens with a capital after a verb of saying is taken for direct speech (a list of quoted
labels after a colon — «два статуса: «в пути» и «доставлен»» — is not), and only when a verb follows it, alone
or after «и», «а», «но»: that verb is the author's.
"""

from __future__ import annotations

import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, likeliest_pos, parses
from app.core.phrase import phrase

SPEECH_DASH = RuleInfo(
    "OURS_DIRECT_SPEECH_DASH",
    phrase("Тире после прямой речи внутри слов автора"),
    phrase("После прямой речи, за которой продолжаются слова автора, ставятся запятая и тире."),
    phrase("Если прямая речь стоит внутри слов автора, перед ней ставится двоеточие, а после неё — запятая и тире: "
    "«Мастер сказал: „Зайду завтра“, — и ушёл». Если прямая речь кончается вопросительным или восклицательным "
    "знаком или многоточием, после кавычек ставится только тире: «Она спросила: „Вы откроете?“ — и постучала»."),
    Category.PUNCTUATION,
)

RULES = (SPEECH_DASH,)

# A colon, a remark in «» that opens with a capital, then the author's words with no mark after the quote.
_REMARK = re.compile(r":\s*«([А-ЯЁA-Z][^«»]*)»(?=[ \t]+[а-яё])")
_AUTHOR_GOES_ON = frozenset({"и", "а", "но"})
# Verbs that announce what someone says or writes (their lemmas).
_SAYING = frozenset({"сказать", "говорить", "ответить", "отвечать", "спросить", "спрашивать", "написать", "писать",
                     "крикнуть", "кричать", "добавить", "добавлять", "заявить", "заявлять", "пообещать", "обещать",
                     "сообщить", "сообщать", "уточнить", "уточнять", "повторить", "повторять", "произнести",
                     "воскликнуть", "прошептать", "шепнуть", "буркнуть", "объяснить", "объяснять", "предложить",
                     "предлагать", "попросить", "просить", "подумать", "думать", "переспросить", "возразить",
                     "заметить", "признаться", "пожаловаться", "извиниться", "напомнить", "уверять", "твердить"})


def check(t: Text) -> list[Finding]:
    found = []
    for m in _REMARK.finditer(t.text):
        close = m.end()  # just after «»»
        words_before = [w for w in t.words if w.end <= m.start()]
        words_after = [w for w in t.words if w.start >= close]
        if not words_before or not words_after or not _saying(t, words_before) or not _author_verb(words_after):
            continue
        nxt = words_after[0]
        if m.group(1).rstrip()[-1:] in "?!…":  # the remark's own mark stands for the comma
            found.append(finding(SPEECH_DASH, close - 1, nxt.end, f"» — {nxt.text}", message=phrase(
                "После прямой речи, за которой продолжаются слова автора, ставится тире.")))
        else:
            found.append(finding(SPEECH_DASH, close - 1, nxt.end, f"», — {nxt.text}"))
    return found


def _saying(t: Text, before) -> bool:
    """A verb of saying among the last four words before the colon, within their sentence."""
    for w in reversed(before[-4:]):
        if any(p.tag.POS == "VERB" and p.normal_form in _SAYING for p in parses(w.low)):
            return True
        if t.starts_sentence(w.index):
            return False
    return False


def _author_verb(after) -> bool:
    """The author's words after the remark begin with a verb, alone or after «и», «а», «но»."""
    k = 1 if after[0].low in _AUTHOR_GOES_ON and len(after) > 1 else 0
    return likeliest_pos(after[k].low) == "VERB"
