"""The embedded engine: pylat-ru (LanguageTool 6.8's Russian rules in Python), offline, no Java.

The text is split into sentences with LanguageTool's own Russian sentence splitter (the SRX
rules pylat-ru ships, which keep offsets), and each sentence is checked on its own and
remembered in an LRU cache. Re-checking an edited reply therefore checks only the sentences
that changed (:meth:`EmbeddedEngine._chunks` says which sentences are kept together). Rules
that compare a whole text (RU_WORD_COHERENCY: «ноль» and «нуль» in one text) see one
sentence at a time.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import replace

from app.core.grammar.findings import Finding, check_length, engine_message
from app.core.grammar.lt_categories import category_for

SOURCE = "embedded"
_OPENING = "([{«"
_BRACKETS = re.compile(r"[()\[\]{}«»]")
_SENTENCE_END = ".?!…"
_LONE_WORD = re.compile(r"\s*[\w-]+\s*")
WARM_TEXT = "Здравствуйте, Мария! Мы праверим ваш заказ, и напишем вам сегодня."


class EmbeddedEngine:
    """pylat-ru at LanguageTool's picky level; safe to share between threads."""

    name = SOURCE

    def __init__(self, cache_size: int = 4096) -> None:
        self._lock = threading.Lock()
        self._tool = None
        self._splitter = None
        self._level = ""
        self._ready = False  # loaded and past its first, slow check
        self._cache: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()
        self._cache_size = cache_size
        self.sentences_checked = 0  # sentence runs that missed the cache, for tests and benchmarks

    @property
    def ready(self) -> bool:
        return self._ready

    def warm(self) -> None:
        """Load the rules and dictionaries and run one check; meant for a background thread."""
        with self._lock:
            self._ensure_tool()
            self._tool.check(WARM_TEXT, level=self._level)
            self._ready = True

    def check(self, text: str, language: str) -> list[Finding]:
        if language != "ru":
            raise ValueError(f"Встроенная проверка работает только для русского языка, а не «{language}».")
        check_length(text)
        if not text.strip():
            return []
        findings: list[Finding] = []
        with self._lock:
            self._ensure_tool()
            for start, chunk in self._chunks(text):
                for finding in self._chunk_findings(chunk):
                    findings.append(replace(finding, offset=finding.offset + start) if start else finding)
            self._ready = True
        return findings

    def _chunks(self, text: str):
        """(offset, text) of runs of sentences that can be checked apart from the rest.

        A run ends only after «.», «?», «!» or «…» and whitespace, with no bracket or straight
        quote left open («Он сказал: "Приду. Жди."» is one run), and a lone word joins the run
        before it: the rules for sentence starts, spacing and brackets then see exactly what
        they would see in the whole text.
        """
        start, depth, quoted, parts = 0, 0, False, []
        for span in self._splitter.tokenize_spans(text):
            sentence = span.text
            if parts and self._closes(parts[-1]) and depth == 0 and not quoted and not _LONE_WORD.fullmatch(sentence):
                yield start, "".join(parts)
                parts = []
            if not parts:
                start = span.start
            parts.append(sentence)
            for char in _BRACKETS.findall(sentence):
                depth = depth + 1 if char in _OPENING else max(0, depth - 1)
            quoted ^= sentence.count('"') % 2 == 1
        if parts:
            yield start, "".join(parts)

    @staticmethod
    def _closes(sentence: str) -> bool:
        stripped = sentence.rstrip()
        return len(stripped) < len(sentence) and stripped[-1:] in _SENTENCE_END

    def _ensure_tool(self) -> None:
        if self._tool is None:
            from pylat_ru import LEVEL_PICKY, LanguageToolRU, RussianSentenceTokenizer

            from app.core.grammar import pylat_fixes, pylat_reuse, pylat_speedup
            pylat_speedup.apply()
            pylat_reuse.apply()
            pylat_fixes.apply()
            self._splitter = RussianSentenceTokenizer()
            self._level = LEVEL_PICKY
            from app.core.grammar.rules.tuning import DISABLED_PYLAT_RULES
            self._tool = LanguageToolRU(disabled_rules=list(DISABLED_PYLAT_RULES))
            # the suggestions' frequency list, or the first misspelt sentence pays for it (≈ 0.4 s)
            from app.core.grammar.spelling import vocabulary
            vocabulary.warm()

    def _chunk_findings(self, chunk: str) -> tuple[Finding, ...]:
        cached = self._cache.get(chunk)
        if cached is not None:
            self._cache.move_to_end(chunk)
            return cached
        from app.core.grammar.pylat_speedup import sentence_budget
        sentence_budget()
        found = tuple(self._finding(match) for match in self._tool.check(chunk, level=self._level))
        self.sentences_checked += 1
        self._cache[chunk] = found
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return found

    @staticmethod
    def _finding(match) -> Finding:
        return Finding(offset=match.offset, length=match.length, message=engine_message(match.message),
                       category=category_for(match.category_id, match.rule_id), rule_id=match.rule_id,
                       replacements=tuple(match.replacements), source=SOURCE)
