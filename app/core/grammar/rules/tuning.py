"""pylat-ru rules we propose to switch off for chat replies (read by the embedded engine)."""

DISABLED_PYLAT_RULES: tuple[str, ...] = (
    # picky style rule: flags an adjective that ends a sentence («выберите нужный», «самый удобный»),
    # an ordinary ellipsis in chat replies
    "missing_noun_at_end",
    # picky «не» with a short adjective written apart («Возможно пишется слитно, проверьте контекст»): a hint to
    # check, not a mistake a corrector marks — a negated short-form predicate is written apart in usage and by
    # the dictionaries («авиакомпания не виновата», «страховка не обязательна, но…»)
    "Ne_pril_prich1",
)
