"""sqlite-utils loads without numpy (installed for the grammar engine), which stays importable."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from app.storage.store import open_store
store = open_store(sys.argv[1])
store.profiles.create("Анна")
print("numpy loaded" if "numpy" in sys.modules else "numpy not loaded")
store.close()
import numpy
print("numpy importable", numpy.int64(2) + 1)
"""


def test_the_store_works_without_loading_numpy_and_numpy_still_imports(tmp_path):
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["numpy not loaded", "numpy importable 3"]
