"""The caterer's sheet: per meal, its time and venue and how many guests with which
diets, allergies and access needs. Numbers only: it leaves the house, so it names no
one (the contact is the office, not a person)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from almere_missions import permissions
from almere_missions.documents import labels
from almere_missions.documents.common import check_request, mission_document
from almere_missions.documents.sheet_labels import cover, hm, office_line, place_cell, word
from almere_missions.documents.toolkit import heading, keep, key_values, para, spacer, table
from almere_missions.logistics.sheets import Meal, MissionHead, meals
from almere_missions.uow import UnitOfWork


def caterer_sheet(uow: UnitOfWork, ref: str, path, lang: str = "en", *,
                  item: str | None = None) -> int:
    """Write the caterer's sheet of mission ``ref`` (its meals, or the one ``item``);
    return the page count."""
    check_request(lang, "guest")
    permissions.require(uow, permissions.LOGISTICS_READ)
    head, found = meals(uow, ref, lang, item=item)
    name = word("caterer_sheet", lang)
    doc = mission_document(path, lang, title=f"{name} — {head.title}", header=name,
                           ref=head.ref, subject=name)
    doc.add(caterer_story(head, found, lang))
    return doc.build()


def caterer_story(head: MissionHead, found: list[Meal], lang: str) -> list[Flowable]:
    out = cover(head, "caterer_sheet", head.title, lang,
                [(word("contact", lang), office_line(lang))])
    out.append(para(word("no_names", lang), "muted"))
    if not found:
        out.append(para(word("no_meals", lang), "muted"))
    for meal in found:
        out += _meal(meal, lang)
    return out


def _when(meal: Meal, lang: str) -> str:
    day = labels.day(meal.start.date(), lang)
    if meal.all_day:
        return f"{day}, {labels.label('all_day', lang)}"
    return f"{day}, {hm(meal.start)}–{hm(meal.end)}"


def _counts(rows, lang: str, title: str, empty: str) -> list[Flowable]:
    if not rows:
        return [para(title, "h3"), para(empty, "muted")]
    return [spacer(3), table([[text, str(n)] for text, n in rows], (0.8, 0.2),
                             header=[title, word("count", lang)])]


def _meal(meal: Meal, lang: str) -> list[Flowable]:
    diets = [(d or word("no_diet", lang), n) for d, n in meal.diets]
    access = [(word("step_free_access", lang) if a == "step_free" else a, n)
              for a, n in meal.access]
    return [
        keep(heading(f"{meal.title} — {_when(meal, lang)}", 2, outline=1),
             key_values([
                 (word("time", lang), _when(meal, lang)),
                 (word("venue", lang), place_cell(meal.venue, lang)),
                 (word("guests", lang), str(meal.guests)),
             ])),
        *_counts(diets, lang, word("diet", lang), ""),
        *_counts(meal.allergies, lang, word("allergies", lang), word("no_allergies", lang)),
        *_counts(access, lang, word("access", lang), word("no_access", lang)),
    ]
