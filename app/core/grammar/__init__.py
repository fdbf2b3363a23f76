"""Grammar and punctuation checking: one interface, several engines, our own rules."""
