"""Quiz questions in a pack (each type's own rules) and quizzes drawn from them."""

from __future__ import annotations

import math

from app.core.content import Quiz, QuizOption, QuizPair, QuizQuestion, record_of
from app.core.thresholds import QUIZ_PASS_PERCENT
from app.core.vocabulary import QUESTION_TYPES
from app.packs.cloze_gaps import read_gaps
from app.packs.files import IMAGE_SUFFIXES
from app.packs.limits import MAX_HTML_CHARS, MAX_TITLE_CHARS
from app.packs.rich_text import sanitise
from app.packs.schema import ID, TITLE, F, PackFile, PackReader, fmt_number, short
from app.core.phrase import phrase

TOP = {"question": F("tables", default=[]), "quiz": F("tables", default=[])}

QUESTION_SPEC = {
    "id": ID, "type": F("str", required=True, choices=QUESTION_TYPES),
    "text": F("str", required=True, nonempty=True, max_len=10_000),
    "category": F("str", default="", max_len=MAX_TITLE_CHARS),
    "explanation": F("str", default="", max_len=10_000),
    "option": F("tables", default=[]), "answer": F("bool"),
    "feedback_true": F("str", default="", max_len=10_000), "feedback_false": F("str", default="", max_len=10_000),
    "pair": F("tables", default=[]), "distractors": F("strs", default=[], nonempty=True, max_len=1000),
    "items": F("strs", default=[], nonempty=True, max_len=1000),
    "case_sensitive": F("bool", default=False), "shuffle": F("bool", default=True),
    "image": F("str|strs", default=[], max_len=240), "penalty": F("num", default=0.0, lo=0, hi=100),
    "gap": F("tables", default=[]), "text_html": F("str", default="", max_len=MAX_HTML_CHARS),
    "title": F("str", default="", max_len=MAX_TITLE_CHARS),
    "feedback_correct": F("str", default="", max_len=10_000), "feedback_partial": F("str", default="", max_len=10_000),
    "feedback_incorrect": F("str", default="", max_len=10_000),
    "hints": F("strs", default=[], nonempty=True, max_len=10_000),
    "rich": F("tables", default=[]),
}
# [[question.rich]]: the formatting of one of the question's other texts (an answer, a feedback, a hint)
RICH_SPEC = {"text": F("str", required=True, nonempty=True, max_len=10_000),
             "html": F("str", required=True, nonempty=True, max_len=MAX_HTML_CHARS)}
# Fields that belong to certain question types only.
QUESTION_FIELDS_BY_TYPE = {
    "option": ("single", "multiple", "short", "numerical"), "gap": ("cloze",),
    "answer": ("truefalse",), "feedback_true": ("truefalse",), "feedback_false": ("truefalse",),
    "pair": ("matching",), "distractors": ("matching",), "items": ("ordering",),
    "case_sensitive": ("short",),
}
# per type, the fields above that do not belong to it (a question seldom has one: checked at once)
_FOREIGN_FIELDS = {t: frozenset(n for n, types in QUESTION_FIELDS_BY_TYPE.items() if t not in types)
                   for t in QUESTION_TYPES}
_OPTION_TYPES = QUESTION_FIELDS_BY_TYPE["option"]
_NO_EXPLANATION = phrase('нет объяснения: ученик не узнает, почему так')  # (most imported questions: made once)
OPTION_SPEC = {
    "text": F("str", default="", max_len=1000), "correct": F("bool", default=False),
    "weight": F("num", lo=-100, hi=100), "feedback": F("str", default="", max_len=10_000),
    "value": F("num"), "tolerance": F("num", default=0.0, lo=0),
}
PAIR_SPEC = {"left": F("str", required=True, nonempty=True, max_len=1000),
             "right": F("str", required=True, nonempty=True, max_len=1000)}
QUIZ_SPEC = {
    "id": ID, "title": TITLE, "categories": F("strs", default=[], nonempty=True, max_len=MAX_TITLE_CHARS),
    "count": F("int", lo=1, hi=10_000), "time_limit": F("int", lo=10, hi=36_000),
    "pass_percent": F("num", default=QUIZ_PASS_PERCENT, lo=0, hi=100),
    "shuffle_questions": F("bool", default=True), "shuffle_options": F("bool", default=True),
}


