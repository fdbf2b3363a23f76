"""sqlite-utils' ``Database``, imported without its optional numpy and pandas support.

sqlite-utils imports numpy and pandas when they are installed, only to map their number types to
column types. The store never writes such values, yet numpy is installed (the grammar engine's
process needs it), and importing it would cost the window's process about 0.1 s and 15 MiB.
While sqlite-utils loads, both are marked absent; afterwards they import normally.
"""

from __future__ import annotations

import sys

_OPTIONAL = ("numpy", "pandas")
_absent = object()

if "sqlite_utils" in sys.modules:
    from sqlite_utils import Database
else:
    _kept = {name: sys.modules.get(name, _absent) for name in _OPTIONAL}
    try:
        for _name, _module in _kept.items():
            if _module is _absent:
                sys.modules[_name] = None  # an import of it raises ImportError, which sqlite-utils expects
        from sqlite_utils import Database
    finally:
        for _name, _module in _kept.items():
            if _module is _absent:
                del sys.modules[_name]

__all__ = ["Database"]
