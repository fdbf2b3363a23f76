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

The course's keyboard: ``ru`` and ``us`` are the built-in ЙЦУКЕН and QWERTY;
any other (Dvorak, Colemak, German, Ukrainian…) is read from KTouch's own
layout file (``keyboardlayouts/`` next to ``courses/``, or the file given)
and travels inside the pack (``layouts.toml``), so the course gets its own
on-screen keyboard and wrong-layout check. Lessons that cannot be typed on
it are left out with a warning naming them, or refuse the course when
``strict``.
"""

from __future__ import annotations

import functools
import re
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from app.core.layouts import Layout, LayoutError, load_layout, parse_layout
from app.core.text_check import TextError, check_text, is_typographic
from app.packs.files import MANIFEST
from app.packs.limits import MAX_TEXT_CHARS, MAX_TITLE_CHARS
from app.packs.loader import load_pack
from app.packs.schema import ID_RE
from app.core.content import Pack
from app.packs.problems import PackError, Problem
from app.packs.xml_lines import opening_lines
from app.core.phrase import phrase, reason_of

MAX_XML_BYTES = 16 * 1024 * 1024
LAYOUTS = {"ru": "ru", "us": "en", "en": "en"}  # KTouch names of the built-in layouts
_UUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     "a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch - y - e yu ya".split()))


def slug(text: str, fallback: str) -> str:
    """A pack id made from a title: Latin letters, digits and hyphens."""
    out = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    out = re.sub(r"[^a-z0-9]+", "-", out).strip("-")[:48].strip("-")
    return out if out and ID_RE.match(out) else fallback


_TOML_SPECIAL = re.compile(r'[\\"\x00-\x1f\x7f]')
_TOML_SPECIAL_MULTI = re.compile(r'[\\"\x00-\x09\x0b-\x1f\x7f]')  # a line break stays
_TOML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t"}


def toml_string(text: str, multiline: bool = False) -> str:
    """``text`` as a TOML basic string (multi-line keeps its line breaks); one regex pass over the text."""
    if multiline:
        return f'"""\n{_TOML_SPECIAL_MULTI.sub(_toml_escape, text)}"""'
    return f'"{_TOML_SPECIAL.sub(_toml_escape, text)}"'


def _toml_escape(m: re.Match) -> str:
    ch = m[0]
    return _TOML_ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


# ``text`` with what a TOML basic string must escape escaped (one line; a multi-line string keeps its line
# breaks): the regex pass alone, without a Python call around it, for a writer of many strings
escape_line = functools.partial(_TOML_SPECIAL.sub, _toml_escape)
escape_multiline = functools.partial(_TOML_SPECIAL_MULTI.sub, _toml_escape)


def _text(el: ET.Element | None) -> str:
    return "" if el is None else "".join(el.itertext()).strip()


# The language of a course, by its keyboard's name in KTouch (XKB names: countries, and variants);
# the course files say nothing else about it.
KTOUCH_LANGUAGES = {
    "ara": "ar", "be": "fr", "bg": "bg", "br": "pt", "ch": "de", "ch(fr)": "fr", "cz": "cs", "de": "de",
    "dk": "da", "ee": "et", "es": "es", "fi": "fi", "fr": "fr", "gb": "en", "gr": "el", "hu": "hu", "il": "he",
    "in(kan)": "kn", "in(mal_enhanced)": "ml", "in(tam_unicode)": "ta", "ir": "fa", "it": "it", "jp": "ja",
    "latam": "es", "lt": "lt", "mn": "mn", "nl": "nl", "no": "nb", "pl": "pl", "pt": "pt", "ru": "ru", "se": "sv",
    "si": "sl", "sk": "sk", "tr": "tr", "ua": "uk", "us": "en",
}


def course_language(kt_layout: str, texts: str) -> str:
    """The language of a course on the keyboard ``kt_layout`` (``de(neo)`` is German); for a keyboard
    not listed, Russian if the texts are Cyrillic, else English."""
    name = kt_layout.lower()
    found = KTOUCH_LANGUAGES.get(name) or KTOUCH_LANGUAGES.get(name.split("(")[0])
    return found or ("ru" if re.search(r"[а-яё]", texts, re.I) else "en")


def _unkeyed_layout(kt_layout: str, language: str, used: set[str]) -> dict:
    """A keyboard for a course whose layout file is missing: no keys drawn, every character of the course
    typed as the system's keyboard gives it (KTouch trains such a course without showing a keyboard)."""
    from app.packs.ktouch_layout import layout_id_for

    return {"id": layout_id_for(kt_layout), "title": f"{kt_layout} (без экранной клавиатуры)", "language": language,
            "home_row": "", "other": "en", "dead_keys": "",
            "rows": [{"keys": [{"code": "Space", "finger": "thumb", "label": "", "width": 6.0, "x": 4.0}]}],
            "unkeyed": "".join(sorted(ch for ch in used if not ch.isspace()))}


