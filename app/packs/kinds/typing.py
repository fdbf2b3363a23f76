"""Typing courses in a pack: lessons and timed texts, checked against their keyboard layout."""

from __future__ import annotations

from app.core.content import Lesson, TimedText, TypingCourse
from app.core.text_check import TextError, check_text
from app.core.vocabulary import LESSON_STAGES
from app.packs.kinds.layouts import layout_for
from app.packs.schema import CPM, ID, PERCENT, TITLE, F, PackFile, PackReader

TOP = {"course": F("tables", default=[])}

COURSE_SPEC = {
    "id": ID, "title": TITLE, "layout": F("str", required=True, nonempty=True),  # built in or the pack's own
    "description": F("str", default=""),
    "lesson": F("tables", default=[]), "timed": F("tables", default=[]),
}
TIMED_SPEC = {"id": ID, "title": TITLE, "text": F("str", required=True, nonempty=True)}
LESSON_SPEC = {
    **TIMED_SPEC,  # a lesson is a text to type too, with its stage, new keys and thresholds
    "stage": F("str", default="", choices=LESSON_STAGES), "new_keys": F("str", default="", max_len=200),
    "min_cpm": CPM, "min_accuracy": PERCENT,
}


def read_courses(reader: PackReader, f: PackFile, courses: list[dict]) -> list[TypingCourse]:
    out = []
    for ci, table in enumerate(courses):
        path = ("course", ci)
        c = f.take(table, path, COURSE_SPEC)
        reader.claim(f, path + ("id",), c["id"])
        layout = layout_for(f, path + ("layout",), c["layout"], reader.layouts) if c["layout"] else None
        lessons = []
        for lp, v, text in _texts(reader, f, path, "lesson", c["lesson"], LESSON_SPEC, layout):
            if layout is not None:
                missing = sorted({ch for ch in v["new_keys"] if not ch.isspace() and not layout.can_type(ch)})
                if missing:
                    f.error(lp + ("new_keys",), f"на раскладке «{layout.title}» нет клавиш: {' '.join(missing)}")
            if text is not None:
                lessons.append(Lesson(
                    id=v["id"], title=v["title"], text=text, new_keys=v["new_keys"], stage=v["stage"],
                    min_cpm=v["min_cpm"], min_accuracy=v["min_accuracy"],
                ))
        timed = [TimedText(id=v["id"], title=v["title"], text=text)
                 for _, v, text in _texts(reader, f, path, "timed", c["timed"], TIMED_SPEC, layout) if text is not None]
        if not c["lesson"] and not c["timed"]:
            f.error(path, "в курсе нет ни одного урока [[course.lesson]] или текста [[course.timed]]")
        out.append(TypingCourse(id=c["id"], title=c["title"], layout=c["layout"],
                                lessons=tuple(lessons), timed_texts=tuple(timed)))
    return out


def _texts(reader: PackReader, f: PackFile, path: tuple, name: str, tables: list[dict], spec: dict, layout):
    """Each ``[[course.<name>]]`` table read by ``spec``, its id claimed and its text checked on the
    course's layout: (field path, values, the text or None when it cannot be typed there)."""
    for i, table in enumerate(tables):
        tp = path + (name, i)
        v = f.take(table, tp, spec)
        reader.claim(f, tp + ("id",), v["id"])
        yield tp, v, _typing_text(f, tp + ("text",), v["text"], layout)


def _typing_text(f: PackFile, path: tuple, text: str | None, layout) -> str | None:
    if text is None or layout is None:
        return None
    try:
        return check_text(text, layout)
    except TextError as exc:
        f.error(path, str(exc))
        return None
