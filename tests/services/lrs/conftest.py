"""A real LRS (Ralph) per test (the window's sender tests use it too), and a data directory with a profile that sends to it."""

from __future__ import annotations

import pytest

from tests.services.lrs.ralph import Ralph


@pytest.fixture
def ralph(tmp_path):
    lrs = Ralph(tmp_path / "ralph")
    lrs.start()
    yield lrs
    lrs.stop()
