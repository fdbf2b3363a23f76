import subprocess
import sys
from pathlib import Path


def test_packs_do_not_load_qt():
    code = ("import sys, app.packs.loader, app.packs.installer, app.packs.registry, app.packs.builder, "
            "app.packs.ktouch; print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "False"
