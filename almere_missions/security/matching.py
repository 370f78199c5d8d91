"""Matching people and organisations against sanctions lists, with reasons.

A score in 0..1 comes from the names (token by token, in any order), then birth
date and nationality raise or lower it. Every score carries an explanation a
security advisor can read.

Blocking (why it is fast): every listed name is indexed under sound keys of its
parts (metaphone and consonant skeleton, or Chinese syllable keys). A listed
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
    script_of,
    skeleton,
    sound,
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
_MISSING_SYLLABLE = 1.0  # a Chinese name has no middle names: a missing syllable is another name


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


@dataclass(frozen=True, slots=True)
class Subject:
    """Someone (or the counterpart organisation) to screen."""

    key: str  # person ref, or "counterpart"
    kind: str  # person, organisation
    names: tuple[str, ...]
    birth_date: date | None = None
    nationalities: tuple[str, ...] = ()


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
    if len(a) == 1 or len(b) == 1:
        return (0.9, "initial") if a[0] == b[0] else (0.0, "")
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
        elif skeleton(a) == skeleton(b) and s < 0.88:
            s, note = 0.88, "same consonants"
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
        return is_particle(token)  # al, de, van, initials: they say little on their own

    # Matched particles count a little, in the score and in what it is divided by.
    pair_weight = [_MINOR_MATCH if minor(q[i]) else 1.0 for i, j, sim, note in matched]
    weight = sum(pair_weight)
    if chinese:
        weight += _MISSING_SYLLABLE * (len(missing_q) + len(missing_c))
    else:
        weight += sum(_MISSING_PARTICLE if minor(t) else _MISSING_SUBJECT for t in missing_q)
        weight += sum(_MISSING_PARTICLE if minor(t) else _MISSING_LISTED for t in missing_c)
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

    # Names written together or apart ("Abdulrahman" / "Abdul Rahman").
    if len(q) != len(c):
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
    # ("Ping" and "Ying" differ, and a missing syllable makes another given name). Two
    # names in Latin letters that merely read as Chinese are also compared as written.
    both_chinese = (any(f.chinese for f in mine) and any(g.chinese for g in theirs)
                    and (script_of(subject_name) == "han" or script_of(listed_name) == "han"))
    for f in mine:
        for g in theirs:
            if f.chinese != g.chinese or (both_chinese and not f.chinese):
                continue
            pairing = compare_forms(f, g)
            if pairing.score > best[0]:
                best = (pairing.score, "; ".join(pairing.notes), f, g)
    return best


# --- birth date and nationality ------------------------------------------------------

def _birth_adjustment(born: date | None, listed: Sequence[str]) -> tuple[float, str]:
    if born is None or not listed:
        return 0.0, ""
    years = []
    for value in listed:
        value = value.strip()
        if len(value) == 10:
            if value == born.isoformat():
                return 0.08, f"birth date {value} is the same (+0.08)"
            years.append((int(value[:4]), int(value[:4])))
        elif "/" in value:
            lo, hi = value.split("/", 1)
            years.append((int(lo), int(hi)))
        elif value.isdigit():
            years.append((int(value), int(value)))
    if any(lo <= born.year <= hi for lo, hi in years):
        return 0.04, f"birth year {born.year} fits the listed {', '.join(listed)} (+0.04)"
    if years and all(born.year < lo - 1 or born.year > hi + 1 for lo, hi in years):
        return -0.20, (f"born {born.isoformat()}, the listing says {', '.join(listed)} (-0.20)")
    return 0.0, f"born {born.isoformat()}, close to the listed {', '.join(listed)} (±0)"


def _nationality_adjustment(mine: Sequence[str], listed: Sequence[str]) -> tuple[float, str]:
    if not mine or not listed:
        return 0.0, ""
    shared = sorted(set(mine) & set(listed))
    if shared:
        return 0.04, f"nationality {', '.join(shared)} is listed (+0.04)"
    return -0.08, (f"nationality {', '.join(mine)}, the listing says "
                   f"{', '.join(listed)} (-0.08)")


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
        delta, why = _birth_adjustment(subject.birth_date, entity.birth_dates)
        if why:
            parts.append(why)
            total += delta
        delta, why = _nationality_adjustment(subject.nationalities, entity.nationalities)
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
            for _, _, pos in process.extract(form.text, texts, scorer=fuzz.token_sort_ratio,
                                             score_cutoff=PREFILTER, limit=None):
                chosen.append(int(maybe[pos]))
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
            for row in rows:
                e_idx = self._row_entity[row]
                key = (e_idx, self._row_name[row])
                if key in seen_names:
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
