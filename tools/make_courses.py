#!/usr/bin/env python3
"""Generate the built-in typing courses: exercises/{ru,en}-typing/typing.toml.

Deterministic: every lesson has its own random generator seeded with the
lesson id, so the same sources (and wordfreq 3.1.1) give the same files byte
for byte, and a new lesson changes no other lesson's text unless it changes
the letters learnt before it.

Sources (all UTF-8, in ``tools/course_sources``):

``{lang}_phrases.txt``
    Hand-written material in sections. ``## name`` starts a section, lines
    starting with ``#`` are comments, every other non-empty line is a piece
    of text; the pieces of a section are joined with spaces. Sections are
    used by the lessons that name them (see ``COURSES`` below).
``{lang}_timed.txt``
    Texts of the timed tests: ``## id | title`` and then the text.
``blocklist_{lang}.txt``
    Words never used (names, abbreviations, rude or odd tokens), separated by
    white space; ``#`` starts a comment. Also keeps drill groups from spelling them.
``short_words_{lang}.txt``
    The only words of one or two letters that may be used.
``ru_yo_keep.txt``
    Russian words spelt with е that stay although a ё-form exists (все/всё).

Real words come from ``wordfreq.top_n_list``: a word is used only when all
its letters have been learnt. Where there are too few such words (the first
lessons), short letter drills fill the lesson.

Usage: python tools/make_courses.py [--out DIR] [--words]
(``--words`` prints the real words each lesson uses, for checking by eye).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path

from wordfreq import top_n_list, word_frequency

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = HERE / "course_sources"
sys.path.insert(0, str(ROOT))

from app.core.text_check import normalise_text  # noqa: E402

WRAP = 72
KEYS_TARGET = 480  # a keys lesson grows until it has at least this many characters
WORDS_TARGET = 620
WORDFREQ_N = {"ru": 25000, "en": 20000}
VOWELS = {"ru": "аеёиоуыэюя", "en": "aeiouy"}
LETTERS = {"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "en": "abcdefghijklmnopqrstuvwxyz"}


@dataclass(frozen=True)
class L:
    """One lesson of a course, as the generator builds it."""

    id: str
    title: str
    stage: str  # keys | words | phrases
    kind: str  # keys | review | hand | words
    new: str = ""  # new_keys of the lesson
    partner: str = ""  # for a single new letter: a learnt key to drill it with
    section: str = ""  # hand-written section appended (keys) or used (hand, words)
    ranks: tuple[int, int] = (0, 0)  # words: frequency ranks of the clean word list
    lengths: tuple[int, int] = (2, 8)  # words: allowed word lengths


RU_LESSONS = [
    L("ru-home-ao", "Основная позиция: А и О", "keys", "keys", "ао"),
    L("ru-home-vl", "Основная позиция: В и Л", "keys", "keys", "вл"),
    L("ru-home-yd", "Основная позиция: Ы и Д", "keys", "keys", "ыд"),
    L("ru-home-fzh", "Основная позиция: Ф и Ж", "keys", "keys", "фж"),
    L("ru-home-review-1", "Повторение: ФЫВА ОЛДЖ", "keys", "review"),
    L("ru-home-pr", "Основной ряд: П и Р", "keys", "keys", "пр"),
    L("ru-home-e", "Основной ряд: Э", "keys", "keys", "э", partner="ж"),
    L("ru-home-review-2", "Повторение: весь основной ряд", "keys", "review"),
    L("ru-top-ke", "Верхний ряд: К и Е", "keys", "keys", "ке"),
    L("ru-top-ng", "Верхний ряд: Н и Г", "keys", "keys", "нг"),
    L("ru-top-ush", "Верхний ряд: У и Ш", "keys", "keys", "уш"),
    L("ru-top-tsshch", "Верхний ряд: Ц и Щ", "keys", "keys", "цщ"),
    L("ru-top-yz", "Верхний ряд: Й и З", "keys", "keys", "йз"),
    L("ru-top-khhard", "Верхний ряд: Х и Ъ", "keys", "keys", "хъ"),
    L("ru-top-review", "Повторение: верхний ряд", "keys", "review"),
    L("ru-bottom-mi", "Нижний ряд: М и И", "keys", "keys", "ми"),
    L("ru-bottom-tsoft", "Нижний ряд: Т и Ь", "keys", "keys", "ть"),
    L("ru-bottom-sb", "Нижний ряд: С и Б", "keys", "keys", "сб"),
    L("ru-bottom-chyu", "Нижний ряд: Ч и Ю", "keys", "keys", "чю"),
    L("ru-bottom-ya", "Нижний ряд: Я", "keys", "keys", "я", partner="ф"),
    L("ru-bottom-yo-dot", "Буква Ё и точка", "keys", "keys", "ё.", partner="ф", section="ru-dot"),
    L("ru-bottom-review", "Повторение: все буквы", "keys", "review"),
    L("ru-shift", "Заглавные буквы: Shift", "keys", "hand", section="ru-shift"),
    L("ru-punct-comma", "Запятая", "keys", "hand", ",", section="ru-comma"),
    L("ru-punct-marks", "Знаки ! ? : ;", "keys", "hand", "!?:;", section="ru-marks"),
    L("ru-punct-dash-quotes", "Дефис, тире и кавычки", "keys", "hand", '-"', section="ru-dash-quotes"),
    L("ru-digits-left", "Цифры 1 2 3 4 5", "keys", "hand", "12345", section="ru-digits-left"),
    L("ru-digits-right", "Цифры 6 7 8 9 0", "keys", "hand", "67890", section="ru-digits-right"),
    L("ru-digits-signs", "Знаки № % ( ) +", "keys", "hand", "№%()+", section="ru-signs"),
    L("ru-words-top", "Слова: самые частые", "words", "words", ranks=(0, 400), lengths=(2, 7)),
    L("ru-words-common", "Слова: частые", "words", "words", ranks=(400, 3000), lengths=(4, 8)),
    L("ru-words-long", "Слова: длинные", "words", "words", ranks=(0, 10000), lengths=(9, 14)),
    L("ru-words-operator", "Слова оператора", "words", "hand", section="ru-operator-words"),
    L("ru-phr-greetings", "Фразы: приветствие", "phrases", "hand", section="greetings"),
    L("ru-phr-questions", "Фразы: уточняющие вопросы", "phrases", "hand", section="questions"),
    L("ru-phr-apologies", "Фразы: извинения", "phrases", "hand", section="apologies"),
    L("ru-phr-waiting", "Фразы: ожидание ответа", "phrases", "hand", section="waiting"),
    L("ru-phr-orders", "Фразы: номера заказов", "phrases", "hand", section="orders"),
    L("ru-phr-dates", "Фразы: даты и сроки", "phrases", "hand", section="dates"),
    L("ru-phr-times", "Фразы: время", "phrases", "hand", section="times"),
    L("ru-phr-phones", "Фразы: номера телефонов", "phrases", "hand", section="phones"),
    L("ru-phr-email", "Фразы: электронная почта и ссылки", "phrases", "hand", section="email"),
    L("ru-phr-money", "Фразы: суммы и оплата", "phrases", "hand", section="money"),
    L("ru-phr-closing", "Фразы: завершение диалога", "phrases", "hand", section="closing"),
]

EN_LESSONS = [
    L("en-home-fj", "Home row: F and J", "keys", "keys", "fj"),
    L("en-home-dk", "Home row: D and K", "keys", "keys", "dk"),
    L("en-home-sl", "Home row: S and L", "keys", "keys", "sl"),
    L("en-home-a-semicolon", "Home row: A and ;", "keys", "keys", "a;", partner="d", section="en-semicolon"),
    L("en-home-review-1", "Review: ASDF JKL;", "keys", "review"),
    L("en-home-gh", "Home row: G and H", "keys", "keys", "gh"),
    L("en-top-ei", "Top row: E and I", "keys", "keys", "ei"),
    L("en-top-ru", "Top row: R and U", "keys", "keys", "ru"),
    L("en-top-ty", "Top row: T and Y", "keys", "keys", "ty"),
    L("en-top-wo", "Top row: W and O", "keys", "keys", "wo"),
    L("en-top-qp", "Top row: Q and P", "keys", "keys", "qp"),
    L("en-top-review", "Review: top row", "keys", "review"),
    L("en-bottom-vm", "Bottom row: V and M", "keys", "keys", "vm"),
    L("en-bottom-bn", "Bottom row: B and N", "keys", "keys", "bn"),
    L("en-bottom-c-comma", "Bottom row: C and comma", "keys", "keys", "c,", partner="d", section="en-comma"),
    L("en-bottom-x-period", "Bottom row: X and full stop", "keys", "keys", "x.", partner="s", section="en-period"),
    L("en-bottom-z-slash", "Bottom row: Z and /", "keys", "keys", "z/", partner="a", section="en-slash"),
    L("en-bottom-review", "Review: all letters", "keys", "review"),
    L("en-shift", "Capital letters: Shift", "keys", "hand", section="en-shift"),
    L("en-punct-apostrophe", "Apostrophe and quotes", "keys", "hand", "'\"", section="en-apostrophe"),
    L("en-punct-marks", "Marks ! ? : -", "keys", "hand", "!?:-", section="en-marks"),
    L("en-digits-left", "Digits 1 2 3 4 5", "keys", "hand", "12345", section="en-digits-left"),
    L("en-digits-right", "Digits 6 7 8 9 0", "keys", "hand", "67890", section="en-digits-right"),
    L("en-digits-signs", "Signs @ # $ % & ( ) +", "keys", "hand", "@#$%&()+", section="en-signs"),
    L("en-words-top", "Words: the most frequent", "words", "words", ranks=(0, 400), lengths=(2, 7)),
    L("en-words-common", "Words: frequent", "words", "words", ranks=(400, 3000), lengths=(4, 8)),
    L("en-words-long", "Words: long", "words", "words", ranks=(0, 10000), lengths=(9, 14)),
    L("en-words-support", "Words of support work", "words", "hand", section="en-support-words"),
    L("en-phr-greetings", "Phrases: greetings", "phrases", "hand", section="greetings"),
    L("en-phr-questions", "Phrases: clarifying questions", "phrases", "hand", section="questions"),
    L("en-phr-apologies", "Phrases: apologies and waiting", "phrases", "hand", section="apologies"),
    L("en-phr-orders", "Phrases: orders, dates and times", "phrases", "hand", section="orders"),
    L("en-phr-contacts", "Phrases: e-mail and phone", "phrases", "hand", section="contacts"),
    L("en-phr-money", "Phrases: payments and refunds", "phrases", "hand", section="money"),
    L("en-phr-closing", "Phrases: closing the chat", "phrases", "hand", section="closing"),
]

COURSES = {
    "ru": dict(pack="ru-typing", id="ru-touch", title="Слепая печать на ЙЦУКЕН", lessons=RU_LESSONS),
    "en": dict(pack="en-typing", id="en-touch", title="Touch typing on QWERTY", lessons=EN_LESSONS),
}


# ---------------------------------------------------------------- sources

def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def read_sections(path: Path) -> dict[str, str]:
    """``## name`` sections of a source file, each joined into one text."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for n, raw in enumerate(read_lines(path), 1):
        line = raw.strip()
        if line.startswith("## "):
            name = line[3:].strip()
            if name in sections:
                raise SystemExit(f"{path}:{n}: section {name!r} repeated")
            current = sections[name] = []
        elif not line or line.startswith("#"):
            continue
        elif current is None:
            raise SystemExit(f"{path}:{n}: text before the first section")
        else:
            current.append(line)
    return {name: " ".join(lines) for name, lines in sections.items()}


