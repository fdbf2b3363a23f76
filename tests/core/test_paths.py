"""The program's own files are found inside the package, so an installed wheel has them too."""

import tomllib

from app.core.paths import ASSETS, EXERCISES, PACKAGE


def test_the_built_in_packs_and_the_layouts_and_fonts_are_there():
    ids = {tomllib.loads((d / "pack.toml").read_text(encoding="utf-8"))["id"]
           for d in EXERCISES.iterdir() if (d / "pack.toml").is_file()}
    assert {"ru-typing", "en-typing", "ru-grammar", "ru-correspondence", "ru-netiquette"} <= ids
    assert (ASSETS / "layouts" / "ru.json").is_file() and (ASSETS / "layouts" / "en.json").is_file()
    assert (ASSETS / "fonts" / "DejaVuSans.ttf").is_file()
    assert ASSETS.parent == EXERCISES.parent == PACKAGE and (PACKAGE / "__init__.py").is_file()
