"""The relations documents: the College's activity agenda, the public gift register and a
partner's relation-history dossier, as PDF (the documents toolkit) and as report tables
(CSV and XLSX through ``reports.export``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from babel.numbers import format_currency

from almere_missions.documents import labels
from almere_missions.documents.common import report_document
from almere_missions.documents.toolkit import heading, key_values, para, spacer, table
from almere_missions.reports.table import Table

WORDS = {
    "en": {
        "agenda": "Activity agenda of the College", "span": "{first} to {last}",
        "agenda_note": "Planned missions and open follow-up actions per portfolio. "
                       "Overdue actions are marked.",
        "missions": "Planned missions", "followups": "Open follow-up actions",
        "m_cols": ("Portfolio", "Mission", "Title", "Direction", "From", "To", "Where", "Status"),
        "f_cols": ("Portfolio", "Action", "Title", "Mission", "Owner", "Due", "Status",
                   "Overdue"),
        "none": "Nothing planned.", "overdue": "overdue", "days": "{n} days overdue",
        "incoming": "incoming", "outgoing": "outgoing",
        "gifts": "Register of gifts, {year}",
        "gifts_note": "Gifts received and given by the mayor, the aldermen and officials on "
                      "missions. Gifts received above {threshold} need a decision of the "
                      "municipality. Names of persons who hold no public office are left out.",
        "g_cols": ("Date", "Received / given", "Gift", "Official", "From / to", "Value (EUR)",
                   "Decision", "Mission"),
        "received": "received", "given": "given", "total": "Total",
        "kept_by_city": "kept by the city", "registered": "registered", "returned": "returned",
        "pending": "no decision yet", "no_gifts": "No gifts were recorded this year.",
        "history": "Relation history: {name}",
        "history_note": "Everything on record with this partner, in time order.",
        "agreements": "Agreements", "events": "History",
        "a_kind": "Kind", "a_status": "Status", "a_span": "Period", "a_alderman": "Alderman",
        "a_department": "Department", "a_themes": "Themes", "a_goals": "Goals",
        "a_contacts": "Contacts", "a_documents": "Documents",
        "e_cols": ("Date", "What", "Title", "Details", "Mission"),
        "kinds": {"agreement": "agreement", "agreement_end": "agreement ends",
                  "mission": "mission", "meeting": "meeting", "outcome": "outcome",
                  "followup": "follow-up", "gift": "gift"},
        "no_events": "Nothing on record yet.", "partner": "Partner", "country": "Country",
        "counts": "{a} agreement(s), {m} mission(s)",
    },
    "nl": {
        "agenda": "Activiteitenagenda van het college", "span": "{first} tot en met {last}",
        "agenda_note": "Geplande missies en openstaande vervolgacties per portefeuille. "
                       "Verlopen acties zijn gemarkeerd.",
        "missions": "Geplande missies", "followups": "Openstaande vervolgacties",
        "m_cols": ("Portefeuille", "Missie", "Titel", "Richting", "Van", "Tot en met", "Waar",
                   "Status"),
        "f_cols": ("Portefeuille", "Actie", "Titel", "Missie", "Eigenaar", "Uiterlijk",
                   "Status", "Verlopen"),
        "none": "Niets gepland.", "overdue": "verlopen", "days": "{n} dagen over tijd",
        "incoming": "inkomend", "outgoing": "uitgaand",
        "gifts": "Register van geschenken, {year}",
        "gifts_note": "Geschenken ontvangen en gegeven door de burgemeester, de wethouders en "
                      "ambtenaren tijdens missies. Over geschenken boven {threshold} beslist de "
                      "gemeente. Namen van personen zonder publiek ambt zijn weggelaten.",
        "g_cols": ("Datum", "Ontvangen / gegeven", "Geschenk", "Functionaris", "Van / aan",
                   "Waarde (EUR)", "Besluit", "Missie"),
        "received": "ontvangen", "given": "gegeven", "total": "Totaal",
        "kept_by_city": "eigendom van de gemeente", "registered": "geregistreerd",
        "returned": "teruggegeven", "pending": "nog geen besluit",
        "no_gifts": "In dit jaar zijn geen geschenken vastgelegd.",
        "history": "Relatiegeschiedenis: {name}",
        "history_note": "Alles wat met deze partner is vastgelegd, op volgorde van datum.",
        "agreements": "Afspraken", "events": "Geschiedenis",
        "a_kind": "Soort", "a_status": "Status", "a_span": "Looptijd", "a_alderman": "Wethouder",
        "a_department": "Afdeling", "a_themes": "Thema's", "a_goals": "Doelen",
        "a_contacts": "Contactpersonen", "a_documents": "Documenten",
        "e_cols": ("Datum", "Wat", "Titel", "Bijzonderheden", "Missie"),
        "kinds": {"agreement": "afspraak", "agreement_end": "afspraak loopt af",
                  "mission": "missie", "meeting": "ontmoeting", "outcome": "resultaat",
                  "followup": "vervolgactie", "gift": "geschenk"},
        "no_events": "Nog niets vastgelegd.", "partner": "Partner", "country": "Land",
        "counts": "{a} afspraak/afspraken, {m} missie(s)",
    },
}


#: the codes of the registers in the reader's words
CODES = {
    "nl": {"city": "stad", "network": "netwerk", "company": "bedrijf", "person": "persoon",
           "institution": "instelling", "twinning": "stedenband", "mou": "MoU",
           "network_membership": "lidmaatschap netwerk",
           "project_consortium": "projectconsortium", "active": "actief",
           "dormant": "slapend", "ended": "beëindigd", "open": "open",
           "in_progress": "in behandeling", "done": "gereed", "cancelled": "vervallen",
           "draft": "concept", "submitted": "ingediend", "approved": "goedgekeurd",
           "sent_back": "teruggestuurd", "reapproval_needed": "opnieuw goedkeuren",
           "received": "ontvangen", "given": "gegeven"},
    "en": {"mou": "MoU", "network_membership": "network membership",
           "project_consortium": "project consortium", "in_progress": "in progress",
           "sent_back": "sent back", "reapproval_needed": "reapproval needed"},
}


def code(value: str, lang: str) -> str:
    return CODES.get(lang.split("-")[0], {}).get(value, value.replace("_", " "))


def _detail(text: str, lang: str) -> str:
    """"mou, active" / "received, EUR 120.00" with each code in words."""
    return ", ".join(code(p, lang) for p in text.split(", ")) if text else ""


def words(lang: str) -> dict:
    return WORDS.get(lang.split("-")[0], WORDS["en"])


def _day(iso: str, lang: str) -> str:
    return labels.day(date.fromisoformat(iso), lang, "medium") if iso else ""


def _money(amount, lang: str) -> str:
    return format_currency(Decimal(amount), "EUR", locale=labels.locale(lang))


# --- the activity agenda ------------------------------------------------------------------

def agenda_tables(data: dict, lang: str = "en") -> list[Table]:
    w = words(lang)
    span = w["span"].format(first=data["from"], last=data["to"])
    missions, actions = [], []
    for g in data["portfolios"]:
        for m in g["missions"]:
            missions.append((g["portfolio"], m["ref"], m["title"], w[m["direction"]],
                             date.fromisoformat(m["start"]), date.fromisoformat(m["end"]),
                             m["where"], m["status"]))
        for a in g["followups"]:
            actions.append((g["portfolio"], a["ref"], a["title"], a["mission"], a["owner"],
                            date.fromisoformat(a["due"]), a["status"],
                            w["days"].format(n=a["days_overdue"]) if a["overdue"] else ""))
    return [Table(key="agenda_missions", title=f"{w['missions']}, {span}", columns=w["m_cols"],
                  rows=tuple(missions), note=w["agenda_note"]),
            Table(key="agenda_followups", title=f"{w['followups']}, {span}", columns=w["f_cols"],
                  rows=tuple(actions))]


def agenda_pdf(data: dict, path: Path, lang: str = "nl",
               progress: Callable[[int, int], None] | None = None) -> int:
    w = words(lang)
    title = w["agenda"]
    span = w["span"].format(first=_day(data["from"], lang), last=_day(data["to"], lang))
    doc = report_document(path, title, lang, header=f"{title} · {span}")
    doc.add(para(span, "muted"), para(w["agenda_note"], "muted"), spacer(3))
    if not data["portfolios"]:
        doc.add(para(w["none"], "body"))
    for g in data["portfolios"]:
        doc.add(heading(g["portfolio"], 2, outline=1))
        if g["missions"]:
            doc.add(heading(w["missions"], 3, outline=False), table(
                [[m["ref"], m["title"], w[m["direction"]],
                  labels.day_range(date.fromisoformat(m["start"]),
                                   date.fromisoformat(m["end"]), lang), m["where"],
                  code(m["status"], lang)]
                 for m in g["missions"]], (0.15, 0.30, 0.11, 0.20, 0.12, 0.12),
                header=[w["m_cols"][i] for i in (1, 2, 3)] + [
                    f"{w['m_cols'][4]} – {w['m_cols'][5]}", w["m_cols"][6], w["m_cols"][7]]))
        if g["followups"]:
            doc.add(spacer(2), heading(w["followups"], 3, outline=False), table(
                [[a["title"], a["mission"], a["owner"], _day(a["due"], lang),
                  para(w["days"].format(n=a["days_overdue"]), "cell_bold") if a["overdue"]
                  else code(a["status"], lang)] for a in g["followups"]],
                (0.34, 0.16, 0.2, 0.13, 0.17),
                header=[w["f_cols"][i] for i in (2, 3, 4, 5, 6)]))
        doc.add(spacer(4))
    return doc.build(progress)


# --- the gift register --------------------------------------------------------------------

def gift_table(rows: list[dict], year: int, lang: str = "en") -> Table:
    w = words(lang)
    out = tuple((date.fromisoformat(r["date"]), w[r["direction"]], r["description"],
                 r["official"], r["counterpart"], Decimal(r["value_eur"]),
                 w[r["decision"]] if r["decision"] else (w["pending"] if r["direction"] ==
                                                         "received" else ""), r["mission"])
                for r in rows)
    return Table(key="gifts", title=w["gifts"].format(year=year), columns=w["g_cols"],
                 rows=out, meta={"year": str(year), "lang": lang})


def gift_register_pdf(rows: list[dict], year: int, path: Path, lang: str, threshold,
                      progress: Callable[[int, int], None] | None = None) -> int:
    w = words(lang)
    t = gift_table(rows, year, lang)
    doc = report_document(path, t.title, lang)
    doc.add(para(w["gifts_note"].format(threshold=_money(threshold, lang)), "muted"), spacer(3))
    if not rows:
        doc.add(para(w["no_gifts"], "body"))
        return doc.build(progress)
    cols = w["g_cols"]
    body = [[labels.day(r[0], lang, "medium"), r[1], r[2], r[3], r[4], _money(r[5], lang), r[6]]
            for r in t.rows]
    total = sum((r[5] for r in t.rows if r[1] == w["received"]), Decimal("0.00"))
    body.append([para(f"{w['total']} ({w['received']})", "cell_bold"), "", "", "", "",
                 para(_money(total, lang), "cell_bold"), ""])
    doc.add(table(body, (0.11, 0.12, 0.19, 0.18, 0.17, 0.11, 0.12), header=list(cols[:7])))
    return doc.build(progress)


# --- a partner's relation history ---------------------------------------------------------

def history_pdf(data: dict, agreements: list[dict], names: dict[str, str], path: Path,
                lang: str = "nl", progress: Callable[[int, int], None] | None = None) -> int:
    from almere_missions.codes import country_name
    from almere_missions.text import pick

    w = words(lang)
    partner = data["partner"]
    title = w["history"].format(name=partner["name"])
    doc = report_document(path, title, lang)
    where = ", ".join(x for x in (partner.get("organisation"), partner.get("city"),
                                  country_name(partner["country"], lang)
                                  if partner.get("country") else None) if x)
    doc.add(para(w["history_note"], "muted"),
            para(f"{code(partner['kind'], lang)}{', ' + where if where else ''} · "
                 f"{w['counts'].format(a=data['agreements'], m=data['missions'])}", "muted"),
            spacer(3))
    if agreements:
        doc.add(heading(w["agreements"], 2, outline=1))
        for a in agreements:
            span = " – ".join(x for x in (a.get("start", ""), a.get("end", "")) if x)
            doc.add(heading(pick(a["title"], lang), 3, outline=2), key_values([
                (w["a_kind"], code(a["kind"], lang)), (w["a_status"], code(a["status"], lang)),
                (w["a_span"], span),
                (w["a_alderman"], names.get(a.get("alderman"), a.get("alderman"))),
                (w["a_department"], a.get("department")),
                (w["a_themes"], ", ".join(a.get("themes", []))),
                (w["a_goals"], ", ".join(a.get("goals", []))),
                (w["a_contacts"], "; ".join(names.get(c, c) for c in a.get("contacts", []))),
                (w["a_documents"], "; ".join(f"{d['title']} ({d['file']})"
                                             for d in a.get("documents", [])))]), spacer(2))
    doc.add(heading(w["events"], 2, outline=1))
    if not data["events"]:
        doc.add(para(w["no_events"], "body"))
    else:
        cols = w["e_cols"]
        doc.add(table([[_day(e["date"], lang), w["kinds"].get(e["kind"], e["kind"]), e["title"],
                        _detail(e["detail"], lang), e["mission"] or ""] for e in data["events"]],
                      (0.14, 0.14, 0.34, 0.22, 0.16), header=list(cols)))
    return doc.build(progress)
