"""pylat-ru rules we propose to switch off for chat replies (read by the embedded engine)."""

DISABLED_PYLAT_RULES: tuple[str, ...] = (
    # picky style rule: flags an adjective that ends a sentence («выберите нужный», «самый удобный»),
    # an ordinary ellipsis in chat replies
    "missing_noun_at_end",
    # Style rules that judge taste, not correctness: on correct prose written by native speakers they
    # fire far more often than on anything a reader would call a mistake. «Если же…», «сразу же»,
    # «у мужчин же» are the particle's normal uses (PARTICLE_JE); two relative clauses with «который»
    # (OPREDELENIA), a sentence with several pronouns (Many_PNN), one that ends in a pronoun (PNN_ON_END)
    # or has «их» twice (DoubleIH), «о том, что» after a noun (O_tom_chto) and clusters of consonants
    # across two words («мозг склонен», BLAGOZVUCHNOST) are all ordinary, correct Russian.
    "PARTICLE_JE",
    "OPREDELENIA",
    "Many_PNN",
    "PNN_ON_END",
    "DoubleIH",
    "O_tom_chto",
    "BLAGOZVUCHNOST",
    # picky «не» with a short adjective written apart («Возможно пишется слитно, проверьте контекст»): a hint to
    # check, not a mistake a corrector marks — a negated short-form predicate is written apart in usage and by
    # the dictionaries («авиакомпания не виновата», «страховка не обязательна, но…»)
    "Ne_pril_prich1",
    # «Тем не менее,» opening a sentence: the rule calls the phrase a conjunction that takes no comma, but edited
    # prose by native speakers writes the comma in most such sentences (documentation, fiction, translations),
    # and no error set of real writing has this slip: a matter of house style, not a mistake to report
    "tem_ne_menee",
    # «предупредить заранее» called a tautology: dictionaries give the phrase as usual Russian (the verb means telling
    # beforehand, «заранее» says how long before), and the labellers of real writing never mark it as an error
    "Tavtology_zaranee_predupredit",
)
