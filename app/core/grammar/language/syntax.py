"""Tokens, morphology, a dependency tree and named entities for Russian text (natasha, offline).

natasha's models (slovnet morphology, syntax and NER over navec embeddings) travel inside its
wheel; they load on first use — about 0.8 s and 250 MB — and are shared by every check. A
parse is remembered per text, so re-checking an edited reply re-parses only what changed.
Tags follow Universal Dependencies: ``pos`` «NOUN», ``feats`` {"Case": "Nom", …}, ``rel`` «nsubj».
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets in the parsed text
    end: int
    pos: str
    feats: dict = field(hash=False, compare=False)
    head: int  # index of the head token in the sentence, -1 for the root
    rel: str
    index: int

    def feat(self, name: str) -> str:
        return self.feats.get(name, "")

    @property
    def low(self) -> str:
        return self.text.lower().replace("ё", "е")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    kind: str  # "PER", "LOC", "ORG"


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[Token, ...]

    def children(self, i: int) -> list[Token]:
        return [t for t in self.tokens if t.head == i]

    def head_of(self, token: Token) -> Token | None:
        return self.tokens[token.head] if token.head >= 0 else None

    def subtree(self, i: int) -> list[Token]:
        """Token i and everything that depends on it, in text order."""
        found, todo = {i}, [i]
        while todo:
            k = todo.pop()
            for t in self.tokens:
                if t.head == k and t.index not in found:
                    found.add(t.index)
                    todo.append(t.index)
        return [self.tokens[k] for k in sorted(found)]


@dataclass(frozen=True)
class Analysis:
    text: str
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The named entity that covers the span, if any."""
        for e in self.entities:
            if e.start <= start and end <= e.end:
                return e
        return None


class Analyzer:
    """natasha's pipeline behind a lock and an LRU cache; ``analyse`` is safe from any thread."""

    def __init__(self, cache_size: int = 2048) -> None:
        self._lock = threading.Lock()
        self._models = None
        self._cache: OrderedDict[str, Analysis] = OrderedDict()
        self._cache_size = cache_size
        self._embedding = None

    @property
    def loaded(self) -> bool:
        return self._models is not None

    def warm(self) -> None:
        with self._lock:
            self._load()

    def _load(self):
        if self._models is None:
            # The models multiply small matrices: BLAS threads only fight the GUI and each other for
            # the cores (measured: a sentence took 300 ms instead of 5 ms on a busy 2-core machine).
            # Effective only before numpy is first imported, which natasha does here.
            for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
                os.environ.setdefault(variable, "1")
            from natasha import (NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser,
                                 Segmenter)
            embedding = NewsEmbedding()
            self._embedding = embedding
            self._models = (Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding),
                            NewsNERTagger(embedding))
        return self._models

    def similarity(self, a: str, b: str) -> float | None:
        """How close two words are in meaning: the cosine of their navec vectors, None if either is unknown."""
        with self._lock:
            self._load()
            va, vb = self._embedding.get(a), self._embedding.get(b)
        if va is None or vb is None:
            return None
        norm = float((va @ va) * (vb @ vb)) ** 0.5
        return float(va @ vb) / norm if norm else None

    def analyse(self, text: str) -> Analysis:
        with self._lock:
            cached = self._cache.get(text)
            if cached is not None:
                self._cache.move_to_end(text)
                return cached
            analysis = self._run(text)
            self._cache[text] = analysis
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return analysis

    def _run(self, text: str) -> Analysis:
        segmenter, morph, syntax, ner = self._load()  # first: it limits the BLAS threads
        from natasha import Doc

        doc = Doc(_ADDRESS.sub(lambda m: "x" * len(m.group()), text))  # one foreign word, same offsets
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        sentences = []
        for sent in doc.sents:
            ids = {t.id: k for k, t in enumerate(sent.tokens)}
            sentences.append(Sentence(tuple(
                Token(text=text[t.start:t.stop], start=t.start, end=t.stop, pos=t.pos or "", feats=dict(t.feats or {}),
                      head=ids.get(t.head_id, -1), rel=_relation(t), index=k)
                for k, t in enumerate(sent.tokens))))
        entities = tuple(Entity(s.start, s.stop, s.type) for s in doc.spans)
        return Analysis(text, tuple(sentences), entities)


# e-mail and web addresses: the segmenter cuts them into pieces the parser hangs on other words
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s,;!?()«»\"]*[^\s,;!?()«»\".]")


def _relation(token) -> str:
    """The token's relation; a mark with no letter or digit («₽», «%») is punctuation, whatever the
    parser guessed («вернула 300 ₽» must not read «₽» as the verb's subject)."""
    if token.pos == "PUNCT" and not any(ch.isalnum() for ch in token.text):
        return "punct"
    return token.rel or ""


_shared: Analyzer | None = None
_shared_lock = threading.Lock()


def analyzer() -> Analyzer:
    """The process-wide analyzer (its models load on the first ``analyse``)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Analyzer()
        return _shared


def analyse(text: str) -> Analysis:
    return analyzer().analyse(text)


def close_in_meaning(a: str, b: str, threshold: float) -> bool:
    """Two words are at least this close in navec's space; a word navec does not know is close to nothing."""
    return (analyzer().similarity(a, b) or 0.0) >= threshold
