"""Converting a KTouch course (XML) into a typing pack folder.

KTouch's course format::

    <course>
      <id>{uuid}</id> <title/> <description/> <keyboardLayout>ru</keyboardLayout>
      <lessons>
        <lesson> <id>{uuid}</id> <title/> <newCharacters/> <text/> </lesson> …
      </lessons>
    </course>

The XML is untrusted: a document type declaration (and with it every entity,
internal or external) is refused before parsing, and the file size is capped.
Lesson ids come from KTouch's lesson UUIDs, so re-importing an edited course
keeps the learner's progress.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from app.core.layouts import LAYOUT_IDS, load_layout
from app.core.text_check import TextError, check_text
from app.packs.files import MANIFEST
from app.packs.limits import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from app.packs.loader import load_pack
from app.packs.schema import ID_RE
from app.core.content import Pack
from app.packs.problems import PackError, Problem

MAX_XML_BYTES = 16 * 1024 * 1024
LAYOUTS = {"ru": "ru", "us": "en", "gb": "en", "en": "en"}
_UUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     "a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch - y - e yu ya".split()))


def slug(text: str, fallback: str) -> str:
    """A pack id made from a title: Latin letters, digits and hyphens."""
    out = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    out = re.sub(r"[^a-z0-9]+", "-", out).strip("-")[:48].strip("-")
    return out if out and ID_RE.match(out) else fallback


def toml_string(text: str, multiline: bool = False) -> str:
    """``text`` as a TOML basic string (multi-line keeps its line breaks)."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n" and multiline:
            out.append("\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    body = "".join(out)
    return f'"""\n{body}"""' if multiline else f'"{body}"'


def _lines_of(source: str, tag: str) -> list[int]:
    """Line numbers of every ``<tag>`` opening, in document order."""
    return [source.count("\n", 0, m.start()) + 1 for m in re.finditer(rf"<{tag}[\s>]", source)]


def _text(el: ET.Element | None) -> str:
    return "" if el is None else "".join(el.itertext()).strip()


def import_ktouch(xml_file: Path, out_dir: Path, *, pack_id: str | None = None, layout: str | None = None,
                  authors: tuple[str, ...] = (), licence: str = "") -> Pack:
    """Write the typing pack made from ``xml_file`` into the new folder ``out_dir``; return it loaded.

    ``layout`` ("ru" or "en") overrides the course's keyboardLayout. Raises
    PackError naming the lesson (and its line in the XML) for anything wrong.
    """
    xml_file, out_dir = Path(xml_file), Path(out_dir)
    name = xml_file.name
    try:
        raw = xml_file.read_bytes()
    except OSError as exc:
        raise PackError(Problem(name, None, "", f"не удалось прочитать файл: {exc.strerror or exc}")) from None
    if len(raw) > MAX_XML_BYTES:
        raise PackError(Problem(name, None, "", f"файл слишком большой: {len(raw)} байт, "
                                                f"допустимо не больше {MAX_XML_BYTES}"))
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(Problem(name, raw.count(b"\n", 0, exc.start) + 1, "",
                                "файл не в кодировке UTF-8")) from None
    if re.search(r"<!(DOCTYPE|ENTITY)", source, re.IGNORECASE):
        raise PackError(Problem(name, None, "", "объявления DOCTYPE и ENTITY не допускаются (защита от "
                                                "внешних сущностей и «XML-бомб»)"))
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise PackError(Problem(name, exc.position[0], "", f"ошибка в XML: {exc}")) from None
    if root.tag != "course":
        raise PackError(Problem(name, None, "", f"это не курс KTouch: корневой элемент <{root.tag}>, "
                                                f"а должен быть <course>"))
    problems: list[Problem] = []
    title = _text(root.find("title"))[:MAX_TITLE_CHARS] or xml_file.stem
    kt_layout = _text(root.find("keyboardLayout"))
    ours = layout or LAYOUTS.get(kt_layout.lower())
    if ours not in LAYOUT_IDS:
        raise PackError(Problem(name, None, "keyboardLayout",
                                f"раскладка «{kt_layout}» не поддерживается (есть только ЙЦУКЕН и QWERTY); "
                                f"укажите раскладку явно: --layout ru или --layout en"))
    keyboard = load_layout(ours)
    lesson_lines = _lines_of(source, "lesson")
    lessons = root.findall("./lessons/lesson")
    if not lessons:
        problems.append(Problem(name, None, "lessons", "в курсе нет ни одного урока <lesson>"))
    seen: set[str] = set()
    entries: list[str] = []
    for n, lesson in enumerate(lessons):
        line = lesson_lines[n] if n < len(lesson_lines) else None
        field = f"lesson[{n + 1}]"
        m = _UUID.match(_text(lesson.find("id")))
        lid = f"k-{m[1].lower()}" if m else f"lesson-{n + 1}"
        while lid in seen:
            lid += "-2"
        seen.add(lid)
        ltitle = _text(lesson.find("title"))[:MAX_TITLE_CHARS] or f"Урок {n + 1}"
        new_keys = _text(lesson.find("newCharacters"))[:200]
        text = "\n".join(s.strip() for s in _text(lesson.find("text")).splitlines())
        if len(text) > MAX_TEXT_CHARS:
            problems.append(Problem(name, line, field + ".text", f"текст урока длиннее {MAX_TEXT_CHARS} знаков"))
            continue
        try:
            check_text(text, keyboard)
        except TextError as exc:
            problems.append(Problem(name, line, field + ".text", str(exc)))
            continue
        missing = sorted({ch for ch in new_keys if not ch.isspace() and not keyboard.can_type(ch)})
        if missing:
            problems.append(Problem(name, line, field + ".newCharacters",
                                    f"на раскладке «{keyboard.title}» нет клавиш: {' '.join(missing)}"))
            continue
        entries.append(
            "[[course.lesson]]\n"
            f"id = {toml_string(lid)}\n"
            f"title = {toml_string(ltitle)}\n"
            + (f'stage = "keys"\nnew_keys = {toml_string(new_keys)}\n' if new_keys else "")
            + f"text = {toml_string(text, multiline=True)}\n"
        )
    if problems:
        raise PackError(problems)
    pid = pack_id or slug(title, "ktouch-course")
    if not ID_RE.match(pid):
        raise PackError(Problem(name, None, "id", f"«{pid}» — недопустимый id пакета"))
    course_uuid = _UUID.match(_text(root.find("id")))
    course_id = f"c-{course_uuid[1].lower()}" if course_uuid else f"{pid}-course"[:64]
    description = " ".join(_text(root.find("description")).split())
    manifest = (
        "format = 1\n"
        f"id = {toml_string(pid)}\n"
        f"title = {toml_string(title)}\n"
        'version = "1.0.0"\n'
        f'language = "{ours}"\n'
        f"authors = [{', '.join(toml_string(a) for a in (authors or ('KTouch',)))}]\n"
        f"description = {toml_string(description or 'Курс, перенесённый из KTouch.')}\n"
        f"licence = {toml_string(licence)}\n"
        'min_app_version = "0.1.0"\n\n'
        "[files]\n"
        'typing = "typing.toml"\n'
    )
    typing = (
        f"# Перенесено из курса KTouch {name}\n\n"
        "[[course]]\n"
        f"id = {toml_string(course_id)}\n"
        f"title = {toml_string(title)}\n"
        f'layout = "{ours}"\n\n' + "\n".join(entries)
    )
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise PackError(Problem(str(out_dir), None, "", "папка уже существует и не пуста"))
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MANIFEST).write_text(manifest, encoding="utf-8")
    (out_dir / "typing.toml").write_text(typing, encoding="utf-8")
    try:
        return load_pack(out_dir)
    except PackError:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise
