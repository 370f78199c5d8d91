"""Name matching: every variant the screening must survive, scores, explanations, blocking."""

from __future__ import annotations

from datetime import date

import pytest

from almere_missions.security.matching import (
    ListedEntity,
    Matcher,
    Subject,
    compare_names,
)
from almere_missions.security.names import ORGANISATION, PERSON, block_keys, name_forms

LIST = [
    ListedEntity("EU", "13", "person", ("Saddam Hussein Al-Tikriti", "Abu Ali"), ("1937-04-28",), ("IQ",)),
    ListedEntity("EU", "191", "person", ("Khalid Sheikh MOHAMMED", "Ali Salem"), ("1965-04-14", "1964-03-01")),
    ListedEntity("EU", "330", "organisation", ("Al-Rasheed Trust", "Aid Organisation of the Ulema, Pakistan")),
    ListedEntity("EU", "980", "organisation", ("Global Relief Foundation (GRF)",)),
    ListedEntity("UN", "1", "person", ("Xi Jinping",), ("1953-06-15",), ("CN",)),
    ListedEntity("UN", "2", "person", ("林美玲",)),
    ListedEntity("UN", "3", "person", ("Vladimir Vladimirovich PUTIN",), ("1952-10-07",), ("RU",)),
    ListedEntity("UN", "4", "person", ("Abdul Rahman Yasin",)),
    ListedEntity("UN", "5", "organisation", ("Joint Stock Company Sovcomflot",)),
    ListedEntity("EU", "999999", "person", ()),
]


@pytest.fixture(scope="module")
def matcher():
    return Matcher(LIST, threshold=0.8)


def top(matcher, name, kind=PERSON, born=None, nats=()):
    hits = matcher.screen(Subject("s", kind, (name,), born, tuple(nats)))
    return hits[0] if hits else None


@pytest.mark.parametrize("name, entity", [
    ("saddam hussein al-tikriti", "13"),          # case
    ("Al-Tikriti Saddam Hussein", "13"),          # word order
    ("Saddam Hüssein Al-Tikrîtî", "13"),          # diacritics
    ("Саддам Хусейн Аль-Тикрити", "13"),          # Cyrillic
    ("صدام حسين التكريتي", "13"),                 # Arabic script (no short vowels)
    ("Saddam Husayn al-Tikriti", "13"),           # Arabic name variant in Latin letters
    ("Saddam Hussein", "13"),                     # missing further names
    ("Khaled Shaikh Muhammad", "191"),            # Arabic name spelling variants
    ("K. S. Mohammed", "191"),                    # initials
    ("Khalid Mohammed", "191"),                   # missing middle name
    ("Sheikh Dr. Khalid Sheikh Mohammed", "191"),  # honorific (Dr.) set aside
    ("Mr. Khalid Sheikh Mohammed", "191"),
    ("习近平", "1"),                               # Chinese characters vs pinyin
    ("Hsi Chin-p'ing", "1"),                      # Wade–Giles vs pinyin
    ("Xi Jin Ping", "1"),                         # syllables apart
    ("Lin Mei-ling", "2"),                        # Wade–Giles vs characters
    ("Lin Meiling", "2"),                         # pinyin vs characters
    ("Путин Владимир Владимирович", "3"),         # Cyrillic, other order
    ("Abdulrahman Yasin", "4"),                   # written together
])
def test_person_variants_match(matcher, name, entity):
    hit = top(matcher, name)
    assert hit is not None, name
    assert hit.entity.entity_id == entity
    assert 0.8 <= hit.score <= 1.0


@pytest.mark.parametrize("name, entity", [
    ("Al Rasheed Trust Ltd.", "330"),
    ("AL-RASHEED TRUST B.V.", "330"),
    ("Global Relief Foundation Inc", "980"),
    ("Sovcomflot PJSC", "5"),
    ("ПАО Совкомфлот", "5"),
])
def test_organisation_legal_forms(matcher, name, entity):
    hit = top(matcher, name, ORGANISATION)
    assert hit is not None and hit.entity.entity_id == entity


@pytest.mark.parametrize("name", ["Jan de Vries", "Marieke de Vries", "Lin Wei", "Maria Garcia",
                                  "Ali Hassan", "Mohammed Ahmed"])
def test_unrelated_people_do_not_match(matcher, name):
    assert top(matcher, name) is None


