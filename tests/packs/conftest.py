import os
import shutil
from pathlib import Path

import pytest

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
