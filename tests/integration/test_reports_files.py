"""Reports as files: CSV for Excel (UTF-8 with BOM), XLSX with charts, PNG charts, the CLI."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from almere_missions.reports import ChartSpec, Table
from almere_missions.reports.charts import chart_png
from almere_missions.reports.export import csv_bytes, write_csv, write_xlsx
from tests.integration.reliability.season import load_season

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def season(db, tmp_path):
    load_season(db, tmp_path)
    return db


def _csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_transparency_csv_from_the_command_line(season, cli, tmp_path):
    out = tmp_path / "transparency.csv"
    r = cli(season, "report", "transparency", "--year", "2022", "--csv", out)
    assert r.code == 0, r
    rows = _csv(out)
    assert rows[0] == ["Board member", "Destination", "From", "To", "Purpose", "Costs (EUR)",
                       "Costs in other currencies", "Costs per payer", "Result", "Mission"]
    body = {row[-1]: row for row in rows[1:-1]}
    assert body["OUT-SZ"][1:4] == ["Shenzhen (China)", "2022-11-07", "2022-11-11"]
    assert body["OUT-SZ"][5] == "4200.00"
    assert "EUR 4200.00" in body["OUT-SZ"][7] and "USD 1000.00" in body["OUT-SZ"][7]
    assert body["OUT-SZ"][8] == ""  # no outcome recorded yet
    assert rows[-1][0] == "Total" and rows[-1][5] == "4320.50"


def test_transparency_needs_a_year(season, cli, tmp_path):
    r = cli(season, "report", "transparency", "--csv", tmp_path / "t.csv")
    assert r.code == 2 and "--year" in r.err
    assert not (tmp_path / "t.csv").exists()


def test_movements_workbook_has_every_breakdown_and_charts(season, cli, tmp_path):
    out = tmp_path / "movements.xlsx"
    r = cli(season, "report", "movements", "--year", "2022", "--xlsx", out)
    assert r.code == 0, r
    wb = load_workbook(out)
    assert wb.sheetnames == ["missions", "by_direction", "by_country", "by_partner_city",
                             "by_theme", "by_goal", "by_department"]
    ws = wb["by_direction"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = values.index(["Direction", "Q1", "Q2", "Q3", "Q4", "Missions", "Persons"])
    assert values[header + 1][0] == "incoming" and values[header + 1][5] == 2
    assert len(ws._charts) == 1  # native Excel chart beside the numbers
    assert len(wb["missions"]._charts) == 0


def test_costs_workbook_keeps_amounts_as_numbers(season, tmp_path, uow):
    from almere_missions.reports.costs import costs_by_payer

    with uow(write=False) as u:
        table = costs_by_payer(u, 2022)
    out = tmp_path / "costs.xlsx"
    write_xlsx([table], out)
    ws = load_workbook(out).active
    amounts = [row[5].value for row in ws.iter_rows(min_row=4) if row[0].value]
    assert all(isinstance(a, int | float) for a in amounts)
    assert pytest.approx(sum(amounts)) == 750 + 4500.5 + 1000


def test_movement_csvs_one_per_table(season, cli, tmp_path):
    r = cli(season, "report", "movements", "--year", "2022", "--csv", tmp_path / "m.csv")
    assert r.code == 0, r
    names = sorted(p.name for p in tmp_path.glob("m-*.csv"))
    assert names == sorted(f"m-{k}.csv" for k in ("missions", "by_direction", "by_country",
                                                 "by_partner_city", "by_theme", "by_goal",
                                                 "by_department"))
    by_country = _csv(tmp_path / "m-by_country.csv")
    assert by_country[0] == ["Country", "Q1", "Q2", "Q3", "Q4", "Missions", "Persons"]


def test_charts_as_png(season, cli, tmp_path):
    r = cli(season, "report", "expo", "--chart", tmp_path / "expo.png")
    assert r.code == 0, r
    assert (tmp_path / "expo.png").read_bytes().startswith(PNG)  # the one table with a chart
    r = cli(season, "report", "co2", "--chart", tmp_path / "co2.png")
    assert r.code == 0 and (tmp_path / "co2.png").read_bytes().startswith(PNG)


def test_report_json_and_plain_output(season, cli):
    r = cli(season, "report", "costs", "--year", "2022", "--json")
    assert r.code == 0, r
    doc = json.loads(r.out)
    assert doc["tables"][0]["key"] == "costs_by_payer"
    r = cli(season, "report", "movements", "--year", "2022", "--by", "theme")
    assert r.code == 0 and "Floriade Expo 2022" in r.out


def test_csv_quotes_and_unicode():
    t = Table("x", "X", ("Name", "Amount"), (("林美玲, \"Lin\"", Decimal("1.50")),))
    text = csv_bytes(t).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text))) == [["Name", "Amount"],
                                                   ["林美玲, \"Lin\"", "1.50"]]
    assert csv_bytes(t, ";").decode("utf-8-sig").splitlines()[1] == '"林美玲, ""Lin""";1.50'


def test_chart_refuses_a_table_without_rows():
    t = Table("x", "X", ("A", "B"), (), chart=ChartSpec("bar", 0, (1,)))
    with pytest.raises(ValueError, match="empty"):
        chart_png(t)


def test_a_failed_write_leaves_the_old_report(tmp_path, monkeypatch):
    target = tmp_path / "r.csv"
    target.write_bytes(b"old")
    t = Table("x", "X", ("A",), ((1,),))

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(OSError):
        write_csv(t, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no half-written leftovers
