"""The style toolkit: fonts cover every script and are embedded; layout never fails."""

from __future__ import annotations

import unicodedata

import pytest

from almere_missions.documents import fonts
from almere_missions.documents.toolkit import (
    Document,
    heading,
    key_values,
    page_break,
    para,
    table,
    table_of_contents,
)
from tests.pdfcheck import WORLD_NAMES, check_pdf, fonts_of, page_count, text_of

SAMPLES = [
    "ø Ø ł Ł ğ Ğ ß ĳ Ĳ ő ű ș ț ż ą ę æ þ ð œ € ı İ ş",  # European diacritics
    "Αλέξανδρος Παπαδόπουλος", "Олена Шевченко",  # Greek, Cyrillic
    "台北市代表團參訪花卉博覽會", "深圳市人民政府",  # Chinese, traditional and simplified
    "やまだ たろう カタカナ 山田太郎", "김민준 서울특별시",  # Japanese, Korean
    "სალომე ზურაბიშვილი Արամ Խաչատրյան Nguyễn Thị Minh Khai",  # Georgian, Armenian, Vietnamese
    "สมชาย ใจดี", "राहुल गांधी", "সৌরভ গাঙ্গুলী", "முத்துவேல் கருணாநிதி", "አበበ ቢቂላ",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_every_script_has_a_face(text):
    assert fonts.missing_glyphs(text) == set()


def test_fallback_cuts_runs_by_script():
    runs = fonts.runs("Lin 林美玲 Kim 김민준 end")
    assert [i for i, _ in runs] == [0, 1, 0, 2, 0]
    assert "".join(t for _, t in runs) == "Lin 林美玲 Kim 김민준 end"


def test_markup_escapes_and_normalises():
    decomposed = "Ode\u0301gaard <b>&"
    out = fonts.markup(decomposed)
    assert "é" in out and "&lt;b&gt;&amp;" in out
    assert unicodedata.is_normalized("NFC", out)


def test_mixed_line_prints_every_script_and_embeds_every_font(tmp_path):
    path = tmp_path / "mixed.pdf"
    doc = Document(path, title="Scripts 林美玲", lang="nl", header="Kop", footer="Voet")
    doc.add(heading("Namen", 1), *(para(s) for s in SAMPLES),
            para("Chinese inside Latin: de heer 陳建宏 (Chen Chien-hung) en 김민준 komen."))
    doc.add(table([[n, "x"] for n in WORLD_NAMES], (0.6, 0.4), header=["Naam", "x"]))
    assert doc.build() == 1
    text = check_pdf(path, tmp_path, SAMPLES + WORLD_NAMES + ["陳建宏 (Chen Chien-hung)"])
    assert "pagina 1 van 1" in text
    names = [n for n, _ in fonts_of(path)]
    assert any("DejaVuSans" in n for n in names)
    assert any("DroidSansFallback" in n for n in names)
    assert any("Nanum" in n for n in names)


def test_nfc_in_the_printed_text(tmp_path):
    path = tmp_path / "nfc.pdf"
    Document(path, title="t").add(para("Sophie Ode\u0301gaard-Mu\u0308ller")).build()
    assert "Odégaard-Müller" in text_of(path)


def test_cell_longer_than_a_page_flows_over_pages(tmp_path):
    path = tmp_path / "long.pdf"
    long = "Een zeer lange beschrijving met Ødegaard en 林美玲 erin. " * 900
    doc = Document(path, title="Lang", lang="en")
    doc.add(table([["09:00", long], ["10:00", "after"]], (0.2, 0.8), header=["Time", "Item"]))
    doc.add(key_values([("Address", "Straat " * 2000)]))
    doc.add(table([["台北市代表團參訪花卉博覽會" * 40, "x" * 400]], (0.3, 0.7)))
    pages = doc.build()
    assert pages >= 4 and page_count(path) == pages
    text = check_pdf(path, tmp_path, ["after"])
    assert f"page {pages} of {pages}" in text
    assert text.count("Time") >= 3  # the header row repeats on the table's pages


def test_no_base14_font_even_on_an_empty_document(tmp_path):
    path = tmp_path / "empty.pdf"
    assert Document(path, title="Leeg").build() == 1
    assert fonts_of(path) and all(emb == "yes" for _, emb in fonts_of(path))
    assert b"Helvetica" not in path.read_bytes()


def test_outline_and_contents(tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "toc.pdf"
    doc = Document(path, title="Boek")
    doc.add(heading("Contents", 1, outline=0), table_of_contents())
    for n in range(3):
        doc.add(heading(f"Hoofdstuk {n} 山田", 1, outline=0, toc=0), para("x " * 2000),
                heading(f"Dag {n}", 2, outline=1))
    doc.build()
    reader = PdfReader(str(path))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles == ["Contents", "Hoofdstuk 0 山田", "Hoofdstuk 1 山田", "Hoofdstuk 2 山田"]
    first_page = reader.pages[0].extract_text()
    assert "Hoofdstuk 2 山田" in first_page
    assert all(emb == "yes" for _, emb in fonts_of(path))
    assert not any("Helvetica" in n for n, _ in fonts_of(path))


def test_write_is_atomic_when_layout_fails(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"old")

    class Boom(Exception):
        pass

    doc = Document(path, title="t")
    bad = para("x")
    bad.wrap = lambda *a: (_ for _ in ()).throw(Boom())
    doc.add(bad)
    with pytest.raises(Boom):
        doc.build()
    assert path.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [path]


def test_progress_is_reported_and_can_cancel(tmp_path):
    calls = []
    path = tmp_path / "p.pdf"
    doc = Document(path, title="p")
    doc.add(heading("Contents", 1, outline=0), table_of_contents(),
            *(para(f"regel {n}") for n in range(50)))
    doc.add(heading("Einde", 1, outline=0, toc=0))
    doc.build(lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1]
    assert all(d <= t for d, t in calls) and len(calls) > 50

    class Stop(Exception):
        pass

    def cancel(done, total):
        if done > 10:
            raise Stop

    other = tmp_path / "cancelled.pdf"
    doc = Document(other, title="p").add(*(para(f"regel {n}") for n in range(50)))
    with pytest.raises(Stop):
        doc.build(cancel)
    assert not other.exists()


def test_right_to_left_names_are_drawn_in_visual_order(tmp_path):
    arabic, hebrew = "محمد بن راشد", "שרה כהן"
    assert fonts.visual(f"Mr {arabic} (Mohammed bin Rashid)").startswith("Mr " + arabic[::-1])
    assert fonts.visual("plain Latin") == "plain Latin"
    path = tmp_path / "rtl.pdf"
    Document(path, title="rtl").add(para(f"{arabic} (Mohammed bin Rashid)"),
                                    para(f"Gast: {hebrew}")).build()
    text = check_pdf(path, tmp_path)
    assert arabic in text and hebrew in text


def test_contents_longer_than_a_page_point_at_the_right_pages(tmp_path):
    import re

    from pypdf import PdfReader

    path = tmp_path / "long-toc.pdf"
    doc = Document(path, title="Boek")
    doc.add(table_of_contents())
    for n in range(70):
        doc.add(page_break(), heading(f"Hoofdstuk {n:02d} 김", 1, outline=0, toc=0),
                para("tekst " * (n % 5) * 200))
    pages = doc.build()
    reader = PdfReader(str(path))
    found = dict(re.findall(r"Hoofdstuk (\d\d) 김[ .]*?(\d+)\n", text_of(path)))
    assert len(found) == 70
    for n, page in found.items():
        assert f"Hoofdstuk {n}" in reader.pages[int(page) - 1].extract_text()
    assert pages == len(reader.pages)
