"""Moodle XML (``<quiz><question type="…">``) → quiz questions.

Supported: multichoice (``<single>`` true/false, ``fraction`` weights),
truefalse, shortanswer (``usecase``), matching (``subquestion``; one without
text is a distractor; ``match`` is the old name), numerical (``tolerance``),
cloze (``multianswer``: embedded answers in the text, see cloze_syntax), and
``category`` pseudo questions with nested paths. Combined feedback
(correct, partially correct, incorrect) and hints are carried. Text is read
in its ``format`` (an answer or feedback without one takes the question's).
Other types (essay, ddwtos, calculated, description, …) are reported by name
and position, never dropped silently.

The XML is untrusted: a DOCTYPE or ENTITY declaration is refused before
parsing (so no external entities and no entity-expansion bombs reach expat),
and files over 10 MB are refused.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import urllib.parse
import xml.etree.ElementTree as ET

from app.core.content import QuizOption, QuizPair, QuizQuestion, with_fields
from app.packs.cloze_syntax import ClozeSyntaxError, parse_cloze
from app.packs.problems import Problem
from app.packs.rich_text import formatted
from app.packs.quiz_common import (
    MAX_QUIZ_FILE_BYTES, IdMaker, ParseResult, Skipped, check_question, clean_category, clean_plain,
    collect_rich, collected_rich, match_grade, render, render_noted, short_title,
)
from app.packs.xml_lines import opening_lines
from app.core.phrase import phrase, reason_of

TYPE_NAMES = {
    "essay": phrase("эссе"), "ddwtos": phrase("перетаскивание в текст"),
    "ddimageortext": phrase("перетаскивание на изображение"), "ddmarker": phrase("перетаскивание маркеров"),
    "gapselect": phrase("выбор пропущенных слов"), "calculated": phrase("вычисляемый"), "calculatedsimple": phrase("простой вычисляемый"),
    "calculatedmulti": phrase("вычисляемый множественный выбор"), "description": phrase("описание"),
    "randomsamatch": phrase("случайный вопрос на соответствие"), "random": phrase("случайный вопрос"),
    "ordering": phrase("упорядочивание (плагин)"),
}


def _text(el: ET.Element | None, path: str = "text") -> str:
    if el is None:
        return ""
    t = el.find(path) if path else el
    return "" if t is None else "".join(t.itertext())


def _rich(el: ET.Element | None, default: str = "html") -> str:
    """Text of a ``<questiontext>``-like element as plain text, by its ``format`` (``default`` when absent)."""
    if el is None:
        return ""
    return render_noted(_text(el), el.get("format", default))


def _fraction(answer: ET.Element) -> float:
    """The answer's grade in percent; Moodle refuses a file with a grade off its list, so do we."""
    raw = answer.get("fraction", "0").strip()
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(phrase('неверная доля балла fraction=«{raw}»', raw=raw)) from None
    grade = match_grade(value)
    if grade is None:
        raise ValueError(phrase('доля балла fraction=«{raw}» не из списка оценок Moodle (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 и те же со знаком минус); Moodle такой файл не импортирует', raw=raw))
    return grade


def _flag(el: ET.Element | None, default: bool) -> bool:
    if el is None or el.text is None:
        return default
    return el.text.strip().lower() in ("1", "true", "yes")


