"""The approval file: everything an approver reads before deciding, on paper.

Renders ``approval.file.approval_file(uow, ref)`` with the shared toolkit:
mission summary and purpose, delegation, programme summary, costs and CO2, the
assessment per principle, the security summary, the decision history and the
travellers' other trips of the year. The footer carries the content hash the
approver reads, so an approval can be tied to the paper it was given on.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from almere_missions.approval.file import ApprovalFile, approval_file
from almere_missions.codes import country_name
from almere_missions.documents import labels as doc_labels
from almere_missions.documents.common import (
    check_request,
    mission_document,
    role_label,
    title_block,
)
from almere_missions.documents.toolkit import Document, heading, key_values, para, table
from almere_missions.text import pick
from almere_missions.timeutil import utc_to_local
from almere_missions.uow import UnitOfWork

ZONE = "Europe/Amsterdam"  # decisions are taken in Almere: their times in its zone

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Approval file", "marker": "INTERNAL", "summary": "Mission",
        "ref": "Reference", "direction": "Direction", "dates": "Dates", "countries": "Countries",
        "cities": "Cities", "counterpart": "Counterpart", "state": "State",
        "department": "Lead department", "purpose": "Purpose", "delegation": "Delegation",
        "name": "Name", "role": "Role", "function": "Function", "organisation": "Organisation",
        "programme": "Programme summary", "day": "Day", "time": "Time", "item": "Activity",
        "venue": "Venue", "costs": "Costs and CO₂", "payer": "Paid by", "amount": "Amount",
        "total": "Total (EUR)", "budget": "Budget (EUR)", "no_budget": "no budget recorded",
        "over": "over budget", "within": "within budget", "unconverted": "Not converted",
        "co2": "CO₂ of the travel", "co2_value": "{kg} kg ({legs} travel legs counted)",
        "not_counted": "Not counted", "train": "Train notice",
        "assessment": "Assessment against the policy principles", "framework": "Framework",
        "principle": "Principle", "answer": "Answer", "justification": "Justification",
        "complies": "complies", "concern": "concern", "not_applicable": "not applicable",
        "unanswered": "not answered", "mandatory": "mandatory", "themes": "Themes",
        "goals": "Goals", "recorded": "Recorded", "not_recorded": "not recorded yet",
        "security": "Security", "checked": "Security check", "yes": "recorded",
        "no": "not recorded", "residual": "Residual risk", "advice": "Advice",
        "travel_advice": "Travel advice on the route", "state_actor": "State-actor risk",
        "hits": "Sanctions hits", "hits_value": "{open} open, {confirmed} confirmed",
        "checklist": "Checklist",
        "decisions": "Decision history", "chain": "Approval chain", "step": "Step",
        "by": "By", "at": "At", "comment": "Comment", "did": "Action",
        "no_decisions": "No decisions yet.", "other_trips": "Travellers' other trips in {year}",
        "no_trips": "No other trips this year.", "travellers": "Travellers", "none": "none",
        "hash": "content {hash}", "step_state": "State",
        "low": "low", "medium": "medium", "high": "high", "elevated": "elevated",
        "green": "green", "yellow": "yellow", "orange": "orange", "red": "red",
        "unknown": "colour not determined (read the advice)",
        "incoming": "incoming", "outgoing": "outgoing",
        "pending": "pending", "approved": "approved", "rejected": "rejected",
        "sent_back": "sent back", "submitted": "submitted", "draft": "draft",
        "reapproval_needed": "needs approval again", "cancelled": "cancelled",
        "completed": "completed", "submit": "submitted", "approve": "approved",
        "reject": "rejected", "send_back": "sent back", "cancel": "cancelled",
        "complete": "completed", "changes": "Changed since the last approval",
    },
    "nl": {
        "title": "Goedkeuringsdossier", "marker": "INTERN", "summary": "Missie",
        "ref": "Kenmerk", "direction": "Richting", "dates": "Data", "countries": "Landen",
        "cities": "Steden", "counterpart": "Tegenpartij", "state": "Status",
        "department": "Trekkende afdeling", "purpose": "Doel", "delegation": "Delegatie",
        "name": "Naam", "role": "Rol", "function": "Functie", "organisation": "Organisatie",
        "programme": "Programma in het kort", "day": "Dag", "time": "Tijd",
        "item": "Onderdeel", "venue": "Locatie", "costs": "Kosten en CO₂",
        "payer": "Betaald door", "amount": "Bedrag", "total": "Totaal (EUR)",
        "budget": "Budget (EUR)", "no_budget": "geen budget vastgelegd",
        "over": "boven budget", "within": "binnen budget", "unconverted": "Niet omgerekend",
        "co2": "CO₂ van de reis", "co2_value": "{kg} kg ({legs} reistrajecten geteld)",
        "not_counted": "Niet meegeteld", "train": "Treinadvies",
        "assessment": "Toetsing aan de beleidsuitgangspunten", "framework": "Kader",
        "principle": "Uitgangspunt", "answer": "Antwoord", "justification": "Onderbouwing",
        "complies": "voldoet", "concern": "bezwaar", "not_applicable": "niet van toepassing",
        "unanswered": "niet beantwoord", "mandatory": "verplicht", "themes": "Thema's",
        "goals": "Doelen", "recorded": "Vastgelegd", "not_recorded": "nog niet vastgelegd",
        "security": "Veiligheid", "checked": "Veiligheidscheck", "yes": "vastgelegd",
        "no": "niet vastgelegd", "residual": "Restrisico", "advice": "Advies",
        "travel_advice": "Reisadvies op de route", "state_actor": "Statelijke dreiging",
        "hits": "Sanctietreffers", "hits_value": "{open} open, {confirmed} bevestigd",
        "checklist": "Checklist",
        "decisions": "Besluitgeschiedenis", "chain": "Goedkeuringsketen", "step": "Stap",
        "by": "Door", "at": "Op", "comment": "Toelichting", "did": "Handeling",
        "no_decisions": "Nog geen besluiten.",
        "other_trips": "Andere reizen van de reizigers in {year}",
        "no_trips": "Geen andere reizen dit jaar.", "travellers": "Reizigers", "none": "geen",
        "hash": "inhoud {hash}", "step_state": "Stand",
        "low": "laag", "medium": "middel", "high": "hoog", "elevated": "verhoogd",
        "green": "groen", "yellow": "geel", "orange": "oranje", "red": "rood",
        "unknown": "kleur niet vastgesteld (lees het reisadvies)",
        "incoming": "inkomend", "outgoing": "uitgaand",
        "pending": "open", "approved": "goedgekeurd", "rejected": "afgewezen",
        "sent_back": "teruggestuurd", "submitted": "ingediend", "draft": "concept",
        "reapproval_needed": "opnieuw goed te keuren", "cancelled": "geannuleerd",
        "completed": "afgerond", "submit": "ingediend", "approve": "goedgekeurd",
        "reject": "afgewezen", "send_back": "teruggestuurd", "cancel": "geannuleerd",
        "complete": "afgerond", "changes": "Gewijzigd sinds de laatste goedkeuring",
    },
}


def word(key: str | None, lang: str, **values) -> str:
    if key is None:
        return ""
    table_ = WORDS["nl"] if lang.split("-")[0].lower() == "nl" else WORDS["en"]
    text = table_.get(key, WORDS["en"].get(key, key))
    return text.format(**values) if values else text


def render_approval_file(uow: UnitOfWork, ref: str, path, lang: str = "nl", *,
                         progress: Callable[..., None] | None = None) -> int:
    """Write the approval file of mission ``ref`` to ``path``; return the page count."""
    check_request(lang, "internal")
    data = approval_file(uow, ref)
    return approval_document(data, path, lang).build(
        progress=(lambda done, total: progress(done, total)) if progress else None)


def approval_document(data: ApprovalFile, path, lang: str) -> Document:
    m = data.mission
    title = pick(m.title, lang) or m.ref
    doc = mission_document(path, lang, title=f"{word('title', lang)} — {m.ref}",
                           header=f"{word('title', lang)} · {title}", ref=m.ref,
                           subject=word("title", lang), marker=word("marker", lang),
                           note=word("hash", lang, hash=data.approval.content_hash[:12]))
    doc.add(approval_story(data, lang))
    return doc


def _when(instant, lang: str) -> str:
    if instant is None:
        return ""
    local = utc_to_local(instant, ZONE)
    return f"{doc_labels.day_range(local.date(), local.date(), lang)} {local:%H:%M}"


def _money(amount, currency: str = "EUR") -> str:
    return f"{currency} {amount:,.2f}".replace(",", " ")


def approval_story(data: ApprovalFile, lang: str) -> list[Flowable]:
    m, w = data.mission, (lambda key, **v: word(key, lang, **v))
    a, st = data.assessment, data.approval
    out: list[Flowable] = [
        *title_block(pick(m.title, lang) or m.ref, lang, w("title")),
        key_values([
            (w("ref"), m.ref),
            (w("direction"), w(m.direction)),
            (w("dates"), doc_labels.day_range(m.start, m.end, lang)),
            (w("countries"), ", ".join(country_name(c, lang) for c in m.countries) or w("none")),
            (w("cities"), ", ".join(m.cities) or w("none")),
            (w("counterpart"), m.counterpart or ""),
            (w("department"), m.lead_department or ""),
            (w("state"), w(st.state)),
        ]),
        heading(w("purpose"), 2, outline=1),
        para(pick(data.purpose, lang) or w("none")),
    ]
    if st.changes_since_approval:
        out += [heading(w("changes"), 2, outline=1),
                table([[c.message] for c in st.changes_since_approval], (1.0,))]
    # delegation
    out.append(heading(w("delegation"), 2, outline=1))
    rows = [[d.name, role_label(d.role, lang), d.function or "", d.organisation or ""]
            for d in data.delegation]
    out.append(table(rows, (0.3, 0.2, 0.25, 0.25), header=[w("name"), w("role"),
                                                           w("function"), w("organisation")])
               if rows else para(w("none"), "muted"))
    # programme summary
    out.append(heading(w("programme"), 2, outline=1))
    rows = []
    for line in data.programme:
        if line.status == "cancelled":
            continue
        when = f"{line.start}–{line.end} {line.zone}".strip("– ") if line.start else ""
        rows.append([doc_labels.day_range(line.day, line.day, lang), when,
                     pick(line.title, lang) or "", pick(line.venue, lang) or ""])
    out.append(table(rows, (0.22, 0.2, 0.36, 0.22), header=[w("day"), w("time"), w("item"),
                                                            w("venue")])
               if rows else para(w("none"), "muted"))
    # costs and CO2
    out.append(heading(w("costs"), 2, outline=1))
    rows = [[c.payer or "—", _money(c.amount, c.currency)] for c in a.costs_by_payer]
    if rows:
        out.append(table(rows, (0.6, 0.4), header=[w("payer"), w("amount")]))
    budget = w("no_budget") if a.budget_eur is None else (
        f"{_money(a.budget_eur)} — {w('over') if a.over_budget else w('within')}")
    pairs = [(w("total"), _money(a.costs_total_eur)), (w("budget"), budget),
             (w("co2"), w("co2_value", kg=f"{a.co2.total_kg:,.0f}".replace(",", " "),
                          legs=str(len(a.co2.legs))))]
    if a.unconverted_currencies:
        pairs.append((w("unconverted"), ", ".join(a.unconverted_currencies)))
    pairs += [(w("not_counted"), n) for n in a.co2.not_counted]
    pairs += [(w("train"), n) for n in a.co2.notices]
    out.append(key_values(pairs))
    # assessment
    out.append(heading(w("assessment"), 2, outline=1))
    out.append(key_values([
        (w("framework"), f"{a.framework_code or ''} {pick(a.framework_title, lang) or ''}".strip()),
        (w("recorded"), f"{a.recorded_by} · {_when(a.recorded_at, lang)}" if a.recorded
         else w("not_recorded")),
        (w("themes"), ", ".join(pick(n, lang) for _c, n in a.themes) or w("none")),
        (w("goals"), ", ".join(pick(n, lang) for _c, n in a.goals) or w("none")),
    ]))
    rows = []
    for p in a.principles:
        name = f"{p.code}. {pick(p.name, 'nl')}"
        if lang.split("-")[0] != "nl" and pick(p.name, lang) != pick(p.name, "nl"):
            name += f" ({pick(p.name, lang)})"
        if p.mandatory:
            name += f" — {w('mandatory')}"
        rows.append([name, w(p.answer) if p.answer else w("unanswered"),
                     p.justification or ""])
    out.append(table(rows, (0.4, 0.17, 0.43), header=[w("principle"), w("answer"),
                                                      w("justification")]))
    # security
    out.append(heading(w("security"), 2, outline=1))
    s = data.security
    advice = ", ".join(f"{country_name(c, lang)}: {w(col)}"
                       for c, col in sorted(s.travel_advice.items())) or w("none")
    pairs = [
        (w("checked"), (w("yes") + (f" ({s.assessed_by})" if s.assessed_by else ""))
         if s.checked else w("no")),
        (w("residual"), w(s.residual_risk) if s.residual_risk else "—"),
        (w("travel_advice"), advice),
        (w("state_actor"), w(s.state_actor_risk) if s.state_actor_risk else "—"),
        (w("hits"), w("hits_value", open=str(s.open_hits), confirmed=str(s.confirmed_hits))),
    ]
    if s.advice:
        pairs.append((w("advice"), s.advice))
    if s.checklist:
        pairs.append((w("checklist"), ", ".join(
            f"{code} {'✓' if done else '✗'}" for code, done in s.checklist.items())))
    out.append(key_values(pairs))
    # the chain and the decisions
    out.append(heading(w("chain"), 2, outline=1))
    rows = [[pick(step.label, lang) or step.step, w(step.state), step.by or "",
             _when(step.at, lang), step.comment or ""] for step in st.steps]
    out.append(table(rows, (0.28, 0.14, 0.14, 0.2, 0.24), header=[
        w("step"), w("step_state"), w("by"), w("at"), w("comment")])
               if rows else para(w("none"), "muted"))
    out.append(heading(w("decisions"), 2, outline=1))
    rows = [[_when(h.at, lang), h.by + (f" ({h.on_behalf_of})" if h.on_behalf_of else ""),
             w(h.action), h.comment or ""] for h in st.history]
    out.append(table(rows, (0.22, 0.18, 0.18, 0.42), header=[w("at"), w("by"), w("did"),
                                                             w("comment")])
               if rows else para(w("no_decisions"), "muted"))
    # other trips
    out.append(heading(w("other_trips", year=str(data.year)), 2, outline=1))
    names = {d.person: d.name for d in data.delegation}
    rows = [[t.mission_ref, pick(t.title, lang) or "", doc_labels.day_range(t.start, t.end, lang),
             ", ".join(country_name(c, lang) for c in t.countries), w(t.status),
             ", ".join(names.get(p, p) for p in t.travellers)] for t in data.other_trips]
    out.append(table(rows, (0.14, 0.22, 0.18, 0.14, 0.12, 0.2), header=[
        w("ref"), w("summary"), w("dates"), w("countries"), w("state"), w("travellers")])
               if rows else para(w("no_trips"), "muted"))
    return out
