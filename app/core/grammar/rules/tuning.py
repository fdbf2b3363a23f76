"""pylat-ru rules we propose to switch off for chat replies (read by the embedded engine)."""

DISABLED_PYLAT_RULES: tuple[str, ...] = (
    # picky style rule: flags an adjective that ends a sentence («выберите нужный», «самый удобный»),
    # an ordinary ellipsis in chat replies
    "missing_noun_at_end",
)
