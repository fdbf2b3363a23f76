"""Hostile inputs for the command line, shared by the suite (tests/packs/test_hostile_generated.py, a few
dozen cases) and the probe (tests/bench/probe_hostile_inputs.py, thousands).

Each ``check_*`` runs the real ``chat-trainer`` commands in-process on one generated input, under a time
limit, and raises AssertionError (or :class:`Hang`, or whatever the program raised: a crash) when the
program misbehaves: an exit status other than the documented ones, an error without a message, a file
written outside the data folder, a temporary or half-made folder left behind, a pack that ``pack build``
makes and ``pack install`` refuses, a removal that loses the pack but not its results.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from app.cli import main
from app.core.records import QuizRecord
from app.storage import DB_FILENAME, open_store

from .conftest import DATA
from .fuzzing import mutated

CASE_SECONDS = 10  # one command on one hostile input; a hang fails the case
REFUSED = 2  # a pack, bank or course that cannot be used is refused (app/cli/failure.py: EXIT_USAGE)
FAILED = 1  # a usable input whose operation failed, e.g. a pack not removed (EXIT_FAILED)


class Hang(Exception):
    """A command ran past :data:`CASE_SECONDS`."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise :class:`Hang` in the main thread after ``seconds`` (a blocking read is interrupted too)."""
    def expired(signum, frame):
        raise Hang(f"больше {seconds} с")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*argv: str) -> Run:
    """``chat-trainer ARGV`` in-process; an exception other than the usage SystemExit is a crash."""
    out, err = io.StringIO(), io.StringIO()
    with time_limit(CASE_SECONDS), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse only
            code = exc.code if isinstance(exc.code, int) else 2
    result = Run(code, out.getvalue(), err.getvalue())
    assert "Traceback" not in result.out + result.err, result
    return result


def refused_clearly(run: Run, *words: str, code: int = REFUSED) -> None:
    assert run.code == code, run
    text = run.out + run.err
    assert "ошибка" in text.lower() or "не " in text, run
    for word in words:
        assert word in text, (word, run)


