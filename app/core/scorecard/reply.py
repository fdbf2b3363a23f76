"""A reply as the judges see it: normalised, capped, tokenised, with what the customer wrote."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from app.core.content import CorrespondenceTask, CustomerTurn
from app.core.scorecard.card import Grammar, Span
from app.core.scorecard.customer import CustomerState, read_customer
from app.core.scorecard.latin_names import latin_signature
from app.core.scorecard.signed_names import foreign_signature
from app.core.scorecard.text_spans import sorted_span_at
from app.core.scorecard.lexicon import Lexicon, load_lexicon
from app.core.scorecard.words import (
    PART_RE, Token, also_imperative, also_indicative, customer_name_from, cyrillic_share, dictionary_word, edit_distance,
    find_phrases, mend_courtesy, noun_after, part_at, sentences, tokenize,
)
from app.core.phrase import phrase

# Only this much of a reply is analysed: a 100 KB paste is judged on its start (and fails on length).
ANALYSIS_CAP = 5000
# Words after which a verb still opens its clause: «и проверьте», «затем нажмите».
_CLAUSE_OPENERS = frozenset({"и", "затем", "потом", "сначала", "пожалуйста", "также", "просто", "теперь", "тогда"})
_TELLING = frozenset({"подсказать", "сказать", "ответить", "объяснить", "знать"})
_HARD_TO = frozenset({"сложно", "трудно", "затрудняюсь"})
_PAST_MODALS = frozenset({"стоило", "следовало", "требовалось"})
# Verbs of telling the customer: «об этом стоило сказать заранее» owns the company's failure to tell.
_INFORMING = frozenset({"сказать", "сообщить", "предупредить", "уведомить", "написать", "объяснить", "упомянуть",
                        "указать", "рассказать", "оповестить", "проинформировать"})
_WHO_SHOULD = frozenset({"вы", "вам", "нам", "мне", "нас"})
_MODALS = frozenset({"нужно", "надо", "необходимо", "следует", "стоит"})
_ON_YOUR_OWN = frozenset({"самостоятельно", "сами", "самим"})
_LIST_MARK_RE = re.compile(r"(?:^|[\s;:,(])(?:\d{1,2}|[А-Яа-яA-Za-z])\)$")
_EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\U00002600-\U000027BF\U0001F000-\U0001F2FF\U0001F900-\U0001F9FF]"
                       "|[:;]-?[)(DP]|\\){2,}|\\({2,}")
_START = attrgetter("start")  # a token's offset, the key its bisection looks up


@dataclass
class Reply:
    reply: str  # the whole reply, normalised
    text: str  # the part analysed (at most ANALYSIS_CAP characters, never half a word)
    tokens: list[Token]
    customer_name: str
    customer: CustomerState  # complaint, anger, urgency, repeated contact, confusion; a question or not
    customer_messages: list[str]
    lex: Lexicon
    language: str = "ru"
    grammar: Grammar | None = None
    task: CorrespondenceTask | None = None
    turn: CustomerTurn | None = None  # the scripted follow-up being answered, in a multi-turn task
    seconds: float | None = None
    wrong_language: bool = False
    notes: list[str] = field(default_factory=list)  # about the input: empty, capped, wrong language

    @property
    def complaint(self) -> bool:
        """Empathy or an apology is due."""
        return self.customer.needs_empathy

    @property
    def empty(self) -> bool:
        return not self.tokens

    @property
    def full_len(self) -> int:
        return len(self.reply.strip())

    @cached_property
    def customer_tokens(self) -> list[Token]:
        """The customer's messages, one per line, tokenised once for every rule that reads them."""
        return tokenize("\n".join(self.customer_messages))

    @cached_property
    def customer_lemmas(self) -> frozenset[str]:
        """Every lemma of every word the customer wrote."""
        return frozenset().union(*(t.lemmas for t in self.customer_tokens))

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentences(self.text)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The reply's tokens that start inside [start, end): a word the start cuts is left out, one the end cuts
        is kept (the tokens are in text order, so found by bisection)."""
        return self.tokens[bisect_left(self.tokens, start, key=_START):bisect_left(self.tokens, end, key=_START)]

    def statement_clauses(self):
        """The token lists of the reply's clauses (split at commas, colons, dashes and stops) outside its questions:
        what the operator states, where blame, defence and lecturing are read."""
        for start, end in self.sentences:
            if self.text[start:end].rstrip().endswith("?"):
                continue
            for m in PART_RE.finditer(self.text, start, end):
                words = self.tokens_in(m.start(), m.end())
                if words:
                    yield words

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence (start, end) that holds this position; the whole text where none does."""
        return sorted_span_at(self.sentences, self._sentence_starts, pos) or (0, len(self.text))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def part_at(self, pos: int) -> tuple[int, int] | None:
        """The comma part (start, end) — the text between marks, :data:`words.PART_RE` — that holds this position;
        None where the position is on a mark."""
        return part_at(self.text, pos)

    @cached_property
    def emoji(self) -> list[Span]:
        """Emoji, «:)», «))», and a lone «)» that closes no «(»: a smiley, not a bracket — unless it numbers a
        step («1) упакуйте…; 2) …», «а) …»): a figure or a single letter standing alone before it."""
        spans = [(m.start(), m.end() - m.start()) for m in _EMOJI_RE.finditer(self.text)]
        depth = 0
        for i, ch in enumerate(self.text):
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth:
                    depth -= 1
                elif not any(s[0] <= i < s[0] + s[1] for s in spans) and not _LIST_MARK_RE.search(self.text, 0, i + 1):
                    spans.append((i, 1))
        return sorted(spans)

    @cached_property
    def imperatives(self) -> tuple[list[Span], list[Span]]:
        """Plural imperatives that are a step for the customer, and singular ones («напиши»: «ты»)."""
        plural, singular = [], []
        for n, tok in enumerate(self.tokens):
            if not dictionary_word(tok.lower) and edit_distance(tok.lower, "здравствуйте") <= 2:
                continue  # «Здраствуйте»: a misspelt greeting the dictionary guesses to be an imperative
            if "impr" not in tok.tag:
                # «переключите вход»: the likeliest parse says «вы переключите», but opening a clause it commands
                if "2per" in tok.tag and not tok.lemmas & self.lex.not_steps and self._opens_clause(n) \
                        and also_imperative(tok.lower):
                    plural.append((tok.start, tok.end - tok.start))
                continue
            if "sing" in tok.tag:
                if n and noun_after(self.tokens[n - 1].lower, tok.lower):
                    continue  # «ручной клади», «без клади»: the noun, not «клади!»
                if len(tok.lower) > 2 and not also_indicative(tok.lower):  # «см.» is «see», an abbreviation  # «нашли» is also «мы нашли», not only «нашли!»
                    singular.append((tok.start, tok.end - tok.start))
            elif tok.lemmas & self.lex.not_steps or self._be_how(n):
                continue
            elif "plur" in tok.tag and "incl" not in tok.tag:
                plural.append((tok.start, tok.end - tok.start))
        return plural, singular


    def _be_how(self, n: int) -> bool:
        """«Будьте бдительны», «будьте внимательны»: «будьте» with a short adjective bids a manner, no deed — unless
        an infinitive follows («будьте готовы предъявить паспорт»)."""
        after = self.tokens[n + 1:n + 3]
        return self.tokens[n].lower == "будьте" and bool(after) and after[0].tag.startswith("ADJS") and not (
            len(after) > 1 and after[1].tag.startswith("INFN"))

    @cached_property
    def lectures(self) -> list[Span]:
        """«Это стоило учитывать до аварии», «нужно было подключить опцию», «за этим надо следить
        самостоятельно»: what the customer should have done, or must see to alone — a lecture, whatever the
        words (a past «стоило / следовало / нужно было» with an infinitive; a «надо» with «самостоятельно»)."""
        found = []
        toks = self.tokens
        for i, tok in enumerate(toks):
            if tok.lower not in _PAST_MODALS and tok.lower not in _MODALS:
                continue
            sentence = self.sentence_at(tok.start)
            words = self.tokens_in(sentence[0], sentence[1])
            if self.text[sentence[0]:sentence[1]].rstrip().endswith("?") or any(t.lower == "бы" for t in words):
                continue
            after = toks[i + 1:i + 4]
            past = tok.lower in _PAST_MODALS or bool(after and after[0].lower == "было")
            alone = any(t.lower in _ON_YOUR_OWN for t in words)
            if (past or alone) and any(t.tag.startswith("INFN") and t.start < sentence[1] for t in after):
                inf = next(t for t in after if t.tag.startswith("INFN"))
                if past and not alone and _owed_news(words, inf):
                    continue
                found.append((tok.start, inf.end - tok.start))
        return found

    @cached_property
    def dont_know(self) -> list[Span]:
        """«Не знаю», «не уверена», «точно не подскажу», «не могу сказать»: the operator does not know —
        the word lists, a negated verb of telling in the first person («не подскажу», «не отвечу»), «точно сказать
        не могу», «сложно сказать»."""
        # «Понимаю, как неудобно, когда не знаешь…», «клиенты не знают»: a verb of someone else's is not the operator's
        found = [s for _, s in find_phrases(self.tokens, self.lex.dont_know, gap=0)
                 if not any(("2per" in t.tag or "3per" in t.tag) for t in self.tokens_in(s[0], s[0] + s[1])
                            if t.tag.startswith("VERB"))]
        toks = self.tokens
        for i, tok in enumerate(toks):
            if any(f[0] <= tok.start < f[0] + f[1] for f in found) or not tok.lemmas & _TELLING:
                continue
            if i and toks[i - 1].lower == "не" and "1per" in tok.tag:
                found.append((toks[i - 1].start, tok.end - toks[i - 1].start))
            elif i and toks[i - 1].lower in _HARD_TO and tok.tag.startswith("INFN"):  # «сложно сказать»
                found.append((toks[i - 1].start, tok.end - toks[i - 1].start))
            elif tok.tag.startswith("INFN"):  # «точно сказать не могу»: the same, the other way round
                after = toks[i + 1:i + 3]
                if len(after) == 2 and after[0].lower == "не" and "мочь" in after[1].lemmas and "1per" in after[1].tag:
                    found.append((tok.start, after[1].end - tok.start))
        return sorted(found)

    def _opens_clause(self, n: int) -> bool:
        before = self.text[self.tokens[n - 1].end if n else 0:self.tokens[n].start]
        # «Для блокировки номера сообщите, пожалуйста, пароль»: «пожалуйста» beside it makes it a request
        please = any(t.lower == "пожалуйста" for t in self.tokens[max(0, n - 1):n + 2])
        return n == 0 or please or any(c in before for c in ".!?:;—,\n") \
            or self.tokens[n - 1].lower in _CLAUSE_OPENERS or self._after_place(n)

    def _after_place(self, n: int) -> bool:
        """«…: в блоке «Оплата» включите переключатель», «В корзине включите…»: a place in a preposition's phrase
        (nouns, adjectives, a name in quotes) before the verb still leaves the verb opening its clause. A derived
        preposition is no place: «В случае отмены рейса обратитесь…» states a condition."""
        m = n
        while m and not any(c in self.text[self.tokens[m - 1].end:self.tokens[m].start] for c in ".!?:;—,\n"):
            m -= 1
        head = self.tokens[m:n]
        return 2 <= len(head) <= 5 and head[0].lower in ("в", "на") and head[1].lower not in _DERIVED_PREPOSITIONS \
            and all(t.tag.startswith(("NOUN", "ADJF", "LATN", "UNKN")) for t in head[1:])


