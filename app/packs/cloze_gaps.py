"""The gaps of a ``cloze`` question in a pack (``[[question.gap]]``) and their rules.

Each gap is a list to choose one from (``multichoice``), boxes to tick several (``multiresponse``),
a word to type (``short``) or a number (``numerical``), with its options as ``[[question.gap.option]]``
(the fields of ``[[question.option]]``). The question's text marks where each
gap stands with ``{#1}``, ``{#2}`` …, each exactly once.
"""

from __future__ import annotations

import re

from app.core.content import ClozeGap, QuizOption

GAP_KINDS = ("multichoice", "multiresponse", "short", "numerical")
DISPLAYS = ("dropdown", "vertical", "horizontal")
_PLACE = re.compile(r"\{#(\d+)\}")


def gap_spec(F) -> dict:
    return {
        "kind": F("str", required=True, choices=GAP_KINDS), "weight": F("int", default=1, lo=1, hi=100),
        "display": F("str", default="dropdown", choices=DISPLAYS), "shuffle": F("bool", default=False),
        "case_sensitive": F("bool", default=False), "option": F("tables", default=[]),
    }


def read_gaps(f, path: tuple, tables: list, text: str, F, option_spec: dict) -> tuple[ClozeGap, ...]:
    """The gaps of the question at ``path``; problems go to ``f`` with their field paths."""
    gaps = []
    for gi, table in enumerate(tables):
        gp = path + ("gap", gi)
        g = f.take(table, gp, gap_spec(F))
        if not g["kind"]:
            continue
        options = []
        for oi, ot in enumerate(g["option"]):
            op = gp + ("option", oi)
            o = f.take(ot, op, option_spec)
            numerical = g["kind"] == "numerical"
            other = o["text"] == "*" and o["value"] is None
            if numerical and o["value"] is None and not other:
                f.error(op + ("value",), "у варианта числового пропуска нужно значение value (или text = \"*\")")
            elif not numerical and not o["text"].strip():
                f.error(op + ("text",), "у варианта нужен текст text")
            options.append(QuizOption(text=o["text"], correct=o["correct"], weight=o["weight"],
                                      feedback=o["feedback"], value=o["value"], tolerance=o["tolerance"]))
        if not options:
            f.error(gp + ("option",), f"в пропуске {gi + 1} нет ни одного варианта [[question.gap.option]]")
        elif not any(o.correct or (o.weight or 0) > 0
                     or (o.weight is None and g["kind"] not in ("multichoice", "multiresponse"))
                     for o in options):
            f.error(gp + ("option",), f"в пропуске {gi + 1} нет верного варианта (weight = 100 или correct = true)")
        gaps.append(ClozeGap(kind=g["kind"], options=tuple(options), weight=g["weight"], display=g["display"],
                             shuffle=g["shuffle"], case_sensitive=g["case_sensitive"]))
    if not tables:
        f.error(path + ("gap",), "у вопроса «cloze» нужен хотя бы один пропуск [[question.gap]]")
    marks = [int(m[1]) for m in _PLACE.finditer(text)]
    wanted = list(range(1, len(tables) + 1))
    if tables and sorted(marks) != wanted:
        f.error(path + ("text",), f"в тексте должны стоять метки пропусков {', '.join(f'{{#{n}}}' for n in wanted)}, "
                                  f"каждая один раз; сейчас: {', '.join(f'{{#{n}}}' for n in marks) or 'ни одной'}")
    return tuple(gaps)
