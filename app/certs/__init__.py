"""Certificate files: the PDF writer, its reader and the file verifier (Qt for writing only)."""
