"""Reading a certificate PDF: the attached evidence.json and the figures printed on the page."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from app.core.cert_text import LABELS, TEXT

CODE_RE = re.compile(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){4}")
NUMBER = r"(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)"


class NotACertificate(ValueError):
    """The file cannot be read as a certificate; the message says why, in Russian."""


def read(path: Path) -> tuple[dict, str]:
    """(evidence, text of the first page) of a certificate PDF."""
    try:
        reader = PdfReader(str(path))
        attachments = reader.attachments
        text = reader.pages[0].extract_text() if reader.pages else ""
    except (OSError, PdfReadError, ValueError, KeyError) as exc:
        raise NotACertificate(f"{path}: не удаётся прочитать PDF ({exc})") from exc
    if "evidence.json" not in attachments:
        raise NotACertificate(f"{path}: во вложениях PDF нет evidence.json — это не сертификат тренажёра")
    try:
        evidence = json.loads(attachments["evidence.json"][0])
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotACertificate(f"{path}: вложение evidence.json не является JSON ({exc})") from exc
    if not isinstance(evidence, dict):
        raise NotACertificate(f"{path}: вложение evidence.json не является описанием сертификата")
    return evidence, text


def printed_figures(text: str, lang: str) -> dict:
    """Figure key → value as printed, plus "code" and "name" where they can be found."""
    out: dict = {}
    # extraction gives tabs between words, ligatures («ﬁ») and the odd broken line
    text = unicodedata.normalize("NFKC", text)
    lines = [" ".join(ln.split()) for ln in text.splitlines()]
    for key, (label, _unit) in LABELS.get(lang, LABELS["ru"]).items():
        for ln in lines:
            if m := re.match(re.escape(label) + r":\s*" + NUMBER, ln):
                out[key] = float(m.group(1))
                break
    if m := CODE_RE.search("".join(text.split())):
        out["code"] = m.group(0)
    t = TEXT.get(lang, TEXT["ru"])
    if t["intro"] in lines and t["passed"] in lines:
        start, end = lines.index(t["intro"]), lines.index(t["passed"])
        if end > start + 1:
            out["name"] = " ".join(lines[start + 1:end])
    return out
