"""The domain, pack, storage and services layers and the command line must work without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MODULES = sorted(
    ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
    for package in ("app/core", "app/packs", "app/storage", "app/services", "app/cli")
    for path in (ROOT / package).rglob("*.py")  # subpackages too (core/scorecard, packs/kinds …)
)

PROBE = f"""
import importlib, sys
for name in {MODULES!r}:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
print(",".join(qt))
"""


def test_core_packs_and_storage_do_not_load_qt():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout.strip()}"
