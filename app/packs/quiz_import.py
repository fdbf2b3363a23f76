"""Importing a Moodle question bank (GIFT or Moodle XML) as a quiz pack folder.

The folder gets ``pack.toml`` and ``quiz.toml`` in the format of
``app/exercises/FORMAT.md``: the questions, and a ``[[quiz]]`` per top-level
category (or one for the whole bank when some questions have no category).
The written pack is loaded back with the pack loader before returning.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from app.packs.gift import parse_gift
from app.packs.ktouch import escape_line, escape_multiline, slug, toml_string
from app.packs.files import MANIFEST
from app.packs.gc_pause import collector_paused
from app.packs.limits import MAX_TITLE_CHARS
from app.packs.limits import RATIO_FLOOR
from app.packs.loader import load_pack
from app.packs.schema import ID_RE
from app.core.content import Pack, QuizQuestion
from app.packs.moodle_xml import parse_moodle_xml
from app.packs.problems import PackError, Problem
from app.packs.quiz_common import MAX_QUIZ_FILE_BYTES, ParseResult, Skipped
from app.core.phrase import Phrase, phrase

QUIZ_FILE = "quiz.toml"
_QUESTION_FIELD = re.compile(r"question\[(\d+)\](?:\.(.*))?\Z")
# A big bank is written as quiz-1.toml, quiz-2.toml …, each under the size above which the pack limits
# check a file's compression ratio: a very repetitive bank (one long feedback repeated) is then
# accepted by validate, build and install alike, and no file nears the 32 MB cap.
PART_BYTES = RATIO_FLOOR - 64 * 1024


@dataclass
class ImportReport:
    source: str  # file name
    kind: str  # "gift" | "xml"
    pack: Pack
    out_dir: Path
    imported: int
    quizzes: list[str] = field(default_factory=list)  # quiz titles
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # the loader's warnings about the written pack

    def lines(self) -> list[str]:
        kind = "GIFT" if self.kind == "gift" else "Moodle XML"
        out = [phrase("{source} ({kind}) → {folder}: пакет «{title}» (id {id})", source=str(self.source), kind=kind,
                      folder=str(self.out_dir), title=self.pack.manifest.title, id=self.pack.id),
               phrase("импортировано вопросов: {count}; тестов: {quizzes}", count=self.imported,
                      quizzes=len(self.quizzes))]
        if self.skipped:
            out.append(phrase("пропущено вопросов: {count}", count=len(self.skipped)))
            out += _skipped_lines(self.skipped)
        out += summarise(self.warnings)
        return out


def _skipped_lines(skipped: list[Skipped], listed: int = 3, shown_lines: int = 5) -> list[str]:
    """Each skipped question, or, for a kind skipped more than ``listed`` times, one line with the
    count and the first source lines (a bank of 400 essays does not print 400 lines)."""
    groups: dict[tuple[str, str], list[Skipped]] = {}
    for s in skipped:
        groups.setdefault((s.kind, re.sub(r"^вопрос №\d+: ", "", s.reason)), []).append(s)
    out = []
    for (kind, reason), same in groups.items():
        if len(same) <= listed:
            out += [phrase("  пропущен: {skipped}", skipped=s.said()) for s in same]
            continue
        lines = [str(s.line) for s in same if s.line]
        where = ", ".join(lines[:shown_lines]) + (" …" if len(lines) > shown_lines else "")
        first = same[0].reason  # «вопрос №N: why»: the why, still translatable
        why = next((first.args[k] for k in ("why", "exc") if isinstance(first, Phrase) and k in first.args), reason)
        out.append(phrase("  пропущено {count} ({kind}): {reason} — строки {where}", count=len(same), kind=kind,
                          reason=why, where=where))
    return out


def summarise(warnings: list[Problem], shown_lines: int = 5) -> list[str]:
    """Warnings grouped by kind (the message with its quoted parts left out): one line per kind
    with the count and the first source lines, so 40,000 alike warnings do not bury the rest."""
    groups: dict[str, list[Problem]] = {}
    for w in warnings:
        groups.setdefault(re.sub(r"«[^»]*»", "«…»", w.message), []).append(w)
    out = []
    for same in groups.values():
        first = same[0]
        if len(same) == 1:
            out.append(phrase("предупреждение: {problem}", problem=first.said()))
            continue
        lines = sorted({w.line for w in same if w.line})
        where = ", ".join(map(str, lines[:shown_lines])) + (" …" if len(lines) > shown_lines else "")
        text = phrase("предупреждение ({count} раз): {file}: {message}", count=len(same), file=first.file,
                      message=first.message)
        out.append(phrase("{text} — строки {where}", text=text, where=where) if where else text)
    return out


def detect_kind(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".xml":
        return "xml"
    if suffix in (".gift", ".txt"):
        return "gift"
    return "xml" if text.lstrip("\ufeff \t\r\n").startswith("<") else "gift"


def _num(x: float) -> str:
    if type(x) is int:
        return str(x)
    return str(int(x)) if x.is_integer() else repr(x)


def _str(text: str) -> str:
    return toml_string(text, multiline="\n" in text)


def question_table(q: QuizQuestion) -> dict:
    """The ``[[question]]`` table of ``q`` as the pack loader reads it (fields at their defaults left out)."""
    t: dict = {"id": q.id, "type": q.type}
    if q.title:
        t["title"] = q.title
    if q.category:
        t["category"] = q.category
    t["text"] = q.text
    if q.text_html:
        t["text_html"] = q.text_html
    if q.explanation:
        t["explanation"] = q.explanation
    if not q.shuffle:
        t["shuffle"] = False
    if q.penalty:
        t["penalty"] = q.penalty
    if q.images:
        t["image"] = q.images[0] if len(q.images) == 1 else list(q.images)
    if q.type == "truefalse":
        t["answer"] = bool(q.answer)
        for name in ("feedback_true", "feedback_false"):
            if getattr(q, name):
                t[name] = getattr(q, name)
    if q.type == "short" and q.case_sensitive:
        t["case_sensitive"] = True
    if q.type == "matching" and q.distractors:
        t["distractors"] = list(q.distractors)
    if q.type == "ordering":
        t["items"] = list(q.items)
    if q.feedback_correct or q.feedback_partial or q.feedback_incorrect:  # (combined feedback: seldom)
        for name in ("feedback_correct", "feedback_partial", "feedback_incorrect"):
            if getattr(q, name):
                t[name] = getattr(q, name)
    if q.hints:
        t["hints"] = list(q.hints)
    if q.options:
        t["option"] = [_option_table(o, q.type == "numerical", q.type in ("single", "multiple")) for o in q.options]
    if q.pairs:
        t["pair"] = [{"left": p.left, "right": p.right} for p in q.pairs]
    if q.gaps:
        t["gap"] = [_gap_table(gap) for gap in q.gaps]
    if q.rich_texts:
        t["rich"] = [{"text": plain, "html": html} for plain, html in q.rich_texts]
    return t


def _gap_table(gap) -> dict:
    t: dict = {"kind": gap.kind}
    if gap.weight != 1:
        t["weight"] = gap.weight
    if gap.kind in ("multichoice", "multiresponse") and gap.display != "dropdown":
        t["display"] = gap.display
    if gap.shuffle:
        t["shuffle"] = True
    if gap.case_sensitive:
        t["case_sensitive"] = True
    t["option"] = [_option_table(o, gap.kind == "numerical", False) for o in gap.options]
    return t


def _option_table(o, numerical: bool, choice: bool) -> dict:
    t: dict = {}
    if numerical and o.value is None:
        t["text"] = "*"  # any other answer: only its feedback
    elif numerical:
        t["value"] = o.value
        if o.tolerance:
            t["tolerance"] = o.tolerance
    else:
        t["text"] = o.text
        if o.correct and choice:
            t["correct"] = True
    if o.weight is not None:
        t["weight"] = o.weight
    if o.feedback:
        t["feedback"] = o.feedback
    return t


def _value(v) -> str:
    if type(v) is str:
        return _str(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return _num(v)
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return _str(v)


def table_toml(header: str, table: dict) -> list[str]:
    """``[[header]]`` with the table's values, then its lists of tables as ``[[header.key]]``, nested."""
    out: list[str] = []
    _write_table(header, table, out)
    return out


