"""Matching people and organisations against sanctions lists, with reasons.

A score in 0..1 comes from the names (token by token, in any order), then birth
date, nationality and sex raise or lower it: another birth year or the other sex
takes even a perfect name match below the threshold, and what the list or the
guest does not state changes nothing. Every score carries an explanation a
security advisor can read, naming each of these.

Blocking (why it is fast): every listed name is indexed under sound keys of its
parts (metaphone, consonant skeleton and romanisation key, or Chinese syllable keys). A listed
name is compared in full only when

1. at least two parts of the subject's name share a key with it (or one, when
   either name has only one part that is not a particle), or
2. one part shares a key and the whole names are alike (rapidfuzz token-sort
   ratio of at least ``PREFILTER``);

and persons are compared with listed persons, organisations with listed
organisations (entries of unknown type with both).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from rapidfuzz import fuzz, process

from almere_missions.security.names import (
    ORGANISATION,
    PERSON,
    NameForm,
    block_keys,
    is_particle,
    name_forms,
    same_korean_surname,
    script_of,
    skeleton,
    sound,
    translit_key,
)

DEFAULT_THRESHOLD = 0.80
THRESHOLD_ENV = "ALMERE_MISSIONS_SCREEN_THRESHOLD"


def default_threshold() -> float:
    """The screening threshold: ``$ALMERE_MISSIONS_SCREEN_THRESHOLD`` or 0.80."""
    try:
        value = float(os.environ.get(THRESHOLD_ENV, DEFAULT_THRESHOLD))
    except ValueError:
        return DEFAULT_THRESHOLD
    return value if 0 < value <= 1 else DEFAULT_THRESHOLD
PREFILTER = 70  # rapidfuzz 0..100, rule 2 of the blocking
_MIN_TOKEN_SIM = 0.75
_MISSING_SUBJECT = 0.30  # weight of a subject's name part the listed name lacks
_MISSING_LISTED = 0.20  # weight of a listed name part the subject's name lacks
_MISSING_PARTICLE = 0.05
_MINOR_MATCH = 0.3  # weight of a matched particle (al, bin) or initial
_MISSING_SYLLABLE = 1.0
_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "bint", "abu", "abou", "de", "da", "di",
                        "del", "della", "van", "von", "der", "den", "ter", "le", "la", "du",
                        "dos", "das", "y", "e"})
_CONFLICT = 0.5  # added weight for each pair of unmatched name parts, one on each side  # a Chinese name has no middle names: a missing syllable is another name


@dataclass(frozen=True, slots=True)
class ListedEntity:
    """A listed person or organisation, as the matcher needs it."""

    source: str  # EU, UN
    entity_id: str
    kind: str  # person, organisation, unknown
    names: tuple[str, ...]
    birth_dates: tuple[str, ...] = ()  # YYYY-MM-DD, YYYY, or YYYY/YYYY
    nationalities: tuple[str, ...] = ()  # alpha-2
    reference: str = ""
    list_id: int | None = None
    gender: str = ""  # M, F or "" (unknown): the EU list gives it per name alias


@dataclass(frozen=True, slots=True)
class Subject:
    """Someone (or the counterpart organisation) to screen."""

    key: str  # person ref, or "counterpart"
    kind: str  # person, organisation
    names: tuple[str, ...]
    birth_date: date | None = None
    nationalities: tuple[str, ...] = ()
    gender: str = ""  # M, F or "" (unknown)


@dataclass(frozen=True, slots=True)
class Match:
    subject: str
    subject_name: str
    entity: ListedEntity
    matched_name: str
    score: float
    name_score: float
    explanation: str


@dataclass
class _Pairing:
    score: float
    notes: list[str] = field(default_factory=list)


# --- comparing two names --------------------------------------------------------------

def _token_sim(a: str, b: str, vowelless: bool, chinese: bool = False) -> tuple[float, str]:
    if a == b:
        return 1.0, "same"
    if chinese:  # syllables are the same or different: "ping" is not nearly "ying"
        return 0.0, ""
    if same_korean_surname(a, b):
        return 0.9, "one Korean surname"
    if len(a) == 1 or len(b) == 1:
        # "W." stands for Wladimir as well as Vladimir.
        same = a[0] == b[0] or translit_key(a)[:1] == translit_key(b)[:1] != ""
        return (0.9, "initial") if same else (0.0, "")
    if vowelless:
        # Consonants alone say less than full spellings, the more so for short names.
        # Arabic script joins the article to the name (الحريري, al-Hariri): try without it.
        best = (0.0, "", "")
        for sa in _without_article(a):
            for sb in _without_article(b):
                r = fuzz.ratio(sa, sb) / 100 * (0.95 if min(len(sa), len(sb)) >= 3 else 0.85)
                if r > best[0]:
                    best = (r, sa, sb)
        return best[0], "same consonants" if best[1] == best[2] else "similar consonants"
    s = fuzz.ratio(a, b) / 100
    note = "similar"
    if len(a) > 2 and len(b) > 2:
        if sound(a) == sound(b) and s < 0.9:
            s, note = 0.9, "sounds alike"
        elif skeleton(a) == skeleton(b) and s < 0.88 and s >= 0.7:
            s, note = 0.88, "same consonants"  # not Potanin ~ Putin
        elif s < 0.88:
            ka, kb = translit_key(a), translit_key(b)
            close = abs(len(a) - len(b)) <= max(2, min(len(a), len(b)) // 2)
            if ka == kb and close and (len(ka) >= 3 or s >= 0.5):
                s, note = 0.88, "another romanisation"
            elif min(len(ka), len(kb)) >= 4 and fuzz.ratio(ka, kb) >= 85 and s < 0.8:
                s, note = 0.8, "like another romanisation"  # French Prigojine, Prigozhin
    return s, note


def _without_article(token: str) -> tuple[str, ...]:
    sk = skeleton(token)
    if token.startswith(("al", "el")) and len(sk) >= 3:
        return sk, sk[1:]
    return (sk,)


def compare_forms(subject: NameForm, listed: NameForm) -> _Pairing:
    """How alike two name forms are, 0..1, with notes for the explanation."""
    q, c = subject.tokens, listed.tokens
    vowelless = subject.vowelless or listed.vowelless
    chinese = subject.chinese and listed.chinese
    if chinese and subject.characters and listed.characters:
        # Both in characters: the same sound in another character is another name
        # (王磊 and 王雷 are both Wang Lei).
        q, c = subject.characters, listed.characters
    pairs = []
    for i, a in enumerate(q):
        for j, b in enumerate(c):
            sim, note = _token_sim(a, b, vowelless, chinese)
            if sim >= _MIN_TOKEN_SIM:
                pairs.append((sim, -abs(i - j), i, j, note))
    pairs.sort(reverse=True)
    used_q: set[int] = set()
    used_c: set[int] = set()
    matched = []
    for sim, _, i, j, note in pairs:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        matched.append((i, j, sim, note))
    missing_q = [t for i, t in enumerate(q) if i not in used_q]
    missing_c = [t for j, t in enumerate(c) if j not in used_c]

    def minor(token: str) -> bool:
        # al, de, van, initials: they say little on their own
        return not chinese and is_particle(token, vowelless)

    # Matched particles count a little, in the score and in what it is divided by.
    pair_weight = [_MINOR_MATCH if minor(q[i]) else 1.0 for i, j, sim, note in matched]
    weight = sum(pair_weight)
    if chinese:
        weight += _MISSING_SYLLABLE * (len(missing_q) + len(missing_c))
    else:
        weight += sum(_MISSING_PARTICLE if minor(t) else _MISSING_SUBJECT for t in missing_q)
        weight += sum(_MISSING_PARTICLE if minor(t) else _MISSING_LISTED for t in missing_c)
    # A part on each side that finds no partner is another name, not a missing one
    # (Kim Jong Il / Kim Jong Un, Viktorovich / Fedorovych): it weighs more.
    def part(token: str) -> bool:  # stopwords such as "il", "un" are Korean name parts too
        return len(token) > 1 and token not in _PARTICLES

    conflicts = min(sum(map(part, missing_q)), sum(map(part, missing_c)))
    if not chinese:
        weight += _CONFLICT * conflicts
    total = sum(m[2] * w for m, w in zip(matched, pair_weight, strict=True))
    score = total / weight if weight else 0.0

    strong = [m for m in matched if m[3] != "initial" and not minor(q[m[0]])]
    solid_q = [t for t in q if not minor(t)]
    solid_c = [t for t in c if not minor(t)]
    single = len(solid_q) <= 1 or len(solid_c) <= 1
    if not strong or (len(strong) < 2 and not single) or (len(matched) < 2 and not single):
        score *= 0.6  # one shared name part is weak evidence

    notes = []
    matched.sort()
    same = [q[i] for i, j, s, n in matched if n == "same"]
    if same:
        notes.append("same: " + ", ".join(same))
    for i, j, s, n in matched:
        if n != "same":
            notes.append(f"{n}: {q[i]} ~ {c[j]} ({s:.2f})")
    order_q = [i for i, j, s, n in sorted(matched, key=lambda m: m[1])]
    if order_q != sorted(order_q):
        notes.append("in another order")
    if missing_q:
        notes.append("not in the listed name: " + ", ".join(missing_q))
    if missing_c:
        notes.append("the listed name also has: " + ", ".join(missing_c))
    if conflicts and not chinese:
        notes.append("different name parts weigh against")

    # Names written together or apart ("Abdulrahman" / "Abdul Rahman"); Chinese names
    # go by syllables (Li Yuan is not Li Yulan).
    if len(q) != len(c) and not chinese:
        compact = max(fuzz.ratio("".join(q), "".join(c)),
                      fuzz.ratio("".join(sorted(q)), "".join(sorted(c)))) / 100
        if compact >= 0.92 and compact * 0.97 > score:
            score = compact * 0.97
            notes = [f"the same letters written together or apart ({compact:.2f})"]
    return _Pairing(min(score, 1.0), notes)


def compare_names(subject_name: str, listed_name: str, kind: str = PERSON
                  ) -> tuple[float, str, NameForm | None, NameForm | None]:
    """The best score over every reading of both names, with its notes and forms."""
    best = (0.0, "", None, None)
    mine, theirs = name_forms(subject_name, kind), name_forms(listed_name, kind)
    # A name in Chinese characters meets another Chinese name syllable by syllable only
    # ("Ping" and "Ying" differ), and so do two names in Latin letters that read as
    # Chinese with a different number of syllables (Li Qiang is not Li Keqiang). Other
    # names in Latin letters that read as Chinese are also compared as written.
    mine_zh = [f for f in mine if f.chinese]
    theirs_zh = [g for g in theirs if g.chinese]
    both_chinese = bool(mine_zh and theirs_zh) and (
        script_of(subject_name) == "han" or script_of(listed_name) == "han"
        or len(mine_zh[0].tokens) != len(theirs_zh[0].tokens))
    for f in mine:
        for g in theirs:
            if f.chinese != g.chinese or (both_chinese and not f.chinese):
                continue
            pairing = compare_forms(f, g)
            if pairing.score > best[0]:
                best = (pairing.score, "; ".join(pairing.notes), f, g)
    return best


# --- birth date, nationality and sex ------------------------------------------------------
# A name says who someone might be; the other data on the list say who they are not. A
# birth year two or more years from every listed one is strong evidence of another
# person, and so is the other sex: enough to take a perfect name match below the
# threshold. One year off, or another day in the same year, is weaker (lists give
# approximate dates). What either side does not state changes nothing.
SAME_BIRTH_DATE = 0.08
SAME_BIRTH_YEAR = 0.04
OTHER_DAY = -0.10
YEAR_OFF_BY_ONE = -0.10
OTHER_BIRTH_YEAR = -0.35
SAME_NATIONALITY = 0.04
OTHER_NATIONALITY = -0.08
OTHER_SEX = -0.25


def _years(value: str) -> tuple[int, int] | None:
    value = value.strip()
    try:
        if "/" in value:
            lo, hi = value.split("/", 1)
            return int(lo[:4]), int(hi[:4])
        return int(value[:4]), int(value[:4])
    except ValueError:
        return None


def _birth_adjustment(born: date | None, listed: Sequence[str]) -> tuple[float, str]:
    listed = [v.strip() for v in listed if v and v.strip()]
    if not listed:
        return 0.0, ("the listing gives no birth date (no change)" if born else "")
    shown = ", ".join(listed)
    if born is None:
        return 0.0, f"the listing gives birth date {shown}; the guest's is not known (no change)"
    iso = born.isoformat()
    if iso in listed:
        return SAME_BIRTH_DATE, f"birth date {iso} is the same ({SAME_BIRTH_DATE:+.2f})"
    ranges = [(v, r) for v in listed if (r := _years(v)) is not None]
    if not ranges:
        return 0.0, f"the listed birth date {shown} cannot be read (no change)"
    inside = [v for v, (lo, hi) in ranges if lo <= born.year <= hi]
    if any(len(v) != 10 for v in inside):  # a year or a range of years, no day
        return SAME_BIRTH_YEAR, (f"birth year {born.year} fits the listed {shown} "
                                 f"({SAME_BIRTH_YEAR:+.2f})")
    if inside:  # the same year, another day
        for v in inside:
            if v[5:7] == f"{born.day:02d}" and v[8:10] == f"{born.month:02d}":
                return 0.0, f"born {iso}, the listing says {v}: day and month swapped (no change)"
            try:
                days = abs((date.fromisoformat(v) - born).days)
            except ValueError:
                continue
            if days <= 31:  # a slip of a day or a month
                return 0.0, f"born {iso}, close to the listed {v} (no change)"
        return OTHER_DAY, (f"born {iso}, the listing says {shown}: same year, another day "
                           f"({OTHER_DAY:+.2f})")
    gap = min(lo - born.year if born.year < lo else born.year - hi for _, (lo, hi) in ranges)
    if gap == 1:
        return YEAR_OFF_BY_ONE, (f"born {iso}, the listing says {shown}: one year off "
                                 f"({YEAR_OFF_BY_ONE:+.2f})")
    return OTHER_BIRTH_YEAR, (f"born {iso}, the listing says {shown}: another birth year, "
                              f"strong evidence of another person ({OTHER_BIRTH_YEAR:+.2f})")


def _nationality_adjustment(mine: Sequence[str], listed: Sequence[str]) -> tuple[float, str]:
    if not listed:
        return 0.0, ""
    if not mine:
        return 0.0, f"the listing says nationality {', '.join(listed)}; the guest's is not known"
    shared = sorted(set(mine) & set(listed))
    if shared:
        return SAME_NATIONALITY, f"nationality {', '.join(shared)} is listed ({SAME_NATIONALITY:+.2f})"
    return OTHER_NATIONALITY, (f"nationality {', '.join(mine)}, the listing says "
                               f"{', '.join(listed)} ({OTHER_NATIONALITY:+.2f})")


_SEX = {"m": "M", "male": "M", "f": "F", "female": "F"}


def sex_code(value: str | None) -> str:
    """M, F or "" from the ways lists write it (M, Male, F, Female)."""
    return _SEX.get((value or "").strip().lower(), "")


def _sex_adjustment(mine: str, listed: str) -> tuple[float, str]:
    mine, listed = sex_code(mine), sex_code(listed)
    if not mine or not listed or mine == listed:
        return 0.0, ""
    return OTHER_SEX, f"sex {mine}, the listing says {listed}: another person ({OTHER_SEX:+.2f})"


def score_pair(subject: Subject, subject_name: str, entity: ListedEntity, listed_name: str
               ) -> Match | None:
    """Score one of the subject's names against one listed name, explained."""
    name_score, notes, f, g = compare_names(subject_name, listed_name, subject.kind)
    if f is None or g is None or name_score <= 0:
        return None
    parts = [f"name '{subject_name}' ({f.how}) against the listed '{listed_name}' ({g.how}): "
             f"{notes or 'alike'}; name score {name_score:.2f}"]
    total = name_score
    if subject.kind == PERSON:
        for delta, why in (_birth_adjustment(subject.birth_date, entity.birth_dates),
                           _nationality_adjustment(subject.nationalities, entity.nationalities),
                           _sex_adjustment(subject.gender, entity.gender)):
            if why:
                parts.append(why)
                total += delta
    total = round(max(0.0, min(1.0, total)), 2)
    parts.append(f"score {total:.2f}")
    return Match(subject.key, subject_name, entity, listed_name, total, round(name_score, 2),
                 ". ".join(p[0].upper() + p[1:] for p in parts) + ".")


