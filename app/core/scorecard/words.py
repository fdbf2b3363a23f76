"""Words of a reply and the phrases the judges look for, compared by normal forms (pymorphy3)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.core.scorecard.card import Span
from app.core.scorecard.text_spans import span_at

_WORD_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
# A part of a sentence between commas, colons, semicolons, dashes and stops: «Передали разработчикам, они уже
# разбираются» has two.
PART_RE = re.compile(r"[^,.!?…\n:;—–]+")
# The same where a dash stays inside the part: «первый — при записи» is one.
DASHED_PART_RE = re.compile(r"[^,.!?…\n:;]+")
CLAUSE_BREAK_RE = re.compile(r"[,;:—–]")  # a mark between two clauses of one sentence
_SENTENCE_RE = re.compile(r"[^.!?…\n]+[.!?…]*")
# Lemmas of the days of the week and the months: a named day or month a customer waits since or gets a thing on.
CALENDAR = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "январь",
                      "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
                      "декабрь"})


@lru_cache(maxsize=1)
def morph():
    import pymorphy3

    from app.core.grammar import pymorphy_speedup
    pymorphy_speedup.apply()
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def analyse(lower: str) -> tuple[frozenset[str], str]:
    """All normal forms of a lower-case word, and the tag of its likeliest parse."""
    if lower.isdigit():
        return frozenset({lower}), "NUMB"
    if not re.search(r"[а-яё]", lower):
        return frozenset({lower}), "LATN"
    parses = morph().parse(lower)
    forms = frozenset(p.normal_form.replace("ё", "е") for p in parses) | {lower.replace("ё", "е")}
    return forms, str(parses[0].tag)


@lru_cache(maxsize=20_000)
def normal_form(lower: str) -> str:
    """The normal form of a word's likeliest parse («перенесу» → «перенести»)."""
    if not re.search(r"[а-яё]", lower):
        return lower
    return morph().parse(lower)[0].normal_form.replace("ё", "е")


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    lemmas: frozenset[str]
    tag: str


def tokenize(text: str) -> list[Token]:
    tokens = []
    for m in _WORD_RE.finditer(text):
        lower = m.group().lower()
        lemmas, tag = analyse(lower)
        tokens.append(Token(m.group(), lower.replace("ё", "е"), m.start(), m.end(), lemmas, tag))
    return tokens


# Courtesy words a QA lead still reads through a typo («извените», «сожелеем», «пишыте»): a word the
# dictionary does not know, one letter off one of these (two for long words), counts as this word too —
# the typo itself is the language item's business.
_COURTESY = ("извините", "извинения", "извиняюсь", "извиняемся", "простите", "прощения", "сожалею", "сожалеем",
             "сочувствую", "сочувствуем", "понимаю", "понимаем", "жаль", "неприятно", "пишите", "напишите",
             "вопросы", "обращайтесь", "помочь", "помогу", "уважением", "спасибо", "связи", "свяжусь", "хорошего",
             "доброго", "удачи", "приятного")


def mend_courtesy(tokens: Sequence[Token]) -> list[Token]:
    mended = []
    for tok in tokens:
        word = _courtesy_word(tok.lower) if len(tok.lower) >= 5 and tok.tag != "LATN" else None
        if word is not None:
            tok = Token(tok.text, tok.lower, tok.start, tok.end, tok.lemmas | analyse(word)[0] | {word}, tok.tag)
        mended.append(tok)
    return mended


@lru_cache(maxsize=5_000)
def _courtesy_word(lower: str) -> str | None:
    if lower in _COURTESY or dictionary_word(lower):
        return None
    for word in _COURTESY:
        if abs(len(word) - len(lower)) <= 1 and edit_distance(lower, word) <= (2 if len(word) >= 8 else 1):
            return word
    return None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, for short words only."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@dataclass(frozen=True)
class Phrase:
    source: str
    words: tuple[str, ...]

    def word_matches(self, i: int, token: Token) -> bool:
        w = self.words[i]
        if w.startswith("="):  # this very form, not any form of the word («=было», not «будет»)
            return token.lower == w[1:]
        if w.endswith("*"):
            return token.lower.startswith(w[:-1])
        return token.lower == w or w in token.lemmas


def make_phrases(entries: Sequence[str]) -> tuple[Phrase, ...]:
    out = []
    for entry in entries:
        words = tuple(w.lower().replace("ё", "е") for w in re.findall(r"=?[0-9A-Za-zА-Яа-яЁё*]+(?:-[A-Za-zА-Яа-яЁё]+)*",
                                                                       entry))
        if words:
            out.append(Phrase(entry, words))
    return tuple(out)