def parse_moodle_xml(data: bytes | str, name: str = "quiz.xml") -> ParseResult:
    result = ParseResult()
    if isinstance(data, bytes):
        if len(data) > MAX_QUIZ_FILE_BYTES:
            result.errors.append(Problem(name, None, "", phrase('файл слишком большой: {count} байт, допустимо не больше {most}', count=len(data), most=MAX_QUIZ_FILE_BYTES)))
            return result
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            result.errors.append(Problem(name, data.count(b"\n", 0, exc.start) + 1, "", phrase('файл не в кодировке UTF-8')))
            return result
    else:
        source = data
    declaration = re.search(r"<!(DOCTYPE|ENTITY)", source, re.I)
    if declaration:
        result.errors.append(Problem(name, source.count("\n", 0, declaration.start()) + 1, "",
                                     phrase('объявления DOCTYPE и ENTITY не допускаются (защита от внешних сущностей и «XML-бомб»)')))
        return result
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        result.errors.append(Problem(name, exc.position[0], "", phrase('ошибка в XML: {detail}', detail=_parse_message(exc))))
        return result
    if root.tag != "quiz":
        result.errors.append(Problem(name, None, "", phrase('это не вопросы Moodle XML: корневой элемент <{tag}>, а должен быть <quiz>', tag=root.tag)))
        return result
    lines = opening_lines(source, "question")
    ids = IdMaker()
    category = ""
    for n, el in enumerate(root.findall("question"), 1):
        line = lines[n - 1] if n - 1 < len(lines) else None
        qtype = el.get("type", "")
        qtype = _ALIASES.get(qtype, qtype)
        if qtype == "category":
            category = clean_category(_text(el.find("category")))
            continue
        title = " ".join(_text(el.find("name")).split())
        collect_rich()
        fmt = (el.find("questiontext").get("format", "html") if el.find("questiontext") is not None else "html")
        text = _rich(el.find("questiontext"))
        shown = title or short_title(text) or f"вопрос №{n}"
        maker = _MAKERS.get(qtype)
        if maker is None:
            kind = TYPE_NAMES.get(qtype, phrase("неизвестный тип"))
            result.skipped.append(Skipped(shown, line, qtype or "?",
                                          phrase('вопрос №{n}: тип «{kind}» не поддерживается', n=n, kind=kind)))
            continue
        try:  # _penalty raises ValueError too: reported at the question's line, never a traceback
            base = dict(id="x", text=text, category=category, explanation=_rich(el.find("generalfeedback"), fmt),
                        text_html=formatted(_text(el.find("questiontext")), fmt),
                        shuffle=_flag(el.find("shuffleanswers"), True), penalty=_penalty(el),
                        feedback_correct=_rich(el.find("correctfeedback"), fmt),
                        feedback_partial=_rich(el.find("partiallycorrectfeedback"), fmt),
                        feedback_incorrect=_rich(el.find("incorrectfeedback"), fmt),
                        hints=tuple(h for h in (_rich(hint, fmt) for hint in el.findall("hint")) if h))
            q = maker(el, base, fmt)
            if qtype == "truefalse" and _localized_truefalse(el):
                answer = "«верно»" if q.answer else "«неверно»"
                result.warnings.append(Problem(name, line, f"question[{n}]", (
                    phrase('«{shown}»: ответы не «true» и «false», а «{items}»; как и Moodle, первый считаю «верно», второй — «неверно»; правильный ответ: {answer}', shown=shown, items='», «'.join(_plain_answers(el)), answer=answer))))
        except _Unsupported as exc:
            result.skipped.append(Skipped(shown, line, qtype, phrase('вопрос №{n}: {exc}', n=n, exc=reason_of(exc))))
            continue
        except ValueError as exc:
            result.errors.append(Problem(name, line, f"question[{n}]", f"«{shown}»: {exc}"))
            continue
        why = check_question(q)
        if why:
            result.skipped.append(Skipped(shown, line, qtype, phrase('вопрос №{n}: {why}', n=n, why=why)))
            continue
        qid = ids.make(title, category)
        q = with_fields(q, id=qid, title=title[:300], rich_texts=collected_rich(q.text))
        pictures = _images(el, f"«{shown}»", lambda why: result.warnings.append(Problem(name, line, f"question[{n}]", why)))
        paths = []
        for k, (suffix, data) in enumerate(pictures):
            paths.append(f"images/{qid}{'-' + str(k + 1) if k else ''}{suffix}")
            result.files[paths[-1]] = data
        if paths:
            q = with_fields(q, images=tuple(paths))
        result.questions.append(q)
        result.lines[qid] = line or 0
    return result


MAX_IMAGE_BYTES = 5 * 1024 * 1024
_MAGIC = ((b"\x89PNG\r\n\x1a\n", ".png"), (b"\xff\xd8\xff", ".jpg"))
_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']@@PLUGINFILE@@/([^"'?#]+)""", re.I)


