"""Choosing what to export, and the department report over many exports."""

from __future__ import annotations

import pytest

from app.services.errors import ServiceError
from app.services.results import choose_profiles, export_format, export_profiles, gather_candidates
from app.storage import open_store


def test_format_from_the_option_or_the_file_name(tmp_path):
    assert export_format(tmp_path / "a.CSV") == "csv"
    assert export_format(tmp_path / "a.txt", "json") == "json"
    with pytest.raises(ServiceError, match="a.txt"):
        export_format(tmp_path / "a.txt")


def test_profiles_by_name_all_or_the_current_one(tmp_path):
    with open_store(tmp_path / "data") as store:
        with pytest.raises(ServiceError, match="нет профилей"):
            choose_profiles(store)
        anna, boris = store.profiles.create("Анна"), store.profiles.create("Борис")
        store.profiles.set_current(boris.id)
        assert choose_profiles(store) == [boris]
        assert choose_profiles(store, name="Анна") == [anna]
        assert choose_profiles(store, every=True) == [anna, boris]
        with pytest.raises(ServiceError, match="«Вера» не найден \\(есть: Анна, Борис\\)"):
            choose_profiles(store, name="Вера")


def test_exported_profiles_come_back_in_a_report_and_bad_inputs_are_named(tmp_path):
    with open_store(tmp_path / "data") as store:
        store.profiles.set_current(store.profiles.create("Анна").id)
    out = tmp_path / "anna.json"
    assert [p.name for p in export_profiles(tmp_path / "data", out, "json")] == ["Анна"]
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    report = gather_candidates([out, tmp_path / "broken.json"])
    assert [c.name for c in report.candidates] == ["Анна"]
    assert len(report.unreadable) == 1 and "broken.json" in report.unreadable[0]
