"""Making edited certificates the way a forger would: a page from other data, genuine evidence attached,
bytes flipped inside streams, attachments replaced."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from app.certs.pdf_reader import NotACertificate
from app.certs.pdf_writer import write_pdf
from app.certs.verify_file import verify_pdf
from app.core.cert_evidence import build_evidence, collect, evidence_bytes
from app.core.thresholds import CertificateThresholds
from tests.core.cert_fixtures import human_log, pack, qualifying_rows


def evidence(name: str = "Анна Петрова", lang: str = "ru") -> dict:
    log = human_log()
    p, th = pack(), CertificateThresholds()
    return build_evidence(collect(qualifying_rows(log), p, lambda _: log, th), name=name, profile="anna",
                          pack=p, th=th, lang=lang, issued=date(2026, 12, 4))


def figure(ev: dict, key: str) -> dict:
    return next(f for f in ev["figures"] if f["key"] == key)


def with_attachments(page_pdf: Path, out: Path, attachments: list[tuple[str, bytes]]) -> Path:
    """``page_pdf``'s page and title with these attachments instead of its own."""
    source = PdfReader(str(page_pdf))
    writer = PdfWriter()
    writer.append(source)  # pages only: the names tree with the attachment is not copied
    writer.add_metadata({"/Title": source.metadata["/Title"]})
    for name, data in attachments:
        writer.add_attachment(name, data)
    writer.write(str(out))
    return out


def page_of(shown: dict, genuine: dict, tmp: Path, name: str = "forged.pdf") -> Path:
    """The page the writer draws for ``shown``, carrying ``genuine``'s evidence untouched."""
    page = tmp / f"page-{name}"
    write_pdf(shown, page)
    return with_attachments(page, tmp / name, [("evidence.json", evidence_bytes(genuine))])


def edited(ev: dict, change) -> dict:
    doc = copy.deepcopy(ev)
    change(doc)
    return doc


def flip_in_stream(pdf: Path, out: Path, pick, offset_fraction: float, mask: int = 0xFF) -> Path:
    """Flip bits of one byte (at ``offset_fraction`` of its length) in the decoded data of the
    stream ``pick(page)`` returns, and write the file again."""
    writer = PdfWriter(clone_from=str(pdf))
    stream = pick(writer.pages[0]).get_object()
    data = bytearray(stream.get_data())
    data[min(int(len(data) * offset_fraction), len(data) - 1)] ^= mask
    stream.set_data(bytes(data))
    writer.write(str(out))
    return out


def font_program(page, base: str = "DejaVuSans"):
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        if font["/BaseFont"] == f"/{base}":
            return font["/DescendantFonts"][0].get_object()["/FontDescriptor"]["/FontFile2"]
    raise LookupError(base)


def contents(page):
    return page["/Contents"]


def mismatches(path: Path) -> list[str]:
    evidence, report = verify_pdf(path)
    return report.mismatches


def refusal(cert: Path, tmp: Path, *attachments: tuple[str, bytes]) -> str:
    """Why the verifier refuses ``cert``'s page with these attachments as not a certificate."""
    path = with_attachments(cert, tmp / "structure.pdf", list(attachments))
    with pytest.raises(NotACertificate) as err:
        verify_pdf(path)
    return str(err.value)
