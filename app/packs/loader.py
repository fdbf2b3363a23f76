"""Reading and validating exercise packs (the format of ``app/exercises/FORMAT.md``).

A pack is a folder with ``pack.toml`` (the manifest) and TOML files per kind
of exercise, listed in the manifest's ``[files]``. :func:`load_pack` reads a
folder into :class:`app.core.content.Pack` or raises :class:`PackError`;
:func:`validate_pack` checks a folder or a ``.ctpack`` file and returns every
problem found, as ``file:line: field: what is wrong``.

This module reads the files and puts the pack together; the jobs are elsewhere:
``files`` (which files, limits, hash), ``schema`` (field checking), ``manifest``
(``pack.toml`` and the format version), ``kinds.*`` (one module per kind of content).
"""

from __future__ import annotations

import re
import tempfile
import tomli
from dataclasses import replace
from pathlib import Path

from app.core.content import Pack, Quiz, ShiftSet
from app.core.vocabulary import CONTENT_KINDS, LANGUAGES
from app.packs.archive import extract
from app.packs.files import IMAGE_SUFFIXES, MANIFEST, content_hash, decode_text, read_files
from app.core.layouts import Layout, register_layout
from app.packs.gc_pause import collector_paused
from app.packs.kinds import correspondence, grammar, layouts, quiz, typing
from app.packs.limits import MAX_EXERCISES
from app.packs.manifest import FORMAT_VERSION, manifest_model, read_manifest, read_manifest_version
from app.packs.problems import PackError, Problem, Report
from app.packs.schema import ID_RE, PackFile, field_name, short
from app.packs.toml_guard import scan_toml

# The entry points, and what app.packs.installer still imports from here (ID_RE, MANIFEST,
# read_manifest_version now live in schema, files and manifest).
__all__ = [
    "FORMAT_VERSION", "ID_RE", "MANIFEST", "PackError", "Problem", "Report",
    "load_pack", "read_manifest_version", "read_pack", "validate_pack",
]
_KIND_TOP = {"typing": typing.TOP, "grammar": grammar.TOP, "correspondence": correspondence.TOP, "quiz": quiz.TOP}


