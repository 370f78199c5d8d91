"""A deterministic, realistic synthetic sanctions list in the EU FSD XML format, and
people to screen against it (some of them planted variants of listed names).

Names come from Faker's locales in their own scripts (Cyrillic, Arabic, Han,
Persian, Turkish, Latin) with Latin aliases the way lists carry them: the ICU
transliteration, another transliteration (anyascii), surname first in capitals.

The other data are as patchy as on the EU consolidated list: most listed persons
have a birth date, but some only a year, some two candidate dates and some none;
citizenship is given for most but not all, and the sex on most name aliases. The
guests have what a passport gives: a full birth date, a nationality and a sex.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import quoteattr

from anyascii import anyascii
from faker import Faker
from rigour.text import ascii_text

LOCALES = {"ru_RU": "RU", "ar_AA": "SY", "zh_CN": "CN", "fa_IR": "IR", "tr_TR": "TR",
           "en_US": "US", "es_ES": "VE", "uk_UA": "UA"}
HONORIFICS = ("Dr.", "Mr.", "Prof.", "His Excellency", "Colonel", "Mrs.")
LEGAL_FORMS = ("Ltd.", "LLC", "GmbH", "B.V.", "JSC", "Co., Ltd.", "S.A.")


# Shares of listed persons (estimates in the spirit of the EU list, not measured on it).
NO_BIRTH_DATE = 0.12
BIRTH_YEAR_ONLY = 0.13
TWO_BIRTH_DATES = 0.08
NO_CITIZENSHIP = 0.30
NO_GENDER = 0.10


@dataclass(frozen=True)
class Listed:
    logical_id: int
    kind: str
    names: tuple[str, ...]
    birth: date | None  # the true birth date (what a planted guest gives)
    nationality: str | None  # the true nationality
    gender: str = ""  # the true sex, M or F
    listed_births: tuple[str, ...] = ()  # what the list states: YYYY-MM-DD or YYYY
    listed_nationality: str | None = None
    listed_gender: str = ""


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    birth: date | None
    nationality: str | None
    planted: int | None  # the logical id a planted variant comes from
    variant: str
    gender: str = ""


def _ascii(text: str) -> str:
    # ICU writes letters it cannot render in ASCII (Arabic ayn) as "?": lists drop them.
    return ascii_text(text).replace("?", "")


def _latin_forms(native: str) -> list[str]:
    icu = " ".join(w.capitalize() for w in _ascii(native).split())
    other = " ".join(w.capitalize() for w in anyascii(native).split())
    forms = [native, icu, other]
    words = icu.split()
    if len(words) >= 2:
        forms.append(f"{words[-1].upper()} {' '.join(words[:-1])}")
    return [f for f in dict.fromkeys(forms) if f.strip()]


def _clean_person_name(fake: Faker, gender: str = "") -> str:
    # Faker adds titles now and then ("الأستاذ", "Dr."): the list carries bare names.
    if gender == "F":
        return fake.first_name_female() + " " + fake.last_name() \
            if fake.random.random() < 0.7 else fake.name_female()
    if gender == "M":
        return fake.first_name_male() + " " + fake.last_name() \
            if fake.random.random() < 0.7 else fake.name_male()
    return fake.first_name() + " " + fake.last_name() if fake.random.random() < 0.7 \
        else fake.name()


def _listed_births(rng: random.Random, birth: date) -> tuple[str, ...]:
    draw = rng.random()
    if draw < NO_BIRTH_DATE:
        return ()
    if draw < NO_BIRTH_DATE + BIRTH_YEAR_ONLY:
        return (str(birth.year),)
    if draw < NO_BIRTH_DATE + BIRTH_YEAR_ONLY + TWO_BIRTH_DATES:
        other = birth.replace(year=birth.year + rng.choice((-2, -1, 1, 2)), day=min(birth.day, 28))
        return tuple(sorted((birth.isoformat(), other.isoformat())))
    return (birth.isoformat(),)


def generate_list(entities: int = 5000, seed: int = 2026) -> list[Listed]:
    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for n, f in enumerate(fakers.values()):
        f.seed_instance(seed + n)
    out = []
    for i in range(entities):
        loc = rng.choice(list(LOCALES))
        fake = fakers[loc]
        if rng.random() < 0.8:
            gender = rng.choice("MF")
            native = _clean_person_name(fake, gender)
            names = _latin_forms(native)
            extra = _clean_person_name(fake, gender)
            names.append(" ".join(w.capitalize() for w in _ascii(extra).split()))
            names.append(extra)
            birth = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
            out.append(Listed(
                100000 + i, "person", tuple(dict.fromkeys(names)), birth, LOCALES[loc], gender,
                _listed_births(rng, birth),
                None if rng.random() < NO_CITIZENSHIP else LOCALES[loc],
                "" if rng.random() < NO_GENDER else gender))
        else:
            company = fake.company()
            form = rng.choice(LEGAL_FORMS)
            names = [company, f"{_ascii(company)} {form}", _ascii(company).upper(),
                     f"{anyascii(company)} {form}", company.upper()]
            out.append(Listed(100000 + i, "organisation", tuple(dict.fromkeys(names)), None,
                              LOCALES[loc], listed_nationality=LOCALES[loc]))
    return out


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def plant_variant(rng: random.Random, entity: Listed) -> tuple[str, str]:
    """A name a person might give for a listed entity, and how it differs."""
    names = list(entity.names)
    latin = [n for n in names if n.isascii()] or names
    base = rng.choice(latin).split()
    kind = rng.choice(["case", "order", "script", "initial", "middle", "honorific", "typo",
                       "diacritics"])
    if kind == "script":
        native = [n for n in names if not n.isascii()]
        return (native[0] if native else " ".join(base)), kind
    if kind == "case":
        return " ".join(base).lower() if rng.random() < 0.5 else " ".join(base).upper(), kind
    if kind == "order" and len(base) >= 2:
        return " ".join(base[1:] + base[:1]), kind
    if kind == "initial" and len(base) >= 2:
        return f"{base[0][0]}. {' '.join(base[1:])}", kind
    if kind == "middle" and len(base) >= 3:
        return f"{base[0]} {base[-1]}", kind
    if kind == "honorific":
        return f"{rng.choice(HONORIFICS)} {' '.join(base)}", kind
    if kind == "typo":
        longest = max(range(len(base)), key=lambda k: len(base[k]))
        base[longest] = _typo(rng, base[longest])
        return " ".join(base), kind
    if kind == "diacritics":
        return " ".join(base).replace("a", "á").replace("e", "ë"), kind
    return " ".join(base), "as listed"


def generate_people(listed: list[Listed], count: int = 1000, planted: int = 200,
                    seed: int = 7) -> list[Person]:
    rng = random.Random(seed)
    people = []
    persons = [e for e in listed if e.kind == "person"]
    for n, entity in enumerate(rng.sample(persons, planted)):
        name, variant = plant_variant(rng, entity)
        people.append(Person(f"planted-{n}", name, entity.birth, entity.nationality,
                             entity.logical_id, variant, entity.gender))
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for n, f in enumerate(fakers.values()):
        f.seed_instance(seed * 1000 + n)
    for n in range(count - planted):
        loc = rng.choice(list(LOCALES) + ["nl_NL", "de_DE", "fr_FR"])
        fake = fakers.get(loc) or Faker(loc)
        if loc not in fakers:
            fake.seed_instance(seed * 1000 + 99)
            fakers[loc] = fake
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 50 * 365))
        gender = rng.choice("MF")
        people.append(Person(f"clean-{n}", _clean_person_name(fake, gender), birth,
                             LOCALES.get(loc, "NL"), None, "unlisted", gender))
    rng.shuffle(people)
    return people


def eu_xml(listed: list[Listed], generated: str = "2026-11-01T09:00:00.000+01:00") -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           f'<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="{generated}" '
           'globalFileId="1">']
    for e in listed:
        code = "person" if e.kind == "person" else "enterprise"
        out.append(f'<sanctionEntity designationDetails="" unitedNationId="" '
                   f'euReferenceNumber="EU.{e.logical_id}.1" logicalId="{e.logical_id}">')
        out.append(f'<subjectType code="{code}" classificationCode="{code[0].upper()}"/>')
        gender = f'gender="{e.listed_gender}" ' if e.listed_gender else ""
        for k, name in enumerate(e.names):
            out.append(f'<nameAlias firstName="" middleName="" lastName="" wholeName={quoteattr(name)} '
                       f'function="" {gender}title="" nameLanguage="" strong="true" '
                       f'regulationLanguage="en" logicalId="{e.logical_id * 10 + k}"/>')
        if e.kind == "person" and e.listed_nationality:
            out.append(f'<citizenship region="" countryIso2Code="{e.listed_nationality}" '
                       f'countryDescription="" regulationLanguage="en" logicalId="1"/>')
        for k, born in enumerate(e.listed_births):
            if len(born) == 10:  # a full date
                day, month = int(born[8:]), int(born[5:7])
                when = f'birthdate="{born}" dayOfMonth="{day}" monthOfYear="{month}" '
            else:  # the year alone, as the EU list gives it for many
                when = 'birthdate="" dayOfMonth="" monthOfYear="" '
            out.append(f'<birthdate circa="false" calendarType="GREGORIAN" city="" zipCode="" '
                       f'{when}year="{born[:4]}" region="" place="" '
                       f'countryIso2Code="{e.nationality}" countryDescription="" '
                       f'regulationLanguage="en" logicalId="{k + 1}"/>')
        out.append("</sanctionEntity>")
    out.append("</export>")
    return "\n".join(out).encode("utf-8")
