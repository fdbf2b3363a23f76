"""The error of a workflow that cannot go ahead; ``str()`` is a complete message for the user."""


class ServiceError(Exception):
    """Something the user named was not found or cannot be used (a profile, a pack, a task)."""