class _Loader:
    """One reading of one pack folder: every problem is collected, the pack built only if none is an error."""

    def __init__(self, folder: Path, documents: dict[str, dict] | None = None):
        self.folder = folder
        self.documents = documents or {}
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.ids: dict[str, tuple[str, tuple]] = {}  # id -> (file, field path) of its first use
        self.count = 0
        self.referenced: set[str] = set()
        self.bytes: dict[str, bytes] = {}
        self.layouts: dict[str, Layout] = {}  # the pack's own keyboard layouts, by id

    # -- files

    def parse(self, rel: str, field: str = "") -> tuple[dict, PackFile] | None:
        text = decode_text(rel, self.bytes.get(rel), field, self.errors)
        if text is None:
            return None
        if rel in self.documents:  # written by the caller from this document: problems are named by field
            return self.documents[rel], PackFile(rel, None, self.errors, self.warnings)
        bounded = scan_toml(text)
        if bounded is not None:  # refused before tomllib, which would take minutes and gigabytes
            self.errors.append(Problem(rel, bounded[0], "", bounded[1]))
            return None
        try:
            doc = tomli.loads(text)
        except tomli.TOMLDecodeError as exc:
            m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            detail = re.sub(r"\s*\(at line.*\)", "", str(exc)) or "синтаксис"
            line = int(m[1]) if m else None
            col = f", столбец {m[2]}" if m else ""
            self.errors.append(Problem(rel, line, "", f"ошибка синтаксиса TOML{col} ({detail})"))
            return None
        except RecursionError:
            self.errors.append(Problem(rel, None, "", "ошибка синтаксиса TOML (слишком глубокая вложенность)"))
            return None
        return doc, PackFile(rel, text, self.errors, self.warnings)

    # -- what the kinds' readers ask for (schema.PackReader)

    def claim(self, f: PackFile, path: tuple, value: str | None) -> None:
        if not value:
            return
        self.count += 1
        first = self.ids.get(value)
        if first is not None:
            f.error(path, f"id «{value}» уже занят ({first[0]}: {field_name(first[1])}); "
                          f"id должны быть уникальны во всём пакете")
        else:
            self.ids[value] = (f.rel, path)  # named only when an id repeats

    def ref_path(self, f: PackFile, path: tuple, rel: str, suffixes: tuple[str, ...]) -> str | None:
        """Check a path written in the pack; return it normalised if the file exists."""
        bad = (not rel or rel.startswith(("/", "\\")) or "\\" in rel or ":" in rel
               or any(part in ("", ".", "..") for part in rel.split("/")))
        if bad:
            f.error(path, f"«{short(rel)}»: путь должен быть относительным, через «/», без «..», "
                          f"без букв дисков и обратной косой черты")
            return None
        if not rel.lower().endswith(suffixes):
            f.error(path, f"«{short(rel)}»: ожидается файл {', '.join(suffixes)}")
            return None
        if rel not in self.bytes:
            f.error(path, f"файл «{short(rel)}» не найден в пакете")
            return None
        self.referenced.add(rel)
        return rel

    # -- the pack

    def run(self) -> Pack | None:
        data = read_files(self.folder, self.errors)
        if data is None:
            return None
        self.bytes = data
        parsed = self.parse(MANIFEST)
        if parsed is None:
            return None
        doc, mf = parsed
        self.referenced.add(MANIFEST)
        m = read_manifest(doc, mf)
        if m is None:
            return None
        if m["id"]:
            self.ids[m["id"]] = (MANIFEST, ("id",))

        content: dict[str, list] = {k: [] for k in CONTENT_KINDS}
        extra: dict[str, list] = {"quizzes": [], "shifts": []}
        seen: dict[str, str] = {}
        shifts_to_check: list[tuple[PackFile, tuple, ShiftSet]] = []
        quizzes_to_check: list[tuple[PackFile, tuple, Quiz]] = []
        kinds = m["files"]
        self.read_layouts(mf, kinds["layouts"], seen)
        for kind in CONTENT_KINDS:
            refs = kinds[kind]
            refs = [refs] if isinstance(refs, str) else refs
            for i, rel in enumerate(refs):
                path = ("files", kind) + ((i,) if isinstance(kinds[kind], list) else ())
                rel = self.ref_path(mf, path, rel, (".toml",))
                if rel is None:
                    continue
                if rel == MANIFEST or rel in seen:
                    mf.error(path, f"файл «{rel}» уже указан ({seen.get(rel, 'это описание пакета')})")
                    continue
                seen[rel] = f"files.{kind}"
                got = self.parse(rel, field_name(path))
                if got is None:
                    continue
                doc_k, f = got
                top = f.take(doc_k, (), _KIND_TOP[kind])
                if kind == "typing":
                    content[kind] += typing.read_courses(self, f, top["course"])
                elif kind == "grammar":
                    content[kind] += [x for i, t in enumerate(top["item"])
                                      if (x := grammar.read_item(self, f, ("item", i), t))]
                elif kind == "correspondence":
                    content[kind] += [x for i, t in enumerate(top["task"])
                                      if (x := correspondence.read_task(self, f, ("task", i), t))]
                    for i, t in enumerate(top["shift"]):
                        s = correspondence.read_shift(self, f, ("shift", i), t)
                        if s:
                            extra["shifts"].append(s)
                            shifts_to_check.append((f, ("shift", i), s))
                else:
                    content[kind] += [x for i, t in enumerate(top["question"])
                                      if (x := quiz.read_question(self, f, ("question", i), t))]
                    for i, t in enumerate(top["quiz"]):
                        q = quiz.read_quiz(self, f, ("quiz", i), t)
                        if q:
                            extra["quizzes"].append(q)
                            quizzes_to_check.append((f, ("quiz", i), q))
        if self.count > MAX_EXERCISES:
            self.errors.append(Problem(MANIFEST, None, "", f"слишком много упражнений: {self.count}, "
                                                           f"допустимо не больше {MAX_EXERCISES}"))
        correspondence.check_shift_tasks(shifts_to_check, {t.id for t in content["correspondence"]})
        quiz.check_quiz_categories(quizzes_to_check, {q.category for q in content["quiz"]})
        if m["language"] and m["language"] not in LANGUAGES and (
                content["correspondence"] or any(not g.language for g in content["grammar"])):
            mf.error(("language",), f"язык «{m['language']}»: грамотность и переписка проверяются только на "
                                    f"языках {', '.join(LANGUAGES)} (у заданий на грамотность можно указать "
                                    f"свой language)")
        if not any(content.values()):
            mf.warn(("files",), "в пакете нет ни одного упражнения")
        for rel in sorted(self.bytes):
            if rel not in self.referenced and rel.lower().endswith((".toml",) + IMAGE_SUFFIXES):
                self.warnings.append(Problem(rel, None, "", "файл нигде не упомянут и не используется"))
        if self.errors:
            return None
        return Pack(
            manifest=manifest_model(m), typing=tuple(content["typing"]), grammar=tuple(content["grammar"]),
            correspondence=tuple(content["correspondence"]), quiz=tuple(content["quiz"]),
            quizzes=tuple(extra["quizzes"]), shifts=tuple(extra["shifts"]),
            content_hash=content_hash(self.bytes), path=self.folder, warnings=tuple(self.warnings),
            layouts=tuple(self.layouts.values()),
        )

    def read_layouts(self, mf: PackFile, refs, seen: dict[str, str]) -> None:
        """The files of ``[files] layouts``, read before the courses that name them."""
        many = isinstance(refs, list)
        for i, rel in enumerate(refs if many else [refs]):
            path = ("files", "layouts") + ((i,) if many else ())
            rel = self.ref_path(mf, path, rel, (".toml",))
            if rel is None:
                continue
            seen[rel] = "files.layouts"
            got = self.parse(rel, field_name(path))
            if got is not None:
                doc, f = got
                layouts.read_layouts(f, f.take(doc, (), layouts.TOP)["layout"], self.layouts)