def tree(root: Path) -> dict[str, str]:
    """Relative path → digest of every file (and "dir" for each folder) under ``root``."""
    found = {}
    for dirpath, dirs, files in os.walk(root):
        for name in dirs:
            found[Path(dirpath, name).relative_to(root).as_posix()] = "dir"
        for name in files:
            path = Path(dirpath, name)
            found[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def no_leftovers(root: Path, allowed: tuple[str, ...]) -> None:
    """Nothing under ``root`` but the ``allowed`` paths (and what is inside them); no hidden temporary
    folder of the installer or builder anywhere."""
    for rel in tree(root):
        assert rel == "." or any(rel == a or rel.startswith(a + "/") for a in allowed), f"written outside: {rel}"
        name = rel.rsplit("/", 1)[-1]
        assert not name.startswith((".install-", ".remove-", ".build-")), f"left behind: {rel}"


# ---------------------------------------------------------------- pack folders (TOML)

MINI_FILES = {p.relative_to(DATA / "mini").as_posix(): p.read_bytes()
              for p in sorted((DATA / "mini").rglob("*")) if p.is_file()}
TOML_FILES = [name for name in MINI_FILES if name.endswith(".toml")]
TOML_TOKENS = ["a", "b", "x-", "1", "=", ".", " ", "[", "]", "[[", "]]", "{", "}", ",", '"', "'", '"""', "'''",
               "#", "\n", "\\", "true", "1e309", "nan", "-inf", "1979-05-27T07:32:00Z", "ё", "\x00", "\ufeff",
               "\r\n", "id", "format", "version", "[files]", "[[question]]", "[[course]]", "[[course.lesson]]"]


def dotted(parts: int) -> str:
    return "x-" + ".a" * parts + " = 1\n"


def nested(depth: int, open_: str = "[", close: str = "]") -> str:
    return "x = " + open_ * depth + close * depth + "\n"


@st.composite
def hostile_toml(draw, big: bool = False) -> str:
    """A TOML text built to hurt a parser: long dotted keys, deep brackets, long keys, token soup."""
    scale = 200_000 if big else 3_000
    how = draw(st.sampled_from(["dotted", "header", "brackets", "inline", "key", "soup"]))
    if how == "dotted":
        return dotted(draw(st.integers(1, scale)))
    if how == "header":
        return "[" + ".".join(["t"] * draw(st.integers(1, scale))) + "]\nx = 1\n"
    if how == "brackets":
        return nested(draw(st.integers(1, scale)))
    if how == "inline":
        depth = draw(st.integers(1, scale // 10))
        return "x = " + "{a = " * depth + "1" + "}" * depth + "\n"
    if how == "key":
        return "k" * draw(st.integers(1, scale * 10)) + " = 1\n"
    return "".join(draw(st.lists(st.sampled_from(TOML_TOKENS), max_size=200)))


@st.composite
def hostile_pack_folder(draw, big: bool = False) -> dict[str, bytes]:
    """The small valid pack with one of its TOML files replaced, extended or cut by hostile TOML."""
    files = dict(MINI_FILES)
    name = draw(st.sampled_from(TOML_FILES))
    text = files[name].decode("utf-8")
    bad = draw(hostile_toml(big))
    where = draw(st.sampled_from(["append", "replace", "insert"]))
    if where == "append":
        text += "\n" + bad
    elif where == "replace":
        text = bad
    else:
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + bad + text[cut:]
    files[name] = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:  # now and then a deep folder or an odd file name too
        files["/".join(["d"] * draw(st.integers(1, 12))) + "/x.txt"] = b"x"
    return files


def check_pack_folder(files: dict[str, bytes]) -> str:
    """validate, build and install agree: a folder that builds installs; a refusal is clear and clean."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = root / "src"
        for rel, data in files.items():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            (src / rel).write_bytes(data)
        before = tree(src)
        data_dir = root / "data"
        out = root / "out" / "p.ctpack"
        validated = run_cli("pack", "validate", src)
        assert validated.code in (0, REFUSED), validated
        built = run_cli("pack", "build", src, "-o", out)
        assert (built.code == 0) == (validated.code == 0), ("validate and build disagree", validated, built)
        if built.code == 0:
            installed = run_cli("--data-dir", data_dir, "pack", "install", out)
            assert installed.code == 0, ("pack build made a file pack install refuses", installed)
            outcome = "installed"
        else:
            refused_clearly(built)
            assert not out.exists()
            outcome = "refused"
        assert tree(src) == before  # the source folder is only read
        no_leftovers(root, ("src", "out/p.ctpack", "out", "data"))
        return outcome


# ---------------------------------------------------------------- archives

NASTY_NAMES = ["a\r.toml", "\x1b[2Ja.toml", "a\x07b.toml", "\u202etxt.toml", "x\x00.toml", "\x00evil.toml",
               "/".join(["d"] * 9) + "/x.toml", "a" * 250 + ".toml"]


@st.composite
def hostile_archive(draw) -> bytes:
    """A mutated build of the small pack (tests/packs/fuzzing.py), or one with an entry of a nasty name."""
    if draw(st.integers(0, 3)):
        return draw(mutated())
    from .fuzzing import entries_of, seed_archive, zip_of
    entries = entries_of(seed_archive())
    nasty = draw(st.sampled_from(NASTY_NAMES))
    placeholder = "Н" + "N" * (len(nasty.encode("utf-8")) - 2)  # not ASCII: zipfile marks the names UTF-8
    entries[placeholder] = b"x = 1\n"
    # zipfile cuts a name at NUL when writing: put the raw bytes in afterwards, in both headers
    return zip_of(entries).replace(placeholder.encode(), nasty.encode("utf-8"))


def check_archive_install(data: bytes) -> str:
    """``pack install`` into a fresh data folder: installed whole, or refused leaving nothing at all; and
    ``pack validate`` agrees."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        file = root / "in.ctpack"
        file.write_bytes(data)
        data_dir = root / "data"
        validated = run_cli("pack", "validate", file)
        installed = run_cli("--data-dir", data_dir, "pack", "install", file)
        assert installed.code in (0, REFUSED), installed
        assert (installed.code == 0) == (validated.code == 0), ("validate and install disagree", validated,
                                                                 installed)
        shown = installed.out + installed.err
        assert not any(c in shown for c in "\r\x1b\x00\x07\u202e"), f"control character echoed raw: {shown!r}"
        if installed.code == 0:
            [pack] = [p for p in (data_dir / "packs").iterdir()]
            assert run_cli("pack", "validate", pack).code == 0
            outcome = "installed"
        else:
            refused_clearly(installed)
            assert not data_dir.exists(), "a refused install left a folder behind"
            outcome = "refused"
        no_leftovers(root, ("in.ctpack", "data"))
        return outcome


# ---------------------------------------------------------------- quiz banks

GIFT_TOKENS = ["::", "Заголовок", "{", "}", "=", "~", "#", "####", "->", "%50%", "%-100%", "%nan%", "%1e400%",
               "TRUE", "FALSE", "T", "F", "\\{", "\\}", "\\=", "\\", "$CATEGORY: ", "top/a/", "a/" * 200,
               "\n\n", "\n", " ", "1..2", "1:0.5", "1:nan", "inf", "-1e400", "9" * 400, ":", "[html]", "[markdown]",
               "<b>", "&amp;", "&#0;", "// комментарий", "Вопрос?", "ответ", "\x00", "\ufeff", "\r"]
XML_VALUES = ["1", "0", "-1", "0.5", "abc", "", "nan", "inf", "-inf", "1e400", "1e308", "9" * 400, "1,5", " 2 ",
              "100", "-100", "33.33333", "&amp;", "<![CDATA[x]]>", "\x01"]
XML_TYPES = ["multichoice", "truefalse", "shortanswer", "matching", "numerical", "essay", "cloze", "", "категория"]


GIFT_SEED = ("$CATEGORY: $course$/top/Этикет\n\n"
             "::Приветствие:: Как начать ответ клиенту? {=Здравствуйте! ~Привет ~Чё надо#Грубо}\n\n"
             "::Время:: Сколько минут ждать ответа в чате? {#2:1}\n\n"
             "::Капс:: Писать КАПСОМ вежливо. {F}\n\n"
             "::Пары:: Сопоставьте. {=Привет -> Здравствуйте =Спс -> Спасибо =Ок -> Хорошо}\n")


@st.composite
def hostile_gift(draw) -> bytes:
    """A small valid GIFT bank with hostile tokens put in, or a soup of GIFT tokens."""
    if draw(st.integers(0, 3)):
        text = GIFT_SEED
        for _ in range(draw(st.integers(0, 4))):
            pos = draw(st.integers(0, len(text)))
            text = text[:pos] + draw(st.sampled_from(GIFT_TOKENS)) + text[pos:]
    else:
        text = "".join(draw(st.lists(st.sampled_from(GIFT_TOKENS), min_size=1, max_size=120)))
    return text.encode("utf-8", "surrogatepass")


GOOD = {"fraction": ["100", "0", "50", "-100"], "text": ["да", "нет", "Здравствуйте", "2", "3.5"],
        "tolerance": ["0", "0.5"], "penalty": ["0", "0.3333333"], "single": ["true", "false"]}


@st.composite
def hostile_moodle_xml(draw) -> bytes:
    """Moodle XML questions whose values are now and then hostile (nan, inf, 400 digits, «abc», deep
    categories), sometimes cut short or with a DOCTYPE."""
    def value(field: str) -> str:
        if draw(st.integers(0, 9)) == 0:  # one value in ten hostile: most files still hold good questions
            return draw(st.sampled_from(XML_VALUES))
        return draw(st.sampled_from(GOOD[field]))

    questions = []
    for _ in range(draw(st.integers(1, 6))):
        qtype = draw(st.sampled_from(XML_TYPES + ["category"]))
        if qtype == "category":
            depth = draw(st.sampled_from([1, 3, 200, 5000]))
            questions.append(f'<question type="category"><category><text>$course$/{"/".join(["к"] * depth)}'
                             f"</text></category></question>")
            continue
        answers = "".join(
            f'<answer fraction="{value("fraction")}"><text>{value("text")}</text>'
            f'<tolerance>{value("tolerance")}</tolerance><feedback><text>{value("text")}</text></feedback></answer>'
            for _ in range(draw(st.integers(0, 4))))
        subs = "".join(f'<subquestion><text>{value("text")}</text><answer><text>{value("text")}</text></answer>'
                       f"</subquestion>" for _ in range(draw(st.integers(0, 3))))
        questions.append(f'<question type="{qtype}"><name><text>{value("text")}</text></name>'
                         f'<questiontext><text>Вопрос {value("text")}</text></questiontext>'
                         f'<penalty>{value("penalty")}</penalty><single>{value("single")}</single>{answers}{subs}'
                         f"</question>")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"
    cut = draw(st.sampled_from(["none", "none", "none", "truncate", "doctype"]))
    if cut == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif cut == "doctype":
        text = text.replace("<quiz>", '<!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz>')
    return text.encode("utf-8", "surrogatepass")


def check_quiz_import(data: bytes, suffix: str) -> str:
    """``quiz import``: a pack folder that validates, or a refusal naming the user's file and nothing
    written."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bank = root / f"bank{suffix}"
        bank.write_bytes(data)
        out = root / "out"
        imported = run_cli("quiz", "import", bank, "-o", out)
        assert imported.code in (0, REFUSED), imported
        if imported.code == 0:
            assert run_cli("pack", "validate", out).code == 0, "the imported pack does not validate"
            outcome = "imported"
        else:
            refused_clearly(imported)
            errors = [line for line in imported.err.splitlines() if line.startswith("ошибка: ")]
            assert errors and all(line.startswith(f"ошибка: {bank.name}") for line in errors), \
                ("an error not about the user's file", imported.err)
            assert not out.exists(), "a refused import left a folder behind"
            outcome = "refused"
        no_leftovers(root, (bank.name, "out"))
        return outcome


# ---------------------------------------------------------------- databases

_TEMPLATE: dict[str, bytes] = {}


def data_dir_template() -> dict[str, bytes]:
    """A data folder (built once): the small pack installed, two attempts on it and one on another pack."""
    if not _TEMPLATE:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            data_dir = root / "data"
            run_cli("pack", "build", DATA / "mini", "-o", root / "mini.ctpack")
            run_cli("--data-dir", data_dir, "pack", "install", root / "mini.ctpack")
            with open_store(data_dir) as store:
                profile = store.profiles.create("Анна")
                for pack_id in ("mini", "mini", "other"):
                    store.attempts.save_result(profile.id, pack_id=pack_id, exercise_id="q", score=50.0,
                                               passed=False, record=QuizRecord(seed=1, order=("a",)),
                                               started_at="2026-12-01T10:00:00")
            for path in data_dir.rglob("*"):
                if path.is_file():
                    _TEMPLATE[path.relative_to(data_dir).as_posix()] = path.read_bytes()
    return _TEMPLATE


@st.composite
def hostile_database(draw) -> bytes:
    """The template's database damaged: an unknown or newer schema version, cut short, bytes flipped,
    emptied, or replaced by something else."""
    db = bytearray(data_dir_template()[DB_FILENAME])
    how = draw(st.sampled_from(["version", "version", "truncate", "flip", "empty", "garbage"]))
    if how == "version":
        version = draw(st.sampled_from([-1, -2**31, 3, 99, 9999, 2**31 - 1]))
        db[60:64] = version.to_bytes(4, "big", signed=True)  # PRAGMA user_version lives in the header
    elif how == "truncate":
        del db[draw(st.integers(0, len(db) - 1)):]
    elif how == "flip":
        for _ in range(draw(st.integers(1, 6))):
            pos = draw(st.integers(0, len(db) - 1))
            db[pos] ^= draw(st.integers(1, 255))
    elif how == "empty":
        db = bytearray()
    else:
        db = bytearray(draw(st.binary(max_size=4096)))
    return bytes(db)


def check_remove_with_database(db: bytes) -> str:
    """``pack remove --delete-progress`` on a data folder with a damaged database: the pack and its
    results both go, or the command refuses and the pack folder and the database stay exactly as they
    were."""
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        for rel, data in data_dir_template().items():
            (data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (data_dir / rel).write_bytes(data)
        (data_dir / DB_FILENAME).write_bytes(db)
        pack_before = tree(data_dir / "packs")
        removed = run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes", "--delete-progress")
        assert removed.code in (0, FAILED), removed
        if removed.code == 0:
            assert not (data_dir / "packs" / "mini").exists()
            outcome = "removed"
        else:
            refused_clearly(removed, "не удалён", code=FAILED)
            assert tree(data_dir / "packs") == pack_before, "the pack was half-removed"
            assert (data_dir / DB_FILENAME).read_bytes() == db, "a refused removal changed the database"
            outcome = "refused"
        no_leftovers(Path(tmp), ("data",))
        listed = run_cli("--data-dir", data_dir, "pack", "list")
        assert listed.code == 0, listed
        shutil.rmtree(data_dir)
        return outcome
