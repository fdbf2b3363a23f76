"""Screenshots of every section of the main window, in Russian and English, for before/after comparison.

    .venv/bin/python tools/screenshots.py OUT_DIR [--size 1280x720] [--lang ru|en|both] [--scheme light|dark]
    .venv/bin/python tools/screenshots.py OUT_DIR --all [--xvfb]
    .venv/bin/python tools/screenshots.py BEFORE_DIR --compare AFTER_DIR

Besides the sections (and «Прогресс»'s details behind its cards), the first correspondence task is answered
(``15-chat-typing``, ``16-chat``), the first lesson is typed on a steady clock and shot half-way (``13-drill``)
and on its result screen (``14-result``), «Обращение»'s first exercise is sent back unchanged (``17``: the
verdict and the rules' findings), the first quiz is shot at a question, its feedback and its review (``18``–``20``),
and the first shift runs with two customers in, then ends with one answered (``21``, ``22``).
``--all`` shoots both languages at 1280×720 and 1920×1080, light and dark, into ``OUT/<size>-<scheme>/``;
``--xvfb`` runs the real window (xcb) on an Xvfb display of its own instead of Qt's offscreen platform. Each language runs in its own process (Qt translators are
installed once per application). The window is filled from a fresh data directory with one profile («Анна») and one saved lesson attempt,
so «Прогресс» and «Адаптивная тренировка» have something to show; random texts are seeded, so two
runs over the same code give the same pictures. Files are named ``<lang>-<nn>-<section>.png``.
``--compare`` counts the differing pixels of same-named files in two folders (as ImageMagick's
``compare -metric AE`` does) and writes ``<name>-diff.png`` (differences in red) for each that differs.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _settle(app, seconds: float = 0.3) -> None:
    """Let queued signals, background results and repaints arrive."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _wait_background(app, window) -> None:
    """Wait for the grammar engine and every background read, then deliver their results."""
    from PySide6.QtCore import QThreadPool

    deadline = time.monotonic() + 120
    while window.grammar_service.state == "loading" and time.monotonic() < deadline:
        _settle(app, 0.1)
    window.grammar_service.worker.wait()
    QThreadPool.globalInstance().waitForDone(30_000)
    _settle(app)


def _seed_attempt(store, profile_id: int) -> None:
    """One finished lesson on the Russian home row, typed at a steady pace with two slips."""
    from app.core.drill import Drill
    from app.core.vocabulary import ErrorMode
    from app.core.metrics import summarise
    from app.core.records import TypingRecord
    from app.core.typography import TypographyPolicy

    text = "фыва олдж " * 12
    drill = Drill(text.strip(), "ru", ErrorMode.CORRECT, TypographyPolicy())
    t = 0.0
    for i, ch in enumerate(text.strip()):
        t += 0.25
        if i in (7, 31):
            drill.type_char("ж" if ch != "ж" else "ф", t)
            t += 0.25
            drill.backspace(t)
            t += 0.25
        drill.type_char(ch, t)
    store.attempts.save_typing(
        profile_id, kind="lesson", pack_id="ru-typing", exercise_id="shot", layout="ru", mode="correct",
        text=drill.target, started_at="2026-01-15T10:00:00+00:00",
        record=TypingRecord(summary=summarise(drill.log, len(drill.target)).to_dict(), completed=True,
                            title="Урок"), keystrokes=drill.log, passed=True)


def _shoot_lesson(app, window, out: Path, lang: str) -> list[Path]:
    """The first lesson typed on a steady clock: the drill half-way (one slip), then its result."""
    pack, course = window.ctx.typing_courses()[0]
    window.start_lesson(pack.id, course.id, course.lessons[0].id)
    drill = window.drill
    clock = [1000.0]
    drill._clock = lambda: clock[0]
    target = drill.drill.target
    half = len(target) // 2
    for i, ch in enumerate(target):
        clock[0] += 0.3
        if i == 3:  # a wrong key, then Backspace
            drill._on_char("ъ")
            clock[0] += 0.3
            drill._on_backspace()
            clock[0] += 0.3
        drill._on_char(ch)
        if i == half:
            drill._tick()
            _settle(app)
            path = out / f"{lang}-13-drill.png"
            window.grab().save(str(path))
    _wait_background(app, window)
    result = out / f"{lang}-14-result.png"
    window.grab().save(str(result))
    return [path, result]


def _shoot_chat(app, window, out: Path, lang: str) -> list[Path]:
    """The first correspondence task answered with its model reply: while graded («печатает…»), then graded."""
    window.open_section("correspondence")
    screen = window.correspondence
    pack = screen.packs()[0]
    task = pack.correspondence[0]
    screen.chat.start(pack, task)
    screen.pages.setCurrentWidget(screen.chat_page)
    screen.chat.reply.setPlainText(task.model_replies[0] if task.model_replies else task.title)
    screen.chat.send()
    _settle(app, 0.1)
    typing = out / f"{lang}-15-chat-typing.png"
    window.grab().save(str(typing))
    deadline = time.monotonic() + 60
    while not screen.chat.scores and time.monotonic() < deadline:
        _settle(app, 0.1)
    _wait_background(app, window)
    graded = out / f"{lang}-16-chat.png"
    window.grab().save(str(graded))
    screen.show_list()
    return [typing, graded]


def _shoot_grammar(app, window, out: Path, lang: str) -> list[Path]:
    """«Обращение»'s first exercise sent back as given: the verdict, the comparison and the rules' findings."""
    window.open_section("grammar")
    screen = window.grammar
    head = screen.tree.topLevelItem(0)
    topics = [head.child(i) for i in range(head.childCount())]
    screen._open(next((t for t in topics if t.text(0) == "Обращение"), topics[0]))
    exercise = screen.exercise
    _settle(app)
    exercise.submit()
    deadline = time.monotonic() + 60
    while exercise.verdict is None and time.monotonic() < deadline:
        _settle(app, 0.1)
    _wait_background(app, window)
    path = out / f"{lang}-17-grammar-exercise.png"
    window.grab().save(str(path))
    screen.show_topics()
    return [path]


def _shoot_quiz(app, window, out: Path, lang: str) -> list[Path]:
    """The first quiz: a question, its feedback after a wrong choice, then the review of the run."""
    window.open_section("quiz")
    screen = window.quizzes
    screen._start(screen.tree.topLevelItem(0).child(0))
    run = screen.run
    _settle(app)
    shots = [out / f"{lang}-18-quiz-question.png", out / f"{lang}-19-quiz-feedback.png",
             out / f"{lang}-20-quiz-review.png"]
    window.grab().save(str(shots[0]))
    right = run.current.question
    run.pick(2 if right.type != "truefalse" else 1)
    if right.type in ("short", "numerical"):
        run._line.setText("—")
    run.confirm()
    _settle(app)
    window.grab().save(str(shots[1]))
    run._finish()
    _settle(app)
    window.grab().save(str(shots[2]))
    screen.show_list()
    return shots


def _shoot_shift(app, window, out: Path, lang: str) -> list[Path]:
    """The first shift of the first pack that has one, on a steady clock: two customers in, then its report."""
    window.open_section("correspondence")
    screen = window.correspondence
    pack = next((p for p in screen.packs() if p.shifts), None)
    if pack is None:
        return []
    view = screen.shift
    clock = [1000.0]
    view.now = lambda: clock[0]
    view.start(pack, pack.shifts[0])
    screen.pages.setCurrentWidget(view)
    clock[0] += max(pack.shifts[0].arrivals[:2]) + 7
    view._tick()
    _settle(app)
    running, report = out / f"{lang}-21-shift.png", out / f"{lang}-22-shift-report.png"
    window.grab().save(str(running))
    first = view.views[0]
    first.reply.setPlainText(first.task.model_replies[0] if first.task.model_replies else first.task.title)
    first.send()
    deadline = time.monotonic() + 60
    while not first.scores and time.monotonic() < deadline:
        _settle(app, 0.1)
    view.end_shift()
    _wait_background(app, window)
    window.grab().save(str(report))
    screen.show_list()
    return [running, report]


