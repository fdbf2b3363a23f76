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
from app.packs.ktouch import slug, toml_string
from app.packs.files import MANIFEST
from app.packs.limits import MAX_TITLE_CHARS
from app.packs.loader import load_pack
from app.packs.schema import ID_RE
from app.core.content import Pack, QuizQuestion
from app.packs.moodle_xml import parse_moodle_xml
from app.packs.problems import PackError, Problem
from app.packs.quiz_common import MAX_QUIZ_FILE_BYTES, ParseResult, Skipped

QUIZ_FILE = "quiz.toml"


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
        out = [f"{self.source} ({kind}) → {self.out_dir}: пакет «{self.pack.manifest.title}» "
               f"(id {self.pack.id})",
               f"импортировано вопросов: {self.imported}; тестов: {len(self.quizzes)}"]
        if self.skipped:
            out.append(f"пропущено вопросов: {len(self.skipped)}")
            out += [f"  пропущен: {s}" for s in self.skipped]
        return out


def detect_kind(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".xml":
        return "xml"
    if suffix in (".gift", ".txt"):
        return "gift"
    return "xml" if text.lstrip("\ufeff \t\r\n").startswith("<") else "gift"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _str(text: str) -> str:
    return toml_string(text, multiline="\n" in text)


def question_toml(q: QuizQuestion) -> str:
    out = ["[[question]]", f"id = {_str(q.id)}", f"type = {_str(q.type)}"]
    if q.category:
        out.append(f"category = {_str(q.category)}")
    out.append(f"text = {_str(q.text)}")
    if q.explanation:
        out.append(f"explanation = {_str(q.explanation)}")
    if not q.shuffle:
        out.append("shuffle = false")
    if q.penalty:
        out.append(f"penalty = {_num(q.penalty)}")
    if q.type == "truefalse":
        out.append(f"answer = {'true' if q.answer else 'false'}")
        if q.feedback_true:
            out.append(f"feedback_true = {_str(q.feedback_true)}")
        if q.feedback_false:
            out.append(f"feedback_false = {_str(q.feedback_false)}")
    if q.type == "short" and q.case_sensitive:
        out.append("case_sensitive = true")
    if q.type == "matching" and q.distractors:
        out.append(f"distractors = [{', '.join(_str(d) for d in q.distractors)}]")
    if q.type == "ordering":
        out.append(f"items = [{', '.join(_str(i) for i in q.items)}]")
    for o in q.options:
        out.append("[[question.option]]")
        if q.type == "numerical":
            out.append(f"value = {_num(o.value)}")
            if o.tolerance:
                out.append(f"tolerance = {_num(o.tolerance)}")
        else:
            out.append(f"text = {_str(o.text)}")
            if o.correct and q.type in ("single", "multiple"):
                out.append("correct = true")
        if o.weight is not None:
            out.append(f"weight = {_num(o.weight)}")
        if o.feedback:
            out.append(f"feedback = {_str(o.feedback)}")
    for p in q.pairs:
        out += ["[[question.pair]]", f"left = {_str(p.left)}", f"right = {_str(p.right)}"]
    return "\n".join(out) + "\n"


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
            raise PackError(Problem(name, None, "", f"файл слишком большой: {size} байт, допустимо не больше "
                                                    f"{MAX_QUIZ_FILE_BYTES} (10 МБ)"))
        raw = file.read_bytes()
    except OSError as exc:
        raise PackError(Problem(name, None, "", f"не удалось прочитать файл: {exc.strerror or exc}")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(Problem(name, raw.count(b"\n", 0, exc.start) + 1, "", "файл не в кодировке UTF-8")) from None
    kind = detect_kind(name, text)
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
    kind, result = parse_quiz_file(file)
    if not result.questions:
        problems = [Problem(file.name, s.line, "", f"пропущен «{s.title}» ({s.kind}): {s.reason}")
                    for s in result.skipped]
        raise PackError(problems + [Problem(file.name, None, "", "в файле нет ни одного вопроса, который "
                                                                 "можно перенести")])
    title = (title or file.stem).strip()[:MAX_TITLE_CHARS] or "Тест из Moodle"
    pid = pack_id or slug(title, "moodle-quiz")
    if not ID_RE.match(pid):
        raise PackError(Problem(file.name, None, "id", f"«{pid}» — недопустимый id пакета: строчные латинские "
                                                       f"буквы, цифры и дефис, до 64 знаков"))
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise PackError(Problem(str(out_dir), None, "", "папка уже существует и не пуста"))
    taken = {q.id for q in result.questions} | {pid}
    quizzes = _quizzes(result.questions, title, taken)
    all_text = " ".join(q.text for q in result.questions)
    language = "ru" if re.search(r"[а-яё]", all_text, re.I) else "en"
    kind_name = "GIFT" if kind == "gift" else "Moodle XML"
    manifest = (
        "format = 1\n"
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
    body = [f"# Перенесено из {file.name} ({kind_name})\n"]
    body += [question_toml(q) for q in result.questions]
    for qid, qtitle, cats in quizzes:
        lines = ["[[quiz]]", f"id = {toml_string(qid)}", f"title = {toml_string(qtitle)}"]
        if cats:
            lines.append(f"categories = [{', '.join(toml_string(c) for c in cats)}]")
        body.append("\n".join(lines) + "\n")
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MANIFEST).write_text(manifest, encoding="utf-8")
    (out_dir / QUIZ_FILE).write_text("\n".join(body), encoding="utf-8")
    try:
        pack = load_pack(out_dir)
    except PackError:
        if created:
            shutil.rmtree(out_dir, ignore_errors=True)
        else:
            for rel in (MANIFEST, QUIZ_FILE):
                (out_dir / rel).unlink(missing_ok=True)
        raise
    return ImportReport(source=file.name, kind=kind, pack=pack, out_dir=out_dir, imported=len(result.questions),
                        quizzes=[t for _, t, _ in quizzes], skipped=list(result.skipped),
                        warnings=list(pack.warnings))
