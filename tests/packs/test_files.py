"""The files of a pack: the content hash."""

from app.packs.loader import load_pack

from .helpers import edit


def test_hash_ignores_line_ends_and_bom_but_not_content(mini):
    before = load_pack(mini).content_hash
    path = mini / "typing.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_pack(mini).content_hash == before
    edit(mini, "typing.toml", "вода", "вода вода")
    assert load_pack(mini).content_hash != before
