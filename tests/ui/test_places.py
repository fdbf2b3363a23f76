"""File dialogs open in the user's documents folder, or the home folder when there is none."""

from pathlib import Path

from app.ui import places


def test_the_documents_folder_when_it_exists(qapp, tmp_path, monkeypatch):
    docs = tmp_path / "Документы"
    docs.mkdir()
    monkeypatch.setattr(places.QStandardPaths, "writableLocation", lambda _where: str(docs))
    assert places.documents_dir() == docs


def test_the_home_folder_when_the_documents_folder_is_missing(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(places.QStandardPaths, "writableLocation", lambda _where: str(tmp_path / "нет"))
    monkeypatch.setattr(places.Path, "home", classmethod(lambda cls: tmp_path))
    assert places.documents_dir() == tmp_path
    assert isinstance(places.documents_dir(), Path)
