"""Which packs are available: installed ones replace built-in ones, broken ones are reported; the cache sees edits."""

from app.packs import registry

from .helpers import edit


def test_registry_installed_replaces_builtin_and_reports_broken(mini, tmp_path, monkeypatch):
    builtin = tmp_path / "exercises"
    builtin.mkdir()
    import shutil
    shutil.copytree(mini, builtin / "mini")
    shutil.copytree(mini, builtin / "broken")
    (builtin / "broken" / "pack.toml").write_text("format = 1\nid = 'broken'\n", encoding="utf-8")
    monkeypatch.setattr(registry, "builtin_dir", lambda: builtin)
    data = tmp_path / "data"
    shutil.copytree(mini, data / "packs" / "mini")
    edit(data / "packs" / "mini", "pack.toml", 'version = "1.0.0"', 'version = "1.1.0"')
    scan = registry.scan_packs(data)
    assert [(p.id, p.manifest.version, p.builtin) for p in scan.packs] == [("mini", "1.1.0", False)]
    assert [b.folder.name for b in scan.broken] == ["broken"]
    assert [(p.id, p.builtin) for p in registry.available_packs(None)] == [("mini", True)]


def test_registry_cache_sees_edits(mini):
    first = registry.load_cached(mini)
    assert registry.load_cached(mini) is first
    edit(mini, "pack.toml", 'version = "1.0.0"', 'version = "1.0.10"')
    assert registry.load_cached(mini).manifest.version == "1.0.10"
