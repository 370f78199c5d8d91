"""Country codes as the sources give them: alpha-3 (travel advice), alpha-2 (EU list),
English names (UN list). The product stores alpha-2 everywhere."""

from __future__ import annotations

import re
from functools import cache

import pycountry

# Codes the sources use that ISO 3166-1 does not hold (the EU list writes "00" for unknown).
_UNKNOWN = {"", "00", "XX", "UNKNOWN"}


@cache
def alpha2(code: str) -> str | None:
    """Alpha-2 for an alpha-2, alpha-3 or numeric code, or None."""
    code = (code or "").strip().upper()
    if code in _UNKNOWN:
        return None
    if "-" in code:  # travel advice for parts of the Kingdom, e.g. BQ-BO (Bonaire)
        code = code.split("-", 1)[0]
    try:
        found = pycountry.countries.lookup(code)
    except LookupError:
        return None
    return found.alpha_2


@cache
def alpha2_from_name(name: str) -> str | None:
    """Alpha-2 for a country's English name as the UN list writes it (fuzzy where needed)."""
    name = (name or "").strip()
    if not name:
        return None
    # The UN writes "Venezuela (Bolivarian Republic of)" and "Democratic Republic of the
    # Congo"; ISO writes "Venezuela, Bolivarian Republic of" and "Congo, The Democratic
    # Republic of the". Try the name, then without brackets, then turned around.
    bare = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    tries = [name, bare]
    for sep in (" of the ", " of "):
        if sep in bare:
            head, tail = bare.split(sep, 1)
            article = ", The " if sep == " of the " else ", "
            tries.append(f"{tail}{article}{head}{sep.rstrip()}")
    for candidate in tries:
        try:
            return pycountry.countries.lookup(candidate).alpha_2
        except LookupError:
            continue
    try:
        hits = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return None
    return hits[0].alpha_2 if hits else None