def find_phrases(tokens: Sequence[Token], phrases: Sequence[Phrase], *, gap: int = 1) -> list[tuple[Phrase, Span]]:
    """Every occurrence of each phrase; between two words of a phrase at most ``gap`` other words."""
    index = word_index(tokens)
    hits = []
    for phrase, starts_of, key in _first_words(phrases):
        starts = starts_of(index, key)
        if not starts:
            continue
        n = len(phrase.words)
        for i in starts:
            tok = tokens[i]
            j, k, ok = i, 1, True
            while k < n:
                for step in range(1, gap + 2):
                    if j + step < len(tokens) and phrase.word_matches(k, tokens[j + step]):
                        j += step
                        break
                else:
                    ok = False
                    break
                k += 1
            if ok:
                hits.append((phrase, (tok.start, tokens[j].end - tok.start)))
    return hits


class WordIndex:
    """Where each word stands in a token list, looked up by a phrase's first word (:func:`find_phrases`): by
    the word or one of its normal forms, by this very form («=было»), by its start («оплат*»)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tuple(tokens)
        self.by_word: dict[str, list[int]] = {}  # a word or normal form → where it stands
        self.by_form: dict[str, list[int]] = {}  # this very (lower-case) form → where it stands
        for i, tok in enumerate(self.tokens):
            for key in {tok.lower} | tok.lemmas:
                self.by_word.setdefault(key, []).append(i)
            self.by_form.setdefault(tok.lower, []).append(i)
        self.by_start: dict[str, list[int]] = {}  # filled as starts are asked about

    def word(self, key: str) -> list[int]:
        return self.by_word.get(key, [])

    def form(self, key: str) -> list[int]:
        return self.by_form.get(key, [])

    def start(self, key: str) -> list[int]:
        found = self.by_start.get(key)
        if found is None:
            found = self.by_start[key] = [i for i, tok in enumerate(self.tokens) if tok.lower.startswith(key)]
        return found


_INDEXES_KEPT = 32  # token lists a reply's judges look into over and over (the reply's, the customer's)
_indexes: dict[int, WordIndex] = {}


def word_index(tokens: Sequence[Token]) -> WordIndex:
    """The :class:`WordIndex` of ``tokens``, kept for the token lists last asked about (while they hold the very
    same tokens; the list is kept alive with it, so its id is not reused)."""
    kept = _indexes.get(id(tokens))
    if kept is not None and kept.source is tokens and len(kept.tokens) == len(tokens) and kept.tokens == tuple(tokens):
        return kept
    index = WordIndex(tokens)
    index.source = tokens
    if len(_indexes) >= _INDEXES_KEPT:
        _indexes.clear()
    _indexes[id(tokens)] = index
    return index


_PHRASES_KEPT = 256
_compiled_phrases: dict[int, tuple] = {}


def _first_words(phrases: Sequence[Phrase]) -> list:
    """Each phrase with how its first word is looked up in a :class:`WordIndex` (kept per tuple of phrases)."""
    kept = _compiled_phrases.get(id(phrases))
    if kept is not None and kept[0] is phrases:
        return kept[1]
    out = []
    for phrase in phrases:
        first = phrase.words[0]
        if first.startswith("="):
            out.append((phrase, WordIndex.form, first[1:]))
        elif first.endswith("*"):
            out.append((phrase, WordIndex.start, first[:-1]))
        else:
            out.append((phrase, WordIndex.word, first))
    if isinstance(phrases, tuple):
        if len(_compiled_phrases) >= _PHRASES_KEPT:
            _compiled_phrases.clear()
        _compiled_phrases[id(phrases)] = (phrases, out)
    return out


def parts_with_tokens(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, list[Token]]]:
    """Each part of ``text`` (:data:`PART_RE`: between commas, colons, dashes and stops) as its start, its end and the
    tokens that begin in it — the customer-side walk the reply's own ``Reply.part_at`` / ``tokens_in`` give."""
    return [(m.start(), m.end(), [t for t in tokens if m.start() <= t.start < m.end()]) for m in PART_RE.finditer(text)]


def part_at(text: str, pos: int, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The comma part (start, end) of ``text[start:end]`` (:data:`PART_RE`) that holds ``pos``; None where ``pos`` is
    on a mark."""
    if start == 0 and end is None:
        return span_at(PART_RE, text, pos)
    parts = PART_RE.finditer(text, start, len(text) if end is None else end)
    return next(((m.start(), m.end()) for m in parts if m.start() <= pos < m.end()), None)


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text) if m.group().strip()]


_MESSAGE_BREAK_RE = re.compile(r"(?<=[.!?…])\s+|\n")


def message_sentences(message: str) -> list[str]:
    """A customer's chat message cut into its sentences and lines, as written (empty pieces kept)."""
    return _MESSAGE_BREAK_RE.split(message)


def quote(text: str, spans: Sequence[Span], limit: int = 3) -> str:
    """The quoted fragments a reason cites: «…», «…» и другие."""
    seen: list[str] = []
    kept: list[Span] = []
    for off, ln in sorted(spans, key=lambda s: (s[0], -s[1])):
        if any(off >= k[0] and off + ln <= k[0] + k[1] for k in kept):
            continue
        kept.append((off, ln))
    for off, ln in sorted(kept):
        frag = text[off:off + ln].strip()
        if frag and frag not in seen:
            seen.append(frag)
    shown = ", ".join(f"«{f}»" for f in seen[:limit])
    return shown + (" и другие" if len(seen) > limit else "")


def cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "а" <= c.lower() <= "я" or c.lower() == "ё") / len(letters)