def _write_table(header: str, table: dict, out: list[str]) -> None:
    """The lines of :func:`table_toml`, added to ``out`` (one list for a whole question and its answers)."""
    out.append(f"[[{header}]]")
    subtables = None
    for key, value in table.items():
        kind = type(value)
        if kind is str:  # most values: written here, without _value's questions
            if "\n" in value:
                out.append(f'{key} = """\n{escape_multiline(value)}"""')
            else:
                out.append(f'{key} = "{escape_line(value)}"')
        elif kind is bool:  # (an answer's «correct»: written here too)
            out.append(f"{key} = true" if value else f"{key} = false")
        elif kind is float or kind is int:  # (weights and values)
            out.append(f"{key} = {_num(value)}")
        elif kind is list and value and type(value[0]) is dict:
            if subtables is None:
                subtables = []
            subtables.append((key, value))
        else:
            out.append(f"{key} = {_value(value)}")
    if subtables is not None:
        for key, tables in subtables:
            header_key = f"{header}.{key}"
            for sub in tables:
                _write_table(header_key, sub, out)


def question_toml(q: QuizQuestion) -> str:
    return "\n".join(table_toml("question", question_table(q))) + "\n"


def _quizzes(questions: list[QuizQuestion], title: str, taken: set[str]) -> list[tuple[str, str, list[str]]]:
    """(id, title, categories) per top-level category, or one quiz for all."""
    tops = list(dict.fromkeys(q.category.split("/")[0] for q in questions))
    if "" in tops or len(tops) == 1:
        groups = [(title, [])] if "" in tops else [(tops[0], [tops[0]])]
    else:
        groups = [(t, [t]) for t in tops]
    out = []
    for name, cats in groups:
        base = "quiz-" + slug(name, "all")[:50]
        qid, n = base, 2
        while qid in taken:
            qid, n = f"{base}-{n}", n + 1
        taken.add(qid)
        out.append((qid, name[:MAX_TITLE_CHARS], cats))
    return out