def _check_folder(folder: Path, documents: dict[str, dict] | None = None) -> tuple[Pack | None, Report]:
    loader = _Loader(folder, documents)
    with collector_paused():
        pack = loader.run()
    return pack, Report(loader.errors, loader.warnings)


def load_pack(path: Path, *, documents: dict[str, dict] | None = None) -> Pack:
    """Read the pack in folder ``path``; raise :class:`PackError` listing every error.

    ``documents``: for files the caller has just written as the TOML text of these parsed documents
    (an importer), the documents themselves, checked as they are instead of being parsed back; their
    problems carry the field but no line."""
    path = Path(path)
    if not path.is_dir():
        raise PackError(Problem(str(path), None, "", "папка пакета не найдена"))
    pack, report = _check_folder(path, documents)
    if pack is None:
        raise PackError(report.errors, report.warnings)
    for layout in pack.layouts:  # the courses of a loaded pack are typed on its own keyboards
        register_layout(layout)
    return pack


def validate_pack(path: Path) -> Report:
    """Check a pack folder or a ``.ctpack`` file; never raises for a bad pack."""
    path = Path(path)
    if path.is_dir():
        return _check_folder(path)[1]
    with tempfile.TemporaryDirectory(prefix="ctpack-check-") as tmp:
        try:
            warnings = extract(path, Path(tmp) / "pack")
        except PackError as exc:
            return Report(exc.problems, exc.warnings)
        report = _check_folder(Path(tmp) / "pack")[1]
        report.warnings[:0] = warnings
        return report


def read_pack(path: Path) -> Pack:
    """Load a pack folder or a ``.ctpack`` file (unpacked into a temporary folder); raise PackError."""
    path = Path(path)
    if path.is_dir():
        return load_pack(path)
    with tempfile.TemporaryDirectory(prefix="ctpack-read-") as tmp:
        warnings = extract(path, Path(tmp) / "pack")
        try:
            pack = load_pack(Path(tmp) / "pack")
        except PackError as exc:
            raise PackError(exc.problems, warnings + exc.warnings) from None
    return replace(pack, path=None, warnings=tuple(warnings) + pack.warnings)