def is_number(tok: Token) -> bool:
    return tok.tag == "NUMB" or tok.tag.startswith("NUMR") or "Anum" in tok.tag


@lru_cache(maxsize=5_000)
def also_indicative(word: str) -> bool:
    return any(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in morph().parse(word))


@lru_cache(maxsize=5_000)
def first_person_future(word: str) -> bool:
    """«поменяю», «исправим» (whose likeliest parse is the adjective «исправимый»): a first-person future among
    the parses — not «давайте решим»'s inclusive form."""
    return any(p.tag.POS == "VERB" and p.tag.tense == "futr" and p.tag.person == "1per" and p.tag.involvement != "incl"
               and p.score >= 0.05 for p in morph().parse(word))


@lru_cache(maxsize=5_000)
def also_imperative(word: str) -> bool:
    """«переключите», «проверьте»: a plural imperative among the parses, though not the likeliest one."""
    return any(p.tag.mood == "impr" and p.tag.number == "plur" and p.tag.involvement != "incl"
               for p in morph().parse(word))


@lru_cache(maxsize=5_000)
def noun_after(before: str, word: str) -> bool:
    """«ручной клади», «без клади», «стали»: a word that reads as a «ты» imperative («клади», «стали») is the noun
    when the word before it is a preposition or an adjective agreeing with one of its noun forms."""
    nouns = [p.tag for p in morph().parse(word) if p.tag.POS == "NOUN"]
    if not nouns:
        return False
    for p in morph().parse(before):
        if p.tag.POS == "PREP":
            return True
        if p.tag.POS in ("ADJF", "PRTF") and any(
                p.tag.case == n.case and p.tag.number == n.number
                and (p.tag.number == "plur" or p.tag.gender == n.gender) for n in nouns):
            return True
    return False


def known_word(lower: str) -> bool:
    if not re.search(r"[а-яё]", lower):
        return lower in {"no", "yes", "not", "stop", "now", "please", "help"}
    parses = morph().parse(lower)
    return any(p.is_known and "Abbr" not in str(p.tag) for p in parses)


@lru_cache(maxsize=5_000)
def dictionary_word(lower: str) -> bool:
    """The morphology dictionary knows this very word (not a guess from its ending)."""
    return any(p.is_known for p in morph().parse(lower))


# «…меня зовут Олег», «Это Анна»; the words stand on their own — «преподавателя Олега» ends in «я» but introduces nobody.
_NAME_RE = re.compile(r"(?<![А-Яа-яЁё])(?i:меня зовут|это|с вами|пишет|я)\s+([А-ЯЁ][а-яё]+)")
# A signature: «Спасибо, Лилия», «С уважением, Роза Каримова», «— Глеб, ООО „Север“», a name on its own line.
_SIGNED_RE = re.compile(r"(?i:с уважением|спасибо|заранее спасибо|благодарю)[,!.]?\s+([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)"
                        r"[\s,.!)]*(?:[^\n]{0,40})$")
# The message ends on a «sentence» that is only a name: «…что не так? Андрей», «…час назад. Лилия Петровна».
_TAIL_NAME_RE = re.compile(r"(?:^|[.!?…)]\s*|\n)\s*[—–-]{0,2}\s*([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+){0,2})"
                           r"(\s*,\s*[^\n.!?\d,]{2,30})?\s*[.!]?$")  # «… Глеб, ООО «Север»»: a firm or a post after it
_LAST_LINE_RE = re.compile(r"(?:^|\n|[.!?]\s)\s*[—–-]?\s*([А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)\s*(?:[,.]?\s*[^\n]{0,30})?$")


