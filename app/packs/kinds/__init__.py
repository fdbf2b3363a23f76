"""One module per kind of pack content: its specs, its checks, and the core models it builds.

Each module has ``TOP`` (the arrays of tables its files may hold) and readers that take the pack
being read (:class:`app.packs.schema.PackReader`), the file, the field path and the table.
"""
