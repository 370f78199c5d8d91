"""How well the travel-advice reader reads real documents: every document of a corpus
read, its colours compared with those a person read from the text (a truth file).

The truth file (CSV: document, place, colour, key) has one ``country`` row per
document (the colour of the whole country, or of its rest where regions differ)
and one row per region. ``key`` is a regular expression that finds the region
among the names the reader gives (searched in lower-case text without accents).
Each truth row is one of:

- ``correct``: the reader gives this colour (for a region: a region it names
  that the key finds has this colour);
- ``not determined``: the reader says it cannot tell the colour;
- ``missed``: the reader names no region the key finds;
- ``wrong``: the reader states another colour with confidence. This is the
  fault that must not happen: an officer would believe it.

    python -m almere_missions.security.advice_eval [CORPUS_DIR] [--truth truth.csv] [--errors]

prints the result per document and the totals. The default corpus is
``tests/data/travel-advice-corpus`` of the source tree (see its README.md).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from almere_missions.errors import InvalidInput
from almere_missions.security.advice_reader import (
    COLOURS,
    UNDETERMINED,
    AdviceDocument,
    read_advice,
)

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "travel-advice-corpus"
COLUMNS = ("document", "place", "colour", "key")
COUNTRY = "country"
STATES = ("correct", "not determined", "missed", "wrong")


def folded(text: str) -> str:
    """Lower case without accents, apostrophes straightened, single spaces: what keys search."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("ı", "i")
    return re.sub(r"\s+", " ", text.casefold()).strip()


@dataclass(frozen=True)
class TruthRow:
    line: int
    document: str
    place: str  # "country", or the region as the person named it
    colour: str
    key: re.Pattern | None


@dataclass(frozen=True)
class Outcome:
    truth: TruthRow
    state: str  # one of STATES
    read: str  # what the reader gave: a colour, "not determined", or "-"


@dataclass(frozen=True)
class DocumentResult:
    document: str
    read: AdviceDocument | None
    problem: str  # why the document could not be read (empty when read)
    outcomes: tuple[Outcome, ...]
    unmatched: tuple[str, ...]  # regions the reader named that no truth row finds

    def count(self, state: str) -> int:
        return sum(1 for o in self.outcomes if o.state == state)


def read_truth(path: str | Path) -> dict[str, list[TruthRow]]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput("no such file", file=str(path)) from None
    rows = csv.DictReader(text.splitlines())
    if tuple(rows.fieldnames or ()) != COLUMNS:
        raise InvalidInput(f"the columns must be {', '.join(COLUMNS)}", file=str(path),
                           record="line 1")
    out: dict[str, list[TruthRow]] = {}
    for n, row in enumerate(rows, 2):
        where = f"line {n}"
        if None in row or any(row[c] is None for c in COLUMNS):
            raise InvalidInput("wrong number of fields", file=str(path), record=where)
        if row["colour"] not in COLOURS:
            raise InvalidInput(f"one of {', '.join(COLOURS)}", file=str(path), record=where,
                               field="colour")
        key = None
        if row["place"] != COUNTRY:
            if not row["key"]:
                raise InvalidInput("a region needs a key", file=str(path), record=where,
                                   field="key")
            try:
                key = re.compile(row["key"])
            except re.error as exc:
                raise InvalidInput(f"not a regular expression ({exc})", file=str(path),
                                   record=where, field="key") from None
        out.setdefault(row["document"], []).append(
            TruthRow(n, row["document"], row["place"], row["colour"], key))
    for doc, truth in out.items():
        if sum(1 for t in truth if t.place == COUNTRY) != 1:
            raise InvalidInput(f"document {doc} needs exactly one country row", file=str(path),
                               field="place")
    return out


def _shown(colour: str) -> str:
    return "not determined" if colour == UNDETERMINED else colour


def judge(doc: AdviceDocument, truth: list[TruthRow]) -> tuple[list[Outcome], list[str]]:
    outcomes = []
    found: set[int] = set()
    names = [folded(r.name) for r in doc.regions]
    for t in truth:
        if t.key is None:
            if doc.colour == t.colour:
                state = "correct"
            elif doc.colour == UNDETERMINED:
                state = "not determined"
            else:
                state = "wrong"
            outcomes.append(Outcome(t, state, _shown(doc.colour)))
            continue
        hits = [i for i, name in enumerate(names) if t.key.search(name)]
        found.update(hits)
        colours = {doc.regions[i].colour for i in hits}
        if t.colour in colours:
            state, read = "correct", t.colour
        elif not hits:
            state, read = "missed", "-"
        elif colours <= {UNDETERMINED}:
            state, read = "not determined", "not determined"
        else:
            state = "wrong"
            read = "/".join(sorted(_shown(c) for c in colours))
        outcomes.append(Outcome(t, state, read))
    unmatched = [f"{_shown(r.colour)}: {r.name}" for i, r in enumerate(doc.regions)
                 if i not in found]
    return outcomes, unmatched


