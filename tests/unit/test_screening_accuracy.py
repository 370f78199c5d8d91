"""Screening accuracy on the labelled pairs of tests/data/screening-pairs.csv: recall of
at least 99% and a false-positive rate of at most 1% at the default threshold."""

from __future__ import annotations

import pytest

from almere_missions.errors import InvalidInput
from almere_missions.security import screening_eval
from almere_missions.security.matching import DEFAULT_THRESHOLD


@pytest.fixture(scope="module")
def outcomes():
    pairs = screening_eval.read_pairs(screening_eval.DEFAULT_PAIRS)
    assert len(pairs) >= 500
    return screening_eval.evaluate(pairs, DEFAULT_THRESHOLD)


def test_recall_and_false_positive_rate_on_the_pairs(outcomes):
    figures = screening_eval.figures(outcomes)
    wrong = screening_eval.report(outcomes, errors=True)
    assert figures.recall >= 0.99, wrong
    assert figures.false_positive_rate <= 0.01, wrong
    assert figures.precision >= 0.98, wrong


def test_every_category_is_covered(outcomes):
    categories = {o.pair.category for o in outcomes}
    for needed in ("transliteration-cyrillic", "transliteration-arabic", "transliteration-chinese",
                   "transliteration-korean", "name-order", "initials", "diacritics",
                   "title-other-script", "common-name-other-birth-year", "common-name-other-sex"):
        assert needed in categories


def test_hits_on_namesakes_say_why_they_are_lowered(outcomes):
    # The other birth year is named in the explanation when a score was lowered for it.
    lowered = screening_eval.evaluate(
        [o.pair for o in outcomes if o.pair.category == "common-name-other-birth-year"][:5],
        threshold=0.1)
    assert all("another birth year" in o.explanation or "one year off" in o.explanation
               for o in lowered)


def test_a_bad_pairs_file_is_refused_naming_line_and_field(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text(",".join(screening_eval.COLUMNS) + "\n"
                    "A B,1990-01-01,NL,M,A B,,,,maybe,x,y\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        screening_eval.read_pairs(path)
    assert "line 2" in str(err.value) and "label" in str(err.value)


def test_command_prints_the_figures(capsys):
    assert screening_eval.main([]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out and "false-positive rate" in out