def _keyboard(name: str, kt_layout: str, xml_file: Path, layout: str | None, keyboard: Path | None,
              language: str, used: set[str], notes: list[Problem], strict: bool) -> tuple[Layout, dict | None]:
    """The layout of the course and, for one read from KTouch, its document to carry in the pack."""
    from app.packs.ktouch_layout import KTouchLayoutError, find_layout_file, read_ktouch_layout

    if layout:
        return load_layout(layout), None
    if keyboard is None and kt_layout.lower() in LAYOUTS:
        return load_layout(LAYOUTS[kt_layout.lower()]), None
    if keyboard is None:
        folders = [xml_file.parent.parent / "keyboardlayouts", xml_file.parent / "keyboardlayouts"]
        keyboard = find_layout_file(kt_layout, folders)
        if keyboard is None:
            notes.append(Problem(name, None, "keyboardLayout", phrase(
                "раскладка «{kt_layout}»: не найден её файл KTouch (ищу в папке keyboardlayouts рядом с папкой "
                "курса) — курс перенесён без экранной клавиатуры, как его показывает KTouch; файл можно "
                "указать: --keyboard ФАЙЛ.xml", kt_layout=kt_layout)))
            doc = _unkeyed_layout(kt_layout, language, used)
            return parse_layout(doc, name), doc
    try:
        doc = read_ktouch_layout(keyboard)
        keys = parse_layout(doc, keyboard.name)
    except (KTouchLayoutError, LayoutError) as exc:
        raise PackError(Problem(name, None, "keyboardLayout", str(exc))) from None
    # KTouch draws its keyboard from the file but takes whatever the system's keyboard types: a character
    # the file leaves out (Turkish «ı», Neo's «₃», Malayalam's invisible ZWNJ) is typed without a key shown.
    other = load_layout(keys.other)
    missing = sorted(ch for ch in used if not ch.isspace() and unicodedata.category(ch) != "Cc"
                     and not keys.can_type(ch) and not other.can_type(ch) and not is_typographic(ch))
    if missing and not strict:
        doc["unkeyed"] = "".join(missing)
        keys = parse_layout(doc, keyboard.name)
        shown = " ".join(ch if ch.isprintable() and unicodedata.category(ch) != "Cf" else f"U+{ord(ch):04X}"
                         for ch in missing)
        notes.append(Problem(name, None, "keyboardLayout", (
            phrase('в файле раскладки «{title}» нет знаков {shown}: они печатаются так, как их даёт клавиатура системы, без подсказки на экранной клавиатуре (как в KTouch)', title=keys.title, shown=shown))))
    return keys, doc