def test_persons_are_not_matched_with_organisations(matcher):
    assert top(matcher, "Al Rasheed Trust", PERSON) is None
    assert top(matcher, "Saddam Hussein Al-Tikriti", ORGANISATION) is None


def test_birth_date_and_nationality_raise_and_lower(matcher):
    plain = top(matcher, "Saddam Husayn").score
    same = top(matcher, "Saddam Husayn", born=date(1937, 4, 28), nats=["IQ"])
    assert same.score > plain
    assert "Birth date 1937-04-28 is the same" in same.explanation
    assert "Nationality IQ is listed" in same.explanation
    other = Matcher(LIST, threshold=0.1).screen(
        Subject("s", PERSON, ("Saddam Husayn",), date(1990, 1, 1), ("NL",)))[0]
    assert other.score < plain - 0.2
    assert "-0.35" in other.explanation and "-0.08" in other.explanation
    assert "another birth year" in other.explanation


def test_another_birth_year_takes_the_same_name_below_the_threshold(matcher):
    # A namesake born years later is another person; missing data changes nothing.
    assert top(matcher, "Xi Jinping", born=date(1990, 6, 15)) is None
    kept = top(matcher, "Xi Jinping")
    assert kept is not None and "is not known (no change)" in kept.explanation
    near = top(matcher, "Xi Jinping", born=date(1954, 6, 15))
    assert near is not None and "one year off (-0.10)" in near.explanation
    unlisted = top(matcher, "Abdul Rahman Yasin", born=date(1990, 1, 1))
    assert unlisted is not None and "The listing gives no birth date (no change)" in unlisted.explanation


def test_birth_year_only_and_day_month_swapped():
    listed = [ListedEntity("EU", "1", "person", ("Muammar Gaddafi",), ("1942",)),
              ListedEntity("EU", "2", "person", ("Ali Hassan",), ("1972-03-04",))]
    m = Matcher(listed)
    hit = m.screen(Subject("s", PERSON, ("Muammar al-Gaddafi",), date(1942, 7, 1)))[0]
    assert "birth year 1942 fits the listed 1942 (+0.04)" in hit.explanation.lower()
    swapped = m.screen(Subject("s", PERSON, ("Ali Hassan",), date(1972, 4, 3)))[0]
    assert "day and month swapped (no change)" in swapped.explanation
    other_day = m.screen(Subject("s", PERSON, ("Ali Hassan",), date(1972, 9, 20)))[0]
    assert "same year, another day (-0.10)" in other_day.explanation


def test_other_sex_lowers_the_score():
    listed = [ListedEntity("EU", "1", "person", ("Zhang Wei",), gender="M")]
    m = Matcher(listed)
    assert m.screen(Subject("s", PERSON, ("Zhang Wei",), gender="M"))
    assert not m.screen(Subject("s", PERSON, ("Zhang Wei",), gender="F"))
    explained = Matcher(listed, threshold=0.1).screen(Subject("s", PERSON, ("Zhang Wei",),
                                                              gender="F"))[0]
    assert "Sex F, the listing says M: another person (-0.25)" in explained.explanation


@pytest.mark.parametrize("guest, listed", [
    ("Sergei Schoigu", "Sergei SHOIGU"),           # German
    ("Serguei Choïgou", "Sergei SHOIGU"),          # French
    ("Sergej Šojgu", "Sergei SHOIGU"),             # ISO 9
    ("Wladimir Putin", "Vladimir PUTIN"),
    ("W. Putin", "Vladimir PUTIN"),
    ("Mouammar Kadhafi", "Muammar GADDAFI"),
    ("Ali Chamenei", "Ali KHAMENEI"),
    ("Lee Yong-ho", "RI Yong Ho"),                 # one Korean surname
    ("генерал Сергей Шойгу", "Sergei SHOIGU"),     # title in Cyrillic
    ("Hassan Nasr Allah", "Hassan NASRALLAH"),     # written apart
])
def test_romanisations_match(guest, listed):
    m = Matcher([ListedEntity("EU", "1", "person", (listed,))])
    assert m.screen(Subject("s", PERSON, (guest,))), guest


