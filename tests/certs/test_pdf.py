"""Certificate PDFs checked with poppler: Cyrillic text, the attachment, a long name, verification."""

import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfWriter

from app.certs.pdf_reader import NotACertificate
from app.certs.pdf_writer import write_pdf
from app.certs.verify_file import verify_pdf
from app.core.cert_evidence import build_evidence, collect, evidence_bytes
from app.core.thresholds import CertificateThresholds
from tests.core.cert_fixtures import human_log, pack, qualifying_rows

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

LONG_NAME = "Констанция Александровна Преображенская-Вольдемаровская-Тест"


def _evidence(name="Анна Петрова", lang="ru"):
    log = human_log()
    p = pack()
    th = CertificateThresholds()
    return build_evidence(collect(qualifying_rows(log), p, lambda _: log, th), name=name, profile="anna",
                          pack=p, th=th, lang=lang, issued=date(2026, 12, 4))


def _text(path, *args):
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_poppler_shows_cyrillic_name_figures_and_the_attachment(qapp, tmp_path):
    ev = _evidence()
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


def test_english_certificate(qapp, tmp_path):
    out = tmp_path / "cert-en.pdf"
    write_pdf(_evidence(lang="en"), out)
    text = _text(out, "-layout")
    assert "CERTIFICATE" in text and "Accuracy:" in text and "required 96 %" in text
    assert verify_pdf(out)[1].valid


def test_a_sixty_character_name_fits_on_the_page(qapp, tmp_path):
    name = LONG_NAME
    assert len(name) == 60
    out = tmp_path / "long.pdf"
    write_pdf(_evidence(name), out)
    assert name in _text(out, "-layout")
    page_width = float(re.search(r'<page width="([\d.]+)"', _text(out, "-bbox")).group(1))
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', _text(out, "-bbox"))
    name_words = [(float(a), float(b)) for a, b, w in words if w in name.split()]
    assert len(name_words) == 3
    assert all(a >= 0.05 * page_width and b <= 0.95 * page_width for a, b in name_words)


def test_a_clean_certificate_verifies(qapp, tmp_path):
    out = tmp_path / "cert.pdf"
    write_pdf(_evidence(), out)
    evidence, report = verify_pdf(out)
    assert report.valid, report.mismatches
    assert evidence["name"] == "Анна Петрова"


def test_edited_attachment_is_reported(qapp, tmp_path):
    ev = _evidence()
    next(f for f in ev["figures"] if f["key"] == "quiz_percent")["reached"] = 100.0
    out = tmp_path / "edited.pdf"
    write_pdf(ev, out)
    mismatches = verify_pdf(out)[1].mismatches
    assert "Тест по этикету: в сертификате 100 %, по вложенным данным 90 %" in mismatches


def test_page_of_one_person_with_evidence_of_another_is_reported(qapp, tmp_path):
    page = tmp_path / "ivan.pdf"
    write_pdf(_evidence("Иван Сидоров"), page)
    writer = PdfWriter()
    writer.append(str(page))
    writer.add_attachment("evidence.json", evidence_bytes(_evidence()))
    forged = tmp_path / "forged.pdf"
    writer.write(str(forged))
    mismatches = verify_pdf(forged)[1].mismatches
    assert "Текст страницы: «Иван Сидоров», а по вложенным данным должно быть «Анна Петрова»" in mismatches


def test_not_a_certificate(tmp_path):
    bogus = tmp_path / "x.pdf"
    bogus.write_text("hello", encoding="utf-8")
    with pytest.raises(NotACertificate, match="не удаётся прочитать PDF"):
        verify_pdf(bogus)


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="zbar-tools or poppler not installed")
def test_qr_code_carries_the_code_and_key_figures(qapp, tmp_path):
    ev = _evidence()
    out = tmp_path / "cert.pdf"
    write_pdf(ev, out)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(tmp_path / "page.png")],
                             capture_output=True, text=True, check=True).stdout.strip()
    cpm = next(f["reached"] for f in ev["figures"] if f["key"] == "typing_cpm")
    assert decoded.startswith(f"CHAT-TRAINER-CERT|{ev['code']}|support-basics@1.2.0|")
    assert f"typing_cpm={cpm:g}" in decoded and "quiz_percent=90" in decoded


def test_department_report_takes_a_valid_certificate_and_refuses_an_edited_one(qapp, tmp_path):
    from app.reports.inputs import InputError, read_candidates

    good = tmp_path / "petrova.pdf"
    write_pdf(_evidence(), good)
    [row] = read_candidates(good)
    assert row.name == "Анна Петрова"
    assert row.figures["quiz_score"] == 90.0
    assert row.figures["best_timed_cpm"] >= 200
    assert row.sources == ("petrova.pdf (сертификат)",)

    ev = _evidence(name="Иван Сидоров")
    next(f for f in ev["figures"] if f["key"] == "quiz_percent")["reached"] = 100.0
    bad = tmp_path / "sidorov.pdf"
    write_pdf(ev, bad)
    with pytest.raises(InputError) as err:
        read_candidates(bad)
    assert "sidorov.pdf" in str(err.value) and "Тест по этикету" in str(err.value)


def test_pdftotext_gives_back_exactly_the_hash_the_date_and_a_pack_title_with_ligature_letters(qapp, tmp_path):
    ev = _evidence()
    ev["pack"].update(content_hash="ff" * 8 + "0f1f" * 12, title="Office fluff")  # ff, fi, fl: ligatures in DejaVu
    out = tmp_path / "cert.pdf"
    write_pdf(ev, out)
    lines = [" ".join(line.split()) for line in _text(out).splitlines()]
    assert f"Хеш содержимого: {ev['pack']['content_hash']}" in lines
    assert "«Office fluff»" in lines and "Дата: 4 декабря 2026 г." in lines
