"""Remembering the chunker's token tests changes speed only: the same chunk tags with and without it."""

import tomllib
from pathlib import Path

import pytest

pylat_ru = pytest.importorskip("pylat_ru")

from app.core.grammar import pylat_chunk_speedup  # noqa: E402

DATA = Path(__file__).parent / "data" / "eval_ru.toml"


def _chunk_tags(sentences):
    from pylat_ru.chunking.russian import RussianChunker
    from pylat_ru.disambiguation.hybrid import RussianHybridDisambiguator

    disambiguator, chunker = RussianHybridDisambiguator.get_instance(), RussianChunker()
    found = []
    for text in sentences:
        analysed = chunker.chunk(disambiguator.disambiguate_text(text))
        found.append([(t.token, tuple(t.chunk_tags)) for t in analysed.tokens])
    return found


def test_chunk_tags_are_identical_with_and_without_the_memory(monkeypatch):
    from pylat_ru.chunking.token_expression import TokenPredicate

    assert pylat_chunk_speedup.apply()
    sentences = [s["text"] for s in tomllib.loads(DATA.read_text(encoding="utf-8"))["sentence"]][::3]
    sentences.append("Мы не смогли вчера быстро доставить ваши новые синие кресла и большой стол.")
    remembered = _chunk_tags(sentences)
    monkeypatch.setattr(TokenPredicate, "matches", TokenPredicate._chat_trainer_original_matches)
    asked = _chunk_tags(sentences)
    assert remembered == asked
    assert sum(tag != "O" for s in asked for _, tags in s for tag in tags) > 50  # the chunker did tag phrases