@pytest.mark.parametrize("guest, listed", [
    ("Kim Jong Il", "KIM Jong Un"),                # another given name
    ("Viktor Viktorovich Yanukovych", "Viktor Fedorovych YANUKOVYCH"),  # another patronymic
    ("Vladimir Potanin", "Vladimir PUTIN"),
    ("Li Qiang", "LI Keqiang"),                    # a missing syllable
    ("Hassan Nasser", "حسن نصر الله"),
])
def test_other_names_do_not_match(guest, listed):
    m = Matcher([ListedEntity("EU", "1", "person", (listed,))])
    assert not m.screen(Subject("s", PERSON, (guest,))), guest


def test_explanation_is_readable(matcher):
    hit = top(matcher, "Al-Tikriti Saddam Husayn")
    text = hit.explanation
    assert "Saddam Hussein Al-Tikriti" in text and "in another order" in text
    assert "husayn ~ hussein" in text and f"Score {hit.score:.2f}" in text


def test_threshold_is_configurable():
    loose = Matcher(LIST, threshold=0.5)
    strict = Matcher(LIST, threshold=0.99)
    name = ("Saddam Husayn",)
    assert loose.screen(Subject("s", PERSON, name))
    assert not strict.screen(Subject("s", PERSON, name))
    with pytest.raises(ValueError):
        Matcher(LIST, threshold=0)


def test_entity_without_names_is_kept_but_never_matches(matcher):
    assert any(e.entity_id == "999999" for e in matcher.entities)
    assert all(m.entity.entity_id != "999999" for m in matcher.screen(Subject("s", PERSON, ("EU 0 0",))))


def test_scores_lie_in_zero_to_one():
    for a, b in [("A B", "A B"), ("Saddam Hussein", "Saddam Hussein Al-Tikriti"), ("X", "Y Z")]:
        score = compare_names(a, b)[0]
        assert 0 <= score <= 1


# --- blocking -----------------------------------------------------------------------

def test_blocking_rule_two_shared_parts():
    m = Matcher(LIST)
    form = name_forms("Hussein Saddam")[0]
    rows = m.candidates(form, PERSON)
    assert {m.entities[m._row_entity[r]].entity_id for r in rows} == {"13"}


def test_blocking_rule_one_part_needs_a_similar_whole_name():
    m = Matcher(LIST)
    # "Mohammed" is shared with entity 191, but the whole names are far apart.
    rows = m.candidates(name_forms("Mohammed Pieterse")[0], PERSON)
    assert rows == []
    # One part shared and alike as a whole (a typo in the other part): compared.
    rows = m.candidates(name_forms("Khalid Mohammmmed")[0], PERSON)
    assert {m.entities[m._row_entity[r]].entity_id for r in rows} == {"191"}


def test_blocking_keeps_persons_and_organisations_apart():
    m = Matcher(LIST)
    rows = m.candidates(name_forms("Al Rasheed Trust", ORGANISATION)[0], ORGANISATION)
    assert {m.entities[m._row_entity[r]].entity_id for r in rows} == {"330"}
    assert m.candidates(name_forms("Al Rasheed Trust", PERSON)[0], PERSON) == []


def test_blocking_keys_meet_across_spellings():
    def keys(name):
        return set().union(*(block_keys(f) for f in name_forms(name)))
    assert keys("习近平") & keys("Hsi Chin-p'ing") & keys("Xi Jinping")
    assert keys("Mohammed") & keys("Muhammad")
    assert keys("صدام حسين") & keys("Saddam Hussein")
    assert not keys("Jan de Vries") & keys("Saddam Hussein")


def test_chinese_names_in_characters_meet_syllable_by_syllable():
    # another given name (a syllable missing), another syllable: no match
    assert compare_names("张华", "张玉华")[0] < 0.8
    assert compare_names("张萍", "张颖")[0] < 0.8
    # the same syllables in characters, pinyin and Wade–Giles, in any order
    assert compare_names("張玉華", "Zhang Yuhua")[0] == 1.0
    assert compare_names("Chang Yü-hua", "张玉华")[0] == 1.0


def test_arabic_letters_without_ascii_form_do_not_split_words():
    from almere_missions.security.names import fold
    assert fold("سعد") == "sd" and fold("Sa\u02bfd") == "sad"
    assert compare_names("سعد الحريري", "Saad Hariri")[0] >= 0.8


def test_one_shared_part_is_weak_evidence():
    assert compare_names("Khalid Pietersen", "Khalid Sheikh Mohammed")[0] < 0.6
    assert compare_names("Al Khalid", "Al Mohammed")[0] < 0.6