# «в случае», «в течение», «на время»: a preposition with a noun that makes a preposition of another kind — a condition,
# a time, a cause, a purpose — not a place
_DERIVED_PREPOSITIONS = frozenset({"случае", "случай", "течение", "связи", "рамках", "результате", "ходе", "целях",
                                   "силу", "виде", "качестве", "время", "зависимости", "отличие", "период", "процессе"})


def read_reply(reply: str, customer_messages: Sequence[str] | str, *, customer_name: str = "",
               task: CorrespondenceTask | None = None, language: str = "ru", grammar: Grammar | None = None,
               seconds: float | None = None, turn: CustomerTurn | None = None) -> Reply:
    if isinstance(customer_messages, str):
        customer_messages = [customer_messages]
    reply = unicodedata.normalize("NFC", reply or "").replace("\r\n", "\n")
    customer_messages = [unicodedata.normalize("NFC", m or "") for m in customer_messages]
    if task is not None:
        customer_messages = list(customer_messages) or list(task.messages)
        customer_name = customer_name or task.customer
    customer_name = (customer_name or customer_name_from(customer_messages)
                     or next(filter(None, map(latin_signature, reversed(customer_messages))), "")
                     or next(filter(None, map(foreign_signature, reversed(customer_messages))), "")).strip()
    notes: list[str] = []

    text = reply[:ANALYSIS_CAP]
    if len(reply) > ANALYSIS_CAP:
        cut = text.rfind(" ", ANALYSIS_CAP // 2)
        text = text[:cut] if cut > 0 else text  # never check half a word
        notes.append(phrase('Ответ длиннее {cap} знаков: оценено только начало.', cap=ANALYSIS_CAP))
    tokens = mend_courtesy(tokenize(text))
    if not reply.strip():
        notes.append(phrase('Ответ пустой.'))
    elif not tokens:
        notes.append(phrase('В ответе нет ни одного слова.'))
    wrong_language = False
    # «*100#», «5051»: figures and signs with no letters are in no language, so not in a foreign one
    if language == "ru" and tokens and any(c.isalpha() for c in text) and cyrillic_share(text) < 0.5:
        wrong_language = True
        notes.append(phrase('Ответ написан не по-русски, а клиент пишет по-русски.'))
    lex = load_lexicon()
    state = read_customer(customer_messages, lex, ANALYSIS_CAP)
    return Reply(reply, text, tokens, customer_name, state, list(customer_messages), lex, language, grammar, task, turn, seconds,
                 wrong_language, notes)


def _owed_news(words: Sequence[Token], inf: Token) -> bool:
    """«Понимаю ваше удивление, об этом правда стоило сказать заранее»: a past «стоило» with a verb of telling and
    no one named who should have told — the company owns that it did not tell the customer («вас стоило
    предупредить» too); «вам стоило сообщить нам», «нас следовало предупредить» put it on the customer, and so does
    a third party told («стоило сразу сообщить продавцу», «следовало сообщить курьеру»): the customer should have
    told someone else, the company owes nothing."""
    told_other = any(t.start > inf.start and t.tag.startswith("NOUN") and "datv" in t.tag and "anim" in t.tag
                     for t in words)
    return bool(inf.lemmas & _INFORMING) and not told_other and not any(t.lower in _WHO_SHOULD for t in words)
