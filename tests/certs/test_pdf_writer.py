"""The certificate page as viewers read it: Cyrillic text, figures, the attachment, a long name, the QR code."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app.certs.pdf_writer import write_pdf
from app.certs.verify_file import verify_pdf
from app.core.cert_evidence import MAX_NAME
from tests.certs import forge


def test_the_page_shows_the_hash_exactly_a_russian_date_and_neutral_wording(cert, genuine):
    text = PdfReader(str(cert)).pages[0].extract_text(extraction_mode="layout")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert f"Хеш содержимого: {genuine['pack']['content_hash']}" in lines
    assert "Дата: 4 декабря 2026 г." in lines
    assert "соответствует требованиям пакета упражнений" in lines
    assert not any("(а)" in line for line in lines)


def test_the_english_certificate_has_an_english_date(qapp, tmp_path):
    out = tmp_path / "en.pdf"
    write_pdf(forge.evidence(lang="en"), out)
    text = PdfReader(str(out)).pages[0].extract_text(extraction_mode="layout")
    assert "Date: 4 December 2026" in [" ".join(x.split()) for x in text.splitlines()]
    assert forge.mismatches(out) == []


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


LONG_NAME = "Констанция Александровна Преображенская-Вольдемаровская-Тест"


def _text(path, *args):
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_poppler_shows_cyrillic_name_figures_and_the_attachment(qapp, tmp_path):
    ev = forge.evidence()
    out = tmp_path / "cert.pdf"
    write_pdf(ev, out)
    text = _text(out, "-layout")
    cpm = next(f["reached"] for f in ev["figures"] if f["key"] == "typing_cpm")
    assert "Анна Петрова" in text and "СЕРТИФИКАТ" in text
    assert f"Скорость: {cpm:g} зн/мин" in text and "требуется 200 зн/мин" in text
    assert "Грамматика: 90 %" in text and "Тест по этикету: 90 %" in text
    assert f"Код проверки: {ev['code']}" in text
    listed = subprocess.run(["pdfdetach", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert "evidence.json" in listed
    subprocess.run(["pdfdetach", "-save", "1", "-o", str(tmp_path / "e.json"), str(out)], check=True)
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8")) == ev


@needs_poppler
def test_english_certificate(qapp, tmp_path):
    out = tmp_path / "cert-en.pdf"
    write_pdf(forge.evidence(lang="en"), out)
    text = _text(out, "-layout")
    assert "CERTIFICATE" in text and "Accuracy:" in text and "required 96 %" in text
    assert verify_pdf(out)[1].valid


@needs_poppler
def test_a_sixty_character_name_fits_on_the_page(qapp, tmp_path):
    name = LONG_NAME
    assert len(name) == 60
    out = tmp_path / "long.pdf"
    write_pdf(forge.evidence(name), out)
    assert name in _text(out, "-layout")
    page_width = float(re.search(r'<page width="([\d.]+)"', _text(out, "-bbox")).group(1))
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', _text(out, "-bbox"))
    name_words = [(float(a), float(b)) for a, b, w in words if w in name.split()]
    assert len(name_words) == 3
    assert all(a >= 0.05 * page_width and b <= 0.95 * page_width for a, b in name_words)


@needs_poppler
@pytest.mark.parametrize("name", [("Анна-Мария " * 40)[:MAX_NAME].strip(), "Я" * MAX_NAME])
def test_the_longest_name_is_printed_whole_over_several_lines(qapp, tmp_path, name):
    out = tmp_path / "longest.pdf"
    write_pdf(forge.evidence(name), out)
    bbox = _text(out, "-bbox")
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', bbox)
    printed = [(float(a), float(y), float(b), w) for a, y, b, w in words if set(w) <= set(name)]
    assert "".join(w for *_, w in printed).replace(" ", "") == name.replace(" ", "")  # nothing cut off
    assert len({y for _, y, _, _ in printed}) >= 3  # wrapped, not shrunk to nothing
    assert all(a >= 0.05 * page_width and b <= 0.95 * page_width for a, _, b, _ in printed)
    assert verify_pdf(out)[1].valid


@needs_poppler
@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbar-tools or poppler not installed")
def test_qr_code_carries_the_code_and_key_figures(qapp, tmp_path):
    ev = forge.evidence()
    out = tmp_path / "cert.pdf"
    write_pdf(ev, out)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp_path / "page.png")],
                             capture_output=True, text=True, check=True).stdout.strip()
    cpm = next(f["reached"] for f in ev["figures"] if f["key"] == "typing_cpm")
    assert decoded.startswith(f"CHAT-TRAINER-CERT|{ev['code']}|support-basics@1.2.0|")
    assert f"typing_cpm={cpm:g}" in decoded and "quiz_percent=90" in decoded


@needs_poppler
def test_pdftotext_gives_back_exactly_the_hash_the_date_and_a_pack_title_with_ligature_letters(qapp, tmp_path):
    ev = forge.evidence()
    ev["pack"].update(content_hash="ff" * 8 + "0f1f" * 12, title="Office fluff")  # ff, fi, fl: ligatures in DejaVu
    out = tmp_path / "cert.pdf"
    write_pdf(ev, out)
    lines = [" ".join(line.split()) for line in _text(out).splitlines()]
    assert f"Хеш содержимого: {ev['pack']['content_hash']}" in lines
    assert "«Office fluff»" in lines and "Дата: 4 декабря 2026 г." in lines