def shoot(out: Path, lang: str, width: int, height: int, scheme: str = "light") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.storage.interface import save_language
    from app.storage.store import open_store
    from app.ui import theme
    from app.ui.application import install_translation

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.load_fonts()
    theme.set_app_font(app)
    theme.apply(app, dark=scheme == "dark")
    install_translation(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir(parents=True)
        save_language(data, lang)
        store = open_store(data)
        profile = store.profiles.create("Анна")
        store.profiles.set_current(profile.id)
        _seed_attempt(store, profile.id)
        from app.ui.context import AppContext
        from app.ui.main_window import MainWindow

        random.seed(2026)
        window = MainWindow(AppContext(store, store.data_dir))
        window.resize(width, height)
        window.show()
        _wait_background(app, window)
        for row, (key, _title, _screen) in enumerate(window.sections):
            random.seed(row)
            window.nav.setCurrentRow(row)
            _wait_background(app, window)
            path = out / f"{lang}-{row + 1:02d}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
            if key == "progress":  # the statistics behind the skill cards
                window.progress.show_details(True)
                _wait_background(app, window)
                path = out / f"{lang}-{row + 1:02d}-progress-details.png"
                window.grab().save(str(path))
                written.append(path)
                window.progress.show_details(False)
        written += _shoot_chat(app, window, out, lang)
        written += _shoot_grammar(app, window, out, lang)
        written += _shoot_quiz(app, window, out, lang)
        written += _shoot_shift(app, window, out, lang)
        written += _shoot_lesson(app, window, out, lang)
        window.close()
        window.deleteLater()
        _settle(app)
        store.close()
    return written


def compare(before: Path, after: Path) -> int:
    """Print the differing pixels per picture; 1 if any differs or is missing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QColor, QImage

    changed = 0
    for old in sorted(before.glob("*.png")):
        if old.name.endswith("-diff.png"):
            continue
        new = after / old.name
        a, b = QImage(str(old)), QImage(str(new))
        if b.isNull() or a.size() != b.size():
            print(f"{old.name}: missing or another size")
            changed += 1
            continue
        a = a.convertToFormat(QImage.Format.Format_RGB32)
        b = b.convertToFormat(QImage.Format.Format_RGB32)
        diff = b.copy()
        count = 0
        for y in range(a.height()):
            for x in range(a.width()):
                if a.pixel(x, y) != b.pixel(x, y):
                    count += 1
                    diff.setPixelColor(x, y, QColor("red"))
        print(f"{old.name}: {count}")
        if count:
            changed += 1
            diff.save(str(after / old.name.replace(".png", "-diff.png")))
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--compare", type=Path, metavar="AFTER_DIR",
                        help="compare the pictures in OUT with those in AFTER_DIR instead of taking new ones")
    parser.add_argument("--size", default="1280x720", help="window size, WIDTHxHEIGHT (default 1280x720)")
    parser.add_argument("--lang", choices=("ru", "en", "both"), default="both")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light", help="colour scheme (default light)")
    parser.add_argument("--all", action="store_true", help="both languages, both sizes, light and dark")
    parser.add_argument("--xvfb", action="store_true", help="the real window on an Xvfb display of its own")
    args = parser.parse_args(argv)
    if args.compare is not None:
        return compare(args.out, args.compare)
    if args.xvfb:
        return _under_xvfb([a for a in (argv if argv is not None else sys.argv[1:]) if a != "--xvfb"])
    if args.all:
        for size in ("1280x720", "1920x1080"):
            for scheme in ("light", "dark"):
                main([str(args.out / f"{size}-{scheme}"), "--size", size, "--scheme", scheme, "--lang", "both"])
        return 0
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size: expected WIDTHxHEIGHT, got {args.size!r}")
    if args.lang == "both":
        for lang in ("ru", "en"):
            subprocess.run([sys.executable, __file__, str(args.out), "--size", args.size, "--lang", lang,
                            "--scheme", args.scheme],
                           check=True, cwd=ROOT)
        return 0
    sys.path.append(str(ROOT))  # an app/ on PYTHONPATH (an older checkout, say) comes first
    for path in shoot(args.out, args.lang, width, height, args.scheme):
        print(path)
    return 0


def _under_xvfb(argv: list[str]) -> int:
    """This script again with ``argv``, its window on a fresh Xvfb display (the first free one from :90)."""
    display = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
    try:
        for _ in range(50):  # the socket appears once the server accepts clients
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.1)
        env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        return subprocess.run([sys.executable, __file__, *argv], cwd=ROOT, env=env).returncode
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
