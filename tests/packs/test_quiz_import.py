"""A Moodle bank (GIFT or XML) written as a pack folder: the file's kind, the pack's manifest, parts for
a big bank, a short report, and a refusal that writes nothing."""

import pytest
import tomli

from app.core.content import QuizOption, QuizPair, QuizQuestion
from app.packs.loader import load_pack
from app.packs.problems import PackError
from app.packs.quiz_import import detect_kind, import_quiz, question_table, table_toml
from tests.packs.conftest import DATA

ETIQUETTE = DATA / "quiz" / "etiquette.gift"
RULES = DATA / "quiz" / "moodle_rules.gift"
XML = DATA / "quiz" / "etiquette.xml"


@pytest.mark.parametrize("name, text, kind", [
    ("bank.xml", "Вопрос {=да ~нет}", "xml"), ("bank.gift", "<quiz/>", "gift"), ("bank.txt", "<quiz/>", "gift"),
    ("bank.dat", "\ufeff\n  <?xml version='1.0'?><quiz/>", "xml"), ("bank", "::Т::Вопрос {T}", "gift"),
])
def test_the_kind_goes_by_the_extension_then_by_the_content(name, text, kind):
    assert detect_kind(name, text) == kind


def test_the_manifest_names_the_source_and_the_language_of_the_questions(tmp_path):
    report = import_quiz(XML, tmp_path / "ru")
    manifest = report.pack.manifest
    assert (report.pack.id, manifest.title, manifest.language) == ("etiquette", "etiquette", "ru")
    assert manifest.description == "Вопросы, перенесённые из файла etiquette.xml (Moodle XML)."
    english = tmp_path / "english.gift"
    english.write_text("::Greeting::How do you greet a customer? {=Hello ~Yo}\n", encoding="utf-8")
    assert import_quiz(english, tmp_path / "en").pack.manifest.language == "en"


def test_a_file_not_in_utf8_is_refused_with_its_line(tmp_path):
    bank = tmp_path / "cp1251.gift"
    bank.write_bytes("Вопрос {=да ~нет}\n\n::Второй::Верно? {T}\n".encode("cp1251"))
    with pytest.raises(PackError) as exc:
        import_quiz(bank, tmp_path / "out")
    (problem,) = exc.value.problems
    assert (problem.file, problem.line, problem.message) == ("cp1251.gift", 1, "файл не в кодировке UTF-8")
    assert not (tmp_path / "out").exists()


def test_import_refuses_non_empty_folder_and_bad_id(tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x.txt").write_text("x")
    with pytest.raises(PackError, match="не пуста"):
        import_quiz(ETIQUETTE, tmp_path / "busy")
    with pytest.raises(PackError, match="недопустимый id"):
        import_quiz(ETIQUETTE, tmp_path / "new", pack_id="Bad Id")


def test_only_unsupported_questions_is_an_error(tmp_path):
    src = tmp_path / "essay.gift"
    src.write_text("::Эссе::Напишите ответ. {}\n", encoding="utf-8")
    with pytest.raises(PackError) as exc:
        import_quiz(src, tmp_path / "p")
    assert "нет ни одного вопроса" in str(exc.value.problems[-1])
    assert not (tmp_path / "p").exists()


def test_a_big_bank_is_written_in_parts_and_findings_still_point_at_the_source(tmp_path, monkeypatch):
    from app.packs import quiz_import

    monkeypatch.setattr(quiz_import, "PART_BYTES", 2_000)  # a few questions per file
    report = import_quiz(RULES, tmp_path / "pack")
    files = sorted(p.name for p in (tmp_path / "pack").glob("quiz-*.toml"))
    assert len(files) > 2 and not (tmp_path / "pack" / "quiz.toml").exists()
    pack = load_pack(tmp_path / "pack")
    assert len(pack.quiz) == report.imported and len(pack.quizzes) == 1
    missing = sorted(w.line for w in report.warnings if "нет объяснения" in w.message)
    whole = import_quiz(RULES, tmp_path / "whole")
    assert missing == sorted(w.line for w in whole.warnings if "нет объяснения" in w.message)


def test_many_skipped_questions_of_one_kind_make_one_line(tmp_path):
    bank = tmp_path / "essays.gift"
    bank.write_text("Вопрос {=да ~нет}\n\n" + "\n\n".join(f"Эссе номер {n}. {{}}" for n in range(10)) + "\n",
                    encoding="utf-8")
    lines = import_quiz(bank, tmp_path / "pack").lines()
    essays = [line for line in lines if "(essay)" in line]
    assert essays == ["  пропущено 10 (essay): эссе (развёрнутый ответ) не поддерживается — строки 3, 5, 7, 9, 11 …"]



# Texts a bank may hold that TOML must escape or keep: quotes, backslashes, control characters, line breaks
# (leading, inner and trailing), a triple quote, carriage returns, tabs, non-ASCII and astral characters.
AWKWARD = ['Скажите "да"', "C:\\папка\\файл", 'три """ кавычки', "строка\nвторая\n", "\nс разрыва", "таб\tи\r\nвозврат",
           "звонок \x07 и \x1f, удаление \x7f", 'конец на "', "\\", "эмодзи 🙂 и «ёлки»", "\u2028 разделитель", "'одинарные'"]


def test_the_written_quiz_file_reads_back_as_exactly_the_tables_the_import_checked():
    questions = [
        QuizQuestion(id=f"q-{n}", type="single", text=text, category=f"Кат/{n}", explanation=AWKWARD[n - 1],
                     options=(QuizOption(text=text, correct=True, feedback=text), QuizOption(text="нет", weight=-50.5)))
        for n, text in enumerate(AWKWARD, 1)
    ] + [
        QuizQuestion(id="tf", type="truefalse", text="Верно?", answer=False, feedback_true="\n", shuffle=False,
                     penalty=33.33333, hints=tuple(AWKWARD)),
        QuizQuestion(id="num", type="numerical", text="Сколько?", options=(
            QuizOption(value=-1.5e-7, tolerance=0.25), QuizOption(text="*", weight=0.0, feedback="иначе"))),
        QuizQuestion(id="m", type="matching", text="Пары", distractors=tuple(AWKWARD[:3]),
                     pairs=(QuizPair("а", 'б"'), QuizPair("\\", "\n"))),
    ]
    tables = [question_table(q) for q in questions]
    text = "\n".join("\n".join(table_toml("question", t)) + "\n" for t in tables)
    assert tomli.loads(text) == {"question": tables}


@pytest.mark.parametrize("bank", [RULES, ETIQUETTE, XML], ids=lambda p: p.name)
def test_the_pack_read_from_the_written_files_is_the_pack_the_import_checked(tmp_path, bank):
    report = import_quiz(bank, tmp_path / "pack")
    again = load_pack(tmp_path / "pack")
    assert (again.quiz, again.quizzes) == (report.pack.quiz, report.pack.quizzes)
