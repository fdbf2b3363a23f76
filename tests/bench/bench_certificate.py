"""Certificate export (collect + evidence + PDF) and verification of the file: export must take ≤ 0.5 s, verification ≤ 1 s.

Run: QT_QPA_PLATFORM=offscreen python tests/bench/bench_certificate.py
"""

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from app.certs.pdf_writer import write_pdf  # noqa: E402
from app.certs.verify_file import verify_pdf  # noqa: E402
from app.core.cert_evidence import build_evidence, collect  # noqa: E402
from app.core.thresholds import CertificateThresholds  # noqa: E402
from tests.core.cert_fixtures import human_log, pack, qualifying_rows  # noqa: E402


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    log = human_log(seconds=300)  # a 5-minute test, ~1,400 keystrokes
    p, th = pack(), CertificateThresholds()
    out = Path(tempfile.mkdtemp()) / "cert.pdf"
    rows = qualifying_rows(log)
    rows[0].details["time_limit"] = 300.0
    exports, verifies = [], []
    for _ in range(10):
        t0 = time.perf_counter()
        ev = build_evidence(collect(rows, p, lambda _: log, th), name="Анна Петрова",
                            profile="anna", pack=p, th=th)
        write_pdf(ev, out)
        t1 = time.perf_counter()
        assert verify_pdf(out)[1].valid
        t2 = time.perf_counter()
        exports.append(t1 - t0)
        verifies.append(t2 - t1)
    print(f"PDF: {out}")
    print(f"keystrokes: {len(log)}, PDF size: {out.stat().st_size / 1024:.0f} KiB")
    print(f"export: median {sorted(exports)[5]:.3f} s, max {max(exports):.3f} s (limit 0.5 s)")
    print(f"verify: median {sorted(verifies)[5]:.3f} s, max {max(verifies):.3f} s (limit 1 s)")
    assert max(exports) <= 0.5 and max(verifies) <= 1.0


if __name__ == "__main__":
    main()
