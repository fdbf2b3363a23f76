"""Hostile edits of a real certificate, by kind: how many verify accepts, rejects (1), refuses (2) or crashes on.

Run: QT_QPA_PLATFORM=offscreen python tests/bench/probe_certificates.py [edits per kind, default 60]

Kinds: page text drawn from changed data with the genuine evidence attached; bits flipped in a
font program or in the page content; bits flipped or bytes cut anywhere in the file; the
evidence attachment replaced by JSON variants. A file anywhere-flipped that verify accepts is
counted as a miss only if its page renders or reads differently from the genuine one.
"""

import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from app.certs import page_compare  # noqa: E402
from app.certs.pdf_reader import NotACertificate  # noqa: E402
from app.certs.pdf_writer import write_pdf  # noqa: E402
from app.certs.verify_file import verify_pdf  # noqa: E402
from app.core.cert_evidence import evidence_bytes  # noqa: E402
from app.core.certificate import verification_code  # noqa: E402
from tests.certs import forge  # noqa: E402


def page_edit(ev, rng):
    def change(d):
        what = rng.choice(["figure", "required", "date", "title", "version", "hash", "name", "code", "drop"])
        fig = rng.choice(d["figures"])
        if what == "figure":
            fig["reached"] = round(fig["reached"] + rng.choice([0.1, 1, 5, 50]), 1)
        elif what == "required":
            fig["required"] = max(0.0, fig["required"] - rng.choice([0.5, 1, 10]))
        elif what == "date":
            d["date"] = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif what in ("title", "version"):
            d["pack"][what] += rng.choice([" ", "1", "я", "+"])
        elif what == "hash":
            h = d["pack"]["content_hash"]
            i = rng.randrange(len(h))
            d["pack"]["content_hash"] = h[:i] + ("0" if h[i] != "0" else "1") + h[i + 1:]
        elif what == "name":
            d["name"] = d["name"].replace("а", rng.choice(["a", "о", "я"]), 1)
        elif what == "code":
            d["code"] = d["code"][:-1] + ("A" if d["code"][-1] != "A" else "B")
        else:
            d["figures"].remove(fig)
    shown = forge.edited(ev, change)
    return shown if shown != ev else None


def flip(data: bytes, rng, count=1) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def json_variant(ev, rng) -> bytes:
    raw = evidence_bytes(ev)
    kind = rng.randrange(8)
    if kind == 0:
        return raw.decode().encode(rng.choice(["utf-16", "utf-16-le", "utf-32", "cp1251"]))
    if kind == 1:
        return json.dumps(ev, ensure_ascii=True, separators=(",", ":")).encode()
    if kind == 2:
        return raw.replace(b"{", b'{"name":"X",', 1)
    if kind == 3:
        return raw + rng.choice([b" ", b"\n", b"{}", b"\x00", b"garbage"])
    if kind == 4:
        n = rng.randint(17, 200_000)
        return b"[" * n + b"]" * n
    if kind == 5:
        return raw[:rng.randrange(len(raw))]
    if kind == 6:
        return json.dumps(ev, ensure_ascii=False, indent=rng.randint(0, 2)).encode()
    doc = forge.edited(ev, lambda d: d.update(name=d["name"] + "\u0301"))  # consistent code, other name
    doc["code"] = verification_code(doc)
    return evidence_bytes(doc)


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    per_kind = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    rng = random.Random(19)
    tmp = Path(tempfile.mkdtemp())
    ev = forge.evidence()
    genuine = tmp / "genuine.pdf"
    write_pdf(ev, genuine)
    data = genuine.read_bytes()
    results: dict[str, Counter] = {}
    slowest = 0.0

    def run(kind: str, path: Path) -> None:
        nonlocal slowest
        start = time.perf_counter()
        try:
            _, report = verify_pdf(path)
            verdict = "accepted" if report.valid else "rejected (1)"
        except NotACertificate:
            verdict = "not a certificate (2)"
        except Exception as exc:  # a crash is what the probe looks for
            verdict = f"CRASH {type(exc).__name__}"
        slowest = max(slowest, time.perf_counter() - start)
        if verdict == "accepted" and kind == "bits flipped anywhere" and _looks_same(path, genuine):
            verdict = "accepted, page unchanged"
        results.setdefault(kind, Counter())[verdict] += 1

    for i in range(per_kind):
        if (shown := page_edit(ev, rng)) is not None:
            run("page drawn from changed data", forge.page_of(shown, ev, tmp, f"p{i}.pdf"))
        font = rng.choice(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"])
        run("bit in a font program", forge.flip_in_stream(
            genuine, tmp / f"f{i}.pdf", lambda p, f=font: forge.font_program(p, f), rng.random(), 1 << rng.randrange(8)))
        run("bit in the page content", forge.flip_in_stream(
            genuine, tmp / f"c{i}.pdf", forge.contents, rng.random(), 1 << rng.randrange(8)))
        anywhere = tmp / f"a{i}.pdf"
        anywhere.write_bytes(flip(data, rng, rng.choice([1, 1, 3, 20])))
        run("bits flipped anywhere", anywhere)
        cut = tmp / f"t{i}.pdf"
        cut.write_bytes(data[:rng.randrange(len(data))])
        run("file cut short", cut)
        run("evidence JSON variant", forge.with_attachments(genuine, tmp / f"j{i}.pdf",
                                                            [("evidence.json", json_variant(ev, rng))]))
    total = sum(sum(c.values()) for c in results.values())
    crashes = sum(n for c in results.values() for v, n in c.items() if v.startswith("CRASH"))
    for kind, counts in results.items():
        print(f"{kind:32} {sum(counts.values()):4}  " + ", ".join(f"{v}: {n}" for v, n in sorted(counts.items())))
    print(f"cases: {total}, crashes: {crashes}, slowest verification: {slowest:.2f} s")


def _looks_same(path: Path, genuine: Path) -> bool:
    """The same rendering and text as the genuine page (the flip hit bytes no viewer shows)."""
    try:
        from pypdf import PdfReader
        a, b = PdfReader(str(path)), PdfReader(str(genuine))
        same_text = a.pages[0].extract_text() == b.pages[0].extract_text()
    except Exception:
        return False
    image_a, _ = page_compare._render(path)
    image_b, _ = page_compare._render(genuine)
    return same_text and image_a is not None and image_a == image_b


if __name__ == "__main__":
    main()
