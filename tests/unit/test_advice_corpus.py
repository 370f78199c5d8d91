"""The travel-advice reader on the corpus of real documents, against the colours a person
read from their texts (tests/data/travel-advice-corpus/truth.csv)."""

from __future__ import annotations

import pytest

from almere_missions.approval.rules import (
    ADVICE_UNDETERMINED,
    UNDETERMINED_REASON,
    Facts,
    load_rules,
    required_steps,
)
from almere_missions.errors import InvalidInput
from almere_missions.security import advice_eval
from almere_missions.security.advice_reader import UNDETERMINED, derive_colours, parse_advice, worst

# Measured on the corpus: 190 of 194 colours right (97.9%), 0 confident wrong colours.
MIN_ACCURACY = 0.97


@pytest.fixture(scope="module")
def results():
    return advice_eval.evaluate()


def test_every_document_is_read_and_has_its_truth(results):
    assert len(results) >= 30
    assert [r.document for r in results if r.read is None] == []


def test_no_confident_wrong_colour(results):
    wrong = [f"{r.document}: {o.truth.place} is {o.truth.colour}, read {o.read}"
             for r in results for o in r.outcomes if o.state == "wrong"]
    assert wrong == []


def test_accuracy_on_the_corpus(results):
    totals = advice_eval.totals(results)
    assert totals.countries_correct == totals.documents
    assert totals.accuracy >= MIN_ACCURACY, advice_eval.report(results, errors=True)


def test_exceptions_inside_list_items_are_regions_of_their_own(results):
    by_doc = {r.document: r.read for r in results}
    colombia = {r.name: r.colour for r in by_doc["COL"].regions}
    assert colombia["de stad Cúcuta"] == "orange"
    assert colombia["Het noordoosten van het departement Norte de Santander"] == "red"
    mexico = {r.name: r.colour for r in by_doc["MEX"].regions}
    assert mexico["de grensovergang bij Tapachula"] == "yellow"
    ethiopia = {r.name: r.colour for r in by_doc["ETH"].regions}
    assert ethiopia["Grote delen van de regio Oromia"] == "orange"
    assert ethiopia["de steden Gode, Jijiga, Dire Dawa en Harar en omgeving"] == "yellow"


def test_a_wrong_colour_is_counted_as_wrong_not_as_missed(results):
    colombia = next(r for r in results if r.document == "COL")
    doc = colombia.read
    lied = type(doc)(**{**doc.__dict__, "regions": tuple(
        type(r)(r.name, "red") if "Cúcuta" in r.name else r for r in doc.regions)})
    outcomes, _ = advice_eval.judge(lied, [o.truth for o in colombia.outcomes])
    assert [o.truth.place for o in outcomes if o.state == "wrong"] == ["Cúcuta"]


def test_only_regional_sentences_leave_the_country_not_determined():
    summary = ("De kleurcode van het reisadvies is rood voor de regio Noord. "
               "Kleurcode oranje geldt voor de regio Zuid.")
    colour, regions = derive_colours(summary, [])
    assert colour is None and {r.colour for r in regions} == {"red", "orange"}
    doc = parse_advice(
        ("<document><type>reisadvies</type><isocode>KEN</isocode><location>Kenia</location>"
         "<modificationdate>Gewijzigd op: 01-10-2026</modificationdate>"
         f"<introduction>{summary}</introduction></document>").encode(), "x.xml")
    assert doc.colour == UNDETERMINED  # not the mildest region (orange) as a guess
    assert doc.worst_colour == UNDETERMINED
    assert worst(["red", UNDETERMINED]) == UNDETERMINED and worst(["green", "red"]) == "red"


def test_not_determined_raises_the_security_step_with_its_reason():
    rules = load_rules()
    chain = required_steps(rules, Facts("outgoing", travel_advice=ADVICE_UNDETERMINED))
    security = [s for s in chain if s.step == "security"]
    assert security and security[0].reason == UNDETERMINED_REASON
    assert "not determined" in UNDETERMINED_REASON
    # a high state-actor risk raises it on its own: that reason stays
    chain = required_steps(rules, Facts("outgoing", travel_advice=ADVICE_UNDETERMINED,
                                        state_actor_risk="high"))
    assert next(s for s in chain if s.step == "security").reason != UNDETERMINED_REASON
    assert "security" not in [s.step for s in required_steps(
        rules, Facts("outgoing", travel_advice="yellow"))]


def test_a_bad_truth_file_is_named(tmp_path):
    path = tmp_path / "truth.csv"
    path.write_text("document,place,colour,key\nCHN,country,purple,\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 2"):
        advice_eval.read_truth(path)
    path.write_text("document,place,colour,key\nCHN,Tibet,red,\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="key"):
        advice_eval.read_truth(path)


def test_the_evaluation_command_prints_the_totals(capsys):
    assert advice_eval.main([]) == 0
    out = capsys.readouterr().out
    assert "confident wrong colours: 0" in out and "COL\tcountry yellow" in out
