"""Writing a certificate as an A4 PDF with QPdfWriter, evidence.json attached.

Needs a QGuiApplication; a command-line caller gets an offscreen one. The fonts are
the bundled DejaVu, so Cyrillic prints the same on every machine. The page
depends on the evidence alone (its date, not the clock), so the verifier
rebuilds it with this same function and compares the two. Ligatures are off
and the content hash is set in a monospace font, so text copied or
extracted from the page is exactly the text drawn.
"""

from __future__ import annotations

import os
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPainter,
                           QPainterPath, QPdfWriter, QTextLayout, QTextOption)

from app.core.cert_evidence import evidence_bytes
from app.core.cert_text import TEXT, figure_line, printed_date
from app.core.paths import ASSETS

DPI = 300
FAMILY = "DejaVu Sans"
MONO = "DejaVu Sans Mono"
_NO_LIGATURES = QFont.Tag.fromString("liga")
NAME_PT, NAME_MIN_PT = 30.0, 11.0  # a name too long for one line at the smaller size is wrapped
_fonts_loaded = False
_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Writing and rendering need a QGuiApplication; a command-line caller has none yet."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # fonts are needed, not a screen
        _app = QGuiApplication([])


def _load_fonts() -> None:
    global _fonts_loaded
    ensure_gui()
    if not _fonts_loaded:
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
            QFontDatabase.addApplicationFont(str(ASSETS / "fonts" / name))
        _fonts_loaded = True


def _font(pt: float, bold: bool = False, family: str = FAMILY) -> QFont:
    f = QFont(family)
    f.setPointSizeF(pt)
    f.setBold(bold)
    f.setFeature(_NO_LIGATURES, 0)  # «ﬁ» would come back from the page as one character
    return f


def fit_point_size(text: str, width: float, device, start: float = NAME_PT, smallest: float = NAME_MIN_PT,
                   bold: bool = True) -> float:
    """The largest size from ``start`` down (in 0.5 pt steps) at which ``text`` fits ``width``."""
    pt = start
    while pt > smallest and QFontMetricsF(_font(pt, bold), device).horizontalAdvance(text) > width:
        pt -= 0.5
    return pt


def wrapped_lines(text: str, font: QFont, width: float, device) -> list[str]:
    """``text`` broken into lines no wider than ``width``: at spaces, or inside a word too long for a line."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (ln := layout.createLine()).isValid():
        ln.setLineWidth(width)
        lines.append(text[ln.textStart():ln.textStart() + ln.textLength()].strip())
    layout.endLayout()
    return [ln for ln in lines if ln]


def qr_payload(evidence: dict) -> str:
    """What the QR code carries: the code and the key figures, readable without the app."""
    figs = ";".join(f"{f['key']}={f['reached']:g}" for f in evidence["figures"])
    return f"CHAT-TRAINER-CERT|{evidence['code']}|{evidence['pack']['id']}@{evidence['pack']['version']}|{figs}"


def _draw_qr(p: QPainter, payload: str, box: QRectF) -> None:
    """The QR code as one filled path of rectangles: exact and lossless (Qt stores even a 1-bit
    image as a JPEG), and one fill keeps the page's content stream short for the verifier to parse."""
    rows = [list(r) for r in segno.make(payload, error="m").matrix_iter(border=2)]
    module = box.width() / len(rows)
    dark = QPainterPath()
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            dark.addRect(QRectF(box.x() + start * module, box.y() + y * module, (x - start) * module, module))
    p.fillRect(box, Qt.GlobalColor.white)
    p.fillPath(dark, Qt.GlobalColor.black)


def write_pdf(evidence: dict, path: Path) -> None:
    """The certificate of ``evidence`` (see app.core.cert_evidence) as an A4 PDF at ``path``."""
    _load_fonts()
    lang = evidence.get("lang", "ru")
    t = TEXT[lang]
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(f"{t['title']}: {evidence['name']}")
    writer.setCreator("chat-trainer")
    writer.addFileAttachment("evidence.json", evidence_bytes(evidence), "application/json")
    p = QPainter(writer)
    try:
        w, h = writer.width(), writer.height()
        margin = w * 0.1
        inner = w - 2 * margin
        y = h * 0.08

        def line(text: str, pt: float, bold: bool = False, gap: float = 1.6) -> None:
            nonlocal y
            p.setFont(_font(pt, bold))
            step = QFontMetricsF(p.font(), writer).height()
            p.drawText(QRectF(margin, y, inner, step * 1.2), Qt.AlignmentFlag.AlignHCenter, text)
            y += step * gap

        p.setPen(Qt.GlobalColor.darkBlue)
        line(t["title"], 30, True, 1.3)
        line(t["subtitle"], 13, False, 2.2)
        p.setPen(Qt.GlobalColor.black)
        line(t["intro"], 13)
        name_pt = fit_point_size(evidence["name"], inner, writer)
        name_lines = wrapped_lines(evidence["name"], _font(name_pt, True), inner, writer)
        for n, text in enumerate(name_lines, start=1):
            line(text, name_pt, True, 1.5 if n == len(name_lines) else 1.1)
        line(t["passed"], 13, False, 1.3)
        pack = evidence["pack"]
        line(f"«{pack['title']}»", 16, True, 2.0)
        p.setFont(_font(11))
        row_h = QFontMetricsF(p.font(), writer).height() * 1.7
        y += row_h * 0.3
        for fig in evidence["figures"]:
            reached, required = figure_line(lang, fig["key"], fig["reached"], fig["required"])
            p.drawText(QRectF(margin, y, inner * 0.62, row_h), Qt.AlignmentFlag.AlignLeft, reached)
            p.drawText(QRectF(margin + inner * 0.62, y, inner * 0.38, row_h), Qt.AlignmentFlag.AlignRight, required)
            y += row_h
        y += row_h
        p.setFont(_font(10))
        small = QFontMetricsF(p.font(), writer).height() * 1.5
        rows = ((t["pack"].format(title=pack["title"], version=pack["version"]), ""),
                (t["hash"].format(hash=""), str(pack["content_hash"])),
                (t["date"].format(date=printed_date(lang, evidence["date"])), ""))
        for text, mono in rows:
            p.setFont(_font(fit_point_size(text, inner, writer, 10, 6, bold=False)))
            p.drawText(QRectF(margin, y, inner, small), Qt.AlignmentFlag.AlignLeft, text)
            if mono:  # the hash in monospace after its label: no ligatures, no look-alike digits
                x = margin + QFontMetricsF(p.font(), writer).horizontalAdvance(text)
                p.setFont(_font(9, family=MONO))
                p.drawText(QRectF(x, y, margin + inner - x, small), Qt.AlignmentFlag.AlignLeft, mono)
            y += small
        p.setFont(_font(12, True))
        p.drawText(QRectF(margin, y + small * 0.5, inner, small * 1.3), Qt.AlignmentFlag.AlignLeft,
                   t["code"].format(code=evidence["code"]))
        side = w * 0.24
        _draw_qr(p, qr_payload(evidence), QRectF(w - margin - side, h - margin - side - small * 2, side, side))
        p.setFont(_font(9))
        p.drawText(QRectF(margin, h - margin - small, inner, small), Qt.AlignmentFlag.AlignLeft, t["verify"])
    finally:
        p.end()