def _images(el: ET.Element, shown: str, warn) -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every picture the question text shows from a file embedded in the XML
    (``<file name=… encoding="base64">`` and ``@@PLUGINFILE@@/name``), in the order shown; PNG and JPEG only."""
    text_el = el.find("questiontext")
    if text_el is None:
        return []
    wanted = list(dict.fromkeys(urllib.parse.unquote(m[1]) for m in _IMG_SRC.finditer(_text(text_el))))
    embedded = {f.get("name", ""): f for f in text_el.iter("file")} if wanted else {}
    out = []
    for name in wanted:
        picture = _picture(embedded.get(name), name, shown, warn)
        if picture is not None:
            out.append(picture)
    return out


def _picture(file: ET.Element | None, wanted: str, shown: str, warn) -> tuple[str, bytes] | None:
    if file is None:
        warn(phrase('{shown}: картинки «{wanted}» нет среди файлов вопроса, она не перенесена', shown=shown, wanted=wanted))
        return None
    raw = "".join((file.text or "").split())
    if len(raw) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        warn(phrase('{shown}: картинка «{wanted}» больше {megabytes} МБ, она не перенесена', shown=shown, wanted=wanted, megabytes=MAX_IMAGE_BYTES // (1024 * 1024)))
        return None
    try:
        data = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        warn(phrase('{shown}: картинка «{wanted}» повреждена (неверный base64), она не перенесена', shown=shown, wanted=wanted))
        return None
    suffix = next((sfx for magic, sfx in _MAGIC if data.startswith(magic)), None)
    if suffix is None:
        warn(phrase('{shown}: картинка «{wanted}» не PNG и не JPEG, она не перенесена', shown=shown, wanted=wanted))
        return None
    return suffix, data


def _parse_message(exc: ET.ParseError) -> str:
    msg = str(exc)
    msg = re.sub(r": line \d+, column \d+$", "", msg)
    known = {"no element found": phrase("файл обрывается: не хватает закрывающих тегов"),
             "mismatched tag": phrase("закрывающий тег не совпадает с открывающим"),
             "not well-formed (invalid token)": phrase("недопустимый знак")}
    return phrase("{what} (строка {line}, столбец {column})", what=known.get(msg, msg), line=exc.position[0],
                  column=exc.position[1] + 1)


def _penalty(el: ET.Element) -> float:
    p = el.find("penalty")
    if p is None or not (p.text or "").strip():
        return 0.0
    try:
        value = float(p.text) * 100
        if not math.isfinite(value):
            raise ValueError
    except ValueError:
        raise ValueError(phrase('неверный штраф penalty «{penalty}»', penalty=p.text.strip()[:40])) from None
    return round(min(100.0, max(0.0, value)), 4)


def _answers(el: ET.Element, fmt: str, rich_text: bool):
    """(element, text, feedback) per ``<answer>``: answer text in the question's format when
    ``rich_text`` (multiple choice) or as written (short and numerical answers are plain)."""
    return [(a, _rich(a, fmt) if rich_text else clean_plain(_text(a)), _rich(a.find("feedback"), fmt))
            for a in el.findall("answer")]


def _plain_answers(el: ET.Element) -> list[str]:
    return [_text(a).strip() for a in el.findall("answer")]


def _localized_truefalse(el: ET.Element) -> bool:
    return any(t not in ("true", "false") for t in _plain_answers(el))


def _multichoice(el: ET.Element, base: dict, fmt: str) -> QuizQuestion:
    single = _flag(el.find("single"), True)
    options = []
    for a, text, fb in _answers(el, fmt, rich_text=True):
        w = _fraction(a)
        if not text:
            continue  # Moodle drops a choice without text
        if single:
            options.append(QuizOption(text=text, correct=w == 100, weight=None if w in (0, 100) else w, feedback=fb))
        else:
            options.append(QuizOption(text=text, correct=w > 0, weight=w, feedback=fb))
    return QuizQuestion(type="single" if single else "multiple", options=tuple(options), **base)


def _truefalse(el: ET.Element, base: dict, fmt: str) -> QuizQuestion:
    """Moodle matches the answers on «true»/«false»; an old, localized export («Верно») goes by order."""
    answer, fb_true, fb_false = None, "", ""
    for n, (a, text, fb) in enumerate(_answers(el, fmt, rich_text=False)):
        value = text.strip()
        if value not in ("true", "false"):
            value = "true" if n == 0 else "false"
        right = _fraction(a) == 100
        if value == "true":
            fb_true, answer = fb, right
        else:
            fb_false, answer = fb, not right
    return QuizQuestion(type="truefalse", answer=answer, feedback_true=fb_true, feedback_false=fb_false, **base)


def _shortanswer(el: ET.Element, base: dict, fmt: str) -> QuizQuestion:
    options = []
    for a, text, fb in _answers(el, fmt, rich_text=False):
        w = _fraction(a)
        if not text:
            continue
        # a zero-credit answer stays: its feedback is shown when it matches («*» — any other answer)
        options.append(QuizOption(text=text, weight=None if w == 100 else w, feedback=fb))
    if options and not any(o.weight is None for o in options):
        raise ValueError(phrase('у короткого ответа нет ответа на 100 % (лучший — {best:g} %); Moodle такой файл не импортирует', best=max(o.weight for o in options)))
    return QuizQuestion(type="short", options=tuple(options), case_sensitive=_flag(el.find("usecase"), False),
                        **base)


def _matching(el: ET.Element, base: dict, fmt: str) -> QuizQuestion:
    pairs, distractors = [], []
    for sub in el.findall("subquestion"):
        left = _rich(sub, fmt)
        right = clean_plain(_text(sub.find("answer")))
        if not right:
            raise ValueError(phrase('у пары для сопоставления нет ответа <answer>'))
        if left:
            pairs.append(QuizPair(left, right))
        else:
            distractors.append(right)
    return QuizQuestion(type="matching", pairs=tuple(pairs), distractors=tuple(distractors), **base)


def _numerical(el: ET.Element, base: dict, fmt: str) -> QuizQuestion:
    options = []
    for a, text, fb in _answers(el, fmt, rich_text=False):
        w = _fraction(a)
        raw = text.strip()
        if raw == "*":  # Moodle's "any other answer": its feedback only
            if fb:
                options.append(QuizOption(text="*", weight=0.0, feedback=fb))
            continue
        try:
            value = float(raw.replace(",", "."))
            tol_text = _text(a, "tolerance").strip() or "0"
            tol = abs(float(tol_text.replace(",", ".")))
        except ValueError:
            raise ValueError(phrase('неверное число в ответе: «{raw}»', raw=raw)) from None
        options.append(QuizOption(value=value, tolerance=tol, weight=None if w == 100 else w, feedback=fb))
    return QuizQuestion(type="numerical", options=tuple(options), **base)


def _cloze(el: ET.Element, base: dict, fmt: str) -> QuizQuestion:
    """Embedded answers: the gaps are written in the question text in Moodle's Cloze syntax."""
    source = el.find("questiontext")
    raw = _text(source)
    try:
        marked, gaps = parse_cloze(raw, lambda answer: render(answer, fmt))
    except ClozeSyntaxError as exc:
        raise _Unsupported(str(exc)) from None
    if not gaps:
        raise _Unsupported(phrase('в тексте нет ни одного пропуска {1:…:…}'))
    return QuizQuestion(type="cloze", gaps=gaps, **{**base, "text": render(marked, fmt), "text_html": ""})


class _Unsupported(ValueError):
    """The question cannot be carried over; the rest of the file can."""


_MAKERS = {"multichoice": _multichoice, "truefalse": _truefalse, "shortanswer": _shortanswer,
           "matching": _matching, "numerical": _numerical, "cloze": _cloze}
_ALIASES = {"match": "matching", "multianswer": "cloze"}  # Moodle's importer reads both names
