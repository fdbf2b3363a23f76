"""Workflows the command line and the window both run, without Qt: packs (install, remove with their
results, imports), checking a text, grading a reply, exporting results and reports, certificates.

Each function takes plain values and paths, does the whole job and raises an error whose ``str()``
is a message for the user (``ServiceError``, ``PackError``, ``StorageError``, ``ExportError``).
"""
