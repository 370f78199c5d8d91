"""Names as the matcher compares them: folded to Latin letters, stripped of
honorifics and company legal forms, with Chinese names read as syllables.

Libraries made for this do the work: ICU transliteration through ``rigour``
(Cyrillic, Arabic, Greek, … to Latin), the OpenSanctions person-prefix list
(``rigour``) for honorifics, ``fingerprints`` for company legal forms in many
languages and scripts (Ltd, GmbH, B.V., ООО, 有限公司 …), ``pypinyin`` for Han
characters to pinyin and Wade–Giles, and ``rigour``'s metaphone for sound keys.

Chinese names meet in three spellings: characters (习近平), pinyin (Xi Jinping)
and Wade–Giles (Hsi Chin-p'ing). Each syllable is brought to one key: its
Wade–Giles form without apostrophes and umlauts (pinyin "xi" -> "hsi",
"jin" -> "chin", "qing" -> "ching"), so all three spellings give the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import fingerprints
from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PINYIN_DICT
from pypinyin.style._utils import replace_symbol_to_no_symbol
from pypinyin.style.wadegiles import to_wade_glides
from rigour.names import remove_person_prefixes
from rigour.text import ascii_text, is_stopword, metaphone

PERSON = "person"
ORGANISATION = "organisation"

_SPLIT = re.compile(r"[^a-z0-9']+")
_APOS = re.compile(r"['\u2019\u2018\u02bc\u02bb`´]")
# Letters with a háček stand for sounds that English-style romanisations write with two
# letters (ISO 9 Šojgu = BGN/PCGN Shoygu, Prigožin = Prigozhin, Sečin = Sechin): keep them
# as those two letters rather than dropping the háček.
_HACEK = str.maketrans({"š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "č": "ch", "Č": "Ch",
                        "ŝ": "shch", "Ŝ": "Shch"})


@cache
def _cyrillic_latin():
    import icu  # PyICU, which rigour's transliteration uses as well

    return icu.Transliterator.createInstance("Cyrillic-Latin")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII with single spaces: diacritics gone, other scripts transliterated."""
    text = unicodedata.normalize("NFKC", text or "")
    if not text.isascii():
        if any("\u0400" <= ch <= "\u04ff" for ch in text):
            text = _cyrillic_latin().transliterate(text)  # ISO 9, háčeks kept for _HACEK
        text = text.translate(_HACEK)
    # ICU writes letters without an ASCII form (Arabic ayn and hamza) as "?": drop them
    # like apostrophes, so "Sa'd" and "سعد" both give "sad"/"sd" and not two words.
    text = ascii_text(text).lower().replace("?", "")
    text = _APOS.sub("", text)
    return " ".join(_SPLIT.split(text)).strip()


def script_of(text: str) -> str:
    """The dominant non-Latin script of a name: han, arabic, cyrillic, other or latin."""
    if text.isascii():
        return "latin"
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha() or ord(ch) < 0x250:
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("CJK"):
            key = "han"
        elif name.startswith("ARABIC") or name.startswith("HEBREW"):
            key = "arabic"
        elif name.startswith("CYRILLIC"):
            key = "cyrillic"
        else:
            key = "other"
        counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get) if counts else "latin"


# --- Chinese syllables -------------------------------------------------------------

@cache
def _pinyin_syllables() -> frozenset[str]:
    out = set()
    for readings in PINYIN_DICT.values():
        for reading in readings.split(","):
            out.add(replace_symbol_to_no_symbol(reading).replace("ü", "v"))
    # Interjections written without a vowel (m, n, ng, hm) are no name syllables.
    return frozenset(s for s in out if s.isalpha() and s.isascii() and set(s) & set("aeiouv"))


def _wg_key(wade_giles: str) -> str:
    text = unicodedata.normalize("NFKD", wade_giles)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _APOS.sub("", text).lower()


@cache
def _syllable_keys() -> dict[str, str]:
    """Every pinyin and every Wade–Giles syllable (apostrophes dropped) -> its key."""
    keys: dict[str, str] = {}
    wade: dict[str, str] = {}
    for syllable in _pinyin_syllables():
        key = _wg_key(to_wade_glides(syllable))
        keys[syllable] = key
        wade.setdefault(key, key)
    for key in wade:  # a Wade–Giles spelling that is not also a pinyin one
        keys.setdefault(key, key)
    return keys


@cache
def _syllable_run() -> re.Pattern[str]:
    """One to three syllables (pinyin or Wade–Giles): a quick test before segmenting."""
    keys = sorted(_syllable_keys(), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, keys))
    return re.compile(f"(?:{alternatives}){{1,3}}")


def _segment(token: str) -> list[str] | None:
    """Split a run of Chinese syllables ("jinping" -> jin, ping); None if it is not one."""
    keys = _syllable_keys()
    if token in keys:
        return [token]
    n = len(token)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(min(n, i + 6), i, -1):
            piece = token[i:j]
            if piece in keys and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [piece]
    found = best[n]
    # A Chinese name part has one or two syllables (rarely three), each of two letters
    # or more when written together: "Ali" is not "a" + "li".
    if not found or len(found) > 3 or (len(found) > 1 and min(map(len, found)) < 2):
        return None
    return found


