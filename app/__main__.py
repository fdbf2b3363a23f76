"""``python -m app``: the same as the ``chat-trainer`` command."""

from app.cli import main

raise SystemExit(main())
