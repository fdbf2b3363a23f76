"""PySide6 screens. They show what app.core decides; no rule lives here."""