def read_timed(path: Path) -> list[tuple[str, str, str]]:
    texts = []
    for head, text in read_sections(path).items():
        tid, _, title = (part.strip() for part in head.partition("|"))
        if not title:
            raise SystemExit(f"{path}: section {head!r} needs 'id | title'")
        texts.append((tid, title, text))
    return texts


def read_wordset(path: Path) -> set[str]:
    words = set()
    for line in read_lines(path):
        line = line.split("#", 1)[0].strip().lower()
        words.update(line.split())
    return words


# ---------------------------------------------------------------- words

def clean_words(lang: str) -> list[str]:
    """wordfreq's list for ``lang``, most frequent first, without blocked or odd tokens."""
    block = BLOCKED[lang] = read_wordset(SOURCES / f"blocklist_{lang}.txt")
    short = read_wordset(SOURCES / f"short_words_{lang}.txt")
    letters = LETTERS[lang]
    pattern = re.compile(f"[{letters}]+")
    raw = top_n_list(lang, WORDFREQ_N[lang])
    drop_e: set[str] = set()
    if lang == "ru":
        # wordfreq mostly spells ё as е: drop an е-form when its ё-form exists
        # ("еще" beside "ещё"), unless the е-form is a word too ("все" / "всё").
        keep = read_wordset(SOURCES / "ru_yo_keep.txt")
        for w in top_n_list("ru", 100000):
            if "ё" in w:
                e_form = w.replace("ё", "е")
                if e_form not in keep and word_frequency(w, "ru") >= 0.02 * word_frequency(e_form, "ru"):
                    drop_e.add(e_form)
    out, seen = [], set()
    for w in raw:
        if not pattern.fullmatch(w) or w in block or w in drop_e or w in seen:
            continue
        if len(w) <= 2 and w not in short:
            continue
        seen.add(w)
        out.append(w)
    return out