def chinese_keys_from_latin(text: str) -> tuple[str, ...] | None:
    """Syllable keys of a name in pinyin or Wade–Giles, or None if it does not read as one."""
    tokens = [t for t in re.split(r"[\s\-]+", _APOS.sub("", text.lower())) if t]
    tokens = [unicodedata.normalize("NFKD", t) for t in tokens]
    tokens = ["".join(c for c in t if not unicodedata.combining(c)) for t in tokens]
    if not tokens or not all(t.isalpha() and t.isascii() for t in tokens):
        return None
    keys = _syllable_keys()
    run = _syllable_run()
    if not all(run.fullmatch(t) for t in tokens):
        return None
    out: list[str] = []
    for token in tokens:
        parts = _segment(token)
        if parts is None:
            return None
        out.extend(keys[p] for p in parts)
    return tuple(out) if len(out) >= 2 else None


@cache
def _simplified():
    import icu

    return icu.Transliterator.createInstance("Traditional-Simplified")


def simplified_characters(text: str) -> tuple[str, ...]:
    """The Han characters of a name in simplified form (習近平 and 习近平 are one name)."""
    return tuple(ch for ch in _simplified().transliterate(text) if script_of(ch) == "han")


def chinese_keys_from_han(text: str) -> tuple[str, ...]:
    han = "".join(ch for ch in text if script_of(ch) == "han")
    return tuple(_wg_key(s) for s in lazy_pinyin(han, style=Style.WADEGILES) if s.strip())


# --- name forms --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class NameForm:
    """One way of reading a name, as tokens to compare."""

    original: str
    tokens: tuple[str, ...]
    how: str  # how the tokens were obtained, for the explanation
    vowelless: bool = False  # from a script that writes no short vowels (Arabic, Hebrew)
    chinese: bool = False  # tokens are Chinese syllable keys
    characters: tuple[str, ...] = ()  # the simplified Han character of each syllable, if known

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


_HOW = {
    "cyrillic": "transliterated from Cyrillic",
    "arabic": "transliterated from Arabic script",
    "other": "transliterated to Latin letters",
    "latin": "as written",
    "han": "characters read as pinyin",
}


def _strip_org(folded: str) -> str:
    stripped = fingerprints.remove_types(folded) or folded
    return fold(stripped)


# Titles and ranks before a name, as they read once folded to Latin letters, in the
# languages of the lists and of the guests (rigour's prefix list covers the English ones):
# генерал, президент, министр, господин; آیت‌الله, السيد, الدكتور, الشيخ; Presidente …
TITLES = frozenset({
    "general", "colonel", "marshal", "admiral", "senior", "president", "presidente",
    "prezident", "minister", "ministr", "ministro", "gospodin", "gospozha", "polkovnik",
    "ayatollah", "ayatullah", "aytallh", "ayt", "hojatoleslam", "sayyid", "sayyed",
    "seyed", "alsyd", "syd", "aldktwr", "dktwr", "alshykh", "sheikh", "shaikh", "shaykh",
    "imam", "mullah", "comandante", "coronel", "senor", "senora", "excellency"})