def import_ktouch(xml_file: Path, out_dir: Path, *, pack_id: str | None = None, layout: str | None = None,
                  authors: tuple[str, ...] = (), licence: str = "", keyboard: Path | None = None,
                  strict: bool = False, language: str | None = None) -> Pack:
    """Write the typing pack made from ``xml_file`` into the new folder ``out_dir``; return it loaded.

    ``layout`` ("ru" or "en") puts the course on a built-in keyboard; ``keyboard`` is a KTouch
    layout file to use instead of the one the course names; ``language`` the course's (by default, the
    language of its keyboard). Lessons that cannot be typed are
    left out and listed in the pack's warnings, or, with ``strict``, refuse the course (PackError
    naming each lesson and its line in the XML).
    """
    xml_file, out_dir = Path(xml_file), Path(out_dir)
    name = xml_file.name
    try:
        raw = xml_file.read_bytes()
    except OSError as exc:
        raise PackError(Problem(name, None, "", phrase('не удалось прочитать файл: {value}', value=exc.strerror or exc))) from None
    if len(raw) > MAX_XML_BYTES:
        raise PackError(Problem(name, None, "", phrase('файл слишком большой: {count} байт, допустимо не больше {most}', count=len(raw), most=MAX_XML_BYTES)))
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(Problem(name, raw.count(b"\n", 0, exc.start) + 1, "",
                                phrase('файл не в кодировке UTF-8'))) from None
    if re.search(r"<!(DOCTYPE|ENTITY)", source, re.IGNORECASE):
        raise PackError(Problem(name, None, "", phrase('объявления DOCTYPE и ENTITY не допускаются (защита от внешних сущностей и «XML-бомб»)')))
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise PackError(Problem(name, exc.position[0], "", phrase('ошибка в XML: {exc}', exc=reason_of(exc)))) from None
    if root.tag != "course":
        raise PackError(Problem(name, None, "", phrase('это не курс KTouch: корневой элемент <{tag}>, а должен быть <course>', tag=root.tag)))
    title = _text(root.find("title"))[:MAX_TITLE_CHARS] or xml_file.stem
    kt_layout = _text(root.find("keyboardLayout"))
    lesson_lines = opening_lines(source, "lesson")
    lessons = root.findall("./lessons/lesson")
    if not lessons:
        raise PackError(Problem(name, None, "lessons", phrase("в курсе нет ни одного урока <lesson>")))
    texts = [_text(lesson.find("text")) for lesson in lessons]
    language = language or course_language(kt_layout, " ".join(texts[:3]))
    dropped: list[Problem] = []  # whole lessons left out
    notes: list[Problem] = []  # lessons kept, with something left out; the keyboard
    keys, layout_doc = _keyboard(name, kt_layout, xml_file, layout, keyboard, language,
                                 {ch for text in texts for ch in text}, notes, strict)
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
        text = "\n".join(s.strip() for s in _text(lesson.find("text")).splitlines())
        if len(text) > MAX_TEXT_CHARS:
            dropped.append(Problem(name, line, field + ".text",
                                   phrase('урок «{lesson}» пропущен: текст длиннее {most} знаков', lesson=ltitle, most=MAX_TEXT_CHARS)))
            continue
        try:
            check_text(text, keys)
        except TextError as exc:
            dropped.append(Problem(name, line, field + ".text", phrase('урок «{lesson}» пропущен: {exc}', lesson=ltitle, exc=reason_of(exc))))
            continue
        raw_keys = _text(lesson.find("newCharacters"))[:200]
        # a new character the keyboard lacks (typed on the other layout) is not a key to learn here
        missing = sorted({ch for ch in raw_keys if not ch.isspace() and not keys.can_type(ch)})
        new_keys = "".join(ch for ch in raw_keys if ch not in missing)
        if missing:
            notes.append(Problem(name, line, field + ".newCharacters",
                                 phrase('урок «{lesson}»: новых знаков {items} нет на раскладке «{title}», в списке новых клавиш их нет', lesson=ltitle, items=' '.join(missing), title=keys.title)))
        entries.append(
            "[[course.lesson]]\n"
            f"id = {toml_string(lid)}\n"
            f"title = {toml_string(ltitle)}\n"
            + (f'stage = "keys"\nnew_keys = {toml_string(new_keys)}\n' if new_keys.strip() else "")
            + f"text = {toml_string(text, multiline=True)}\n"
        )
    if dropped and (strict or not entries):
        tail = ("ни одного урока нельзя напечатать на этой раскладке" if not entries else
                "строгий режим: курс не перенесён, потому что часть уроков нельзя напечатать")
        raise PackError(dropped + [Problem(name, None, "", tail)])
    pid = pack_id or slug(title, "ktouch-course")
    if not ID_RE.match(pid):
        raise PackError(Problem(name, None, "id", phrase('«{pid}» — недопустимый id пакета', pid=pid)))
    course_uuid = _UUID.match(_text(root.find("id")))
    course_id = f"c-{course_uuid[1].lower()}" if course_uuid else f"{pid}-course"[:64]
    description = " ".join(_text(root.find("description")).split())
    manifest = (
        "format = 2\n"
        f"id = {toml_string(pid)}\n"
        f"title = {toml_string(title)}\n"
        'version = "1.0.0"\n'
        f"language = {toml_string(language)}\n"
        f"authors = [{', '.join(toml_string(a) for a in (authors or ('KTouch',)))}]\n"
        f"description = {toml_string(description or 'Курс, перенесённый из KTouch.')}\n"
        f"licence = {toml_string(licence)}\n"
        'min_app_version = "0.1.0"\n\n'
        "[files]\n"
        'typing = "typing.toml"\n'
        + ('layouts = "layouts.toml"\n' if layout_doc else "")
    )
    typing = (
        f"# Перенесено из курса KTouch {name}\n\n"
        "[[course]]\n"
        f"id = {toml_string(course_id)}\n"
        f"title = {toml_string(title)}\n"
        f"layout = {toml_string(keys.id)}\n\n" + "\n".join(entries)
    )
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise PackError(Problem(str(out_dir), None, "", phrase('папка уже существует и не пуста')))
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MANIFEST).write_text(manifest, encoding="utf-8")
    (out_dir / "typing.toml").write_text(typing, encoding="utf-8")
    if layout_doc:
        from app.packs.ktouch_layout import layout_toml
        (out_dir / "layouts.toml").write_text(f"# Раскладка KTouch «{kt_layout}»\n\n" + layout_toml(layout_doc),
                                              encoding="utf-8")
    try:
        pack = load_pack(out_dir)
    except PackError:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise
    from dataclasses import replace
    return replace(pack, warnings=tuple(dropped + notes) + tuple(pack.warnings))
