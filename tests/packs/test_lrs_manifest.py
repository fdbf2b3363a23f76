"""``[lrs]`` in pack.toml: the department's LRS, checked like every other field."""

from __future__ import annotations

import pytest

from app.core.xapi import pack_info
from app.packs.loader import load_pack
from tests.packs.helpers import errors


def _with_lrs(folder, table: str) -> None:
    path = folder / "pack.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[lrs]\n" + table, encoding="utf-8")


def test_pack_names_its_department(mini):
    _with_lrs(mini, 'endpoint = "https://lrs.dept.example/xAPI/"\nidentity = "account"\n'
                    'home_page = "https://lms.dept.example"\nactivity_base = "https://lms.dept.example/xapi/mini/"\n')
    manifest = load_pack(mini).manifest
    assert manifest.lrs.endpoint == "https://lrs.dept.example/xAPI/"
    assert (manifest.lrs.identity, manifest.lrs.home_page) == ("account", "https://lms.dept.example")
    assert pack_info(manifest).exercise_iri("l1") == "https://lms.dept.example/xapi/mini/l1"


def test_no_lrs_table_no_lrs(mini):
    manifest = load_pack(mini).manifest
    assert manifest.lrs is None
    assert pack_info(manifest).exercise_iri("l1") == f"urn:chat-trainer:pack:{manifest.id}:exercise:l1"


@pytest.mark.parametrize("table, field, message", [
    ('identity = "email"\n', "lrs.endpoint", "обязательное поле"),
    ('endpoint = "lrs.dept.example"\n', "lrs.endpoint", "не адрес"),
    ('endpoint = "https://lrs.dept.example/xAPI/"\nidentity = "phone"\n', "lrs.identity", "недопустимое значение"),
    ('endpoint = "https://lrs.dept.example/xAPI/"\nidentity = "account"\n', "lrs.home_page", "нужен адрес сайта"),
    ('endpoint = "https://lrs.dept.example/xAPI/"\nactivity_base = "курс 1"\n', "lrs.activity_base", "не IRI"),
    ('endpoint = "https://lrs.dept.example/xAPI/"\nsecret = "x"\n', "lrs.secret", "неизвестное поле"),
])
def test_bad_lrs_table_is_named(mini, table, field, message):
    _with_lrs(mini, table)
    found = errors(mini)
    assert any(f"pack.toml" in e and field in e and message in e for e in found), found
