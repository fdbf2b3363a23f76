"""Key press → repaint in a drill over a 2,000-character text: median and p99 over 2,000 keys.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_keys.py
Each key is a real key event through the drill screen; the time includes the
core drill, the keyboard highlight, and the repaint of the changed cells.
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.storage.store import open_store  # noqa: E402
from app.ui import theme  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from tests.bench.typing_window import DRILL_TEXT, key_figures, start_drill, type_keys, wait_for_engine  # noqa: E402


def main():
    app = QApplication(sys.argv[:1])
    theme.load_fonts()
    store = open_store(tempfile.mkdtemp())
    store.profiles.set_current(store.profiles.create("bench").id)
    window = MainWindow(AppContext(store, store.data_dir))
    window.show()
    wait_for_engine(app, window)
    times = type_keys(app, start_drill(app, window), DRILL_TEXT)
    print(f"{len(times)} keys over a {len(DRILL_TEXT)}-character text")
    print(f"key press → repaint: {key_figures(times)}")


if __name__ == "__main__":
    main()