def customer_name_from(messages: Sequence[str]) -> str:
    """The name the customer gave in the message («Меня зовут Олег») or signed it with, else ""."""
    for msg in messages:
        m = _NAME_RE.search(msg)
        if m and _is_first_name(m.group(1)):
            return m.group(1)
    for msg in reversed(messages):
        tail = msg.strip()
        for regex in (_SIGNED_RE, _TAIL_NAME_RE, _LAST_LINE_RE):
            m = regex.search(tail)
            if m and regex is _LAST_LINE_RE and not _signature_line(tail, m):
                continue
            if m and regex is _TAIL_NAME_RE and (not _name_words(m.group(1).split()[1:]) or _has_verb(m.group(2) or "")):
                continue
            words = m.group(1).split() if m else []
            if m and regex is _TAIL_NAME_RE and len(words) == 1 and not _is_first_name(words[0]):
                after = (m.group(2) or "").strip(" ,")
                if re.fullmatch(r"[А-ЯЁ][а-яё]+", after) and signed_name(after):
                    return after  # «Внук, Павел», «Бухгалтер, Ольга»: who the customer is, then the name
            if len(words) in (2, 3) and not signed_name(words[0]) and signed_name(words[1]) \
                    and (len(words) == 2 or _patronymic(words[2])):
                # «Каримов Тимур», «Орлов Виктор Сергеевич»: the surname first, the patronymic kept
                return " ".join(words[1:])
            if m and (_is_first_name(words[0]) or _named_with_patronymic(words) or _alone_on_last_line(tail, words)):
                keep = words[:1] + [w for w in words[1:2] if _patronymic(w)]
                return " ".join(keep)
    return ""


def signed_name(word: str, *, known: bool = False) -> bool:
    """A first name as one signs with it — in the nominative («Каримов» is a surname, or «of the Karims»); with
    ``known``, only a name the dictionary knows (not a guess from its ending)."""
    return any("Name" in str(p.tag) and p.tag.case == "nomn" and p.tag.number == "sing" and p.score >= 0.1
               and (p.is_known or not known) for p in morph().parse(word.lower())[:3])


def _signature_line(tail: str, m: re.Match) -> bool:
    """«\nВера», «— Глеб, ООО „Север“»: a name alone on its line, or a likely name with no figures after it
    («Бронь 77812.» ends a sentence about a booking, it signs nothing)."""
    rest = tail[m.end(1):]
    if re.search(r"\d", rest) or re.match(r"\s+[а-яё]", rest) and _has_verb(_past_particles(rest)):
        return False  # «Токен перевыпустили.»: a subject with its verb, a sentence, not a signature
    line_start = tail.rfind("\n", 0, m.start(1)) + 1
    if not tail[line_start:m.start(1)].strip(" —–-") and not rest.strip():
        return True
    return "Name" in str(morph().parse(m.group(1).split()[0].lower())[0].tag)


# Particles between a subject and its verb: «Ретраи не помогают», «Коды тоже не приходят».
_PARTICLES = frozenset({"не", "ни", "уже", "тоже", "также", "же", "всё", "все", "так", "и", "совсем", "вообще", "никак",
                        "опять", "снова", "до", "сих", "пор"})


def _past_particles(rest: str) -> str:
    """The first word after a capitalised word that is no particle: «не помогают» — «помогают»."""
    words = re.findall(r"[а-яё]+", rest.lower())
    return next((w for w in words if w not in _PARTICLES), "")


def _alone_on_last_line(tail: str, words: Sequence[str]) -> bool:
    """«…Верните всю сумму.\nРоман»: one capitalised word alone on the message's last line signs it when the dictionary
    reads it as a first name at all, however rarely («роман» is mostly a novel)."""
    last = tail.rsplit("\n", 1)
    return len(last) == 2 and len(words) == 1 and last[1].strip(" —–-.!") == words[0] \
        and any("Name" in str(p.tag) for p in morph().parse(words[0].lower()))


def _has_verb(text: str) -> bool:
    """«…, помогите»: a verb makes the words after a name a request, not a firm or a post."""
    return any(morph().parse(w)[0].tag.POS in ("VERB", "INFN") for w in re.findall(r"[а-яё]+", text.lower()))


def _name_words(words: Sequence[str]) -> bool:
    """«Петровна», «Каримова»: what follows a first name in a signature is a patronymic or a surname."""
    return all(any(g in str(p.tag) for p in morph().parse(w.lower())[:3] for g in ("Patr", "Surn", "Name"))
               for w in words)


def _patronymic(word: str) -> bool:
    """The word's likeliest reading is a patronymic («Сергеевич», «Андреевна»)."""
    return "Patr" in str(morph().parse(word.lower())[0].tag)


def _named_with_patronymic(words: Sequence[str]) -> bool:
    """«Роман Ильич», «Вера Петровна»: a word the dictionary rarely reads as a name («роман», «вера») is one when a
    patronymic follows it."""
    return len(words) >= 2 and _patronymic(words[1]) \
        and any("Name" in str(p.tag) for p in morph().parse(words[0].lower()))


def _is_first_name(word: str) -> bool:
    return any("Name" in str(p.tag) and p.score >= 0.1 for p in morph().parse(word.lower())[:3])