# ---------------------------------------------------------------- text building

def join_wrapped(parts: list[str]) -> str:
    text = " ".join(p for p in parts if p)
    return textwrap.fill(text, WRAP, break_on_hyphens=False, break_long_words=False)


def intro_drill(letters: str, partner: str) -> list[str]:
    """Fixed patterns for the new letters: «аааа оооо аоао оаоа …»."""
    if len(letters) >= 2:
        x, y = letters[0], letters[1]
        return [x * 4, y * 4, (x + y) * 2, (y + x) * 2, x * 2 + y * 2, y * 2 + x * 2,
                x + y + y, y + x + x, x * 3, y * 3, x + y + x, y + x + y]
    if len(letters) == 1:
        x, p = letters, partner
        return [x * 4, x * 3, x + p + x, p + x + p, x * 2 + p * 2, p * 2 + x * 2,
                x + p, p + x, x + p + p, p + x + x, x * 2 + p, p * 2 + x]
    return []


# Drill groups are random: never let one spell (or nearly spell) a rude word.
BAD_GROUPS = {
    "ru": re.compile(r"ху[йеёяюи]|пизд|п[её]з|[её]б|бля|жоп|сук|муд|пид|дроч|гей|хер|говн|ссы|сра|сры|сри|ссу|бух|^[ьъ]|[аеёиоуыэюяьъ][ьъ]"),
    "en": re.compile(r"fu[ck]|cum|fag|nig|ass|tit|sex|xxx|coc|cok|dic|dik|kkk|poo|pee|wtf|gay|jew|fap|cun|twa|pus|hoe|kak|emo|imo"),
}