def read_question(reader: PackReader, f: PackFile, path: tuple, table: dict) -> QuizQuestion | None:
    v = f.take(table, path, QUESTION_SPEC)
    reader.claim(f, path + ("id",), v["id"])
    qtype = v["type"]
    if not qtype:
        return None
    for name, types in QUESTION_FIELDS_BY_TYPE.items() if not _FOREIGN_FIELDS[qtype].isdisjoint(table) else ():
        if name in table and qtype not in types:
            f.error(path + (name,), f"поле не применяется к вопросу типа «{qtype}» "
                                    f"(только к: {', '.join(types)})")
    options = []
    for oi, ot in enumerate(v["option"] if qtype in _OPTION_TYPES else ()):
        op = path + ("option", oi)
        o = f.take(ot, op, OPTION_SPEC)
        if qtype == "numerical":
            other = o["text"] == "*" and o["value"] is None  # «any other answer»: feedback only
            if o["value"] is None and not other:
                f.error(op + ("value",), "у варианта числового вопроса нужно значение value")
            if (o["text"] and not other) or o["correct"]:
                f.error(op, "у числового вопроса варианты задаются полями value, tolerance, weight "
                            "(или text = \"*\" — любой другой ответ)")
        else:
            if not o["text"].strip():
                f.error(op + ("text",), "у варианта нужен текст text")
            if o["value"] is not None or "tolerance" in ot:
                f.error(op + ("value",), "value и tolerance бывают только у числового вопроса")
        options.append(record_of(QuizOption, o))  # (OPTION_SPEC names exactly QuizOption's fields)

    def full(o: QuizOption) -> bool:
        return o.weight == 100 or (o.weight is None and (o.correct or qtype in ("short", "numerical")))

    if qtype == "single":
        if len(options) < 2:
            f.error(path + ("option",), "у вопроса «single» нужно не меньше двух вариантов")
        elif sum(full(o) for o in options) != 1:
            f.error(path + ("option",), "у вопроса «single» должен быть ровно один верный вариант "
                                        "(correct = true или weight = 100)")
    elif qtype == "multiple":
        if len(options) < 2:
            f.error(path + ("option",), "у вопроса «multiple» нужно не меньше двух вариантов")
        elif not any(o.correct or (o.weight or 0) > 0 for o in options):
            f.error(path + ("option",), "у вопроса «multiple» нужен хотя бы один верный вариант")
        weights = [o.weight for o in options if o.weight is not None and o.weight > 0]
        if weights and math.floor(sum(weights) + 0.5) != 100:  # Moodle's check: the sum rounded to whole percent
            total = sum(weights)
            outcome = (phrase("полного балла за вопрос не получить") if total < 100 else
                       phrase("балл за выбор всех верных обрезается до 100 %"))
            named = phrase("вопрос «{title}»: ", title=short(v["title"])) if v["title"] else ""
            f.warn(path + ("option",), phrase("{named}положительные веса вариантов в сумме дают {total} %, а не 100 %: "
                                              "{outcome} (Moodle принимает такой вопрос так же)",
                                              named=named, total=fmt_number(round(total, 5)), outcome=outcome))
    elif qtype in ("short", "numerical"):
        if not options:
            f.error(path + ("option",), f"у вопроса «{qtype}» нужен хотя бы один принятый ответ [[question.option]]")
        elif not any(full(o) for o in options):
            f.error(path + ("option",), "ни один ответ не даёт полного балла (weight = 100)")
    elif qtype == "truefalse" and v["answer"] is None:
        f.error(path + ("answer",), "у вопроса «truefalse» нужен ответ answer = true или false")
    pairs = []
    if qtype == "matching":
        for pi, pt in enumerate(v["pair"]):
            p = f.take(pt, path + ("pair", pi), PAIR_SPEC)
            if p["left"] and p["right"]:
                pairs.append(QuizPair(p["left"], p["right"]))
        if len(v["pair"]) < 2:
            f.error(path + ("pair",), "у вопроса «matching» нужно не меньше двух пар [[question.pair]]")
        lefts = [p.left for p in pairs]
        if len(set(lefts)) != len(lefts):
            f.error(path + ("pair",), "левые части пар повторяются")
    if qtype == "ordering":
        if len(v["items"]) < 2:
            f.error(path + ("items",), "у вопроса «ordering» нужно не меньше двух пунктов items")
        elif len(set(v["items"])) != len(v["items"]):
            f.error(path + ("items",), "пункты items повторяются")
    gaps = read_gaps(f, path, v["gap"], v["text"] or "", F, OPTION_SPEC) if qtype == "cloze" else ()
    images = []
    if v["image"]:
        many = isinstance(v["image"], list)
        images = [found for i, rel in enumerate(v["image"] if many else [v["image"]])
                  if rel and (found := reader.ref_path(f, path + (("image", i) if many else ("image",)), rel,
                                                       IMAGE_SUFFIXES))]
    rich = []
    for ri, rt in enumerate(v["rich"]):
        r = f.take(rt, path + ("rich", ri), RICH_SPEC)
        if r["text"] and r["html"]:
            rich.append((r["text"], sanitise(r["html"])))
    if not v["explanation"]:
        f.warn(path + ("explanation",), _NO_EXPLANATION)
    if not v["id"]:
        return None
    # every field of the record, in one dict that becomes the record's own (record_of: no frozen __init__)
    return record_of(QuizQuestion, {
        "id": v["id"], "type": qtype, "text": v["text"] or "", "category": v["category"].strip("/"),
        "explanation": v["explanation"], "options": tuple(options), "answer": v["answer"],
        "feedback_true": v["feedback_true"], "feedback_false": v["feedback_false"], "pairs": tuple(pairs),
        "distractors": tuple(v["distractors"]), "items": tuple(v["items"]),
        "case_sensitive": v["case_sensitive"], "shuffle": v["shuffle"], "images": tuple(images),
        "penalty": v["penalty"], "title": v["title"], "text_html": sanitise(v["text_html"]), "gaps": gaps,
        "feedback_correct": v["feedback_correct"], "feedback_partial": v["feedback_partial"],
        "feedback_incorrect": v["feedback_incorrect"], "hints": tuple(v["hints"]), "rich_texts": tuple(rich),
    })


def read_quiz(reader: PackReader, f: PackFile, path: tuple, table: dict) -> Quiz | None:
    v = f.take(table, path, QUIZ_SPEC)
    reader.claim(f, path + ("id",), v["id"])
    if not v["id"]:
        return None
    return Quiz(id=v["id"], title=v["title"], categories=tuple(c.strip("/") for c in v["categories"]),
                count=v["count"], time_limit=v["time_limit"], pass_percent=v["pass_percent"],
                shuffle_questions=v["shuffle_questions"], shuffle_options=v["shuffle_options"])


def check_quiz_categories(quizzes: list[tuple[PackFile, tuple, Quiz]], categories: set[str]) -> None:
    """Warn of a quiz category no question of the pack is in."""
    for f, path, quiz in quizzes:
        for j, cat in enumerate(quiz.categories):
            if not any(c == cat or c.startswith(cat + "/") for c in categories):
                f.warn(path + ("categories", j), phrase('нет вопросов в категории «{cat}»', cat=cat))
