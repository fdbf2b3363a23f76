"""A school mark written out: «по математике «4», по русскому «5»», «по физике — 3», «по истории пятёрка».

Marks and results are someone's own data (docs/scorecard_rubric.md, «Безопасность данных»: «оценки и результаты»,
even to a relative). The lexicon's data kinds need their word («оценка», «балл»); a journal read aloud has none — only
the subject in the dative after «по» and the mark beside it: a figure 1–5 (in quotation marks or after a dash or a
colon) or a mark's name («пятёрка», «двойка»). Whose marks they are, :mod:`safety` reads from the persons named
in the sentence; «по тарифу 5» or «по счёту 3» is no mark (a subject of school is a noun whose reading is no
money, tariff or count: the mark must stand beside a word the dictionary reads as a noun in the dative that is
not among these).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import Token, morph

_MARK_RE = re.compile(r"\s*(?:[—–:-]\s*)?(?:[«\"„]\s*([1-5])\s*[»\"“]|([1-5])(?=\s*(?:[,;!)]|\.(?!\d)|$|\s+[иа]\s)))")
_MARK_NAMES = frozenset({"пятёрка", "пятерка", "четвёрка", "четверка", "тройка", "двойка", "единица", "кол"})
_NOT_SUBJECTS = frozenset({"тариф", "счёт", "счет", "договор", "номер", "заказ", "карта", "акция", "курс", "шкала",
                           "итог", "результат", "порядок", "очередь", "пункт", "правило", "закон", "плана", "план",
                           "неделя", "месяц", "день", "год", "час", "минута", "рубль", "цена", "ставка"})


def marks_told(toks: Sequence[Token], text: str) -> list[Span]:
    """Where a subject and its mark stand in the sentence ``toks``: «по математике «4»»; empty if none does."""
    found = []
    for k, tok in enumerate(toks[:-1]):
        subject = toks[k + 1]
        if tok.lower != "по" or not _dative_noun(subject, toks[k + 2:k + 3]) or subject.lemmas & _NOT_SUBJECTS:
            continue
        m = _MARK_RE.match(text, subject.end)
        named = k + 2 < len(toks) and toks[k + 2].lemmas & _MARK_NAMES
        if m is not None:
            found.append((tok.start, m.end() - tok.start))
        elif named:
            found.append((tok.start, toks[k + 2].end - tok.start))
    return found


def _dative_noun(tok: Token, after: Sequence[Token]) -> bool:
    """«математике», and «русскому» standing for a noun (no noun after it but a mark's name): a subject in the
    dative."""
    readings = morph().parse(tok.lower)
    if any(p.tag.POS == "NOUN" and p.tag.case == "datv" and "anim" not in p.tag for p in readings):
        return True
    return any(p.tag.POS == "ADJF" and p.tag.case == "datv" and p.tag.number == "sing" for p in readings) \
        and not (after and after[0].tag.startswith("NOUN") and not after[0].lemmas & _MARK_NAMES)