def _strip_titles(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """Leading titles set aside, as long as two name parts are left."""
    n = 0
    while n < len(tokens) - 2 and tokens[n] in TITLES:
        n += 1
    if n == 0 and len(tokens) == 2 and tokens[0] in TITLES and tokens[1] not in TITLES:
        return tokens, False  # "Sheikh Hassan": too little left to tell
    return tokens[n:], n > 0


def _join_allah(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Arabic script writes names with "Allah" apart (نصر الله, عبد الله) that Latin
    spellings write as one (Nasrallah, Abdallah): join them so "Nasr" alone is no match."""
    out: list[str] = []
    for token in tokens:
        if token in ("allh", "llh") and out:
            out[-1] += token
        else:
            out.append(token)
    return tuple(out)


@lru_cache(maxsize=200_000)
def name_forms(name: str, kind: str = PERSON) -> tuple[NameForm, ...]:
    """The forms under which ``name`` is compared (always at least one unless empty)."""
    name = unicodedata.normalize("NFKC", (name or "").strip())
    if not name:
        return ()
    script = script_of(name)
    forms: list[NameForm] = []
    if kind == ORGANISATION:
        base = _strip_org(fold(name))
        how = _HOW[script]
        if base != fold(name):
            how += ", legal form set aside"
    else:
        base = fold(remove_person_prefixes(name))
        how = _HOW[script]
        if base != fold(name):
            how += ", title set aside"
    tokens = tuple(t for t in base.split() if t)
    if kind == PERSON:
        tokens, dropped = _strip_titles(tokens)
        if dropped and "title set aside" not in how:
            how += ", title set aside"
    if script == "arabic" and kind == PERSON:
        tokens = _join_allah(tokens)
    if tokens:
        forms.append(NameForm(name, tokens, how, vowelless=script == "arabic"))
    if kind == PERSON:
        if script == "han":
            keys = chinese_keys_from_han(name)
            if len(keys) >= 2:
                chars = simplified_characters(name)
                forms.append(NameForm(name, keys, "characters read as Chinese syllables",
                                      chinese=True,
                                      characters=chars if len(chars) == len(keys) else ()))
        elif script == "latin":
            keys = chinese_keys_from_latin(remove_person_prefixes(name))
            if keys:
                forms.append(NameForm(name, keys, "read as Chinese syllables (pinyin or Wade–Giles)",
                                      chinese=True))
    return tuple(forms)


@lru_cache(maxsize=400_000)
def sound(token: str) -> str:
    """A sound key of a token (metaphone), for spelling variants such as Mohammed/Muhammad."""
    return metaphone(token) if len(token) > 1 else token


@lru_cache(maxsize=400_000)
def skeleton(token: str) -> str:
    """The consonants of a token, doubles collapsed: how Arabic script writes a name."""
    out = []
    for ch in token:
        if ch in "aeiouwy":
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out) or token


# Spellings of one sound in the romanisations of Russian, Ukrainian, Arabic and Persian
# names used in English, German, French and ISO 9 (Shoigu/Schoigu/Choïgou, Lavrov/Lawrow,
# Kadhafi/Gaddafi/Qaddafi, Khamenei/Chamenei): all brought to one letter, in this order.
_TRANSLIT = (("shch", "X"), ("tsch", "X"), ("dsch", "X"), ("sch", "X"), ("tch", "X"),
             ("zh", "X"), ("kh", "X"), ("sh", "X"), ("ch", "X"), ("h", "X"), ("ph", "f"),
             ("w", "v"), ("z", "s"), ("ts", "s"), ("x", "ks"), ("q", "k"), ("c", "k"),
             ("g", "k"), ("dX", "d"), ("tX", "t"))


# One Korean surname, several romanisations (이/리 Lee, Yi, Ri, Rhee; 박 Park, Pak, Bak;
# 최 Choe, Choi; 정 Jeong, Jung, Chung, Jong; 윤 Yoon, Yun; 신 Shin, Sin; 조 Cho, Jo).
_KOREAN_SURNAMES = ({"lee", "yi", "ri", "rhee", "rhie"}, {"park", "pak", "bak"},
                    {"choe", "choi", "chwe"}, {"jeong", "jung", "chung", "jong", "chong"},
                    {"yoon", "yun"}, {"shin", "sin"}, {"cho", "jo"}, {"kang", "gang"},
                    {"ryu", "yu", "yoo"}, {"hyon", "hyun", "hyeon"})
_SURNAME_KEY = {name: min(group) for group in _KOREAN_SURNAMES for name in group}


def same_korean_surname(a: str, b: str) -> bool:
    return a != b and a in _SURNAME_KEY and _SURNAME_KEY[a] == _SURNAME_KEY.get(b)


@lru_cache(maxsize=400_000)
def translit_key(token: str) -> str:
    """The consonants of a token as the romanisations of one name share them: "shoigu",
    "schoigu" and "choigou" all give "Xk"; vowels, y and j (which stand for vowels and
    glides in these systems) are left out."""
    # Doubled letters are one sound (Gaddafi, Abdallah); letters brought together only by
    # the mapping are not (Keqiang is not Qiang).
    token = re.sub(r"(.)\1+", r"\1", token)
    for a, b in _TRANSLIT:
        token = token.replace(a, b)
    return "".join(ch for ch in token if ch not in "aeiouyj'")


# Particles of names written in Arabic script, once transliterated (ال, بن, ابن, أبو).
_ARABIC_PARTICLES = frozenset({"al", "el", "bn", "bin", "ibn", "abn", "abw", "abu", "bnt"})


@lru_cache(maxsize=400_000)
def is_particle(token: str, vowelless: bool = False) -> bool:
    """Name particles (al, el, de, van, …) that weigh little when missing. Written
    without vowels, short names are no particles ("da" is دعاء, not Italian "da")."""
    if vowelless:
        return len(token) <= 1 or token in _ARABIC_PARTICLES
    return len(token) <= 1 or is_stopword(token)


def block_keys(form: NameForm) -> set[str]:
    """The keys under which a name form is indexed and looked up (blocking)."""
    keys = set()
    for token in form.tokens:
        if form.chinese:
            keys.add("z:" + token)
            continue
        if is_particle(token):
            continue
        if form.vowelless:
            keys.add("s:" + skeleton(token)[:4])
        else:
            keys.add("m:" + sound(token)[:4])
            keys.add("s:" + skeleton(token)[:4])
            if len(token) > 2:
                keys.add("t:" + translit_key(token)[:4])
    return keys
