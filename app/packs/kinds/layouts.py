"""A pack's own keyboard layouts (``[files] layouts``, format 2): ``[[layout]]`` tables in the
format of ``app/assets/layouts/*.json``, read by the same parser as the built-in ones."""

from __future__ import annotations

from app.core.layouts import LAYOUT_IDS, Layout, LayoutError, load_layout, parse_layout
from app.packs.schema import ID_RE, F, PackFile, short

TOP = {"layout": F("tables", default=[])}


def read_layouts(f: PackFile, tables: list[dict], into: dict[str, Layout]) -> None:
    """Add the file's layouts to ``into`` (by id); problems go to ``f``."""
    for li, table in enumerate(tables):
        path = ("layout", li)
        try:
            layout = parse_layout(table, f.rel)
        except LayoutError as exc:
            f.error(path, f"раскладка не читается: {exc}")
            continue
        if not ID_RE.match(layout.id) or layout.id in LAYOUT_IDS or layout.id in into:
            f.error(path + ("id",), f"«{short(layout.id)}» — недопустимый или занятый id раскладки "
                                    f"(встроенные: {', '.join(LAYOUT_IDS)})")
            continue
        into[layout.id] = layout


def layout_for(f: PackFile, path: tuple, layout_id: str, own: dict[str, Layout]) -> Layout | None:
    """The pack's own layout or a built-in one; an unknown id is an error naming both kinds."""
    if layout_id in own:
        return own[layout_id]
    if layout_id in LAYOUT_IDS:
        return load_layout(layout_id)
    listed = f", в пакете: {', '.join(own)}" if own else ""
    f.error(path, f"неизвестная раскладка «{short(layout_id)}» (встроенные: {', '.join(LAYOUT_IDS)}{listed})")
    return None
