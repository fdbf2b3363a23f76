import os
import shutil
from pathlib import Path

import pytest

from app.packs.builder import build_pack
from app.packs.installer import install_pack

from .helpers import tree_digest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


DATA = Path(__file__).parent / "data"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A writable copy of the small valid pack with every kind."""
    dest = tmp_path / "src" / "mini"
    shutil.copytree(DATA / "mini", dest)
    return dest


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def installed(mini, data_dir, tmp_path):
    """data_dir with mini 1.0.0 installed; returns a function asserting it is untouched."""
    build_pack(mini, tmp_path / "v1.ctpack")
    install_pack(tmp_path / "v1.ctpack", data_dir)
    before = tree_digest(data_dir)

    def untouched():
        assert tree_digest(data_dir) == before
        assert sorted(p.name for p in (data_dir / "packs").iterdir()) == ["mini"]
    return untouched