# --- the index -----------------------------------------------------------------------

class Matcher:
    """Screens subjects against the entities of one or more lists, through a blocking index."""

    def __init__(self, entities: Iterable[ListedEntity], threshold: float = DEFAULT_THRESHOLD):
        if not 0 < threshold <= 1:
            raise ValueError("the threshold lies between 0 and 1")
        self.threshold = threshold
        self.entities: list[ListedEntity] = list(entities)
        # One row per (entity, name, form): what a posting points at.
        self._row_entity: list[int] = []
        self._row_name: list[str] = []
        self._row_form: list[NameForm] = []
        self._row_text: list[str] = []
        self._row_parts: list[int] = []
        postings: dict[str, dict[str, list[int]]] = {PERSON: {}, ORGANISATION: {}}
        for e_idx, entity in enumerate(self.entities):
            groups = ([PERSON, ORGANISATION] if entity.kind not in (PERSON, ORGANISATION)
                      else [entity.kind])
            for name in dict.fromkeys(entity.names):
                for group in groups:
                    for form in name_forms(name, group):
                        row = len(self._row_entity)
                        self._row_entity.append(e_idx)
                        self._row_name.append(name)
                        self._row_form.append(form)
                        self._row_text.append(form.text)
                        self._row_parts.append(sum(not is_particle(t) for t in form.tokens))
                        for key in block_keys(form):
                            postings[group].setdefault(key, []).append(row)
        self._postings = {
            group: {k: np.unique(np.asarray(v, dtype=np.int32)) for k, v in keys.items()}
            for group, keys in postings.items()}
        self._parts = np.asarray(self._row_parts, dtype=np.int32)
        # Entities with a name in Chinese characters: a guest's name in characters is
        # compared with those, not with their romanisations (王磊 and 王雷 are both Wang Lei).
        self._han = {i for i, e in enumerate(self.entities)
                     if any(script_of(n) == "han" for n in e.names)}

    @property
    def name_count(self) -> int:
        return len({(e, n) for e, n in zip(self._row_entity, self._row_name, strict=True)})

    def candidates(self, form: NameForm, group: str) -> list[int]:
        """Rows worth a full comparison with ``form`` (the blocking rules above)."""
        index = self._postings[group]
        per_token = []
        for token in form.tokens:
            keys = block_keys(NameForm(form.original, (token,), form.how, form.vowelless,
                                       form.chinese))
            arrays = [index[k] for k in keys if k in index]
            if arrays:
                per_token.append(np.unique(np.concatenate(arrays)))
        if not per_token:
            return []
        rows, counts = np.unique(np.concatenate(per_token), return_counts=True)
        solid = sum(not is_particle(t) for t in form.tokens) if not form.chinese else len(form.tokens)
        need = np.minimum(2, np.minimum(max(solid, 1), np.maximum(self._parts[rows], 1)))
        sure = rows[counts >= need]
        maybe = rows[counts < need]
        chosen = sure.tolist()
        if len(maybe):
            texts = [self._row_text[r] for r in maybe.tolist()]
            found = {pos for _, _, pos in process.extract(
                form.text, texts, scorer=fuzz.token_sort_ratio, score_cutoff=PREFILTER,
                limit=None)}
            if len(form.tokens) > 1 or any(" " in t for t in texts):
                # Names written together or apart ("Nasr Allah" / "Nasrallah").
                compact = [t.replace(" ", "") for t in texts]
                found.update(pos for _, _, pos in process.extract(
                    "".join(form.tokens), compact, scorer=fuzz.ratio, score_cutoff=90,
                    limit=None))
            chosen.extend(int(maybe[pos]) for pos in sorted(found))
        return chosen

    def screen(self, subject: Subject) -> list[Match]:
        """The best match per listed entity at or above the threshold, best first."""
        group = ORGANISATION if subject.kind == ORGANISATION else PERSON
        best: dict[int, Match] = {}
        for name in dict.fromkeys(n for n in subject.names if n and n.strip()):
            rows: set[int] = set()
            for form in name_forms(name, group):
                rows.update(self.candidates(form, group))
            seen_names: set[tuple[int, str]] = set()
            han = script_of(name) == "han"
            for row in rows:
                e_idx = self._row_entity[row]
                key = (e_idx, self._row_name[row])
                if key in seen_names:
                    continue
                if han and e_idx in self._han and script_of(self._row_name[row]) != "han":
                    continue
                seen_names.add(key)
                match = score_pair(subject, name, self.entities[e_idx], self._row_name[row])
                if match is None or match.score < self.threshold:
                    continue
                if e_idx not in best or match.score > best[e_idx].score:
                    best[e_idx] = match
        return sorted(best.values(), key=lambda m: (-m.score, m.entity.source, m.entity.entity_id))


def naive_screen(subjects: Sequence[Subject], entities: Sequence[ListedEntity],
                 cutoff: float = 0.0) -> int:
    """All pairs with rapidfuzz, no index: the yardstick of the benchmark. Returns pairs seen."""
    pairs = 0
    for subject in subjects:
        for name in subject.names:
            for entity in entities:
                for listed in entity.names:
                    if fuzz.token_sort_ratio(name, listed, processor=str.lower) >= cutoff * 100:
                        pairs += 1
    return pairs
