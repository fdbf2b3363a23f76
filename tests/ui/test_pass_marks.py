"""One set of pass marks: the timed-test page, its result and the certificate show the pack's numbers."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.content import CertificateRules
from tests.ui.keys import press

PACE = (0.25, 0.4, 0.3, 0.35, 0.28, 0.45, 0.22)  # about 190 зн/мин, unevenly, as a person types


def _ru_pack(ctx):
    return next(p for p, c in ctx.typing_courses() if c.timed_texts and c.layout == "ru")


def _set_certificate(ctx, pack, **rules):
    changed = replace(pack, manifest=replace(pack.manifest, certificate=CertificateRules(**rules)))
    ctx._packs = [changed if p.id == pack.id else p for p in ctx.packs]
    ctx.packsChanged.emit()


def _choose(window, pack):
    box = window.timed.course
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i)[0] == pack.id))


def _timed_result(window, ctx):
    """A one-minute test typed at about 190 зн/мин without errors; the result's threshold column."""
    window.timed.minutes.button(1).setChecked(True)
    QTest.mouseClick(window.timed.go, Qt.MouseButton.LeftButton)
    drill = window.drill
    clock = [1000.0]
    drill._clock = lambda: clock[0]
    for i, ch in enumerate(drill.drill.target[:150]):
        press(drill.text, ch)
        clock[0] += PACE[i % 7]
    clock[0] += 60.0
    drill._tick()
    grid = window.result.grid
    return {grid.itemAtPosition(r, 0).widget().text(): grid.itemAtPosition(r, 2).widget().text()
            for r in range(1, grid.rowCount()) if grid.itemAtPosition(r, 0)}


def test_the_timed_page_the_result_and_the_certificate_agree_by_default(window, ctx, qtbot):
    pack = _ru_pack(ctx)
    window.open_section("timed")
    _choose(window, pack)
    page = window.timed.bar.text()
    assert "200 зн/мин" in page and "96\u00a0%" in page and "3 мин" in page  # the certificate's defaults
    marks = _timed_result(window, ctx)
    assert marks["Скорость, зн/мин"] == "200" and marks["Точность"] == "96\u00a0%"
    assert "нужно 200 зн/мин при точности 96\u00a0%" in window.result.banner.text()  # 190 зн/мин is not enough
    window.open_section("certs")
    certs = window.certs
    certs.pack_box.setCurrentIndex(certs.pack_box.findData(pack.id))
    qtbot.waitUntil(lambda: certs.elig is not None and certs.table.rowCount() > 0)
    required = {certs.table.item(r, 0).text(): certs.table.item(r, 2).text() for r in range(certs.table.rowCount())}
    assert required["Скорость"].startswith("200") and required["Точность"].startswith("96")


def test_a_pack_that_sets_its_own_bar_is_followed_everywhere(window, ctx):
    pack = _ru_pack(ctx)
    _set_certificate(ctx, pack, typing_cpm=150, typing_accuracy=99, typing_minutes=1)
    window.open_section("timed")
    _choose(window, pack)
    page = window.timed.bar.text()
    assert "150 зн/мин" in page and "99\u00a0%" in page and "1 мин" in page
    marks = _timed_result(window, ctx)
    assert marks["Скорость, зн/мин"] == "150" and marks["Точность"] == "99\u00a0%"
    assert "Пройдено" in window.result.banner.text()
    row = ctx.store.attempts.list(ctx.profile.id)[0]
    assert row.kind == "timed" and row.passed