def fit_group(group: str, lang: str) -> bool:
    return not BAD_GROUPS[lang].search(group) and group not in BLOCKED[lang]


def random_group(rng: random.Random, learned: str, new: str, lang: str) -> str:
    """A short drill group from learnt letters, with at least one new letter.

    Once vowels and consonants are both learnt, groups are syllables («ко ек
    кел»); before that, 2–5 letters at random (no letter three times running).
    """
    vowels = [c for c in learned if c in VOWELS[lang]]
    consonants = [c for c in learned if c not in VOWELS[lang]]
    for _ in range(1000):
        if vowels and consonants:
            pattern = rng.choice(("CV", "VC", "CVC", "CVCV", "VCV", "CVV" if lang == "en" else "CCV"))
            g = ""
            for slot in pattern:
                pool = vowels if slot == "V" else consonants
                fresh = [c for c in new if c in pool]
                g += rng.choice(fresh) if fresh and rng.random() < 0.6 else rng.choice(pool)
        else:
            n = rng.randint(2, 5)
            g = "".join(rng.choice(new) if new and rng.random() < 0.45 else rng.choice(learned)
                        for _ in range(n))
        if (not new or any(c in new for c in g)) and not re.search(r"(.)\1\1", g) and fit_group(g, lang):
            return g
    raise RuntimeError(f"no drill group for {new!r} in {learned!r}")


class WordPicker:
    """Words to repeat in a lesson: cycles through a shuffled pool, refilled when empty."""

    def __init__(self, rng: random.Random, pool: list[str]):
        self.rng, self.pool, self.queue = rng, pool, []

    def __bool__(self) -> bool:
        return bool(self.pool)

    def take(self) -> str:
        if not self.queue:
            self.queue = list(self.pool)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def build_keys_lesson(lesson: L, lang: str, learned: str, words: list[str], used: set[str]) -> str:
    rng = random.Random(lesson.id)
    new_letters = "".join(c for c in lesson.new if c.isalpha())
    learned_letters = "".join(c for c in learned if c.isalpha())
    fits = [w for w in words if set(w) <= set(learned_letters)]
    with_new = [w for w in fits if new_letters and set(w) & set(new_letters)][:40]
    any_fit = fits[:60]
    used.update(with_new + any_fit)
    pick_new, pick_any = WordPicker(rng, with_new), WordPicker(rng, any_fit)

    parts = intro_drill(new_letters, lesson.partner)
    if lesson.kind == "review":
        # the home-row positions, then each pair of the letters learnt
        home = [c for c in ("фываолдж" if "ф" in learned else "asdfjkl;") if c in learned]
        parts = ["".join(home[:4]), "".join(home[4:])] * 3
    section = SECTIONS[lang].get(lesson.section, "") if lesson.section else ""
    budget = KEYS_TARGET - (len(section) + 1 if section else 0)
    focus = new_letters or learned_letters
    # few words with the new letters: use them less often, or they repeat endlessly
    p_new = min(0.7, len(with_new) / 12)
    groups = 3 if len(with_new) + len(any_fit) < 40 else 2
    while len(" ".join(parts)) < budget:
        for _ in range(groups):
            parts.append(random_group(rng, learned_letters, focus, lang))
        for _ in range(6):
            if pick_new and (rng.random() < p_new or not pick_any):
                parts.append(pick_new.take())
            elif pick_any and len(with_new) + len(any_fit) >= 8:
                parts.append(pick_any.take())
            else:
                parts.append(random_group(rng, learned_letters, focus, lang))
    if section:
        parts.append(section)
    return join_wrapped(parts)


