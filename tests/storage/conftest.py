"""Fixtures for the storage tests: a fresh data directory, an open store, a profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import open_store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path):
    with open_store(data_dir) as s:
        yield s


@pytest.fixture
def profile(store):
    return store.profiles.create("Анна")
