"""Issuing a certificate from a store: only an eligible profile gets a file, with its own evidence."""

from datetime import date

import pytest

from app.core.cert_evidence import describe_unmet
from app.packs.registry import find_pack
from app.services.certificates import eligibility, evidence, export_certificate
from app.services.errors import ServiceError
from app.storage import open_store
from tests.cli.test_cert import make_data


class Writer:
    """Stands in for the PDF writer (Qt): records what it was asked to write."""

    def __init__(self):
        self.calls = []

    def __call__(self, ev, path):
        self.calls.append((ev, path))


@pytest.fixture
def pack():
    return find_pack("ru-typing", None)


def test_an_eligible_profile_gets_its_evidence_written_to_the_path(tmp_path, pack):
    writer = Writer()
    with open_store(make_data(tmp_path)) as store:
        elig = export_certificate(store, pack, "anna", "Анна Петрова", "ru", tmp_path / "anna.pdf", writer)
    assert elig.eligible
    [(ev, path)] = writer.calls
    assert path == tmp_path / "anna.pdf"
    assert (ev["name"], ev["profile"], ev["lang"]) == ("Анна Петрова", "anna", "ru")
    assert ev["pack"]["id"] == "ru-typing" and ev["pack"]["content_hash"] == pack.content_hash


def test_a_flagged_test_is_not_eligible_and_nothing_is_written(tmp_path, pack):
    writer = Writer()
    with open_store(make_data(tmp_path, flagged=True)) as store:
        elig = export_certificate(store, pack, "anna", "Анна", "ru", tmp_path / "anna.pdf", writer)
    assert not elig.eligible and writer.calls == []
    assert "Скорость: нет засчитанной попытки, нужно 200 зн/мин" in describe_unmet(elig)


def test_an_unknown_profile_is_named(tmp_path, pack):
    writer = Writer()
    with open_store(make_data(tmp_path)) as store, pytest.raises(ServiceError, match="профиль «вера» не найден"):
        export_certificate(store, pack, "вера", "Вера", "ru", tmp_path / "v.pdf", writer)
    assert writer.calls == []


def test_evidence_of_an_ineligible_profile_names_what_is_unmet(tmp_path, pack):
    with open_store(make_data(tmp_path, flagged=True)) as store:
        profile = store.profiles.list()[0]
        elig = eligibility(store.attempts, pack, profile.id)
        with pytest.raises(ValueError, match="Скорость"):
            evidence(elig, pack, profile, "Анна", "ru", issued=date(2026, 12, 4))
