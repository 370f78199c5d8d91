"""Multilingual text: a plain string, or translations keyed by BCP 47 tag.

Stored as given (string or object) so that any language tag works and an
export writes back what was imported.
"""

from __future__ import annotations

import unicodedata

Text = str | dict[str, str]

FALLBACK = ("en", "nl")


def pick(text: Text | None, lang: str = "en", fallback: tuple[str, ...] = FALLBACK) -> str:
    """The text in ``lang``, else its base language, else English, Dutch, anything."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    if not text:
        return ""
    candidates = [lang, lang.split("-")[0], *fallback]
    for tag in candidates:
        if tag in text:
            return text[tag]
    base = lang.split("-")[0].lower()
    for tag, value in text.items():
        if tag.split("-")[0].lower() == base:
            return value
    return next(iter(text.values()))


def languages(text: Text | None) -> set[str]:
    if isinstance(text, dict):
        return set(text)
    return set()


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)