def parse_quiz_file(file: Path) -> tuple[str, ParseResult]:
    """Read and parse ``file``; raise PackError for an unreadable, oversized or broken one."""
    file = Path(file)
    name = file.name
    try:
        size = file.stat().st_size
        if size > MAX_QUIZ_FILE_BYTES:
            raise PackError(Problem(name, None, "", phrase('файл слишком большой: {size} байт, допустимо не больше {most} (10 МБ)', size=size, most=MAX_QUIZ_FILE_BYTES)))
        raw = file.read_bytes()
    except OSError as exc:
        raise PackError(Problem(name, None, "", phrase('не удалось прочитать файл: {value}', value=exc.strerror or exc))) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(Problem(name, raw.count(b"\n", 0, exc.start) + 1, "", phrase('файл не в кодировке UTF-8'))) from None
    kind = detect_kind(name, text)
    with collector_paused():
        result = parse_moodle_xml(raw, name) if kind == "xml" else parse_gift(text, name)
    if result.errors:
        raise PackError(result.errors)
    return kind, result


def import_quiz(file: Path, out_dir: Path, *, pack_id: str | None = None, title: str | None = None) -> ImportReport:
    """Write a quiz pack made from the GIFT or Moodle XML ``file`` into the new folder ``out_dir``.

    Raises PackError (problems with line numbers) when the file is broken, has
    no supported question, or ``out_dir`` is not empty.
    """
    file, out_dir = Path(file), Path(out_dir)
    with collector_paused():
        return _import(file, out_dir, pack_id, title)


