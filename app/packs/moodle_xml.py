"""Moodle XML (``<quiz><question type="…">``) → quiz questions.

Supported: multichoice (``<single>`` true/false, ``fraction`` weights),
truefalse, shortanswer (``usecase``), matching (``subquestion``; one without
text is a distractor), numerical (``tolerance``), and ``category`` pseudo
questions with nested paths. HTML text (CDATA, entities) becomes plain text.
Other types (essay, multianswer/cloze, ddwtos, calculated, description, …)
are reported by name and position, never dropped silently.

The XML is untrusted: a DOCTYPE or ENTITY declaration is refused before
parsing (so no external entities and no entity-expansion bombs reach expat),
and files over 10 MB are refused.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

from app.core.content import QuizOption, QuizPair, QuizQuestion
from app.packs.problems import Problem
from app.packs.quiz_common import (
    MAX_QUIZ_FILE_BYTES, IdMaker, ParseResult, Skipped, check_question, clean_category, clean_plain,
    html_to_text, short_title,
)

TYPE_NAMES = {
    "essay": "эссе", "multianswer": "вложенные ответы (Cloze)", "ddwtos": "перетаскивание в текст",
    "ddimageortext": "перетаскивание на изображение", "ddmarker": "перетаскивание маркеров",
    "gapselect": "выбор пропущенных слов", "calculated": "вычисляемый", "calculatedsimple": "простой вычисляемый",
    "calculatedmulti": "вычисляемый множественный выбор", "description": "описание",
    "randomsamatch": "случайный вопрос на соответствие", "random": "случайный вопрос",
    "ordering": "упорядочивание (плагин)",
}


def _text(el: ET.Element | None, path: str = "text") -> str:
    if el is None:
        return ""
    t = el.find(path) if path else el
    return "" if t is None else "".join(t.itertext())


def _rich(el: ET.Element | None) -> str:
    """Text of a ``<questiontext>``-like element as plain text, by its ``format``."""
    if el is None:
        return ""
    raw = _text(el)
    fmt = el.get("format", "html")
    if fmt in ("html", "moodle_auto_format"):
        return html_to_text(raw.replace("\n", " ") if fmt == "html" else raw.replace("\n", "<br>"))
    return clean_plain(raw)


def _fraction(answer: ET.Element) -> float:
    raw = answer.get("fraction", "0").strip()
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"неверная доля балла fraction=«{raw}»") from None


def _flag(el: ET.Element | None, default: bool) -> bool:
    if el is None or el.text is None:
        return default
    return el.text.strip().lower() in ("1", "true", "yes")


def parse_moodle_xml(data: bytes | str, name: str = "quiz.xml") -> ParseResult:
    result = ParseResult()
    if isinstance(data, bytes):
        if len(data) > MAX_QUIZ_FILE_BYTES:
            result.errors.append(Problem(name, None, "", f"файл слишком большой: {len(data)} байт, допустимо "
                                                         f"не больше {MAX_QUIZ_FILE_BYTES}"))
            return result
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            result.errors.append(Problem(name, data.count(b"\n", 0, exc.start) + 1, "", "файл не в кодировке UTF-8"))
            return result
    else:
        source = data
    declaration = re.search(r"<!(DOCTYPE|ENTITY)", source, re.I)
    if declaration:
        result.errors.append(Problem(name, source.count("\n", 0, declaration.start()) + 1, "",
                                     "объявления DOCTYPE и ENTITY не допускаются (защита от внешних "
                                     "сущностей и «XML-бомб»)"))
        return result
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        result.errors.append(Problem(name, exc.position[0], "", f"ошибка в XML: {_parse_message(exc)}"))
        return result
    if root.tag != "quiz":
        result.errors.append(Problem(name, None, "", f"это не вопросы Moodle XML: корневой элемент "
                                                     f"<{root.tag}>, а должен быть <quiz>"))
        return result
    lines = [source.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<question[\s>]", source)]
    ids = IdMaker()
    category = ""
    for n, el in enumerate(root.findall("question"), 1):
        line = lines[n - 1] if n - 1 < len(lines) else None
        qtype = el.get("type", "")
        if qtype == "category":
            category = clean_category(_text(el.find("category")))
            continue
        title = " ".join(_text(el.find("name")).split())
        text = _rich(el.find("questiontext"))
        shown = title or short_title(text) or f"вопрос №{n}"
        maker = _MAKERS.get(qtype)
        if maker is None:
            kind = TYPE_NAMES.get(qtype, "неизвестный тип")
            result.skipped.append(Skipped(shown, line, qtype or "?",
                                          f"вопрос №{n}: тип «{kind}» не поддерживается"))
            continue
        try:  # _penalty raises ValueError too: reported at the question's line, never a traceback
            base = dict(id="x", text=text, category=category, explanation=_rich(el.find("generalfeedback")),
                        shuffle=_flag(el.find("shuffleanswers"), True), penalty=_penalty(el))
            q = maker(el, base)
        except ValueError as exc:
            result.errors.append(Problem(name, line, f"question[{n}]", f"«{shown}»: {exc}"))
            continue
        why = check_question(q)
        if why:
            result.skipped.append(Skipped(shown, line, qtype, f"вопрос №{n}: {why}"))
            continue
        qid = ids.make(title, category)
        from dataclasses import replace
        result.questions.append(replace(q, id=qid))
        result.lines[qid] = line or 0
    return result


def _parse_message(exc: ET.ParseError) -> str:
    msg = str(exc)
    msg = re.sub(r": line \d+, column \d+$", "", msg)
    known = {"no element found": "файл обрывается: не хватает закрывающих тегов",
             "mismatched tag": "закрывающий тег не совпадает с открывающим",
             "not well-formed (invalid token)": "недопустимый знак"}
    return f"{known.get(msg, msg)} (строка {exc.position[0]}, столбец {exc.position[1] + 1})"


def _penalty(el: ET.Element) -> float:
    p = el.find("penalty")
    if p is None or not (p.text or "").strip():
        return 0.0
    try:
        value = float(p.text) * 100
        if not math.isfinite(value):
            raise ValueError
    except ValueError:
        raise ValueError(f"неверный штраф penalty «{p.text.strip()[:40]}»") from None
    return round(min(100.0, max(0.0, value)), 4)


def _answers(el: ET.Element):
    return [(a, _rich(a) if a.get("format") else clean_plain(_text(a)), _rich(a.find("feedback")))
            for a in el.findall("answer")]


def _multichoice(el: ET.Element, base: dict) -> QuizQuestion:
    single = _flag(el.find("single"), True)
    options = []
    for a, text, fb in _answers(el):
        w = _fraction(a)
        if single:
            options.append(QuizOption(text=text, correct=w == 100, weight=None if w in (0, 100) else w, feedback=fb))
        else:
            options.append(QuizOption(text=text, correct=w > 0, weight=w, feedback=fb))
    return QuizQuestion(type="single" if single else "multiple", options=tuple(options), **base)


def _truefalse(el: ET.Element, base: dict) -> QuizQuestion:
    answer, fb_true, fb_false = None, "", ""
    for a, text, fb in _answers(el):
        value = text.strip().lower()
        if value not in ("true", "false"):
            raise ValueError(f"у вопроса «верно/неверно» ответ должен быть true или false, а не «{text}»")
        if value == "true":
            fb_true = fb
        else:
            fb_false = fb
        if _fraction(a) == 100:
            answer = value == "true"
    return QuizQuestion(type="truefalse", answer=answer, feedback_true=fb_true, feedback_false=fb_false, **base)


def _shortanswer(el: ET.Element, base: dict) -> QuizQuestion:
    options = []
    for a, text, fb in _answers(el):
        w = _fraction(a)
        if w <= 0:
            continue  # a zero-credit answer only carries feedback; nothing to accept
        options.append(QuizOption(text=text, weight=None if w == 100 else w, feedback=fb))
    return QuizQuestion(type="short", options=tuple(options), case_sensitive=_flag(el.find("usecase"), False),
                        **base)


def _matching(el: ET.Element, base: dict) -> QuizQuestion:
    pairs, distractors = [], []
    for sub in el.findall("subquestion"):
        left = _rich(sub)
        right = clean_plain(_text(sub.find("answer")))
        if not right:
            raise ValueError("у пары для сопоставления нет ответа <answer>")
        if left:
            pairs.append(QuizPair(left, right))
        else:
            distractors.append(right)
    return QuizQuestion(type="matching", pairs=tuple(pairs), distractors=tuple(distractors), **base)


def _numerical(el: ET.Element, base: dict) -> QuizQuestion:
    options = []
    for a, text, fb in _answers(el):
        w = _fraction(a)
        raw = text.strip()
        if raw == "*":
            continue  # Moodle's "any other answer": only feedback
        try:
            value = float(raw.replace(",", "."))
            tol_text = _text(a, "tolerance").strip() or "0"
            tol = abs(float(tol_text.replace(",", ".")))
        except ValueError:
            raise ValueError(f"неверное число в ответе: «{raw}»") from None
        if w <= 0:
            continue
        options.append(QuizOption(value=value, tolerance=tol, weight=None if w == 100 else w, feedback=fb))
    return QuizQuestion(type="numerical", options=tuple(options), **base)


_MAKERS = {"multichoice": _multichoice, "truefalse": _truefalse, "shortanswer": _shortanswer,
           "matching": _matching, "numerical": _numerical}
