"""The languages of the layouts, grammar checking and the interface: one tuple, read without the vocabulary's imports."""

import subprocess
import sys
from pathlib import Path

from app.core import languages, vocabulary


def test_the_vocabulary_speaks_the_same_languages_and_packs_may_use_them():
    assert languages.LANGUAGES == ("ru", "en")
    assert vocabulary.LANGUAGES is languages.LANGUAGES
    assert set(languages.LANGUAGES) <= set(vocabulary.CONTENT_LANGUAGES)


def test_reading_them_loads_nothing_else():
    """The window reads the interface language before its first frame (app.storage.interface)."""
    root = Path(__file__).resolve().parents[2]
    probe = ("import sys; before = set(sys.modules); import app.core.languages; "
             "print(sorted(set(sys.modules) - before))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.strip() == "['app', 'app.core', 'app.core.languages']"