def _import(file: Path, out_dir: Path, pack_id: str | None, title: str | None) -> ImportReport:
    kind, result = parse_quiz_file(file)
    if not result.questions:
        problems = [Problem(file.name, s.line, "", phrase('пропущен «{title}» ({kind}): {reason}', title=s.title, kind=s.kind, reason=s.reason))
                    for s in result.skipped]
        raise PackError(problems + [Problem(file.name, None, "", phrase('в файле нет ни одного вопроса, который можно перенести'))])
    title = (title or file.stem).strip()[:MAX_TITLE_CHARS] or "Тест из Moodle"
    pid = pack_id or slug(title, "moodle-quiz")
    if not ID_RE.match(pid):
        raise PackError(Problem(file.name, None, "id", phrase('«{pid}» — недопустимый id пакета: строчные латинские буквы, цифры и дефис, до 64 знаков', pid=pid)))
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise PackError(Problem(str(out_dir), None, "", phrase('папка уже существует и не пуста')))
    taken = {q.id for q in result.questions} | {pid}
    quizzes = _quizzes(result.questions, title, taken)
    all_text = " ".join(q.text for q in result.questions)
    language = "ru" if re.search(r"[а-яё]", all_text, re.I) else "en"
    kind_name = "GIFT" if kind == "gift" else "Moodle XML"
    manifest = (
        "format = 2\n"
        f"id = {toml_string(pid)}\n"
        f"title = {toml_string(title)}\n"
        'version = "1.0.0"\n'
        f'language = "{language}"\n'
        'authors = ["Moodle"]\n'
        f"description = {toml_string(f'Вопросы, перенесённые из файла {file.name} ({kind_name}).')}\n"
        'licence = ""\n'
        'min_app_version = "0.1.0"\n\n'
        "[files]\n"
        f'quiz = "{QUIZ_FILE}"\n'
    )
    header = f"# Перенесено из {file.name} ({kind_name})\n"
    # Quiz files, each well under the loader's cap on one file: the tables the loader checks, and their text.
    parts: list[tuple[list[dict], list[str]]] = [([], [header])]
    size = 0
    for q in result.questions:
        table = question_table(q)
        chunk = "\n".join(table_toml("question", table)) + "\n"
        nbytes = len(chunk.encode("utf-8")) + 1
        if size + nbytes > PART_BYTES and parts[-1][0]:
            parts.append(([], [header]))
            size = 0
        parts[-1][0].append(table)
        parts[-1][1].append(chunk)
        size += nbytes
    names = [QUIZ_FILE] if len(parts) == 1 else [f"quiz-{n}.toml" for n in range(1, len(parts) + 1)]
    first: dict[str, int] = {}  # the index in result.questions of each file's first question
    index = 0
    for name, (tables, _) in zip(names, parts):
        first[name] = index
        index += len(tables)

    def to_source(problems) -> list[Problem]:
        """The loader's findings in a written file, sent back to the question's line in the bank."""
        if not problems:
            return []
        out, source, match = [], file.name, _QUESTION_FIELD.match
        lines = result.lines
        line_of = [lines.get(q.id) or None for q in result.questions]  # (by the question's index)
        for p in problems:  # (85,000 «no explanation» warnings for a 10 MB bank: one pass, little per warning)
            start = first.get(p.file)
            m = match(p.field) if start is not None else None
            if m is None:
                out.append(p)
                continue
            n, rest = m.groups()
            out.append(Problem(source, line_of[start + int(n) - 1], rest or "", p.message))
        return out

    quiz_tables = []
    for qid, qtitle, cats in quizzes:
        table = {"id": qid, "title": qtitle} | ({"categories": cats} if cats else {})
        quiz_tables.append(table)
        parts[-1][1].append("\n".join(table_toml("quiz", table)) + "\n")
    listed = f'"{names[0]}"' if len(names) == 1 else "[" + ", ".join(f'"{n}"' for n in names) + "]"
    manifest = manifest.replace(f'quiz = "{QUIZ_FILE}"\n', f"quiz = {listed}\n")
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MANIFEST).write_text(manifest, encoding="utf-8")
    documents = {}
    for name, (tables, chunks) in zip(names, parts):
        (out_dir / name).write_text("\n".join(chunks), encoding="utf-8")
        documents[name] = {"question": tables}
    documents[names[-1]]["quiz"] = quiz_tables
    for rel, data in result.files.items():  # pictures embedded in the bank
        (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / rel).write_bytes(data)
    try:
        # the written files are the text of these very tables (table_toml): checked without parsing them back
        pack = load_pack(out_dir, documents=documents)
    except PackError as exc:
        if created:
            shutil.rmtree(out_dir, ignore_errors=True)
        else:
            for rel in (MANIFEST, *names, *result.files):
                (out_dir / rel).unlink(missing_ok=True)
        raise PackError(to_source(exc.problems), to_source(exc.warnings)) from None
    return ImportReport(source=file.name, kind=kind, pack=pack, out_dir=out_dir, imported=len(result.questions),
                        quizzes=[t for _, t, _ in quizzes], skipped=list(result.skipped),
                        warnings=list(result.warnings) + to_source(pack.warnings))
