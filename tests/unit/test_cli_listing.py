"""``cli/listing.py``: a listing prints its document as JSON with --json, else a line a row."""

from __future__ import annotations

import argparse
import json
from datetime import date

import pytest

from almere_missions.cli.listing import add_group, add_listing, checked, show


def _parser():
    parser = argparse.ArgumentParser(prog="t")
    sub = parser.add_subparsers(dest="command", required=True)
    group = add_group(sub, "trip", "rides", "trip_command")
    add_listing(group, "list", "the rides", func=len, arg="mission")
    add_listing(sub, "lists", "the lists", func=min)
    return parser


def test_a_listing_takes_its_argument_and_json(capsys):
    args = _parser().parse_args(["trip", "list", "M1", "--json"])
    assert (args.trip_command, args.mission, args.json, args.func) == ("list", "M1", True, len)
    args = _parser().parse_args(["lists"])
    assert (args.json, args.func) == (False, min)
    with pytest.raises(SystemExit):
        _parser().parse_args(["trip"])  # the group wants an action
    assert "trip_command" not in capsys.readouterr().err
    with pytest.raises(SystemExit):
        _parser().parse_args(["trip", "list", "--help"])
    assert "usage: t trip list [-h] [--json] MISSION" in capsys.readouterr().out


def test_show_prints_json_or_lines(capsys):
    rows = [{"ref": "a"}, {"ref": "b"}]
    assert show(argparse.Namespace(json=True), {"rows": rows}, rows, lambda r: r["ref"])
    assert json.loads(capsys.readouterr().out) == {"rows": rows}
    assert not show(argparse.Namespace(json=False), {"rows": rows}, rows, lambda r: r["ref"])
    assert capsys.readouterr().out == "a\nb\n"


def test_a_checked_value_is_refused_in_the_commands_words():
    day = checked(date.fromisoformat, lambda text: LookupError(f"{text!r} is no day"))
    assert day("2022-04-20") == date(2022, 4, 20)
    with pytest.raises(LookupError, match="'2022-13-01' is no day") as refused:
        day("2022-13-01")
    assert refused.value.__suppress_context__  # argparse's ValueError is not shown with it