def build_words_lesson(lesson: L, words: list[str], used: set[str]) -> str:
    rng = random.Random(lesson.id)
    lo, hi = lesson.ranks
    pool = [w for w in words[lo:hi] if lesson.lengths[0] <= len(w) <= lesson.lengths[1]]
    chosen: list[str] = []
    picker = WordPicker(rng, pool)
    seen: set[str] = set()
    while len(" ".join(chosen)) < WORDS_TARGET:
        w = picker.take()
        if w not in seen:
            seen.add(w)
            chosen.append(w)
    used.update(chosen)
    return join_wrapped(chosen)


# ---------------------------------------------------------------- TOML

def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_text(s: str) -> str:
    """A multi-line string; literal ('''…''') when the text has double quotes or backslashes."""
    if '"' not in s and "\\" not in s:
        return '"""\n' + s + '"""'
    if "'''" not in s and not s.endswith("'"):
        return "'''\n" + s + "'''"
    return '"""\n' + s.replace("\\", "\\\\").replace('"', '\\"') + '"""'


def render(lang: str) -> str:
    spec = COURSES[lang]
    words = clean_words(lang)
    used: set[str] = set()
    out = [
        f"# Built-in typing course ({lang}). Generated by tools/make_courses.py from",
        "# tools/course_sources/ and wordfreq: edit those and run the generator, not this file.",
        "",
        "[[course]]",
        f"id = {toml_str(spec['id'])}",
        f"title = {toml_str(spec['title'])}",
        f"layout = {toml_str(lang)}",
    ]
    learned = ""
    for lesson in spec["lessons"]:
        learned += lesson.new
        if lesson.kind in ("keys", "review"):
            text = build_keys_lesson(lesson, lang, learned, words, used)
        elif lesson.kind == "words":
            text = build_words_lesson(lesson, words, used)
        else:
            text = textwrap.fill(SECTIONS[lang][lesson.section], WRAP,
                                 break_on_hyphens=False, break_long_words=False)
        out += [
            "",
            "[[course.lesson]]",
            f"id = {toml_str(lesson.id)}",
            f"title = {toml_str(lesson.title)}",
            f"stage = {toml_str(lesson.stage)}",
            f"new_keys = {toml_str(lesson.new)}",
            f"text = {toml_text(text)}",
        ]
    for tid, title, text in read_timed(SOURCES / f"{lang}_timed.txt"):
        out += [
            "",
            "[[course.timed]]",
            f"id = {toml_str(tid)}",
            f"title = {toml_str(title)}",
            f"text = {toml_text(textwrap.fill(text, WRAP, break_on_hyphens=False, break_long_words=False))}",
        ]
    USED[lang] = used
    return "\n".join(out) + "\n"


SECTIONS: dict[str, dict[str, str]] = {}
BLOCKED: dict[str, set[str]] = {}
USED: dict[str, set[str]] = {}


def check_roundtrip(doc: str, lang: str) -> None:
    """The TOML parses, and every text survives the wrapping unchanged."""
    data = tomllib.loads(doc)
    course = data["course"][0]
    ids = [x["id"] for x in course["lesson"]] + [x["id"] for x in course["timed"]]
    assert len(ids) == len(set(ids)), f"{lang}: repeated ids"
    for item in course["lesson"] + course["timed"]:
        assert normalise_text(item["text"]) == " ".join(item["text"].split()), item["id"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "app" / "exercises",
                    help="directory that receives ru-typing/ and en-typing/ (default: exercises/)")
    ap.add_argument("--words", action="store_true", help="print the real words used, to check by eye")
    args = ap.parse_args(argv)
    for lang, spec in COURSES.items():
        SECTIONS[lang] = read_sections(SOURCES / f"{lang}_phrases.txt")
        doc = render(lang)
        check_roundtrip(doc, lang)
        target = args.out / spec["pack"] / "typing.toml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.encode("utf-8"))
        print(f"wrote {target}")
        if args.words:
            print(" ".join(sorted(USED[lang])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
