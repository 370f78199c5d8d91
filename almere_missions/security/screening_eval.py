"""How well screening tells people apart: precision, recall and false-positive rate
on a file of labelled (guest, listed entry) pairs.

Each pair is screened as the application screens a guest: the listed entry is put
into a :class:`~almere_missions.security.matching.Matcher` (blocking included) and
the guest, with birth date, nationality and sex where the row has them, is screened
against it at the given threshold. A pair labelled ``same`` must be a hit, a pair
labelled ``different`` must not.

    python -m almere_missions.security.screening_eval [PAIRS.csv] [--threshold 0.8] [--errors]

prints the figures, per category too. The default file is the evaluation set
``tests/data/screening-pairs.csv`` of the source tree (see its SOURCES.md).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from almere_missions.errors import InvalidInput
from almere_missions.security.matching import ListedEntity, Matcher, Subject, default_threshold
from almere_missions.security.names import PERSON

DEFAULT_PAIRS = Path(__file__).resolve().parents[2] / "tests" / "data" / "screening-pairs.csv"
COLUMNS = ("guest_name", "guest_birth_date", "guest_nationality", "guest_gender",
           "listed_names", "listed_birth_dates", "listed_nationalities", "listed_gender",
           "label", "category", "source")
LABELS = ("same", "different")


@dataclass(frozen=True)
class Pair:
    line: int
    subject: Subject
    entity: ListedEntity
    same: bool
    category: str


@dataclass(frozen=True)
class Outcome:
    pair: Pair
    hit: bool
    score: float | None
    explanation: str

    @property
    def correct(self) -> bool:
        return self.hit == self.pair.same


@dataclass(frozen=True)
class Figures:
    true_positives: int
    false_negatives: int
    false_positives: int
    true_negatives: int

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        same = self.true_positives + self.false_negatives
        return self.true_positives / same if same else 1.0

    @property
    def false_positive_rate(self) -> float:
        different = self.false_positives + self.true_negatives
        return self.false_positives / different if different else 0.0

    def line(self) -> str:
        return (f"precision {self.precision:.3f}, recall {self.recall:.3f}, "
                f"false-positive rate {self.false_positive_rate:.3f} "
                f"(TP {self.true_positives}, FN {self.false_negatives}, "
                f"FP {self.false_positives}, TN {self.true_negatives})")


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _with_gender(cls, gender: str, **kwargs):
    # Sex is passed where the matcher takes it (older matchers did not).
    if "gender" in {f.name for f in dataclasses.fields(cls)} and gender:
        kwargs["gender"] = gender
    return cls(**kwargs)


def read_pairs(path: str | Path = DEFAULT_PAIRS) -> list[Pair]:
    """The labelled pairs of a CSV file (columns as in :data:`COLUMNS`)."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InvalidInput(f"cannot read the pairs file ({exc.strerror})", file=str(path)) from None
    pairs = []
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise InvalidInput(f"column {missing[0]} is missing", file=str(path),
                               record="line 1", field=missing[0])
        for row in reader:
            line = reader.line_num
            label = row["label"].strip()
            if label not in LABELS:
                raise InvalidInput(f"label {label!r} is neither 'same' nor 'different'",
                                   file=str(path), record=f"line {line}", field="label")
            born = row["guest_birth_date"].strip()
            try:
                birth = date.fromisoformat(born) if born else None
            except ValueError:
                raise InvalidInput(f"birth date {born!r} is not YYYY-MM-DD", file=str(path),
                                   record=f"line {line}", field="guest_birth_date") from None
            if not row["guest_name"].strip() or not _split(row["listed_names"]):
                raise InvalidInput("a pair needs a guest name and a listed name", file=str(path),
                                   record=f"line {line}", field="guest_name")
            subject = _with_gender(
                Subject, row["guest_gender"].strip(), key=f"line-{line}", kind=PERSON,
                names=(row["guest_name"].strip(),), birth_date=birth,
                nationalities=_split(row["guest_nationality"]))
            entity = _with_gender(
                ListedEntity, row["listed_gender"].strip(), source="EVAL", entity_id=str(line),
                kind=PERSON, names=_split(row["listed_names"]),
                birth_dates=_split(row["listed_birth_dates"]),
                nationalities=_split(row["listed_nationalities"]))
            pairs.append(Pair(line, subject, entity, label == "same", row["category"].strip()))
    if not pairs:
        raise InvalidInput("the pairs file holds no pairs", file=str(path))
    return pairs


def evaluate(pairs: list[Pair], threshold: float | None = None) -> list[Outcome]:
    threshold = default_threshold() if threshold is None else threshold
    out = []
    for pair in pairs:
        hits = Matcher([pair.entity], threshold).screen(pair.subject)
        best = hits[0] if hits else None
        out.append(Outcome(pair, best is not None, best.score if best else None,
                           best.explanation if best else ""))
    return out


def figures(outcomes: list[Outcome]) -> Figures:
    tp = sum(o.hit and o.pair.same for o in outcomes)
    fn = sum(not o.hit and o.pair.same for o in outcomes)
    fp = sum(o.hit and not o.pair.same for o in outcomes)
    tn = sum(not o.hit and not o.pair.same for o in outcomes)
    return Figures(tp, fn, fp, tn)


def report(outcomes: list[Outcome], errors: bool = False) -> str:
    lines = [f"{len(outcomes)} pairs: {figures(outcomes).line()}", "", "by category:"]
    categories = sorted({o.pair.category for o in outcomes})
    for category in categories:
        part = [o for o in outcomes if o.pair.category == category]
        wrong = sum(not o.correct for o in part)
        kind = "same" if part[0].pair.same else "different"
        lines.append(f"  {category:<34} {kind:<9} {len(part):>4} pairs, {wrong:>3} wrong")
    if errors:
        lines += ["", "wrong:"]
        for o in outcomes:
            if not o.correct:
                what = "missed" if o.pair.same else "false hit"
                lines.append(f"  line {o.pair.line} {what}: {o.pair.subject.names[0]!r} / "
                             f"{o.pair.entity.names[0]!r} score {o.score}: {o.explanation}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m almere_missions.security.screening_eval",
                                     description="Screening accuracy on labelled name pairs.")
    parser.add_argument("pairs", nargs="?", default=str(DEFAULT_PAIRS))
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--errors", action="store_true", help="list every wrong pair")
    args = parser.parse_args(argv)
    try:
        outcomes = evaluate(read_pairs(args.pairs), args.threshold)
    except InvalidInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report(outcomes, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
