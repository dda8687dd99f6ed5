"""Registry of all formats."""
from base import offstr  # noqa: F401
import fmt_a
import fmt_b
import fmt_c
import fmt_d
import fmt_e

FORMATS = {}
for mod in (fmt_a, fmt_b, fmt_c, fmt_d, fmt_e):
    for v in vars(mod).values():
        if isinstance(v, type) and getattr(v, 'key', 'base') != 'base' and v.__module__ == mod.__name__:
            FORMATS[v.key] = v