def evaluate(corpus: str | Path = DEFAULT_CORPUS,
             truth_file: str | Path | None = None) -> list[DocumentResult]:
    corpus = Path(corpus)
    truth = read_truth(truth_file or corpus / "truth.csv")
    files = {p.stem.upper(): p for p in sorted(corpus.iterdir())
             if p.suffix.lower() in (".xml", ".json")}
    missing = sorted(set(files) - set(truth))
    if missing:
        raise InvalidInput(f"no truth for {', '.join(missing)}", file=str(truth_file or corpus))
    results = []
    for name, rows in sorted(truth.items()):
        if name not in files:
            raise InvalidInput(f"truth names {name} but the corpus has no such document",
                               file=str(corpus))
        try:
            doc = read_advice(files[name])
        except InvalidInput as exc:
            outcomes = tuple(Outcome(t, "missed", "-") for t in rows)
            results.append(DocumentResult(name, None, str(exc), outcomes, ()))
            continue
        outcomes, unmatched = judge(doc, rows)
        results.append(DocumentResult(name, doc, "", tuple(outcomes), tuple(unmatched)))
    return results


@dataclass(frozen=True)
class Totals:
    documents: int
    rows: int
    correct: int
    not_determined: int
    missed: int
    wrong: int
    countries_correct: int
    documents_all_correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.rows if self.rows else 0.0


def totals(results: list[DocumentResult]) -> Totals:
    outcomes = [o for r in results for o in r.outcomes]
    return Totals(
        documents=len(results), rows=len(outcomes),
        correct=sum(o.state == "correct" for o in outcomes),
        not_determined=sum(o.state == "not determined" for o in outcomes),
        missed=sum(o.state == "missed" for o in outcomes),
        wrong=sum(o.state == "wrong" for o in outcomes),
        countries_correct=sum(o.state == "correct" for o in outcomes if o.truth.key is None),
        documents_all_correct=sum(all(o.state == "correct" for o in r.outcomes)
                                  for r in results))


def report(results: list[DocumentResult], *, errors: bool = False) -> str:
    lines = []
    for r in results:
        counts = "  ".join(f"{s} {r.count(s)}" for s in STATES if r.count(s))
        colour = _shown(r.read.colour) if r.read else "unreadable"
        lines.append(f"{r.document}\tcountry {colour}\t{counts}")
        if r.problem:
            lines.append(f"\t{r.problem}")
        for o in r.outcomes:
            if o.state != "correct" and (errors or o.state == "wrong"):
                lines.append(f"\t{o.state.upper()}: {o.truth.place} is {o.truth.colour}, "
                             f"read {o.read} (truth line {o.truth.line})")
        if errors:
            for u in r.unmatched:
                lines.append(f"\tnot in the truth: {u}")
    t = totals(results)
    lines += [
        "",
        f"documents: {t.documents} ({t.documents_all_correct} read entirely right)",
        f"colours in the truth: {t.rows} (country {t.documents}, regions {t.rows - t.documents})",
        f"correct: {t.correct} ({t.accuracy:.1%}); country colours correct: "
        f"{t.countries_correct}/{t.documents}",
        f"not determined: {t.not_determined}; missed regions: {t.missed}",
        f"confident wrong colours: {t.wrong}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m almere_missions.security.advice_eval",
                                     description="Read a travel-advice corpus and compare the "
                                                 "colours with its truth file.")
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS),
                        help="folder of advice documents (XML or JSON) named <ISO3>.xml")
    parser.add_argument("--truth", help="truth CSV (default: truth.csv in the corpus folder)")
    parser.add_argument("--errors", action="store_true",
                        help="list every colour not read right, and regions not in the truth")
    args = parser.parse_args(argv)
    try:
        results = evaluate(args.corpus, args.truth)
    except InvalidInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report(results, errors=args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
