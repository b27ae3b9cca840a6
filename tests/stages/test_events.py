"""The event coder: dates (explicit, relative, inferred), places, status, the ledger, clusters, and the gold score."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from pipeline.stages.dates import _calendar_date, _parse, find_dates, make_event_date_parser
from pipeline.stages.events import ClusterFields, cluster_events
from scripts.score_real import coded_frames
from tests.golden_cases import GOLD_EVENTS, INPUTS, case_name, event_tools, events_of, score_events

BASE = dt.date(2022, 1, 13)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("on January 10", dt.date(2022, 1, 10), "day"),
        ("On Nov. 14", dt.date(2021, 11, 14), "day"),
        ("il 6 gennaio", dt.date(2022, 1, 6), "day"),
        ("23 novembre 2022", dt.date(2022, 11, 23), "day"),
        ("Saturday", dt.date(2022, 1, 8), "day"),
        ("on Thursday", BASE, "day"),
        ("late last year", dt.date(2021, 1, 1), "year"),
        ("earlier this week", dt.date(2022, 1, 10), "week"),
        ("in early January", dt.date(2022, 1, 1), "month"),
        ("yesterday", dt.date(2022, 1, 12), "day"),
        ("December 2010", dt.date(2010, 12, 1), "month"),
        ("within three days", dt.date(2022, 1, 16), "day"),
        ("in the next two days", dt.date(2022, 1, 15), "day"),
        ("entro due giorni", dt.date(2022, 1, 15), "day"),
        ("della scorsa settimana", dt.date(2022, 1, 3), "week"),
        ("last autumn", dt.date(2021, 1, 1), "year"),  # a season or a quarter is dated to its year
        ("nell'estate del 2019", dt.date(2019, 1, 1), "year"),
        ("in the fourth quarter of next year", dt.date(2023, 1, 1), "year"),
    ],
)
def test_dates_resolve_against_the_publication_date(text: str, expected: dt.date, precision: str) -> None:
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, BASE, None, None)
    assert (found.date, found.precision) == (expected, precision)


def test_shifts_count_from_the_last_date_the_article_stated() -> None:
    [found] = find_dates(event_tools().date_words, "Three days later, troops left.", event_tools().parser, BASE, dt.date(2022, 1, 6), None)
    assert found.date == dt.date(2022, 1, 9)


@pytest.mark.parametrize("text", ["lunedì 23 agosto", "on Monday, August 23", "Monday August 23"])
def test_a_weekday_before_a_date_is_the_same_day(text: str) -> None:
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, dt.date(2021, 8, 21), None, None, future=True)
    assert (found.date, found.precision) == (dt.date(2021, 8, 23), "day")


def test_a_season_to_come_is_ahead_and_a_verb_is_no_season() -> None:
    [spring] = find_dates(event_tools().date_words, "le manovre si terranno in primavera", event_tools().parser, BASE, None, None)
    [summer] = find_dates(event_tools().date_words, "the drills held last summer", event_tools().parser, BASE, None, None)
    assert (spring.date, spring.ahead, summer.date, summer.ahead) == (dt.date(2022, 1, 1), True, dt.date(2021, 1, 1), False)
    assert [f.text for f in find_dates(event_tools().date_words, "if prices fall in January", event_tools().parser, BASE, None, None)] == ["January"]


def test_no_base_means_no_guess() -> None:
    [found] = find_dates(event_tools().date_words, "on Saturday", event_tools().parser, None, None, None)
    assert found.date is None and found.precision == "unknown"


def test_places_are_canonical_and_renamed_by_date() -> None:
    gazetteer = event_tools().gazetteer
    [almaty] = gazetteer.find("units left Alma-Ata airport", None)
    assert (almaty.name, almaty.country, almaty.precision) == ("Almaty", "KAZ", "city")
    assert gazetteer.within("KAZ", almaty.latitude or 0, almaty.longitude or 0)
    assert gazetteer.find("talks in Astana", dt.date(2020, 5, 1))[0].name == "Nur-Sultan"
    assert gazetteer.find("talks in Nur-Sultan", dt.date(2023, 5, 1))[0].name == "Astana"
    assert gazetteer.find("proteste in Kazakistan", None)[0].country == "KAZ"
    assert gazetteer.find("Vladimir Putin spoke", None, [(0, 14)]) == []  # a person's name is no city


def _case(name: str) -> list:  # type: ignore[type-arg]
    [path] = [p for p in INPUTS if case_name(p) == name]
    return events_of(path)


def test_videoconference_has_no_single_place() -> None:
    [meeting] = [e for e in _case("001_037cda25dab176e3") if e.event_date is not None and e.event_type == "CONSULT"]
    assert (meeting.event_type, meeting.mode, meeting.geo_precision, meeting.place) == ("CONSULT", "virtual", "virtual", None)
    assert meeting.date_source == "calendar_year"  # the article gives no year; the reference calendar does


def test_planned_and_relative_events_in_a_dated_article() -> None:
    events = {(e.event_type, e.event_date, e.date_precision, e.status) for e in _case("events_tass_dated")}
    assert ("CONSULT", dt.date(2023, 11, 22), "day", "planned") in events
    assert ("CONSULT", dt.date(2023, 9, 5), "day", "happened") in events  # "A day later"
    assert ("CONSULT", dt.date(2023, 9, 4), "week", "happened") in events  # "Earlier this week"


def test_pending_italian_article_is_coded_from_the_original() -> None:
    events = _case("events_ansa_dated.it")
    assert {(e.event_type, e.event_date) for e in events} >= {
        ("PROTEST", dt.date(2022, 1, 4)),
        ("COERCE", dt.date(2022, 1, 5)),
    }
    assert all(e.evidence_en is None for e in events)


def test_reports_of_one_event_share_a_cluster() -> None:
    deployment = [e for e in _case("003_84297b0ca83054c9") if e.event_type == "MOBILIZE" and e.event_date]
    announcement = [e for e in _case("wire_reuters_style") if e.event_type == "MOBILIZE" and e.event_date]
    meeting = [e for e in _case("001_037cda25dab176e3") if e.event_date]
    ids = cluster_events([*deployment, *announcement, *meeting])
    assert ids[0] == ids[1] != ids[2]
    # a cluster's id depends on its members, not on the order they come in (a refresh adds rows anywhere)
    backwards = cluster_events([*meeting, *announcement, *deployment][::-1])
    assert backwards[::-1] == cluster_events([*meeting, *announcement, *deployment])
    everything = [*deployment, *announcement, *meeting]
    by_id = dict(zip([e.event_id for e in everything], ids, strict=True))
    assert dict(zip([e.event_id for e in everything[::-1]], cluster_events(everything[::-1]), strict=True)) == by_id


def test_gold_scores_meet_the_targets() -> None:
    result = score_events(sorted(GOLD_EVENTS.glob("*.json")))
    assert result["gold_dated_events"] >= 25
    assert result["recall"] >= 0.9, result["problems"]
    assert result["precision"] >= 0.9, result["problems"]
    assert (result["recall"], result["precision"]) == (1.0, 1.0), result["problems"]  # and no worse than they are


@pytest.mark.parametrize(
    "text",
    ["from 3 to 8 October", "on 3-8 October", "dal 3 all'8 ottobre", "between 3 and 8 October", "from October 3 to October 8"],
)
def test_a_range_of_days_is_dated_by_its_start(text: str) -> None:
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, dt.date(2023, 9, 20), None, None, future=True)
    assert (found.date, found.precision) == (dt.date(2023, 10, 3), "day")


def _events_of_text(tmp_path: Path, text: str) -> list[tuple[str, dt.date | None, str, str | None, str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event_type, e.event_date, e.date_precision, e.country, e.status) for e in events_of(path) if e.event_date]


def _published_events(tmp_path: Path, text: str, published: str) -> list[tuple[str, dt.date, str, str | None, str]]:
    """The dated events the flow's own functions code in one article with a publication date from sources.csv
    ("2031-05-26", or a month alone, "2031-03"), as (type, date, precision, country, status)."""
    folder = tmp_path / "published"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "sources.csv").write_text(f"file,url,outlet,published\na.txt,http://x.example/a,x.example,{published}\n", encoding="utf-8")
    rows = coded_frames(folder)["events"].to_dict("records")
    return [(r["event_type"], r["event_date"].date(), r["date_precision"], r["country"], r["status"]) for r in rows
            if str(r["event_date"]) not in ("NaT", "None")]


def test_a_drill_reported_twice_is_one_event_and_a_force_name_is_no_deployment(tmp_path: Path) -> None:
    # our own words: a dateline-dated lead and a worded start of the same drill; "Rapid Deployment Forces" is a name
    events = _events_of_text(tmp_path, (
        "Drills of the alliance in Kyrgyzstan\n"
        "BISHKEK, May 12, 2021, Kabar — Kyrgyz units are taking part in exercises of the CSTO Collective Rapid "
        "Deployment Forces that are under way in Kyrgyzstan.\n"
        "The exercises began at the Edelweiss range in Kyrgyzstan on May 11, a ministry spokesman said.\n"
    ))
    assert events == [("COOPERATE", dt.date(2021, 5, 11), "day", "KGZ", "happened")]


def test_leaving_the_alliance_is_a_sanction_not_a_retreat(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Il Kirghizistan lascia l'alleanza\n"
        "BISHKEK, 4 marzo 2021 - Il presidente kirghiso ha detto il 3 marzo che il paese si ritirerà dall'alleanza "
        "militare, senza precisare quando.\n"
    ))
    assert [(t, d, s) for t, d, _, _, s in events] == [("SANCTION", dt.date(2021, 3, 3), "planned")]


def test_days_ahead_count_from_the_day_the_sentence_names() -> None:
    found = find_dates(event_tools().date_words, "il 10 gennaio aveva detto che i reparti sarebbero partiti entro tre giorni",
                       event_tools().parser, BASE, None, None)
    assert [(f.date, f.precision) for f in found] == [(dt.date(2022, 1, 10), "day"), (dt.date(2022, 1, 13), "day")]


def test_a_bracketed_agency_before_the_dateline_still_dates_the_lead(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "I reparti lasciano il paese\n"
        "(AGENZIA) - BISHKEK, 14 MAR 2023 - I reparti hanno iniziato le operazioni di ritiro dal "
        "Kirghizistan. Lo comunica il ministero della Difesa.\n"
    ))
    assert ("RETREAT", dt.date(2023, 3, 14), "day", "KGZ", "happened") in events


def test_history_is_dated_by_its_own_clause_and_placed_by_its_own_words(tmp_path: Path) -> None:
    # our own words: background history in a story filed elsewhere; lists of states name no single country
    events = _events_of_text(tmp_path, (
        "An old alliance\n"
        "BISHKEK, March 5, 2021 - Officials met in Bishkek on Friday to review the alliance.\n"
        "It began as a treaty signed on June 2, 1995, by Kyrgyzstan, Armenia and Belarus. Tajikistan, Moldova and Georgia "
        "joined in 1997. Moldova later pulled out and in 2004, as the region changed, the others agreed to found a secretariat.\n"
    ))
    history = [(t, d, p, c) for t, d, p, c, _ in events if d and d.year < 2020]
    assert history == [
        ("AGREE", dt.date(1995, 6, 2), "day", None),
        ("AGREE", dt.date(1997, 1, 1), "year", None),
        ("AGREE", dt.date(2004, 1, 1), "year", None),
    ]


def test_a_withdrawal_happens_where_it_leaves_and_a_city_named_for_a_saint_is_a_place(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Il ritiro\n"
        "MOSCA, 20 gennaio 2022 - Le unità guidate da Mosca hanno iniziato oggi il ritiro dal Kazakistan. La "
        "prossima riunione dei ministri è prevista per marzo a San Pietroburgo.\n"
        "The withdrawal of the alliance's peacekeeping troops from Kazakhstan ended on January 19. The ministers met "
        "in the Kremlin on January 18.\n"
    ))
    assert ("RETREAT", dt.date(2022, 1, 20), "day", "KAZ", "happened") in events
    assert ("CONSULT", dt.date(2022, 3, 1), "month", "RUS", "planned") in events
    assert ("RETREAT", dt.date(2022, 1, 19), "day", "KAZ", "happened") in events  # a withdrawal, not leaving the alliance
    assert ("CONSULT", dt.date(2022, 1, 18), "day", "RUS", "happened") in events


def _pairwise_clusters(records: list[ClusterFields], window_days: int = 2) -> list[int]:
    """The definition, pair by pair (quadratic): the linear sweep must find the same clusters."""
    parent = list(range(len(records)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(records):
        for j, b in enumerate(records[:i]):
            if None in (a.event_date, b.event_date) or (a.event_type, a.country) != (b.event_type, b.country) or a.article_id == b.article_id:
                continue
            assert a.event_date is not None and b.event_date is not None
            coarse = "day" not in (a.date_precision, b.date_precision)
            close = abs((a.event_date - b.event_date).days) <= window_days or (
                coarse and (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month))
            if close and (not a.actors or not b.actors or set(a.actors) & set(b.actors)):
                parent[root(i)] = root(j)
    return [root(i) for i in range(len(records))]


@pytest.mark.parametrize("seed", range(6))
def test_the_sweep_finds_the_pairwise_clusters(seed: int) -> None:
    rng = random.Random(seed)
    records = [
        ClusterFields(f"e{n}", f"a{rng.randrange(40)}", rng.choice(["CONSULT", "AGREE"]), rng.choice(["KAZ", None]),
                      dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(70)) if rng.random() > 0.05 else None,
                      rng.choice(["day", "day", "day", "month", "week", "year"]),
                      rng.sample(["putin", "tokayev", "zas", "csto"], rng.randrange(3)))
        for n in range(300)
    ]
    records = [replace(r, event_date=r.event_date.replace(day=1)) if r.event_date and r.date_precision == "month" else r for r in records]
    ids, reference = cluster_events(records), _pairwise_clusters(records)
    same = {(i, j) for i in range(len(records)) for j in range(i) if ids[i] == ids[j]}
    assert same == {(i, j) for i in range(len(records)) for j in range(i) if reference[i] == reference[j]}
    assert len(set(ids)) < len(records)  # the data does join events


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [("In 2002, the others agreed", dt.date(2002, 1, 1), "year"), ("Nel 2019 e nel 2020 il paese", dt.date(2019, 1, 1), "year"),
     ("Giovedì e venerdì il presidente", BASE, "day"), ("on Thursday and Friday", BASE, "day")],  # BASE is a Thursday
)
def test_a_sentence_opening_date_and_a_pair_of_dates(text: str, expected: dt.date, precision: str) -> None:
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, BASE, None, None)
    assert (found.date, found.precision) == (expected, precision)


def test_the_day_of_a_statement_does_not_date_what_it_reports(tmp_path: Path) -> None:
    # our own words: drills "will be held" on a day already past are under way; a refusal to sign is REJECT;
    # a city the registry could misread as a person's name is a place
    events = _events_of_text(tmp_path, (
        "Drills in the north\n"
        "PSKOV, August 24, 2015 - Airborne units will take part in the joint drills, a commander said on Wednesday.\n"
        "The drills will be held at a range near Pskov on August 23-28.\n"
        "At the summit on August 20 the prime minister did not sign the final declaration.\n"
    ))
    assert ("COOPERATE", dt.date(2015, 8, 23), "day", "RUS", "happened") in events
    assert not any(d == dt.date(2015, 8, 19) for _, d, _, _, _ in events)  # Wednesday is when it was said
    # (a summit four days before a story filed in Pskov is not placed by the dateline: its place is not told)
    assert ("REJECT", dt.date(2015, 8, 20), "day", None, "happened") in events


def test_talks_discussed_and_proposals_for_a_deployment(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Planning session\n"
        "MOSCOW, September 4, 2024 - Officers of five states discussed proposals for the deployment of the joint forces.\n"
    ))
    assert [(t, d) for t, d, _, _, _ in events] == [("CONSULT", dt.date(2024, 9, 4))]


def test_a_called_off_drill_is_a_sanction_and_the_drill_is_negated(tmp_path: Path) -> None:
    # our own words: the cancellation is dated by its report, the drill keeps its own (cancelled) date
    dated = _events_of_text(tmp_path, "Spring drill off\nDUSHANBE, March 27, 2023 - Tajikistan has called off the alliance's "
                                      "spring drill, its Defence Ministry said on Monday.\nThe ministry decided to cancel the "
                                      "mountain exercise planned on its soil from April 3 to 7.\n")
    assert ("SANCTION", dt.date(2023, 3, 27), "day", "TJK", "happened") in dated
    assert ("COOPERATE", dt.date(2023, 4, 3), "day", "TJK", "negated") in dated
    assert not any(t == "AGREE" for t, *_ in dated) and not any(t == "SANCTION" and d == dt.date(2023, 4, 3) for t, d, *_ in dated)


def test_support_for_an_idea_a_visit_to_a_host_and_the_same_day(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Talks in Moscow\n"
        "MOSCOW, June 6, 2024 - The bloc supports the proposal to hold a joint forum, its deputy chief said on Thursday.\n"
        "Last week the envoy paid a visit to the head of the council, President of Belarus Alexander Lukashenko.\n"
        "On June 4, Sergei Lavrov met his Armenian colleague in Moscow. Later that day, Lavrov and Makei held a phone call.\n"
    ))
    assert ("SUPPORT", dt.date(2024, 6, 6), "day") in [(t, d, p) for t, d, p, _, _ in events]
    assert ("CONSULT", dt.date(2024, 5, 27), "week", "BLR", "happened") in events
    assert ("CONSULT", dt.date(2024, 6, 4), "day", None, "happened") in events  # a phone call has no one place


def test_a_reported_report_drills_along_a_border_and_dates_that_are_not_the_events(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Manovre al confine\n"
        "ROMA, 14 ottobre 2021 - Le esercitazioni si svolgeranno sul confine che il Tagikistan ha in comune con "
        "l'Afghanistan, dal 22 al 23 ottobre.\n"
        "Tali manovre sono necessarie, secondo il Cremlino, perché i ribelli hanno preso la capitale il 15 agosto scorso.\n"
        "Le esercitazioni vanno lette nel quadro della crisi, soprattutto dopo l'8 ottobre, quando Mosca ha parlato.\n"
        "Before that, on January 12, it was announced that two drills are planned in Belarus in September.\n"
    ))
    assert ("COOPERATE", dt.date(2021, 10, 22), "day", "TJK", "planned") in events
    assert not any(d in (dt.date(2021, 8, 15), dt.date(2021, 10, 8), dt.date(2021, 1, 12)) for _, d, *_ in events)
    assert ("COOPERATE", dt.date(2021, 9, 1), "month", "BLR") in [(t, d, p, c) for t, d, p, c, _ in events]


def test_a_drill_named_with_its_year_a_few_days_before_and_what_was_supposed_to_happen(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Drills off\n"
        "MOSCOW, November 20, 2022 - The bloc's staff will hold the Steppe Shield-2023 exercise in Kazakhstan.\n"
        "The mountain exercise in Tajikistan was supposed to run in October, on 17-21 October.\n"
        "A few days before it, the Tajik ministry decided to cancel conducting the joint staff exercise.\n"
        "The alliance drills of the forces of the six member states, which meet every autumn in a different capital, "
        "will be held again next spring.\n"
    ))
    assert ("COOPERATE", dt.date(2023, 1, 1), "year", "KAZ", "planned") in events
    assert ("COOPERATE", dt.date(2022, 10, 17), "day", "TJK", "negated") in events  # the month narrows to its day
    assert ("SANCTION", dt.date(2022, 10, 1), "month", "TJK") in [(t, d, p, c) for t, d, p, c, _ in events]
    assert not any(d == dt.date(2022, 11, 20) and t == "COOPERATE" for t, d, *_ in events)  # a future far from its noun


def test_a_year_name_gives_way_to_a_closer_date_and_the_next_day_follows_the_sentence(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Esercitazioni\n"
        "ROMA, 12 gennaio 2022 - I reparti della Csto, inviati su richiesta del governo, sono arrivati in Kazakistan.\n"
        "Le esercitazioni Cobalt-2021 si sono svolte in Russia dal 3 al 5 novembre 2021.\n"
        "Il 5 gennaio il capo dello Stato Tokayev ha fatto appello agli alleati e il giorno dopo le prime unità "
        "avevano cominciato ad arrivare.\n"
        "All'inizio dello scorso anno le proteste si trasformarono in una rivolta.\n"
    ))
    assert not any(t == "COOPERATE" and p == "year" for t, _, p, *_ in events)  # the named year, dated closer
    assert ("REQUEST", dt.date(2022, 1, 5), "day", "KAZ", "happened") in events
    assert ("MOBILIZE", dt.date(2022, 1, 6), "day", "KAZ", "happened") in events
    assert ("PROTEST", dt.date(2021, 1, 1), "year", "KAZ") in [(t, d, p, c) for t, d, p, c, _ in events]


def test_a_date_heading_a_sentence_dates_what_its_subject_asks_and_an_appeal_likened_is_none(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Il vertice\n"
        "ROMA, 20 novembre 2022 - Il 14 ottobre, in un vertice a Dushanbe che ha riunito i leader della regione, "
        "il presidente kirghiso ha esortato gli alleati a rispettare i confini.\n"
        "Pochi giorni dopo, a un forum di Bishkek, il presidente kirghiso ha ricevuto il segretario Stanislav Zas.\n"
        "Queste parole sono simili a un appello a Mosca.\n"
        "Armenia was to host the drill, but on 10 January the country's Defense Ministry informed the alliance of its refusal.\n"
    ))
    assert ("REQUEST", dt.date(2022, 10, 14), "day") in [(t, d, p) for t, d, p, _, _ in events]
    assert ("CONSULT", dt.date(2022, 10, 1), "month", "KGZ", "happened") in events
    assert not any(t == "REQUEST" and d.month == 11 for t, d, *_ in events if d)
    assert ("REJECT", dt.date(2022, 1, 10), "day", "ARM", "happened") in events  # "the country's": the one named before


def test_a_withdrawal_dates_from_when_it_starts_and_the_same_day_follows_the_opening_date(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "Il ritiro\n"
        "World News\n"
        "ROMA, 13 gennaio 2022 - Ieri l'alleanza ha annunciato il ritiro dei reparti dal Kazakistan a partire da oggi. "
        "Nella stessa giornata il "
        "presidente ha avuto un incontro con il segretario generale ad Almaty.\n"
        "Putin e Tokayev hanno discusso telefonicamente della situazione.\n"
        "A Minsk la riunione dei leader si è tenuta come previsto.\n"
    ))
    dated = [(t, d, p) for t, d, p, _, _ in events]
    assert ("RETREAT", dt.date(2022, 1, 13), "day") in dated  # from the day it starts ("a partire da oggi")
    assert ("CONSULT", dt.date(2022, 1, 12), "day") in dated  # the day the sentence before opened with


def test_hosting_a_conference_supporting_a_proposal_by_decision_and_one_story_session(tmp_path: Path) -> None:
    events = _events_of_text(tmp_path, (
        "The alliance's year\n"
        "MINSK, November 23, 2023 - The session of the council was held in Minsk. The presidents took part in the meeting.\n"
        "In September, Bishkek played host to a big forum on regional security.\n"
        "Il capo del Cremlino ha deciso di sostenere l'idea di un vertice online.\n"
    ))
    assert ("CONSULT", dt.date(2023, 9, 1), "month", "KGZ", "happened") in events
    assert [t for t, d, *_ in events if d == dt.date(2023, 11, 23)].count("CONSULT") == 1


def test_a_quoted_verb_is_read_and_a_later_statement_of_the_story_is_dated_by_it(tmp_path: Path) -> None:
    # our own words: a verb in scare quotes is the narrative's; a statement four paragraphs down, with no date
    # and no mark of the past, is the story's news; one set in the past ("earlier") is not dated by the story
    events = _events_of_text(tmp_path, (
        "Kyrgyzstan and the alliance\n"
        "BISHKEK, March 4, 2021 - Kyrgyzstan has “frozen” its membership of the alliance, the Kyrgyz president told "
        "a television channel on Wednesday.\n"
        "The president said the bloc had failed its members.\n"
        "He said the decision would stand for now.\n"
        "The president also accused Moscow of meddling in the vote.\n"
        "He had earlier condemned the bloc's silence over the border.\n"
    ))
    assert ("SANCTION", dt.date(2021, 3, 3), "day", "KGZ", "happened") in events
    assert [(t, d) for t, d, *_ in events if t == "ACCUSE"] == [("ACCUSE", dt.date(2021, 3, 4))]


def test_a_boycott_a_capture_a_threat_an_offensive_and_one_clash(tmp_path: Path) -> None:
    # our own words: triggers added in round 13, each with its own date
    events = _events_of_text(tmp_path, (
        "The week in the region\n"
        "ASTANA, June 9, 2023 - Kyrgyzstan's boycott of the ministers' meeting in Astana on June 2 was noted.\n"
        "Two smugglers were captured by border guards near Osh on June 5.\n"
        "On June 6 the minister threatened the neighbours with a closure of the border.\n"
        "Il 7 giugno i ribelli hanno lanciato un'offensiva contro la città.\n"
        "L'8 giugno c'è stato uno scontro tra le pattuglie al confine.\n"
        "The foreign troops started leaving the small mountain country on June 9.\n"
    ))
    dated = {(t, d) for t, d, *_ in events}
    assert {("REJECT", dt.date(2023, 6, 2)), ("COERCE", dt.date(2023, 6, 5)), ("THREATEN", dt.date(2023, 6, 6)),
            ("ASSAULT", dt.date(2023, 6, 7)), ("FIGHT", dt.date(2023, 6, 8)), ("RETREAT", dt.date(2023, 6, 9))} <= dated


def test_a_date_stays_in_its_coordinate_clause_and_a_city_of_is_a_place(tmp_path: Path) -> None:
    # our own words: "in March" dates the arrest in its own clause, not the statement after ", and"
    events = _events_of_text(tmp_path, (
        "A border dispute\n"
        "BISHKEK, May 20, 2023 - The minister spoke on Friday.\n"
        "Two guards were detained by police in the Kyrgyz city of Osh in March, and the minister threatened the "
        "neighbours with a closure of the border.\n"
    ))
    assert ("COERCE", dt.date(2023, 3, 1), "month", "KGZ", "happened") in events
    assert not [t for t, d, *_ in events if t == "THREATEN" and d == dt.date(2023, 3, 1)]


def test_a_sentence_reporting_the_one_before_dates_it(tmp_path: Path) -> None:
    # our own words: the phone call has no date; the report of it, the next sentence, has one
    events = _events_of_text(tmp_path, (
        "Telefonata tra i leader\n"
        "BISHKEK, 10 marzo 2023 - Il presidente kirghiso ha parlato con i giornalisti del confine.\n"
        "Il confine resta chiuso ai camion, e i mercati della valle soffrono da settimane.\n"
        "Il capo del governo tagiko e il presidente kirghiso si sono sentiti in una telefonata. Lo ha reso noto "
        "giovedì sera l'ufficio stampa del governo.\n"
    ))
    assert ("CONSULT", dt.date(2023, 3, 9), "day") in [(t, d, p) for t, d, p, *_ in events]


def test_a_second_meeting_with_its_own_date_in_one_sentence(tmp_path: Path) -> None:
    # our own words: two meetings, each nearest to its own date; a summit in apposition takes no date of the call
    events = _events_of_text(tmp_path, (
        "The secretary general on the region\n"
        "ASTANA, September 20, 2019 - At a meeting with students on Friday, the secretary general said the "
        "question had been raised at the informal summit held in Bishkek on August 3-4.\n"
        "In a phone call with the president, the host of the summit, on September 17, the minister said he would "
        "not come to the summit in Dushanbe on October 10.\n"
    ))
    consults = sorted((d, p) for t, d, p, *_ in events if t == "CONSULT")
    assert (dt.date(2019, 8, 3), "day") in consults and (dt.date(2019, 9, 20), "day") in consults
    assert consults.count((dt.date(2019, 9, 17), "day")) == 1


def test_one_session_reported_by_an_actor_and_by_a_place_and_a_day_word_is_no_dateline(tmp_path: Path) -> None:
    # our own words: a lead whose only country is its minister's, then the worded session; an Italian lead that
    # opens with "Domani," and a definite "L'incontro" that is that summit again
    events = _events_of_text(tmp_path, (
        "Font size:\n"
        "Foreign Minister Sergei Lavrov takes part in a meeting of his fellow ministers\n"
        "20 May 2021\n"
        "On May 20, 2021 in Bishkek (Kyrgyzstan), Sergei Lavrov took part in the meeting of the ministers.\n"
    ))
    assert [(t, d, c) for t, d, _, c, _ in events if t == "CONSULT"] == [("CONSULT", dt.date(2021, 5, 20), "KGZ")]
    events = _events_of_text(tmp_path, (
        "Il vertice di Mosca\n"
        "date 2021-06-15 Domani, 16 giugno 2021, il presidente kazako partirà per Mosca per partecipare al vertice.\n"
        "L'incontro segna il decimo anniversario della forza di reazione rapida.\n"
    ))
    assert [(t, d, s) for t, d, _, _, s in events if t == "CONSULT"] == [("CONSULT", dt.date(2021, 6, 16), "planned")]


def test_last_april_in_a_january_story_the_drills_of_a_year_and_a_place_inside_a_bodys_name(tmp_path: Path) -> None:
    # our own words: "lo scorso aprile" told in January is the April before; "del 2019" dates the drills of that
    # year; Shanghai in the name of the Shanghai organisation is no place for them
    events = _events_of_text(tmp_path, (
        "Tensione al confine\n"
        "Pubblicato: gennaio 2022\n"
        "Gli scontri dello scorso aprile tra le due nazioni hanno causato decine di morti.\n"
        "Le esercitazioni militari del 2019, in collaborazione con l'Organizzazione per la cooperazione di Shanghai, "
        "hanno coinvolto cinquemila soldati.\n"
    ))
    assert ("FIGHT", dt.date(2021, 4, 1), "month") in [(t, d, p) for t, d, p, *_ in events]
    assert [(t, d, c) for t, d, _, c, _ in events if t == "COOPERATE"] == [("COOPERATE", dt.date(2019, 1, 1), None)]


def test_documents_due_at_the_meeting_a_call_for_a_ceasefire_revolts_an_offensive_and_a_denunciation(tmp_path: Path) -> None:
    # our own words: documents due for signing at the meeting the lead dates; Italian triggers
    events = _events_of_text(tmp_path, (
        "Ministers gather\n"
        "MINSK, June 20, 2023 - The meeting of the alliance's defence ministers opens in Minsk on Tuesday.\n"
        "Two joint documents are expected to be signed at the meeting.\n"
    ))
    assert ("AGREE", dt.date(2023, 6, 20), "day", "BLR", "planned") in events
    assert [e for e in events if e[0] == "CONSULT"] == [("CONSULT", dt.date(2023, 6, 20), "day", "BLR", "happened")]
    events = _events_of_text(tmp_path, (
        "Tensione nella valle\n"
        "DUSHANBE, 3 maggio 2021 - Il segretario generale il 3 maggio ha chiesto un cessate il fuoco su tutta la linea.\n"
        "Il 2 maggio erano scoppiate rivolte popolari in due villaggi della valle.\n"
        "Il 1 maggio i ribelli hanno scagliato un'offensiva contro il posto di frontiera.\n"
        "Il 3 maggio il ministro ha denunciato l'attacco davanti ai giornalisti.\n"
    ))
    assert {(t, d) for t, d, *_ in events} >= {("REQUEST", dt.date(2021, 5, 3)), ("PROTEST", dt.date(2021, 5, 2)),
                                                ("ASSAULT", dt.date(2021, 5, 1)), ("ACCUSE", dt.date(2021, 5, 3))}


def test_the_occasion_of_a_statement_dated_in_the_sentence_before(tmp_path: Path) -> None:
    # our own words: the meeting where the statement was made is dated by the day the statement was
    events = _events_of_text(tmp_path, (
        "Drills stay in Kazakhstan\n"
        "Published: May 16, 2023\n"
        "Kazakhstan will keep the autumn drills at home, President Kassym-Jomart Tokayev said on Monday.\n"
        "Tokayev made the statement at a meeting with the alliance's secretary general in Astana.\n"
    ))
    assert ("CONSULT", dt.date(2023, 5, 15), "day", "KAZ", "happened") in events


def test_a_statement_adopted_following_the_meeting_takes_the_meetings_day(tmp_path: Path) -> None:
    # our own words: a long title between the document and its verb, and "following the meeting"
    events = _events_of_text(tmp_path, (
        "Ministers meet\n"
        "Published: November 23, 2023\n"
        "On November 22, the six ministers sat down for a meeting of their council in Minsk.\n"
        "They exchanged views on the situation.\n"
        "The heads of delegations also met the press.\n"
        "Following the meeting, a Statement of the Foreign Ministers on shared approaches to keeping the "
        "borders of the southern region quiet in the new conditions of the year was also adopted.\n"
    ))
    assert ("AGREE", dt.date(2023, 11, 22), "day", "BLR", "happened") in events


def test_round_16_skipping_refusals_online_summits_and_dates_of_other_clauses(tmp_path: Path) -> None:
    # our own words: a summit a member stays away from, a refusal as a noun with last autumn's month, a session
    # held online that a headline reports first, a date inside a clause about someone else, and a deployment
    # for drills that a relative clause dates
    events = _events_of_text(tmp_path, (
        "Leaders gather without Yerevan\n"
        "Published: May 23, 2023\n"
        "Five leaders met for a summit in Minsk on Monday, a summit skipped by Armenia.\n"
        "In novembre il rifiuto di Pashinyan di firmare la dichiarazione ha sorpreso gli alleati.\n"
    ))
    assert ("REJECT", dt.date(2023, 5, 22), "day", "BLR", "happened") in events
    online = _events_of_text(tmp_path, (
        "date 2022-09-13 https://example.org/vertice\n"
        "Published: September 13, 2022\n"
        "Putin interviene al vertice dell'alleanza sulla crisi al confine\n"
        "Vladimir Putin prende parte al vertice online dell'alleanza.\n"
        "Si prevede che, dopo l'incontro, Yerevan, che quest'anno guida il blocco, informerà la stampa.Intanto "
        "Yerevan denuncia un attacco al suo territorio.\n"
    ))
    assert [e for e in online if e[0] == "CONSULT"] == [("CONSULT", dt.date(2022, 9, 13), "day", None, "happened")]
    assert ("ASSAULT", dt.date(2022, 9, 13), "day", "ARM", "happened") in online
    planes = _events_of_text(tmp_path, (
        "Jets arrive\n"
        "Published: October 14, 2021\n"
        "Four transport planes have been deployed to Tajikistan for the joint exercise Cobalt 2021 of the bloc "
        "that will be held near Dushanbe from October 22-23.\n"
    ))
    assert ("MOBILIZE", dt.date(2021, 10, 14), "day", "TJK", "happened") in planes
    assert ("COOPERATE", dt.date(2021, 10, 22), "day", "TJK", "planned") in planes


def test_round_16_the_country_left_agreements_on_a_call_listed_hosts_and_the_minsk_group(tmp_path: Path) -> None:
    # our own words: "il Paese" is the country named before; what two leaders agree on a call has no place; drills
    # planned in three countries are planned in each of them (since round 35; they had no one country before);
    # "Gruppo Osce di Minsk" is a body, not a place in Belarus
    events = _events_of_text(tmp_path, (
        "Ritiro e telefonate\n"
        "Published: January 11, 2022\n"
        "Il presidente del Kazakhstan ha detto che i soldati alleati cominceranno a lasciare il Paese tra due giorni.\n"
        "Durante la conversazione telefonica di oggi, i due leader hanno convenuto di rilanciare il Gruppo Osce di "
        "Minsk.\n"
        "The bloc plans to hold similar drills in Armenia, Kazakhstan and Tajikistan in 2023.\n"
    ))
    assert ("RETREAT", dt.date(2022, 1, 13), "day", "KAZ", "planned") in events
    assert ("AGREE", dt.date(2022, 1, 11), "day", None, "happened") in events
    assert sorted(c or "" for t, d, p, c, s in events if (t, d, p, s) == ("COOPERATE", dt.date(2023, 1, 1), "year", "planned")) == ["ARM", "KAZ", "TJK"]


def test_provinces_place_events_in_their_country(tmp_path: Path) -> None:
    # our own words: a drill in a Tajik province (pycountry's name) and shelling in an Armenian one (an exonym the
    # places file adds), each in a story whose other sentences name other countries
    events = _events_of_text(tmp_path, (
        "Border week\n"
        "Published: October 14, 2021\n"
        "Jets flew in from the base in Kyrgyzstan for the drills that will be held in Khatlon province on October 22.\n"
        "On October 12, Azerbaijani troops attacked villages in the Syunik province.\n"
    ))
    assert ("COOPERATE", dt.date(2021, 10, 22), "day", "TJK", "planned") in events
    assert ("ASSAULT", dt.date(2021, 10, 12), "day", "ARM", "happened") in events


def test_round_17_troops_that_leave_a_named_country(tmp_path: Path) -> None:
    # our own words: English and Italian reports of a contingent leaving a country it is named with
    events = _events_of_text(tmp_path, (
        "Going home\n"
        "Published: January 13, 2022\n"
        "The allied battalions will begin to leave Kazakhstan today.\n"
        "Ieri i reparti alleati hanno iniziato a ritirarsi dal Tagikistan.\n"
    ))
    assert ("RETREAT", dt.date(2022, 1, 13), "day", "KAZ", "planned") in events
    assert ("RETREAT", dt.date(2022, 1, 12), "day", "TJK", "happened") in events


def test_round_18_names_subheadings_asides_and_clause_dates(tmp_path: Path) -> None:
    # our own words: a unit whose name holds a trigger word, a subheading in capitals, an aside between dashes that
    # dates the alliance's founding, a date at the head of an Italian sentence, "at the same time", a date of the
    # statement before the clause it reports, and a place named only in a later coordinate clause
    events = _events_of_text(tmp_path, (
        "Drills ahead\n"
        "Published: March 2, 2021\n"
        "The Joint Forces of Rapid Deployment of the alliance will train in Kyrgyzstan in May, the staff said.\n"
        "The drills will be held in Kazakhstan in 2022. Smaller drills are planned in Tajikistan at the same time.\n"
        "Talks went on. The minister said at a meeting in Minsk on Monday that the attacks on the border worried him.\n"
        "PERCHÉ LE ESERCITAZIONI CONTANO\n"
        "Lunedì scorso l'Organizzazione (OTSC) – fondata il 7 ottobre 2002 a Chisinau – ha pianificato le esercitazioni "
        "attraverso il Kirghizistan.\n"
        "A febbraio, dopo alcuni scontri al confine, l'Armenia aveva accusato i vicini, e aveva chiesto l'intervento militare di Mosca.\n"
    ))
    assert not [e for e in events if e[0] == "MOBILIZE"]
    assert ("COOPERATE", dt.date(2022, 1, 1), "year", "TJK", "planned") in events
    assert not [e for e in events if e[0] == "ASSAULT" and e[1] is not None]
    assert [e[3] for e in events if e[0] == "COOPERATE" and e[1] == dt.date(2021, 3, 1)] == ["KGZ"]
    assert not [e for e in events if e[1] == dt.date(2002, 10, 7)]
    assert ("ACCUSE", dt.date(2021, 2, 1), "month", "ARM", "happened") in events
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2021, 2, 1) and e[3] != "RUS" for e in events)
    assert ("REQUEST", dt.date(2021, 2, 1), "month", "ARM", "happened") in events


def test_round_18_sending_forces_in_italian_and_a_decision_after_an_appeal(tmp_path: Path) -> None:
    # our own words: "manderà" with a three-word term in marks, and a decision taken after an appeal (the decision is
    # the news; the appeal came first); a withdrawal from a line of contact
    events = _events_of_text(tmp_path, (
        "Forze in arrivo\n"
        "Published: 6 gennaio 2022\n"
        "L'alleanza manderà domani le «forze di pace» in Kazakistan.\n"
        "Oggi il Consiglio ha deciso di intervenire dopo un appello di Kassym-Jomart Tokayev.\n"
        "Oggi i due presidenti hanno ordinato ai reparti di ritirarsi dalla linea di contatto.\n"
    ))
    assert ("MOBILIZE", dt.date(2022, 1, 7), "day", "KAZ", "planned") in events
    assert [e[0] for e in events if e[1] == dt.date(2022, 1, 6) and e[0] in ("AGREE", "REQUEST")] == ["AGREE"]
    assert any(e[0] == "RETREAT" and e[1] == dt.date(2022, 1, 6) for e in events)


def test_round_19_a_council_convened_a_programme_approved_and_a_post_taken_over(tmp_path: Path) -> None:
    # our own words: a council that convened, ministers who approved a draft programme, a candidacy approved on a
    # day and a post taken over from another
    events = _events_of_text(tmp_path, (
        "Council at work\n"
        "Published: 14 May 2021\n"
        "The council of foreign ministers convened in Dushanbe on 13 May 2021.\n"
        "On the same day, the ministers approved the draft programme on border security.\n"
        "Her candidacy was approved by the leaders on 2 February 2021, and she took over as envoy from 1 March 2021.\n"
    ))
    assert ("CONSULT", dt.date(2021, 5, 13), "day", "TJK", "happened") in events
    assert any(e[0] == "AGREE" and e[1] == dt.date(2021, 5, 13) for e in events)
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2021, 2, 2) for e in events)


def test_round_20_offices_taken_away_terms_requests_hosts_and_italian_signings(tmp_path: Path) -> None:
    # our own words: an official relieved of his duties and one recalled from a post (APPOINT, the office changing
    # hands), the recall's date after its long trigger rather than a date that names a case before it; a decree on
    # appointing someone is that appointment, not an AGREE; a plan's term ("fino al 2030") neither dates the
    # adoption nor marks the sentence as background; asking someone to act; a summit where its host is; Italian
    # signings to come, a visitor received, an approval by a parliament
    events = _events_of_text(tmp_path, (
        "Changes at the top\n"
        "Published: 8 June 2020\n"
        "The council relieved Ivan Petrov of his duties as envoy on 3 March 2020.\n"
        "Oleg Vasin, a suspect in the May 9 bribery affair, has been recalled from the post on 5 April 2020.\n"
        "The president signed on 7 June 2020 a draft decree on appointing Anna Sokolova as envoy.\n"
        "The guards will be pulled out of the border zone until 20 June inclusive, the ministry said.\n"
    ))
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2020, 3, 3) for e in events)
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2020, 4, 5) for e in events)
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2020, 6, 7) for e in events)
    assert not any(e[0] == "AGREE" for e in events)
    assert any(e[0] == "RETREAT" and e[1] == dt.date(2020, 6, 20) for e in events)  # a day after "until" is still a day
    events = _events_of_text(tmp_path, (
        "Il vertice di Bishkek\n"
        "Published: 27 November 2025\n"
        "Al termine del vertice in Kirghizistan, i capi di Stato hanno adottato un programma di cooperazione fino al 2030.\n"
        "I partecipanti hanno chiesto all'Onu di riconoscere il programma.\n"
        "Il Kazakistan e l'Uzbekistan firmeranno oggi un'intesa sull'acqua.\n"
        "Il presidente russo sarà domani al vertice della Csi ospitato dal Kazakistan.\n"
    ))
    assert ("AGREE", dt.date(2025, 11, 27), "day", "KGZ", "happened") in events
    assert any(e[0] == "REQUEST" and e[1] == dt.date(2025, 11, 27) for e in events)
    assert any(e[0] == "AGREE" and e[1] == dt.date(2025, 11, 27) and e[4] == "planned" for e in events)
    assert ("CONSULT", dt.date(2025, 11, 28), "day", "KAZ", "planned") in events
    events = _events_of_text(tmp_path, (
        "Visite a Mosca\n"
        "Published: 22 November 2023\n"
        "Il premier ha poi ricevuto ieri a Mosca il presidente kirghiso.\n"
        "A Dushanbe i ministri sono stati ricevuti oggi dal presidente tagiko.\n"
        "Resta in vigore l'accordo sulla difesa aerea approvato dal parlamento di Bishkek il 10 ottobre.\n"
    ))
    assert ("CONSULT", dt.date(2023, 11, 21), "day", "RUS", "happened") in events
    assert ("CONSULT", dt.date(2023, 11, 22), "day", "TJK", "happened") in events
    assert ("AGREE", dt.date(2023, 10, 10), "day", "KGZ", "happened") in events


def test_round_21_years_before_the_month_and_offices_taken_up(tmp_path: Path) -> None:
    # our own words: "the 2021 April 29 clashes" (a year before the month and day); a draft resolution "to
    # appoint" someone; an envoy recalled by a country; a post "became" someone's in a month; a post taken up
    # from a day to come; an Italian welcome at the Kremlin; funding stopped in a month
    events = _events_of_text(tmp_path, (
        "Border and posts\n"
        "Published: 20 June 2020\n"
        "Talks resumed after the 2019 April 29 clashes on the Tajik border.\n"
        "The president signed a draft resolution of the alliance's council to appoint Oleg Vasin as envoy on 7 June 2020.\n"
        "In 2019, Kyrgyzstan recalled its envoy Ivan Petrov from the secretariat.\n"
        "Petrov became the alliance's deputy secretary general in March 2016.\n"
        "From 1 July 2020, Anna Sokolova will begin serving as envoy.\n"
    ))
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2019, 4, 29) for e in events)
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2020, 6, 7) for e in events)
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2019, 1, 1) and e[2] == "year" for e in events)
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2016, 3, 1) and e[2] == "month" for e in events)
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2020, 7, 1) and e[4] == "planned" for e in events)
    events = _events_of_text(tmp_path, (
        "Al Cremlino\n"
        "Published: 20 June 2020\n"
        "Il presidente russo ha accolto al Cremlino il leader kirghiso.\n"
        "Biškek ha smesso di finanziare il programma comune a marzo.\n"
    ))
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2020, 6, 20) and e[3] == "RUS" for e in events)
    assert any(e[0] == "SANCTION" and e[1] == dt.date(2020, 3, 1) for e in events)


def test_round_22_missions_participants_refusals_and_durations(tmp_path: Path) -> None:
    # our own words: a monitoring mission's arrival (INVESTIGATE); "I partecipanti hanno deciso" after a meeting
    # dated "the day before"; sources listed before a mutual accusation (the first is its place); a refusal said
    # as a future ("will not host the drills in 2021": REJECT, not drills in 2021); the possibility of holding
    # drills is no drill; a duration's end ("dureranno fino al 9 marzo") is not an exercise's date
    events = _events_of_text(tmp_path, (
        "Squadra di osservatori in Kirghizistan\n"
        "Bishkek, 4 marzo 2021 - Una squadra di ufficiali dell'alleanza è giunta in Kirghizistan per condurre una missione "
        "di monitoraggio lungo la frontiera, ha riferito il ministero della Difesa kirghiso.\n"
        "Il giorno prima, su richiesta del Kirghizistan, si è tenuta una riunione straordinaria del Consiglio permanente "
        "dell'alleanza. I partecipanti hanno deciso di mandare degli osservatori nella valle.\n"
        "I ministeri degli Esteri di Bishkek e Dushanbe si sono accusati a vicenda per gli spari al confine.\n"
        "Le manovre si svolgono nel poligono di Edelweiss e dureranno fino al 9 marzo.\n"
    ))
    assert ("INVESTIGATE", dt.date(2021, 3, 4), "day", "KGZ", "happened") in events
    assert ("AGREE", dt.date(2021, 3, 3), "day", "KGZ", "happened") in events
    assert any(e[0] == "ACCUSE" and e[3] == "KGZ" for e in events)
    assert not any(e[0] == "COOPERATE" and e[1] == dt.date(2021, 3, 9) for e in events)
    events = _events_of_text(tmp_path, (
        "Alliance weighs venue\n"
        "MOSCOW, March 2, 2021 - The alliance is studying the possibility of staging the autumn drills in another "
        "member state, a spokesman said on Tuesday.\n"
        "His words came as the Kyrgyz President said his country will not host the alliance's drills in 2021.\n"
    ))
    assert not any(e[0] == "COOPERATE" for e in events)
    assert [(e.event_type, e.event_date, e.status) for e in events_of(tmp_path / "article.txt")] == [("REJECT", None, "happened")]


def test_round_23_membership_history_offensives_reports_and_talks(tmp_path: Path) -> None:
    # our own words: "re-joined", "restored its membership", "granted … observer status" (AGREE); "rifiutò di"
    # (REJECT); "ridusse la cooperazione" (SANCTION); an offensive against government forces (FIGHT); "X disclosed this
    # yesterday" dates what the sentence before told; a session of a body named "… on Collective Security in Moscow"
    # happened in Moscow; talks "held" on weekdays; talks on the preparation of drills are no drills
    events = _events_of_text(tmp_path, (
        "Bloc loses a member\n"
        "Published: Friday, 20 March 2015\n"
        "Kyrgyzstan has formally suspended its membership of the alliance. President Ivan Petrov disclosed this "
        "yesterday at an enlarged session of the alliance's Council on Collective Security in Moscow.\n"
        "In 2001 Kyrgyzstan quit the bloc, but in 2004 it re-joined. In 2003 the assembly granted the alliance "
        "observer status.\n"
        "In March 2008 the country restored its membership in the alliance.\n"
        "Nel 2010 il presidente rifiutò di firmare l'accordo e ridusse la cooperazione al minimo.\n"
        "Agli inizi di marzo i ribelli hanno sferrato un'offensiva contro le truppe governative nella valle.\n"
        "Expert talks on the preparation of common drills took place at the alliance's headquarters.\n"
        "These expert talks were held from Tuesday to Thursday.\n"
    ))
    assert ("SANCTION", dt.date(2015, 3, 19), "day", "KGZ", "happened") in events
    assert ("CONSULT", dt.date(2015, 3, 19), "day", "RUS", "happened") in events
    assert any(e[0] == "AGREE" and e[1] == dt.date(2004, 1, 1) for e in events)
    assert any(e[0] == "AGREE" and e[1] == dt.date(2003, 1, 1) for e in events)
    assert any(e[0] == "AGREE" and e[1] == dt.date(2008, 3, 1) for e in events)
    assert any(e[0] == "REJECT" and e[1] == dt.date(2010, 1, 1) for e in events)
    assert any(e[0] == "SANCTION" and e[1] == dt.date(2010, 1, 1) for e in events)
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2015, 3, 1) for e in events)
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2015, 3, 17) for e in events)
    assert not any(e[0] == "COOPERATE" for e in events)


def test_round_25_coming_back_not_renewing_and_a_year_after_a_long_trigger(tmp_path: Path) -> None:
    # our own words: "came back in August, 2004" (a month, a comma, a year); the year right after a long trigger
    # ("left the organization once in 2001") is that trigger's, though the next trigger starts nearer to it;
    # membership "not extended" is a SANCTION
    events = _events_of_text(tmp_path, (
        "Membership\n"
        "Published: 20 March 2015\n"
        "Kyrgyzstan had already left the organization once in 2001 but then came back in August, 2004.\n"
        "The three states decided last week that they would not renew their membership.\n"
    ))
    assert ("AGREE", dt.date(2004, 8, 1), "month", "KGZ", "happened") in events
    assert ("SANCTION", dt.date(2001, 1, 1), "year", "KGZ", "happened") in events
    assert any(e[0] == "SANCTION" and e[2] == "week" for e in events)


def test_round_26_border_wars_missions_demands_and_landings(tmp_path: Path) -> None:
    # our own words: clashes on "the Kyrgyz-Tajik border" are placed in neither state (round 26 put them on the side
    # named first; the set's later gold, batches 61-96 and 201, codes such fighting in neither, and round 270 follows it),
    # not in the dateline's or another named country; "the sides exchanged fire" (FIGHT); "troops landed in"
    # (MOBILIZE); "demanded of X to" (DEMAND); "threatened a military operation" (THREATEN)
    events = _events_of_text(tmp_path, (
        "Border war\n"
        "YEREVAN, March 20, 2015 - Kyrgyz envoys met their allies in Yerevan. Heavy clashes along the Kyrgyz-Tajik "
        "border resumed on March 14.\n"
        "Two guards were hurt after both armies exchanged fire by a river crossing on March 10.\n"
        "About 2,000 foreign troops landed in Kyrgyzstan on Thursday.\n"
        "In February the neighbour demanded of Kyrgyzstan to withdraw its guards and threatened a military operation.\n"
    ))
    assert [e for e in events if e[0] == "FIGHT" and e[1] == dt.date(2015, 3, 14) and e[4] == "happened" and not isinstance(e[3], str)]
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2015, 3, 10) for e in events)
    assert any(e[0] == "MOBILIZE" and e[1] == dt.date(2015, 3, 19) for e in events)
    assert any(e[0] == "DEMAND" and e[1] == dt.date(2015, 2, 1) for e in events)
    assert any(e[0] == "THREATEN" and e[1] == dt.date(2015, 2, 1) for e in events)


def test_a_day_and_a_month_are_the_date_dateparser_gives() -> None:
    # the calendar arithmetic that spares dateparser a call must agree with it on every shipped month name, in
    # either case and abbreviated, for ordinary, impossible ("31 June") and leap days, with and without a year
    parser = make_event_date_parser()
    names = ["January", "may", "JUNE", "febbraio", "Dicembre", "Sept", "Feb.", "Oct"]
    for name in names:
        for day in (None, "1", "09", "29", "30", "31"):
            for year in (None, 2019, 2020):
                for base in (dt.date(2019, 3, 10), dt.date(2020, 11, 30)):
                    words = " ".join(str(w) for w in (day, name, year) if w)
                    reference = dt.date(year, 6, 30) if year else base
                    assert _calendar_date(parser, words, day, name, reference) == _parse(parser, words, reference)[0], words


def test_the_month_table_knows_every_shipped_month_name() -> None:
    # the calendar arithmetic's month numbers restate the shipped date words: a month added there must be added here
    from importlib import resources

    import yaml

    from pipeline.stages.dates import _MONTH_NUMBERS

    data = yaml.safe_load(resources.files("pipeline.reference").joinpath("date_words.yaml").read_text(encoding="utf-8"))
    for language in ("en", "it"):
        assert [_MONTH_NUMBERS[name.casefold()] for name in data["months"][language]] == list(range(1, 13))
    assert all(name.casefold() in _MONTH_NUMBERS for name in data["month_abbreviations"])


def test_a_meeting_named_by_its_weekday(tmp_path: Path) -> None:
    # our own words: "At Tuesday's meeting with …" is a meeting, dated by the weekday before publication
    events = _events_of_text(tmp_path, (
        "Talks in the capital\n"
        "Published: 10 March 2022\n"
        "At Tuesday's meeting with the alliance's envoy in Astana, the president thanked the allies.\n"
    ))
    assert ("CONSULT", dt.date(2022, 3, 8), "day", "KAZ", "happened") in events


def test_round_28_a_month_story_the_eve_of_a_meeting_suspensions_and_signed_documents(tmp_path: Path) -> None:
    # our own words: in a story known only to its month, "in December" is the December before and "on Thursday" is
    # that month; "on the eve of the meeting" is the day before it; "suspend its involvement" is a suspension; a
    # session "of May (2021)" is dated by its bracketed year and is over; a protocol "signed … in 2010" dates the
    # signing, not the drill it is named in; "fighting international terrorism" is an aim, not a fight
    month_story = _events_of_text(tmp_path, (
        "Leaving the bloc\n"
        "Published: February 2024\n"
        "Kyrgyzstan chose to suspend its involvement, as revealed by its president on Thursday.\n"
        "A deserter was sent home after being detained by guards in the border town of Batken in December.\n"
    ))
    assert ("SANCTION", dt.date(2024, 2, 1), "month", "KGZ", "happened") in month_story
    assert any(e[0] == "COERCE" and e[1] == dt.date(2023, 12, 1) for e in month_story)
    meeting = _events_of_text(tmp_path, (
        "Ministers to meet\n"
        "Published: 10 October 2019\n"
        "On October 14, Yerevan will host a meeting of the alliance's defence ministers.\n"
        "On the eve of that meeting, the ministers will discuss cooperation in fighting international terrorism.\n"
        "The envoy will present a plan to carry out the decisions of the May (2019) session of the Council.\n"
        "Red Cross observers take part in the drill in line with a protocol of intentions signed by the alliance and "
        "the Red Cross in 2010.\n"
    ))
    assert ("CONSULT", dt.date(2019, 10, 13), "day", "ARM", "planned") in meeting
    assert ("CONSULT", dt.date(2019, 5, 1), "month") in [(t, d, p) for t, d, p, _, s in meeting if s == "happened"]
    assert ("AGREE", dt.date(2010, 1, 1), "year") in [(t, d, p) for t, d, p, *_ in meeting]
    assert not any(t == "FIGHT" or (t == "COOPERATE" and d == dt.date(2010, 1, 1)) for t, d, *_ in meeting)


def test_round_29_withdrawals_arrivals_lifted_emergencies_threats_calls_and_dates_that_are_not_the_verbs(tmp_path: Path) -> None:
    # our own words: "withdrew" is a withdrawal; accords "are to be signed"; soldiers "from X and Y arrived in";
    # units going back to the sites of their "permanent deployment" are no deployment, a lifted emergency no
    # coercion; "threatened with" and "called for help from" are a threat and a request, also when a purpose ("to
    # settle the dispute and …") stands before them; a year after a participle ("the drills … held in Armenia this
    # year") or in a plan's object ("a plan for the celebration … in 2026") dates neither the talks nor the approval
    events = _events_of_text(tmp_path, (
        "Troops go home\n"
        "Published: 9 March 2021\n"
        "Two battalions withdrew from Kyrgyzstan on Monday. Four accords are to be signed by the ministers on March 12.\n"
        "Some 300 paratroopers from Belarus and Armenia arrived in the republic on March 3.\n"
        "The units went back to the sites of their permanent deployment. The authorities lifted the state of emergency in the capital on Tuesday.\n"
        "Moscow tried to settle the dispute and threatened with retaliation on Sunday. The Kyrgyz leader called for help from his allies on Sunday.\n"
        "On Monday the ministers discussed the drills of the allied forces held in Armenia this year and approved a plan for the "
        "celebration of the anniversary in 2026.\n"
    ))
    assert ("RETREAT", dt.date(2021, 3, 8), "day", "KGZ", "happened") in events
    assert ("AGREE", dt.date(2021, 3, 12), "day") in [(t, d, p) for t, d, p, _, s in events if s == "planned"]
    assert any(t == "MOBILIZE" and d == dt.date(2021, 3, 3) for t, d, *_ in events)
    assert not any(t == "MOBILIZE" and d != dt.date(2021, 3, 3) for t, d, *_ in events)
    assert not any(t == "COERCE" for t, *_ in events)
    assert any(t == "THREATEN" and d == dt.date(2021, 3, 7) for t, d, *_ in events)
    assert any(t == "REQUEST" and d == dt.date(2021, 3, 7) for t, d, *_ in events)
    assert not any((d is not None and d.year == 2026) or (t == "CONSULT" and p == "year") for t, d, p, *_ in events)
    month_story = _events_of_text(tmp_path, (
        "A plea\n"
        "Published: March 2021\n"
        "The Kyrgyz leader called for help from his allies last week after riots spread to the south.\n"
    ))
    assert ("REQUEST", dt.date(2021, 3, 1), "month") in [(t, d, p) for t, d, p, *_ in month_story]


def test_round_30_one_armed_clash_a_shootout_and_talks_that_bring_leaders_together(tmp_path: Path) -> None:
    # our own words: "a March 2 armed clash" and "there was a shootout" are fights; "brought A and B together in
    # Bishkek for talks on Tuesday" is a meeting
    events = _events_of_text(tmp_path, (
        "Border talks\n"
        "Published: 10 March 2021\n"
        "The dispute brought the two foreign ministers together in Bishkek for talks on Tuesday.\n"
        "Their meeting follows a March 2 armed clash between border guards.\n"
        "On Monday there was a shootout at a crossing near the village of Vorukh.\n"
    ))
    assert ("CONSULT", dt.date(2021, 3, 9), "day", "KGZ", "happened") in events
    assert any(t == "FIGHT" and d == dt.date(2021, 3, 2) for t, d, *_ in events)
    assert any(t == "FIGHT" and d == dt.date(2021, 3, 8) for t, d, *_ in events)


def test_round_31_an_accord_after_the_talks_troops_that_flew_out_and_a_decision_adopted_before(tmp_path: Path) -> None:
    # our own words: an accord "signed at the end of the talks" takes the day the talks were told ("met on 12 May");
    # paratroopers who "flew out to" a country are a deployment; "a decision of …, adopted in March 2019" dates the
    # decision, not the exercise that follows it
    events = _events_of_text(tmp_path, (
        "Allies prepare\n"
        "Published: 14 May 2020\n"
        "Delegations of the allies met on 12 May in Bishkek to prepare the autumn manoeuvres. An accord was signed at the "
        "end of the talks.\n"
        "Two companies of paratroopers flew out to Kyrgyzstan on Wednesday.\n"
        "The exercise follows a decision of the defence ministers of the bloc, adopted in March 2019.\n"
    ))
    assert ("AGREE", dt.date(2020, 5, 12)) in [(t, d) for t, d, *_ in events]
    assert any(t == "MOBILIZE" and d == dt.date(2020, 5, 13) for t, d, *_ in events)
    assert ("AGREE", dt.date(2019, 3, 1), "month") in [(t, d, p) for t, d, p, *_ in events]
    assert not any(t == "COOPERATE" and d == dt.date(2019, 3, 1) for t, d, *_ in events)


def test_round_32_two_suspensions_a_refusal_a_week_ahead_and_a_bracketed_summit(tmp_path: Path) -> None:
    # our own words: two suspensions in one sentence keep their own months (and "the country" is the one named
    # before); drills someone refuses to join are no drills; "in a week's time" is next week; a parliament's sitting
    # is no meeting; an editor's bracket inside a quotation is the outlet's text, and dates and places a summit
    events = _events_of_text(tmp_path, (
        "Armenia and the bloc\n"
        "Published: 14 December 2023\n"
        "In March, the minister announced that Armenia had frozen its membership, and in June, the country suspended "
        "its payments to the organisation.\n"
        "Armenia began refusing to take part in the bloc's drills last year.\n"
        "The drills will go on in Tajikistan in a week's time, the commander said.\n"
        "The prime minister spoke during a parliamentary session on Wednesday.\n"
        "“The papers [signed at the bloc's summit in Astana in November] bind no one,” he said.\n"
    ))
    found = [(t, d, p, c) for t, d, p, c, _ in events]
    assert ("SANCTION", dt.date(2023, 3, 1), "month", "ARM") in found
    assert ("SANCTION", dt.date(2023, 6, 1), "month", "ARM") in found
    assert ("REJECT", dt.date(2022, 1, 1), "year", "ARM") in found
    assert not any(t == "COOPERATE" and d == dt.date(2022, 1, 1) for t, d, *_ in found)
    assert ("COOPERATE", dt.date(2023, 12, 18), "week", "TJK", "planned") in events
    assert not any(t == "CONSULT" and d == dt.date(2023, 12, 13) for t, d, *_ in found)
    assert ("CONSULT", dt.date(2023, 11, 1), "month", "KAZ") in found


def test_round_33_a_paragraph_told_on_a_bracketed_dateline_a_treaty_extended_and_the_duma(tmp_path: Path) -> None:
    # our own words: a paragraph that dates a clash and goes on telling it dates and places what it tells; a wire's
    # dateline with its date in brackets ("27th January, 2022") dates the story's opening; a treaty "extended" in a
    # month is an agreement; a meeting of a State Duma committee is in Russia
    events = _events_of_text(tmp_path, (
        "Clashes on the border\n"
        "Published: 27 January 2022\n"
        "By Staff Writer Updated 27 Jan 2022 | 09:15 AM\n"
        "MOSCOW (Wire News / Agency - 27th January, 2022) The bloc's secretary general appealed for calm.\n"
        "He held phone conversations with the secretaries of the two security councils.\n"
        "Tensions on the border rose sharply on 24 January. Guards of one side entered a disputed area near Batken in "
        "Kyrgyzstan. The guards of the other side opened fire. A shootout ensued.\n"
        "The treaty was then extended for five more years in April 1999.\n"
        "On 3 December he took part in a State Duma committee meeting on CIS affairs.\n"
    ))
    found = [(t, d, p, c) for t, d, p, c, _ in events]
    assert ("CONSULT", dt.date(2022, 1, 27), "day", None) in found
    assert ("FIGHT", dt.date(2022, 1, 24), "day", "KGZ") in found
    assert ("AGREE", dt.date(1999, 4, 1), "month", None) in found
    assert ("CONSULT", dt.date(2021, 12, 3), "day", "RUS") in found


def test_round_34_a_season_a_briefing_s_day_a_council_that_gathered_and_an_agreement_to_withdraw(tmp_path: Path) -> None:
    # our own words: drills "this fall" are dated to the year, not to the day of the briefing that announced them; a
    # council that "gathered" on a day met, and what it decided there has that day; what two governments "agreed on
    # Monday to" do is the agreement, not a second event; exercises "slated for" the year are planned
    events = _events_of_text(tmp_path, (
        "Drills and talks\n"
        "Published: 29 August 2024\n"
        "The drills the bloc will hold in Armenia this fall threaten no one, the chief of staff told a briefing on "
        "Thursday.\n"
        "On May 14, 2002, the council of the heads of state gathered in Moscow and decided to create a new body.\n"
        "The two governments agreed on Monday to withdraw their troops from the border.\n"
        "The secretary general revealed plans for nine exercises slated for the year.\n"
    ))
    found = [(t, d, p, c, s) for t, d, p, c, s in events]
    assert ("COOPERATE", dt.date(2024, 1, 1), "year", "ARM", "planned") in found
    assert not any(d == dt.date(2024, 8, 29) for _, d, *_ in found)
    assert ("CONSULT", dt.date(2002, 5, 14), "day", "RUS", "happened") in found
    assert ("AGREE", dt.date(2002, 5, 14), "day", "RUS", "happened") in found
    assert any(t == "AGREE" and d == dt.date(2024, 8, 26) for t, d, *_ in found)
    assert not any(t == "RETREAT" for t, *_ in found)


def test_round_35_drills_in_a_list_of_countries_are_one_event_in_each(tmp_path: Path) -> None:
    # our own words: drills the bloc holds "in" three countries are an event in each of them, each placed and each
    # with the sentence's date, and none left without a country; a name that owns the next words ("and Russia's
    # build-up") is not one of the list (a topic "debated" is no event since round 86, so here the moves "began")
    events = _events_of_text(tmp_path, (
        "Drills in three countries\n"
        "Published: 2 April 2025\n"
        "The bloc will hold joint exercises in Belarus, Armenia and Tajikistan in October, its staff said.\n"
        "On 3 March the dispatch of troops to Kyrgyzstan and Russia's build-up in the west began.\n"
    ))
    drills = sorted(c or "" for t, d, p, c, s in events if t == "COOPERATE" and d == dt.date(2025, 10, 1) and p == "month" and s == "planned")
    assert drills == ["ARM", "BLR", "TJK"]
    assert not any(t == "COOPERATE" and c is None for t, _, _, c, _ in events)
    assert [c for t, d, _, c, _ in events if t == "MOBILIZE" and d == dt.date(2025, 3, 3)] == ["KGZ"]


def test_round_36_a_lead_after_an_agency_stamp_an_appointment_and_a_biography(tmp_path: Path) -> None:
    # our own words: the lead after "MOSCOW, September 3. /TASS/." is dated by the dateline, not by the year in a
    # drill's name; troops "redeploying" move, a "deployment capability" is none; a drill "being held" at a range
    # named after a town in another country is where the sentence puts it, dated by the story in any paragraph;
    # "On March 12, this year" is a day; a decision "to appoint X as secretary general from January 1" is the
    # appointment, dated that day, and the trip and the gathering the sentence names are not; "we hope to be
    # appointed" is no appointment; a biography's candidacy and appointment years before the story are not placed in its country
    events = _events_of_text(tmp_path, (
        "Units on the move\n"
        "Published: 3 September 2024\n"
        "MOSCOW, September 3. /TASS/. Troops in the Steel Shield-2024 drills are redeploying to Armenia according to "
        "plan, spokesman Ivan Petrov told TASS.\n"
        "As the chair in 2024, Armenia is focusing on the operational deployment capabilities of the forces, Petrov said.\n"
        "On March 12, this year, in Minsk, a meeting was held between the minister and the envoy.\n"
        "The trip comes after the foreign ministers, gathered in Osh, decided to appoint him as secretary general "
        "from January 1, 2025.\n"
        "We hope to be appointed by all members, Ivan Petrov told journalists.\n"
        "In December 2020 she was made a candidate for the chair, with her appointment being on January 1, 2021.\n"
        "Today the drill is being held at the Bereg range in the Almaty Region.\n"
    ))
    assert ("MOBILIZE", dt.date(2024, 9, 3), "day", "ARM", "happened") in events
    assert not any(t == "MOBILIZE" and d != dt.date(2024, 9, 3) for t, d, *_ in events)
    assert not any(p == "year" and d == dt.date(2024, 1, 1) for _, d, p, *_ in events)
    assert ("CONSULT", dt.date(2024, 3, 12), "day", "BLR", "happened") in events
    assert any(t == "APPOINT" and d == dt.date(2025, 1, 1) and s == "planned" for t, d, _, _, s in events)
    assert not any(t in ("CONSULT", "AGREE") and d == dt.date(2025, 1, 1) for t, d, *_ in events)
    assert not any(t == "APPOINT" and d == dt.date(2024, 9, 3) for t, d, *_ in events)
    assert ("APPOINT", dt.date(2020, 12, 1), "month", None, "happened") in events
    assert ("APPOINT", dt.date(2021, 1, 1), "day", None, "happened") in events
    assert ("COOPERATE", dt.date(2024, 9, 3), "day", "KAZ", "happened") in events


def test_round_37_an_attack_by_a_named_side_is_fighting_where_the_attacked_side_is(tmp_path: Path) -> None:
    # our own words: a capital "attacked by" another state's capital during a war is fighting (PLOVER's FIGHT: armed
    # forces), placed where the attacked capital is, not where the attacker's capital is; an attack by gunmen on a
    # police station stays an assault
    events = _events_of_text(tmp_path, (
        "War\n"
        "Published: 5 May 2023\n"
        "The minister said that, despite the pact, Yerevan was attacked by Ankara during the war in 2021.\n"
        "In 2022 a police station was attacked by gunmen in Kazakhstan.\n"
    ))
    assert ("FIGHT", dt.date(2021, 1, 1), "year", "ARM", "happened") in events
    assert ("ASSAULT", dt.date(2022, 1, 1), "year", "KAZ", "happened") in events
    assert not any(c == "TUR" for *_, c, _ in events)


def test_round_38_an_irregular_italian_future_plans_the_event(tmp_path: Path) -> None:
    # our own words, read in the original: "terrà" and "avranno luogo" are futures (the regular endings -erà, -irà,
    # -arà miss them), so drills in a month after the story are planned for that month, not the one before it
    events = _events_of_text(tmp_path, (
        "Esercitazioni\n"
        "Published: 2 April 2025\n"
        "Il blocco terrà esercitazioni congiunte in Bielorussia a ottobre, ha detto lo stato maggiore.\n"
        "Le manovre avranno luogo in Kirghizistan a settembre.\n"
    ))
    assert ("COOPERATE", dt.date(2025, 10, 1), "month", "BLR", "planned") in events
    assert ("COOPERATE", dt.date(2025, 9, 1), "month", "KGZ", "planned") in events


def test_round_41_a_reported_clause_and_the_meeting_a_refusal_was_made_at(tmp_path: Path) -> None:
    # our own words: in "Moscow said the pull-out would end on 19 January" the speaker is not where the pull-out is
    # (the story's country is); "refused to sign … during the bloc's summit" tells of the summit too, dated as the
    # refusal is when the sentence has no date of its own
    events = _events_of_text(tmp_path, (
        "Troops leave Kazakhstan\n"
        "Published: 13 January 2022\n"
        "The allied troops began leaving Kazakhstan on Thursday after the unrest.\n"
        "Russia said the withdrawal would be over on January 19.\n"
        "Nikol Pashinyan of Armenia refused to sign a declaration on aid during the CSTO summit.\n"
    ))
    assert ("RETREAT", dt.date(2022, 1, 19), "day", "KAZ", "planned") in events
    assert not any(t == "RETREAT" and c == "RUS" for t, _, _, c, _ in events)
    assert any(t == "CONSULT" and d is not None for t, d, _, _, _ in events)


def test_round_42_a_successor_a_freezing_and_a_country_by_its_official_name(tmp_path: Path) -> None:
    # our own words: "will be replaced by" changes an office; "a freezing of X's involvement" is a suspension
    # (SANCTION); "the Czech Republic" (pycountry's official name for Czechia) is a place
    events = _events_of_text(tmp_path, (
        "Bloc news\n"
        "Published: 20 December 2024\n"
        "Nikol Pashinyan spoke to a Czech channel while on a state visit to the Czech Republic.\n"
        "On January 1, the bloc's secretary general will be replaced by a diplomat from Kyrgyzstan.\n"
        "In February, the Armenian leader spoke of a freezing of his country's involvement with the bloc.\n"
    ))
    assert any(t == "APPOINT" and d == dt.date(2025, 1, 1) and s == "planned" for t, d, _, _, s in events)
    assert ("SANCTION", dt.date(2024, 2, 1), "month", "ARM", "happened") in events
    assert any(t == "CONSULT" and c == "CZE" for t, _, _, c, _ in events)


def test_round_43_a_host_plans_in_place_a_visit_a_charge_a_payment_stopped_and_a_year_before_its_drills(tmp_path: Path) -> None:
    # our own words: the country that "will host" the drills is their place though the clause after names another;
    # "plans are in place to hold" is still to come (so October is this year's); the country a visit goes to is where
    # it happens, whatever city the story names later; "charged … that" accuses; a member that "stopped paying its
    # dues" refuses (REJECT); "launched offensive military operations" is fighting; "the 2025 drills" are dated to 2025
    events = _events_of_text(tmp_path, (
        "Bloc news\n"
        "Published: 30 January 2025\n"
        "In March, Tajikistan will host the Granite joint exercise with the forces, and other drills will take place in Russia.\n"
        "Plans are in place to hold a command-staff exercise in Kyrgyzstan in October.\n"
        "The new secretary general Ivan Petrov may visit Belarus in February.\n"
        "Foreign Minister Ivan Sokolov charged in January that the neighbours ignored the bloc.\n"
        "On January 28, Armenia said it has stopped paying its dues to the bloc.\n"
        "In September 2022 Baku's army launched offensive military operations against Armenia.\n"
        "More than 5,000 troops will take part in the 2025 drills of the bloc in Kazakhstan.\n"
        "The weather was fine in Moscow.\n"
    ))
    assert ("COOPERATE", dt.date(2025, 3, 1), "month", "TJK", "planned") in events
    assert ("COOPERATE", dt.date(2025, 10, 1), "month", "KGZ", "planned") in events
    assert ("CONSULT", dt.date(2025, 2, 1), "month", "BLR", "planned") in events
    assert any(t == "ACCUSE" and d == dt.date(2025, 1, 1) for t, d, _, _, _ in events)
    assert ("REJECT", dt.date(2025, 1, 28), "day", "ARM", "happened") in events
    assert any(t == "FIGHT" and d == dt.date(2022, 9, 1) for t, d, _, _, _ in events)
    assert not any(t == "ASSAULT" for t, _, _, _, _ in events)
    assert ("COOPERATE", dt.date(2025, 1, 1), "year", "KAZ", "planned") in events


def test_round_44_a_statement_that_relays_dated_facts_and_a_headline_the_body_only_quotes(tmp_path: Path) -> None:
    # our own words: events a quotation dates on the calendar ("the council's meeting in Bishkek on 3 May", "the
    # armed incident of 9 May") are coded; one it dates by the speaker's own day ("today I asked") or not at all is
    # not; a headline's accusation that the body gives only in quotation marks is the story's, dated by it
    events = _events_of_text(tmp_path, (
        "Bloc chief accuses neighbour of a provocation\n"
        "Published: 12 May 2023\n"
        "\"At the council's meeting in Bishkek on 3 May, the minister informed his colleagues of the troops moved to "
        "the border,\" the bloc's statement says.\n"
        "\"The armed incident of 9 May near the village cost the lives of two soldiers and worries us. Today I asked "
        "the allies for help, and we will hold exercises,\" the secretary general said.\n"
    ))
    assert ("CONSULT", dt.date(2023, 5, 3), "day", "KGZ", "happened") in events
    assert any(t == "FIGHT" and d == dt.date(2023, 5, 9) for t, d, _, _, _ in events)
    assert any(t == "ACCUSE" and d == dt.date(2023, 5, 12) for t, d, _, _, _ in events)
    assert not any(t == "REQUEST" for t, _, _, _, _ in events)
    assert not any(t == "COOPERATE" for t, _, _, _, _ in events)


def test_round_44_a_joint_training_once_again_a_range_named_like_a_town_abroad_and_italian_signing(tmp_path: Path) -> None:
    # our own words: "a joint training" is a drill; "once again refused" is today's news, not background; a range
    # named like a town of another country ("the Bereg range near Almaty") does not make that
    # country the story's; "dopo la firma dell'accordo … del 9 novembre" dates the signing; a sentence run on after
    # an acronym's full stop ("… the CSTO.Earlier, …") is two sentences
    events = _events_of_text(tmp_path, (
        "Drills news\n"
        "Published: 1 October 2024\n"
        "A joint training of the peacekeepers started on 1 October at the Bereg training ground near Almaty, Kazakhstan.\n"
        "From 1 to 5 October the exercises will focus on a peacekeeping operation, the bloc said.Armenia once again "
        "refused to take part in the drills of the CSTO.Earlier, its leader had frozen the membership.\n"
    ))
    assert ("COOPERATE", dt.date(2024, 10, 1), "day", "KAZ", "happened") in events
    assert not any(c == "UKR" for _, _, _, c, _ in events)
    assert ("REJECT", dt.date(2024, 10, 1), "day", "ARM", "happened") in events
    italian = _events_of_text(tmp_path, (
        "Notizie\n"
        "Published: 9 February 2022\n"
        "Il ministro ha osservato che dopo la firma dell'accordo trilaterale del 9 novembre 2020 la situazione è calma.\n"
    ))
    assert any(t == "AGREE" and d == dt.date(2020, 11, 9) for t, d, _, _, _ in italian)


def test_round_44_a_statement_is_not_placed_in_the_country_it_names(tmp_path: Path) -> None:
    # our own words: the country an accusation or an appeal names is what it is about or whom it addresses, not
    # where it was made; with no place of its own and no actor's country, the statement has none
    events = _events_of_text(tmp_path, (
        "Bloc news\n"
        "Published: 4 March 2023\n"
        "On 3 March the bloc's secretary general accused Azerbaijan of a provocation.\n"
    ))
    assert ("ACCUSE", dt.date(2023, 3, 3), "day", None, "happened") in events


def test_round_45_an_exercise_s_closing_day_a_scenario_s_year_and_leaving_the_bloc(tmp_path: Path) -> None:
    # our own words: "the drill … will close on <day>" after its opening day is that drill's last day, not a second
    # drill; the year of a scenario a drill re-enacts ("in 2001, when armed groups invaded the district") is the
    # invasion's, not the drill's; "il probabile ritiro dell'Armenia dalla CSTO" is leaving the bloc, not a
    # withdrawal of troops
    events = _events_of_text(tmp_path, (
        "Drill news\n"
        "Published: 1 June 2015\n"
        "Units of the bloc will start a drill near Osh in Kyrgyzstan on 3 June.\n"
        "The drill, with mountain companies of four states, will close on 8 June.\n"
        "The drill re-enacts a situation in the south of Kyrgyzstan in 2001, when armed groups invaded the district.\n"
    ))
    assert ("COOPERATE", dt.date(2015, 6, 3), "day", "KGZ", "planned") in events
    assert not any(t == "COOPERATE" and d in (dt.date(2015, 6, 8), dt.date(2001, 1, 1)) for t, d, _, _, _ in events)
    assert any(t == "FIGHT" and d == dt.date(2001, 1, 1) for t, d, _, _, _ in events)
    italian = _events_of_text(tmp_path, (
        "Notizie\n"
        "Published: 20 July 2025\n"
        "Il premier ha parlato oggi del probabile ritiro definitivo dell'Armenia dalla CSTO.\n"
    ))
    assert not any(t == "RETREAT" for t, _, _, _, _ in italian)


def test_round_47_a_frozen_membership_a_leader_s_arrival_a_launched_operation_and_a_summit_named_as_a_topic(tmp_path: Path) -> None:
    # our own words: "membership in the bloc was frozen" is a suspension; "the president, who arrived last night in
    # <capital>" is his visit, not the summit the story reports; "un'operazione antiterrorismo, avviata il 2 marzo" is
    # fighting, and its day is not the summit's ("mentre" opens another clause), nor is it carried to "la sicurezza
    # del vertice"; rebels who entered a city fought for it; "spoke about the ineffectiveness of" finds fault; a
    # parliament's session is no meeting between parties; "positions of <day>" dates no withdrawal
    events = _events_of_text(tmp_path, (
        "Bloc news\n"
        "Published: 14 March 2019\n"
        "Petrov said last week that Kyrgyzstan's membership in the bloc was frozen.\n"
        "In February 2019, Petrov spoke about the ineffectiveness of the bloc at a parliament session in Bishkek.\n"
        "Kyrgyzstan wants the withdrawal of the foreign units to their initial positions of 2 March 2019.\n"
    ))
    assert ("SANCTION", dt.date(2019, 3, 4), "week", "KGZ", "happened") in events
    assert any(t == "DISAPPROVE" and d == dt.date(2019, 2, 1) for t, d, _, _, _ in events)
    assert not any(t == "CONSULT" for t, _, _, _, _ in events)
    assert not any(d == dt.date(2019, 3, 2) for _, d, _, _, _ in events)
    italian = _events_of_text(tmp_path, (
        "Vertice\n"
        "Published: 12 March 2019\n"
        "Il presidente, che ieri sera è arrivato a Bishkek, terrà colloqui con il collega.\n"
        "Gli incontri e il vertice si svolgono mentre un'operazione antiterrorismo, avviata il 2 marzo, prosegue. "
        "Sono state prese misure speciali per la sicurezza del vertice.\n"
        "Il 10 marzo i ribelli sono entrati a Osh e hanno preso il controllo del municipio.\n"
    ))
    assert ("CONSULT", dt.date(2019, 3, 11), "day", "KGZ", "happened") in italian
    assert any(t == "FIGHT" and d == dt.date(2019, 3, 2) for t, d, _, _, _ in italian)
    assert any(t == "FIGHT" and d == dt.date(2019, 3, 10) for t, d, _, _, _ in italian)
    assert not any(t == "CONSULT" and d == dt.date(2019, 3, 2) for t, d, _, _, _ in italian)


def test_round_48_a_visit_under_a_dateline_a_joint_declaration_and_next_year(tmp_path: Path) -> None:
    # our own words: "Il presidente … arriva in <country>" under an agency's dateline is his visit that day; "in una
    # dichiarazione congiunta hanno annunciato" is an agreement; "next year" dates a planned drill to the year after
    # the story's
    italian = _events_of_text(tmp_path, (
        "Visita\n"
        "Published: 9 November 2023\n"
        "Minsk, 9 nov. (ansa) – Il presidente russo arriva in Bielorussia, mentre i leader di Turchia e Iran sono "
        "attesi in Uzbekistan. In una dichiarazione congiunta i due presidenti hanno annunciato un programma comune.\n"
    ))
    assert ("CONSULT", dt.date(2023, 11, 9), "day", "BLR", "happened") in italian
    assert any(t == "AGREE" and d == dt.date(2023, 11, 9) for t, d, _, _, _ in italian)
    english = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 9 March 2021\n"
        "The bloc will hold three drills in Kazakhstan next year, the defence ministry said on Tuesday.\n"
    ))
    assert ("COOPERATE", dt.date(2022, 1, 1), "year", "KAZ", "planned") in english


def test_round_49_a_host_judges_drills_unfit_and_a_hint_at_leaving(tmp_path: Path) -> None:
    # our own words: "ha ritenuto «prematuro» ospitare esercitazioni" and "considers it unreasonable to hold the drills"
    # are refusals (REJECT) on the day they are said, not the drills; "accenna a ritirarsi dal blocco" is a threat,
    # not the leaving
    events = _events_of_text(tmp_path, (
        "Notizie\n"
        "Published: 10 March 2023\n"
        "Il governo kirghiso ha ritenuto \"prematuro\" ospitare quest'anno le esercitazioni dell'alleanza in Kirghizistan.\n"
        "Lunedì il premier kirghiso ha accennato a ritirarsi dal blocco.\n"
    ))
    assert any(t == "REJECT" and d == dt.date(2023, 3, 10) for t, d, _, _, _ in events)
    assert not any(t == "COOPERATE" for t, _, _, _, _ in events)
    assert any(t == "THREATEN" and d == dt.date(2023, 3, 6) for t, d, _, _, _ in events)
    assert not any(t == "SANCTION" for t, _, _, _, _ in events)
    english = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 10 March 2023\n"
        "Kyrgyzstan considers it unreasonable to hold the bloc's drills on its territory this year, the premier said.\n"
    ))
    assert any(t == "REJECT" and d == dt.date(2023, 3, 10) for t, d, _, _, _ in english)
    assert not any(t == "COOPERATE" for t, _, _, _, _ in english)


def test_round_50_an_operation_its_arrests_a_protest_that_began_and_a_freeze_by_its_noun(tmp_path: Path) -> None:
    # our own words: a joint anti-drug operation reported as over, then dated by its definite name ("The operation
    # was held from 10 to 14 June" in a story of 20 June) is one event, spread over the member states; arrests told
    # in a paragraph about the operation happened while it ran
    english = _events_of_text(tmp_path, (
        "Operation\n"
        "Published: 20 June 2023\n"
        "A joint anti-drug operation of the bloc's member states has ended.\n"
        "The operation was held from June 10 to June 14 on the territory of the member states.\n"
        "More than 9,000 officers were involved in the operation. Some 210 suspects were detained.\n"
    ))
    assert sorted(english) == [("COERCE", dt.date(2023, 6, 10), "day", None, "happened"),
                               ("COOPERATE", dt.date(2023, 6, 10), "day", None, "happened")]
    # "sent to quell the protests that began on 5 March": the day is the protests', not the sending's; "il
    # congelamento della partecipazione dell'Armenia" is Armenia's SANCTION, dated by the story
    italian = _events_of_text(tmp_path, (
        "Proteste\n"
        "Published: 20 March 2022\n"
        "I soldati sono arrivati nel Paese per sedare le proteste iniziate il 5 marzo in Kazakistan.\n"
        "In un'intervista il ministro ha commentato la decisione di congelamento della partecipazione dell'Armenia "
        "all'organizzazione.\n"
    ))
    assert ("PROTEST", dt.date(2022, 3, 5), "day", "KAZ", "happened") in italian
    assert not any(t == "MOBILIZE" and d == dt.date(2022, 3, 5) for t, d, _, _, _ in italian)
    assert ("SANCTION", dt.date(2022, 3, 20), "day", "ARM", "happened") in italian


def test_round_51_the_next_year_of_a_history_a_clause_after_but_and_a_meeting_after_clashes(tmp_path: Path) -> None:
    # our own words: "signed the next year" after "In 1992" is 1993, not the year after the story; "rejoined … in
    # 2007 but withdrew in 2010" dates each clause by its own year
    history = _events_of_text(tmp_path, (
        "History\n"
        "Published: 12 March 2017\n"
        "In 1992, six states signed the security treaty. Three more states signed the treaty the next year.\n"
        "Armenia rejoined the alliance in 2007 but withdrew in 2010.\n"
    ))
    assert ("AGREE", dt.date(1993, 1, 1), "year", None, "happened") in history
    assert ("AGREE", dt.date(2007, 1, 1), "year", "ARM", "happened") in history
    # a meeting held "il 14 maggio … a seguito dei nuovi scontri": the day is the meeting's, not the clashes'; a
    # lead that opens "Dopo la ripresa degli scontri" does not date them by the story; a subheading repeating the
    # headline's words is the headline; "ha chiesto assistenza militare" is a request; "I partecipanti … hanno
    # raggiunto un accordo" after the meeting named again undated ("Durante l'incontro") is agreed at that meeting
    italian = _events_of_text(tmp_path, (
        "Scontri al confine: si riunisce il blocco\n"
        "Published: 16 May 2022\n"
        "Dopo la ripresa degli scontri al confine si riunisce il blocco. Il 13 maggio il premier kirghiso ha chiesto "
        "assistenza militare all'alleanza.\n"
        "Scontri al confine: il blocco si riunisce\n"
        "Il blocco ha tenuto una riunione il 14 maggio in videoconferenza a seguito dei nuovi scontri al confine. "
        "Durante l'incontro il presidente ha parlato della situazione.\n"
        "I partecipanti hanno raggiunto un'intesa per mandare osservatori.\n"
    ))
    assert not any(t == "FIGHT" for t, _, _, _, _ in italian)
    assert ("REQUEST", dt.date(2022, 5, 13), "day", "KGZ", "happened") in italian
    assert ("CONSULT", dt.date(2022, 5, 14), "day", None, "happened") in italian
    assert any(t == "AGREE" and d == dt.date(2022, 5, 14) for t, d, _, _, _ in italian)


def test_a_withdrawal_after_rejoining_the_bloc_is_the_leaving(tmp_path: Path) -> None:
    # our own words: "rejoined the alliance in 2007 but withdrew in 2010" leaves what the first verb joined (SANCTION,
    # as "withdrew from the alliance" is); troops that withdrew from a border retreat
    events = _events_of_text(tmp_path, (
        "History\n"
        "Published: 12 March 2017\n"
        "Armenia rejoined the alliance in 2007 but withdrew in 2010.\n"
        "The troops withdrew from the border in 2010.\n"
    ))
    assert ("SANCTION", dt.date(2010, 1, 1), "year", "ARM", "happened") in events
    assert ("RETREAT", dt.date(2010, 1, 1), "year", None, "happened") in events


def test_round_52_taking_office_leaving_a_body_by_acronym_a_part_of_a_year_and_a_dateline_s_future(tmp_path: Path) -> None:
    # our own words: "will take office on <day>" is an appointment, and a dateline (where the story is filed) does not
    # place what is still to come; "quit OSCE in late 2016" leaves a body named by its acronym, in a part of a year;
    # members deprived of a right to vote are sanctioned
    events = _events_of_text(tmp_path, (
        "MINSK, April 3. /TASS/. The alliance's next secretary-general will take office on July 1, 2021, his office said.\n"
        "Belarus quit OSCE in late 2016, a year after the assembly voted in 2015 to deprive its delegation of the right "
        "to vote.\n"
    ))
    assert ("APPOINT", dt.date(2021, 7, 1), "day", None, "planned") in events
    assert ("SANCTION", dt.date(2016, 1, 1), "year", "BLR", "happened") in events
    assert any(t == "SANCTION" and d == dt.date(2015, 1, 1) for t, d, _, _, _ in events)


def test_round_52_a_lead_that_repeats_the_headline_word_for_word_and_an_editor_s_note_in_brackets(tmp_path: Path) -> None:
    # our own words: a page whose first paragraph is the headline's sentence again is a story whose news is that
    # sentence; a bracketed editor's note above the story is no paragraph of it, so the news paragraphs start below it
    repeated = _events_of_text(tmp_path, (
        "Published: 2 September 2024\n"
        "In Armenia sono cominciate le esercitazioni dell'alleanza\n"
        "In Armenia sono cominciate le esercitazioni dell'alleanza.\n"
        "Vi prendono parte mille soldati.\n"
    ))
    assert ("COOPERATE", dt.date(2024, 9, 2), "day", "ARM", "happened") in repeated
    noted = _events_of_text(tmp_path, (
        "Published: 2 September 2024\n"
        "Drills in the south\n"
        "(This page was translated from the Russian by a machine for our readers)\n"
        "More than a thousand troops will take part in the alliance's drills in Armenia, the organisers said.\n"
        "Units from five countries are taking part in the drills.\n"
    ))
    assert ("COOPERATE", dt.date(2024, 9, 2), "day", "ARM", "happened") in noted


def test_round_53_deportations_charges_troops_on_the_move_a_session_told_again_and_a_page_s_stamp(tmp_path: Path) -> None:
    # our own words: people deported or expelled from the member states are coerced (CAMEO 174), in no one country;
    # charges and fines are coercion; forces "heading to" a country move; a meeting "there took place" on a day dates
    # what was signed "at the plenary session"; a statement's subject matter ("about … in Russia") is no place of it;
    # "raised this question during a meeting … on <day>" keeps the meeting's day; a page's time stamp and a headline
    # under it are no news paragraphs, and what someone "told about" is a topic
    events = _events_of_text(tmp_path, (
        "date 2023-06-10 09:41\n"
        "Drills announced in Armenia\n"
        "MOSCOW, June 10. /TASS/. Over 5,000 migrants were deported from the member states throughout 2022, the bloc's "
        "secretary general said. Units from the drills are heading to Armenia.\n"
        "The secretary general also told about exercises in Belarus.\n"
        "Over 300 people were held accountable and 40 criminal cases were opened, the police said.\n"
        "On June 5, in Minsk there took place a meeting of the ministers' council. At the plenary session, documents were signed.\n"
        "Armenian officials expressed concern to Moscow about how Armenian workers are treated in Russia.\n"
        "The deputy premier raised this question during a meeting of the intergovernmental commission on trade and "
        "investment held in Yerevan on June 8.\n"
    ))
    assert ("COERCE", dt.date(2022, 1, 1), "year", None, "happened") in events
    assert ("MOBILIZE", dt.date(2023, 6, 10), "day", "ARM", "happened") in events
    assert ("AGREE", dt.date(2023, 6, 5), "day", "BLR", "happened") in events
    assert ("CONSULT", dt.date(2023, 6, 8), "day", "ARM", "happened") in events
    assert not any(t == "COOPERATE" and c == "BLR" for t, _, _, c, _ in events)  # a topic, not drills held
    assert not any(t == "DISAPPROVE" and c == "RUS" for t, _, _, c, _ in events)


def test_round_54_this_year_s_month_a_statement_on_the_state_of_affairs_an_outlet_tag_and_a_plan_s_term(tmp_path: Path) -> None:
    # our own words: "in November of this year" is this year's November; "a declaration on the state of affairs around
    # a country" is not placed in that country; a wrapped line that opens with an outlet's tag in slashes is joined
    # to the next; a year long after "a programme for" is the programme's term, not the signing's date
    events = _events_of_text(tmp_path, (
        "Published: 5 May 2023\n"
        "DUSHANBE, May 4. /TASS/. The bloc's ministers approved a declaration on the state of affairs around Afghanistan "
        "on Thursday, the host said.\n"
        "The next summit is set for November of this year in Dushanbe.\n"
        "/Agency.Net/ The deputies of the ministers met\n"
        "in Yerevan on 2 May and reviewed the agenda.\n"
        "They are due to approve a programme for the common drills of the staffs of the member states' border guards in 2025.\n"
    ))
    assert ("AGREE", dt.date(2023, 5, 4), "day", "TJK", "happened") in events
    assert ("CONSULT", dt.date(2023, 11, 1), "month", "TJK", "planned") in events
    assert ("CONSULT", dt.date(2023, 5, 2), "day", "ARM", "happened") in events
    assert not any(d == dt.date(2025, 1, 1) for _, d, _, _, _ in events)


def test_a_quarter_in_its_short_form_dates_to_its_year(tmp_path: Path) -> None:
    # our own words: "in Q3 2024" is a quarter, dated to its year (the coarsest precision that is true)
    events = _events_of_text(tmp_path, (
        "Published: 6 May 2024\n"
        "The bloc's staffs met on Monday. Joint drills will take place in Q3 2024 in Kazakhstan.\n"
    ))
    assert ("COOPERATE", dt.date(2024, 1, 1), "year", "KAZ", "planned") in events


def test_a_leader_who_says_he_would_not_sign_refuses(tmp_path: Path) -> None:
    # our own words: "said at the summit on Friday that he would not sign the declaration" is a refusal (REJECT), as
    # "would not attend" already was
    events = _events_of_text(tmp_path, (
        "Published: 4 March 2023\n"
        "The Kyrgyz president said at the summit in Astana on Friday that he would not sign the final declaration.\n"
    ))
    assert ("REJECT", dt.date(2023, 3, 3), "day", "KAZ", "happened") in events


def test_a_superlative_against_recent_years_is_news_and_what_the_meetings_agenda_holds_is_dated_by_it(tmp_path: Path) -> None:
    # our own words: "the widest set of accords in recent years" measures the news, it does not make the sentence
    # background; what was signed "under the agenda of the meeting" was signed at the meeting the article dated
    events = _events_of_text(tmp_path, (
        "Published: 9 October 2024\n"
        "Ministers meet in Minsk\n"
        "At the session of the bloc's council in Minsk, the leaders signed nine accords, the widest set of accords in "
        "recent years, the host's office said.\n"
        "On October 3, the council of the bloc's defence ministers held a joint meeting in Almaty.\n"
        "Under the agenda of the meeting, the ministers approved a plan of common drills.\n"
    ))
    assert ("AGREE", dt.date(2024, 10, 9), "day", "BLR", "happened") in events
    assert ("AGREE", dt.date(2024, 10, 3), "day", "KAZ", "happened") in events


def test_round_57_a_truce_later_that_day_fighting_that_resumed_a_welcome_and_a_truce_days_before_a_dateline(tmp_path: Path) -> None:
    # our own words: a dispute that "escalated into an armed conflict" is fighting; "the truce was declared that day"
    # is dated by the day before it, not by a statement ("declared" is the truce's verb); "welcomed the truce" is support;
    # a ceasefire agreed days before a story filed in Moscow did not happen in Moscow; troops moved "to" a country mobilise,
    # and a drill told by its month, then by its days, is dated by its first day
    events = _events_of_text(tmp_path, (
        "MOSCOW, June 10, 2022. The bloc on Friday welcomed the truce agreed by the two neighbours.\n"
        "Their dispute over water escalated into an armed conflict on June 2. Many were hurt. The truce "
        "was declared later that day. Fighting resumed the next day. On June 5, the two countries agreed to a full ceasefire.\n"
    ))
    drills = _events_of_text(tmp_path, (
        "Published: 10 June 2022\n"
        "The allies will hold drills in Kazakhstan in September. The bloc will move its troops to Kazakhstan by August 28.\n"
        "From September 4 to 8, Kazakhstan will host the bloc's drills.\n"
    ))
    assert ("SUPPORT", dt.date(2022, 6, 10), "day", "RUS", "happened") in events
    assert ("FIGHT", dt.date(2022, 6, 2), "day", None, "happened") in events
    assert ("AGREE", dt.date(2022, 6, 2), "day", None, "happened") in events
    assert ("FIGHT", dt.date(2022, 6, 3), "day", None, "happened") in events
    assert ("AGREE", dt.date(2022, 6, 5), "day", None, "happened") in events
    assert ("MOBILIZE", dt.date(2022, 8, 28), "day", "KAZ", "planned") in drills
    assert ("COOPERATE", dt.date(2022, 9, 4), "day", "KAZ", "planned") in drills
    assert not any(t == "COOPERATE" and p == "month" for t, _, p, _, _ in drills)


def test_round_58_arrivals_to_come_a_frozen_membership_with_its_owner_and_a_war_that_escalated_in_a_place(tmp_path: Path) -> None:
    # our own words: units that "inizieranno ad arrivare … domani" in a story known only to its month, after "Lo ha
    # annunciato martedì 12 marzo …", arrive on the 13th; "la partecipazione del Paese al blocco, …, è «congelata»" is a
    # suspension; "l'escalation della guerra in Nagorno-Karabakh nel 2020" is fighting placed there, not in the capital
    # a later clause names
    events = _events_of_text(tmp_path, (
        "Published: March 2024\n"
        "Esercitazioni in Kazakistan\n"
        "Dal 20 al 25 marzo in Kazakistan si svolgerà l'esercitazione congiunta del blocco. Lo ha annunciato martedì 12 marzo "
        "il ministero della Difesa.\n"
        "Le truppe che prendono parte alle manovre inizieranno ad arrivare in Kazakistan domani, afferma il ministero.\n"
    ))
    events += _events_of_text(tmp_path, (
        "Published: March 2024\n"
        "Il blocco e l'Armenia\n"
        "Il premier armeno ha detto che la partecipazione dell'Armenia al blocco militare, guidato da Mosca, è “congelata”.\n"
        "Con l'escalation della guerra in Nagorno-Karabakh nel 2020, il blocco non ha dato alcun aiuto a Yerevan.\n"
    ))
    assert ("MOBILIZE", dt.date(2024, 3, 13), "day", "KAZ", "planned") in events
    assert ("SANCTION", dt.date(2024, 3, 1), "month", "ARM", "happened") in events
    assert ("FIGHT", dt.date(2020, 1, 1), "year", "AZE", "happened") in events


def test_round_58_a_bloc_s_own_act_is_in_no_member_unless_the_sentence_or_the_dateline_says_where(tmp_path: Path) -> None:
    # our own words: in a story mostly about Kazakhstan, "the CSTO approved the plan" happened in no one member; a
    # bloc's act told under a city's dateline on the story's day happened there
    events = _events_of_text(tmp_path, (
        "Published: 2 April 2025\n"
        "Migrants in Kazakhstan\n"
        "Kazakhstan's police detained 300 migrants in Almaty and in Astana last week, Kazakhstan's interior ministry said.\n"
        "On 26 March, the CSTO approved the plan of a joint operation against illegal migration.\n"
    ))
    assert ("AGREE", dt.date(2025, 3, 26), "day", None, "happened") in events
    filed = _events_of_text(tmp_path, (
        "Bloc agrees new measures\n"
        "MINSK, October 14, 2016. /TASS/. The CSTO has agreed a list of new measures against drug trafficking, the bloc's "
        "papers say.\n"
    ))
    assert ("AGREE", dt.date(2016, 10, 14), "day", "BLR", "happened") in filed


def test_round_59_the_council_named_again_acts_at_its_session_and_a_bloc_office_is_taken_in_no_member(tmp_path: Path) -> None:
    # our own words: "The Council voted to extend the mandate of …" after a dated session and the papers signed at it
    # is decided at that session; a Kazakh general who "will take over as Secretary General of the CSTO" takes an
    # office of the bloc, in no member's country; a state that recalls its national acts in its own country
    events = _events_of_text(tmp_path, (
        "Published: 12 May 2016\n"
        "Council meets in Astana\n"
        "On 10 May the bloc's council held a session in Astana. At the plenary session documents were "
        "signed. The Council voted to extend the mandate of the bloc's envoy by a year.\n"
        "On 1 June 2016, Kazakh general Marat Sadykov will take over as Secretary General of the CSTO.\n"
        "In 2015, Kyrgyzstan recalled its envoy Ivan Petrov, who became CSTO Secretary General in May 2014.\n"
    ))
    assert ("APPOINT", dt.date(2016, 5, 10), "day", "KAZ", "happened") in events
    assert ("APPOINT", dt.date(2016, 6, 1), "day", None, "planned") in events
    assert ("APPOINT", dt.date(2014, 5, 1), "month", None, "happened") in events
    assert ("APPOINT", dt.date(2015, 1, 1), "year", "KGZ", "happened") in events


def test_round_60_arrests_told_actively_happen_while_an_operation_named_in_a_heading_ran(tmp_path: Path) -> None:
    # our own words: "police detained 120 people" is an arrest; a paragraph that names the operation tells what happened
    # while it ran, also when the operation was dated through its heading
    events = _events_of_text(tmp_path, (
        "Published: 20 October 2022\n"
        "Bloc's operation \"Border Screen\"\n"
        "The operation was held from 10 to 14 October in the member states.\n"
        "Joint efforts during the operation led to large seizures of heroin. Police officers detained 120 people for "
        "smuggling.\n"
    ))
    assert ("COERCE", dt.date(2022, 10, 10), "day", None, "happened") in events


def test_round_61_the_bloc_s_decision_announced_by_a_member_s_leader_is_the_bloc_s(tmp_path: Path) -> None:
    # our own words: a member's leader makes known the alliance's decision to send units to a third member: the
    # alliance agreed, in none of its members (not in the leader's country, nor where the units go)
    events = _events_of_text(tmp_path, (
        "Units to be sent\n"
        "Published: 8 March 2023\n"
        "The Belarusian president, who chairs the alliance this year, announced on 7 March the alliance's decision to "
        "send engineering units to Kyrgyzstan.\n"
    ))
    assert ("AGREE", dt.date(2023, 3, 7), "day", None, "happened") in events


def test_round_62_a_session_of_the_bloc_s_own_body_is_in_no_member_and_manoeuvres_are_drills(tmp_path: Path) -> None:
    # our own words: a session of the bloc's council with no place said is not put in the country the article is
    # mostly about; "manoeuvres" of the bloc's forces are a drill (political manoeuvres are not)
    events = _events_of_text(tmp_path, (
        "Ministers met\n"
        "Published: 3 March 2021\n"
        "On March 2, a session of the Collective Security Council was held. Georgia and Georgia's neighbours were "
        "discussed, and Georgia's position.\n"
        "Manoeuvres of the bloc's forces will be held in Tajikistan in May. Political manoeuvres in Georgia went on.\n"
    ))
    assert ("CONSULT", dt.date(2021, 3, 2), "day", None, "happened") in events
    assert ("COOPERATE", dt.date(2021, 5, 1), "month", "TJK", "planned") in events
    assert not any(t == "COOPERATE" and c == "GEO" for t, _, _, c, _ in events)


def test_round_63_fire_at_a_state_s_outposts_re_election_welcome_and_a_day_counted_back_from_the_news(tmp_path: Path) -> None:
    # our own words: fire opened "on several of Kyrgyzstan's outposts" is fighting where the outposts are; "was
    # re-elected", "supported the candidacy", "welcomed the mission"; "X's statement came a day after the Union
    # decided to …" puts the decision the day before the story; phone talks "during which" a call was made are news too
    events = _events_of_text(tmp_path, (
        "Border news\n"
        "Published: 16 May 2023\n"
        "On 15 May, Tajik units opened fire on several of Kyrgyzstan's outposts.\n"
        "On 15 May, the assembly's chair was re-elected, and the members supported the candidacy of the speaker.\n"
        "The minister's statement came a day after European Union states decided to send a civilian mission.\n"
    ))
    assert ("FIGHT", dt.date(2023, 5, 15), "day", "KGZ", "happened") in events
    assert ("APPOINT", dt.date(2023, 5, 15), "day") in [e[:3] for e in events]
    assert ("AGREE", dt.date(2023, 5, 15), "day", None, "happened") in events
    calls = _events_of_text(tmp_path, (
        "Calls\n"
        "Published: 2 March 2023\n"
        "Armenia has welcomed the civilian mission.\n"
        "The bloc's secretary general had telephone conversations with the two ministers, during which he called for an "
        "immediate ceasefire.\n"
    ))
    assert ("SUPPORT", dt.date(2023, 3, 2), "day", "ARM", "happened") in calls
    assert {("CONSULT", dt.date(2023, 3, 2)), ("REQUEST", dt.date(2023, 3, 2))} <= {e[:2] for e in calls}


def test_round_64_an_office_to_serve_the_summit_told_by_met_a_day_that_opens_after_earlier_and_a_missed_summit(tmp_path: Path) -> None:
    # our own words: "will serve as <office> in 2024" is a planned appointment that takes the year, not the summit it
    # was said at; "at the end of the summit" is the meeting the article told by "met"; "Earlier, on 4 May, …" sets
    # the day "That same day" means, and "ahead of the summit" names no event of its own there; a leader who missed
    # a summit abroad stayed away from home; "according to the Kremlin's press page" names no place
    events = _events_of_text(tmp_path, (
        "Summit news\n"
        "Published: 5 May 2023\n"
        "The leaders of the alliance met in Minsk on 5 May.\n"
        "The host said that Ivan Petrov will serve as Secretary General of the CSTO in 2024.\n"
        "According to the Kremlin's press page, the heads of state signed three accords at the end of the summit.\n"
        "Earlier, on 4 May, the spokesman noted that the president would attend.\n"
        "That same day, ahead of the summit, the president held a meeting with his cabinet.\n"
        "In April the Armenian prime minister missed the summit in Bishkek.\n"
    ))
    assert ("APPOINT", dt.date(2024, 1, 1), "year", None, "planned") in events
    assert ("AGREE", dt.date(2023, 5, 5), "day", "BLR", "happened") in events
    assert ("CONSULT", dt.date(2023, 5, 4), "day") in [e[:3] for e in events]
    assert ("REJECT", dt.date(2023, 4, 1), "month", "ARM", "happened") in events


def test_round_65_an_accusation_s_target_a_summit_stayed_away_from_and_forces_taking_a_region(tmp_path: Path) -> None:
    # our own words: "accusing Moscow of …" accuses from where the accuser is, not from Moscow; "abstained from
    # attending a summit" is staying away; a state's forces that "took control of" a region are fighting there
    events = _events_of_text(tmp_path, (
        "Yerevan news\n"
        "Published: 9 April 2024\n"
        "On 8 April the Armenian prime minister spoke on television, accusing Moscow of stirring up protests.\n"
        "In 2023 Armenia abstained from attending a summit of the alliance.\n"
        "In March 2024, Azerbaijani forces took control of several villages in Nagorno-Karabakh.\n"
    ))
    assert ("ACCUSE", dt.date(2024, 4, 8), "day", "ARM", "happened") in events
    assert ("REJECT", dt.date(2023, 1, 1), "year", "ARM", "happened") in events
    assert ("FIGHT", dt.date(2024, 3, 1), "month", "AZE", "happened") in events


def test_round_66_an_invasion_is_where_it_went_in(tmp_path: Path) -> None:
    # our own words: "invaded the border districts of Armenia" happened in Armenia, not where the story was told
    events = _events_of_text(tmp_path, (
        "Dushanbe meeting\n"
        "Published: 15 September 2021\n"
        "The ministers met in Dushanbe, Tajikistan on 15 September.\n"
        "Foreign units invaded the border districts of Armenia on 12 May.\n"
    ))
    assert ("FIGHT", dt.date(2021, 5, 12), "day", "ARM", "happened") in events


def test_round_67_drills_at_two_named_ranges_are_two_drills(tmp_path: Path) -> None:
    # our own words: the lead's drills at the Koi-Tash range keep the story's day; the bloc's drills begun three days
    # earlier at the Edelweiss training ground are other drills, not the lead's told again
    events = _events_of_text(tmp_path, (
        "Drills near the border\n"
        "Published: 22 October 2021\n"
        "BISHKEK, October 22. /TASS/. Kyrgyzstan's army chief praised Kyrgyz and Kazakh troops for a two-nation exercise held "
        "at the Koi-Tash range near the border, a spokesman told TASS on Friday.\n"
        "On October 19, 2021, the bloc started the Shield 2021 drills at the Edelweiss range in Kyrgyzstan.\n"
    ))
    assert ("COOPERATE", dt.date(2021, 10, 22), "day", "KGZ", "happened") in events
    assert ("COOPERATE", dt.date(2021, 10, 19), "day", "KGZ", "happened") in events


def test_round_68_fighters_who_swept_into_a_city(tmp_path: Path) -> None:
    # our own words: armed groups that "swept into" a city or "gained full control over" it are fighting there
    events = _events_of_text(tmp_path, (
        "Kabul falls\n"
        "Published: 23 August 2021\n"
        "The envoy spoke on Monday.\n"
        "On 15 August the Taliban swept into Herat after a short siege.\n"
        "In July 2021, the militants gained full control over Kunduz.\n"
    ))
    assert ("FIGHT", dt.date(2021, 8, 15), "day", "AFG", "happened") in events
    assert ("FIGHT", dt.date(2021, 7, 1), "month", "AFG", "happened") in events


def test_round_69_a_decision_made_at_a_dated_meeting_signings_named_by_day_approvals_and_arms_deliveries(tmp_path: Path) -> None:
    # our own words: a decision "made at a meeting that took place … on <day>" is of that day and place; "the <day>
    # signing of a treaty" and "the <day> agreement on" are agreements; "approved by the <three words> Council";
    # "will begin delivering arms" is aid planned
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 24 September 2013\n"
        "The decision on this issue was made at a session of the five leaders that took place in Minsk, Belarus on September 23.\n"
        "The bloc will begin delivering arms and military hardware in 2015 to guard the borders.\n"
        "He praised the March 13 signing of a water treaty by Kyrgyzstan and Uzbekistan, and the March 30 agreement on gas prices.\n"
        "The plan was approved by the Eurasian Economic Council in November 2012 in Astana.\n"
    ))
    assert ("AGREE", dt.date(2013, 9, 23), "day", "BLR", "happened") in events
    assert any(e[0] == "AID" and e[1] == dt.date(2015, 1, 1) and e[4] == "planned" for e in events)
    assert {e[1] for e in events if e[0] == "AGREE"} >= {dt.date(2013, 3, 13), dt.date(2013, 3, 30), dt.date(2012, 11, 1)}


def test_round_70_documents_signed_by_the_leaders_on_this_occasion(tmp_path: Path) -> None:
    # our own words: "documents signed by the five leaders" are an agreement; "on this occasion", a paragraph
    # after the summit was told, is the summit's day
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 17 May 2022\n"
        "The summit was held on Monday in Minsk.\n"
        "An anniversary was marked.\n"
        "The plan documents signed by the five leaders on this occasion include a joint statement.\n"
    ))
    assert ("AGREE", dt.date(2022, 5, 16), "day", "BLR", "happened") in events


def test_round_72_a_year_in_a_clause_reported_after_the_trigger_and_an_agenda_s_year(tmp_path: Path) -> None:
    # our own words: "At the session X declared that … in 2026 would …": 2026 is no date of the session; "the
    # agenda for next year" is the agenda's year, not the session's
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 27 November 2025\n"
        "The summit was held in Bishkek on 27 November.\n"
        "At the closing session the Russian leader declared that the presidency of his state in 2026 would favour youth.\n"
        "Following the session, the five leaders approved the bloc's agenda for next year.\n"
    ))
    assert not any(e[1] is not None and e[1].year == 2026 for e in events)


def test_review_a_plan_for_state_security_keeps_its_year_to_itself(tmp_path: Path) -> None:
    # our own words: the English "state" in a plan's object is no Italian participle ("è stato") that would end it:
    # 2026 is the plan's year, not the day it was adopted
    events = _events_of_text(tmp_path, (
        "Council news\n"
        "Published: 5 March 2025\n"
        "The council adopted a plan for state border security in 2026.\n"
    ))
    assert not any(e[1] is not None and e[1].year == 2026 for e in events)


def test_round_73_the_speaker_s_own_act_reported_done_takes_the_statement_s_day(tmp_path: Path) -> None:
    # our own words: "said on Thursday that it had reached a deal … during talks": the service's own deal, and the
    # talks it came out of, are dated by the statement (and say so); what the speaker reports of others ("that the
    # raids … worried him") and what it will do are not; Italian drops the subject ("che ha firmato")
    path = tmp_path / "article.txt"
    path.write_text(
        "Talks\n"
        "Published: 9 March 2024\n"
        "The Tajik border service said on Thursday that it had reached a deal on joint patrols during talks with its Kyrgyz counterparts.\n"
        "The defence minister said on Friday that the raids on the border posts worried him.\n"
        "The Armenian ministry said on Monday that it would sign the protocol soon.\n",
        encoding="utf-8",
    )
    events = [(e.event_type, e.event_date, e.date_source, e.status) for e in events_of(path)]
    assert ("AGREE", dt.date(2024, 3, 7), "statement", "happened") in events
    assert ("CONSULT", dt.date(2024, 3, 7), "statement", "happened") in events
    assert not [e for e in events if e[1] is not None and e[1] != dt.date(2024, 3, 7)]
    italian = _events_of_text(tmp_path, (
        "Accordo firmato\n"
        "Pubblicato: 9 marzo 2024\n"
        "Il ministero della Difesa kazako ha dichiarato mercoledì che ha firmato un accordo con la Bielorussia.\n"
    ))
    # (in the country of the ministry that signed, its source actor, since round 124; not in the partner's, a country the
    # sentence merely names: the issue's rule for a place the sentence does not give)
    assert ("AGREE", dt.date(2024, 3, 6), "day", "KAZ", "happened") in italian


def test_round_75_a_resolve_at_a_summit_a_drill_s_scenario_and_a_headline_s_plan(tmp_path: Path) -> None:
    # our own words: "At a summit in <capital>, the members resolved to …" reported the next day: the summit has the
    # reference calendar's day and the decision takes it; what a drill's units "will practise" (gangs that crossed
    # the border and seized a village) is no event, nor are "infantry fighting vehicles" fighting; "Bloc poised to
    # send troops" over the story is a plan
    path = tmp_path / "article.txt"
    path.write_text(
        "Bloc poised to send troops to the border\n"
        "Published: 17 September 2021\n"
        "At the summit held in Dushanbe, the member states resolved to strengthen the southern border.\n"
        "The drills opened today at a range in Tajikistan. The units will practise repelling gangs that have crossed "
        "the border and seized a village, with tanks and infantry fighting vehicles.\n",
        encoding="utf-8",
    )
    events = [(e.event_type, e.event_date, e.country, e.status) for e in events_of(path)]
    assert ("CONSULT", dt.date(2021, 9, 16), "TJK", "happened") in events
    assert ("AGREE", dt.date(2021, 9, 16), "TJK", "happened") in events
    assert ("COOPERATE", dt.date(2021, 9, 17), "TJK", "happened") in events
    assert not [e for e in events if e[0] in ("FIGHT", "ASSAULT", "COERCE")]
    assert not [e for e in events if e[0] == "MOBILIZE" and e[3] == "happened"]


def test_round_76_a_bloc_s_founding_is_its_members_agreement(tmp_path: Path) -> None:
    # our own words: "the alliance was established in 2002" and "l'Organizzazione è stata fondata nel 2002" are the
    # founding members' agreement, in that year, in no one member
    english = _events_of_text(tmp_path, "Bloc\nPublished: 8 October 2022\nThe alliance was established in 2002 by six states.\n")
    assert ("AGREE", dt.date(2002, 1, 1), "year", None, "happened") in english
    italian = _events_of_text(tmp_path, "Alleanza\nPubblicato: 8 ottobre 2022\nL'Organizzazione è stata fondata nel 2002 da sei Stati.\n")
    assert ("AGREE", dt.date(2002, 1, 1), "year", None, "happened") in italian


def test_round_77_a_call_named_again_with_its_day_and_drills_by_a_border_a_spokesman_announced(tmp_path: Path) -> None:
    # our own words: "The call was made in Minsk on October 7" dates and places the appeal the paragraph before
    # told with no day; drills that "according to <spokesman>" will be held "close to the Uzbek-Afghan border" are
    # on the side named first, not in the spokesman's country; a mission sent "to the … border" stays unplaced by it
    events = _events_of_text(tmp_path, (
        "Appeal\n"
        "Published: 9 October 2022\n"
        "Armenia called on its allies to send observers to the frontier, the ministry reported.\n"
        "The call was made in Minsk on October 7, at a meeting of deputy ministers.\n"
        "According to Zainetdinov, two more drills will be held close to the Uzbek-Afghan border in November.\n"
    ))
    assert ("REQUEST", dt.date(2022, 10, 7), "day", "BLR", "happened") in events
    assert ("COOPERATE", dt.date(2022, 11, 1), "month", "UZB", "planned") in events


def test_round_78_a_call_off_governs_its_own_list_item_and_a_founding_said_actively(tmp_path: Path) -> None:
    # our own words: in "cancelled joint drills at home, refused to name a deputy envoy" the refusal is not called off;
    # "the six states founded the Organization", "sei Stati hanno fondato l'Organizzazione" are agreements
    path = tmp_path / "article.txt"
    path.write_text("Rift\nPublished: 10 May 2024\nLast year, Kyrgyzstan skipped the bloc's meetings, cancelled joint drills "
                    "at home, refused to name a deputy envoy and recalled its officer.\nIn 2002 the six states founded the Organization.\n",
                    encoding="utf-8")
    events = [(e.event_type, e.event_date, e.status) for e in events_of(path)]
    assert [e[2] for e in events if e[0] == "REJECT"] == ["happened"]
    assert ("AGREE", dt.date(2002, 1, 1), "happened") in events
    italian = _events_of_text(tmp_path, "Alleanza\nPubblicato: 21 novembre 2017\nNel 2002 sei Stati hanno fondato l'Organizzazione.\n")
    assert ("AGREE", dt.date(2002, 1, 1), "year", None, "happened") in italian


def test_round_79_a_member_that_stops_paying_for_the_bloc_reduces_relations_when_it_says_so(tmp_path: Path) -> None:
    # our own words: "will not take part in funding the bloc's programmes" is a reduction of
    # relations (SANCTION, like a frozen contribution), decided when said, not a refusal nor a plan
    events = _events_of_text(tmp_path, (
        "Dues\n"
        "Published: 3 June 2025\n"
        "Kyrgyzstan will not take part in funding the bloc's programmes next year, its foreign ministry said on Monday.\n"
    ))
    assert ("SANCTION", dt.date(2025, 6, 2), "day", "KGZ", "happened") in events
    assert not [e for e in events if e[0] == "REJECT"]


def test_round_80_a_return_announced_at_a_dated_summit_a_treaty_by_its_acronym_and_a_turned_down_plea(tmp_path: Path) -> None:
    # our own words: "became a full member …, it was announced at the summit held in Minsk on Friday" is an agreement
    # on the summit's day and in its place; "the CST was signed in Tashkent on …"; "turned down the request" refuses
    events = _events_of_text(tmp_path, (
        "Return\n"
        "Published: 24 June 2006\n"
        "Uzbekistan became a full member of the bloc again, it was announced at the summit held in Minsk on Friday.\n"
        "The CST was signed in Tashkent on 15 May 1992, the president recalled.\n"
        "Moscow turned down the request of the Kyrgyz government for troops on Saturday.\n"
    ))
    assert ("AGREE", dt.date(2006, 6, 23), "day", "BLR", "happened") in events
    assert ("AGREE", dt.date(1992, 5, 15), "day", "UZB", "happened") in events
    assert [e[1] for e in events if e[0] == "REJECT"] == [dt.date(2006, 6, 24)]


def test_round_81_a_call_for_a_change_is_a_request(tmp_path: Path) -> None:
    # our own words: "has called for the reform of …" asks for an action (REQUEST), on the story's day
    events = _events_of_text(tmp_path, (
        "Call\n"
        "Published: 16 May 2022\n"
        "MINSK, May 16 - The Kazakh leader has called for the reform of the alliance's crisis response.\n"
    ))
    assert [e[:3] for e in events if e[0] == "REQUEST"] == [("REQUEST", dt.date(2022, 5, 16), "day")]


def test_round_82_a_later_drill_dated_in_its_own_clause_and_drills_listed_after_such(tmp_path: Path) -> None:
    # our own words: a reported clause names a second exercise ("the North-2031 manoeuvres, which start on 9 October")
    # after one told as the setting; "such drills as A, B and C will run on 3-5 May" is dated, not anaphoric
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 2 April 2031\n"
        "GRODNO, April 2 - Allied troops opened joint drills near Grodno on Wednesday.\n"
        "Following the opening of the allied exercises, a Belarusian general also confirmed that units of the "
        "North-2031 manoeuvres, which start on 9 October, will train river crossings.\n"
        "In addition, such drills as Alder, Birch, Cedar, Maple and Willow will run on May 3-5 at ranges across Belarus.\n"
    ))
    dated = {(e[0], e[1], e[4]) for e in events if e[1] is not None}
    assert ("COOPERATE", dt.date(2031, 10, 9), "planned") in dated
    assert ("COOPERATE", dt.date(2031, 5, 3), "planned") in dated
    assert not [e for e in events if e[2] == "year"]


def test_round_82_days_told_after_a_month_or_a_year_are_one_event(tmp_path: Path) -> None:
    # our own words: five drills "in early June", then, inside the speaker's quotation, the same drills "on June 2-7";
    # a sentence after that puts "a series of drills" in the year: one event, on its days
    events = _events_of_text(tmp_path, (
        "Plans\n"
        "Published: 10 March 2027\n"
        "ASTANA, March 10 - The bloc will hold five exercises in Kazakhstan in early June, a Kazakh security official told "
        "lawmakers on Wednesday.\n"
        "\u201cOur ranges are ready. The drills will take place on June 2-7 with troops of all members,\u201d he said.\n"
        "A series of drills of the allied forces will be conducted in 2027 in the same format.\n"
    ))
    drills = [e[1:4] for e in events if e[0] == "COOPERATE" and e[1] is not None]
    assert drills == [(dt.date(2027, 6, 2), "day", "KAZ")]


def test_round_82_a_day_carried_through_a_paragraph_keeps_its_own_sentences_place(tmp_path: Path) -> None:
    # our own words: the drills "held in Tajikistan from 4 to 9 May"; the paragraph then names Armenia as a member,
    # and its last sentence's drills (no date of their own, past the opening paragraphs) happened where the dated
    # sentence put them
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 9 May 2029\n"
        "MINSK, May 9. /TASS/. Monitors from six states came to the bloc exercise, a correspondent reports.\n"
        "Observers from Iran and Serbia are also present.\n"
        "Earlier, Belarus invited military attaches of ten states.\n"
        "Four special drills are to be conducted as part of the joint exercise held in Tajikistan from 4 to 9 May. "
        "Troops from Kazakhstan, Russia and Tajikistan take part in the events. The bloc also includes Armenia. In all, "
        "over 1,500 troops are involved in the drills.\n"
    ))
    assert not [e for e in events if e[3] == "ARM"]
    assert ("COOPERATE", dt.date(2029, 5, 4), "day", "TJK", "happened") in events


def test_round_82_a_title_with_an_infinitive_tells_a_plan(tmp_path: Path) -> None:
    # our own words: "Armenia to take part in drills in Tajikistan" over a story of drills to come is that plan, not
    # drills held on the publication day
    events = _events_of_text(tmp_path, (
        "2 April 2031, Wednesday, 10:15\n"
        "Armenia to take part in allied drills in Tajikistan\n"
        "The exercises will be held near Dushanbe from April 14 to April 18.\n"
    ))
    drills = [e for e in events if e[0] == "COOPERATE" and e[1] is not None]
    assert drills == [("COOPERATE", dt.date(2031, 4, 14), "day", "TJK", "planned")]


def test_round_83_an_adoption_to_come_and_documents_inked_after_a_hosted_summit(tmp_path: Path) -> None:
    # our own words: "will adopt a programme" this year is a planned agreement; "Following the meeting, the leaders
    # inked nine documents" is agreed at the summit "Minsk hosted on Friday", on its day and in its place
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 30 November 2030\n"
        "This year, the council of the alliance will adopt a new programme for the southern border, its secretary general said.\n"
        "Belarus’s capital Minsk on Friday hosted a summit of the alliance.\n"
        "The leaders of five members attended, and one stayed away.\n"
        "The absent member had frozen its role in the bloc in the spring.\n"
        "Following the meeting, the leaders inked nine documents, among them a joint declaration.\n"
    ))
    assert ("AGREE", dt.date(2030, 1, 1), "year", None, "planned") in events
    assert ("AGREE", dt.date(2030, 11, 29), "day", "BLR", "happened") in events


def test_round_83_a_decision_at_last_years_meeting_takes_its_year_and_place(tmp_path: Path) -> None:
    # our own words: documents adopted "during last year's council meeting in Yerevan" were adopted then and there
    events = _events_of_text(tmp_path, (
        "Interview\n"
        "Published: 4 March 2026\n"
        "ASTANA, March 4 - The bloc's secretary general gave an interview to a Kazakh daily.\n"
        "He spoke about the southern border.\n"
        "He said the members are working well together.\n"
        "He also recalled that during last year's council meeting in Yerevan, chaired by Armenia, key documents were "
        "adopted to reform the crisis response system.\n"
    ))
    assert ("AGREE", dt.date(2025, 1, 1), "year", "ARM", "happened") in events


def test_round_83_a_capability_is_no_deployment_and_a_host_conducts_its_drill(tmp_path: Path) -> None:
    # our own words: "improving rapid deployment and peacekeeping capabilities" and a force "designed to be deployed"
    # tell no deployment; "Tajikistan is conducting the drill, involving units from A, B and C" is Tajikistan's drill
    events = _events_of_text(tmp_path, (
        "Drill\n"
        "Published: 3 October 2028\n"
        "Tajikistan is conducting the \u201cSouthern Shield-2028\u201d drill, involving military units from member states "
        "including Russia, Belarus, and Kyrgyzstan from October 2 to October 9. The drill focuses on improving rapid deployment and peacekeeping capabilities. The "
        "force is designed to be deployed under a mandate of the United Nations.\n"
    ))
    assert events == [("COOPERATE", dt.date(2028, 10, 2), "day", "TJK", "happened")]


def test_round_83_an_agreement_at_a_session_held_by_video_conference_has_no_place(tmp_path: Path) -> None:
    # our own words: agreed "on Monday" under an Astana dateline, at a session the article says was held by video
    # conference: no one country (a phone call between two, by contrast, leaves the dateline's place alone)
    events = _events_of_text(tmp_path, (
        "Plan\n"
        "Published: 5 May 2031\n"
        "ASTANA, May 5 - The members of the bloc agreed on Monday to speed up a plan for the southern border.\n"
        "The talks were frank, one delegate said.\n"
        "The council held its extraordinary session on the crisis via video conference, with all six leaders taking part.\n"
    ))
    assert [e for e in events if e[0] == "AGREE"] == [("AGREE", dt.date(2031, 5, 5), "day", None, "happened")]


def test_round_84_staying_away_from_a_summit_is_a_refusal_in_the_absent_members_country(tmp_path: Path) -> None:
    # our own words: a member that "pulled out of the meeting" and "would not attend the Minsk session" refuses in
    # its own country (not where the meeting was, not as a withdrawal of troops), and the meeting it stayed away from
    # was held; "has not attended the summit" leaves the summit held too; "Let us" names no United States
    events = _events_of_text(tmp_path, (
        "Ministers meet without Bishkek\n"
        "Published: May 7, 2021\n"
        "Kyrgyzstan pulled out of the meeting of the defence ministers in Minsk in protest against a trade dispute.\n"
    ))
    assert ("REJECT", dt.date(2021, 5, 7), "day", "KGZ", "happened") in events
    assert not [e for e in events if e[0] == "RETREAT"]
    assert [e for e in events if e[0] == "CONSULT"] == [("CONSULT", dt.date(2021, 5, 7), "day", "BLR", "happened")]
    told = _events_of_text(tmp_path, (
        "Session\n"
        "Published: May 7, 2021\n"
        "The Kyrgyz premier announced on Friday that his country would not attend the Minsk session.\n"
    ))
    assert ("REJECT", dt.date(2021, 5, 7), "day", "KGZ", "happened") in told
    us = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: May 7, 2021\n"
        "Let us note that the Armenian delegation has not attended the bloc's summit today, on May 7.\n"
    ))
    assert ("REJECT", dt.date(2021, 5, 7), "day", "ARM", "happened") in us
    assert [e for e in us if e[0] == "CONSULT" and e[4] == "happened"]


def test_round_84_a_figurative_war_is_no_fighting_and_a_ban_on_imports_is_a_sanction(tmp_path: Path) -> None:
    # our own words: the so-called "cheese war" that "erupted" is the import ban it stands for
    events = _events_of_text(tmp_path, (
        "Trade row\n"
        "Published: May 9, 2021\n"
        "The so-called \"cheese war\" erupted between the two neighbours on May 1 when Minsk suddenly banned the "
        "import of Kyrgyz cheese.\n"
    ))
    assert events == [("SANCTION", dt.date(2021, 5, 1), "day", "BLR", "happened")]


def test_round_84_labels_urging_a_named_party_and_a_previous_summit(tmp_path: Path) -> None:
    # our own words: "branded the protocol as void following the meeting" is an accusation on the story's day, not
    # at the previous summit in February; "urged A and B, …, to reconsider" is a request
    events = _events_of_text(tmp_path, (
        "Protocol signed\n"
        "Published: June 14, 2020\n"
        "The ministers signed a protocol on air defence at a meeting in Moscow, the Russian minister said on Sunday.\n"
        "The leaders had talked the idea over at a previous summit, held in February in Moscow.\n"
        "Bishkek branded the protocol as \"void\" following the meeting.\n"
        "The Russian minister urged Kyrgyzstan and Armenia, which stayed away, to reconsider their position.\n"
    ))
    assert ("ACCUSE", dt.date(2020, 6, 14), "day", "KGZ", "happened") in events
    assert not [e for e in events if e[0] == "ACCUSE" and e[1] != dt.date(2020, 6, 14)]
    assert [e for e in events if e[0] == "REQUEST" and e[1] == dt.date(2020, 6, 14)]


def test_round_84_a_passive_signature_by_its_agent_and_a_place_told_later(tmp_path: Path) -> None:
    # our own words: papers "have been signed by" the Belarusian leader were signed in Belarus; an agreement told
    # first with no place and then as "signed in Moscow" is one agreement, in Moscow; a date inside the clause a cue
    # opened ("noted that back then, on <day> that package was signed") dates what that clause tells
    signed = _events_of_text(tmp_path, (
        "Papers signed\n"
        "Published: October 21, 2009\n"
        "A package of documents on the joint force has been signed by Alexander Lukashenko, an official said.\n"
        "He noted that back then, on 14 June 2009 that package was signed at the session of the council.\n"
    ))
    assert ("AGREE", dt.date(2009, 10, 21), "day", "BLR", "happened") in signed
    assert [e for e in signed if e[0] == "AGREE" and e[1] == dt.date(2009, 6, 14)]
    later = _events_of_text(tmp_path, (
        "Force created\n"
        "Published: June 14, 2009\n"
        "The leaders of the bloc have signed an agreement on a joint force in the absence of the Kyrgyz president. "
        "An agency reports it. The documents setting up the force have been signed in Moscow.\n"
    ))
    assert [e for e in later if e[0] == "AGREE"] == [("AGREE", dt.date(2009, 6, 14), "day", "RUS", "happened")]


def test_round_85_a_round_of_talks_a_commanders_arrival_and_what_is_organised(tmp_path: Path) -> None:
    # our own words: "the third round of consultations between … ended in Dushanbe on Friday" is a meeting that day,
    # and the drills its long subject names ("the plan of the upcoming Echo-2030 drills") are no event of that day
    talks = _events_of_text(tmp_path, (
        "Staff talks end\n"
        "Published: May 10, 2030\n"
        "DUSHANBE, May 10 - The third round of consultations between officers of four member states that focused on the "
        "plan of the upcoming Echo-2030 joint drills of the bloc in Tajikistan, ended in Dushanbe on Friday, the "
        "ministry said.\n"
    ))
    assert talks == [("CONSULT", dt.date(2030, 5, 10), "day", "TJK", "happened")]
    # a commander who "arrived in <country> on <day> to inspect" the troops visits that country
    visit = _events_of_text(tmp_path, (
        "Inspection\n"
        "Published: April 21, 2029\n"
        "General Ivan Sokolov, Commander of the Western Military District, arrived in Kyrgyzstan on April 20 to meet "
        "the local officers.\n"
    ))
    assert ("CONSULT", dt.date(2029, 4, 20), "day", "KGZ", "happened") in visit


def test_round_85_the_sides_agree_at_the_meeting_and_drills_across_all_regions(tmp_path: Path) -> None:
    # our own words: "The sides agreed that …" after a meeting held on 3-5 June is agreed at it; drills planned "throughout
    # all the bloc's regions in 2031" are in no one country; "to talk over the organization of the allied drills this year" names
    # no drill
    events = _events_of_text(tmp_path, (
        "Drill dates may shift\n"
        "Published: June 7, 2031\n"
        "MINSK. AGENCY - The dates of drills to be held by the bloc may shift, the staff said after a first planning meeting held to talk over the "
        "organization of the allied drills this year.\n"
        "The planning meeting was held at the bloc's centre by videoconference on 3-5 June.\n"
        "The sides agreed that the dates of the drills may move with the weather.\n"
        "Joint drills of the allied forces are expected to be held throughout all the bloc’s regions in 2031.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 3), "day", None, "happened") in events
    assert ("AGREE", dt.date(2031, 6, 3), "day", None, "happened") in events
    assert ("COOPERATE", dt.date(2031, 1, 1), "year", None, "planned") in events
    assert not [e for e in events if e[3] == "BLR"]


def test_round_86_a_weekday_with_a_future_verb_is_ahead_and_sessions_to_come(tmp_path: Path) -> None:
    # our own words: in a Sunday story, "on Monday will chair" is the next day, not six days before; several sessions "to
    # be held in Minsk on 2-3 November" are one planned meeting; "During the session … were discussed" is the session
    # held, and what it talked over (an observer mission) is no event
    events = _events_of_text(tmp_path, (
        "Assembly week\n"
        "Published: October 15, 2034\n"
        "MINSK, October 15 - The speaker of the lower house on Monday will chair a joint meeting of the bloc's assembly council.\n"
        "On the speaker's initiative, the council's next sessions will convene in Minsk on November 2-3.\n"
        "The council's autumn session opened in Astana on October 12.\n"
        "During the session the budget of the assembly and an observer mission for the spring elections in Kyrgyzstan were discussed.\n"
    ))
    # (placed nowhere since round 343: neither the sentence nor the title says where, and a meeting is not placed by the
    # story's main country)
    assert ("CONSULT", dt.date(2034, 10, 16), "day", None, "planned") in events
    assert ("CONSULT", dt.date(2034, 11, 2), "day", "BLR", "planned") in events
    assert not [e for e in events if e[0] == "INVESTIGATE"]
    assert not [e for e in events if e[1] == dt.date(2034, 10, 9)]


def test_round_86_what_may_be_or_is_considered_is_no_act_and_a_plea_hours_after_fighting(tmp_path: Path) -> None:
    # our own words: "may send monitors" said today is no dated deployment; a government "weighing the dispatch of a monitoring
    # mission" at "a Tuesday cabinet meeting" sends nothing and meets no one; accords on "ending hostilities" reached in
    # 2029 are no fighting of 2029; a plea made "hours after the outbreak of clashes on 4-5 May" is made on 4 May
    events = _events_of_text(tmp_path, (
        "Monitors for the frontier\n"
        "Published: May 20, 2031\n"
        "MOSCOW, May 20 - The foreign minister said today that the bloc may send monitors to the disputed frontier to support "
        "the accords (reached in 2029 on ending hostilities in the valley).\n"
        "Speaking at a Tuesday cabinet meeting, the prime minister said her government was weighing the dispatch of an "
        "international monitoring mission to the frontier.\n"
        "Earlier, Kyrgyzstan formally asked the bloc for military help hours after the outbreak of clashes on the frontier on "
        "May 4-5, but the members turned the plea down.\n"
    ))
    assert ("REQUEST", dt.date(2031, 5, 4), "day", "KGZ", "happened") in events
    assert not [e for e in events if e[0] in ("MOBILIZE", "INVESTIGATE")]
    assert not [e for e in events if e[0] == "FIGHT" and e[1] == dt.date(2029, 1, 1)]
    assert not [e for e in events if e[0] == "CONSULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers on Monday will hold talks.", dt.date(2022, 12, 5)),
    ("The ministers will hold talks in Minsk on Monday.", dt.date(2022, 12, 5)),
    ("La riunione si terrà lunedì a Mosca.", dt.date(2022, 12, 5)),
    ("The minister said on Monday it will hold talks.", dt.date(2022, 11, 28)),
    ("The ministers held talks on Monday.", dt.date(2022, 11, 28)),
])
def test_a_weekday_by_a_verb_of_the_future_is_the_next_one(text: str, expected: dt.date) -> None:
    # a Sunday story: the Monday it will happen is the next day; the Monday it was said or done is six days before
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, dt.date(2022, 12, 4), None, None, future=True)
    assert found.date == expected


def test_round_87_drills_named_after_a_units_title_arrivals_begun_and_a_dismissal_by_gerund(tmp_path: Path) -> None:
    # our own words: "Joint drills of the … Rapid Deployment Forces … «Frontier-2031» began at the <range> in Kyrgyzstan"
    # are drills in Kyrgyzstan (the trigger's own words are no unit's name); contingents that "have begun to arrive"
    # are deployed; "licenziando martedì il ministro dalla carica" dismisses him that day
    drills = _events_of_text(tmp_path, (
        "Allied drills\n"
        "Published: 12 May 2031\n"
        "ASTANA. AGENCY – Joint drills of the Collective Rapid Deployment Forces of the Region «Frontier-2031» began at the "
        "Edelweiss range in Kyrgyzstan, the agency cites the ministry.\n"
        "The contingents of four states have begun to arrive at the range today, the ministry said.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 5, 12), "day", "KGZ", "happened") in drills
    assert any(e[0] == "MOBILIZE" and e[1] == dt.date(2031, 5, 12) for e in drills)
    sacked = _events_of_text(tmp_path, (
        "Crisi a Bishkek\n"
        "Published: 9 May 2031\n"
        "Il presidente ha cercato di calmare la piazza licenziando martedì il ministro degli Interni dalla carica di vice premier.\n"
    ))
    assert ("APPOINT", dt.date(2031, 5, 6), "day", "KGZ", "happened") in sacked


def test_round_88_a_time_stamp_under_the_headline_opens_the_story_and_a_step_taken_on_leaders_decision(tmp_path: Path) -> None:
    # our own words: a page whose header holds a quotation over the story and a time stamp line; the story under the
    # stamp reports the day's news, so its undated session is the story's day
    stamped = _events_of_text(tmp_path, (
        "Allies and promises\n"
        "Published: 6 May 2031\n"
        "Yerevan 12 ℃\n"
        "\"We expect more from our allies than promises,\" the prime minister\n"
        "6 May, 19:40\n"
        "The bloc's leaders held their annual session in Yerevan, with Armenia in the chair.\n"
    ))
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2031, 5, 6) and e[3] == "ARM" for e in stamped)
    formed = _events_of_text(tmp_path, (
        "Allied force\n"
        "Published: 12 May 2031\n"
        "The joint brigade was formed in the south on 3 March 2019, following a decision of the leaders of Kazakhstan "
        "and Kyrgyzstan.\n"
    ))
    assert any(e[0] == "AGREE" and e[1] == dt.date(2019, 3, 3) for e in formed)


def test_round_89_a_blocs_history_a_call_on_allies_leaving_a_country_and_a_meeting_after_which(tmp_path: Path) -> None:
    # our own words: history told at a story's end is coded where it happened, not where the story is filed; a force
    # someone "called on" the allies to deploy is no deployment; troops that "will leave" a country leave it there;
    # a return of troops is a withdrawal; the meeting after which a president spoke is the story's news too
    history = _events_of_text(tmp_path, (
        "Ministers meet in Minsk\n"
        "Published: 30 November 2031\n"
        "A meeting of the bloc's foreign ministers took place in Minsk on November 30.\n"
        "The participants reviewed the preparations for the summit of the heads of state, which will be held in Minsk in December.\n"
        "The alliance was originally formed in 1994 by five states. Its founders were joined by Georgia and Moldova the following year. "
        "The pact was then extended in May 2001.\n"
    ))
    assert ("AGREE", dt.date(1994, 1, 1), "year", None, "happened") in history
    assert ("AGREE", dt.date(1995, 1, 1), "year", None, "happened") in history
    assert ("AGREE", dt.date(2001, 5, 1), "month", None, "happened") in history
    assert ("CONSULT", dt.date(2031, 12, 1), "month", "BLR", "planned") in history
    called = _events_of_text(tmp_path, (
        "Troops go home\n"
        "Published: 14 March 2031\n"
        "The defence ministry reported the return of troops from Kyrgyzstan, with the first planes landing at an airfield "
        "in Orenburg, Russia, on March 12. Russian troops will leave Kyrgyzstan by March 19, the minister said. The president "
        "had called on Russia and the other members of the bloc – a pact of six states – to deploy peacekeepers.\n"
        "The president announced the pull-out after the meeting in Bishkek with the secretary general of the bloc.\n"
    ))
    assert ("RETREAT", dt.date(2031, 3, 12), "day", "RUS", "happened") in called
    assert ("RETREAT", dt.date(2031, 3, 19), "day", "KGZ", "planned") in called
    assert not any(e[0] == "MOBILIZE" for e in called)
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2031, 3, 14) and e[3] == "KGZ" for e in called)
    parliament = _events_of_text(tmp_path, (
        "Il premier e l'alleanza\n"
        "Published: 12 June 2031\n"
        "Mercoledì, nel corso di una sessione parlamentare, il premier ha confermato che l'uscita era inevitabile.\n"
    ))
    assert not any(e[0] == "CONSULT" for e in parliament)


def test_the_following_year_counts_from_the_year_its_own_sentence_wrote() -> None:
    # our own words: "formed in 1994 …, which others joined the following year": 1995, with no year stated before
    text = "The pact was formed in 1994 by five states, which were joined by two more the following year."
    found = find_dates(event_tools().date_words, text, event_tools().parser, dt.date(2031, 5, 4), None, None)
    assert [(f.date, f.precision) for f in found] == [(dt.date(1994, 1, 1), "year"), (dt.date(1995, 1, 1), "year")]


def test_round_90_an_ongoing_drill_named_by_its_year_a_duration_and_troops_joined_by_troops(tmp_path: Path) -> None:
    # our own words: "during the ongoing drills Frontier-2031" is a drill under way on the story's day, not one of the
    # year its name carries; "airlifted … within two days" says how long, not when; troops "joined by" other troops
    # are no accession
    events = _events_of_text(tmp_path, (
        "Drills in the steppe\n"
        "Published: 12 May 2031\n"
        "ASTANA, May 12. /AGENCY/. The commander announced a new phase during the ongoing joint drills, Frontier-2031, "
        "the drills' press office said.\n"
        "Transport planes airlifted some 400 paratroopers to the range within two days. The paratroopers were joined by "
        "Kazakh and Kyrgyz units.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 5, 12), "day", "KAZ", "happened") in events
    assert not any(e[0] == "COOPERATE" and e[2] == "year" for e in events)
    assert not any(e[0] == "MOBILIZE" and e[4] == "planned" for e in events)
    assert not any(e[0] == "AGREE" for e in events)


def test_round_91_a_meeting_an_announcement_was_made_at_troops_still_to_arrive_and_planes_sent_ahead(tmp_path: Path) -> None:
    # our own words: the dates of drills a minister announced "in <city> during a meeting with" a guest are the
    # drills', and the meeting is the dateline's; paratroopers who "will arrive in" a country on a day are a deployment
    # planned for it; planes "already deployed … for participation in the drills" take no day of the drills
    events = _events_of_text(tmp_path, (
        "Drills in the mountains\n"
        "Published: 12 May 2031\n"
        "DUSHANBE, May 12. /AGENCY/. Joint drills of the allied rapid forces will be held in Tajikistan from June 3 to 9, "
        "the Tajik defence minister announced in Dushanbe during a meeting with the bloc's staff chief.\n"
        "The drills will start on June 3 near the border. Kyrgyz paratroopers will arrive in Tajikistan on June 5.\n"
        "Ten transport planes have already been deployed to the range for participation in the drills.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 12), "day", "TJK", "happened") in events
    assert ("COOPERATE", dt.date(2031, 6, 3), "day", "TJK", "planned") in events
    assert ("MOBILIZE", dt.date(2031, 6, 5), "day", "TJK", "planned") in events
    assert not any(e[0] == "MOBILIZE" and e[1] == dt.date(2031, 6, 3) for e in events)


def test_round_92_drills_that_concluded_troops_taking_part_history_and_a_habit(tmp_path: Path) -> None:
    # our own words: drills that "have concluded on Friday" end that Friday (no one "concluded" anything in words);
    # troops "are participating in the maneuvers" under a "YEREVAN.-" dateline is the story's news there; "a bloc that
    # was first formed in 1994" and a state that "became a full participant of the bloc on May 3, 2006" are history;
    # what the bloc "holds yearly" happened on no day
    ended = _events_of_text(tmp_path, (
        "Drills end in Armenia\n"
        "Published: May 12, 2031\n"
        "The rapid force's war games in the mountains of Armenia have concluded on Friday, the host ministry said.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 5, 9), "day", "ARM", "happened") in ended
    events = _events_of_text(tmp_path, (
        "Drills in Armenia\n"
        "Published: May 12, 2031\n"
        "YEREVAN.- About 1,500 servicemen of four states are participating in the maneuvers near the lake.\n"
        "The alliance is a regional bloc that was first formed in 1994 by five states. Moldova became a full participant "
        "of the alliance on May 3, 2006. The alliance holds yearly staff exercises for its members.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 5, 12), "day", "ARM", "happened") in events
    assert ("AGREE", dt.date(1994, 1, 1), "year", None, "happened") in events
    assert any(e[0] == "AGREE" and e[1] == dt.date(2006, 5, 3) for e in events)
    assert not any(e[0] == "COOPERATE" and e[1] == dt.date(2006, 5, 3) for e in events)


def test_round_92_a_summit_due_on_tuesday_a_meeting_to_hold_and_an_operation_launched(tmp_path: Path) -> None:
    # our own words, in a Monday story: "the summit's main day, due to begin on Tuesday" and "Tuesday's session …
    # envisages" are the next day, not the Tuesday before; "will hold a bilateral meeting with" is a meeting to come; the
    # day after "an operation launched" is the operation's, not the summit's
    events = _events_of_text(tmp_path, (
        "Leaders gather in Astana\n"
        "Published: May 12, 2031\n"
        "Tuesday's council session foresees a leaders' meeting in two formats.\n"
        "ASTANA, May 12. /AGENCY/. The presidents are arriving in Astana for the bloc's summit, whose main day is due to "
        "begin on Tuesday, an aide told reporters.\n"
        "After the dinner, the Russian president will hold a bilateral meeting with the Kazakh leader.\n"
        "The summit is taking place amid a counter-terrorist operation launched on May 2 against a gang.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 13), "day", "KAZ", "planned") in events
    assert not any(e[0] == "CONSULT" and e[1] in (dt.date(2031, 5, 6), dt.date(2031, 5, 2)) for e in events)


def test_round_92_italian_refusals_a_month_before_a_request_in_a_when_clause_and_drills_called_off(tmp_path: Path) -> None:
    # our own words, in a story known only to its month: "il mese scorso" is the month before; "ha detto che non avrebbe
    # firmato il piano delle esercitazioni in <country>" is a refusal where its speaker is; "non più disposto a ospitare"
    # refuses; the time of a fronted "Quando a gennaio …," is the main clause's ("chiedendo aiuti"); drills "che
    # avrebbero dovuto svolgersi" did not take place
    events = _events_of_text(tmp_path, (
        "Un anno difficile per l'alleanza\n"
        "Published: October 2031\n"
        "Il mese scorso, la Moldavia ha detto che non avrebbe firmato il piano delle esercitazioni comuni in Kazakistan.\n"
        "Il 9 ottobre il Kirghizistan si è detto non più disposto a ospitare le manovre, chiamate “Scudo” 2031, che "
        "avrebbero dovuto svolgersi fino al 14 ottobre.\n"
        "Quando a gennaio l'Armenia è stata scossa dai disordini, il governo ha reagito chiedendo aiuti militari.\n"
    ))
    assert ("REJECT", dt.date(2031, 9, 1), "month", "MDA", "happened") in events
    assert ("REJECT", dt.date(2031, 10, 9), "day", "KGZ", "happened") in events
    assert ("REQUEST", dt.date(2031, 1, 1), "month", "ARM", "happened") in events
    assert not any(e[0] == "COOPERATE" and e[4] == "happened" for e in events)


def test_round_93_a_legal_notice_a_council_addressed_drills_it_cannot_hold_and_a_veto(tmp_path: Path) -> None:
    # our own words: "(recognised as extremist and outlawed in Russia)" is a notice, no event; "speaking
    # at a session of the bloc's assembly in <city>" is a meeting; drills the bloc "is unable to hold this year" did
    # not happen; "vetoed the declaration" is a refusal
    events = _events_of_text(tmp_path, (
        "The secretary general on the south\n"
        "Published: May 15, 2031\n"
        "MOSCOW, May 15. /AGENCY/. The movement (recognised as extremist and outlawed in Russia) poses no "
        "direct threat, the secretary general said on Thursday, speaking at a session of the bloc's assembly in Dushanbe.\n"
        "The bloc is unable to hold larger drills this year because of the epidemic.\n"
        "At the summit on May 14, Armenia vetoed the final declaration.\n"
    ))
    assert not any(e[0] == "SUPPORT" for e in events)
    assert ("CONSULT", dt.date(2031, 5, 15), "day", "TJK", "happened") in events
    assert not any(e[0] == "COOPERATE" and e[4] == "happened" for e in events)
    assert any(e[0] == "REJECT" and e[1] == dt.date(2031, 5, 14) for e in events)


def test_round_94_decisions_to_stay_away_a_purpose_and_a_story_month_after_the_days(tmp_path: Path) -> None:
    # our own words: "decided not to attend the summit" and "ha deciso di non partecipare" are refusals; a place in
    # the purpose an operation serves ("in order to stop drugs grown in <country>") is not where it was held; in a
    # story known only to its month, a headline's operation is the one the body dates from the last days of the
    # month before
    events = _events_of_text(tmp_path, (
        "Moldova stays away\n"
        "Published: 12 May 2031\n"
        "CHISINAU, May 12. /AGENCY/. Moldova decided not to attend the bloc's summit in Minsk.\n"
    ))
    assert any(e[0] == "REJECT" and e[3] == "MDA" for e in events)
    italian = _events_of_text(tmp_path, (
        "La Moldavia resta a casa\n"
        "Published: 12 May 2031\n"
        "CHISINAU, 12 maggio. La Moldavia ha deciso di non partecipare alla riunione dei ministri del blocco.\n"
    ))
    assert any(e[0] == "REJECT" and e[3] == "MDA" for e in italian)
    assert not any(e[0] == "AGREE" for e in italian)
    operation = _events_of_text(tmp_path, (
        "The bloc's police seized four tons of drugs in an operation\n"
        "Published: June 2031\n"
        "In order to stop the transit of drugs grown in the territory of Afghanistan, the police of the member states "
        "held a joint anti-drug operation from May 28 to June 3, 2031.\n"
    ))
    assert not any(e[3] == "AFG" for e in operation)
    assert not any(e[0] == "COOPERATE" and e[2] == "month" for e in operation)


def test_in_so_many_days_of_fighting_is_a_duration_not_a_date() -> None:
    # our own words: "in 30 days of fighting" says how long, not "30 days after the story"
    text = "In the spring of 2031, in 30 days of fighting, the army took back two towns."
    found = find_dates(event_tools().date_words, text, event_tools().parser, dt.date(2031, 12, 1), None, None)
    assert [(f.date, f.precision) for f in found] == [(dt.date(2031, 1, 1), "year")]


def test_round_95_a_proposal_a_past_the_paragraph_set_and_what_came_afterwards(tmp_path: Path) -> None:
    # our own words, in a story known only to its month: what members "proposed … at a summit in <city> last
    # November" is a proposal, and the summit is the summit's month; "the premier declined the plan", told after it
    # in the same paragraph, goes on in that past, not in the story's month; "afterwards accused" follows the past
    events = _events_of_text(tmp_path, (
        "The offer of monitors\n"
        "Published: April 2032\n"
        "Moldova asked the bloc for help during the March 2031 floods. Its leaders afterwards accused the bloc of silence.\n"
        "The other members proposed a deployment of monitors at a summit in Minsk last November. The Moldovan premier "
        "declined the plan, saying that they refused to blame anyone.\n"
    ))
    assert ("CONSULT", dt.date(2031, 11, 1), "month", "BLR", "happened") in events
    assert not any(e[0] == "MOBILIZE" for e in events)
    assert not any(e[0] in ("REJECT", "ACCUSE") and e[1] == dt.date(2032, 4, 1) for e in events)


def test_round_96_a_fronted_date_a_participle_of_the_object_and_a_meeting_that_opens_the_sentence(tmp_path: Path) -> None:
    # our own words: "Earlier this year, X cancelled a drill … and refused to …" dates the refusal too (which the
    # cancelling does not negate); "condemned the mission launched in late May" is not dated by the launch; "Meeting
    # in <city>, the two men discussed … since last month's clashes": the meeting is the story's news, the clashes
    # are last month's and not in the city of the meeting
    events = _events_of_text(tmp_path, (
        "Moldova and the bloc\n"
        "CHISINAU, September 14, 2031 - Moldova asked the bloc for observers on Monday.\n"
        "Earlier this year, Chisinau also cancelled a joint drill planned in Moldova and refused to appoint a deputy envoy.\n"
        "Minsk condemned the observer mission launched in late May, saying it served foreign interests.\n"
        "Meeting in the Belarusian capital Minsk, the two men discussed the talks held since last month's border clashes.\n"
    ))
    assert ("REJECT", dt.date(2031, 1, 1), "year", "MDA", "happened") in events
    assert not any(e[0] == "ACCUSE" and e[1] == dt.date(2031, 5, 1) for e in events)
    assert ("CONSULT", dt.date(2031, 9, 14), "day", "BLR", "happened") in events
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2031, 8, 1) for e in events)
    assert [e.place_text for e in events_of(tmp_path / "article.txt") if e.event_type == "FIGHT"] == [None]


def test_round_97_a_call_for_named_help_blame_a_return_home_and_a_visit_where_a_summit_will_be(tmp_path: Path) -> None:
    # our own words: "called for CSTO assistance" is a request and "blamed … on" an accusation; "On Wednesday, X said
    # that the withdrawal would begin on <day>" dates the withdrawal by its own day (the heading day is the
    # statement's); troops that "will return to <country> on <day>" retreat; a standfirst's bullets are no lead, so the
    # story's first paragraph is its news; "è in visita in X, dove parteciperà al vertice" is a visit now
    events = _events_of_text(tmp_path, (
        "Allied troops start leaving Moldova\n"
        "Published: 2031-05-15\n"
        "- Chisinau was quiet on Thursday as the curfew ended\n"
        "The troops of the bloc began leaving Moldova, weeks after the riots.\n"
        "On May 4, President Ion Rusu dismissed the cabinet and called for CSTO assistance. The same day he blamed the riots on foreign agents.\n"
        "On Wednesday, Rusu said that the withdrawal of the contingent would begin on May 16.\n"
        "The Belarusian military serving in the mission will return to Belarus on May 18, the ministry said.\n"
    ))
    assert any(e[0] == "REQUEST" and e[1] == dt.date(2031, 5, 4) for e in events)
    assert any(e[0] == "ACCUSE" and e[1] == dt.date(2031, 5, 4) for e in events)
    assert any(e[0] == "RETREAT" and e[1] == dt.date(2031, 5, 16) for e in events)
    assert not any(e[0] == "RETREAT" and e[1] == dt.date(2031, 5, 14) for e in events)
    assert any(e[0] == "RETREAT" and e[1] == dt.date(2031, 5, 18) for e in events)
    assert any(e[0] == "RETREAT" and e[1] == dt.date(2031, 5, 15) for e in events)
    visit = _events_of_text(tmp_path, (
        "Tokayev a Minsk\n"
        "Pubblicato: 2031-11-27\n"
        "Il leader kazako Tokayev è da oggi in visita in Bielorussia, dove parteciperà domani al vertice dell'alleanza.\n"
    ))
    assert ("CONSULT", dt.date(2031, 11, 27), "day", "BLR", "happened") in visit


def test_round_98_a_call_up_of_reservists_and_a_place_in_a_clause_with_its_own_subject(tmp_path: Path) -> None:
    # our own words: "instructed the army to mobilize 5,000 reservists" is a call-up (MOBILIZE); a decision whose
    # sentence goes on "and Moldovan President X phoned his counterparts in A, B and C" is one decision, not one in
    # each of the countries the second clause names
    events = _events_of_text(tmp_path, (
        "Moldova calls up reservists\n"
        "Published: 2031-03-20\n"
        "On March 3, the Moldovan president instructed the army to mobilize 5,000 reservists for the border.\n"
        "On March 4, Moldova's security council decided to close the border and Moldovan President Ion Rusu phoned his "
        "counterparts in Romania, Ukraine and Belarus to discuss the crisis.\n"
    ))
    assert any(e[0] == "MOBILIZE" and e[1] == dt.date(2031, 3, 3) for e in events)
    assert len([e for e in events if e[0] == "AGREE" and e[1] == dt.date(2031, 3, 4)]) == 1


def _all_events_of_text(tmp_path: Path, text: str) -> list[tuple[str, dt.date | None, str | None, str | None]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return [(e.event_type, e.event_date, e.country, e.geo_precision) for e in events_of(path)]


def test_round_99_a_call_told_twice_its_outcome_and_the_talks_told_again(tmp_path: Path) -> None:
    # our own words: a wire's lead "X discussed … with his counterpart Y" and then "In the telephone conversation, …":
    # one call, held nowhere (not in the dateline's city); "X and Y agreed to …" after it is agreed on that call, that
    # day; and "The ministers discussed …" right after "Minister A held talks with B on <day>" is those talks again
    events = _all_events_of_text(tmp_path, (
        "Kyrgyz and Tajik presidents discuss the border\n"
        "Published: 2023-03-06\n"
        "BISHKEK, March 6. /Kabar/. Sadyr Japarov, the Kyrgyz head of state, has discussed water sharing with "
        "Emomali Rahmon, his office said on Monday.\n"
        "In the telephone conversation, Japarov spoke of the need for calm on the border.\n"
        "Japarov and Rahmon agreed to keep in touch at all levels.\n"
        "Earlier, Defence Minister Aziz Beg held talks with his Kazakh counterpart Marat Ospan on February 10. The "
        "ministers discussed the border.\n"
    ))
    assert [e for e in events if e[0] == "CONSULT"] == [("CONSULT", dt.date(2023, 3, 6), None, "virtual"),
                                                         ("CONSULT", dt.date(2023, 2, 10), None, "unknown")]
    assert ("AGREE", dt.date(2023, 3, 6), None, "virtual") in events


def test_round_99_whose_act_a_possessive_envoy_a_notice_and_a_topic_leave(tmp_path: Path) -> None:
    # our own words: "Moldova's envoy to the bloc asked for help" is Moldova's request, even after an apposition of
    # other names; "(banned in Russia)" is a legal notice, not a place; a border the speaker described and an
    # "escalation in X" are topics, not where a meeting or a call was; a meeting "in early May" is not the talks of
    # 24 May, nor is a visit on 7 May that meeting
    events = _events_of_text(tmp_path, (
        "The bloc and the border\n"
        "Published: 2031-05-30\n"
        "Also, Defence Minister Aziz Beg held talks with his Romanian counterpart in Bucharest on May 24.\n"
        "In early May, at a session of the CSTO Council, Ion Lupu, Moldova's envoy there, briefed the members on "
        "the situation along the Moldovan-Ukrainian frontier and asked for help.\n"
        "On May 7-9, a group of the bloc's officers visited Moldova.\n"
        "On May 12, the CSTO assembly passed a text that deplored the escalation in Ukraine and called on the "
        "country's parties to stop the fighting.\n"
        "On May 3, fighters of the Green Army movement (banned in Russia) attacked a border post, the Moldovan ministry said.\n"
    ))
    assert ("REQUEST", dt.date(2031, 5, 1), "month", "MDA", "happened") in events
    assert ("CONSULT", dt.date(2031, 5, 1), "month", None, "happened") in events
    assert ("CONSULT", dt.date(2031, 5, 7), "day", "MDA", "happened") in events
    assert ("REQUEST", dt.date(2031, 5, 12), "day", None, "happened") in events
    assert not any(e[3] == "RUS" for e in events)


def test_round_99_triggers_a_phone_outreach_a_quoted_request_a_titled_resolution_not_a_designation(tmp_path: Path) -> None:
    # our own words: "reached out to his counterparts … to discuss … over the phone" is a call on the fronted day, and
    # the decision before it is that of the country whose security council took it;
    # "requested “…”" is a request; a resolution named by its quoted title "adopted by the CSTO on <day>" is an
    # agreement; a court that "recognized the movement as a terrorist organization" does not support it; "A blow
    # to X: Y refused to go" is Y's refusal
    events = _events_of_text(tmp_path, (
        "Moldova asks the bloc\n"
        "Published: 2031-07-10\n"
        "On July 5, Moldova's security council decided to close the border and Moldovan President Ion Rusu reached "
        "out to his counterparts in Romania, Ukraine, and Belarus to discuss the crisis over the phone.\n"
        "On July 7, Moldova's envoy to the bloc requested “firm support from the allies.”\n"
        "He wants the Resolution “On help to Moldova” adopted by the Council on May 12, 2014, applied in full.\n"
        "On February 14, 2003, a Russian court recognized the Green Army movement as a terrorist organization.\n"
    ))
    assert ("CONSULT", dt.date(2031, 7, 5), "day", None, "happened") in events
    assert ("AGREE", dt.date(2031, 7, 5), "day", "MDA", "happened") in events
    assert ("REQUEST", dt.date(2031, 7, 7), "day", "MDA", "happened") in events
    assert ("AGREE", dt.date(2014, 5, 12), "day", None, "happened") in events
    assert not any(e[0] == "SUPPORT" for e in events)
    refusal = _events_of_text(tmp_path, (
        "Il vertice di Minsk\n"
        "Published: 2031-11\n"
        "Uno sgarbo a Lukashenko: Pashinyan si è rifiutato di volare a Minsk.\n"
    ))
    assert [e[3] for e in refusal if e[0] == "REJECT"] == ["ARM"]


def test_round_100_an_emergency_lifted_a_relative_clause_s_refusal_and_plans_dated_after(tmp_path: Path) -> None:
    # our own words: "the curfew was lifted as of Tuesday" eases (RETREAT), and is not the withdrawal the story
    # reports; a council's "video conferencing is scheduled for Friday" is a meeting still to come; "X will host the
    # games instead of Moldova, which in February declined to be the host" is Moldova's refusal; "intend to hold drills in
    # A, B and C. They are scheduled for this autumn." dates the drills; "refused to condemn Ukraine's actions in the
    # Donbas region" is not placed where the actions were
    events = _events_of_text(tmp_path, (
        "Troops leave Moldova\n"
        "Published: 2031-03-07\n"
        "The withdrawal of allied troops from Moldova has started, officials said on Friday.\n"
        "The regional office announced that as of Tuesday, the curfew was lifted in two northern districts of Moldova.\n"
        "Meanwhile, the bloc's Council of Defence Ministers, whose video conferencing will take place on Friday, "
        "will approve the plan.\n"
        "Romania will host the bloc's games this year instead of Moldova, which in February declined to be the host.\n"
        "The allies intend to hold drills in Romania, Bulgaria and Hungary. They are scheduled for this autumn.\n"
        "Last year, several allies refused to condemn Ukraine's actions in the Donbas region.\n"
    ))
    assert ("RETREAT", dt.date(2031, 3, 7), "day", "MDA", "happened") in events
    assert ("RETREAT", dt.date(2031, 3, 4), "day", "MDA", "happened") in events
    assert not any(e[0] == "COERCE" for e in events)
    assert ("CONSULT", dt.date(2031, 3, 7), "day", None, "planned") in events
    assert ("REJECT", dt.date(2031, 2, 1), "month", "MDA", "happened") in events
    assert {e[3] for e in events if e[0] == "COOPERATE" and e[1] == dt.date(2031, 1, 1) and e[4] == "planned"} >= {"ROU", "BGR", "HUN"}
    assert not any(e[0] == "REJECT" and e[3] == "UKR" for e in events)


def test_round_101_a_shift_after_comes_a_meeting_without_a_member_and_talks_beside_a_session(tmp_path: Path) -> None:
    # our own words: "The pull-out comes two weeks after the troops were deployed" dates the deployment to its week and
    # not the pull-out; "The summit was held in Minsk on May 5 without the participation of <leader>" is that leader's
    # staying away, not placed in Minsk; a warrant issued is COERCE; "endorsed political statements" adopts them;
    # "Following deliberations, the ministers approved …" is that session's; talks "on the sidelines of the Council"
    # are a meeting of their own that day; "talks took place between the Belarusian defence minister and …" are placed
    # by the minister; a forum "traditionally convened in the spring of each year" is no event; "non-member X shelled
    # its territory" is not negated
    events = _events_of_text(tmp_path, (
        "The bloc and its members\n"
        "Published: 2031-05-20\n"
        "The pull-out comes two weeks after the troops were deployed to the region.\n"
        "The bloc's summit took place in Minsk on May 5 without the participation of Nikol Pashinyan, Armenia's premier.\n"
        "A court in The Hague issued an arrest warrant for the general in March 2030.\n"
        "On May 12, the Council of Foreign Ministers convened in Astana.\n"
        "Following deliberations, the ministers approved a draft programme for the border.\n"
        "The Council also endorsed political statements on the Middle East.\n"
        "On the sidelines of the Council, the Kazakh minister held bilateral discussions with his Kyrgyz counterpart.\n"
        "On May 15, talks took place between the head of the Belarusian Defence Ministry and the bloc's chief.\n"
        "Its forum, which is traditionally convened in the spring of each year, will meet in Bishkek.\n"
        "In mid-April, Armenia said non-member Azerbaijan shelled its territory.\n"
    ))
    assert any(e[0] == "MOBILIZE" and e[1] == dt.date(2031, 5, 5) and e[2] == "week" for e in events)  # the Monday of 6 May's week
    assert not any(e[0] == "RETREAT" and e[1] is not None and e[1] < dt.date(2031, 5, 20) for e in events)
    assert ("REJECT", dt.date(2031, 5, 5), "day", "ARM", "happened") in events
    assert any(e[0] == "COERCE" and e[1] == dt.date(2030, 3, 1) for e in events)
    assert not any(e[0] == "SUPPORT" for e in events)
    assert ("AGREE", dt.date(2031, 5, 12), "day", "KAZ", "happened") in events
    assert len([e for e in events if e[0] == "CONSULT" and e[1] == dt.date(2031, 5, 12)]) == 2
    assert ("CONSULT", dt.date(2031, 5, 15), "day", "BLR", "happened") in events
    assert not any(e[0] == "CONSULT" and e[3] == "KGZ" for e in events)
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2031, 4, 1) and e[4] == "happened" for e in events)


def test_round_102_a_purpose_ends_at_a_verb_a_participle_s_date_a_week_narrowed_and_new_triggers(tmp_path: Path) -> None:
    # our own words: "Troops sent to help quell the riots will begin leaving Moldova in two days" is a withdrawal in
    # two days (the purpose ends at "will"; "troops sent to" names the troops); a date inside an aside a participle
    # opens (", sent by the bloc, its ally, at his own request last week,") is the participle's; "this week … would begin on
    # Thursday" is that Thursday; a parliament's approval, Article 4 invoked, support denied, a war that escalated, a
    # missile strike on a hospital; "live from Minsk, where …" places the event in Minsk; "will also meet with …" is a
    # meeting to come; "X's invasion of Moldova" happens in Moldova
    events = _events_of_text(tmp_path, (
        "Troops leave Moldova\n"
        "Published: 2031-03-11\n"
        "Troops sent to help quell the riots will begin leaving Moldova in two days.\n"
        "President Ion Rusu said the units, sent by the bloc, its ally, at his own request last week, will go home "
        "soon.\n"
        "Allied troops will begin pulling out of Moldova this week. Rusu added that the pull-out would begin on Thursday.\n"
        "Moldova's parliament has approved a draft law on a border guard.\n"
        "In 2030, Chisinau invoked Article 4 of the treaty, but Moscow denied military support to Chisinau in 2030.\n"
        "In 2029, the dispute escalated into all-out war.\n"
        "On March 10, a missile strike on a hospital in Balti killed ten people.\n"
        "Our reporter is live from Minsk, where the Belarusian minister gives a briefing after a meeting of the Council "
        "on March 11.\n"
        "The ministers will also meet with the president on March 12.\n"
        "Romania's invasion of Moldova in 2028 lasted a week.\n"
    ))
    assert ("RETREAT", dt.date(2031, 3, 13), "day", "MDA", "planned") in events
    assert not any(e[0] == "MOBILIZE" and e[1] == dt.date(2031, 3, 13) for e in events)
    assert not any(e[0] == "RETREAT" and e[2] == "week" for e in events)
    assert ("AGREE", "MDA") in [(e[0], e[2]) for e in _all_events_of_text(tmp_path, (tmp_path / "article.txt").read_text(encoding="utf-8"))]
    assert not any(e[0] == "PROTEST" for e in events)
    assert any(e[0] == "REQUEST" and e[1] == dt.date(2030, 1, 1) for e in events)
    assert any(e[0] == "REJECT" and e[1] == dt.date(2030, 1, 1) for e in events)
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2029, 1, 1) for e in events)
    assert any(e[0] == "ASSAULT" and e[1] == dt.date(2031, 3, 10) for e in events)
    assert ("CONSULT", dt.date(2031, 3, 11), "day", "BLR", "happened") in events
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2031, 3, 12) and e[4] == "planned" for e in events)
    assert any(e[0] == "FIGHT" and e[1] == dt.date(2028, 1, 1) and e[3] == "MDA" for e in events)


def test_round_103_a_site_column_s_items_under_their_own_date_lines(tmp_path: Path) -> None:
    # our own words: a page of the bloc's site whose article sits under a column of items, each headed by its own date
    # line: an item's undated meeting is that day's, "this year" is the heading's year, and one item's meeting is no
    # telling of another's; an item "newer" than the page, told as done with its full day, happened; a parliament's
    # plenary sitting is no meeting
    events = _events_of_text(tmp_path, (
        "News of the organization\n"
        "Published: 2031-10-28\n"
        "15.03.2032\n"
        "A meeting of the staff chiefs was held in Minsk.\n"
        "09.03.2032\n"
        "From March 2 to 5 this year, a seminar-meeting on mine clearance took place near Moscow.\n"
        "On May 16, 2032, our Secretariat hosted a seminar for journalists.\n"
        "The Kazakh president addressed a plenary sitting of the Mazhilis on October 27.\n"
    ))
    consult = [(e[1], e[3], e[4]) for e in events if e[0] == "CONSULT"]
    assert (dt.date(2032, 3, 15), "BLR", "happened") in consult
    assert (dt.date(2032, 3, 2), "RUS", "happened") in consult
    assert any(d == dt.date(2032, 5, 16) and s == "happened" for d, _, s in consult)
    assert not any(d == dt.date(2031, 10, 27) for d, _, _ in consult)


def test_round_104_a_government_that_speaks_for_itself_and_a_country_named_as_a_nation(tmp_path: Path) -> None:
    # our own words: "official Bishkek announced that it is calling off the drill" is Kyrgyzstan's act, and so is
    # "The Central Asian nation of Kyrgyzstan called off the games" (the country after "nation of" is the subject)
    announced = _events_of_text(tmp_path, (
        "Games called off\n"
        "Published: 2031-10-09\n"
        "On October 8, official Bishkek announced that it is cancelling the joint drills of the bloc.\n"
    ))
    assert [(e[1], e[3]) for e in announced if e[0] == "SANCTION"] == [(dt.date(2031, 10, 8), "KGZ")]
    nation = _events_of_text(tmp_path, (
        "Games called off\n"
        "Published: 2031-10-09\n"
        "The Central Asian nation of Kyrgyzstan cancelled the staff exercises of the allies.\n"
    ))
    assert [e[3] for e in nation if e[0] == "SANCTION"] == ["KGZ"]


def test_round_105_a_host_city_a_reception_before_the_session_an_arriving_delegation_and_founding_lines(tmp_path: Path) -> None:
    # our own words: a city "is playing host to" a meeting on the story's day; a reception "Before the session" is a
    # meeting of its own on the session's day; a delegation named at length that "arrived … yesterday"; "The Assembly
    # (PA) was established in <month> <year>" is its founding; "possible sanctions" and the topics talks "exchanged
    # views on" are no events of the day
    events = _events_of_text(tmp_path, (
        "Deputies meet\n"
        "Published: 2031-04-11\n"
        "Deputies of the member states took part in a session of the assembly that took place in Astana on April 11.\n"
        "Before the session, its participants were received by the Kazakh president.\n"
        "A delegation of the parliament of Mongolia headed by its speaker, Chairman of the Great Khural of the country, arrived in Astana yesterday to attend the session as guests.\n"
        "Meanwhile, Minsk is playing host to a session of the migration council.\n"
        "Amid possible sanctions on the region, the deputies exchanged views on border security and more joint drills.\n"
        "The Inter-State Assembly (ISA) was established in March 2008.\n"
    ))
    consult = [(e[1], e[3]) for e in events if e[0] == "CONSULT"]
    assert consult.count((dt.date(2031, 4, 11), "KAZ")) == 2  # the session and the reception
    assert (dt.date(2031, 4, 10), "KAZ") in consult  # the delegation's arrival
    assert (dt.date(2031, 4, 11), "BLR") in consult
    agree = [(e[1], e[2]) for e in events if e[0] == "AGREE"]
    assert (dt.date(2008, 3, 1), "month") in agree
    assert not [e for e in events if e[0] in ("SANCTION", "COOPERATE") and e[1] is not None]


def test_round_106_a_host_in_apposition_a_visitor_who_arrived_and_a_muster(tmp_path: Path) -> None:
    # our own words: "X, Armenia’s foreign minister and chair of the council, received Y" is one host (a title after a
    # name is no second member of a list), so the meeting is in Armenia; a guest "who arrived in Armenia to discuss the
    # summit to be held in Minsk" is visiting Armenia; "a muster … took place" is a meeting
    hosted = _events_of_text(tmp_path, (
        "Talks\n"
        "Published: 2031-03-06\n"
        "On March 5, Ararat Mirzoyan, Armenia's Minister of Foreign Affairs and Chairperson of the council of ministers received Secretary General Stanislav Zas.\n"
    ))
    assert [(e[1], e[3]) for e in hosted if e[0] == "CONSULT"] == [(dt.date(2031, 3, 5), "ARM")]
    events = _events_of_text(tmp_path, (
        "Guests\n"
        "Published: 2031-03-06\n"
        "On March 6, the defence minister met a deputy secretary general who arrived in Armenia to discuss the summit to be held in Minsk in the autumn.\n"
        "A muster of the officers on duty at the crisis centres took place on March 4.\n"
    ))
    consult = [(e[1], e[3]) for e in events if e[0] == "CONSULT"]
    assert (dt.date(2031, 3, 6), "ARM") in consult
    assert any(d == dt.date(2031, 3, 4) for d, _ in consult)


def test_round_107_staff_talks_a_workshop_a_departure_home_and_a_first_plane(tmp_path: Path) -> None:
    # our own words: "held its opening staff talks about the conduct of joint trainings" is the talks (the trainings
    # are their topic, dated by their own year); "held a … workshop … to improve the skills of officers in deploying
    # forces" is the workshop, no deployment; "MOSCOW (Novosti):" files the story in Moscow; units that "departed from
    # <place> to their permanent stationing locations" leave on the story's day, apart from the withdrawal "started"
    # days before (a withdrawal unfolds over days); "two hours ago the first plane landed at <City>" is the day's
    # deployment
    talks = _events_of_text(tmp_path, (
        "Staff talks\n"
        "Published: 2031-04-28\n"
        "From April 26 to 28, the Joint Staff held its opening staff talks about the conduct of joint trainings planned to be held in 2031.\n"
    ))
    assert ("CONSULT", dt.date(2031, 4, 26), "day") in [e[:3] for e in talks]
    assert not any(e[0] == "COOPERATE" and e[2] == "day" for e in talks)
    workshop = _events_of_text(tmp_path, (
        "Games\n"
        "Published: 2031-03-02\n"
        "MOSCOW (Novosti): The bloc held a command games workshop in its building to improve the skills of officers in forming and deploying forces.\n"
    ))
    assert [e[0] for e in workshop] == ["CONSULT"] and workshop[0][3] == "RUS"
    leaving = _events_of_text(tmp_path, (
        "Going home\n"
        "Published: 2031-01-14\n"
        "Peacekeeping units of the bloc departed from Bishkek airport to their permanent stationing locations, Novosti reports.\n"
        "The gradual withdrawal of the peacekeepers started on January 12.\n"
    ))
    assert sorted(e[1] for e in leaving if e[0] == "RETREAT") == [dt.date(2031, 1, 12), dt.date(2031, 1, 14)]
    arriving = _events_of_text(tmp_path, (
        "Peacekeepers\n"
        "Published: 2031-01-06\n"
        "The peacekeeping contingent has begun its work. Two hours ago the first plane landed at Almaty.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 1, 6), "day", "KAZ") in [e[:4] for e in arriving]


def test_round_108_a_page_header_a_past_summit_a_note_from_a_state_a_reception_and_history(tmp_path: Path) -> None:
    # our own words: under a page's header lines ("Flag Monday, 2 May 2033", "All news") the dateline "MOSCOW, 1
    # June (Agency) -" is the story's and the page's own date line is none; "discussed the tasks set at the summit in
    # <city> in October 2030" dates the summit, not the talk; a suspension in "a letter from <State> declaring the
    # suspension" is that state's; a president "due to receive participants of the session" holds a second meeting
    # that day; "left the grouping in <year>, but returned in <year>"; "threatening to the safety" is no threat
    paged = _events_of_text(tmp_path, (
        "Projects\n"
        "Flag Monday, 2 May 2033\n"
        "All news\n"
        "Politics\n"
        "1 June 2031, 10:12\n"
        "Cyber police chiefs of the allies meet\n"
        "MOSCOW, 1 June (Agency) - A meeting of the heads of the cyber police units of the allies was held at the bloc's Secretariat in Moscow on 31 May, a spokesman said.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 31), "day", "RUS") in [e[:4] for e in paged]
    summit = _events_of_text(tmp_path, (
        "Secretaries\n"
        "Published: 2031-06-15\n"
        "The secretaries discussed ways of meeting the tasks the leaders set at the summit in Yerevan in October 2030.\n"
        "Some sites potentially threatening to the safety of the allies were closed in 2030.\n"
    ))
    assert ("CONSULT", dt.date(2030, 10, 1), "month", "ARM") in [e[:4] for e in summit]
    assert not any(e[0] == "THREATEN" for e in summit)
    note = _events_of_text(tmp_path, (
        "A note\n"
        "Published: 2031-06-29\n"
        "The bloc's spokesman Vladimir Zainetdinov said on Thursday that the secretariat got a letter from Kyrgyzstan declaring the suspension of its membership.\n"
        "Kyrgyzstan left the grouping once in 2001, but returned in 2004.\n"
    ))
    assert ("SANCTION", dt.date(2031, 6, 26), "day", "KGZ") in [e[:4] for e in note]
    assert not any(e[0] == "SANCTION" and e[3] == "RUS" for e in note)
    assert not any(e[0] == "CONSULT" for e in note)
    assert ("SANCTION", dt.date(2001, 1, 1), "year", "KGZ") in [e[:4] for e in note]
    assert ("AGREE", dt.date(2004, 1, 1), "year", "KGZ") in [e[:4] for e in note]
    reception = _events_of_text(tmp_path, (
        "Ministers\n"
        "Published: 2031-05-28\n"
        "BISHKEK, May 28. /Agency/. Defence ministers of the allies adopted a plan at a meeting in Bishkek, the ministry said.\n"
        "President Sadyr Japarov is due to receive participants of the session on Wednesday evening.\n"
    ))
    consults = sorted(e[4] for e in reception if e[0] == "CONSULT")
    assert consults == ["happened", "planned"]


def test_round_110_a_wrapped_wire_a_first_meeting_in_a_year_a_tenure_and_border_shelling(tmp_path: Path) -> None:
    # our own words: a wire hard-wrapped at one width whose first line holds "(<Agency>) CITY, Country, <Month> <day>."
    # and the lead's first words: the lead is one sentence, dated by that dateline ("the first meeting … in 2031
    # took place" is not dated by the year it is first in); "given the chairmanship of the bloc from 1 March of this
    # year" is when a tenure starts, not when the election was; "shelling on the X-Y border" is fighting, not an assault
    wire = _events_of_text(tmp_path, (
        "Published: 2031-03-12\n"
        "(MENAFN- Regional Wire Agency) MINSK, Belarus, March 12. The first\n"
        "meeting of the bloc's standing council in 2031 has been held in the\n"
        "Belarusian capital with its new chair present, the wire says, citing\n"
        "the host's foreign ministry and its press office on the same day.\n"
        "Given Belarus's chairmanship of the bloc from March 1st of this\n"
        "year, the Belarusian envoy to the bloc was elected chairman of\n"
        "the standing council, as the rotation rule of the bloc requires.\n"
    ))
    assert ("CONSULT", dt.date(2031, 3, 12), "day", "BLR") in [e[:4] for e in wire]
    assert ("APPOINT", dt.date(2031, 3, 12), "day", "BLR") in [e[:4] for e in wire]
    assert not any(e[1] == dt.date(2031, 3, 1) for e in wire)
    border = _events_of_text(tmp_path, (
        "The border\n"
        "Published: 2031-09-14\n"
        "Overnight, shelling on the Kyrgyz-Tajik border started again, officials in both capitals said.\n"
    ))
    assert [e[0] for e in border] == ["FIGHT"]


def test_round_111_a_call_about_a_summit_to_come_and_a_meeting_that_ended_in_signing(tmp_path: Path) -> None:
    # our own words: two leaders who "hanno discusso in una telefonata" the summit "che si terrà il 25 novembre a
    # Minsk": the call happened (on the story's day), the summit is planned for its own day and place; "The Council's
    # session in <city> … resulted in the signing of documents" after the meeting was dated is that meeting's
    # agreement, on its day
    call = _events_of_text(tmp_path, (
        "Telefonata\n"
        "Published: 2031-11-01\n"
        "Il presidente kazako e il leader bielorusso hanno discusso in una telefonata i preparativi per il "
        "vertice dell'alleanza militare guidata da Mosca, che si terrà il 25 novembre a Minsk.\n"
    ))
    assert ("CONSULT", dt.date(2031, 11, 25), "day", "BLR", "planned") in call
    assert ("CONSULT", dt.date(2031, 11, 1), "day") in [e[:3] for e in call if e[4] == "happened"]
    signed = _events_of_text(tmp_path, (
        "Ministers in Dushanbe\n"
        "Published: 2031-04-03\n"
        "The foreign ministers of the bloc met in Dushanbe on April 2 to talk about the southern borders.\n"
        "\"We agreed to watch the border more closely,\" one of them told reporters.\n"
        "The Council's session in the Tajik capital, led by the host's minister, resulted in the signing of several papers.\n"
    ))
    assert ("AGREE", dt.date(2031, 4, 2), "day", "TJK") in [e[:4] for e in signed]


def test_round_112_talks_they_went_on_with_a_founding_by_it_and_background_causes_and_capabilities(tmp_path: Path) -> None:
    # our own words: undated talks, then "During the talks, … . They signed …": the signing is on the talks' (the story's)
    # day; "It was set up in 1994 at a meeting in <city>" is the bloc's founding; "due to X's exit from the bloc" in a
    # sentence told in the present is background, and "aimed at enhancing the deployment of troops" a capability
    talks = _events_of_text(tmp_path, (
        "Ministers in Osh\n"
        "Published: 2031-05-20\n"
        "The defence minister of Russia said during talks with his Kyrgyz counterpart, which took place in Osh, that the "
        "region needs more guards.\n"
        "During the talks, the sides discussed military supplies. They signed a plan of joint training for 2032-2034.\n"
        "The bloc unites five states. It was set up in 1994 at a meeting in Almaty.\n"
    ))
    assert ("AGREE", dt.date(2031, 5, 20), "day", "KGZ", "happened") in talks
    assert ("AGREE", dt.date(1994, 1, 1), "year") in [e[:3] for e in talks]
    drills = _events_of_text(tmp_path, (
        "Drills in Kazakhstan\n"
        "Published: 2031-09-27\n"
        "Kazakhstan is hosting drills of the bloc's peacekeepers from September 26 to October 3 at the Bereg training "
        "facility. The bloc faces strains due to Armenia's leaving the alliance.\n"
        "Kazakhstan has set out priorities aimed at enhancing the deployment of troops within the bloc's forces.\n"
        "This drill is being held from September 26 to October 3, according to Kazakhstan's defence ministry.\n"
    ))
    assert drills == [("COOPERATE", dt.date(2031, 9, 26), "day", "KAZ", "happened")]


def test_round_112_the_republic_that_asks_is_the_country_named_first_not_where_threats_come_from(tmp_path: Path) -> None:
    # our own words: "It is hard for X to face threats from Y alone, the republic asks members for help": X asks
    events = _events_of_text(tmp_path, (
        "Envoy's appeal\n"
        "Published: 2031-07-07\n"
        "It is hard for Tajikistan to face threats from Afghanistan alone, the republic asks fellow members of the "
        "CSTO for help, its envoy to the bloc said on Wednesday.\n"
    ))
    assert ("REQUEST", "TJK", "happened") in [(t, c, s) for t, _, _, c, s in events]


def test_round_113_pulling_out_of_a_hyphenated_bloc_a_meeting_that_was_due_and_the_previous_evening(tmp_path: Path) -> None:
    # our own words: "has pulled out of the six-nation alliance" leaves it (a suspension of membership, not a
    # retreat); "He was due to meet <leader> during that trip" did not happen; "the previous evening" is the day
    # before the date the sentence before named
    left = _events_of_text(tmp_path, (
        "Exit\n"
        "Published: 2031-06-28\n"
        "Tajikistan has temporarily pulled out of the six-nation alliance, a spokesman said today.\n"
    ))
    assert ("SANCTION", dt.date(2031, 6, 28), "day", "TJK", "happened") in left
    trip = _events_of_text(tmp_path, (
        "Envoy's trip\n"
        "Published: 2031-09-29\n"
        "The bloc's envoy toured the border on September 22. He was due to meet with the Armenian premier during that "
        "trip.\n"
        "The premier flew to Geneva on September 21 for a summit. A delegation of the bloc arrived in Yerevan the "
        "previous evening.\n"
    ))
    assert not any(e[0] == "CONSULT" and e[4] == "happened" and e[1] == dt.date(2031, 9, 22) and e[3] is None for e in trip)
    assert ("CONSULT", dt.date(2031, 9, 20), "day", "ARM", "happened") in trip


def test_round_114_the_steps_of_a_court_case(tmp_path: Path) -> None:
    # our own words: charges pressed and a detention asked for (COERCE, REQUEST), a release on bail (RETREAT), a
    # date that names an old case ("the 2009 May 4 case") is no date of the charge, and a man "accused of" a crime
    # in the subject of a sentence is described, not newly accused
    events = _events_of_text(tmp_path, (
        "Court\n"
        "Published: 2031-03-20\n"
        "The case of the former envoy Petr Ivanov accused of abuse of office will be closed soon, a judge said.\n"
        "On March 12, the prosecutors pressed charges against Ivanov.\n"
        "On March 14 the prosecutors asked the court to hold him in custody.\n"
        "On March 16, Ivanov was released on bail.\n"
    ))
    found = [(t, d, s) for t, d, _, _, s in events]
    assert ("COERCE", dt.date(2031, 3, 12), "happened") in found
    assert ("REQUEST", dt.date(2031, 3, 14), "happened") in found
    assert ("RETREAT", dt.date(2031, 3, 16), "happened") in found
    assert not any(t == "ACCUSE" for t, _, _ in found)
    named = _events_of_text(tmp_path, (
        "Charges\n"
        "Published: 2031-03-20\n"
        "In the investigation into the 2009 May 4 case, the prosecutors have charged the former envoy Petr Ivanov "
        "under Article 12 of the Criminal Code.\n"
    ))
    assert [(t, d) for t, d, _, _, _ in named] == [("COERCE", dt.date(2031, 3, 20))]


def test_round_114_a_bloc_office_emptied_an_echelon_that_arrives_and_a_founding_participle(tmp_path: Path) -> None:
    # our own words: the bloc's Secretary General "has been dismissed" under a dateline is an office of the bloc, in
    # no country; "another echelon arrived in X to take part in the drills" moves troops; "Founded on <date>, …"
    # opens a background sentence about the bloc, and its year does not date what follows
    office = _events_of_text(tmp_path, (
        "Dismissal\n"
        "Published: 2031-03-03\n"
        "YEREVAN, MARCH 3, AGENCY. Collective Security Treaty Organisation (CSTO) Secretary General Petr Ivanov has "
        "been dismissed, the bloc's website says.\n"
    ))
    assert ("APPOINT", None) in [(t, c) for t, _, _, c, _ in office]
    moved = _events_of_text(tmp_path, (
        "Arrivals\n"
        "Published: 2031-08-20\n"
        "On the morning of August 19, another echelon of Russian troops arrived in Belarus to join the "
        "alliance's exercises, which will be held from September 1.\n"
        "Founded on May 15, 1992, the bloc groups six states.\n"
        "On April 9, the ministers met in Minsk.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 8, 19), "day", "BLR", "happened") in moved
    assert ("AGREE", dt.date(1992, 5, 15), "day", None, "happened") in moved
    assert not any(d is not None and d.year == 1992 and t != "AGREE" for t, d, _, _, _ in moved)


def test_round_115_a_decision_about_a_later_day_an_option_a_written_request_and_italian_background(tmp_path: Path) -> None:
    # our own words: "the heads of state have decided to discuss it in <city> on <later day>" is a decision on the story's day
    # (in no city) and a meeting planned for that day; "the members will make a final decision on <day>" is planned;
    # "one option is to appoint X" and "a new chief can be appointed by rotation" appoint no one; "letters were sent
    # with a request to …" asks; in Italian, "È nata nel 2002", "un patto stipulato nel 1992" and "invocando
    # l'intervento dell'alleanza a gennaio" are the bloc's founding, a treaty signed and a request
    events = _events_of_text(tmp_path, (
        "Decisions\n"
        "Published: 2031-11-08\n"
        "The heads of state have decided to discuss the question again on December 6 in Minsk, a spokesman said.\n"
        "The members will make a final decision in Minsk on December 6, the spokesman added.\n"
        "One option is to appoint a deputy. A new chief can be appointed by rotation, an envoy said.\n"
        "Letters were sent to the chair of the bloc with a request to hold urgent consultations, the ministry said.\n"
    ))
    assert ("AGREE", dt.date(2031, 11, 8), "day", None, "happened") in events
    assert ("CONSULT", dt.date(2031, 12, 6), "day", "BLR", "planned") in events
    assert ("AGREE", dt.date(2031, 12, 6), "day", "BLR", "planned") in events
    assert ("REQUEST", dt.date(2031, 11, 8), "day") in [(t, d, p) for t, d, p, _, _ in events]
    assert not any(t == "APPOINT" for t, _, _, _, _ in events)
    italian = _events_of_text(tmp_path, (
        "L'alleanza\n"
        "Published: 2032-05-30\n"
        "L'alleanza conta sei membri. È nata nel 2002, come sviluppo di un patto di difesa stipulato nel 1992 tra sei "
        "paesi.\n"
        "Proprio invocando l'intervento dell'alleanza a gennaio di quest'anno il Kirghizistan ha fermato i disordini.\n"
    ))
    assert ("AGREE", dt.date(2002, 1, 1), "year", None, "happened") in italian
    assert ("AGREE", dt.date(1992, 1, 1), "year", None, "happened") in italian
    assert ("REQUEST", dt.date(2032, 1, 1), "month") in [(t, d, p) for t, d, p, _, _ in italian]


def test_round_116_a_year_a_plan_is_set_for_talks_under_way_and_the_previous_session(tmp_path: Path) -> None:
    # our own words: "the withdrawal, scheduled for 2014" and "il ritiro previsto per il 2014" are planned for that year;
    # "is negotiating with" and "ha in corso trattative" are talks on the story's day; rulings "adopted at the previous
    # session" are not dated by the years a report before them covers
    events = _events_of_text(tmp_path, (
        "Plans\n"
        "Published: 2031-06-29\n"
        "Washington is negotiating with Kyrgyzstan about the route.\n"
        "The bloc will review its work after the withdrawal of the foreign troops from Afghanistan, scheduled for 2034.\n"
        "The chief will report on the bloc's record in 2029-2030 and on what became of the rulings adopted at the previous "
        "session.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 29), "day", "USA", "happened") in events
    assert ("RETREAT", dt.date(2034, 1, 1), "year", "AFG", "planned") in events
    assert not any(d is not None and d.year in (2029, 2030) for _, d, _, _, _ in events)
    italian = _events_of_text(tmp_path, (
        "Piani\n"
        "Published: 2031-06-29\n"
        "Washington ha in corso trattative con il Kirghizistan sul transito dei mezzi.\n"
        "La base resterà aperta fino al ritiro delle truppe straniere dall'Afghanistan, previsto per il 2034.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 29), "day", "USA", "happened") in italian
    assert ("RETREAT", dt.date(2034, 1, 1), "year", "AFG", "planned") in italian


def test_round_117_an_incursion_a_drill_decided_on_talks_named_by_their_city_and_a_subheading(tmp_path: Path) -> None:
    # our own words: "an incursion by <army> into <member> on 12 May" is fighting there that day (a hope that something
    # "will" help, tacked on after, does not move it to next year); "reached an agreement on the drill and decided to
    # stage the drill during the second half of this year" is an agreement of the story's day and a drill planned for
    # the year; "the <City> talks" are talks; a subheading under the lead is not one of the two opening
    # paragraphs, so the summit the next paragraph tells is the story's news
    events = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-09-15\n"
        "Ministers recalled an incursion by Azerbaijani units into CSTO member Armenia on 12 May, expressing the hope that "
        "the allies will condemn it.\n"
    ))
    assert ("FIGHT", dt.date(2031, 5, 12), "day", "ARM", "happened") in events
    events = _events_of_text(tmp_path, (
        "Drill\n"
        "Published: 2031-05-24\n"
        "MOSCOW, May 24. The allies have reached an agreement on the Granite drill and decided to stage the drill during "
        "the second half of this year.\n"
        "The results of the Omsk talks were published on the bloc's site.\n"
    ))
    assert ("AGREE", dt.date(2031, 5, 24), "day") in [(t, d, p) for t, d, p, _, _ in events]
    assert ("COOPERATE", dt.date(2031, 1, 1), "year", "planned") in [(t, d, p, s) for t, d, p, _, s in events]
    assert ("CONSULT", dt.date(2031, 5, 24), "day", "RUS") in [(t, d, p, c) for t, d, p, c, _ in events]
    italian = _events_of_text(tmp_path, (
        "Armenia e alleati\n"
        "Published: 2031-11-24\n"
        "\"Nessuno ci ha difeso\". L'Armenia ha protestato per il mancato sostegno degli alleati durante la crisi.\n"
        "Schiaffo agli alleati: il premier non firma\n"
        "Il premier ha parlato al vertice dell'alleanza, che si è svolto nella capitale kazaka, Astana.\n"
    ))
    assert ("CONSULT", "day", "KAZ") in [(t, p, c) for t, _, p, c, _ in italian]


def test_round_118_a_kicker_an_address_a_quoted_year_lately_and_two_statements_joined(tmp_path: Path) -> None:
    # our own words: a withdrawal planned in an article that locates nothing takes the country its headline's kicker
    # names; "…», ha detto X ai deputati" is an address on the story's day; a quotation that dates a drill "at the end
    # of last year" is coded (the year of a drill's name is not); a trend "observed lately" under a dateline is no event
    # of the dateline's day; "fired mortars at the village" is fighting; "welcomed the start of talks and called for
    # restraint" is two statements
    italian = _events_of_text(tmp_path, (
        "Tagikistan - Partenza delle truppe alleate\n"
        "Published: 2031-03-10\n"
        "Dushanbe, 10 marzo 2031 - Il presidente Rahmon ha detto che il ritiro dei militari dell'alleanza, della quale fanno "
        "parte sei nazioni (Russia, Bielorussia, Armenia, Kazakistan, Kirghizistan e Tagikistan), comincerà tra tre giorni.\n"
        "Il leader ha poi parlato delle riforme dell'esercito.\n"
        "Ogni eventuale decisione spetta al governo, secondo una nota.\n"
        "«Abbiamo evitato il peggio, il Paese è sicuro», ha detto Rahmon ai deputati.\n"
    ))
    assert ("RETREAT", dt.date(2031, 3, 13), "day", "TJK", "planned") in italian
    assert ("CONSULT", dt.date(2031, 3, 10), "day", "TJK", "happened") in italian
    quoted = _events_of_text(tmp_path, (
        "Briefing\n"
        "Published: 2031-12-20\n"
        "MINSK, December 20. The allies' drills have improved, the general said at a briefing.\n"
        "\"At the end of last year, joint exercises were held in Armenia. Their lessons were learned,\" he told reporters.\n"
        "\"The Shield-2029 joint exercises went well,\" he told journalists.\n"
    ))
    assert ("COOPERATE", dt.date(2030, 1, 1), "year", "ARM", "happened") in quoted
    assert dt.date(2029, 1, 1) not in [d for _, d, _, _, _ in quoted]
    lately = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-06-02\n"
        "MOSCOW, June 2. A rise in the number of clashes on the border has been observed lately, the general said.\n"
        "BISHKEK, June 2. Soldiers fired mortars at the village of Ak-Sai in the Batken region on June 1, the ministry said.\n"
        "The bloc welcomed the start of negotiations between the two states and called for restraint.\n"
    ))
    assert ("FIGHT", dt.date(2031, 6, 2)) not in [(t, d) for t, d, _, _, _ in lately]
    assert ("FIGHT", dt.date(2031, 6, 1), "day", "KGZ") in [(t, d, p, c) for t, d, p, c, _ in lately]
    assert {"SUPPORT", "REQUEST"} <= {t for t, d, _, _, _ in lately if d == dt.date(2031, 6, 2)}


def test_round_118_a_formal_protest_a_headline_refusal_and_a_label_before_a_colon(tmp_path: Path) -> None:
    # our own words: "ha formalmente protestato" is an accusation; "il governo armeno non firma il documento" under a label
    # that names Moscow ("Colpo a Mosca:") is Armenia's refusal, not one in Russia
    events = _events_of_text(tmp_path, (
        "Armenia e alleanza\n"
        "Published: 2031-04-09\n"
        "Yerevan, 9 aprile 2031 - Il governo armeno ha formalmente protestato per il silenzio degli alleati.\n"
        "Colpo a Mosca: il governo armeno non firma il documento comune\n"
        "Il premier ha parlato ai giornalisti nella capitale.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 4, 9), "day", "ARM", "happened") in events
    assert ("REJECT", "ARM") in [(t, c) for t, _, _, c, _ in events]
    english = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-04-09\n"
        "DUSHANBE, April 9. Tajikistan formally protested to its allies over their silence, the ministry said.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 4, 9), "day", "TJK", "happened") in english


def test_round_119_a_named_year_a_led_bloc_a_long_decision_and_protests_that_go_on(tmp_path: Path) -> None:
    # our own words: under a dateless wire head ("ALMATY. KAZINFORM …"), a drill with a year in its name reported
    # completed in the opening is the story's news, in the dateline's country; "a Russia-led bloc" puts nothing in
    # Russia; "the decision to <verb> … was taken at a sitting of the council in <city> on <day>" is the decision;
    # "non si fermano le proteste" is protests going on, on the story's day
    events = _events_of_text(tmp_path, (
        "ALMATY. KAZINFORM The joint exercise Thunder-2031 of the bloc's members was completed, "
        "the ministry said.\n"
        "Published: 2031-08-06\n"
    ))
    assert ("COOPERATE", dt.date(2031, 8, 6), "day", "KAZ", "happened") in events
    assert dt.date(2031, 1, 1) not in [d for _, d, _, _, _ in events]
    led = _events_of_text(tmp_path, (
        "Air forces\n"
        "Published: 2031-03-06\n"
        "The alliance, a Russia-led bloc, will hold exercises of its air forces in October 2031, its staff chief said.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 10, 1), "month", None, "planned") in led
    decision = _events_of_text(tmp_path, (
        "History\n"
        "Published: 2031-05-14\n"
        "The decision to merge the two staffs of the allies into one joint command was taken at a sitting of the "
        "council in Minsk on 3 May 2020.\n"
    ))
    assert ("AGREE", dt.date(2020, 5, 3), "day", "BLR", "happened") in decision
    italian = _events_of_text(tmp_path, (
        "Kirghizistan\n"
        "Published: 2031-02-10\n"
        "Bishkek, 10 febbraio 2031 - La crisi politica nel Kirghizistan continua.\n"
        "Nelle strade della capitale, intanto, non si fermano le proteste contro il governo.\n"
    ))
    assert ("PROTEST", dt.date(2031, 2, 10), "day", "KGZ", "happened") in italian


def test_round_120_a_bloc_body_relieves_its_chief_and_investigators_charge(tmp_path: Path) -> None:
    # our own words: the bloc's council relieving a national of his duties as "the organization's secretary general"
    # changes an office of no member; a state's investigators who "accused X of <crime>" charged him, in their state
    events = _events_of_text(tmp_path, (
        "Bloc office\n"
        "Published: 2031-04-12\n"
        "On Friday, 10 April, the CSTO Collective Security Council relieved Kyrgyzstan's Ivan Belov of his duties as the "
        "organization's secretary general.\n"
        "On March 3, Kyrgyzstan's Investigative Service accused Belov of abuse of office, the court said.\n"
    ))
    assert ("APPOINT", dt.date(2031, 4, 10), "day", None, "happened") in events
    assert ("COERCE", dt.date(2031, 3, 3), "day", "KGZ", "happened") in events
    assert "ACCUSE" not in [t for t, _, _, _, _ in events]


def test_round_121_an_alleged_act_s_year_a_season_quoted_and_a_decision_taken_online(tmp_path: Path) -> None:
    # our own words: "accused X of <act> in <year> and requested his detention" dates the request by the sentence's day,
    # not by the year of the alleged act; a quotation's "in autunno" dates the session it names to the story's year
    # (a story published in a month only); "ha deciso martedì in una sessione … in videoconferenza di inviare una
    # missione in <country>" is a decision, taken online, not in the country the mission goes to
    events = _events_of_text(tmp_path, (
        "Charges\n"
        "Published: 2031-04-12\n"
        "On April 9, Kyrgyzstan's Investigative Service accused Belov of seizing power by force in 2019 and requested his detention.\n"
    ))
    assert ("REQUEST", dt.date(2031, 4, 9), "day", "KGZ", "happened") in events
    assert not [e for e in events if e[1] == dt.date(2019, 1, 1)]
    italian = _events_of_text(tmp_path, (
        "Missione dell'alleanza\n"
        "Published: 2031-09\n"
        "Il Consiglio dell'alleanza ha deciso martedì in una seduta urgente in videoconferenza di mandare una "
        "missione in Armenia.\n"
        "\"Manderemo un rapporto ai leader per il prossimo vertice del Consiglio, in programma in autunno a Yerevan\", "
        "ha detto il portavoce.\n"
    ))
    assert ("AGREE", dt.date(2031, 9, 1), "month", None, "happened") in italian
    assert ("CONSULT", dt.date(2031, 1, 1), "year", "ARM", "planned") in italian


def test_round_122_an_italian_history_of_signings_refusals_and_members_and_a_fight_between_two_states(tmp_path: Path) -> None:
    # our own words, a fact sheet's history: a charter signed in the historic present ("firmano a Kishinev"), a protocol
    # "non era firmato da" (a refusal), a decision that "sarà presa nella sessione di <city> del <day>" (taken there,
    # then), "rientrerà nel <year> per uscire di nuovo nel <year>" (a return and a leaving, both past), a war named with
    # its year; exchanges of fire "tra le guardie del X e del Y" in no one of the two; "the May appeal of Armenia"
    events = _events_of_text(tmp_path, (
        "Scheda\n"
        "Published: 2031-05-25\n"
        "Il 7 ottobre 2012 i ministri dei Paesi del patto firmano a Kishinev la Carta del nuovo patto.\n"
        "Nel vertice del 2 aprile 2019 a Minsk il protocollo sulla proroga del patto non era firmato dalla Moldavia.\n"
        "La decisione di ampliare il patto sarà presa nella riunione di Mosca del 14 maggio 2022.\n"
        "Il Kirghizistan rientrerà nel 2024 per uscire di nuovo nel 2027.\n"
        "L'adesione della Georgia al patto sarà fermata dalla guerra nel 2028.\n"
    ))
    assert ("AGREE", dt.date(2012, 10, 7), "day", "MDA", "happened") in events
    assert ("REJECT", dt.date(2019, 4, 2), "day", "BLR", "happened") in events
    assert ("AGREE", dt.date(2022, 5, 14), "day", "RUS", "happened") in events
    assert ("AGREE", dt.date(2024, 1, 1), "year", "KGZ", "happened") in events
    assert ("SANCTION", dt.date(2027, 1, 1), "year", "KGZ", "happened") in events
    assert ("FIGHT", dt.date(2028, 1, 1), "year", None, "happened") in events
    fire = _events_of_text(tmp_path, (
        "Confine\n"
        "Published: 2031-09-14\n"
        "Ieri ci sono stati scambi di fuoco tra i militari del Kirghizistan e del Tagikistan.\n"
        "The bloc's chief said the May appeal of Armenia led to consultations.\n"
    ))
    assert ("FIGHT", dt.date(2031, 9, 13), "day", None, "happened") in fire
    assert ("REQUEST", dt.date(2031, 5, 1), "month", "ARM", "happened") in fire


def test_round_123_drills_in_several_members_a_founding_participle_and_a_statement_s_topic(tmp_path: Path) -> None:
    # our own words: drills "in three CSTO member-states" are in no one country (not the dateline's); "Headquartered in
    # Moscow, the bloc, formed in 2031, …" is a founding in no member; "the chief's statement on the armed incident" names
    # what the statement was about, no fighting of the story's day
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "MOSCOW, March 6. /Agency/. The bloc's chief of staff briefed reporters on its plans on Tuesday.\n"
        "This year, the Steppe exercise will be carried out in three CSTO member-states, he noted.\n"
        "Headquartered in Moscow, the bloc, formed in 2031, groups six states.\n"
        "Minister: the chief's statement on the armed incident was clear\n"
    ).replace("Drills\n", "Drills\nPublished: 2036-03-06\n"))
    assert ("COOPERATE", dt.date(2036, 1, 1), "year", None, "planned") in events
    assert ("AGREE", dt.date(2031, 1, 1), "year", None, "happened") in events
    assert "FIGHT" not in [t for t, _, _, _, _ in events]


def test_round_124_appeals_intentions_bans_accusations_offensives_and_a_call_that_is_no_meeting(tmp_path: Path) -> None:
    # our own words: a wire's "MOSCOW — X on Monday called on members of a … bloc to help" is X's request, in X (not in
    # Moscow, nor where "Moscow pledged" after "hours after"); "should respond to Uzbekistan's stance, the Belarusian
    # president said as he met …" is a meeting of his, not in Uzbekistan; an "intention to suspend" is no act; "accused
    # the bloc of refusing to …" is one accusation, dated by its Monday; "will meet its obligations" is no meeting;
    # whom an appeal addresses is no place of the clashes it names; an offensive "In August" keeps its month when a later
    # verb has a day; a joint meeting in Dushanbe is not the phone call of the day before
    def coded(*lines: str) -> list[tuple[str, dt.date | None, str, str | None, str]]:
        return _events_of_text(tmp_path, "News\nPublished: 2031-09-15\n" + "".join(line + "\n" for line in lines))

    assert ("REQUEST", dt.date(2031, 9, 15), "day", "KGZ", "happened") in coded(
        "MOSCOW — Kyrgyzstan on Monday called on members of a Russian-led security bloc to help it guard its border, hours "
        "after Moscow pledged to protect the allies.")
    assert ("CONSULT", dt.date(2031, 9, 15), "day", "BLR", "happened") in coded(
        "The bloc should respond to Uzbekistan's stance, the Belarusian president said as he met with the bloc's chief on Monday.")
    assert not [e for e in coded("Uzbekistan's intention to suspend its membership was discussed by the bloc.") if e[0] == "SANCTION"]
    accused = coded("The Kyrgyz prime minister accused the bloc of refusing to defend his country on Monday.")
    assert [(t, d) for t, d, _, _, _ in accused] == [("ACCUSE", dt.date(2031, 9, 15))]
    assert not [e for e in coded("He expressed confidence that the allies will meet their obligations this month.") if e[0] == "CONSULT"]
    clashes = coded("Kyrgyzstan appealed to Russia for support during the August 2031 clashes along its border.")
    assert ("FIGHT", dt.date(2031, 8, 1), "month", "RUS", "happened") not in clashes
    assert ("FIGHT", dt.date(2031, 8, 1), "month", None, "happened") in coded(
        "In August, the militants stepped up their offensive against government forces and entered the capital on 15 August.")
    assert ("CONSULT", dt.date(2031, 9, 15), "day", "TJK", "happened") in coded(
        "The chief's remarks follow a joint meeting of the bloc's ministers in Dushanbe, Tajikistan.",
        "Meanwhile, two other leaders talked about the region by phone on 14 September.")
    italian = _events_of_text(tmp_path, (
        "Esercitazioni\n"
        "Published: 2031-01\n"
        "Il ministero della Difesa armeno ha rifiutato all'alleanza di tenere esercitazioni nel Paese.\n"
    ))
    assert ("REJECT", dt.date(2031, 1, 1), "month", "ARM", "happened") in italian
    assert "COOPERATE" not in [t for t, _, _, _, status in italian if status == "happened"]


def test_round_125_a_quotation_s_event_is_not_where_it_was_said_and_a_question_locates_nothing(tmp_path: Path) -> None:
    # our own words: a quotation that tells clashes "on 3 March" with no place of their own, said at a session in Moscow,
    # puts them in no country (not the dateline's, nor the story's); a place in a question ("can the troops be sent to
    # Georgia?") does not make the story's country, so a summit the next sentence reports without a place stays in none
    quoted = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-03-20\n"
        "MOSCOW, March 20. The bloc's chief spoke at a session of the assembly in Moscow on Monday.\n"
        "\"Heavy clashes broke out on 3 March, with casualties,\" he said.\n"
    ))
    assert ("FIGHT", dt.date(2031, 3, 3), "day", None, "happened") in quoted
    asked = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 2031-05-16\n"
        "Can the allies' troops be sent to Georgia? At the end of the bloc's summit today, reporters asked the chief.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 16), "day", None, "happened") in asked


def test_round_126_an_election_with_its_own_date_a_country_s_adjective_and_a_backdrop(tmp_path: Path) -> None:
    # our own words: "the parliamentary elections of 4 October" is an election on that day even with no verb, and a
    # country's adjective before (English) or after (Italian) the event's noun places it; an election merely named has
    # no date; protests a statement is made "in connection with", or that people were detained "for taking part in",
    # are the backdrop, not the day's news under a dateline
    events = _events_of_text(tmp_path, (
        "Vote\n"
        "ASTANA, October 9, 2031 - Two senators from Poland condemned the bloc's offer of help in connection with the riots "
        "in the region. The Kyrgyz opposition rejected the results of the parliamentary elections of 4 October.\n"
        "Armenian parliamentary elections were held on 20 June.\n"
        "Le proteste kirghise sono cominciate il 5 ottobre.\n"
        "Cento persone sono state fermate per aver partecipato a manifestazioni non autorizzate contro le elezioni "
        "presidenziali di domenica scorsa.\n"
        "The presidential election was a turning point for the region, analysts said.\n"
    ))
    elections = sorted((e[1], e[2], e[4]) for e in events if e[0] == "ELECTION")
    # (the Sunday before the story, and no negation from "non" before it)
    assert elections == [(dt.date(2031, 6, 20), "day", "happened"), (dt.date(2031, 10, 4), "day", "happened"),
                         (dt.date(2031, 10, 5), "day", "happened")]
    assert ("ELECTION", dt.date(2031, 6, 20), "day", "ARM", "happened") in events
    assert ("PROTEST", dt.date(2031, 10, 5), "day", "KGZ", "happened") in events
    assert ("ACCUSE", dt.date(2031, 10, 9), "day", "POL", "happened") in events  # the group's own country
    assert not any(e[0] == "PROTEST" and e[1] == dt.date(2031, 10, 9) for e in events)


def test_round_126_days_that_pass_a_negated_verb_an_agreement_s_content_a_call_s_setting_and_a_passive_refusal(tmp_path: Path) -> None:
    # our own words: what a paragraph tells after "over the following days" is not on the day it named first; "has not
    # yet turned to <a long name> with a request" is no request; a meeting in a trailing attribution is the speaker's,
    # not that of the state the reported words name first, and their "will" is not its tense; "X was denied military
    # assistance" is a refusal of which X is not the source
    events = _events_of_text(tmp_path, (
        "Unrest\n"
        "Published: 2031-05-12\n"
        "Protests began in the capital on 3 May. Rallies were held there over the following days, and hundreds of people "
        "were detained.\n"
        "At the first request, Russia will send help, said the President of Belarus on Saturday at a meeting in the "
        "defence ministry.\n"
        "Armenia has still not turned to the bloc's Secretariat in Moscow or to its Joint Staff with a request for "
        "help, its envoy said.\n"
        "In 2012, Armenia was denied military assistance.\n"
    ))
    assert [e[:3] for e in events if e[0] == "PROTEST"] == [("PROTEST", dt.date(2031, 5, 3), "day")]
    assert not any(e[0] == "COERCE" and e[1] == dt.date(2031, 5, 3) for e in events)
    assert [e[4] for e in events if e[0] == "REQUEST"] in ([], ["negated"])
    assert ("CONSULT", dt.date(2031, 5, 10), "day", "BLR", "happened") in events
    assert ("REJECT", dt.date(2012, 1, 1), "year", None, "happened") in events
    # an agreement reached "in phone talks", whose relative clause says what Russia "will" do, happened in no one place;
    # protests that are the backdrop of today's call are not today's
    call = _events_of_text(tmp_path, (
        "Telefonata\n"
        "Published: 2031-05-12\n"
        "Nei colloqui telefonici Tokayev ha concluso un accordo con Putin, secondo cui Mosca potrà aiutare Astana.\n"
        "Oggi i due presidenti hanno discusso telefonicamente la situazione sullo sfondo delle proteste.\n"
    ))
    assert ("AGREE", dt.date(2031, 5, 12), "day", None, "happened") in call
    assert ("CONSULT", dt.date(2031, 5, 12), "day", None, "happened") in call
    assert not any(e[0] == "PROTEST" and e[1] is not None for e in call)


def test_round_127_a_coming_summit_dated_later_takes_the_host_announced_first(tmp_path: Path) -> None:
    # our own words: "Astana will host the bloc's next summit" places it, with no day; "the summit will take place on
    # 5 December" a paragraph later dates it and names no place: one coming summit, in Kazakhstan
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 2031-11-20\n"
        "Astana will host the bloc's next summit, the foreign ministry announced.\n"
        "An aide to the president told journalists on Thursday that the summit will take place on 5 December.\n"
    ))
    assert ("CONSULT", dt.date(2031, 12, 5), "day", "KAZ", "planned") in events


def test_round_128_a_censure_troops_sent_to_retake_and_a_declaration_at_the_summit_dated_before(tmp_path: Path) -> None:
    # our own words: "censured" is an accusation; troops "sent in to retake" a region fight; "At the Minsk summit, the
    # leaders adopted a declaration" after the paragraph that dated the summit took its day and place
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 2031-05-06\n"
        "MINSK, May 5 - The bloc's leaders censured Azerbaijan over its conduct, the Belarusian president said on Monday.\n"
        "The summit was held in Minsk on 3 May.\n"
        "At the Minsk summit, the leaders adopted a declaration on the border.\n"
        "Azerbaijan sent in troops to retake the heights on 12 April.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 5, 5), "day", "BLR", "happened") in events
    assert ("AGREE", dt.date(2031, 5, 3), "day", "BLR", "happened") in events
    assert [e[:3] for e in events if e[0] in ("FIGHT", "MOBILIZE")] == [("FIGHT", dt.date(2031, 4, 12), "day")]


def test_round_129_a_summit_s_one_place_a_boycott_in_a_relative_clause_and_a_refusal_by_several_states(tmp_path: Path) -> None:
    # our own words: the leaders "agreed at the two-day summit in Astana to set up …" in a later paragraph take the
    # summit's day; "Belarus had been expected to take the chair at the summit Sunday" is that summit, in Kazakhstan;
    # "the summit in Astana went ahead without X who boycotted the event" is X's boycott, in his country; "Two ex-Soviet
    # states declined to sign …" is a refusal in no one country
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 2031-05-12\n"
        "ASTANA, May 11 - The bloc's summit in Astana went ahead on Sunday without Alexander Lukashenko who boycotted the "
        "event. Two ex-Soviet republics refused to sign the final declaration on Sunday.\n"
        "Belarus had been expected to take the chair at the summit Sunday.\n"
        "Analysts had expected little from the meeting.\n"
        "The leaders agreed at the two-day summit in Astana to set up a joint air defence staff.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 11), "day", "KAZ", "happened") in events
    assert not any(e[0] == "CONSULT" and e[3] == "BLR" for e in events)
    assert ("REJECT", dt.date(2031, 5, 11), "day", "BLR", "happened") in events
    assert ("REJECT", dt.date(2031, 5, 11), "day", None, "happened") in events
    assert ("AGREE", dt.date(2031, 5, 11), "day", "KAZ", "happened") in events


def test_round_130_withheld_signatures_several_states_a_passive_agreement_a_war_last_summer_and_during_which(tmp_path: Path) -> None:
    # our own words: "X did not sign the pact" under another city's dateline is X's refusal, in X; "Russia and its
    # partners agreed in May to create …" is several states' decision, in no one country; "signed Sunday's deal" and "an
    # agreement was reached on …" are agreements; "the armed conflict in Georgia last summer" in a story known only to its
    # month of June is the summer before; "the summit …, during which an accord was signed" dates the accord by the summit
    # the article dated
    events = _events_of_text(tmp_path, (
        "Pact\n"
        "Published: 2031-06-16\n"
        "MINSK, June 16 - The leaders met at the summit in Minsk on Sunday. Kazakhstan did not sign the pact.\n"
        "Russia and its partners agreed in May to create a joint force.\n"
        "Tokayev had been due to attend the summit of the bloc, during which an accord on air defence was signed.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 15), "day", "BLR", "happened") in events
    assert ("REJECT", dt.date(2031, 6, 16), "day", "KAZ", "happened") in events
    assert ("AGREE", dt.date(2031, 5, 1), "month", None, "happened") in events
    assert ("AGREE", dt.date(2031, 6, 15), "day", "BLR", "happened") in events
    month_only = _events_of_text(tmp_path, (
        "Force\n"
        "Published: 2031-06\n"
        "Moscow pushed the force after the armed conflict in Georgia last summer. Five presidents signed Sunday's deal, and "
        "an agreement was reached on its budget.\n"
    ))
    assert ("FIGHT", dt.date(2030, 1, 1), "year", "GEO", "happened") in month_only
    assert [e[:3] for e in month_only if e[0] == "AGREE"] == [("AGREE", dt.date(2031, 6, 1), "month")]


def test_round_131_a_possessive_city_an_unknown_dateline_town_a_list_of_signers_and_an_absence(tmp_path: Path) -> None:
    # our own words: "drills designed to cement Moscow's hold" are not placed in Moscow; "KHORUGH, Tajikistan, May 3 -" is
    # a dateline whose town the gazetteer lacks, in the country written after it; a treaty "signed by Armenia, Belarus
    # and Russia in 1993" is no one signer's act; "X is not attending the summit" is X staying away
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 2031-05-03\n"
        "KHORUGH, Tajikistan, May 3 (Wire) - Four states staged drills on Saturday designed to cement Moscow's hold "
        "over its allies. The president of Uzbekistan is not attending the summit held alongside them.\n"
        "The alliance has grown out of a treaty that was signed by Armenia, Belarus and Russia back in 1993.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 5, 3), "day", "TJK", "happened") in events
    assert any(e[0] == "REJECT" and e[3] == "UZB" for e in events)
    assert ("AGREE", dt.date(1993, 1, 1), "year", None, "happened") in events


def test_round_132_a_rule_decided_a_right_won_no_document_refused_and_a_date_in_another_trigger_s_relative_clause(tmp_path: Path) -> None:
    # our own words: "decided not to allow drills without …" is a decision (the drills are its content); "no-one will
    # be able to hold drills …" is a rule, no drills; "won the right to veto" is no veto; "did not sign any paper" refuses
    # no document; "plans to move some of the units that will be pulled out of X in 2033": the year is the pull-out's;
    # "the leaders of <the bloc> agreed that …" is an agreement
    events = _events_of_text(tmp_path, (
        "Rules\n"
        "Published: 2031-05-04\n"
        "Kazakhstan has won the right to veto new foreign bases in the region.\n"
        "At their summit in Astana on Monday the leaders of the Organization agreed that members decided not to allow foreign "
        "drills without consent, and no-one will be able to hold such drills alone. The leaders did not sign any paper.\n"
        "There are plans to move to the south some of the units that will be pulled out of Tajikistan in 2033.\n"
    ))
    assert not any(e[0] == "REJECT" for e in events)
    assert not any(e[0] == "COOPERATE" and e[4] == "happened" for e in events)
    assert ("AGREE", dt.date(2031, 4, 28), "day", "KAZ", "happened") in events
    assert [e[:3] for e in events if e[1] is not None and e[1].year == 2033] == [("RETREAT", dt.date(2033, 1, 1), "year")]


def test_round_133_a_country_left_told_by_a_pronoun_a_double_negative_a_next_meeting_and_a_resignation(tmp_path: Path) -> None:
    # our own words: "threats from Afghanistan … the pull-out of the coalition from that country in 2033" and "after
    # the coalition's forces leave the country" are withdrawals from Afghanistan, not from the country named after or
    # the speaker's; "did not rule out that they might come out with a joint statement" refuses nothing; "we will
    # hold our next meeting in Kazan in December" is a meeting to come; "resigned by decision of Armenia on 2 May" is
    # Armenia's act; "Of course, …" names no town
    events = _events_of_text(tmp_path, (
        "Agenda\n"
        "Published: 2031-05-04\n"
        "The aide said the first item concerns threats from Afghanistan ahead of the pull-out of the coalition from that "
        "country in 2033. The second concerns aid to Tajikistan.\n"
        "Moscow wants the bloc to stop instability spreading from Afghanistan after NATO forces leave the country in 2033.\n"
        "The aide did not rule out that the leaders might come out with a joint statement on the crisis.\n"
        "\"Of course, the matter was shelved. Our next meeting will be in Kazan in December,\" the president said.\n"
        "The bloc's secretary general, Ivan Belov, resigned by decision of Armenia on 2 May.\n"
    ))
    assert [e for e in events if e[0] == "RETREAT"] == [("RETREAT", dt.date(2033, 1, 1), "year", "AFG", "planned")]
    assert not any(e[0] == "REJECT" for e in events)
    assert ("CONSULT", dt.date(2031, 12, 1), "month", "RUS", "planned") in events
    assert ("APPOINT", dt.date(2031, 5, 2), "day", "ARM", "happened") in events
    assert not any(e[3] == "TUR" for e in events)


def test_round_133_what_a_charge_alleges_a_speaker_s_future_a_dateline_dash_and_a_recall(tmp_path: Path) -> None:
    # our own words: "charged in late March with crushing the protests in which ten people were killed" dates the charge,
    # not the protests or the killings; "charged as part of an investigation into unrest in 2020" is no charge of 2020;
    # "After the protests in February, X said that the inquiry would be a priority" tells February of this year;
    # "YEREVAN (Wire)—Leaders …" is a dateline; "recalling him from his post, which ended on 2 May" is a recall
    events = _events_of_text(tmp_path, (
        "Charges\n"
        "Published: 2031-05-09\n"
        "YEREVAN (Wire)—Ivan Belov was formally charged in late March with crushing the protests in which ten people "
        "were killed.\n"
        "He had been charged as part of an investigation into unrest in 2020.\n"
        "After the protests in February, the new premier said that the inquiry would be a priority.\n"
        "The government began recalling him from his post, which ended on 2 May.\n"
    ))
    assert ("COERCE", dt.date(2031, 3, 1), "month", "ARM", "happened") in events
    assert not any(e[0] in ("PROTEST", "ASSAULT") and e[1] == dt.date(2031, 3, 1) for e in events)
    assert not any(e[0] == "COERCE" and e[1] is not None and e[1].year == 2020 for e in events)
    assert ("PROTEST", dt.date(2031, 2, 1), "month", "ARM", "happened") in events
    assert any(e[0] == "APPOINT" and e[1] == dt.date(2031, 5, 2) for e in events)


def test_round_134_clashes_between_two_states_an_insistence_a_ticker_a_called_off_attendance_and_a_calendar_month(tmp_path: Path) -> None:
    # our own words: clashes "between Armenia and Azerbaijan" are in neither one alone, whatever city a later main clause
    # moves a meeting to; "Kazakhstan had insisted the meeting … be moved" is a demand; a ticker of other headlines
    # ("… • … • …") tells no event of the story; "cancelled his participation in the summit" is staying away; "the
    # mid-session period" is no session
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 2031-10-18\n"
        "Markets slide on oil • Kabul to hold presidential election on 20 November • Rains flood the coast • Talks stall\n"
        "In April, shortly after the clashes between Armenia and Azerbaijan, Kazakhstan had insisted the meeting of the "
        "bloc's ministers be moved from Yerevan to Moscow.\n"
        "The Kazakh president cancelled his participation in the summit.\n"
    ))
    assert ("FIGHT", dt.date(2031, 4, 1), "month", None, "happened") in events
    assert ("DEMAND", dt.date(2031, 4, 1), "month", "KAZ", "happened") in events
    assert not any(e[0] == "ELECTION" for e in events)
    assert any(e[0] == "REJECT" and e[3] == "KAZ" for e in events)
    assert not _events_of_text(tmp_path, "Term\nPublished: 2031-10-18\nRussia will set its priorities for the next mid-session period.\n")
    # a story known only to its month that reports a session the reference calendar holds in that month and country:
    # the calendar's day ("the Council … is gathering" in October 2016, in Yerevan)
    month_only = _events_of_text(tmp_path, (
        "Session\n"
        "Published: 2016-10\n"
        "In Yerevan, the Council of the Organization is gathering the heads of state.\n"
    ))
    assert ("CONSULT", dt.date(2016, 10, 14), "day", "ARM", "happened") in month_only


def test_round_135_a_day_range_with_its_year_a_case_s_subject_a_past_meeting_a_document_s_day_and_several_parties(tmp_path: Path) -> None:
    # our own words: "On May 3 and 4, 2020, the police used force against the protesters" is 2020's, not this year's;
    # "charged within the criminal case into the events of May 3-4, 2020" is no charge of 2020; "came up during
    # the last meeting of the two presidents" is no news of the story's day; "changes to the treaty on the bloc's force
    # of October 6, 2007" date no agreement; "signing the trilateral truce agreement on 9 November" is in no one country;
    # "received observer status in the Assembly" in 2013 is an accession
    events = _events_of_text(tmp_path, (
        "History\n"
        "Published: 2031-08-27\n"
        "The case of Ivan Belov came up during the last meeting of the two presidents in Sochi.\n"
        "Belov has been charged within the criminal case into the unrest that took place in Yerevan on May 3-4, 2020.\n"
        "On May 3 and 4, 2020, the police used force against the protesters who were rallying in downtown Yerevan.\n"
        "The leaders adopted changes to the treaty on the bloc's force of October 6, 2007.\n"
        "The Russian president praised the Armenian premier for signing the trilateral truce agreement on 9 November 2030.\n"
        "In 2013, two parliaments received observer status in the Assembly.\n"
    ))
    assert ("ASSAULT", dt.date(2020, 5, 3), "day", "ARM", "happened") in events
    assert not any(e[0] == "COERCE" and e[1] is not None for e in events)
    assert not any(e[0] == "CONSULT" and e[1] == dt.date(2031, 8, 27) for e in events)
    assert not any(e[1] == dt.date(2007, 10, 6) for e in events)
    assert ("AGREE", dt.date(2030, 11, 9), "day", None, "happened") in events
    assert ("AGREE", dt.date(2013, 1, 1), "year", None, "happened") in events
    meeting = _events_of_text(tmp_path, (
        "Vertice\n"
        "Published: 2031-09\n"
        "Riunitisi ad Astana (Kazakistan), il 15 settembre 2031, i capi degli Stati membri hanno discusso la sicurezza.\n"
    ))
    assert ("CONSULT", dt.date(2031, 9, 15), "day", "KAZ", "happened") in meeting


def test_round_136_documents_readied_for_signing_and_the_year_of_a_presidency(tmp_path: Path) -> None:
    # our own words: "twelve agreements are planned for signing" is a signing to come; "the bloc's plans for Kazakhstan's
    # presidency in 2033" dates the presidency, not a meeting the sentence names
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 2031-12-02\n"
        "The leaders met in Minsk on Tuesday. Later, twelve agreements are planned for signing.\n"
        "The plenary meeting will look at the bloc's plans for Kazakhstan's presidency in 2033.\n"
    ))
    assert any(e.event_type == "AGREE" and e.status == "planned" for e in events_of(tmp_path / "article.txt"))
    assert not any(e[1] is not None and e[1].year == 2033 for e in events)


def test_round_137_a_month_story_s_weekday_a_plan_s_tense_done_by_now_a_last_phase_and_a_renaming(tmp_path: Path) -> None:
    # our own words: "will not hold them separately" (with a typographic apostrophe) is negated; "have already been
    # deployed" is the story's news in any paragraph (not the drill they are deployed for); "the closing stage of the
    # exercise" on its last day is no second exercise; a drill "will be held from 20 to 22 March" in that month's story is
    # planned; "was renamed as the Organization" is an agreement of the bloc, in no one country; and in a story known
    # only to its month, "said on March 7" is the day a later "on Friday" counts back from
    events = _events_of_text(tmp_path, (
        "Plans\n"
        "Published: 2031-03\n"
        "The bloc's drill, dubbed Steppe Shield 2031, will be staged in Kazakhstan from March 20 to March 22, its staff chief "
        "said.\n"
        "Units of Armenia and Belarus will take part in the drill at the range near the border.\n"
        "Transport aircraft have already been deployed to Kazakhstan for the drill.\n"
        "The closing stage of the exercise, with some 1,500 troops, will be held on March 22.\n"
        "“Next year we won’t hold drills separately in May,” the chief said.\n"
        "In October 2002, the bloc was renamed as the Collective Security Treaty Organization.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 3, 20), "day", "KAZ", "planned") in events
    assert not any(e[0] == "COOPERATE" and e[1] == dt.date(2031, 3, 22) for e in events)
    assert ("MOBILIZE", dt.date(2031, 3, 1), "month", "KAZ", "happened") in events
    assert not any(e[0] == "COOPERATE" and e[4] == "happened" for e in events)  # (nor is the drill the planes are for)
    assert not any(e[0] == "COOPERATE" and e[1] is not None and e[1].month == 5 and e[4] != "negated" for e in events)
    assert ("AGREE", dt.date(2002, 10, 1), "month", None, "happened") in events
    ended = _events_of_text(tmp_path, (
        "Plans\n"
        "Published: 2031-03\n"
        "The bloc will hold its drills in Tajikistan in the autumn, its staff chief said on March 7, the agency reports.\n"
        "The alliance's border exercise ended in Kyrgyzstan on Friday.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 3, 7), "day", "KGZ", "happened") in ended


def test_round_137_talks_with_an_aside_and_the_participants_act_after_whose_account(tmp_path: Path) -> None:
    # our own words: "contacts of the envoy, including negotiations with the president, were held in Dushanbe" are talks;
    # "According to the bloc's chief, the presidents signed a list of measures" after the summit is signed at it
    events = _events_of_text(tmp_path, (
        "Talks\n"
        "Published: 2031-06-14\n"
        "On June 2-3, fruitful contacts of the bloc's envoy, including negotiations with the Tajik president, were held in Dushanbe.\n"
        "The summit of the bloc takes place in Astana today.\n"
        "Its agenda covers the situation on the borders of the member states.\n"
        "The leaders praised the work of the outgoing chairmanship of the bloc.\n"
        "According to the bloc's chief, the presidents signed a list of measures for the southern border.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 2), "day", "TJK", "happened") in events
    assert ("AGREE", dt.date(2031, 6, 14), "day", "KAZ", "happened") in events


def test_round_138_an_anniversary_a_signing_expected_at_a_session_a_plea_a_resignation_accepted(tmp_path: Path) -> None:
    # our own words: "the 25th anniversary of the charter's signing" is no signing; "Signing of a joint statement is
    # expected" right after a session scheduled for 3 October in Yerevan is expected there and then (one leader joining
    # "via video link" makes it no videoconference); "turned to the allies for help" asks for aid; "signed an order to
    # accept the resignation of the cabinet" changes an office
    events = _events_of_text(tmp_path, (
        "Session\n"
        "Published: 2031-09-28\n"
        "The session is timed to the 25th anniversary of the signing of the charter.\n"
        "The Kyrgyz president will take part in the session via video link.\n"
        "Yerevan will host a session of the Council on October 3. Signing of a joint statement is expected, as well as "
        "eight other documents.\n"
        "On September 25, the Tajik president turned to the allies for help because of the clashes.\n"
        "Earlier on Friday, he signed an order to accept the resignation of the cabinet.\n"
    ))
    assert not any(e[0] == "AGREE" and e[1] == dt.date(2031, 9, 28) for e in events)
    assert ("AGREE", dt.date(2031, 10, 3), "day", "ARM", "planned") in events
    assert ("REQUEST", dt.date(2031, 9, 25), "day", "TJK", "happened") in events
    assert ("APPOINT", dt.date(2031, 9, 26), "day", "TJK", "happened") in events


def test_round_138_a_regret_is_the_news_of_its_clause_and_a_partner_is_no_place(tmp_path: Path) -> None:
    # our own words: "Moscow regrets Yerevan's intentions to hold drills with France" is Russia's disapproval (of the
    # story's day, whatever the plan it names), not a drill; "… causano rammarico alla Russia" is felt in Russia;
    # "ha respinto le accuse" rejects; "il paese ospiterà un'esercitazione … con la Francia" is held in the host named
    # before, not in its partner
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 2031-09-10\n"
        "Russia regrets Armenia's intentions to hold drills with France, the minister said.\n"
    ))
    assert ("DISAPPROVE", dt.date(2031, 9, 10), "day", "RUS", "happened") in events
    assert not any(e[0] == "COOPERATE" for e in events)
    italian = _events_of_text(tmp_path, (
        "Esercitazioni\n"
        "Published: 2031-09-10\n"
        "Le manovre dell'Armenia con la Francia causano rammarico alla Russia. Lo ha affermato un ministro.\n"
        "Il ministro ha inoltre respinto le accuse di Parigi.\n"
        "Ieri il ministero della Difesa di Erevan ha reso noto che il paese ospiterà un'esercitazione congiunta con la "
        "Francia dal 12 al 20 settembre.\n"
    ))
    assert ("DISAPPROVE", dt.date(2031, 9, 10), "day", "RUS", "happened") in italian
    assert any(e[0] == "REJECT" and e[1] == dt.date(2031, 9, 10) for e in italian)
    assert ("COOPERATE", dt.date(2031, 9, 12), "day", "ARM", "planned") in italian


def test_round_139_the_main_verb_s_day_a_purpose_is_no_place_and_a_relative_clause_s_own_subject(tmp_path: Path) -> None:
    # our own words: "On 3-6 May, the units taking part in the bloc's drills will redeploy to Kazakhstan" dates the move, not the
    # drills; a drill "designed to show Moscow stands ready to defend Bishkek" is placed where its dateline puts it, not in
    # Moscow; "Moscow and Minsk, and Tashkent, which left the bloc in 2012," is Uzbekistan's leaving
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 2031-04-30\n"
        "On May 3-6, the units taking part in the bloc's joint drills will redeploy to Kazakhstan, a spokesman said.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 5, 3), "day", "KAZ", "planned") in events
    placed = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 2031-05-08\n"
        "OSH, Kyrgyzstan, May 8 (Wire) - A Russia-led exercise held over five days, designed to show Moscow stands ready to "
        "defend Bishkek, ended on Thursday.\n"
    ))
    assert [e[3] for e in placed if e[0] == "COOPERATE"] == ["KGZ"]
    left = _events_of_text(tmp_path, (
        "Bloc\n"
        "Published: 2031-04-30\n"
        "Moscow and Minsk, members of the bloc, and Tashkent, which froze its membership in the bloc in 2012, are "
        "talking again.\n"
    ))
    assert ("SANCTION", dt.date(2012, 1, 1), "year", "UZB", "happened") in left


def test_round_140_an_advance_into_land_a_meeting_a_sentence_opens_on_and_a_plea_to_convene(tmp_path: Path) -> None:
    # our own words: "On Tuesday, according to <source>, troops advanced two kilometres into <region>" is the advance's
    # day; "Following a meeting of Kyrgyzstan's Security Council, …" is a meeting of that state on the story's day; "has
    # formally appealed to the bloc to convene an emergency session" is a request
    events = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-05-08\n"
        "On Tuesday, according to the Kyrgyz border service, Tajik troops advanced two kilometres into the Batken region.\n"
        "Following a meeting of Kyrgyzstan's Security Council, the government decided to close the border crossings.\n"
        "Kyrgyzstan has formally appealed to the bloc to convene an emergency session on the dispute.\n"
        "On Thursday, the Kyrgyz parliament gathered in an extraordinary session.\n"
    ))
    assert ("FIGHT", dt.date(2031, 5, 6), "day", "KGZ", "happened") in events
    assert ("CONSULT", dt.date(2031, 5, 8), "day", "KGZ", "happened") in events
    assert ("REQUEST", dt.date(2031, 5, 8), "day", "KGZ", "happened") in events
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2031, 5, 8) and e[2] == "day" for e in events)
    assert sum(e[0] == "CONSULT" for e in events) == 1  # (the session on Thursday and the meeting: the same day, one meeting)


def test_round_140_a_war_that_ended_in_a_truce_an_election_inside_an_accusation_and_a_claimed_provocation(tmp_path: Path) -> None:
    # our own words: "the fighting ended in March with a truce brokered by Moscow" is a dated agreement, "the fighting
    # ended with a truce" only background; "accused the government of stirring tension ahead of snap elections next
    # month" holds the election's own date, not the accusation's; "claimed that the Tajik units carried out provocative
    # actions" is an accusation
    events = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-05-08\n"
        "The fighting ended in March with a truce brokered by Moscow.\n"
        "Dushanbe accused the Kyrgyz government of stirring tension ahead of the snap parliamentary elections next month.\n"
        "On Tuesday, the Kyrgyz Foreign Ministry claimed that the Tajik units carried out provocative actions near the border.\n"
    ))
    assert ("AGREE", dt.date(2031, 3, 1), "month") in [e[:3] for e in events]
    assert ("ELECTION", dt.date(2031, 6, 1), "month") in [e[:3] for e in events]
    assert not any(e[0] == "ACCUSE" and e[1] == dt.date(2031, 6, 1) for e in events)
    assert ("ACCUSE", dt.date(2031, 5, 6), "day", "KGZ", "happened") in events
    background = _events_of_text(tmp_path, "Border\nPublished: 2031-05-08\nOn 3 May the clashes resumed. The fighting ended with a truce.\n")
    assert not any(e[0] == "AGREE" for e in background)


def test_round_141_readiness_is_no_signing_a_boycotted_summit_named_again_and_a_bloc_decision_of_months_before(tmp_path: Path) -> None:
    # our own words: "said Tajikistan was ready to sign the accord", "the procedures necessary to sign the accord" and "had
    # resisted signing the treaty" sign nothing; "… signed during a March meeting in Minsk. … Dushanbe boycotted the summit"
    # stayed away from that March meeting; "ASTANA, Oct. 5 – The alliance agreed in early March to create …" was agreed in
    # no one member, not where the story was filed
    events = _events_of_text(tmp_path, (
        "Accord\n"
        "Published: 2031-10-05\n"
        "ASTANA, Oct. 5 - The president said on Friday that Tajikistan was ready to sign the accord, having completed the "
        "procedures necessary to sign it.\n"
        "He had resisted signing the treaty earlier this year.\n"
        "The CSTO, which groups six states, agreed in early March to create a new border force.\n"
        "The other leaders signed the documents during a June meeting in Minsk. However, Dushanbe boycotted the summit.\n"
    ))
    assert not any(e[0] == "AGREE" and e[1] in (dt.date(2031, 10, 3), dt.date(2031, 10, 5), dt.date(2031, 1, 1)) for e in events)
    assert ("AGREE", dt.date(2031, 3, 1), "month", None, "happened") in events
    assert ("REJECT", dt.date(2031, 6, 1), "month", "TJK", "happened") in events


def test_round_142_a_snubbed_summit_one_not_attended_in_italian_and_an_offensive_that_was_not_prevented(tmp_path: Path) -> None:
    # our own words: "officials snubbed a CSTO summit in Astana last November" stayed away in their own country; "il premier
    # kirghiso, che oggi non era presente al vertice," stayed away today; "Moscow failed to prevent Baku's offensive
    # into Karabakh last September" tells an offensive that happened
    events = _events_of_text(tmp_path, (
        "Bloc\n"
        "Published: 2031-02-20\n"
        "Kyrgyz officials snubbed a CSTO summit in Astana last November.\n"
        "Moscow failed to prevent Baku's lightning offensive into Karabakh last September.\n"
    ))
    assert ("REJECT", dt.date(2030, 11, 1), "month", "KGZ", "happened") in events
    assert ("FIGHT", dt.date(2030, 9, 1), "month") in [e[:3] for e in events]
    italian = _events_of_text(tmp_path, (
        "Vertice\n"
        "Published: 2031-02-20\n"
        "Il presidente russo ha parlato del premier kirghiso, che oggi non era presente al vertice a Minsk.\n"
    ))
    assert ("REJECT", dt.date(2031, 2, 20), "day", "KGZ", "happened") in italian


def test_round_143_two_states_agreeing_a_wire_dateline_in_brackets_and_fighting_reported_from_afar(tmp_path: Path) -> None:
    # our own words: "Armenia and Azerbaijan agreed to halt fire and pull back their units to the sites of their
    # previous deployment" is one agreement of two states, placed in neither, with no withdrawal nor deployment beside it;
    # "... agreed on a truce and announced plans to ..." is an agreement that happened; and fighting a Minsk wire reports
    # ("MINSK (Wire / Agency - 5th June, 2031) …"), in a story that names Belarus nowhere else, is not placed in Belarus
    events = _events_of_text(tmp_path, (
        "Truce\n"
        "Published: 2031-06-05\n"
        "Armenia and Azerbaijan agreed on June 4 to halt fire and pull back their units to the sites of their previous "
        "deployment.\n"
    ))
    assert events == [("AGREE", dt.date(2031, 6, 4), "day", None, "happened")]
    events = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-06-05\n"
        "MINSK (Wire / Agency - 5th June, 2031) Fighting broke out on the border on Tuesday, a CSTO official said.\n"
        "Armenia and Azerbaijan agreed on a truce on Wednesday and announced plans to set up a joint commission.\n"
    ))
    assert ("FIGHT", dt.date(2031, 6, 3), "day") in [e[:3] for e in events]
    assert ("AGREE", dt.date(2031, 6, 4), "day", None, "happened") in events
    assert not any(e[3] == "BLR" for e in events)


def test_round_143_italian_mutual_accusations_reinforcements_a_call_to_cease_and_a_period_since_a_year(tmp_path: Path) -> None:
    # our own words: "l'Armenia e l'Azerbaigian si sono reciprocamente accusati" is one accusation of two states, placed in
    # neither; "ha iniziato a spostare rinforzi" and "began moving reinforcements" move troops; "l'invito del presidente a
    # cessare le ostilità" and "called on both sides to cease hostilities" are requests; and "gained independence in 1991;
    # since then the border has seen frequent clashes" dates no clash to 1991
    events = _events_of_text(tmp_path, (
        "Confine\n"
        "Published: 2031-03-07\n"
        "Venerdì il Tagikistan e il Kirghizistan si sono reciprocamente accusati di nuove violazioni al confine.\n"
        "Sabato il Tagikistan ha iniziato a spostare rinforzi verso il confine, e il ministero ha rivolto l'invito "
        "alle parti a cessare le ostilità.\n"
        "I due paesi hanno ottenuto l'indipendenza nel 1991 e da allora il confine è teatro di scontri frequenti.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 3, 7), "day", None, "happened") in events
    assert ("MOBILIZE", dt.date(2031, 3, 1), "day") in [e[:3] for e in events]  # (the Saturday before the Friday story)
    assert any(e[0] == "REQUEST" for e in events)
    assert not any(e[1] == dt.date(1991, 1, 1) for e in events)
    english = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-03-07\n"
        "On Friday Tajik troops began moving reinforcements to the border, and the bloc called on both sides to cease "
        "hostilities.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 3, 7), "day") in [e[:3] for e in english]  # (the story's own Friday)
    assert ("REQUEST", dt.date(2031, 3, 7), "day") in [e[:3] for e in english]


def test_round_144_a_summit_held_to_discuss_recent_challenges_is_the_day_s_news(tmp_path: Path) -> None:
    # our own words: "the leaders have held an informal summit in <capital> to discuss the recent regional tensions"
    # reports the story's news; "recent" describes the tensions, not the summit
    events = _events_of_text(tmp_path, (
        "Bloc to fight cyber crime\n"
        "Published: 2031-08-16\n"
        "The leaders of the CSTO states have held an informal summit in Astana to discuss the recent regional tensions.\n"
    ))
    assert ("CONSULT", dt.date(2031, 8, 16), "day", "KAZ", "happened") in events


def test_round_145_a_training_ground_named_by_its_country_s_adjective_places_the_drill(tmp_path: Path) -> None:
    # our own words: a range the gazetteer does not know, named with its country's adjective, is in that country, even
    # when the story goes on to stages elsewhere
    events = _events_of_text(tmp_path, (
        "Allied logistics drill begins\n"
        "Published: 2031-09-02\n"
        "The joint exercises of the CSTO armies began at the Kazakh training ground of Zhetygen on September 2.\n"
        "The next stage will be held in Belarus and the last one in Tajikistan.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 9, 2), "day", "KAZ", "happened") in events


def test_round_146_the_past_of_a_place_in_a_where_clause_does_not_date_the_news(tmp_path: Path) -> None:
    # our own words: "the withdrawal began from X, where the clashes of the past days took place" reports the day's
    # withdrawal; "of the past days" tells the place's clashes, not the withdrawal
    events = _events_of_text(tmp_path, (
        "Tagikistan: ritiro delle truppe\n"
        "Published: 2031-03-12\n"
        "Via al ritiro delle truppe dal Tagikistan da parte del contingente della Csto, dispiegato nel territorio dove si "
        "sono registrati gli scontri dei giorni scorsi.\n"
    ))
    assert ("RETREAT", dt.date(2031, 3, 12), "day", "TJK", "happened") in events


def test_round_147_two_states_heads_agree_at_a_clock_s_zone_and_both_sides_accuse(tmp_path: Path) -> None:
    # our own words: the heads of two states' services agree in neither state, and "ora di Mosca" is a clock's zone,
    # not a place; "i due Paesi" opening the trigger's clause is two states, whose accusation is in neither
    events = _events_of_text(tmp_path, (
        "Tregua al confine\n"
        "Published: 2031-06-20\n"
        "I capi dei servizi di frontiera dell'Armenia e dell'Azerbaigian hanno concordato una tregua a partire dalle 10 ora di Mosca.\n"
        "Poi la tregua è saltata e i due Paesi si sono accusati a vicenda.\n"
    ))
    assert ("AGREE", dt.date(2031, 6, 20), "day", None, "happened") in events
    assert ("ACCUSE", dt.date(2031, 6, 20), "day", None, "happened") in events
    assert not any(country == "RUS" for *_, country, _ in events)


def test_round_148_ministers_who_convene_virtually_meet_nowhere(tmp_path: Path) -> None:
    # our own words: a session that will "convene virtually" is a videoconference, placed in no country (not in the
    # country the story is about)
    events = _events_of_text(tmp_path, (
        "Ministers to meet on the mission\n"
        "Published: 2031-02-11\n"
        "Kazakhstan has asked the bloc to end its mission in Kazakhstan.\n"
        "The matter will be discussed on Thursday, when the bloc's defence ministers will convene virtually.\n"
    ))
    assert ("CONSULT", dt.date(2031, 2, 13), "day", None, "planned") in events


def test_round_149_an_italian_subject_after_its_verb_is_the_one_who_refused(tmp_path: Path) -> None:
    # our own words: "Non ha firmato la Bielorussia." names the refuser after the verb: the refusal is Belarus's
    events = _events_of_text(tmp_path, (
        "Firmato l'accordo\n"
        "Published: 2031-06-14\n"
        "I leader hanno firmato un accordo sulla forza comune. Non ha firmato la Bielorussia.\n"
    ))
    assert ("REJECT", dt.date(2031, 6, 14), "day", "BLR", "happened") in events


def test_round_150_a_decision_to_be_adopted_is_an_agreement_planned(tmp_path: Path) -> None:
    # our own words: "the decision will be adopted tomorrow" tells a planned agreement, as "the declaration will be
    # adopted" does
    events = _events_of_text(tmp_path, (
        "Leaders meet in Minsk\n"
        "Published: 2031-11-20\n"
        "The final decision on the new staff will be adopted tomorrow, the Belarusian president said.\n"
    ))
    assert ("AGREE", dt.date(2031, 11, 21), "day", "BLR", "planned") in events  # (where its announcer is, failing a place)


def test_round_151_the_latter_is_the_last_state_named_before(tmp_path: Path) -> None:
    # our own words: "Quest'ultima …" / "The latter …" opening a sentence is the state the paragraph named last, and its
    # history told in the future ("rientrerà nel 2004") is over by the story's day
    events = _events_of_text(tmp_path, (
        "Storia del blocco\n"
        "Published: 2031-05-25\n"
        "Nel 1999 il protocollo non fu firmato da tre Stati, tra cui la Moldavia. Quest'ultima rientrerà nel 2004 per uscirne ancora nel 2010.\n"
        "In 1999 two states, Armenia among them, stayed out. The latter rejoined the treaty in 2003.\n"
    ))
    assert ("AGREE", dt.date(2004, 1, 1), "year", "MDA", "happened") in events
    assert ("AGREE", dt.date(2003, 1, 1), "year", "ARM", "happened") in events


def test_round_151_who_missed_a_meeting_does_not_place_it(tmp_path: Path) -> None:
    # our own words: the summit "today", named in a clause about a leader who was not present at it, is where the story
    # puts the summit, not in the absent leader's country
    events = _events_of_text(tmp_path, (
        "Vertice a Minsk\n"
        "Published: 2031-10-13\n"
        "Il presidente russo ha parlato a Minsk dopo un vertice dei leader della Csi. Ha detto di aver sentito il premier "
        "armeno, Nikol Pashinyan, che era assente al vertice di oggi.\n"
    ))
    assert ("CONSULT", dt.date(2031, 10, 13), "day", "BLR", "happened") in events
    assert not any(kind == "CONSULT" and country == "ARM" for kind, _, _, country, _ in events)


def test_round_152_a_border_section_named_by_its_town_places_fighting_between_two_states(tmp_path: Path) -> None:
    # our own words: fighting between two states' forces is placed in neither, unless the sentence puts it somewhere:
    # "on the border's <Town> section" does, in the town's country
    events = _events_of_text(tmp_path, (
        "Border clash\n"
        "Published: 2031-04-30\n"
        "On Wednesday fighting between the border units of Tajikistan and of Kyrgyzstan started on the border's Isfara section.\n"
    ))
    assert ("FIGHT", dt.date(2031, 4, 30), "day", "TJK", "happened") in events  # (the story's own Wednesday)


def test_round_153_members_in_a_history_a_breached_territory_a_summit_held_last_month_and_founders_listed(tmp_path: Path) -> None:
    # our own words: Italian members added (a year in brackets) or leaving and coming back in a history; a territory
    # breached is where the fighting was; "the decisions taken at the summit held last month in <City>" dates the
    # summit, not the briefing; a founding by one president "and leaders of" others is no one state's; an anniversary
    # counted from a signing is no signing; forces "were sent to" a country are deployed there
    events = _events_of_text(tmp_path, (
        "Alliance notes\n"
        "Published: 2031-06-10\n"
        "In seguito si sono aggiunte la Moldavia e l'Ucraina (1995).\n"
        "Nel 2004 la Georgia è rientrata per poi uscirne nel 2009.\n"
        "Kazakh units breached Kyrgyzstan's sovereign territory in March 2030.\n"
        "The envoy met with the defence minister and briefed him on the decisions taken at the bloc's summit held last month in Astana.\n"
        "In April, Russian President Vladimir Putin and leaders of Kazakhstan and Tajikistan finalized the creation of a joint air-defence group.\n"
        "Gli alleati hanno celebrato i vent'anni dalla firma del Trattato.\n"
        "Additional forces were sent to Tajikistan on 5 June.\n"
    ))
    assert ("AGREE", dt.date(1995, 1, 1), "year", None, "happened") in events
    assert ("AGREE", dt.date(2004, 1, 1), "year", "GEO", "happened") in events
    assert ("SANCTION", dt.date(2009, 1, 1), "year", "GEO", "happened") in events
    assert ("FIGHT", dt.date(2030, 3, 1), "month", "KGZ", "happened") in events
    assert ("CONSULT", dt.date(2031, 5, 1), "month", "KAZ", "happened") in events
    assert ("AGREE", dt.date(2031, 4, 1), "month", None, "happened") in events
    assert ("MOBILIZE", dt.date(2031, 6, 5), "day", "TJK", "happened") in events
    assert not any(kind == "AGREE" and date == dt.date(2031, 6, 10) for kind, date, _, _, _ in events)  # (no signing today)


def test_round_155_an_agreement_signed_or_taking_effect_results_of_a_year_and_periodic_drills(tmp_path: Path) -> None:
    # our own words: "this protocol, signed on <day> last year in <City>" is a signing on that day; an accord "between A
    # and B" that took effect on a day is both states', placed in neither; "discussed the results of the bloc's work
    # in <year>" is not dated by that year; "holds periodic exercises" is a custom, no event of the story's day
    events = _events_of_text(tmp_path, (
        "Air defence\n"
        "Published: 2031-03-20\n"
        "This protocol, signed on June 12 last year in Bishkek, joins the two radar networks.\n"
        "The accord between Kazakhstan and Tajikistan, effectuated on March 2, sets up a shared command.\n"
        "The ministers met by video link and discussed the results of the bloc's work in 2030.\n"
        "The joint command holds periodic exercises to keep its crews ready.\n"
    ))
    assert ("AGREE", dt.date(2030, 6, 12), "day", "KGZ", "happened") in events
    assert ("AGREE", dt.date(2031, 3, 2), "day", None, "happened") in events
    assert not any(date == dt.date(2030, 1, 1) for _, date, _, _, _ in events)
    assert not any(kind == "COOPERATE" for kind, _, _, _, _ in events)


def test_round_156_troops_that_intervened_men_sent_and_a_state_s_training_grounds(tmp_path: Path) -> None:
    # our own words: "soldiers intervened last week", "ha inviato 2.500 uomini" deploy forces; "on the training grounds of
    # the Kazakh armed forces" places the drills in Kazakhstan
    events = _events_of_text(tmp_path, (
        "Forces\n"
        "Published: 2031-04-17\n"
        "About 900 soldiers of the alliance intervened in Kyrgyzstan on April 9.\n"
        "Il Cremlino ha inviato 2.500 uomini in Tagikistan il 10 aprile.\n"
        "The ministry said five drills are planned on the training grounds of the Kazakh armed forces in 2032.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 4, 9), "day", "KGZ", "happened") in events
    assert ("MOBILIZE", dt.date(2031, 4, 10), "day", "TJK", "happened") in events
    assert any(kind == "COOPERATE" and date == dt.date(2032, 1, 1) and country == "KAZ" for kind, date, _, country, _ in events)


def test_round_157_a_day_of_the_month_written_in_words(tmp_path: Path) -> None:
    # our own words: "il tre marzo", "the fourth of March" are days, not the month
    events = _events_of_text(tmp_path, (
        "Proteste\n"
        "Published: 2031-03-20\n"
        "Le proteste sono iniziate il tre marzo nella capitale kirghisa Bishkek.\n"
        "Troops were sent to Tajikistan on the fourth of March.\n"
    ))
    assert ("PROTEST", dt.date(2031, 3, 3), "day", "KGZ", "happened") in events
    assert ("MOBILIZE", dt.date(2031, 3, 4), "day", "TJK", "happened") in events


def test_round_158_a_meeting_its_speaker_addressed_and_a_meeting_at_a_border_crossing(tmp_path: Path) -> None:
    # our own words: a president "addressing a joint sitting of both blocs' leaders" does not place the sitting in his
    # country; governors who "met at a border crossing" met on the line between their states, in neither
    events = _events_of_text(tmp_path, (
        "Summit notes\n"
        "Published: 2031-09-18\n"
        "The President of Kazakhstan Kassym-Jomart Tokayev said on Friday, addressing a joint sitting of both blocs\' leaders, that the region needs calm.\n"
        "I governatori delle regioni di confine di Kirghizistan e Tagikistan si sono incontrati ieri a un valico di frontiera.\n"
    ))
    assert not any(kind == "CONSULT" and country == "KAZ" for kind, _, _, country, _ in events)
    assert ("CONSULT", dt.date(2031, 9, 17), "day", None, "happened") in events


def test_round_160_an_act_told_twice_with_its_two_dates_and_a_month_of_last_year(tmp_path: Path) -> None:
    # our own words: "shelled the villages in March 2030 and again in June of last year" is two attacks, each on its own
    # date; "June of last year" is the June before the story's year
    events = _events_of_text(tmp_path, (
        "Border\n"
        "Published: 2031-11-03\n"
        "Tajik units shelled the Kyrgyz villages in March 2029 and again in June of last year.\n"
    ))
    fights = sorted(date for kind, date, _, _, _ in events if kind == "FIGHT")
    assert fights == [dt.date(2029, 3, 1), dt.date(2030, 6, 1)]


def test_round_162_a_summit_attended_by_the_presidents_of_several_states_is_the_one_the_lead_placed(tmp_path: Path) -> None:
    # our own words: the lead places the meeting and the dateline dates it; the next paragraph gives its own day and the
    # heads of four states (a leader's name in brackets after each) who attended: one meeting, on that day, where the
    # lead put it
    events = _events_of_text(tmp_path, (
        "Leaders meet\n"
        "ALMATY, April 9, 2031, Wire -- An informal summit of the alliance has taken place in Minsk, Belarus.\n"
        "The presidents of Armenia (Ann Example), Kazakhstan (Bob Example), Russia (Carl Example) and Tajikistan "
        "(Dan Example) attended the one-day summit on April 8.\n"
    ))
    assert events == [("CONSULT", dt.date(2031, 4, 8), "day", "BLR", "happened")]


def test_round_162_a_date_that_closes_the_phrase_of_what_was_discussed_is_not_the_talks_date(tmp_path: Path) -> None:
    # our own words: the year dates the pull-out the talks were about, not the talks; that pull-out leaves the country
    # named after the force's long name
    events = _events_of_text(tmp_path, (
        "Talks\n"
        "Published: 2030-06-02\n"
        "“The ministers discussed ways to soften the effects of the withdrawal of the United Example Stabilisation "
        "Mission (UESM) from Afghanistan in 2032,” the envoy said.\n"
    ))
    assert events == [("RETREAT", dt.date(2032, 1, 1), "year", "AFG", "planned")]


def test_round_162_drills_in_a_state_and_in_another_states_own_region_are_in_both(tmp_path: Path) -> None:
    # our own words: "in Armenia and Russia's Example region" lists two states; "Russia's reinforcement" would not
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 2030-02-10\n"
        "The alliance's rapid reaction force will hold exercises in Armenia and Russia's Pskov region this year.\n"
    ))
    assert sorted((c, s) for t, _, _, c, s in events if t == "COOPERATE") == [("ARM", "planned"), ("RUS", "planned")]


def test_round_162_a_pull_out_a_present_tense_clause_looks_ahead_to_is_not_dated_by_the_statement(tmp_path: Path) -> None:
    # our own words: "last week" dates what the agency said, not the pull-out its after-clause looks ahead to
    events = _events_of_text(tmp_path, (
        "Forecast\n"
        "Published: 2030-03-14\n"
        "Last week, the agency said it expects attacks to grow in Afghanistan after the coalition forces are pulled out.\n"
    ))
    assert [e for e in events if e[0] == "RETREAT"] == []


def test_round_164_a_member_not_at_the_summit_and_what_signed_documents_concern(tmp_path: Path) -> None:
    # our own words: "non ha partecipato al summit" (the English word in Italian news) is staying away; the drills that
    # signed documents concern are their topic, not an exercise
    events = _events_of_text(tmp_path, (
        "Vertice a Minsk\n"
        "Published: March 3, 2031\n"
        "Il Kirghizistan non ha partecipato al summit di Minsk per protesta.\n"
        "I documenti firmati concernono il transito delle truppe; le esercitazioni comuni e il bilancio.\n"
    ))
    assert ("REJECT", dt.date(2031, 3, 3), "day", "KGZ", "happened") in events
    assert not [e for e in events if e[0] == "COOPERATE"]


def test_round_165_older_spellings_of_kyrgyzstan_are_the_country(tmp_path: Path) -> None:
    # our own words: "Kyrghyzistan" and "Kirgizstan", as older wires spell it, are Kyrgyzstan
    events = _events_of_text(tmp_path, (
        "Drills in the mountains\n"
        "Published: May 2, 2031\n"
        "The second stage of the allied drills will be held in Kyrghyzistan from May 9 to 11.\n"
        "Troops from Kirgizstan and Tajikistan met at the range on May 1 for a joint exercise.\n"
    ))
    assert ("COOPERATE", dt.date(2031, 5, 9), "day", "KGZ", "planned") in events


def test_round_166_an_end_told_in_the_present_is_the_coming_day_and_the_drill_s_last(tmp_path: Path) -> None:
    # our own words: on a Wednesday, "the drills finish on Friday" is two days on, the end of the drill begun on Monday,
    # not a second drill on the Friday before
    events = _events_of_text(tmp_path, (
        "Drills near the lake\n"
        "Published: June 11, 2031\n"
        "The joint drills of the allied battalions began at the lakeside range in Kazakhstan on Monday.\n"
        "The drills finish on Friday with a parade of the units.\n"
    ))
    assert [e for e in events if e[0] == "COOPERATE"] == [("COOPERATE", dt.date(2031, 6, 9), "day", "KAZ", "happened")]


def test_round_168_troops_being_deployed_in_italian_and_what_is_under_way_at_the_moment(tmp_path: Path) -> None:
    # our own words: "stanno dispiegando i propri contingenti" moves troops, and "al momento" is the story's day; the
    # equipment a drill will use ("saranno dispiegate 200 attrezzature") is no deployment of its own
    events = _events_of_text(tmp_path, (
        "Manovre al confine\n"
        "Published: April 7, 2031\n"
        "Secondo il ministero, al momento i Paesi alleati stanno dispiegando i propri contingenti in Tagikistan.\n"
        "Per le manovre saranno dispiegate oltre 200 attrezzature.\n"
    ))
    assert [e for e in events if e[0] == "MOBILIZE"] == [("MOBILIZE", dt.date(2031, 4, 7), "day", "TJK", "happened")]


def test_round_172_an_appeal_named_again_with_its_day_and_a_named_drill_told_twice(tmp_path: Path) -> None:
    # our own words: "In an appeal on May 3, X said …" dates the appeal the sentence before told with only the story's
    # month; a drill named with its year ("Shield 2031") that the story mentions on its day and then dates in the
    # future is one drill, the dated one
    events = _events_of_text(tmp_path, (
        "Appeal for help\n"
        "Published: May 2031\n"
        "Kyrgyzstan has appealed to its allies for help with the refugees on its southern border.\n"
        "In an appeal on May 3, Bishkek said it could not shelter them all without outside aid.\n"
    ))
    assert [e for e in events if e[0] == "REQUEST"] == [("REQUEST", dt.date(2031, 5, 3), "day", "KGZ", "happened")]
    drills = _events_of_text(tmp_path, (
        "Talks on drills\n"
        "Published: June 2, 2031\n"
        "The minister spoke about the Shield 2031 Kazakh-Kyrgyz drills in an interview.\n"
        "The Shield 2031 Kyrgyz-Kazakh drills will be staged in Kazakhstan from July 10 through 20.\n"
    ))
    assert [e for e in drills if e[0] == "COOPERATE"] == [("COOPERATE", dt.date(2031, 7, 10), "day", "KAZ", "planned")]


def test_round_173_the_month_s_summit_named_again_and_the_addressees_of_a_speech(tmp_path: Path) -> None:
    # our own words: "the June summit" in a story that dated a June summit to its day (Minsk, June 14) is that summit (one
    # meeting, its day and place), and "l'intervento, in cui si è rivolto ai colleghi" names whom a speech addressed,
    # not a request
    events = _events_of_text(tmp_path, (
        "Force joined\n"
        "Published: October 2031\n"
        "The leaders put their names to the pact at the Minsk summit on June 14.\n"
        "Kazakhstan has also ratified the other documents adopted at the June summit.\n"
    ))
    assert [e for e in events if e[0] == "CONSULT"] == [("CONSULT", dt.date(2031, 6, 14), "day", "BLR", "happened")]
    speech = _events_of_text(tmp_path, (
        "Vertice\n"
        "Published: May 2031\n"
        "«Restiamo uniti», ha dichiarato il presidente nell'intervento, in cui si è rivolto ai colleghi "
        "degli altri Paesi.\n"
    ))
    assert not [e for e in speech if e[0] == "REQUEST"]


def test_round_174_a_session_named_again_with_a_year_a_date_after_the_story_s_month_and_what_a_minister_briefed_about(
        tmp_path: Path) -> None:
    # our own words: "during the session … in 2031" is the session the story dated to its day; "put off until a session in
    # April 2032", in a story of December 2031, is still to come; the places a
    # minister briefed the meeting about are not where it met; documents "were concluded" are agreed
    events = _events_of_text(tmp_path, (
        "Session\n"
        "Published: December 12, 2031\n"
        "The leaders met in Astana today for the session of the Council.\n"
        "In his speech during the session the host praised the bloc's work in 2031.\n"
        "During the plenary session, a number of documents were concluded.\n"
    ))
    consults = [e for e in events if e[0] == "CONSULT"]
    assert ("CONSULT", dt.date(2031, 12, 12), "day", "KAZ", "happened") in consults
    assert not [e for e in consults if e[2] == "year"]
    assert [e for e in events if e[0] == "AGREE"] == [("AGREE", dt.date(2031, 12, 12), "day", "KAZ", "happened")]
    later = _events_of_text(tmp_path, (
        "Chief\n"
        "Published: December 2031\n"
        "ASTANA — The leaders met in Astana on December 12.\n"
        "The choice of a new chief was put off until a session in April 2032.\n"
    ))
    assert [(e[1], e[4]) for e in later if e[0] == "CONSULT" and e[2] == "month"] == [(dt.date(2032, 4, 1), "planned")]
    briefed = _events_of_text(tmp_path, (
        "Ministers\n"
        "Published: June 20, 2031\n"
        "On June 20, the president of Kazakhstan received the ministers in Astana.\n"
        "During the meeting, the minister of Armenia informed the participants about the situation, notably on the "
        "frontier and in Nagorno-Karabakh.\n"
    ))
    assert [e[3] for e in briefed if e[0] == "CONSULT"] == ["KAZ"]


def test_round_176_troops_that_fly_out_or_leave_for_their_places_of_permanent_deployment(tmp_path: Path) -> None:
    # our own words: "planes with the peacekeepers took off from <City>" and units that "left <City> for places of their
    # permanent deployment" are leaving (RETREAT), in the country they leave
    events = _events_of_text(tmp_path, (
        "Going home\n"
        "Published: March 9, 2031\n"
        "Two aircraft with Russian peacekeepers of the allied force took off from Almaty, the ministry said.\n"
        "Units from Armenia left Astana for places of their permanent deployment.\n"
    ))
    assert [e for e in events if e[0] == "RETREAT"] == [("RETREAT", dt.date(2031, 3, 9), "day", "KAZ", "happened")]
    alone = _events_of_text(tmp_path, "Going home\nPublished: March 9, 2031\nUnits from Armenia left Astana for places of their permanent deployment.\n")
    assert alone == [("RETREAT", dt.date(2031, 3, 9), "day", "KAZ", "happened")]


def test_round_177_a_summit_to_be_held_on_friday_an_eve_a_base_only_agreed_and_a_visit_where_he_arrived(tmp_path: Path) -> None:
    # our own words: said "on the eve of a summit …, to be held in <country> on Friday" (a Tuesday story): the summit
    # is the coming Friday, planned, and the eve dates no summit; a base whose deployment "has been coordinated" is not
    # deployed on the story's day; "the heads of state of the bloc signed a pact on <day>" is in none of its
    # members; a speech at a base "where he arrived to congratulate" the troops is his visit there
    events = _events_of_text(tmp_path, (
        "Base agreed\n"
        "MOSCOW, July 29, 2031 - The deployment of a second base in southern Tajikistan has been coordinated with the hosts, an official said "
        "on the eve of a summit of the bloc, to be held in Tajikistan on Friday.\n"
        "The heads of state of the regional defence bloc signed a pact on a joint force on June 14, with units from "
        "Tajikistan, Russia and Kazakhstan.\n"
        "The minister spoke on Tuesday at the air base in the town of Kulob where he arrived to greet the pilots.\n"
    ))
    published = dt.date(2031, 7, 29)  # a Tuesday
    assert [e for e in events if e[0] == "CONSULT" and e[4] == "planned"] == [("CONSULT", dt.date(2031, 8, 1), "day", "TJK", "planned")]
    assert not any(e[0] == "MOBILIZE" and e[1] is not None for e in events)
    assert ("AGREE", dt.date(2031, 6, 14), "day", None, "happened") in events
    assert ("CONSULT", published, "day", "TJK", "happened") in events


def test_round_178_opting_out_readiness_and_talks_under_way(tmp_path: Path) -> None:
    # our own words: a member that "opted not to participate in the manoeuvres" refuses them (REJECT), in its own country;
    # forces that "stand ready for every mission, a deployment to X among them" are not deployed; "is negotiating the deployment
    # of a base" is talks (CONSULT), not the deployment; "is ready to host drills in the autumn" is planned
    events = _events_of_text(tmp_path, (
        "Drills without a member\n"
        "Published: 3 May 2031\n"
        "The drills of the bloc have begun in Kyrgyzstan. Belarus opted not to participate in the manoeuvres.\n"
        "The secretary general claimed the bloc's forces stand ready for every mission, a deployment to Moldova among them.\n"
    ))
    assert ("REJECT", dt.date(2031, 5, 3), "day", "BLR", "happened") in events
    assert not any(t == "MOBILIZE" for t, *_ in events)
    talks = _events_of_text(tmp_path, "A second base\nPublished: 3 May 2031\nThe Russian side is negotiating the deployment of a second base with the Kyrgyz government.\n")
    assert talks == [("CONSULT", dt.date(2031, 5, 3), "day", "RUS", "happened")]
    hosting = _events_of_text(tmp_path, "Drills\nPublished: 3 May 2031\nBelarus is ready to host joint drills of the bloc in the autumn.\n")
    assert [(t, s) for t, _, _, _, s in hosting] == [("COOPERATE", "planned")]


def test_round_179_a_ratification_a_refusal_in_a_relative_clause_and_a_meeting_told_as_a_setting(tmp_path: Path) -> None:
    # our own words: "the upper house ratified a treaty regulating the deployment of …" is an agreement, and what the
    # treaty regulates no deployment; "may be blocked by Belarus, which refused to sign the pact at a summit in May" is a
    # refusal that happened (its own verb), not a possible one; "In his meeting with X on Monday, Y said …" is a meeting
    events = _events_of_text(tmp_path, (
        "The force\n"
        "Published: June 2031\n"
        "In late April, Kazakhstan's upper house ratified a treaty regulating the deployment of the joint force.\n"
        "The plan may be blocked by Belarus, which refused to sign the pact at a summit in May.\n"
        "In his meeting with Ivan Petrovsky on Monday, Tokayev said the plan would go ahead.\n"
    ))
    assert ("AGREE", dt.date(2031, 4, 1), "month") in [(t, d, p) for t, d, p, *_ in events]
    assert not any(t == "MOBILIZE" for t, *_ in events)
    assert ("REJECT", dt.date(2031, 5, 1), "month", "BLR", "happened") in events
    assert ("CONSULT", dt.date(2031, 6, 1), "month") in [(t, d, p) for t, d, p, *_ in events]


def test_round_180_skipping_events_a_promised_signing_and_a_participle_that_is_an_adjective(tmp_path: Path) -> None:
    # our own words: a state that decided "to skip the events of the bloc" in a city stays away from them (REJECT, in its
    # own country); "vowed to sign a pact by October 1" in a story of May is a signing still to come, that October;
    # "to deliver the signed documents" is no signing
    events = _events_of_text(tmp_path, (
        "Without a member\n"
        "Published: 20 May 2031\n"
        "Yerevan decided to skip the events of the bloc in Minsk on May 20.\n"
        "The two governments vowed to sign a pact on the bases by October 1.\n"
        "The secretary general will travel to Yerevan to deliver the signed documents to officials there.\n"
    ))
    assert ("REJECT", dt.date(2031, 5, 20), "day", "ARM", "happened") in events
    assert ("AGREE", dt.date(2031, 10, 1), "day") in [(t, d, p) for t, d, p, _, s in events if s == "planned"]
    assert not any(t == "AGREE" and s == "happened" for t, _, _, _, s in events)


def test_round_181_the_blocs_events_two_listed_sessions_a_meeting_the_attribution_names_and_a_capital_that_seeks(tmp_path: Path) -> None:
    # our own words: the CSTO's "events" in a named city are its meetings there; two sittings listed with a day each are
    # two meetings, the second in the same city; a sitting the attribution says the words came just before is the
    # story's; "as Moscow seeks" names Russia's government, not where a Kyrgyz decision was taken; "the group was
    # established" is a founding, and help promised "in the event of" an attack is no aid given
    events = _events_of_text(tmp_path, (
        "Minsk meetings\n"
        "Published: 5 May 2031\n"
        "Our envoys will skip the events of the CSTO in Minsk on May 4, a spokesman announced.\n"
        "The envoys welcomed the foreign ministers' session on May 4 and the final session of the Collective Security Council "
        "on May 5.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 4), "day", "BLR", "happened") in events
    assert ("CONSULT", dt.date(2031, 5, 5), "day", "BLR", "happened") in events
    events = _events_of_text(tmp_path, (
        "A trip after the summit\n"
        "Published: 5 May 2031\n"
        "The bloc's chief will go on to Baku after the summit, the host's foreign minister told journalists ahead of the "
        "opening of the session of the Collective Security Council in Minsk.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 5), "day", "BLR", "happened") in events
    events = _events_of_text(tmp_path, (
        "OSH, Kyrgyzstan - Bases\n"
        "Published: 2 Aug 2031\n"
        "Kyrgyzstan on Aug. 1 agreed to let Russia open a second base in the country as Moscow seeks to widen its reach.\n"
        "The group was established in May 2012 to keep the peace and to send military aid to an ally in the event of an attack.\n"
    ))
    assert ("AGREE", dt.date(2031, 8, 1), "day", "KGZ", "happened") in events
    assert ("AGREE", dt.date(2012, 5, 1), "month") in [(t, d, p) for t, d, p, _, _ in events]
    assert not any(t == "AID" and s == "happened" for t, _, _, _, s in events)


def test_round_182_a_visitor_arrived_the_day_before_a_stop_of_payments_dated_by_its_report_and_repeated_accusations(tmp_path: Path) -> None:
    # our own words: "received X, who arrived in <city> on March 11" is a visit from the 11th as well as the talks of the
    # story's day; a halt of payments "this year" is dated by the sentence that reports it ("The <site> reported this on
    # Monday, May 5"), and "refused to fund" is the same halt; "has repeatedly accused" is no one day's act; a Council
    # decision named by its date is that day's agreement; allies that "sono intervenuti" in January sent forces
    events = _events_of_text(tmp_path, (
        "DUSHANBE, March 12, 2031 – Visit\n"
        "The defence minister today received the Shanghai Cooperation Organisation (SCO) Secretary-General Ivan Petrov, "
        "who arrived in Dushanbe on 11 March for three days of talks, the ministry said.\n"
    ))
    assert ("CONSULT", dt.date(2031, 3, 11), "day", "TJK", "happened") in events
    assert ("CONSULT", dt.date(2031, 3, 12), "day", "TJK", "happened") in events
    events = _events_of_text(tmp_path, (
        "Dues\n"
        "Published: 9 May 2031\n"
        "Armenia will not take part in financing the bloc's budget this year. The Example.net site reported this on Monday, "
        "May 5, citing the ministry's spokesman.\n"
        "The members welcomed the decision of the Council of the CSTO dated 3 December 2030.\n"
        "The premier has repeatedly accused the allies of breaking their word.\n"
    ))
    assert ("SANCTION", dt.date(2031, 5, 5), "day", "ARM", "happened") in events
    assert not any(t == "SANCTION" and p == "year" for t, _, p, _, _ in events)
    assert ("AGREE", dt.date(2030, 12, 3), "day") in [(t, d, p) for t, d, p, _, _ in events]
    assert not any(t == "ACCUSE" for t, *_ in events)
    events = _events_of_text(tmp_path, (
        "Dues\n"
        "Published: 9 May 2031\n"
        "Photo from the archive: Armenia refused to fund the alliance\n"
    ))
    assert [t for t, *_ in events] == ["SANCTION"]
    events = _events_of_text(tmp_path, (
        "Il vertice\n"
        "Pubblicato: 17 maggio 2031\n"
        "Il presidente ha rievocato il gennaio scorso, quando gli alleati sono intervenuti a difesa del governo.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 1, 1), "month") in [(t, d, p) for t, d, p, _, _ in events]


def test_round_183_troops_leave_for_drills_abroad_and_italian_deployments_arrests_and_support(tmp_path: Path) -> None:
    # our own words: soldiers who "left for Serbia to take part in" drills are deployed there, and the drills are still to
    # come; "ha schierato migliaia di soldati", "sono state schierate" deploy troops (a second deployment its own words
    # place elsewhere is another one); "gli arresti sono oltre 500" are arrests; support voiced by "il leader cinese" is
    # China's
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 28 Aug 2031\n"
        "Kyrgyz soldiers have left for Serbia to take part in the Example-2031 exercises.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 8, 28), "day", "SRB", "happened") in events
    assert not any(t == "COOPERATE" and s == "happened" for t, _, _, _, s in events)
    events = _events_of_text(tmp_path, (
        "La crisi\n"
        "Pubblicato: 12 gennaio 2031\n"
        "Mosca ha schierato migliaia di soldati lungo la frontiera.\n"
        "Le forze alleate sono state schierate pure nella capitale, Astana.\n"
        "Il leader cinese Li Wei ha manifestato pieno appoggio alle autorità.\n"
    ))
    kinds = {(t, c) for t, _, _, c, _ in events}
    assert ("MOBILIZE", "RUS") in kinds and ("MOBILIZE", "KAZ") in kinds
    assert ("SUPPORT", "CHN") in kinds
    events = _events_of_text(tmp_path, (
        "La crisi\n"
        "Pubblicato: 12 gennaio 2031\n"
        "Gli arresti sono oltre 500.\n"
    ))
    assert any(t == "COERCE" for t, *_ in events)


def test_round_184_a_host_that_finds_drills_inexpedient_sees_no_reason_and_a_question_about_a_refusal(tmp_path: Path) -> None:
    # our own words: "thinks it's inexpedient to host the drills in 2031" and "sees no reason for the allies to hold drills
    # this year" are refusals made the day they are said (the year is the drills'); what a spokesman is asked about ("Asked
    # what Moscow makes of Serbia's refusal to host this year's war game") is no new event
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 10 Jan 2031\n"
        "YEREVAN. Jan 10 (Agency) - Armenia finds it inexpedient to host the allies' exercises in 2031, its premier "
        "Ivan Petrov said.\n"
    ))
    assert ("REJECT", dt.date(2031, 1, 10), "day", "ARM", "happened") in events
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 10 Jan 2031\n"
        "At a briefing, the Armenian premier said he sees no reason for the allies to hold drills in Armenia this year.\n"
        "Asked what Moscow makes of Armenia's refusal to host this year's war game, a Kremlin spokesman said the allies "
        "would talk.\n"
    ))
    assert ("REJECT", dt.date(2031, 1, 10), "day", "ARM", "happened") in events
    assert not any(c == "RUS" for _, _, _, c, _ in events)


def test_round_185_a_war_told_by_its_verb_and_a_which_clause_to_the_sentences_end(tmp_path: Path) -> None:
    # our own words: "a neighbour, which fought a short war with it in 2019" is a war of 2019 (a verb of fighting), and
    # the year in that which-clause is no date of the refusal before it
    events = _events_of_text(tmp_path, (
        "Views\n"
        "Published: 10 Jan 2031\n"
        "Ivan Petrov claimed the alliance had failed to condemn Azerbaijan, which fought a short war with Armenia over the "
        "disputed region in 2019.\n"
    ))
    assert ("FIGHT", dt.date(2019, 1, 1), "year", "happened") in [(t, d, p, s) for t, d, p, _, s in events]
    assert not any(t == "REJECT" and d == dt.date(2019, 1, 1) for t, d, *_ in events)


def test_round_186_halves_a_done_act_takes_no_day_to_come_outcomes_of_the_one_meeting_and_spared_fines(tmp_path: Path) -> None:
    # our own words: "the session, which is expected for the second half of 2031" and "will next convene in Armenia in the
    # fourth quarter of 2031" are planned for 2031; a done act before a trailing attribution's day ("have adopted
    # statements …, the ministry said on June 20") took place by that day, at the only meeting the story places then;
    # documents approved with no day of their own were approved at that meeting
    events = _events_of_text(tmp_path, (
        "Ministers\n"
        "Published: 22 Jun 2031\n"
        "Foreign ministers of the bloc have adopted statements on the border and on outer space, the Kyrgyz foreign "
        "ministry said on June 20.\n"
        "The ministers, who convened in Minsk for two days of talks on June 19-20, reviewed the year's tasks.\n"
        "They also got ready for the session of the Collective Security Council, which is expected for the second half of "
        "2031 in Minsk. Several documents were approved for further endorsement.\n"
        "The ministry said the ministers will next convene in Armenia in the fourth quarter of 2031.\n"
    ))
    assert ("AGREE", dt.date(2031, 6, 20), "day", "BLR", "happened") in events
    assert ("AGREE", dt.date(2031, 6, 19), "day", "BLR", "happened") in events
    assert ("CONSULT", dt.date(2031, 1, 1), "year", "BLR", "planned") in events
    assert ("CONSULT", dt.date(2031, 1, 1), "year", "ARM", "planned") in events
    # "approved the agenda for tomorrow's (18 September) meeting" was approved at the meeting of the day, and the
    # meeting of the 18th is planned; "the summit on 16 September, where they have agreed to …" agreed before it
    events = _events_of_text(tmp_path, (
        "Ministers\n"
        "Published: 17 Sep 2031\n"
        "In Dushanbe on Wednesday, a joint meeting of the ministers was held.\n"
        "During the meeting, the ministers approved the agenda for tomorrow (September 18, 2031) meeting "
        "of the Collective Security Council.\n"
        "Kazakhstan is expected to take the chair at the summit in Astana on 20 September, where the members have agreed "
        "to discuss the border further.\n"
    ))
    assert ("AGREE", dt.date(2031, 9, 17), "day", "TJK", "happened") in events
    assert ("CONSULT", dt.date(2031, 9, 18), "day") in [e[:3] for e in events]
    assert not any(t == "AGREE" and d is not None and d > dt.date(2031, 9, 17) for t, d, *_ in events)
    # a charge made on the day of the only meeting the story places was made there; sanctions that "could
    # have been avoided" are of some earlier day
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 19 May 2031\n"
        "The Belarusian president on Monday accused the West of stoking the war.\n"
        "Ivan Petrov, speaking at the bloc's summit in Moscow, said \"crippling sanctions\" against his country could have "
        "been avoided if the bloc had spoken as one.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 5, 19), "day", "RUS", "happened") in events
    assert not any(t == "SANCTION" for t, *_ in events)


def test_round_186_an_outlets_name_is_no_place_and_an_italian_should_is_a_plan(tmp_path: Path) -> None:
    # our own words: "Kabul Now reported" puts nothing in Kabul; "dovrebbe tenersi … prima della sessione dell'8
    # novembre", in a story of June, is the coming November's session
    events = _events_of_text(tmp_path, (
        "Ministers\n"
        "Published: 21 Jun 2031\n"
        "Kabul Now reported on 21 June that the members of the bloc called on the Taliban to talk to all groups.\n"
    ))
    assert not any(c == "AFG" for _, _, _, c, _ in events)
    events = _events_of_text(tmp_path, (
        "Ministri\n"
        "Published: 11 Jun 2031\n"
        "L'evento dovrebbe tenersi ad Astana, qualche settimana prima della sessione dei capi di Stato dell'8 novembre.\n"
    ))
    assert any(t == "CONSULT" and d == dt.date(2031, 11, 8) and s == "planned" for t, d, _, _, s in events)


def test_round_187_a_statement_adopted_at_a_topic_body_a_named_conference_and_an_ultimatum(tmp_path: Path) -> None:
    # our own words: a declaration "adopted at" the council's sitting on Wednesday is an agreement of that day; "the contact group
    # on Afghanistan" meets elsewhere than its topic; a conference named with its own day and city in brackets is a meeting
    # of that day there (and no host of the group's meeting told before it); "attiverà … se … non" is a threat made when said
    events = _events_of_text(tmp_path, (
        "Leaders\n"
        "Published: 18 Dec 2031\n"
        "The members will do more to build up a joint force, the leaders stated in a declaration adopted at the council's "
        "sitting in Moscow on Wednesday.\n"
    ))
    assert ("AGREE", dt.date(2031, 12, 17), "day", "RUS", "happened") in events
    events = _events_of_text(tmp_path, (
        "Group\n"
        "Published: 1 Apr 2031\n"
        "On April 1, 2031, the contact group on Afghanistan met for the 12th time at the bloc's office.\n"
        "The work of the second Ministerial Conference of the neighbouring states (March 31 this year, Tashkent) was praised.\n"
    ))
    assert ("CONSULT", dt.date(2031, 4, 1), "day", None, "happened") in events
    assert ("CONSULT", dt.date(2031, 3, 31), "day", "UZB", "happened") in events
    events = _events_of_text(tmp_path, (
        "Confine\n"
        "Published: 17 May 2031\n"
        "L'Armenia attiverà tutti gli strumenti previsti dal blocco, se le truppe non lasceranno la zona di confine, ha "
        "dichiarato il premier.\n"
    ))
    assert ("THREATEN", dt.date(2031, 5, 17), "day", "ARM", "happened") in events


def test_round_188_a_charge_is_not_where_what_it_alleges_happened(tmp_path: Path) -> None:
    # our own words: "accused the West of stretching out the fighting in Ukraine" puts the charge nowhere near Ukraine; said at
    # the only meeting the story places that day, it was made there
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 19 May 2031\n"
        "The Belarusian president on Monday accused the West of stretching out the fighting in Ukraine.\n"
        "The leaders met at the Kremlin in Moscow on Monday.\n"
    ))
    assert [(t, c) for t, _, _, c, _ in events if t == "ACCUSE"] == [("ACCUSE", "RUS")]


def test_round_189_a_meeting_where_a_demand_was_made_a_session_told_again_and_a_drill_named_by_its_year(tmp_path: Path) -> None:
    # our own words: "urged the partners at a session of the alliance for greater cohesion" (the session is where he urged,
    # no object of the demand); "X stated in Minsk on 16 May that … during the session on 22 May" (the session told first in Osh is
    # that one, not one in Minsk); "from 15 to 19 September … the Concord-2032 drills", written in March 2032 in the past
    # tense (the drill's name gives the year)
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 18 May 2031\n"
        "MINSK, May 18. The president urged the partners at a session of the Collective Security Treaty Organization for greater cohesion.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 18), "day", "BLR", "happened") in events
    events = _events_of_text(tmp_path, (
        "Session\n"
        "Published: 17 May 2031\n"
        "A meeting of the bloc's foreign ministers is due in Osh, Kyrgyzstan, on 22 May.\n"
        "The bloc's deputy head stated in Minsk on 16 May that a new head would be picked during the session on 22 May.\n"
    ))
    assert [(t, d, c) for t, d, _, c, _ in events if t == "CONSULT" and d is not None] == [("CONSULT", dt.date(2031, 5, 22), "KGZ")]
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 10 March 2032\n"
        "In Armenia, from 15 to 19 September, were held the joint exercises of the bloc's forces \"Concord-2032\".\n"
    ))
    assert [(t, d) for t, d, _, _, _ in events if t == "COOPERATE" and d is not None] == [("COOPERATE", dt.date(2032, 9, 15))]


def test_round_190_an_urging_with_no_one_named_the_parties_to_a_treaty_and_a_signing_at_the_end_of_a_visits_talks(tmp_path: Path) -> None:
    # our own words: "X urged to drive in a pillar" is a request; "a treaty between Yerevan and Baku" names its parties, not
    # where the statement was made (the meeting before it was in Sochi); "sarà firmata al termine dei colloqui" is signed on
    # the day of the visit the story dated
    events = _events_of_text(tmp_path, (
        "Talks\n"
        "Published: 20 November 2031\n"
        "The Belarusian leader Alexander Lukashenko urged to drive in a steel pillar, speaking of the bloc.\n"
        "The three presidents met in Sochi on October 31. In a joint statement the presidents stressed the value of "
        "a treaty between Yerevan and Baku.\n"
    ))
    assert any(t == "REQUEST" and c == "BLR" for t, _, _, c, _ in events)
    assert ("AGREE", dt.date(2031, 10, 31), "day", "RUS", "happened") in events
    events = _events_of_text(tmp_path, (
        "Visita\n"
        "Pubblicato: 28 marzo 2031\n"
        "Il capo del Cremlino è giunto a Bishkek giovedì 28 marzo per una visita ufficiale.\n"
        "Il consigliere del presidente ha detto ai giornalisti che una dichiarazione comune sarà firmata al termine dei colloqui.\n"
    ))
    assert ("AGREE", dt.date(2031, 3, 28), "day", "KGZ", "planned") in events


def test_round_192_dates_of_a_year_a_fights_toll_a_summit_of_the_calendar_and_talks_before_a_press_conference(tmp_path: Path) -> None:
    # our own words: "in August of 2014" is that August; "in October of the same year" with no year written is no date; the
    # dead of a fight in its sentence are its toll; an undated summit in the host's capital, in a story of the next day, is
    # the calendar's session, and what was said at it took place that day; a press conference "following talks with X"
    # under a dateline is that day's, in the dateline's city, even when the statement before it speaks of the bloc
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "Published: 15 September 2015\n"
        "Drills of the same kind took place in Kyrgyzstan in August of 2014.\n"
        "The plan came under review in October of the same year as part of a summit.\n"
    ))
    assert ("COOPERATE", dt.date(2014, 8, 1), "month", "KGZ", "happened") in events
    assert [(e[1], e[2]) for e in events if e[0] == "CONSULT"] == [(dt.date(2014, 10, 1), "month")]  # (the year written last)
    events = _events_of_text(tmp_path, (
        "Review\n"
        "Published: 15 September 2015\n"
        "The plan came under review in October of the same year as part of a summit.\n"
    ))
    assert not [e for e in events if e[0] == "CONSULT" and e[1] is not None]
    events = _events_of_text(tmp_path, (
        "Summit\n"
        "Published: 24 November 2022\n"
        "Fighting broke out again in September and dozens of soldiers were killed.\n"
        "Pashinyan questioned the effectiveness of the alliance in his speech at a summit in Yerevan.\n"
    ))
    assert not [e for e in events if e[0] == "ASSAULT"]
    assert ("CONSULT", dt.date(2022, 11, 23), "day", "ARM", "happened") in events
    assert ("DISAPPROVE", dt.date(2022, 11, 23), "day", "ARM", "happened") in events
    events = _events_of_text(tmp_path, (
        "Talks\n"
        "Published: 21 May 2031\n"
        "YEREVAN, May 21. Russia has honoured every duty it holds within the Collective Security Treaty Organization, "
        "Sergey Lavrov told a press conference following talks with Ararat Mirzoyan, the host's minister.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 21), "day", "ARM", "happened") in events


def test_round_193_a_days_meetings_a_long_list_approved_and_the_end_of_a_measure(tmp_path: Path) -> None:
    # our own words: "following Friday's meetings in Yerevan" were on that Friday; "As a result of these meetings, the
    # statement …, the plan … and the date of the next meeting – in the autumn – were approved" is an approval at them;
    # "imposed a state of emergency until next 19 January" ends the measure on that day, no date of the request beside it
    events = _events_of_text(tmp_path, (
        "Ministers\n"
        "Published: 12 June 2031\n"
        "The minister spoke to reporters after Friday’s sessions in Yerevan of the bloc's ministers.\n"
        "As a result of these meetings, the statement of the ministers on the security of the region, the plan of their "
        "consultations for the next three years, as well as the place and the date of their next meeting, which is to be held "
        "again in Yerevan in the autumn, were approved.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 6), "day", "ARM", "happened") in events  # (the Friday before Thursday 12 June)
    assert [(t, d) for t, d, _, _, _ in events if t == "AGREE"] == [("AGREE", dt.date(2031, 6, 6))]
    events = _events_of_text(tmp_path, (
        "Crisi\n"
        "Pubblicato: 9 gennaio 2031\n"
        "Il presidente si è rivolto agli alleati per chiedere truppe e ha imposto il coprifuoco fino al prossimo 19 gennaio.\n"
    ))
    assert not [e for e in events if e[1] == dt.date(2031, 1, 19)]


def test_round_194_a_session_after_a_statement_a_meeting_to_come_an_arrival_a_week_ago_and_headlines_after_the_story(tmp_path: Path) -> None:
    # our own words: "gave this statement after a meeting … on Wednesday" dates the meeting; "The meeting will be held in
    # Moscow on 29-30 October" is a meeting still to come, and "is planning to meet" no meeting held on the story's day; a
    # person "arrived in <capital> on <day>" is a visit; "una settimana fa" is the week before the story, not the year
    # in the drill's name; "nel Mar Nero" is the Black Sea, no March; and other stories' headlines after the last
    # paragraph are no part of the story
    events = _events_of_text(tmp_path, (
        "Council\n"
        "Published: 19 May 2031\n"
        "The situation remains tense. Ivan Petrov gave this statement after a meeting of the bloc's ministers in Dushanbe, "
        "Tajikistan, on Wednesday.\n"
    ))
    assert ("CONSULT", dt.date(2031, 5, 14), "day", "TJK", "happened") in events
    events = _events_of_text(tmp_path, (
        "Assembly\n"
        "Published: 15 October 2031\n"
        "The assembly is planning to meet in Minsk rather than in Bishkek, an official said.\n"
        "The meeting will be held in Minsk on October 29-30, he said.\n"
        "Pavel Orlov arrived in Dushanbe on October 13 to observe the talks.\n"
        "On October 12, delegates from Kazakhstan arrived in Minsk.\n"
    ))
    assert ("CONSULT", dt.date(2031, 10, 29), "day", "BLR", "planned") in events
    assert not [e for e in events if e[0] == "CONSULT" and e[1] == dt.date(2031, 10, 15)]
    assert ("CONSULT", dt.date(2031, 10, 13), "day", "TJK", "happened") in events
    assert not [e for e in events if e[0] == "CONSULT" and e[1] == dt.date(2031, 10, 12)]  # (people from a country, no visit)
    events = _events_of_text(tmp_path, (
        "Manovre\n"
        "Pubblicato: 23 settembre 2031\n"
        "Le esercitazioni Scudo-2031 sono cominciate una settimana fa nel nord del paese.\n"
        "In precedenza, manovre navali congiunte si sono svolte nel Mar Nero.\n"
    ))
    assert [(e[1], e[2]) for e in events if e[0] == "COOPERATE" and e[1] is not None] == [(dt.date(2031, 9, 15), "week")]
    events = _events_of_text(tmp_path, (
        "Drills\n"
        "DUSHANBE, May 3, 2031, Asia-Plus -- The drills of the bloc's forces are closing today near the capital.\n"
        "A farmer in the south became a local hero\n"
        "Ministers agree on a new budget at the first council meeting\n"
        "Factories closed down in 2030\n"
    ))
    assert [(e[0], e[1]) for e in events if e[1] is not None] == [("COOPERATE", dt.date(2031, 5, 3))]


def test_round_195_a_past_day_in_a_months_story_a_fights_toll_a_summit_named_by_its_city_and_words_at_the_summit(tmp_path: Path) -> None:
    # our own words: in a story of March, "on the morning of September 16" told in the past is the September before,
    # and "shooting began" is a fight whose paragraph's "63 people were killed" is its toll; a meeting "will hold a
    # meeting" is one to come; "not signed at the Yerevan summit" tells the summit held, on the reference calendar's
    # day; in a story known to its month whose first event is a summit on a day, "X denounced …" below was said there
    events = _events_of_text(tmp_path, (
        "Border\n"
        "Published: March 2031\n"
        "Shooting began at several points of the border on the morning of September 16. Villages came under fire. "
        "The health ministry counted the wounded, 63 people were killed.\n"
        "The ministers will hold a meeting in New York on 27 September.\n"
    ))
    assert ("FIGHT", dt.date(2030, 9, 16), "day", None, "happened") in [(t, d, p, None, s) for t, d, p, _, s in events]
    assert not [e for e in events if e[0] == "ASSAULT"]
    assert [(t, d, s) for t, d, _, _, s in events if t == "CONSULT"] == [("CONSULT", dt.date(2031, 9, 27), "planned")]
    events = _events_of_text(tmp_path, (
        "Mission\n"
        "Published: December 2022\n"
        "The secretary general recalled that the plan was not signed at the Yerevan summit.\n"
    ))
    assert ("CONSULT", dt.date(2022, 11, 23), "day", "ARM", "happened") in events
    events = _events_of_text(tmp_path, (
        "Vertice\n"
        "Pubblicato: novembre 2031\n"
        "Il presidente ha partecipato il 27 novembre al vertice dell'Organizzazione ad Astana, Kazakhstan.\n"
        "Il presidente ha denunciato l'espansione dell'Alleanza.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 11, 27), "day", "KAZ", "happened") in events


def test_round_196_a_pages_own_date_before_its_title_is_no_events_date(tmp_path: Path) -> None:
    # our own words: a title line that opens with the page's own date names a session the body dates to its day
    text = ("26 May 2031 The delegation of the parliament at the session of the Council for the Assembly of the Treaty Organisation\n\n"
            "26 May 2031 The delegation of the parliament at the session of the Council for the Assembly of the Treaty Organisation\n\n"
            "Monday, 26 May 2031\n\n"
            "Parliament Delegation at Assembly Council Session\n\n"
            "The head of the delegation and a member were present at the session of the Assembly Council on 19 May 2031 in Bishkek.\n")
    assert [(kind, day) for kind, day, *_ in _published_events(tmp_path, text, "2031-05-26")] == [("CONSULT", dt.date(2031, 5, 19))]


def test_round_196_what_a_meeting_seeks_to_end_is_its_topic(tmp_path: Path) -> None:
    # our own words: "met in Minsk to discuss how to halt the looting" is a meeting; the looting it seeks to end is no
    # event of the sentence
    events = _events_of_text(tmp_path, (
        "Council\n"
        "Published: 3 March 2031\n"
        "The bloc's security chiefs met in Minsk to discuss how to halt the looting and clashes in the south.\n"
    ))
    assert [t for t, *_ in events] == ["CONSULT"]
    # (and clashes between ethnic groups are riots, PROTEST, not fighting between forces; what aid is to help stop is its
    # purpose, no event)
    events = _events_of_text(tmp_path, (
        "Unrest\n"
        "Published: 25 June 2031\n"
        "Clashes between ethnic groups broke out in the southern city of Osh on June 11.\n"
        "The states offered helicopters to help the government stop ethnic violence in the region.\n"
    ))
    assert [(t, d) for t, d, *_ in events] == [("PROTEST", dt.date(2031, 6, 11))]


def test_round_196_a_working_group_that_heads_to_a_country_is_a_visit(tmp_path: Path) -> None:
    # our own words: "the Secretary-General and a working group will head to Tajikistan on Friday" is a visit to come;
    # troops that head to a country are no visit
    events = _events_of_text(tmp_path, (
        "Mission\n"
        "Published: 23 June 2031\n"
        "The bloc's Secretary-General and a working group will head to Tajikistan on Friday to study the situation.\n"
        "Two battalions headed to Kyrgyzstan last week.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 27), "day", "TJK", "planned") in events
    assert not [e for e in events if e[0] == "CONSULT" and e[3] == "KGZ"]


def test_round_196_a_meeting_below_a_lead_that_names_yesterday(tmp_path: Path) -> None:
    # our own words: a lead that tells yesterday's news with no event of its own ("States yesterday offered …"), then the
    # meeting it came from, with no date: the meeting was yesterday, not on the story's day
    events = _events_of_text(tmp_path, (
        "Aid\n"
        "Published: 15 June 2031\n"
        "Five states yesterday offered trucks and fuel to the interim government.\n"
        "The bloc's security chiefs met in Minsk to agree on the offer.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 14), "day", "BLR", "happened") in events


def test_round_197_a_compound_country_a_plea_with_a_proposal_and_a_visit_aside(tmp_path: Path) -> None:
    # our own words: "the Moscow-led bloc" names no subject country for the dismissal; "On 3 March X was freed, and the
    # next day Y appealed to the allies with a proposal to …" dates the release to 3 March and the plea to 4 March; "X,
    # on a visit to Kazakhstan, told reporters on 2 March" visits on the day he spoke, not on the story's
    events = _events_of_text(tmp_path, (
        "Recall\n"
        "Published: 5 March 2031\n"
        "Ivan Petrov, who ran the Moscow-led bloc as Moldova's pick, has been relieved of his duties.\n"
        "On 3 March Petrov was freed on bail by a judge, and the next day Chisinau appealed to the allies with a "
        "proposal to replace him.\n"
    ))
    assert ("APPOINT", dt.date(2031, 3, 5), "day", None, "happened") in events
    assert ("RETREAT", dt.date(2031, 3, 3), "day", None, "happened") in events
    assert [e[1] for e in events if e[0] == "REQUEST"] == [dt.date(2031, 3, 4)]
    month = _events_of_text(tmp_path, (
        "Trip\n"
        "Published: 5 March 2031\n"
        "President Ion Rusu, on a visit to Kazakhstan, told reporters on 2 March that the bloc would meet soon.\n"
    ))
    assert ("CONSULT", dt.date(2031, 3, 2), "day", "KAZ", "happened") in month


def test_round_197_ties_put_on_hold_a_plan_backed_and_an_editors_gloss(tmp_path: Path) -> None:
    # our own words: suspending dialogue with another bloc is a SANCTION; backing "Minsk's proposal" is SUPPORT; an
    # editor's words in brackets inside a quotation tell no news of the story's day
    events = _events_of_text(tmp_path, (
        "Ties\n"
        "Published: 9 April 2031\n"
        "The alliance is suspending its dialogue with NATO, its head said.\n"
        "The members have supported Minsk's proposal on a new border mission, he added.\n"
        "“The sides [clashing along the border] must be kept apart by monitors from all the member states,” he said.\n"
    ))
    types = [e[0] for e in events]
    assert "SANCTION" in types and "SUPPORT" in types
    assert "FIGHT" not in types


def test_round_198_a_drill_told_by_its_close_then_its_start_a_joined_training_and_a_refusal_as_intention(tmp_path: Path) -> None:
    # our own words: "wrapped up the drills on Friday" then "the drills began on Tuesday" is one drill, dated by its
    # start; "tactical and special training … will take place" is a drill; "was not going to hold any drills in 2032"
    # said on a day is a refusal made that day
    events = _events_of_text(tmp_path, (
        "Drills end\n"
        "Published: 14 May 2032\n"
        "The alliance wrapped up joint drills in Kyrgyzstan on Friday.\n"
        "The drills began on Tuesday near Osh, the ministry said.\n"
        "From 20 to 22 June, tactical and special training of the bloc's forces will take place in Tajikistan.\n"
        "Moldova's president said on Wednesday that Moldova wasn't going to hold any drills of the bloc in 2032.\n"
    ))
    drills = [e for e in events if e[0] == "COOPERATE" and e[4] == "happened"]
    assert [e[1] for e in drills] == [dt.date(2032, 5, 11)]
    assert ("COOPERATE", dt.date(2032, 6, 20), "day", "TJK", "planned") in events
    assert ("REJECT", dt.date(2032, 5, 12), "day", "MDA", "happened") in events


def test_round_199_a_wire_reposted_later_and_earlier_talks_named_after_the_session(tmp_path: Path) -> None:
    # our own words: a wire whose dateline is two days before the page tells "today" by its dateline; "the recent talks
    # between X and Y, held in Moscow on 20 August" are talks of their own, not the session the story reports
    events = _events_of_text(tmp_path, (
        "Minister received\n"
        "Published: 30 November 2031\n"
        "YEREVAN, NOVEMBER 28, WIRE: The president received today the defence ministers who came for the session of the "
        "bloc's council of defence ministers.\n"
    ))
    assert ("CONSULT", dt.date(2031, 11, 28), "day", "ARM", "happened") in events
    events = _events_of_text(tmp_path, (
        "Leaders confer\n"
        "Published: 23 August 2031\n"
        "The leaders of the bloc held an extraordinary session by videoconference.\n"
        "The border came up too in the recent talks of Tokayev and Vladimir Putin, held in "
        "Moscow on August 20.\n"
    ))
    assert ("CONSULT", dt.date(2031, 8, 20), "day", "RUS", "happened") in events
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2031, 8, 23) for e in events)


def test_round_200_a_session_told_by_last_week_in_a_story_known_to_its_month_takes_the_calendar_s_day(tmp_path: Path) -> None:
    # our own words: in a story of August 2011 (no day), "the informal summit held in Astana late last week" is the one
    # informal summit the reference calendar holds in Kazakhstan that month, on its day
    events = _events_of_text(tmp_path, (
        "Bloc against cyber crime\n"
        "Published: August 2011\n"
        "The issue was on the table at the informal summit of the bloc held in Astana late last week.\n"
    ))
    assert ("CONSULT", dt.date(2011, 8, 12), "day", "KAZ", "happened") in events


def test_a_drill_at_a_named_training_range_happened_in_the_range_s_country(tmp_path: Path) -> None:
    # our own words: "the Bereg training ground" is Kazakhstan's range (not the Ukrainian village of that name), and
    # "Harb-Maidon" Tajikistan's (the places file's `training_grounds`)
    for sentence, country in (("The bloc's peacekeepers opened joint drills at the Bereg training ground on Tuesday.", "KAZ"),
                              ("Allied troops opened joint exercises at Harb-Maidon on Tuesday.", "TJK")):
        events = _events_of_text(tmp_path, f"Drills open\nPublished: 14 May 2031\n{sentence}\n")
        assert ("COOPERATE", dt.date(2031, 5, 13), "day", country, "happened") in events


def test_round_201_a_session_a_trailing_attribution_names_and_one_the_article_dates_later(tmp_path: Path) -> None:
    # our own words: "St. Petersburg" is Saint Petersburg; the session a trailing attribution names is the story's news
    # although what was said holds a year of its own; an act "at the session", told before the article dates the
    # meeting, takes the meeting's day
    events = _events_of_text(tmp_path, (
        "Forum on the region\n"
        "Published: 12 April 2031\n"
        "Kyrgyzstan will host a forum on the region in October 2031, the Speaker Ivan Petrov said at the session of the "
        "bloc's assembly in St. Petersburg.\n"
    ))
    assert ("CONSULT", dt.date(2031, 4, 12), "day", "RUS", "happened") in events
    events = _events_of_text(tmp_path, (
        "Speaker to attend the assembly\n"
        "Published: 27 November 2031\n"
        "ST. PETERSBURG, 27 Nov. The speaker will take part in the work of the bloc's assembly in the Tauride Palace.\n"
        "At the session the deputies will adopt an appeal to other legislatures.\n"
        "On Thursday the speaker will take part in the plenary meeting of the assembly.\n"
    ))
    assert any(e[0] == "AGREE" and e[1] == dt.date(2031, 11, 27) and e[4] == "planned" for e in events)


def test_round_201_a_candidacy_supported_an_appointment_confirmed_and_a_document_s_year(tmp_path: Path) -> None:
    # our own words: "supports the candidacy of" is SUPPORT; "the leaders confirmed the appointment of" is APPOINT, on the
    # day the reference calendar holds their session, where it was (not in the dateline's city); a recall a year before
    # the story is not placed by the dateline; "the resolution of 2015" dates no act that follows the document
    events = _events_of_text(tmp_path, (
        "Candidate backed\nPublished: 19 December 2031\n"
        "Kyrgyzstan supports the candidacy of the Belarusian envoy for the post of the bloc's secretary general, the "
        "Kyrgyz president said.\n"
    ))
    assert ("SUPPORT", dt.date(2031, 12, 19), "day", "KGZ", "happened") in events
    events = _events_of_text(tmp_path, (
        "New secretary general\n"
        "MINSK, 28 November 2019 (Wire) – The leaders of the Collective Security Council confirmed the appointment of the "
        "Belarusian envoy as secretary general as of 1 January 2020, an official said.\n"
        "The decision to appoint him rests on the council's resolution of 2015.\n"
        "In March 2018, Armenia recalled its representative from the secretariat.\n"
    ))
    assert ("APPOINT", dt.date(2019, 11, 28), "day", "KGZ", "happened") in events
    assert not any(e[0] == "APPOINT" and e[1] == dt.date(2015, 1, 1) for e in events)
    assert ("APPOINT", dt.date(2018, 3, 1), "month", "ARM", "happened") in events


def test_round_201_coordinated_drills_a_coordinate_clause_s_place_and_an_italian_call_for_calm(tmp_path: Path) -> None:
    # our own words: "drills in Belarus and peacekeeping manoeuvres in Tajikistan" are two drills, each in its own
    # country; a place after ", and its peacekeepers will practise in …" is that clause's; "dopo aver parlato al telefono
    # con …, ha chiesto lo stop immediato delle ostilità" is a call (and the phone talks before it), on the story's day
    events = _events_of_text(tmp_path, (
        "The summit\nPublished: 28 May 2031\n"
        "Last year the allies staged large drills in Belarus and peacekeeping manoeuvres in Tajikistan.\n"
        "This year the reaction force is to stage drills in Armenia, and its peacekeepers will practise in Russia "
        "at a range near Chelyabinsk in October.\n"
    ))
    assert ("COOPERATE", dt.date(2030, 1, 1), "year", "BLR", "happened") in events
    assert ("COOPERATE", dt.date(2030, 1, 1), "year", "TJK", "happened") in events
    assert ("COOPERATE", dt.date(2031, 1, 1), "year", "ARM", "planned") in events
    events = _events_of_text(tmp_path, (
        "Scontri al confine\nPublished: 28 gennaio 2031\n"
        "Il segretario generale dell'alleanza, dopo aver parlato al telefono con i due ministri, ha chiesto lo stop "
        "immediato delle ostilità.\n"
    ))
    assert any(e[0] == "REQUEST" and e[1] == dt.date(2031, 1, 28) for e in events)
    assert any(e[0] == "CONSULT" and e[1] == dt.date(2031, 1, 28) for e in events)


def test_round_201_a_summit_told_with_no_place_on_a_day_the_calendar_holds(tmp_path: Path) -> None:
    # our own words: "the issues discussed at the summit" in a story of the day the reference calendar holds a session in
    # Kyrgyzstan happened there, not in the country the article is mostly about
    events = _events_of_text(tmp_path, (
        "Informal summit\nPublished: 28 November 2019\n"
        "Among the topics discussed at the summit were the training of forces and drug trafficking.\n"
    ))
    assert ("CONSULT", dt.date(2019, 11, 28), "day", "KGZ", "happened") in events


def test_round_202_a_proposal_to_the_partners_a_questioning_a_body_set_up_by_decision_and_the_heads_of_state(tmp_path: Path) -> None:
    # our own words: "suggested the partner states to start …" is a request; "was questioned" an inquiry's act; "was
    # set up by a decision of the ministers on <day>" an agreement; a decision the heads of states signed on a day the
    # reference calendar holds their session was signed where the session was
    events = _events_of_text(tmp_path, (
        "Replacing the envoy\nPublished: 28 July 2031\n"
        "Armenia suggested the partner states to begin choosing a new envoy, a spokesman said on Saturday.\n"
        "On Thursday, the former minister was questioned in the case.\n"
        "The working group had been set up by a decision of the ministers on May 15, 2031.\n"
    ))
    assert any(e[0] == "REQUEST" and e[1] == dt.date(2031, 7, 26) for e in events)
    assert any(e[0] == "INVESTIGATE" and e[1] == dt.date(2031, 7, 24) for e in events)
    assert any(e[0] == "AGREE" and e[1] == dt.date(2031, 5, 15) for e in events)
    events = _events_of_text(tmp_path, (
        "Biological security\nPublished: 16 December 2022\n"
        "The heads of states signed the decision on the joint unit on November 23.\n"
    ))
    assert ("AGREE", dt.date(2022, 11, 23), "day", "ARM", "happened") in events


def test_round_203_a_place_after_the_relative_clause_an_act_stands_in(tmp_path: Path) -> None:
    # our own words: "X, who on 2 November was removed from office, has gone home to Armenia": the
    # dismissal is not placed in the country of the main clause that follows the relative clause
    events = _events_of_text(tmp_path, (
        "Envoy goes home\nPublished: 20 November 2031\n"
        "The former Secretary General of the CSTO, Ivan Petrov, who on 2 November was removed from office, has gone home "
        "to Armenia, a daily reported.\n"
    ))
    assert ("APPOINT", dt.date(2031, 11, 2), "day", None, "happened") in events


def test_round_204_a_conference_to_be_held_a_pair_of_months_of_a_year_and_a_session_month_on_the_calendar(tmp_path: Path) -> None:
    # our own words: "a conference to be held in <city> on <days>" is a meeting to come; "in September and October of
    # 2015" dates both months in 2015; the council's session in a month the reference calendar holds one session of
    # (November 2023, Minsk) is placed where that session was
    events = _events_of_text(tmp_path, (
        "Plans of the staff\nPublished: 30 January 2024\n"
        "He spoke of a scientific conference to be held in Kazan on March 7-8, 2024.\n"
        "The ministers reviewed what the Collective Security Council decided at its sessions in September and October "
        "of 2015.\n"
        "The staff acted on what the Collective Security Council decided at its session in November 2023.\n"
    ))
    assert ("CONSULT", dt.date(2024, 3, 7), "day", "RUS", "planned") in events
    assert any(date == dt.date(2015, 9, 1) and precision == "month" and country == "TJK" for _, date, precision, country, _ in events)
    assert not any(date is not None and date.year == 2023 and date.month == 9 for _, date, _, _, _ in events)
    assert ("CONSULT", dt.date(2023, 11, 1), "month", "BLR", "happened") in events


def test_round_205_a_town_the_sentence_puts_in_a_state_is_no_namesake_abroad() -> None:
    # our own words: the gazetteer knows "Goris" and "Jermuk" only as towns of other states; "struck A and B in
    # Armenia" and "Jermuk, Armenia." put them in Armenia; "in Minsk, Russia said" does not move Minsk
    gazetteer = event_tools().gazetteer
    towns = [(p.text, p.country) for p in gazetteer.find("shells struck Goris and Jermuk in Armenia on Monday", None)]
    assert ("Goris", "ARM") in towns and ("Jermuk", "ARM") in towns
    assert ("Jermuk", "ARM") in [(p.text, p.country) for p in gazetteer.find("a rally in Jermuk, Armenia.", None)]
    assert ("Minsk", "BLR") in [(p.text, p.country) for p in gazetteer.find("at the talks in Minsk, Russia said it would help", None)]
    assert ("Moscow", "RUS") in [(p.text, p.country) for p in gazetteer.find("talks in Moscow and Minsk, Belarus", None)]


def test_round_206_support_asked_of_a_named_party_homes_torched_reinforcements_power_and_a_referendum(tmp_path: Path) -> None:
    # our own words: "asked for Russian military support" and "asked its allies to send troops" are requests; armed men
    # who torched homes assault; "reinforcements were quickly dispatched" is a deployment; "came to power" an
    # appointment; a referendum with its date beside it an election
    events = _events_of_text(tmp_path, (
        "Unrest in the south\nPublished: 20 May 2031\n"
        "BISHKEK, May 20 — The interim government asked for Russian military support against the riots on 19 May.\n"
        "Armed men torched homes in the villages near Osh on 12 May.\n"
        "Police reinforcements were quickly dispatched to Osh on 13 May.\n"
        "The president came to power in April.\n"
        "A constitutional referendum is scheduled for June 27.\n"
    ))
    kinds = {(kind, date) for kind, date, _, _, _ in events}
    assert ("REQUEST", dt.date(2031, 5, 19)) in kinds
    assert ("ASSAULT", dt.date(2031, 5, 12)) in kinds
    assert ("MOBILIZE", dt.date(2031, 5, 13)) in kinds
    assert ("APPOINT", dt.date(2031, 4, 1)) in kinds
    assert ("ELECTION", dt.date(2031, 6, 27)) in kinds


def test_round_207_a_proposal_made_by_an_italian_request_a_force_relieved_of_duties_and_the_member_states_leaders(tmp_path: Path) -> None:
    # our own words: "the proposal was made by X" is a request, and so is Italian "ha chiesto al segretario … di
    # preparare"; "schierare una forza di pace" a deployment; "relieved X of his duties" a dismissal; a meeting the
    # leaders of the member states will hold on a day the calendar holds the council's session is where it was held
    events = _events_of_text(tmp_path, (
        "Plans\nPublished: 20 May 2031\n"
        "The proposal was made by the deputy Ivan Petrenko on 3 May.\n"
        "On 6 May the council relieved Ivan Petrenko of his duties as chief of staff.\n"
    ))
    kinds = {(kind, date) for kind, date, _, _, _ in events}
    assert ("REQUEST", dt.date(2031, 5, 3)) in kinds and ("APPOINT", dt.date(2031, 5, 6)) in kinds
    events = _events_of_text(tmp_path, (
        "Piani\nPublished: 20 May 2031\n"
        "Il 4 maggio il presidente ha chiesto al segretario generale dell'organizzazione di preparare un piano.\n"
        "Il 5 maggio l'esercito ha schierato una forza di pace al confine.\n"
    ))
    kinds = {(kind, date) for kind, date, _, _, _ in events}
    assert ("REQUEST", dt.date(2031, 5, 4)) in kinds and ("MOBILIZE", dt.date(2031, 5, 5)) in kinds
    events = _events_of_text(tmp_path, (
        "The bloc's summit\nPublished: 5 November 2018\n"
        "The leaders of the member states will make a final choice at a meeting on November 8.\n"
    ))
    assert ("CONSULT", dt.date(2018, 11, 8), "day", "KAZ", "planned") in events


def test_round_210_forces_from_the_members_drill_where_the_story_is_filed_and_italian_spellings(tmp_path: Path) -> None:
    # our own words: forces "from member countries" of the bloc are where they came from, and their drill happened in the
    # dateline's city (not in no country, as an operation "in the member states" is); "Uzbechistan" and "Tagichistan" are
    # Italian spellings of the countries, not the last country the sentence named
    events = _events_of_text(tmp_path, (
        "Drills near the mountains\n"
        "OMSK, July 4. /TASS/. Rescue teams from member countries of the CSTO held a "
        "joint exercise on the last day of the Sentinel-2031 drills on Friday.\n"
        "The Omsk Region hosted the teams.\n"
    ))
    assert events[0][0] == "COOPERATE" and events[0][3] == "RUS"
    italian = _events_of_text(tmp_path, (
        "Il blocco perde un membro\n"
        "Il Kirghizistan resta. Il 28 giugno 2012 l'Uzbechistan ha sospeso la partecipazione alla CSTO.\n"
    ))
    assert ("SANCTION", dt.date(2012, 6, 28), "day", "UZB", "happened") in italian


def test_round_211_a_reserve_of_forces_formed_and_a_request_asked_of_a_pronoun(tmp_path: Path) -> None:
    # our own words: forming a reserve of security forces to send if needed mobilises them (MOBILIZE), in English and
    # in Italian, with an aside between the verb and the reserve; "gli ha chiesto di fornire …" is a request of the
    # one the pronoun names, as "ha chiesto al presidente di …" is
    events = _events_of_text(tmp_path, (
        "Riserve pronte\n"
        "Il 3 marzo 2031 il Kazakistan ha costituito, su richiesta del governo kirghiso, unità di riserva delle forze "
        "di polizia pronte a intervenire.\n"
        "Il 4 marzo 2031 il presidente kirghiso Sadyr Japarov gli ha chiesto di fornire altri mezzi.\n"
        "On March 5, 2031 Russia formed a reserve of law enforcement officers to help Kyrgyzstan.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 3, 3), "day", "KAZ", "happened") in events
    assert ("REQUEST", dt.date(2031, 3, 4), "day", "KGZ", "happened") in events
    assert ("MOBILIZE", dt.date(2031, 3, 5), "day", "RUS", "happened") in events


def test_round_212_what_one_is_accused_of_is_no_event_and_protesters_demonstrating(tmp_path: Path) -> None:
    # our own words: "accused X of shelling …" and "ha accusato X di aver lanciato razzi" are accusations, not the
    # shelling (which the story does not report as done); "manifestano per chiedere …" and "demonstrated outside …" are
    # protests, as "le proteste" are (not "ha manifestato sostegno", an expression of support)
    events = _events_of_text(tmp_path, (
        "Tensione al confine\n"
        "Il 3 marzo 2031 il Kazakistan ha accusato l'Uzbekistan di aver lanciato razzi contro un villaggio di confine.\n"
        "On March 4, 2031 Kyrgyzstan accused Tajikistan of shelling a border post.\n"
        "Il 5 marzo 2031 alcuni residenti manifestano per chiedere la riapertura della strada a Osh.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 3, 3), "day", "KAZ", "happened") in events
    assert ("ACCUSE", dt.date(2031, 3, 4), "day", "KGZ", "happened") in events
    assert not any(kind in ("FIGHT", "ASSAULT") for kind, *_ in events)
    assert ("PROTEST", dt.date(2031, 3, 5), "day", "KGZ", "happened") in events


def test_round_213_mutual_accusations_a_truce_named_with_its_making_and_a_part_of_the_day_named(tmp_path: Path) -> None:
    # our own words: two states that accuse each other ("si sono accusati a vicenda") act in neither, not in the story's
    # main country; a truce named with its making and its time ("the ceasefire agreed on Friday morning", "la tregua
    # concordata in mattinata") is an agreement; "in mattinata" after a day the sentence named is that day's morning
    events = _events_of_text(tmp_path, (
        "Scontri al confine\n"
        "BISHKEK, 10 marzo 2031 - Le guardie di frontiera del Kirghizistan hanno respinto un attacco a Batken.\n"
        "Lunedì i due paesi si sono accusati a vicenda di aver violato la tregua.\n"
    ))
    assert ("ACCUSE", dt.date(2031, 3, 10), "day", None, "happened") in events
    truce = _events_of_text(tmp_path, (
        "Tregua al confine\n"
        "Martedì 11 marzo 2031 le due parti hanno violato la tregua concordata in mattinata.\n"
        "On Wednesday, March 12, 2031 the two sides broke the ceasefire reached on Tuesday evening.\n"
    ))
    assert ("AGREE", dt.date(2031, 3, 11), "day", None, "happened") in truce
    # (but "in serata" with no day in its own sentence is the story's evening, not that of a date stated before)
    evening = _events_of_text(tmp_path, (
        "Incontro a Bishkek\n"
        "BISHKEK, 12 marzo 2031 - Nel 2019 fu firmato un accordo sul confine. In serata il ministro ha incontrato il "
        "presidente kirghiso Sadyr Japarov a Bishkek.\n"
    ))
    assert ("CONSULT", dt.date(2031, 3, 12), "day", "KGZ", "happened") in evening


def test_round_214_a_quoted_request_a_promise_of_help_a_phone_discussion_and_a_meeting_still_ahead(tmp_path: Path) -> None:
    # our own words: "ha chiesto ufficialmente al Cremlino «…»" and "asked the Kremlin for “…”" are requests (a short
    # quotation reaches the trigger with its marks blanked); a pact's year ("un patto del 1999") neither dates the
    # request nor makes it background; "promettendo alla Bielorussia «…»" and "promising X “full support”" are
    # agreements; "una discussione telefonica" is a call; "gli accordi raggiunti" is an agreement; a summit named to
    # tell when talks happen ("alla vigilia del vertice") is still to come, not on the talks' day
    italian = _events_of_text(tmp_path, (
        "Richiesta a Mosca\n"
        "MINSK, 10 marzo 2031 - I combattimenti al confine proseguono da settimane.\n"
        "La Bielorussia ha chiesto ufficialmente al Cremlino “aiuto urgente” invocando un patto di mutua assistenza del "
        "1999. Mosca ha risposto promettendo alla Bielorussia “tutto il sostegno”.\n"
    ))
    assert ("REQUEST", dt.date(2031, 3, 10), "day", "BLR", "happened") in italian
    assert ("AGREE", dt.date(2031, 3, 10), "day", "RUS", "happened") in italian
    english = _events_of_text(tmp_path, (
        "Plea to Moscow\n"
        "On March 10, 2031 Belarus asked the Kremlin for “urgent help”. On March 11, 2031 Moscow responded, promising "
        "Belarus “full support”.\n"
        "Il 12 marzo 2031 i due presidenti hanno avuto una discussione telefonica. Il 13 marzo 2031 il ministro ha "
        "illustrato gli accordi raggiunti al vertice di Minsk.\n"
    ))
    assert ("REQUEST", dt.date(2031, 3, 10), "day", "BLR", "happened") in english
    assert ("AGREE", dt.date(2031, 3, 11), "day", "RUS", "happened") in english
    assert ("CONSULT", dt.date(2031, 3, 12), "day", None, "happened") in english
    assert any(kind == "AGREE" and day == dt.date(2031, 3, 13) for kind, day, *_ in english)
    eve = _events_of_text(tmp_path, (
        "Sicurezza regionale\n"
        "Il 14 marzo 2031 il ministro russo discuterà di sicurezza con il collega bielorusso alla vigilia del vertice "
        "della Csto a Minsk.\n"
    ))
    assert not any(kind == "CONSULT" and country == "BLR" for kind, _, _, country, _ in eve)


def test_round_215_an_agreement_reached_at_a_meeting_held_on_a_day(tmp_path: Path) -> None:
    # our own words: agreements "reached at the meetings of <a long name>, held on 3-4 May" have the meetings' date, even
    # when a second meeting named after the date ("and at the leaders' dinner") is nearer to it
    events = _events_of_text(tmp_path, (
        "Telefonata\n"
        "Il 10 maggio 2031 i due presidenti hanno avuto una telefonata.\n"
        "Il presidente ha riferito degli accordi raggiunti nel corso delle riunioni del Consiglio dei ministri degli "
        "Esteri e del Consiglio dei ministri della Difesa, svoltesi il 3-4 maggio a Minsk, nonché nel corso "
        "dell’incontro dei capi delle delegazioni dei paesi membri delle due organizzazioni.\n"
    ))
    assert ("AGREE", dt.date(2031, 5, 3), "day", "BLR", "happened") in events


def test_round_216_a_misspelt_stan_country(tmp_path: Path) -> None:
    # our own words: "Kazakhastan", "Kyrgystan" and "Tadjikstan" are misspelt countries of the region, read as
    # Kazakhstan, Kyrgyzstan and Tajikistan; a word that is close to no one country ("Kazstan") or is no "-stan"
    # name stays no place
    gazetteer = event_tools().gazetteer
    found = gazetteer.find("troops left Kazakhastan for Kyrgystan and Tadjikstan, not Kazstan", None)
    assert [(p.text, p.country) for p in found] == [("Kazakhastan", "KAZ"), ("Kyrgystan", "KGZ"), ("Tadjikstan", "TJK")]
    events = _events_of_text(tmp_path, (
        "Il ritiro\n"
        "Il 19 gennaio 2031 sarà completato il ritiro dal Kazakhastan del contingente dell'alleanza.\n"
    ))
    assert ("RETREAT", dt.date(2031, 1, 19), "day", "KAZ", "planned") in events


def test_round_218_a_ready_capital_a_destination_still_to_come_and_a_bracketed_stamp(tmp_path: Path) -> None:
    # our own words: "…, precisando che Mosca è pronta a intervenire" names the Russian government, not where the
    # Belarusian request was made; a reserve formed "ready to be sent to Belarus" is formed at home; an aggregator's "(Di
    # venerdì 29 agosto 2031)" after the title is its stamp, and the act is dated by the statement that reports it ("…, ha
    # spiegato in un'intervista trasmessa giovedì")
    request = _events_of_text(tmp_path, (
        "Aiuti a Minsk\n"
        "Il 27 agosto 2031 il presidente russo ha detto che il leader bielorusso gli ha chiesto di mandare agenti di "
        "polizia, precisando che Mosca è pronta a intervenire.\n"
    ))
    assert ("REQUEST", dt.date(2031, 8, 27), "day", "BLR", "happened") in request
    reserve = _events_of_text(tmp_path, (
        "On March 5, 2031 Russia formed a reserve of police officers ready to be sent to Belarus.\n"
    ))
    assert ("MOBILIZE", dt.date(2031, 3, 5), "day", "RUS", "happened") in reserve
    coded = _published_events(tmp_path, (
        "Il Cremlino prepara i suoi agenti (Di venerdì 29 agosto 2031) Il presidente russo ha formato una riserva di "
        "agenti in attesa di essere inviati in Armenia, ha spiegato in un'intervista trasmessa giovedì.\n"), "2031-08-29")
    assert any(kind == "MOBILIZE" and day == dt.date(2031, 8, 28) and country == "RUS" for kind, day, _, country, _ in coded)


def test_round_219_asked_to_join_a_step_asked_for_by_its_noun_a_ratified_declaration_and_a_date_first_dateline(tmp_path: Path) -> None:
    # our own words: "chiese di entrare" (the simple past) and "asked to join" are requests, and a clause whose verb
    # follows its date ("X was out of it, but in 2006 asked to join") is the sentence subject's; "ha chiesto la
    # sospensione della sua partecipazione" asks for a step by its noun; "ratified a declaration" is an agreement; "March
    # 3, ABC." before the story is an agency's dateline written date first
    events = _events_of_text(tmp_path, (
        "Il blocco e i suoi membri\n"
        "La Moldavia ne era fuori, ma nel 2031 chiese di entrare nel blocco.\n"
        "Moldova was out of it, but in 2032 asked to join the bloc.\n"
        "A fine maggio 2033 la Moldavia ha chiesto la sospensione della sua partecipazione.\n"
        "On June 10, 2034 the member states ratified a declaration on the new force.\n"
    ))
    assert ("REQUEST", dt.date(2031, 1, 1), "year", "MDA", "happened") in events
    assert ("REQUEST", dt.date(2032, 1, 1), "year", "MDA", "happened") in events
    assert ("REQUEST", dt.date(2033, 5, 1), "month", "MDA", "happened") in events
    assert any(kind == "AGREE" and day == dt.date(2034, 6, 10) for kind, day, *_ in events)
    coded = _published_events(tmp_path, "The bloc's drills\nMarch 3, ABC. The bloc held talks in Minsk with the Belarusian "
                                         "foreign minister.\n", "2031-03")
    assert ("CONSULT", dt.date(2031, 3, 3)) in [(kind, day) for kind, day, *_ in coded]


def test_round_220_an_accusation_in_the_present_and_forces_put_on_alert(tmp_path: Path) -> None:
    # our own words: "le autorità kazake, che accusano i soldati kirghisi di aver sparato" and "Astana accusa Bishkek di
    # …" are accusations; "ha messo in allerta le proprie truppe al confine" and "put its troops on the border on high
    # alert" mobilise them
    events = _events_of_text(tmp_path, (
        "Tensione al confine\n"
        "Il 3 marzo 2031 si è sparato al confine, secondo le autorità kazake, che accusano i soldati kirghisi di aver "
        "aperto il fuoco per primi.\n"
        "Il 4 marzo 2031 il Kazakistan ha messo in allerta le proprie truppe al confine.\n"
        "On March 5, 2031 Kyrgyzstan put its troops on the border on high alert.\n"
    ))
    assert any(kind == "ACCUSE" and day == dt.date(2031, 3, 3) for kind, day, *_ in events)
    assert ("MOBILIZE", dt.date(2031, 3, 4), "day", "KAZ", "happened") in events
    assert ("MOBILIZE", dt.date(2031, 3, 5), "day", "KGZ", "happened") in events


def test_round_221_a_capital_in_revolt(tmp_path: Path) -> None:
    # our own words: clashes between protesters and the police ("hanno avuto scontri con la polizia", "clashes with
    # police", "tafferugli") are a riot, not fighting between armed forces, and "questi scontri" named again are no new
    # fight; the police dispersing a crowd ("per disperdere la folla", "dispersed the protesters") and a man "arrestato
    # lo scorso anno" are coercion; protesters who "chiedono le dimissioni" demand; "si dimette il presidente" and
    # "forced the prime minister to resign" change an office (a full day heading the sentence without its comma dates
    # each verb of its clause); a demand made "after the fraud that marred the vote held
    # on Sunday" is not dated by that Sunday
    events = _events_of_text(tmp_path, (
        "Proteste a Osh\n"
        "Il 5 marzo 2031 a Osh i giovani hanno avuto scontri violenti con la polizia. Il motivo di questi scontri è il "
        "voto. Il 5 marzo 2031 a Osh gli agenti sono intervenuti per disperdere la folla con gli idranti.\n"
        "On March 6, 2031 protesters clashed with police in Osh. On March 6, 2031 the police dispersed the protesters.\n"
        "Il 7 marzo 2031 a Osh i manifestanti chiedono le dimissioni del sindaco, dopo le accuse di brogli che hanno "
        "segnato quelle tenutesi domenica.\n"
        "L'8 marzo 2031 si dimette il presidente kirghiso. Il suo rivale, arrestato lo scorso anno, è libero.\n"
    ))
    assert ("PROTEST", dt.date(2031, 3, 5), "day", "KGZ", "happened") in events
    assert ("PROTEST", dt.date(2031, 3, 6), "day", "KGZ", "happened") in events
    assert not any(kind == "FIGHT" for kind, *_ in events)
    assert ("COERCE", dt.date(2031, 3, 5), "day", "KGZ", "happened") in events
    assert ("COERCE", dt.date(2031, 3, 6), "day", "KGZ", "happened") in events
    assert ("DEMAND", dt.date(2031, 3, 7), "day", "KGZ", "happened") in events
    assert not any(day == dt.date(2031, 3, 2) for _, day, *_ in events)
    assert ("APPOINT", dt.date(2031, 3, 8), "day", "KGZ", "happened") in events
    assert ("COERCE", dt.date(2030, 1, 1), "year", "KGZ", "happened") in events
    english = _events_of_text(tmp_path, (
        "Crisis in Bishkek\n"
        "On October 6, 2031 protesters in Bishkek forced the prime minister to resign.\n"
    ))
    assert ("APPOINT", dt.date(2031, 10, 6), "day", "KGZ", "happened") in english


def test_round_223_the_course_of_this_month_and_another_drill_later(tmp_path: Path) -> None:
    # our own words: "nel corso del mese" and "entro la fine del mese" are this month (not the next); a drill that "si
    # terrà" a few words before its noun is the drill, no meeting; a drill begun today (1 September) and "another drill
    # later this month" are two events, not one told twice (a month told by its first day is not that day)
    coded = [(kind, day, precision, status) for kind, day, precision, _, status in _published_events(tmp_path, (
        "Esercitazioni in Bielorussia\n"
        "In Bielorussia sono iniziate le esercitazioni congiunte dell'alleanza.\n"
        "Nel corso del mese si terrà vicino a Brest una seconda esercitazione con i soli russi.\n"
        "Le truppe russe lasceranno il paese entro la fine del mese.\n"), "2031-09-01")]
    assert ("COOPERATE", dt.date(2031, 9, 1), "day", "happened") in coded
    assert ("COOPERATE", dt.date(2031, 9, 1), "month", "planned") in coded
    assert not any(kind == "CONSULT" for kind, *_ in coded)
    assert ("RETREAT", dt.date(2031, 9, 1), "month", "planned") in coded


def test_round_225_an_election_named_with_its_day_a_crowd_in_the_square_and_a_talk_with_reporters(tmp_path: Path) -> None:
    # our own words: "le presidenziali del 12 marzo" is the election and that day is its own, not the protests';
    # "migliaia di persone in piazza" and "la marcia per …" are protests; "in a conversation with reporters" is a
    # statement, not talks
    italian = _published_events(tmp_path, (
        "Proteste a Minsk\n"
        "Minsk – Migliaia di persone in piazza contro il governo.\n"
        "Le proteste contro l'esito delle presidenziali del 12 marzo continuano in Bielorussia.\n"), "2031-03")
    assert ("ELECTION", dt.date(2031, 3, 12), "day", "BLR", "happened") in italian
    assert ("PROTEST", dt.date(2031, 3, 1), "month", "BLR", "happened") in italian
    assert not any(kind == "PROTEST" and day == dt.date(2031, 3, 12) for kind, day, _, _, _ in italian)
    march = _published_events(tmp_path, "Bishkek oggi\nCentinaia di studenti hanno preso parte alla marcia contro la corruzione a Bishkek.\n",
                              "2031-05-20")
    assert [kind for kind, _, _, _, _ in march] == ["PROTEST"]
    talk = _published_events(tmp_path, (
        "The bloc and the conflict\n"
        "YEREVAN, May 20, 2031 – The conflict is under review, the bloc's secretary general said on May 20 during a "
        "conversation with journalists in Yerevan.\n"), "2031-05-20")
    assert talk == []


def test_round_227_troops_to_be_brought_home_by_a_day_a_guarantee_of_help_and_a_protest_in_the_singular(tmp_path: Path) -> None:
    # our own words: "le truppe saranno fatte rientrare dal <Paese> entro il 9 aprile" is a withdrawal planned for that
    # day; "ha garantito a X che Mosca è pronta a fornire tutto l'aiuto" promises help (AGREE) beside the call it was
    # given in; "la protesta dei minatori" is a protest as "le proteste" is
    home = _published_events(tmp_path, (
        "Il ritiro\n"
        "Astana, 2 aprile 2031 - Il comandante ha affermato che tutte le truppe saranno fatte rientrare dal Kazakistan entro il 9 aprile.\n"),
        "2031-04-02")
    assert ("RETREAT", dt.date(2031, 4, 9), "day", "KAZ", "planned") in home
    help_ = _published_events(tmp_path, (
        "La telefonata\n"
        "In una lunga telefonata il presidente russo ha garantito al collega bielorusso che Mosca è pronta a fornire a Minsk "
        "tutto l'aiuto necessario.\n"), "2031-04")
    assert any(kind == "AGREE" and day == dt.date(2031, 4, 1) and precision == "month" for kind, day, precision, _, _ in help_)
    singular = _published_events(tmp_path, "Minatori in sciopero\nIeri a Soligorsk la protesta dei minatori è durata sei ore.\n", "2031-04-10")
    assert [(kind, day) for kind, day, _, _, _ in singular] == [("PROTEST", dt.date(2031, 4, 9))]


def test_round_228_a_state_s_own_affairs_that_nothing_locates_happen_in_the_country_the_story_names(tmp_path: Path) -> None:
    # our own words: "si dimette il presidente del Paese X" and "proteste contro il voto" place nothing, but a
    # resignation, protests and arrests are a state's own affairs: they happened in the country the story names most;
    # a bloc's affairs stay in no country ("the alliance's next secretary general will take office")
    events = _published_events(tmp_path, (
        "Crisi politica\n"
        "Sotto la pressione della folla si dimette il presidente del Kirghizistan, Ivan Petrov.\n"
        "Le proteste contro il voto vanno avanti dal 5 ottobre e il Kirghizistan lo ha poi annullato.\n"), "2031-10-15")
    assert ("APPOINT", dt.date(2031, 10, 15), "day", "KGZ", "happened") in events
    assert ("PROTEST", dt.date(2031, 10, 5), "day", "KGZ", "happened") in events
    bloc = _published_events(tmp_path, (
        "The alliance\n"
        "The alliance's next secretary general will take office on 1 January 2032, his office said.\n"
        "Kyrgyzstan has chaired the alliance since May and will hand over the chair in Bishkek.\n"), "2031-10-15")
    assert [(kind, country) for kind, _, _, country, _ in bloc if kind == "APPOINT"] == [("APPOINT", None)]


def test_round_232_a_past_month_after_the_story_s_a_waged_campaign_a_vote_s_day_and_streets_invaded_by_a_crowd(tmp_path: Path) -> None:
    # our own words: "waged a military campaign in September", told in June, is last September's war (it was dropped,
    # and the story's day taken); "dopo il voto del 12 marzo" is the vote's day; protesters who "hanno invaso le strade"
    # protest, no army invades; a questions and answers session with deputies is no consultation; "ha assunto il ruolo
    # di capo del comitato" takes up a post; "ha dichiarato di essersi rivolto agli alleati … per chiedere supporto"
    # asks for help
    waged = _published_events(tmp_path, "War\nThe neighbour waged a short military campaign in September against the enclave, "
                              "officials in Yerevan said.\n", "2031-06-13")
    assert any(kind == "FIGHT" and day == dt.date(2030, 9, 1) and precision == "month" for kind, day, precision, _, _ in waged)
    streets = _published_events(tmp_path, (
        "Proteste\n"
        "Minsk - Le proteste continuano.\n"
        "Dopo il voto del 12 marzo i dimostranti hanno invaso le strade della capitale.\n"), "2031-03")
    assert ("ELECTION", dt.date(2031, 3, 12), "day", "BLR", "happened") in streets
    assert not any(kind == "FIGHT" for kind, _, _, _, _ in streets)
    session = _published_events(tmp_path, "Parliament\nDuring a questions and answers session with deputies on Wednesday, the prime "
                                "minister of Armenia said the country would leave the bloc.\n", "2031-06-13")
    assert not any(kind == "CONSULT" for kind, _, _, _, _ in session)
    post = _published_events(tmp_path, "Crisi\nIl capo dello Stato Ivan Petrov ha assunto il ruolo di capo del comitato di "
                             "difesa. Ha poi dichiarato di essersi rivolto agli alleati della Csto per chiedere supporto.\n", "2031-01-05")
    kinds = {kind for kind, day, _, _, _ in post if day == dt.date(2031, 1, 5)}
    assert {"APPOINT", "REQUEST"} <= kinds


def test_round_233_what_has_gone_on_since_is_no_news_of_the_day(tmp_path: Path) -> None:
    # our own words: "il primo faccia a faccia da quando sono cominciate le proteste" names protests that began before
    # the story and have gone on since: no protest of the story's month (the meeting the sentence reports keeps its day)
    since = _published_events(tmp_path, (
        "Incontro a Sochi\n"
        "Il presidente russo e il collega bielorusso si sono visti a Sochi, il primo faccia a faccia da quando sono "
        "cominciate le proteste. Il vertice è durato quattro ore.\n"), "2031-09")
    assert not any(kind == "PROTEST" for kind, _, _, _, _ in since)
    assert any(kind == "CONSULT" and day == dt.date(2031, 9, 1) for kind, day, _, _, _ in since)


def test_round_236_fighting_between_two_states_a_valley_a_call_after_the_truce_and_a_coordinated_adoption(tmp_path: Path) -> None:
    # our own words: shots reported in a named district are fighting there; fighting "sulla frontiera fra A e B" is in
    # neither state, and so is fighting told with no place in a paragraph about that border (not the state the story
    # names most); "la valle di Fergana" is no Uzbek town; a truce made "durante una telefonata" after its trigger
    # has the call's no place; "developed in 2013 and formally adopted on <day>" is an adoption on that day
    shots = _published_events(tmp_path, (
        "Tensione al confine\n"
        "Nuovi incidenti sulla frontiera fra Kirghizistan e Tagikistan, dove alcuni pastori riferiscono di spari nell'area di "
        "un pascolo, nel distretto kirghiso di Batken. Il confine tra i due Paesi è conteso da anni. Nel 2029 una lite "
        "per un canale ha portato a scontri con decine di vittime.\n"), "2031-02-14")
    assert ("FIGHT", dt.date(2031, 2, 14), "day", "KGZ", "happened") in shots
    assert any(kind == "FIGHT" and day == dt.date(2029, 1, 1) and pd.isna(country) for kind, day, _, country, _ in shots)
    pair = _published_events(tmp_path, (
        "Confine\n"
        "I combattimenti sulla frontiera fra Tagikistan e Kirghizistan sono iniziati il 3 aprile per l'uso di un canale "
        "nella valle di Fergana.\n"
        "La tregua concordata ieri durante una telefonata fra i due presidenti regge ancora.\n"), "2031-04-09")
    assert any(kind == "FIGHT" and day == dt.date(2031, 4, 3) and pd.isna(country) for kind, day, _, country, _ in pair)
    assert any(kind == "AGREE" and day == dt.date(2031, 4, 8) and pd.isna(country) for kind, day, _, country, _ in pair)
    adopted = _published_events(tmp_path, (
        "Border plan\n"
        "The ministers met in Dushanbe on Thursday.\n"
        "The plan to equip the border was drafted under a decision of 2023 and formally adopted on 28 November 2030.\n"), "2031-04-10")
    assert any(kind == "AGREE" and day == dt.date(2030, 11, 28) and precision == "day" for kind, day, precision, _, _ in adopted)


def test_round_237_joining_with_its_month_a_return_told_by_vi_and_a_suspended_belonging(tmp_path: Path) -> None:
    # our own words: "X finally joined in March 2031, but Y still refuses to join" dates the joining, not the refusal;
    # "vi era rientrata nel maggio 2030" is a return to the bloc "vi" names; "ha sospeso la sua appartenenza" suspends it
    joined = _published_events(tmp_path, "Force\nThe force was set up in 2030.\nBelarus finally joined in March 2031, but Kazakhstan "
                               "still refuses to join the new command.\n", "2031-06-01")
    assert ("AGREE", dt.date(2031, 3, 1), "month", "BLR", "happened") in joined
    assert not any(kind == "REJECT" and day == dt.date(2031, 3, 1) for kind, day, _, _, _ in joined)
    back = _published_events(tmp_path, "Alleanza\nL'Armenia ne era uscita nel 2029, ma poi vi era rientrata nel maggio 2030.\n",
                             "2031-06-01")
    assert ("AGREE", dt.date(2030, 5, 1), "month", "ARM", "happened") in back
    suspended = _published_events(tmp_path, "Alleanza\nIl Turkmenistan ha ufficialmente sospeso la sua appartenenza all'alleanza.\n",
                                  "2031-06-01")
    assert any(kind == "SANCTION" and day == dt.date(2031, 6, 1) for kind, day, _, _, _ in suspended)


def test_round_238_a_dated_massacre_a_body_formally_created_joining_by_a_year_troops_sent_and_a_leader_s_protests(tmp_path: Path) -> None:
    # our own words: "the <town> massacre of 2028" is an assault that year (a massacre merely named is history);
    # "the summit formally created a new staff" is an agreement; "joined by the end of 2027"; "truppe … e milizie … sono
    # state inviate al confine" is a deployment; "le proteste da parte del presidente" are a complaint, no protest
    history = _published_events(tmp_path, "Alliance\nThe Namangan massacre of 2028 shocked the region. Kazakhstan joined by the end "
                                "of 2027.\n", "2031-06-01")
    assert ("ASSAULT", dt.date(2028, 1, 1), "year", "UZB", "happened") in history
    assert any(kind == "AGREE" and day == dt.date(2027, 1, 1) for kind, day, _, _, _ in history)
    created = _published_events(tmp_path, "Summit\nOn 14 May the summit in Minsk formally created a joint air staff.\n", "2031-05-20")
    assert any(kind == "AGREE" and day == dt.date(2031, 5, 14) for kind, day, _, _, _ in created)
    sent = _published_events(tmp_path, (
        "Confine\nNegli ultimi giorni truppe dell'esercito uzbeko e milizie armate sono state inviate al confine dai due governi, "
        "dopo le proteste da parte del presidente per le promesse mancate.\n"), "2031-03-02")
    assert any(kind == "MOBILIZE" for kind, _, _, _, _ in sent)
    assert not any(kind == "PROTEST" for kind, _, _, _, _ in sent)


def test_round_240_a_withdrawal_from_dall_the_taleban_spelling_an_advance_restraint_and_violence_in_a_town(tmp_path: Path) -> None:
    # our own words: "il ritiro dei soldati dall’Iraq" leaves Iraq (the elided "dall’"); "Taleban" is the Taliban;
    # "l'avanzata dei ribelli" is fighting; "refrained from joining" is a refusal; "violence broke out in the town of X"
    # is a riot there (not on a border)
    left = _published_events(tmp_path, "Ritiro\nIl ritiro dei soldati britannici dall’Iraq preoccupa la Turchia.\n", "2031-07-12")
    assert ("RETREAT", dt.date(2031, 7, 12), "day", "IRQ", "happened") in left
    taken = _published_events(tmp_path, "Valico\nI Taleban hanno preso il controllo di un valico con l'Iran.\n", "2031-07-12")
    assert [kind for kind, _, _, _, _ in taken] == ["FIGHT"]
    advance = _published_events(tmp_path, "Avanzata\nL'avanzata dei ribelli verso sud preoccupa i vicini.\n", "2031-07-12")
    assert [kind for kind, _, _, _, _ in advance] == ["FIGHT"]
    refrained = _published_events(tmp_path, "Summit\nAt the summit in Minsk on 4 May, two members refrained from joining the new "
                                  "air staff.\n", "2031-05-10")
    assert any(kind == "REJECT" and day == dt.date(2031, 5, 4) for kind, day, _, _, _ in refrained)
    riot = _published_events(tmp_path, "Unrest\nOn 3 May violence erupted in Jalal-Abad, a town in the Kyrgyz south.\n", "2031-05-10")
    assert ("PROTEST", dt.date(2031, 5, 3), "day", "KGZ", "happened") in riot


def test_round_241_an_anniversary_of_a_signing_is_no_signing(tmp_path: Path) -> None:
    # our own words: "il 25° anniversario dalla firma del Trattato" names a signing years before, no agreement of the story
    events = _published_events(tmp_path, "Vertice\nL'incontro si è tenuto nel 25° anniversario dalla firma del Trattato.\n", "2031-05")
    assert not any(kind == "AGREE" for kind, _, _, _, _ in events)


def test_round_242_a_translated_exercise_suspension_in_any_tense_a_crowd_a_succession_and_clauses_that_date_other_things(tmp_path: Path) -> None:
    # our own words: "l'esercizio operativo-tattico" is a drill (not "il reggimento aviotrasportato", a unit's name); "sospende
    # la partecipazione" and "la risoluzione della partecipazione" are suspensions; "una piccola protesta" and a crowd
    # that "ha invaso le piazze" protest; "era subentrato" takes an office; a date after "da quando" or in an aside
    # glued to its dashes dates that clause; "E l'Armenia ha rifiutato" is Armenia's refusal; a meeting held "per
    # discutere" a border between two states is placed in neither
    drill = _published_events(tmp_path, "Manovre\nL'esercizio operativo-tattico delle forze collettive si svolgerà dal 12 al 15 "
                              "settembre presso il poligono di Osh, con un reggimento aviotrasportato russo.\n", "2031")
    assert [(kind, day, status) for kind, day, _, _, status in drill] == [("COOPERATE", dt.date(2031, 9, 12), "planned")]
    frozen = _published_events(tmp_path, "Alleanza\nIl Turkmenistan sospende la partecipazione all'alleanza.\n", "2031-06-01")
    assert [kind for kind, _, _, _, _ in frozen] == ["SANCTION"]
    ended = _published_events(tmp_path, "Alleanza\nIl governo di Dushanbe prepara la risoluzione della partecipazione al blocco.\n",
                              "2031-06-01")
    assert [kind for kind, _, _, _, _ in ended] == ["SANCTION"]
    crowd = _published_events(tmp_path, (
        "Disordini\nTutto è cominciato con una piccola protesta a Osh, poi, il 3 marzo, una folla ha invaso le piazze di Bishkek.\n"
        "Le manifestazioni sono diventate proteste contro un governo al potere da quando il paese è diventato indipendente, nel 1991, "
        "e Sadyr Japarov -che era subentrato nel 2028 al presidente, Almazbek Atambayev– ha scelto la linea dura.\n"), "2031-03")
    assert ("PROTEST", dt.date(2031, 3, 3), "day", "KGZ", "happened") in crowd
    assert ("APPOINT", dt.date(2028, 1, 1), "year", "KGZ", "happened") in crowd
    assert not any(day.year == 1991 for _, day, _, _, _ in crowd)
    refused = _published_events(tmp_path, "Alleanza\nIl blocco ha altri problemi. E l'Armenia ha rifiutato di ospitare le "
                                "esercitazioni.\n", "2031-06-01")
    assert ("REJECT", dt.date(2031, 6, 1), "day", "ARM", "happened") in refused
    met = _published_events(tmp_path, "Riunione\nLa Csto ha tenuto una riunione per discutere la difesa del confine tra Kirghizistan "
                            "e Cina.\n", "2031-06-01")
    assert [(kind, country) for kind, _, _, country, _ in met] == [("CONSULT", None)]


def test_round_243_shots_resumed_a_truce_between_the_sides_an_invoked_article_a_shelled_town_and_clauses_that_date_others(tmp_path: Path) -> None:
    # our own words: "hanno ripreso a sparare" is fighting; a truce "firmata fra le due parti" is no one state's; "ha
    # attivato l'articolo 4" asks for help; "sono state bombardate" and "aveva condotto una vittoriosa offensiva" are
    # fighting; "Kirgisistan" is Kyrgyzstan; a meeting "che era stato concordato il 2 maggio" takes no date from its
    # relative clause; "scontri frontalieri" in a paragraph about a pair of states are between them; a day after "da
    # quando" is carried to no later sentence; a date in "…, X said at a meeting on <day>" dates no act before the comma
    shots = _published_events(tmp_path, (
        "Confine\nSabato mattina lungo il confine tra Kirgisistan e Tagikistan le guardie hanno ripreso a sparare. Da questo 10 "
        "maggio regge però una tregua firmata fra le due parti.\n"), "2031-05-10")
    assert any(kind == "FIGHT" and day == dt.date(2031, 5, 10) and pd.isna(country) for kind, day, _, country, _ in shots)
    assert any(kind == "AGREE" and day == dt.date(2031, 5, 10) and pd.isna(country) for kind, day, _, country, _ in shots)
    invoked = _published_events(tmp_path, "Appello\nIl governo armeno ha attivato ufficialmente l'articolo 4 del Trattato.\n", "2031-05-09")
    assert [(kind, country) for kind, _, _, country, _ in invoked] == [("REQUEST", "ARM")]
    shelled = _published_events(tmp_path, (
        "Escalation\nSecondo Yerevan le città di Goris e Kapan sono state bombardate all'alba del 9 maggio.\n"
        "Nel 2029 il Paese vicino aveva condotto una vittoriosa offensiva nella regione.\n"), "2031-05-09")
    assert ("FIGHT", dt.date(2031, 5, 9), "day", "ARM", "happened") in shelled
    assert any(kind == "FIGHT" and day == dt.date(2029, 1, 1) for kind, day, _, _, _ in shelled)
    summit = _published_events(tmp_path, (
        "Vertice\nIl presidente Sadyr Japarov è giunto a Dushanbe il 20 giugno per incontrare Emomali Rahmon.\n"
        "L'incontro dei leader, che era stato concordato il 2 maggio, è il primo da quando, lo scorso 1 maggio, sono scoppiati gli scontri "
        "frontalieri. I colloqui kirghiso-tagiki sono durati ore. I due presidenti hanno concordato di accelerare i lavori.\n"),
        "2031-06-21")
    assert ("AGREE", dt.date(2031, 5, 2), "day") in [(kind, day, precision) for kind, day, precision, _, _ in summit]
    assert not any(kind == "CONSULT" and day == dt.date(2031, 5, 2) for kind, day, _, _, _ in summit)
    assert any(kind == "FIGHT" and day == dt.date(2031, 5, 1) and pd.isna(country) for kind, day, _, country, _ in summit)
    assert not any(kind in ("AGREE", "CONSULT") and day == dt.date(2031, 5, 1) for kind, day, _, _, _ in summit)
    told = _published_events(tmp_path, (
        "Bilancio\nMOSCOW, 20 May (Agency) - The arrival of the allied units in Bishkek restored calm in the capital within days, "
        "CSTO Secretary General Ivan Petrov said at a meeting of the defence committee of the State Duma on 20 May.\n"), "2031-05-20")
    assert ("CONSULT", dt.date(2031, 5, 20), "day", "RUS", "happened") in told


def test_round_244_this_year_is_the_story_s_relieved_of_duty_charges_brought_and_a_withdrawal_from_a_post(tmp_path: Path) -> None:
    # our own words: in a story known only to its month, "in July this year" and "planned for this year" are that year's,
    # not the year of a date the article named before; "has been relieved of duty" is a dismissal; "charges were brought
    # against" charges him; a "withdrawal from the post" is a recall, no troops leaving
    story = _published_events(tmp_path, (
        "Case\nThe general was relieved of duty on 3 May.\n"
        "He stands accused in the case of 2 March 2009. In July this year charges were brought against the general, and the second stage "
        "is planned for this year.\n"), "2031-11")
    assert ("COERCE", dt.date(2031, 7, 1), "month") in [(kind, day, precision) for kind, day, precision, _, _ in story]
    dismissed = _published_events(tmp_path, "Post\nOn Friday the bloc's chief of staff has been relieved of duty.\n", "2031-11-02")
    assert [kind for kind, _, _, _, _ in dismissed] == ["APPOINT"]
    recalled = _published_events(tmp_path, "Post\nThe capital asked for his swift withdrawal from the post he held in the bloc.\n",
                                 "2031-11-02")
    assert not any(kind == "RETREAT" for kind, _, _, _, _ in recalled)


def test_round_245_a_truce_before_an_after_phrase_a_phone_call_averting_fighting_a_meeting_one_will_not_attend_and_others(tmp_path: Path) -> None:
    # our own words: "hanno firmato una tregua domenica dopo gli scontri" dates the truce, not the clashes it followed;
    # "agreed a ceasefire" agrees; the two leaders "si sono poi sentiti al telefono per esaminare le prossime mosse ed evitare
    # nuovi combattimenti" held a call (not planned: the next steps are its topic) and no fighting; "has no intention of
    # attending the summit" refuses it, no summit held; "si riunirà il 9 novembre" is a meeting to come; and a meeting
    # named with a long list of who met, its verb closing the sentence
    truce = _published_events(tmp_path, "Tregua\nLe due parti hanno firmato una tregua domenica dopo gli scontri al confine.\n", "2031-06-10")
    assert [(kind, day) for kind, day, _, _, _ in truce] == [("AGREE", dt.date(2031, 6, 8))]
    agreed = _published_events(tmp_path, "Truce\nThe two neighbours agreed a ceasefire on Sunday.\n", "2031-06-10")
    assert [(kind, day) for kind, day, _, _, _ in agreed] == [("AGREE", dt.date(2031, 6, 8))]
    call = _published_events(tmp_path, (
        "Capi\nI due capi di Stato si sono poi sentiti al telefono per esaminare le prossime mosse ed evitare nuovi combattimenti.\n"),
        "2031-06-10")
    assert [(kind, status) for kind, _, _, _, status in call] == [("CONSULT", "happened")]
    refused = _published_events(tmp_path, "Summit\nThe premier said he has no intention of attending the summit in Minsk.\n", "2031-06-10")
    assert [kind for kind, _, _, _, _ in refused] == ["REJECT"]
    italian = _published_events(tmp_path, "Vertice\nIl premier ha escluso nessuna volontà di partecipare a un vertice a Minsk.\n", "2031-06-10")
    assert [kind for kind, _, _, _, _ in italian] == ["REJECT"]
    commission = _published_events(tmp_path, "Commissione\nLa commissione mista si riunirà il 9 novembre a Minsk.\n", "2031-06-10")
    assert [(kind, day, status) for kind, day, _, _, status in commission] == [("CONSULT", dt.date(2031, 11, 9), "planned")]
    listed = _published_events(tmp_path, (
        "Site\nOn May 4, 2031, in Minsk, under the chairmanship of the deputy head of the council, the meeting of representatives of "
        "the ministries, as well as the customs services and the secretariat of the bloc, on the second stage of the border programme "
        "was held.\n"), "2031-06-10")
    assert [(kind, day, country) for kind, day, _, country, _ in listed] == [("CONSULT", dt.date(2031, 5, 4), "BLR")]


def test_round_246_fighting_from_last_evening_an_ordinal_a_decided_truce_clashes_pitting_two_states_and_a_long_body_name(tmp_path: Path) -> None:
    # our own words: "A partire da ieri sera sono scoppiati scontri" dates the clashes to the evening before; "hanno
    # deciso un cessate-il-fuoco" agrees; clashes that "oppongono le guardie del X e del Y" are placed in neither; a summit
    # of the "Organizzazione per la Cooperazione di Shanghai" is not placed in that city
    evening = _published_events(tmp_path, "Confine\nA partire da ieri sera lungo la frontiera sono scoppiati nuovi scontri.\n", "2031-06-10")
    assert [(kind, day) for kind, day, _, _, _ in evening] == [("FIGHT", dt.date(2031, 6, 9))]
    truce = _published_events(tmp_path, "Tregua\nOggi i due presidenti hanno deciso un cessate-il-fuoco.\n", "2031-06-10")
    assert [(kind, day) for kind, day, _, _, _ in truce] == [("AGREE", dt.date(2031, 6, 10))]
    pitted = _published_events(tmp_path, "Confine\nDa mesi scontri oppongono le guardie del Kirghizistan e del Tagikistan.\n", "2031-06-10")
    assert [(kind, country) for kind, _, _, country, _ in pitted] == [("FIGHT", None)]
    summit = _events_of_text(tmp_path, (
        "Vertice\nPublished: 2031-06-10\nOggi i leader si sono incontrati al vertice dell’Organizzazione per la Cooperazione di Shanghai.\n"))
    assert [(kind, country) for kind, _, _, country, _ in summit] == [("CONSULT", None)]


def test_round_247_troops_that_arrived_a_beginning_since_a_drill_going_on_until_a_day_and_an_italian_round_table(tmp_path: Path) -> None:
    # our own words: "a contingent of troops from A, B, C and D arrived in X" is a deployment, not D's visit; "the third
    # drill held since its inception in 2031" is not dated 2031; "will continue at the range near the town until 12
    # October" closes the drill already dated; "si è tenuta una tavola rotonda" is a meeting
    troops = _published_events(tmp_path, (
        "Troops\nA unit of soldiers from Belarus, Armenia, Tajikistan, and Kyrgyzstan arrived in Kazakhstan on 6 January.\n"), "2032-01-12")
    assert [(kind, day) for kind, day, _, _, _ in troops] == [("MOBILIZE", dt.date(2032, 1, 6))]
    since = _published_events(tmp_path, "Drill\nIt is the third joint exercise held by the force since its inception in 2031.\n", "2034-06-10")
    assert not any(day == dt.date(2031, 1, 1) for _, day, _, _, _ in since)
    drill = _published_events(tmp_path, (
        "Drill\nThe joint drills started on Monday in the Urals. The drills will continue at the range near the town until October 12.\n"),
        "2033-10-05")
    assert [(kind, day) for kind, day, _, _, _ in drill] == [("COOPERATE", dt.date(2033, 10, 3))]
    table = _published_events(tmp_path, "Tavola\nIeri a Minsk si è tenuta una tavola rotonda sulla sicurezza.\n", "2033-10-05")
    assert [(kind, day) for kind, day, _, _, _ in table] == [("CONSULT", dt.date(2033, 10, 4))]


def test_round_248_a_column_date_line_heads_its_item_in_a_story_known_only_to_its_month(tmp_path: Path) -> None:
    # our own words: a site's column over a page of June 2031 (its day unknown): "30.06.2032" heads the item under it, whose
    # "on June 30" is that year's
    events = _published_events(tmp_path, (
        "Column\n30.06.2032\nThe Kyrgyz President received the foreign ministers of the bloc in Cholpon-Ata on June 30.\n"
        "Interview\nThe Secretary General spoke about the bloc's plans.\n"), "2031-06")
    assert ("CONSULT", dt.date(2032, 6, 30)) in [(kind, day) for kind, day, _, _, _ in events]


def test_round_249_a_relative_clause_s_date_a_briefing_s_topics_talks_about_a_summit_elsewhere_and_two_acts(tmp_path: Path) -> None:
    # our own words: "On 9 May, the Secretary General X, who took office in March, visited the staff" dates the taking of
    # office to March (in no member's country) and the visit to 9 May; a training named in what someone was "briefed on"
    # is no drill; "the two discussed arrangements for a coming summit due to be held in Moscow" are the talks the lead
    # dates, not talks in Moscow; a treaty "then extended" in a paragraph of history takes no meeting's day; "accepted what
    # they called a ceasefire"; "removed X from the Defence Committee and proclaimed a state of emergency": two acts
    office = _published_events(tmp_path, (
        "Visit\nOn 9 May 2031, the CSTO Secretary General Ivan Petrov, who took office in March 2031, visited the headquarters of "
        "the Joint Staff.\n"
        "The Chief of Staff briefed the visitor on the staff's tasks, among them the joint training of officers.\n"), "2031-05-09")
    assert sorted((kind, day, precision, country) for kind, day, precision, country, _ in office) == [
        ("APPOINT", dt.date(2031, 3, 1), "month", None), ("CONSULT", dt.date(2031, 5, 9), "day", None)]
    talks = _published_events(tmp_path, (
        "Talks\nASTANA, June 8, 2031 – The Kazakh leader met the Secretary General Ivan Petrov here yesterday.\n"
        "According to his office, the two discussed arrangements for a coming summit due to be held in Moscow.\n"
        "The alliance was founded in 1992, and Uzbekistan left it in 1999. The treaty was then extended for a further period.\n"),
        "2031-06-08")
    assert [(kind, day, country) for kind, day, _, country, _ in talks if day.year == 2031] == [("CONSULT", dt.date(2031, 6, 7), "KAZ")]
    truce = _published_events(tmp_path, "Truce\nThe two states accepted what they called a full truce on Sunday.\n", "2031-05-05")
    assert [(kind, day) for kind, day, _, _, _ in truce] == [("AGREE", dt.date(2031, 5, 4))]
    italian = _published_events(tmp_path, "Tregua\nLe parti hanno accettato quella che hanno chiamato una tregua totale domenica.\n",
                                "2031-05-05")
    assert [(kind, day) for kind, day, _, _, _ in italian] == [("AGREE", dt.date(2031, 5, 4))]
    acts = _published_events(tmp_path, (
        "Crisi\nIl capo dello Stato ha rimosso il generale Ivan Petrov dal Comitato per la difesa e proclamato lo stato di emergenza "
        "in due regioni.\n"), "2031-05-05")
    assert sorted(kind for kind, _, _, _, _ in acts) == ["APPOINT", "COERCE"]


def test_round_250_a_second_act_after_a_semicolon_an_endorsed_plan_a_coming_adoption_visitors_to_come_and_two_years(tmp_path: Path) -> None:
    # our own words: "has become a full participant in the bloc on <day>; its membership was then ratified … on <day>" is
    # two agreements, each with its day; a work plan "endorsed" is adopted (AGREE), not supported; "the adoption of the
    # strategy will take place at the session … on <day>" is a planned agreement on that day; "a group of experts will
    # arrive in <city> this month" is a visit to come; "the accords reached … in 2029 and 2030" are two, and the talks
    # meant to carry them out take neither year
    joined = _published_events(tmp_path, (
        "Members\nMongolia has become a full participant in the bloc on 3 May 2031; its membership was then ratified by the "
        "national parliament on 9 June 2031.\n"), "2031-07-01")
    assert sorted((kind, day) for kind, day, _, _, _ in joined) == [("AGREE", dt.date(2031, 5, 3)), ("AGREE", dt.date(2031, 6, 9))]
    plan = _published_events(tmp_path, (
        "Ministers\nThe ministers met in Minsk on 4 April 2031. They also reviewed and endorsed the work plan of the group for the "
        "second half of the year.\n"), "2031-04-05")
    assert sorted(kind for kind, _, _, _, _ in plan) == ["AGREE", "CONSULT"]
    coming = _published_events(tmp_path, (
        "Strategy\nThe adoption of the new strategy will take place at the Council session that will be held in Bishkek on "
        "20 November.\nA group of experts from the Secretariat will arrive in Bishkek this month to study the plan, the "
        "secretary general said.\n"), "2031-11-03")
    assert sorted((kind, day, country, status) for kind, day, _, country, status in coming) == [
        ("AGREE", dt.date(2031, 11, 20), "KGZ", "planned"), ("CONSULT", dt.date(2031, 11, 1), "KGZ", "planned"),
        ("CONSULT", dt.date(2031, 11, 20), "KGZ", "planned")]
    accords = _published_events(tmp_path, "Talks\nThe talks seek to carry out the accords reached by the two states in 2029 and 2030.\n",
                                "2031-11-03")
    assert sorted((kind, day) for kind, day, _, _, _ in accords) == [("AGREE", dt.date(2029, 1, 1)), ("AGREE", dt.date(2030, 1, 1))]


def test_round_251_a_candidacy_agreed_on_is_an_appointment(tmp_path: Path) -> None:
    # our own words: "the ministers agreed on the candidacy of X for the post of Secretary General" chooses X (APPOINT),
    # no agreement of its own
    chosen = _published_events(tmp_path, (
        "Post\nOn 3 May 2031 the foreign ministers agreed on the candidacy of General Ivan Petrov for the post of the bloc's "
        "Secretary General.\n"), "2031-05-04")
    assert [(kind, day) for kind, day, _, _, _ in chosen] == [("APPOINT", dt.date(2031, 5, 3))]


def test_round_252_a_bill_signed_passed_and_approved_a_story_known_by_its_year_a_summit_named_by_its_city_and_a_founding(tmp_path: Path) -> None:
    # our own words: "the head of state signed the treaty bill into law, passed by the lower chamber on <day> and approved by
    # the upper chamber on <day>" is three acts, the signing dated by the story (known to its year only) and each vote by
    # its own day; "il vertice di Minsk" was held in Minsk, whatever else the sentence locates, and the reference calendar
    # dates it; a bloc "voluta da Mosca e dai suoi alleati" founded in a year, and what it "became" in another
    law = _published_events(tmp_path, (
        "Law\nThe head of state has signed the treaty bill into law, passed by the State Duma on 3 March and "
        "approved by the upper house on 9 April, his office told reporters.\n"), "2031")
    assert sorted((kind, day, precision) for kind, day, precision, _, _ in law) == [
        ("AGREE", dt.date(2031, 1, 1), "year"), ("AGREE", dt.date(2031, 3, 3), "day"), ("AGREE", dt.date(2031, 4, 9), "day")]
    summit = _published_events(tmp_path, (
        "Analisi\nIl recente vertice di Minsk dell'alleanza ha mostrato quanto siano lontani gli alleati dalla guerra che la "
        "Russia combatte in Ucraina.\n"), "2023-12-10")
    assert [(kind, day, country) for kind, day, _, country, _ in summit] == [("CONSULT", dt.date(2023, 11, 23), "BLR")]
    founded = _published_events(tmp_path, (
        "Storia\nL'alleanza militare voluta da Mosca e dai suoi vicini è stata fondata nel 1992. Dieci anni dopo è diventata "
        "nel 2002 la CSTO, con sei membri.\n"), "2031-05-05")
    assert sorted((kind, day) for kind, day, _, _, _ in founded) == [("AGREE", dt.date(1992, 1, 1)), ("AGREE", dt.date(2002, 1, 1))]


def test_round_253_speech_after_a_hyphen_a_meeting_named_by_its_members_that_day_of_an_undated_event_and_a_plan_s_object(tmp_path: Path) -> None:
    # our own words: the "May 10 summit" inside a hyphen-opened speech dates no meeting of the story; "he said at the
    # bloc's foreign ministers’ meeting" is the meeting of the story's day; "… looked back on the first joint meeting of
    # the three blocs. He recalled that on that day the ministers visited a museum" gives the visit no day (that day is
    # an undated one's); "a plan has been approved for the allied drills of …" holds no drill
    story = _published_events(tmp_path, (
        "Ministers\nDuring the meeting, the ministers exchanged views on the region.\n"
        "- We support the idea set out by the host at the May 10 summit. It will help us all, the minister of Belarus noted "
        "at the meeting.\n"
        "\"Cooperation grew this year,\" he said at the CSTO foreign ministers’ meeting.\n"
        "He also looked back on the first joint meeting of the three blocs. He recalled that on that day the ministers "
        "visited a war museum.\n"
        "A plan has been approved for the allied drills of the collective forces.\n"), "2031-05-25")
    assert sorted((kind, day) for kind, day, _, _, _ in story) == [("CONSULT", dt.date(2031, 5, 25))]


def test_round_255_a_mission_sent_on_a_day_and_military_action_with_a_neighbour(tmp_path: Path) -> None:
    # our own words: "the bloc's mission sent to Kyrgyzstan on 4 May 2031" is a deployment on that day; "the results of
    # military action with Tajikistan on 2-3 May" is fighting on the 2nd
    sent = _published_events(tmp_path, (
        "Session\nThe council will meet by video link next week to hear the results of the bloc's mission sent to Kyrgyzstan "
        "on 4 May 2031, a statement said.\n"), "2031-06-01")
    assert ("MOBILIZE", dt.date(2031, 5, 4)) in [(kind, day) for kind, day, _, _, _ in sent]
    fought = _published_events(tmp_path, "Talks\nThe ministers spoke of the losses after military action with Tajikistan on 2-3 May 2031.\n",
                               "2031-06-01")
    assert ("FIGHT", dt.date(2031, 5, 2)) in [(kind, day) for kind, day, _, _, _ in fought]


def test_round_256_a_summit_stayed_away_from_that_was_held_a_military_operation_a_reproach_begun_and_a_since_date(tmp_path: Path) -> None:
    # our own words: "declined to attend the bloc's summit held in Yerevan on 3 June" stays away from a summit that took
    # place (both are news); "launched a military operation" is fighting; "started to sharply condemn" is a reproach;
    # "Since April, X has often said that the country will quit" dates the saying, not the quitting
    stayed = _published_events(tmp_path, (
        "Summit\nThe president declined to attend the bloc's summit held in Yerevan on 3 June 2031.\n"), "2031-07-01")
    assert {("REJECT", dt.date(2031, 6, 3)), ("CONSULT", dt.date(2031, 6, 3))} <= {(kind, day) for kind, day, _, _, _ in stayed}
    fought = _published_events(tmp_path, (
        "Border\nThe army launched a military operation in the disputed valley on 5 June 2031. The opposition started to "
        "sharply condemn the government on 6 June 2031.\n"), "2031-07-01")
    assert {("FIGHT", dt.date(2031, 6, 5)), ("ACCUSE", dt.date(2031, 6, 6))} <= {(kind, day) for kind, day, _, _, _ in fought}
    said = _published_events(tmp_path, (
        "Alliance\nSince April 2031, the prime minister has often said that the country will quit the alliance.\n"), "2031-07-01")
    assert not [day for kind, day, _, _, _ in said if kind == "SANCTION" and day is not None]


def test_round_257_an_opening_ahead_of_a_meeting_a_participle_s_place_and_date_and_a_council_that_will_consider(tmp_path: Path) -> None:
    # our own words: "Ahead of the council's session on Friday, the two ministers spoke by telephone" does not put the
    # call on a Friday; "to discuss the results of the team sent to Kyrgyzstan on 2 May" is no talk on 2 May; "the
    # Council will consider the request on 9 June" is the Council's session that day
    ahead = _published_events(tmp_path, (
        "Call\nAhead of an announced session of the bloc's council on Friday, the two ministers held a telephone conversation.\n"),
        "2031-06-05")
    assert not [day for kind, day, _, _, _ in ahead if kind == "CONSULT" and day == dt.date(2031, 5, 30)]
    sent = _published_events(tmp_path, (
        "Plans\nThe ministers plan to discuss how the team sent to Kyrgyzstan on 2 May 2031 had fared.\n"), "2031-06-05")
    assert not [day for kind, day, _, _, _ in sent if kind == "CONSULT" and day == dt.date(2031, 5, 2)]
    council = _published_events(tmp_path, "Council\nOn 9 June 2031 the Collective Security Council will consider the request.\n",
                                 "2031-06-05")
    assert ("CONSULT", dt.date(2031, 6, 9)) in [(kind, day) for kind, day, _, _, _ in council]


def test_round_258_leaders_who_arrived_a_weekday_heading_a_long_subject_and_a_plan_told_in_the_present(tmp_path: Path) -> None:
    # our own words, in a story of Wednesday 4 June 2031: "The heads of state arrived in Bishkek on Monday" is their
    # visit that Monday; "the minister, who arrived in Osh on Tuesday, is expected to hold talks" arrived the day before;
    # "On Friday morning the annual session of the bloc's two ministerial bodies is due to open" and "The president
    # plans to meet separately, on Thursday, with his host" are still to come
    arrived = _published_events(tmp_path, (
        "Visit\nThe heads of state arrived in Bishkek on Monday. Also, the minister, who arrived in Osh on Tuesday, is "
        "expected to hold talks with the governor.\n"), "2031-06-04")
    dated = {(kind, day) for kind, day, _, _, _ in arrived}
    assert {("CONSULT", dt.date(2031, 6, 2)), ("CONSULT", dt.date(2031, 6, 3))} <= dated
    ahead = _published_events(tmp_path, (
        "Programme\nOn Friday morning the annual session of the bloc's two ministerial bodies for foreign affairs and "
        "defence is due to open in Bishkek.\n"), "2031-06-04")
    assert ("CONSULT", dt.date(2031, 6, 6)) in {(kind, day) for kind, day, _, _, _ in ahead}
    plan = _published_events(tmp_path, "Talks\nThe president plans to meet separately, on Thursday, with his host in Bishkek.\n",
                             "2031-06-04")
    assert ("CONSULT", dt.date(2031, 6, 5)) in {(kind, day) for kind, day, _, _, _ in plan}


def test_round_260_an_inauguration_and_an_attack_by_a_side_named_with_their_own_dates(tmp_path: Path) -> None:
    # our own words: "since his 7 May inauguration" is his taking office that day; "after the 13 March attack by the
    # neighbour" is fighting that day; an inauguration or an attack named with no date of its own is background
    dated = _published_events(tmp_path, (
        "Talks\nThe summit is the president's first since his 7 May 2031 inauguration. The ministers met after the 13 March "
        "2031 attack by the neighbour.\n"), "2031-06-01")
    assert {("APPOINT", dt.date(2031, 5, 7)), ("FIGHT", dt.date(2031, 3, 13))} <= {(kind, day) for kind, day, _, _, _ in dated}
    undated = _published_events(tmp_path, "Hall\nThe inauguration of the new hall drew a crowd. An attack by critics followed in the press.\n", "2031-06-01")
    assert not [kind for kind, day, _, _, _ in undated if kind in ("APPOINT", "FIGHT") and day is not None]


def test_round_261_two_meetings_of_two_bodies_told_together_are_two(tmp_path: Path) -> None:
    # our own words: "will attend an informal summit of the union's leaders and a summit of the bloc in Minsk on Friday"
    # tells two meetings that Friday; the bloc's summit told again later is still one
    events = _published_events(tmp_path, (
        "Summits\nThe president will on Friday attend an informal summit of the union's leaders and a summit of the "
        "bloc in Minsk, an aide said. The summit of the bloc will open at noon on Friday.\n"), "2031-06-04")
    assert [(kind, day) for kind, day, _, _, _ in events if kind == "CONSULT"] == [("CONSULT", dt.date(2031, 6, 6))] * 2


def test_round_262_a_city_that_names_a_document_is_no_place(tmp_path: Path) -> None:
    # our own words: "the president signed a law ratifying the Rome Statute" and "ha firmato la legge che ratifica lo
    # Statuto di Roma" happen in his own country, not in Italy
    english = _published_events(tmp_path, (
        "Law\nOn 3 May 2031 the Armenian president signed a law ratifying the Rome Statute of the court.\n"), "2031-06-01")
    italian = _published_events(tmp_path, (
        "Legge\nIl 3 maggio 2031 il presidente armeno ha firmato la legge che ratifica lo Statuto di Roma della corte.\n"), "2031-06-01")
    for events in (english, italian):
        assert [country for kind, _, _, country, _ in events if kind == "AGREE"] == ["ARM"]


def test_round_263_a_summit_joined_by_video_and_a_session_to_come_that_the_calendar_knows(tmp_path: Path) -> None:
    # our own words, in a story of 14 September 2021: "will join summits of the two blocs in Dushanbe via videoconference"
    # is the bloc's session in Dushanbe to come (the reference calendar holds it on 16 September), not a video call
    # that day
    events = _published_events(tmp_path, (
        "Summits\nThe president will join summits of the two blocs in Dushanbe via videoconference, the Kremlin said.\n"),
        "2021-09-14")
    assert [(kind, day, country) for kind, day, _, country, _ in events] == [("CONSULT", dt.date(2021, 9, 16), "TJK")]


def test_round_264_a_meeting_told_by_its_own_passive_keeps_the_day_after_held(tmp_path: Path) -> None:
    # our own words: "The next session of the bloc's council will be held on 28 November in Astana" is that session on
    # 28 November (the day after "held" is not some other noun's when "held" is the session's own verb)
    events = _published_events(tmp_path, (
        "Session\nThe next session of the bloc's council will be held on 28 November 2031 in Astana.\n"), "2031-10-01")
    assert ("CONSULT", dt.date(2031, 11, 28)) in [(kind, day) for kind, day, _, _, _ in events]


def test_round_265_italian_a_decision_set_an_emergency_a_dismissal_in_apposition_a_monument_and_a_purpose(tmp_path: Path) -> None:
    # our own words, Italian: "ha stabilito di inviare" is a decision; "lo stato d'emergenza" with its apostrophe is one;
    # "ha rimosso il suo vice, Ivan Rossi, dal ruolo di …" a dismissal; demonstrators who "hanno demolito un monumento"
    # protest; "Nel tentativo di placare le proteste, il presidente ha accettato le dimissioni del governo" is the
    # government's change (the protests are what it meant to calm)
    events = _published_events(tmp_path, (
        "Crisi\nIl 3 maggio 2031 l'alleanza ha stabilito di inviare un contingente. Il 3 maggio 2031 il presidente ha imposto "
        "lo stato d'emergenza. Il 4 maggio 2031 il presidente ha rimosso il suo vice, Ivan Rossi, dal ruolo di segretario. "
        "Il 4 maggio 2031 i dimostranti hanno demolito un monumento.\n"), "2031-05-20")
    dated = {(kind, day) for kind, day, _, _, _ in events}
    assert {("AGREE", dt.date(2031, 5, 3)), ("COERCE", dt.date(2031, 5, 3)), ("APPOINT", dt.date(2031, 5, 4)),
            ("PROTEST", dt.date(2031, 5, 4))} <= dated
    purpose = _published_events(tmp_path, (
        "Governo\nNel tentativo di placare le proteste, il presidente ha accettato le dimissioni del governo.\n"), "2031-05-20")
    assert [kind for kind, _, _, _, _ in purpose] == ["APPOINT"]
    resigned = _published_events(tmp_path, "Leader\nThe leader stayed influential after his resignation in 2019.\n", "2031-05-20")
    assert ("APPOINT", dt.date(2019, 1, 1)) in [(kind, day) for kind, day, _, _, _ in resigned]


def _placeless(events: list[tuple[str, dt.date, str, str | None, str]]) -> list[tuple[str, dt.date, str, str | None, str]]:
    """The events with no country written as "-" (a table's missing value reads as NaN)."""
    return [(kind, day, precision, country if isinstance(country, str) else "-", status) for kind, day, precision, country, status in events]


def test_round_266_a_halt_to_contributions_a_frozen_membership_and_a_dated_decision_on_the_bloc(tmp_path: Path) -> None:
    # our own words, in a story known to its month: "its decision to halt its financial contributions" is the stop itself
    # (SANCTION), "had frozen its CSTO membership" too; "the 5 March 2031 decision on the alliance's budget" is the
    # bloc's decision that day (in none of its members, and happened, though the sentence looks ahead), and it is no
    # day "in January" counts from; "refrains from signing" signs nothing
    events = _published_events(tmp_path, (
        "Budget\nExampleland announced on Monday its decision to halt its financial contributions for the alliance.\n"
        "The premier said Exampleland would abstain from endorsing the 5 March 2031 decision on the alliance's budget.\n"
        "In January, Armenia had effectively frozen its CSTO membership.\n"
        "\"Our state refrains from signing any decision on the 2032 budget,\" the ministry said.\n"), "2032-04")
    assert ("SANCTION", dt.date(2032, 4, 1)) in [(kind, day) for kind, day, _, _, _ in events]
    assert ("AGREE", dt.date(2031, 3, 5), "day", "-", "happened") in _placeless(events)
    assert ("SANCTION", dt.date(2032, 1, 1), "month", "ARM", "happened") in events
    assert not [kind for kind, day, _, _, status in events if kind == "AGREE" and day.year == 2032 and status == "happened"]


def test_round_266_a_sides_dated_operation_a_founding_by_participle_and_a_ratification_with_its_day_first(tmp_path: Path) -> None:
    # our own words: "Exampleland's 2031 military operation in the region" and "a military offensive along the border in
    # May 2031", during which an appeal was made (the appeal shares the offensive's month); "a regional bloc founded in
    # 2002" is its founding; "The parliament ratified on 3 June an agreement on …" a ratification that day
    events = _published_events(tmp_path, (
        "Background\nThe dispute goes back to Azerbaijan's 2031 military operation in Nagorno-Karabakh.\n"
        "Armenia's appeal for help during Azerbaijan's military offensive along the Armenian border in May 2030 went unanswered.\n"
        "The CSTO is a regional bloc founded in 2002 to guard its members.\n"
        "The Russian parliament ratified on 3 June an agreement on peacekeeping of the alliance.\n"), "2032-06-20")
    dated = {(kind, day, precision) for kind, day, precision, _, _ in events}
    assert {("FIGHT", dt.date(2031, 1, 1), "year"), ("FIGHT", dt.date(2030, 5, 1), "month"),
            ("REQUEST", dt.date(2030, 5, 1), "month"), ("AGREE", dt.date(2002, 1, 1), "year"),
            ("AGREE", dt.date(2032, 6, 3), "day")} <= dated


def test_round_266_italian_a_refusal_to_pay_and_a_council_decision_of_a_capital_that_abstains(tmp_path: Path) -> None:
    # our own words, Italian: "ha rifiutato di finanziare l'alleanza" stops paying for it (SANCTION); "Erevan si asterrà
    # dal votare la decisione del Consiglio di sicurezza collettiva datata 5 marzo 2031" names the bloc's
    # decision of that day, in none of its members (the capital that abstains is its government, not a place)
    events = _published_events(tmp_path, (
        "Bilancio\nLunedì l'Armenia ha rifiutato di finanziare l'alleanza.\n"
        "Ha dichiarato che Erevan si asterrà dal votare la decisione del Consiglio di sicurezza collettiva datata "
        "5 marzo 2031.\n"), "2032-04-14")
    assert ("AGREE", dt.date(2031, 3, 5), "day", "-", "happened") in _placeless(events)
    assert "SANCTION" in [kind for kind, _, _, _, _ in events]


def test_round_268_italian_a_history_of_joining_and_leaving_habits_and_a_rule(tmp_path: Path) -> None:
    # our own words, Italian: "L'Organizzazione … nasce nel 2031" is its founding; two states "che erano divenute parti del
    # Trattato nel 2033" joined it (in neither of them, one unknown to the registry), and "vi sono poi uscite assieme a"
    # a third "nel 2035" left it; "Dal 2036 … è rientrata a far parte del Trattato" is a return; what it "svolge ogni
    # anno" is a habit of no day, and what a rule "sarebbe considerato" is no act
    events = _published_events(tmp_path, (
        "Storia\nL'Organizzazione per la difesa comune nasce nel 2031, come sviluppo di un trattato più antico. Francia e "
        "Azerbaigian, che erano divenute parti del Trattato nel 2033, vi sono poi uscite assieme alla Grecia nel 2035. Dal 2036 "
        "la Grecia è però rientrata a far parte del Trattato.\n"
        "L'Organizzazione svolge ogni anno esercitazioni congiunte, e un attacco a un membro sarebbe considerato un attacco a tutti.\n"),
        "2040")
    dated = [(kind, day.year, country if isinstance(country, str) else "-") for kind, day, _, country, status in events if status == "happened"]
    assert ("AGREE", 2031, "-") in dated and ("AGREE", 2033, "-") in dated and ("SANCTION", 2035, "-") in dated
    assert ("AGREE", 2036) in [(kind, year) for kind, year, _ in dated]
    assert not [kind for kind, _, _ in dated if kind in ("COOPERATE", "ASSAULT")]


def test_round_268_italian_fighting_between_the_two_countries_a_truce_in_force_and_shelling(tmp_path: Path) -> None:
    # our own words, Italian: fighting, a withdrawal and a truce told of "the two countries" or "both sides" are placed
    # in neither; "avrebbe trasferito unità di forze speciali verso il confine" moves forces; "il cessate il fuoco è in
    # vigore dal pomeriggio del …" is the truce that day; "bombardamenti" are fighting; the areas that "sono diventate
    # oggetto di scontro" are fought over
    events = _published_events(tmp_path, (
        "Confine\nLe ostilità sono iniziate la mattina del 14 settembre 2031 con colpi sparati tra i posti di frontiera dei due "
        "paesi. Già il 10 settembre 2031 Dushanbe avrebbe trasferito unità di forze speciali verso il confine.\n"
        "Da entrambe le parti il 15 settembre 2031 è stato ordinato il ritiro delle truppe e il cessate il fuoco è in vigore dal "
        "pomeriggio del 15 settembre 2031.\n"
        "Bombardamenti sono stati segnalati anche il 16 settembre 2031 nella regione di Osh. Il 17 settembre 2031 le valli "
        "vicine sono diventate oggetto di scontro.\n"), "2031-11")
    placed = _placeless(events)
    assert ("FIGHT", dt.date(2031, 9, 14), "day", "-", "happened") in placed
    assert ("RETREAT", dt.date(2031, 9, 15), "day", "-", "happened") in placed
    assert ("AGREE", dt.date(2031, 9, 15), "day", "-", "happened") in placed
    kinds = {(kind, day) for kind, day, _, _, _ in events}
    assert {("MOBILIZE", dt.date(2031, 9, 10)), ("FIGHT", dt.date(2031, 9, 16)), ("FIGHT", dt.date(2031, 9, 17))} <= kinds


def test_round_269_an_official_page_a_law_signed_and_the_pact_it_ratifies_a_range_of_word_days_and_a_journey(tmp_path: Path) -> None:
    # our own words: a page of menu lines, its title and its day on a line of its own opens its story under that day
    # (the law signed is that day's news); "The agreement was signed in <city> on <day>" is the pact's own signing, not
    # the law's; "forces designated for rapid response" appoint no one; "from the second to the ninth of May" starts on the
    # first; troops that "began moving to Belarus on 25 April to take part in the drills" give the drills no day, and
    # "The exercises focus on …" is no news of that day
    events = _published_events(tmp_path, (
        "View settings\nFont size:\nOfficial website of the President of Exampleland\nLaw on ratification of the pact\n"
        "May 3, 2031\n"
        "The President signed the Federal Law on ratifying the Pact on the Joint Force of the alliance.\n"
        "The units designated for rapid response will guard the borders.\n"
        "The agreement was signed in Minsk on April 2, 2030.\n"), "2031-05-03")
    dated = [(kind, day, country) for kind, day, _, country, _ in events]
    assert ("AGREE", dt.date(2030, 4, 2), "BLR") in dated
    assert ("AGREE", dt.date(2031, 5, 3)) in [(kind, day) for kind, day, _ in dated]
    assert "APPOINT" not in [kind for kind, _, _ in dated]
    drills = _published_events(tmp_path, (
        "Drills\nThe drills will be held in Belarus from the second to the ninth of May.\n"
        "Units of the member states began moving to Belarus on April 25 so as to take part in the manoeuvres. The exercises "
        "focus on staff work.\n"), "2031-05-01")
    assert [(kind, day) for kind, day, _, _, _ in drills if kind == "COOPERATE"] == [("COOPERATE", dt.date(2031, 5, 2))]
    assert ("MOBILIZE", dt.date(2031, 4, 25)) in [(kind, day) for kind, day, _, _, _ in drills]


def test_round_270_fighting_between_two_states_is_placed_in_neither_unless_the_sentence_locates_it(tmp_path: Path) -> None:
    # our own words: "the Alpha attack on Armenia" is war between two states (FIGHT, not violence against people),
    # placed in neither, whatever capital the sentence names after it; "the May 5 attack by Azerbaijan" after "a mission
    # to Armenia" is not placed by the mission's destination; clashes "on the Kyrgyz-Tajik border" are in neither state,
    # while clashes "near the village of Kok-Terek" on that border are where the village is
    events = _published_events(tmp_path, (
        "War\nAs a result of the Azerbaijani attack on Armenia in May 2031, Baku managed to take several heights.\n"
        "The meeting will focus on the mission to Armenia following the May 5, 2032 attack by Azerbaijan.\n"
        "Clashes on the Kyrgyz-Tajik border resumed on June 3, 2032.\n"), "2032-06-20")
    placed = _placeless(events)
    assert ("FIGHT", dt.date(2031, 5, 1), "month", "-", "happened") in placed
    assert ("FIGHT", dt.date(2032, 5, 5), "day", "-", "happened") in placed
    assert ("FIGHT", dt.date(2032, 6, 3), "day", "-", "happened") in placed
    assert "ASSAULT" not in [kind for kind, _, _, _, _ in events]


def test_round_271_a_stop_said_in_the_future_a_bare_withdrawal_from_the_bloc_a_call_with_an_aside_and_a_pair_title(tmp_path: Path) -> None:
    # our own words: "announced that it would cease financing the bloc" is a stop decided when said; "has suspended its
    # participation in the bloc again; its first withdrawal in 2031 …" is leaving the bloc (SANCTION), not
    # troops pulled back; in a story known to its year a year after it is still to come
    events = _published_events(tmp_path, (
        "Budget\nEarlier in May, Exampleland announced that it would cease financing the bloc's activities.\n"
        "Exampleland has suspended its participation in the alliance again; its first withdrawal in 2031 came "
        "after a dispute. Experts expect the US pull-out from Afghanistan in 2034.\n"), "2032")
    statuses = {(kind, day.year, status) for kind, day, _, _, status in events}
    assert ("SANCTION", 2032, "happened") in statuses and ("SANCTION", 2031, "happened") in statuses
    assert ("RETREAT", 2031, "happened") not in statuses
    italian = _published_events(tmp_path, (
        "Scontri al confine tra Kirghizistan e Tagikistan\n"
        "Tra il 12 e il 15 settembre 2032 sono stati segnalati scontri lungo un tratto del confine conteso.\n"
        "Il capo del Cremlino ha invitato Bishkek e Dushanbe, durante un colloquio telefonico con entrambi i leader, a "
        "evitare un'escalation.\n"
        "I combattimenti hanno fatto più vittime di quelli della primavera del 2031.\n"), "2032-09-26")
    placed = _placeless(italian)
    assert ("FIGHT", dt.date(2032, 9, 12), "day", "-", "happened") in placed
    assert ("FIGHT", dt.date(2031, 1, 1), "year", "-", "happened") in placed
    kinds = {kind for kind, _, _, _, _ in italian}
    assert {"REQUEST", "CONSULT"} <= kinds


def test_round_272_a_month_story_s_weekday_a_body_s_seat_an_aim_the_end_of_the_year_and_not_long_ago(tmp_path: Path) -> None:
    # our own words: in a story known only to its month, a weekday that is not the day the article last named gives the
    # month (not a day counted back from an earlier event's); "is headquartered in <city>" places no founding; a place in
    # the aim an act is told to serve is not where it was; "at the end of the year", "alla fine dell'anno" are that
    # year; "Non molto tempo fa" is a time long past, no negation
    events = _events_of_text(tmp_path, (
        "Border\nPublished: 2031-05\n"
        "The fighting broke out on the night of May 10-11 along the frontier.\n"
        "The Armenian defence ministry on Thursday declined to publish the findings.\n"
        "The alliance, founded in 1994, is headquartered in Moscow.\n"
    ))
    assert ("REJECT", dt.date(2031, 5, 1), "month", "ARM", "happened") in events
    assert not any(e[0] == "REJECT" and e[2] == "day" for e in events)
    assert ("AGREE", dt.date(1994, 1, 1), "year", None, "happened") in events
    later = _events_of_text(tmp_path, (
        "Summit\nPublished: 2031-10-14\n"
        "Non molto tempo fa Washington ha concluso un accordo con il governo afgano a maggio con lo scopo di mantenere "
        "il controllo sulle basi in Afghanistan.\n"
        "The leaders will gather for a summit in Kazan at the end of the year, the host said.\n"
        "Il prossimo vertice si terrà a Minsk alla fine dell'anno.\n"
    ))
    assert ("AGREE", dt.date(2031, 5, 1), "month", "USA", "happened") in later
    assert ("CONSULT", dt.date(2031, 1, 1), "year", "RUS", "planned") in later
    assert ("CONSULT", dt.date(2031, 1, 1), "year", "BLR", "planned") in later


def test_round_273_a_declined_request_a_gerund_decision_several_states_two_refusals_and_an_aim_s_year(tmp_path: Path) -> None:
    # our own words: "declined the plea, deciding instead to dispatch …" is a refusal and a decision, both the story's
    # news; "Russia and other member states" act in none of their countries; a later refusal by another body, dated by
    # a weekday, is a second refusal, not the first told again; the year an aim is for ("to improve … for 2032") does
    # not keep a meeting the story reports from the story's date
    events = _events_of_text(tmp_path, (
        "Aid\nPublished: 2031-06\n"
        "Armenia asked the bloc for help after the clashes.\n"
        "Russia and other member states declined the plea, deciding instead to dispatch observers.\n"
        "The findings were handed over later in the month.\n"
        "The Armenian defence ministry on Friday declined to publish the findings.\n"
    ))
    assert ("REJECT", dt.date(2031, 6, 1), "month", None, "happened") in events
    assert ("AGREE", dt.date(2031, 6, 1), "month", None, "happened") in events
    assert ("REJECT", dt.date(2031, 6, 1), "month", "ARM", "happened") in events
    aim = _events_of_text(tmp_path, (
        "Plans\nPublished: 2031\n"
        "Consultations were held at the bloc's headquarters to improve the readiness of its forces for 2032.\n"
    ))
    assert ("CONSULT", dt.date(2031, 1, 1), "year", None, "happened") in aim


def test_round_274_what_an_act_would_bring_about_is_an_argument_not_the_act(tmp_path: Path) -> None:
    # our own words: "argued that the pull-out of the troops would increase the threat" names no withdrawal that happened
    events = _events_of_text(tmp_path, (
        "Threat\nPublished: 2031\n"
        "Il presidente ha affermato che un ritiro dei soldati stranieri dal paese avrebbe aumentato i rischi.\n"
        "The minister argued that a withdrawal of the troops would only worsen the situation.\n"
    ))
    assert not any(e[0] == "RETREAT" and e[4] == "happened" for e in events)


def test_round_275_a_year_after_on(tmp_path: Path) -> None:
    # our own words: a translation's "elections on 2031" dates them to that year; "on 2031 levels" is a measure
    events = _events_of_text(tmp_path, (
        "Vote\nPublished: 2034-05-02\n"
        "Crowds gathered in the capital after the presidential elections on 2031.\n"
        "Spending stayed on 2031 levels, the ministry said.\n"
    ))
    assert ("ELECTION", dt.date(2031, 1, 1), "year", None, "happened") in [(e[0], e[1], e[2], None, e[4]) for e in events]


def test_round_276_last_night_a_force_deployed_charges_again_an_interrogation_and_an_owner_s_year(tmp_path: Path) -> None:
    # our own words: "last night" is the day before the story's; "ha schierato già una forza" deploys;
    # "leveled the same charges against X on <day>" charges (COERCE); "interrogated X" questions; "Yerevan's 2031
    # crackdown" dates the crackdown, and does not keep the news before it from the story's day
    events = _events_of_text(tmp_path, (
        "Unrest\nPublished: 2034-10-06\n"
        "The union's chief has been charged with abuse of office amid a probe into the capital's 2031 crackdown.\n"
        "Riots broke out in the capital last night.\n"
    ))
    assert ("COERCE", dt.date(2034, 10, 6), "day") in [(e[0], e[1], e[2]) for e in events]
    assert ("PROTEST", dt.date(2034, 10, 5), "day") in [(e[0], e[1], e[2]) for e in events]
    events = _events_of_text(tmp_path, (
        "Unrest\nPublished: 2034-10-06\n"
        "Nel gennaio 2032, il blocco ha schierato già una forza di reazione in Kazakistan.\n"
        "Investigators interrogated Ivan Petrovsky in the capital on October 3.\n"
        "The prosecutors leveled the same charges against the former minister on October 4.\n"
    ))
    assert ("MOBILIZE", dt.date(2032, 1, 1), "month", "KAZ", "happened") in events
    assert ("INVESTIGATE", dt.date(2034, 10, 3), "day") in [(e[0], e[1], e[2]) for e in events]
    assert ("COERCE", dt.date(2034, 10, 4), "day") in [(e[0], e[1], e[2]) for e in events]


def test_round_277_support_voiced_a_minister_who_decried_and_borders_breached(tmp_path: Path) -> None:
    # our own words: "voiced support on <weekday> for …" is support; "decried the bloc's silence" accuses; "breached the
    # country's sovereign borders in <month> <year>" is fighting in that country
    events = _events_of_text(tmp_path, (
        "Talks\nPublished: 2031-06-12\n"
        "The leaders again voiced support on Thursday for the mediators' efforts.\n"
        "The foreign minister on Friday decried the bloc's silence over the border.\n"
        "Troops of the neighbour breached Armenia's sovereign borders in May 2030, the minister recalled.\n"
    ))
    assert ("SUPPORT", dt.date(2031, 6, 12), "day") in [(e[0], e[1], e[2]) for e in events]
    assert ("ACCUSE", dt.date(2031, 6, 6), "day") in [(e[0], e[1], e[2]) for e in events]
    assert ("FIGHT", dt.date(2030, 5, 1), "month", "ARM", "happened") in events


def test_round_279_unacceptable_an_intervention_asked_for_a_named_war_a_session_held_online_and_others_places(tmp_path: Path) -> None:
    # our own words: a state that "called the remarks … unacceptable" accuses; "ha definito inaccettabile" too; asking for
    # a state's "military intervention" is a request, and the capital after it is who would intervene, not a place;
    # "the 2030 Valley war" and "la guerra del Nagorno Karabakh del 2030" are past wars dated by their year, in the
    # place their name holds; "The meeting will be held by video link" puts the session just dated nowhere; a
    # place after "the government in" or another act's noun far after the trigger is no place of it, nor is a capital
    # that "moves to" do something
    events = _events_of_text(tmp_path, (
        "Talks\nPublished: 2031-06-12\n"
        "On Thursday the Kremlin called the remarks of the Armenian prime minister unacceptable.\n"
        "Il presidente kazako ha definito inaccettabile la decisione di venerdì scorso.\n"
        "In September 2030 Armenia asked for the military intervention of Moscow.\n"
        "The envoy recalled the 2030 Nagorno-Karabakh war.\n"
        "Il diplomatico ha parlato della guerra del Nagorno Karabakh del 2029.\n"
        "The leaders will join an emergency session of the council on 16 June, the Kremlin said.\n"
        "The meeting will be held by video link.\n"
    ))
    found = [(e[0], e[1], e[2]) for e in events]
    assert ("ACCUSE", dt.date(2031, 6, 12), "day") in found and ("ACCUSE", dt.date(2031, 6, 11), "day") not in found
    assert ("ACCUSE", "KAZ") in [(e[0], e[3]) for e in events]
    assert ("REQUEST", dt.date(2030, 9, 1), "month", "ARM", "happened") in events
    assert ("FIGHT", dt.date(2030, 1, 1), "year", "AZE", "happened") in events
    assert ("FIGHT", dt.date(2029, 1, 1), "year", "AZE", "happened") in events
    assert ("CONSULT", dt.date(2031, 6, 16), "day", None, "planned") in events
    summit = _events_of_text(tmp_path, (
        "Summit\nPublished: 2031-06-12\nThe leaders of the bloc are gathering in the Tajik capital this month.\n"
        "Delegations arrived in Dushanbe on Wednesday, and more are expected in Tajikistan by the weekend.\n"
        "The 20 June 2031 meeting of the council comes as Moscow and Ankara move to widen their reach after the fall of "
        "the government in Kabul and the close of a long foreign military mission in Afghanistan.\n"
    ))
    assert ("CONSULT", dt.date(2031, 6, 20), "day", "TJK") in [e[:4] for e in summit]


def test_round_280_attacks_on_troops_a_force_to_depart_and_a_reproach_of_a_far_off_act(tmp_path: Path) -> None:
    # our own words: attacks on troops are fighting, not an assault on people; a force "supposed to depart in <year>"
    # is a withdrawal planned for that year; a criticism whose long object ends "… in <country>" was made where its
    # speaker is, not there
    events = _events_of_text(tmp_path, (
        "Talks\nPublished: 2031-06-12\n"
        "The rebels have stepped up attacks on government and foreign troops this year.\n"
        "The ministers discussed the valley, from where the foreign force is supposed to depart in 2032, the envoy said.\n"
        "Sergei Lavrov on Wednesday criticized the union's refusal to join the patrols of the regional security alliance in Afghanistan.\n"
    ))
    types = [e[0] for e in events]
    assert "FIGHT" in types and "ASSAULT" not in types
    assert ("RETREAT", dt.date(2032, 1, 1), "year", "AFG", "planned") in events
    assert ("ACCUSE", dt.date(2031, 6, 11), "day", "RUS", "happened") in events


def test_round_281_reproaches_aid_only_promised_a_crisis_named_votes_and_a_reaction_met_with(tmp_path: Path) -> None:
    # our own words: "chastised" and "chide" are reproaches (ACCUSE), and two leaders' reproaches in one paragraph are
    # two events; "promised aid" not delivered is neither an agreement nor aid; "over their part in the Ukraine crisis"
    # does not place a meeting in Ukraine; "a resolution condemning …" accuses and "voted to expel …" sanctions; "met
    # with limited support" is no meeting
    events = _events_of_text(tmp_path, (
        "Talks\nPublished: 2014-05-14\n"
        "The allies met informally on Monday over their part in the Ukraine crisis.\n"
        "Emomali Rahmon sharply chastised the other members over the promised military aid. Serzh Sargsyan "
        "criticized fellow members for their votes.\n"
        "The leaders also took the chance to chide the secretariat.\n"
        "On 2 March the assembly adopted a resolution condemning the seizure of the pass.\n"
        "On 7 April the assembly voted to expel the union from its council.\n"
        "Last week the plan met with limited support from the neighbours.\n"
    ))
    types = [e[0] for e in events]
    assert ("CONSULT", dt.date(2014, 5, 12)) in [(e[0], e[1]) for e in events]
    assert all(e[3] != "UKR" for e in events if e[0] == "CONSULT")
    assert {("ACCUSE", "TJK"), ("ACCUSE", "ARM")} <= {(e[0], e[3]) for e in events}
    assert "AID" not in types and "REJECT" not in types
    assert ("ACCUSE", dt.date(2014, 3, 2), "day") in [e[:3] for e in events]
    assert ("SANCTION", dt.date(2014, 4, 7), "day") in [e[:3] for e in events]
    assert not [e for e in events if e[0] == "CONSULT" and e[2] == "week"]


def test_round_282_a_protest_in_a_square_and_one_only_imagined(tmp_path: Path) -> None:
    # our own words: "demonstrated in the central square of <city> on Thursday" is a protest there that day; "unless
    # demonstrators storm …" is one only imagined
    events = _events_of_text(tmp_path, (
        "Talks\nPublished: 2020-08-27\n"
        "Some 2,000 people demonstrated in the central square of Minsk on Thursday evening.\n"
        "The minister said the police would stay in their barracks unless demonstrators stormed the ministries.\n"
    ))
    assert ("PROTEST", dt.date(2020, 8, 27), "day", "BLR", "happened") in events
    assert len([e for e in events if e[0] == "PROTEST" and e[4] == "happened"]) == 1


def test_round_283_riot_gear_changes_approved_congratulations_a_crowd_blocked_a_call_and_what_is_negotiated(tmp_path: Path) -> None:
    # our own words: "police in riot gear" is no riot; "approved changes to the constitution" is an agreement;
    # "sent a congratulatory message" supports; "the police blocked the marchers" coerces; "called his Kazakh
    # counterpart" is a call; "was negotiating with X and Y to send troops" does not send them
    events = _events_of_text(tmp_path, (
        "Talks\nPublished: 2020-09-01\n"
        "Officers in riot gear lined the avenue on 30 August.\n"
        "Earlier this year, the parliament approved changes to the electoral code.\n"
        "On 30 August the president sent a congratulatory message to his Kyrgyz colleague.\n"
        "On 31 August the police blocked the marchers near the station in Bishkek.\n"
        "The minister said on 29 August that Moscow was negotiating with Astana and Bishkek to send troops to the valley.\n"
        "On 28 August the prime minister called his Kazakh counterpart about the border.\n"
    ))
    types = {e[0] for e in events}
    assert "PROTEST" not in types and "MOBILIZE" not in types
    assert ("AGREE", dt.date(2020, 1, 1), "year") in [e[:3] for e in events]
    assert ("SUPPORT", dt.date(2020, 8, 30), "day") in [e[:3] for e in events]
    assert ("COERCE", dt.date(2020, 8, 31), "day", "KGZ") in [e[:4] for e in events]
    assert ("CONSULT", dt.date(2020, 8, 28), "day") in [e[:3] for e in events]


def test_round_285_fighting_a_trade_named_by_its_country_and_a_forthcoming_act(tmp_path: Path) -> None:
    # our own words: "fighting the <Country> drug trade" and "fighting this threat" are a policy's aim, no fighting; a
    # "forthcoming" withdrawal is still to come
    events = _events_of_text(tmp_path, (
        "Talks\nPublished: 2031-06-12\n"
        "The minister said the union ignored offers of joint action in fighting the Valleyan drug trade.\n"
        "He praised those who are fighting this threat on the border.\n"
        "The president told today's meeting of the headquarters about the forthcoming withdrawal of the peacekeeping contingent.\n"
    ))
    assert "FIGHT" not in [e[0] for e in events]
    retreats = [e for e in events_of(tmp_path / "article.txt") if e.event_type == "RETREAT"]
    assert retreats and all(e.status == "planned" for e in retreats)
    (tmp_path / "article.txt").write_text(
        "Talks\nPublished: 2031-06-12\nThe ministers agreed to send the draft plan for approval at the forthcoming meeting of "
        "the union council.\n", encoding="utf-8")
    assert [e.status for e in events_of(tmp_path / "article.txt") if e.event_type == "CONSULT"] == ["planned"]


def test_round_286_old_affairs_of_the_one_country_named_a_petition_a_capture_a_visit_to_this_country(tmp_path: Path) -> None:
    # our own words: a protest of years before, in a paragraph that names one state, happened in it; a petition submitted
    # to a court asks; a capture is where what it took is, not across the border; a visit "to this mountain country"
    # goes to the country named before it, not the visitor's
    events = _published_events(tmp_path, (
        "Court hears the case\n"
        "On July 20, 2031, the former minister was charged with abuse of office.\n"
        "A petition was submitted to the district court for placing him under house arrest.\n"
        "In 2020 large rallies swept through Armenia after the vote. During the rally held on March 3, 2020, the crowd "
        "marched to the square.\n"
        "Last week the rebels captured Tajikistan's main border crossing with Afghanistan.\n"
    ), "2031-07-21")
    assert ("REQUEST", dt.date(2031, 7, 21), "day") in [e[:3] for e in events]
    assert ("PROTEST", dt.date(2020, 3, 3), "day", "ARM") in [e[:4] for e in events]
    assert [e[3] for e in events if e[0] == "FIGHT"] == ["TJK"]
    visit = _published_events(tmp_path, (
        "Ties grow\n"
        "A new stage in the ties between Russia and Kyrgyzstan was President Vladimir Putin's state visit to this "
        "mountain country in March 2031.\n"
    ), "2031-05-02")
    assert ("CONSULT", dt.date(2031, 3, 1), "month", "KGZ") in [e[:4] for e in visit]


def test_round_286_a_day_inside_a_meetings_own_words_is_that_meetings(tmp_path: Path) -> None:
    # our own words: "told today's meeting … about the forthcoming withdrawal": today is the meeting's day, not the
    # withdrawal's
    events = _published_events(tmp_path, (
        "Troops to leave\n"
        "The head of state told today's session of the crisis staff in Almaty about a coming withdrawal of the allied "
        "peacekeepers.\n"
    ), "2031-01-12")
    assert ("CONSULT", dt.date(2031, 1, 12), "day", "KAZ") in [e[:4] for e in events]
    assert "RETREAT" not in [e[0] for e in events]



def test_round_287_captions_a_spokesman_s_blame_hours_after_a_video_summit_and_leaders_met(tmp_path: Path) -> None:
    # our own words: a caption's present ("meets with") and its compact day ("15Apr2031"), or the talks its scene comes
    # "prior to"; "declined to speak to them" is no refusal; "decided instead to" decides; a "video summit" has no
    # place; a meeting "with the leadership of X" was in X; a refusal to join "the drills of the <long name> in Y" is the
    # refuser's; a blame "hours after the shooting began on <day>" takes that day, and the shooting is not the blamer's
    events = _published_events(tmp_path, (
        "Generals gather\n"
        "Caption - Prime Minister Nikol Pashinian meets with the visiting generals in Yerevan, 15Apr2031.\n"
        "MOSCOW - The ministers pose for a photo prior to their talks in the Russian capital, May 16, 2030.\n"
        "The generals gathered in Yerevan on Friday. Nikolay Bordyuzha later declined to speak to them.\n"
        "Bordyuzha's spokesman, Vladimir Zainetdinov, blamed Azerbaijan hours after the shooting began on April 3.\n"
    ), "2031-04-18")
    assert ("CONSULT", dt.date(2031, 4, 15), "day", "ARM") in [e[:4] for e in events]
    assert ("CONSULT", dt.date(2030, 5, 16), "day", "RUS") in [e[:4] for e in events]
    assert "REJECT" not in [e[0] for e in events]
    assert ("ACCUSE", dt.date(2031, 4, 3), "day", "RUS") in [e[:4] for e in events]
    assert [e[3] for e in events if e[0] == "FIGHT"] != ["RUS"]
    summit = _published_events(tmp_path, (
        "Leaders confer\n"
        "On Tuesday evening the presidents of Russia, Belarus and Tajikistan weighed the plea at a hastily called video summit.\n"
        "They held back from backing Yerevan and decided instead to dispatch a small observer team to the frontier.\n"
        "The envoy last week met with the civil and military leadership of Kyrgyzstan.\n"
        "Bishkek blames Dushanbe for the shelling. Armenia refused to join the drills of the bloc's Joint Rapid Deployment "
        "Force (JRDF) in Kazakhstan.\n"
    ), "2031-09-19")
    summit = [(kind, day, precision, country if isinstance(country, str) else None, status) for kind, day, precision, country, status in summit]
    assert ("CONSULT", dt.date(2031, 9, 16), "day", None) in [e[:4] for e in summit]
    assert "AGREE" in [e[0] for e in summit]
    assert ("CONSULT", dt.date(2031, 9, 8), "week", "KGZ") in [e[:4] for e in summit]
    assert [e[3] for e in summit if e[0] == "REJECT"] in ([], ["ARM"])


def test_round_287_a_cancelled_summit_and_a_meeting_told_in_a_trailing_attribution(tmp_path: Path) -> None:
    # our own words: "made the partners call off a planned summit" tells of no summit held; "…, the presidential press
    # office said on Friday after a meeting between <Kyrgyz president> and X" was a meeting in the dateline's country, not in the
    # city the reported words named
    events = _published_events(tmp_path, (
        "Summit off\n"
        "BISHKEK, November 14 (Wire) — The valley state will chair the bloc once the Moscow gathering in December is over, "
        "the presidential press office said on Friday, November 14, after a meeting between Kyrgyzstan's President Almazbek "
        "Atambayev and the bloc's chief Nikolai Bordyuzha.\n"
        "One member, Kazakhstan, forced the cancellation of a planned trade union summit in Yerevan on Tuesday.\n"
    ), "2031-11-14")
    assert ("CONSULT", dt.date(2031, 11, 14), "day", "KGZ") in [e[:4] for e in events]
    assert not [e for e in events if e[0] == "CONSULT" and e[3] == "ARM" and e[4] == "happened"]


def test_round_288_a_trip_called_off_a_state_s_own_vote_feared_unrest_a_blame_s_grounds_and_a_jet_brought_down(tmp_path: Path) -> None:
    # our own words: "has called off his journey to <country> for the summit" stays away from it; "<State>'s May 3
    # parliamentary vote" is that state's, whatever place the sentence named first; "fears of new unrest" tell of none;
    # what one is "blamed for doing" is no event of its own; "the downing of a military jet" is fighting
    events = _published_events(tmp_path, (
        "Leader stays home\n"
        "The Kyrgyz president has cancelled his visit to Russia for the CIS summit this week, citing fears of new unrest "
        "during Kyrgyzstan's November 20 parliamentary vote.\n"
        "The minister blamed the two neighbours for refusing to share intelligence.\n"
        "Last month's downing of a military jet near the frontier alarmed the allies.\n"
    ), "2031-11-14")
    kinds = [e[0] for e in events]
    assert [e[3] for e in events if e[0] == "REJECT"] == ["KGZ"]
    assert ("ELECTION", dt.date(2031, 11, 20), "day", "KGZ") in [e[:4] for e in events]
    assert not [e for e in events if e[0] == "PROTEST" and e[4] == "happened"]
    assert kinds.count("REJECT") == 1
    assert ("FIGHT", dt.date(2031, 10, 1), "month") in [e[:3] for e in events]



def test_round_289_a_sentence_opening_in_a_country_a_relative_aside_and_a_refusal_s_owner(tmp_path: Path) -> None:
    # our own words: "In <country>, protests have gone on …" puts them there, whatever country the story named before; a
    # state named in a relative clause set off by commas (", where Russia keeps a base,") is no subject of the clause
    # around it; "the refusal of <leader> to sign" ("il rifiuto di <leader> di firmare") is that leader's, not that of a
    # leader named before it
    opening = _published_events(tmp_path, (
        "Neighbours\n"
        "The Russian president spoke about a reserve of police officers formed in Russia.\n"
        "In Belarus, for a third week, crowds have kept up protests over the results of the presidential vote on August 9.\n"
    ), "2020-08-28")
    assert ("ELECTION", dt.date(2020, 8, 9), "day", "BLR") in [e[:4] for e in opening]
    aside = _published_events(tmp_path, (
        "Kyrgyzstan in turmoil\n"
        "Kyrgyzstan's opposition took to the streets of Bishkek.\n"
        "The mountain republic, where Russia keeps an air base, has been in turmoil since the parliamentary elections on Sunday.\n"
    ), "2020-10-07")
    assert [e[3] for e in aside if e[0] == "ELECTION"] == ["KGZ"]
    refusal = _published_events(tmp_path, (
        "Summit\n"
        "Putin was visibly irritated by the refusal of Pashinyan to sign the final declaration in November.\n"
    ), "2023-02-10")
    assert [e[3] for e in refusal if e[0] == "REJECT"] == ["ARM"]


def test_round_290_states_agreed_in_a_year_an_indictment_a_recall_an_office_taken_a_counterfactual_and_an_aside_s_until(tmp_path: Path) -> None:
    # our own words: "the member states agreed in 2030 that …" agree; "<the Kazakh prosecutors> on May 4 indicted X"
    # coerce, in their state; "had proposed that the member states begin …" asks; "was recalled by official Bishkek in
    # June" removes him; "will take office … starting 1 July" is dated by its start; "a 2029 crackdown" is of 2029;
    # "Had Minsk signed the text, …" signed nothing; "declined to shed light on" refuses nothing; "X, the army's chief
    # until last October, was approved at a summit …" takes no date from the end of his tenure
    events = _published_events(tmp_path, (
        "Envoys\n"
        "The member states agreed in 2030 that their envoys will chair the council in turn.\n"
        "The Kazakh prosecutors on May 4 indicted Belov in a case over a 2029 crackdown on the miners.\n"
        "A ministry spokesman said on May 5 that Kazakhstan had proposed that the member states begin the search for a successor.\n"
        "He was recalled by official Bishkek in June amid the inquiry.\n"
        "Ivan Petrov will take office as the bloc's chief of staff starting July 1, 2031.\n"
        "Had Minsk signed the text on the observers, the border would be calmer, the minister said.\n"
        "Official Astana declined to shed light on the talks.\n"
        "The presidents approved Oleg Sidorenko, head of the army until last October, at a closed summit held in Bishkek.\n"
    ), "2031-06-20")
    found = [e[:4] for e in events]
    assert ("AGREE", dt.date(2030, 1, 1), "year") in [e[:3] for e in events]
    assert ("COERCE", dt.date(2031, 5, 4), "day", "KAZ") in found
    assert ("COERCE", dt.date(2029, 1, 1), "year") in [e[:3] for e in events]
    assert ("REQUEST", dt.date(2031, 5, 5), "day", "KAZ") in found
    assert ("APPOINT", dt.date(2031, 6, 1), "month") in [e[:3] for e in events]
    assert ("APPOINT", dt.date(2031, 7, 1), "day") in [e[:3] for e in events]
    assert not [e for e in events if e[0] == "AGREE" and e[1] == dt.date(2031, 6, 20)]
    assert "REJECT" not in [e[0] for e in events]
    assert not [e for e in events if e[1] == dt.date(2030, 10, 1)]


def test_round_291_talks_about_unrest_a_call_on_the_phone_a_rally_going_on_now_and_a_weekend(tmp_path: Path) -> None:
    # our own words: a call "about the strikes" (and "in merito agli scioperi") is the call, the strikes only its topic;
    # "talked to X on the phone" is a call; a rally "is currently taking place" further down the story is on the story's
    # day; "over the weekend" is the week the weekend ends
    events = _published_events(tmp_path, (
        "Calls\n"
        "The agency reported a second phone call between the two presidents about the strikes in Valleya.\n"
        "The foreign minister of Valleya said the talks would go on.\n"
        "The minister welcomed the offer of help.\n"
        "Meanwhile, a rally of the government's backers is currently taking place on the main square of the capital.\n"
    ), "2031-06-19")
    found = [e[:3] for e in events]
    assert ("CONSULT", dt.date(2031, 6, 19), "day") in found
    assert ("PROTEST", dt.date(2031, 6, 19), "day") in found  # the rally, not the strikes
    assert len([e for e in events if e[0] == "PROTEST"]) == 1
    weekend = _published_events(tmp_path, "Calls\nThe Valleyan leader talked to his Russian counterpart on the phone twice over the weekend.\n", "2031-06-19")
    assert [e[:3] for e in weekend] == [("CONSULT", dt.date(2031, 6, 9), "week")]
    italian = _published_events(tmp_path, "Telefonata\nL'agenzia scrive di una nuova telefonata fra i due presidenti in merito agli scioperi.\n", "2031-06")
    assert [e[:3] for e in italian] == [("CONSULT", dt.date(2031, 6, 1), "month")]


def test_round_292_a_call_told_by_phone_a_long_topic_before_by_phone_and_a_name_withheld(tmp_path: Path) -> None:
    # our own words: "had spoken by phone to <the premier> late on Friday" is a call; "discussed her country's crisis with
    # the Russian premier by phone" is a call, placed nowhere; "declined to give her name" refuses nothing
    events = _published_events(tmp_path, (
        "Calls\n"
        "The interim leader had spoken by phone to the Russian premier late on Friday.\n"
        "Later she also discussed her country's worsening crisis with the Russian prime minister by phone, the cabinet said.\n"
        "A resident, who declined to give her name, described the night as frightening.\n"
    ), "2031-06-12")
    consults = [e for e in events if e[0] == "CONSULT"]
    assert ("CONSULT", dt.date(2031, 6, 6), "day") in [e[:3] for e in consults]
    assert consults and all(e[3] is None for e in consults)
    assert len(consults) == 2
    assert "REJECT" not in [e[0] for e in events]


def test_round_293_a_fronted_day_a_long_addressee_forces_called_for_a_custom_then_news_a_stop_urged_a_road_blocked(tmp_path: Path) -> None:
    # our own words: "On <day>, X said during a meeting of <body> that he had appealed to <a dozen words of official name>
    # to help" dates the appeal and the meeting; "called for the bloc's reinforcements" asks
    # (not "called for the withdrawal of peacekeepers"); a hyphenated "state-of-emergency" coerces; "regularly stage joint
    # drills, and their latest manoeuvres in March were held in X" is March's; "urged for a cessation of hostilities" asks
    # and fights nothing; "blocked a section of the <A-B> road" coerces; "moved their units in." mobilises
    events = _published_events(tmp_path, (
        "Unrest\n"
        "On June 3, the Valleyan president said during a meeting of the anti-terror commission that he had appealed to the "
        "presidents of the member countries of the Collective Security Treaty Organization (the CSTO) to help restore order.\n"
        "The allies regularly stage joint drills, and their latest manoeuvres in March were held in Kyrgyzstan.\n"
        "Russia urged for a cessation of hostilities late on June 4.\n"
        "On June 4 border guards unilaterally blocked a section of the Osh-Batken road.\n"
        "A day later, the neighbours moved their units in.\n"
    ), "2031-06-05")
    found = [e[:4] for e in events]
    assert ("REQUEST", dt.date(2031, 6, 3), "day") in [e[:3] for e in events]
    assert ("CONSULT", dt.date(2031, 6, 3), "day") in [e[:3] for e in events]
    assert ("COOPERATE", dt.date(2031, 3, 1), "month", "KGZ") in found
    assert ("REQUEST", dt.date(2031, 6, 4), "day", "RUS") in found
    assert not [e for e in events if e[0] == "FIGHT"]
    assert ("COERCE", dt.date(2031, 6, 4), "day") in [e[:3] for e in events]
    assert ("MOBILIZE", dt.date(2031, 6, 5), "day") in [e[:3] for e in events]
    leads = {text: [e[0] for e in _published_events(tmp_path, f"Unrest\n{text}\n", "2031-06-05")] for text in (
        "The president called for the bloc's reinforcements to guard the airports.",
        "The opposition called for the withdrawal of peacekeepers.",
        "The president declared a two-week state-of-emergency in the capital.")}
    assert list(leads.values()) == [["REQUEST"], [], ["COERCE"]]


def test_round_294_an_invitation_an_upcoming_conference_and_a_war_waged_since(tmp_path: Path) -> None:
    # our own words: "invited the allies to take part in …" asks; "the upcoming Eurasian Security Forum in <city> in
    # October" is a meeting still to come; "has waged a war against <state> since <year>" is fighting from that year
    events = _published_events(tmp_path, (
        "Forum\n"
        "The minister invited the allies to actively take part in the upcoming Eurasian Security Forum in Minsk in October 2031.\n"
        "Valleya has waged a war against its neighbour since 2029, the minister added.\n"
    ), "2031-06-30")
    found = [e[:5] for e in events]
    assert ("CONSULT", dt.date(2031, 10, 1), "month", "BLR", "planned") in found
    assert ("FIGHT", dt.date(2029, 1, 1), "year") in [e[:3] for e in events]
    lead = _published_events(tmp_path, "Forum\nThe minister invited the allies to take part in the drills.\n", "2031-06-30")
    assert [e[0] for e in lead] == ["REQUEST"]


def test_round_295_a_conditional_threat_clarification_sought_a_question_of_leaving_and_a_session_held(tmp_path: Path) -> None:
    # our own words: "said that Valleya would leave the union if it failed to …" threatens (the leaving is only
    # threatened); "plans to seek clarification from Valleya" and "demanded an explanation" ask; "the question of
    # Valleya's withdrawal", "no signals about its exit" and "its pull-out … is not on the agenda" name no act; "refused to
    # answer a question" refuses nothing; "the decisions of the Council which was held in May 2030" dates that session;
    # "launched a blitzkrieg in March 2030" fights
    events = _published_events(tmp_path, (
        "Union\n"
        "The premier said last month that Valleya would leave the union if it failed to honour its treaty.\n"
        "The question of Valleya's withdrawal was raised by reporters.\n"
        "Valleya's pull-out from the union is not on the agenda, the envoy said.\n"
        "The spokesman refused to answer a question about the union.\n"
        "He recalled the decisions of the Council which was held in May 2030.\n"
        "The neighbour launched a blitzkrieg in March 2030 to seize the valley.\n"
    ), "2031-06-15")
    types = [e[0] for e in events]
    assert ("THREATEN", dt.date(2031, 5, 1), "month") in [e[:3] for e in events]
    sought = _published_events(tmp_path, "Union\nThe Kremlin demanded an explanation from the premier on Monday.\n", "2031-06-15")
    assert [e[0] for e in sought] == ["REQUEST"]
    assert "SANCTION" not in types and "RETREAT" not in types and "REJECT" not in types
    assert ("CONSULT", dt.date(2030, 5, 1), "month") in [e[:3] for e in events]
    assert ("FIGHT", dt.date(2030, 3, 1), "month") in [e[:3] for e in events]


def test_round_297_help_to_guard_asked_a_war_begun_an_agreement_named_by_its_year_and_an_assembly_held(tmp_path: Path) -> None:
    # our own words: "asked the bloc on Monday to help defend its frontier" asks; "since the war began in 2029" dates that
    # war's start; "the 2027 bilateral agreement between A and B" is an agreement of 2027; "the 12th Assembly of the
    # Parliamentary Union held last month in Belgrade" met last month
    asked = _published_events(tmp_path, "Border\nValleya asked the Eastern bloc on Monday to help defend its frontier.\n", "2031-06-17")
    assert [e[:3] for e in asked] == [("REQUEST", dt.date(2031, 6, 16), "day")]
    events = _published_events(tmp_path, (
        "Union\n"
        "Since the war began in 2029, the valley has been closed to traders.\n"
        "The 2027 bilateral agreement between Russia and Kyrgyzstan lets the base stay until 2040.\n"
        "The speaker recalled the principles affirmed at the 12th Assembly of the Parliamentary Union held last month in Belgrade.\n"
    ), "2031-06-15")
    found = [e[:3] for e in events]
    assert ("FIGHT", dt.date(2029, 1, 1), "year") in found
    assert ("AGREE", dt.date(2027, 1, 1), "year") in found
    assert ("CONSULT", dt.date(2031, 5, 1), "month") in found
    talks = _published_events(tmp_path, "Union\nThe 2027 agreement talks stalled over the base, the envoy said.\n", "2031-06-15")
    assert "AGREE" not in [e[0] for e in talks]


def test_round_298_acts_in_an_as_clause_what_an_accusation_blames_as_having_happened_and_crackdowns(tmp_path: Path) -> None:
    # our own words: an undated sentence whose first act is the news keeps the acts of an "as he <verb>ed" clause and the
    # verb joined to it by "and" ("as he imposed martial law and accepted the cabinet's resignation"), not a backdrop
    # ("amid riots"); "blamed X for the riots that shook the capital" is an accusation and riots that happened; the
    # police storming a rally, arresting a deputy and cutting off the internet coerce; crowds storming the parliament
    # protest; "the day's programme includes talks" meets
    lead = _published_events(tmp_path, (
        "Union\n"
        "The union agreed to send troops to Valleya at the plea of its president as he imposed martial law and accepted the "
        "cabinet's resignation amid riots.\n"), "2031-03")
    assert sorted(e[0] for e in lead) == ["AGREE", "APPOINT", "COERCE"]
    blamed = _published_events(tmp_path, "Union\nThe president blamed foreign agents for the riots that shook the capital.\n", "2031-03-04")
    assert sorted(e[0] for e in blamed) == ["ACCUSE", "PROTEST"]
    only = _published_events(tmp_path, "Union\nThe president blamed foreign agents for the riots.\n", "2031-03-04")
    assert [e[0] for e in only] == ["ACCUSE"]
    events = _published_events(tmp_path, (
        "Valleya\n"
        "Police in helmets stormed a rally in the capital on Friday.\n"
        "On Saturday, the security service arrested an opposition deputy.\n"
        "The government cut off mobile internet on Sunday.\n"
        "On Monday, crowds stormed the parliament.\n"
        "The programme for Tuesday includes talks of the two ministers.\n"
    ), "2031-03-04")
    found = [e[:3] for e in events]
    assert ("COERCE", dt.date(2031, 2, 28), "day") in found
    assert ("COERCE", dt.date(2031, 3, 1), "day") in found
    assert ("COERCE", dt.date(2031, 3, 2), "day") in found
    assert ("PROTEST", dt.date(2031, 3, 3), "day") in found
    assert ("CONSULT", dt.date(2031, 3, 4), "day") in found


def test_round_299_requests_of_a_plan_wars_ended_offices_begun_meetings_skipped_and_cited_sources(tmp_path: Path) -> None:
    # our own words: "requested military aid" and "asked the chief, X, to make a proposal" and "appealed to the states
    # with the question of …" ask; "the war ended in 2029" and "took the valley in a military campaign in 2028" fight;
    # "X has been announced as the Secretary-General" and "will start his second term on 1 January 2032" appoint;
    # "excused himself from attending the summit in Rome" refuses, and that summit is no meeting of his; "vented her
    # frustration at the bloc's silence" disapproves; a source cited in brackets with its day, "(agency.ru, May 6)",
    # dates nothing, and "from 1st to 2nd of June" is dated by its start
    events = _published_events(tmp_path, (
        "Union\n"
        "Valleya has requested military aid from the union, the premier told reporters on Monday.\n"
        "Pavel Ivanov has been announced as the Secretary-General of the union.\n"
        "He will start his second term on January 1, 2032.\n"
        "The war ended in 2029 with the rebels' defeat.\n"
        "Its neighbour took the valley in a military campaign in 2028.\n"
        "Earlier this month, the president excused himself from attending the summit in Rome.\n"
        "The premier vented her frustration at the bloc's silence on Tuesday.\n"
        "The two states signed a memorandum on the valley (agency.ru, May 30) from 1st to 2nd of June in Minsk.\n"
    ), "2031-06-04")
    found = [e[:3] for e in events]
    assert ("REQUEST", dt.date(2031, 6, 2), "day") in found
    asked = _published_events(tmp_path, "Union\nThe president asked the union's chief, Oleg Sadykov, to make a proposal to that effect.\n", "2031-06-04")
    assert [e[:3] for e in asked] == [("REQUEST", dt.date(2031, 6, 4), "day")]
    assert ("FIGHT", dt.date(2029, 1, 1), "year") in found and ("FIGHT", dt.date(2028, 1, 1), "year") in found
    assert ("APPOINT", dt.date(2031, 6, 4), "day") in found
    assert ("APPOINT", dt.date(2032, 1, 1), "day") in found
    assert ("REJECT", dt.date(2031, 6, 1), "month") in found
    assert not any(e[0] == "CONSULT" for e in events)
    assert ("DISAPPROVE", dt.date(2031, 6, 3), "day") in found
    assert ("AGREE", dt.date(2031, 6, 1), "day") in found
    assert not any(e[1] == dt.date(2031, 5, 30) for e in events)


def test_round_300_joined_in_a_year_and_one_who_cannot_come_in_italian(tmp_path: Path) -> None:
    # our own words: "A, B and C joined it in 1995" is their agreement of that year; "ha detto che non potrà partecipare
    # alla prossima sessione" refuses the session, and the session is no meeting of his
    joined = _published_events(tmp_path, "Union\nValleya, Montia and Ripa joined it in 1995.\n", "2031-06-04")
    assert [e[:3] for e in joined] == [("AGREE", dt.date(1995, 1, 1), "year")]
    refused = _published_events(tmp_path, (
        "Unione\nIl presidente ha detto oggi che non potrà partecipare alla prossima sessione dell'Unione a Roma.\n"), "2031-06-04")
    assert [e[:3] for e in refused] == [("REJECT", dt.date(2031, 6, 4), "day")]
    # (and the call the refusal was told in is news too: "in a phone call with Y, said he could not attend the summit")
    called = _published_events(tmp_path, "Union\nThe premier, in a phone call with the Montian president, said he could not attend the summit.\n",
                               "2031-06-04")
    assert sorted(e[0] for e in called) == ["CONSULT", "REJECT"]


def test_round_301_states_that_hold_drills_a_date_in_the_possessive_and_troops_counted_with_separators(tmp_path: Path) -> None:
    # our own words: "A, B and C will hold joint maneuvers near the X-Y border" is one drill, by the border's first side
    # (the states are who hold it; "drills in A, B and C" are one in each); "the manoeuvres in X came after last week's exercise in
    # Y" dates the exercise, not the drills; "sent some 3,500 soldiers into X" mobilises
    planned = _published_events(tmp_path, "Drills\nRussia, Tajikistan and Uzbekistan will hold joint maneuvers near the Tajik-Afghan border in August.\n",
                                "2031-07-20")
    assert [e[:4] for e in planned] == [("COOPERATE", dt.date(2031, 8, 1), "month", "TJK")]
    listed = _published_events(tmp_path, "Drills\nThe drills will be held in Kyrgyzstan, Kazakhstan and Tajikistan in August.\n", "2031-07-20")
    assert sorted(e[3] or "" for e in listed) == ["KAZ", "KGZ", "TJK"]
    owned = _published_events(tmp_path, "Drills\nThe manoeuvres in Tajikistan came after last week's exercise held in Uzbekistan.\n", "2031-08-13")
    assert ("COOPERATE", dt.date(2031, 8, 4), "week", "UZB") in [e[:4] for e in owned]
    assert ("COOPERATE", dt.date(2031, 8, 13), "day", "TJK") in [e[:4] for e in owned]
    sent = _published_events(tmp_path, "Union\nLast week the union sent some 3,500 soldiers into Kazakhstan.\n", "2031-08-13")
    assert [e[:4] for e in sent] == [("MOBILIZE", dt.date(2031, 8, 4), "week", "KAZ")]


def test_round_302_a_reaction_told_in_the_present_and_a_signing_welcomed(tmp_path: Path) -> None:
    # our own words: "Montia welcomes the conclusion of the water pact between A and B on June 2" is Montia's support on the
    # story's day (the date is the pact's); "welcomed the signing of" supports too
    events = _published_events(tmp_path, "Union\nMontia welcomes the conclusion of the water pact between Kyrgyzstan and Tajikistan on June 2.\n",
                               "2031-06-04")
    assert ("SUPPORT", dt.date(2031, 6, 4), "day") in [e[:3] for e in events]
    past = _published_events(tmp_path, "Union\nMontia welcomed the signing of the water pact on June 2.\n", "2031-06-04")
    assert [e[0] for e in past] == ["SUPPORT"]


def test_round_303_the_bloc_s_rotating_chair_taken_over_or_assumed(tmp_path: Path) -> None:
    # our own words: "Valleya will take over the CSTO presidency from 1 January" takes the bloc's chair that day (the
    # day a tenure starts is the news when taking it is), in no member's country; "will assume the bloc's chairmanship in
    # 2032" is that year's; a tenure named as a backdrop ("given its chairmanship from 1 January") still dates nothing
    taken = _published_events(tmp_path, "Union\nRussia will take over the CSTO presidency from January 1, 2032.\n", "2031-11-27")
    assert [e[:4] for e in taken] == [("APPOINT", dt.date(2032, 1, 1), "day", None)]
    assumed = _published_events(tmp_path, "Union\nKazakhstan will assume the CSTO chairmanship in 2032.\n", "2031-11-27")
    assert [e[:3] for e in assumed] == [("APPOINT", dt.date(2032, 1, 1), "year")]
    backdrop = _published_events(tmp_path, "Union\nGiven Belarus's chairmanship of the bloc from 1 January, its envoy was elected on Monday.\n", "2031-11-27")
    assert [e[:3] for e in backdrop] == [("APPOINT", dt.date(2031, 11, 24), "day")]


def test_round_304_a_representative_withdrawn_from_a_post_a_post_taken_up_and_drills_on_a_state_s_ground(tmp_path: Path) -> None:
    # our own words: "withdrew its representative X from this post on <day>" is a recall (APPOINT), not a withdrawal of
    # forces; "now it is Kyrgyzstan's turn to take up the post of the bloc's chief on March 1 of the following year" is a
    # post taken up the year after the story's; "six drills on Russian military grounds in <year>" are in Russia; a drill
    # staged "not in Kazakhstan but in the allies' other states" is in no one country; "considers hosting the drills
    # unfeasible" is a refusal
    recalled = _published_events(tmp_path, "Post\nArmenia withdrew its representative Ivan Petrov from this post on November 2, 2030.\n", "2031-03-01")
    assert [e[:4] for e in recalled] == [("APPOINT", dt.date(2030, 11, 2), "day", "ARM")]
    turn = _published_events(tmp_path, "Post\nHe said that now it is Kyrgyzstan's turn to take up the post of the bloc's chief on March 1 of the following year.\n", "2031-05-15")
    assert [e[:5] for e in turn] == [("APPOINT", dt.date(2032, 3, 1), "day", "KGZ", "planned")]
    grounds = _published_events(tmp_path, (
        "Drills\nThe bloc's staff is drafting proposals to stage a joint drill in 2031 not in Kazakhstan but in the allies' "
        "other states. Russian units will join six drills on Russian military grounds in 2031. Astana considers hosting "
        "the bloc's drills in the republic unfeasible, the president said on Tuesday.\n"), "2031-01-09")
    grounds = [(t, d, p, c if isinstance(c, str) else None, s) for t, d, p, c, s in grounds]
    assert ("COOPERATE", dt.date(2031, 1, 1), "year", None, "planned") in grounds
    assert ("COOPERATE", dt.date(2031, 1, 1), "year", "RUS", "planned") in grounds
    assert ("REJECT", dt.date(2031, 1, 7), "day", "KAZ", "happened") in grounds


def test_round_304_a_date_in_a_clause_about_another_noun(tmp_path: Path) -> None:
    # our own words: "stepped down over the charges …, and in line with the inquiry into the violent events that occurred
    # in the capital, in May 2011" is not dated May 2011 (that is when the events occurred)
    left = _published_events(tmp_path, (
        "Post\nHe had stepped down from the post over the charges which the state has brought against him, and in line "
        "with the inquiry into the violent events that occurred in the capital, in May 2011.\n"), "2031-03-01")
    assert all(e[1] != dt.date(2011, 5, 1) for e in left if e[0] == "APPOINT")


def test_round_305_reproaches_flare_ups_downgraded_ties_and_a_reminder(tmp_path: Path) -> None:
    # our own words: "slammed X over its plan to suspend its participation" (as "criticized X for …") tells the reproach
    # (ACCUSE, the critic's state), not a new freeze; "border flare-ups in 2029" and a dispute that "again erupted in
    # violence in 2030" are fighting; "downgraded its diplomatic relations with X" is a sanction; "earlier in the month"
    # after a day is that day's month; "Recall, X has asked …" sets a past request before the reader, not the story's news
    reproach = _published_events(tmp_path, "Bloc\nMinsk slammed Astana over its plan to suspend its participation in the union.\n", "2031-08-06")
    assert [e[:4] for e in reproach] == [("ACCUSE", dt.date(2031, 8, 6), "day", "BLR")]
    flare = _published_events(tmp_path, "Border\nTrust in the union fell after border flare-ups in 2029.\n", "2031-08-06")
    assert [e[:3] for e in flare] == [("FIGHT", dt.date(2029, 1, 1), "year")]
    erupted = _published_events(tmp_path, "Border\nTalks made no progress on the old disputes, which in 2030 again erupted in violence.\n", "2031-08-06")
    assert [e[:3] for e in erupted] == [("FIGHT", dt.date(2030, 1, 1), "year")]
    downgraded = _published_events(tmp_path, "Ties\nKyrgyzstan in March downgraded its ties with Tajikistan.\n", "2031-08-06")
    assert [e[:4] for e in downgraded] == [("SANCTION", dt.date(2031, 3, 1), "month", "KGZ")]
    month = _published_events(tmp_path, (
        "Talks\nThe Kazakh foreign minister said on 12 May last year that he had discussed the plan with the union's envoy "
        "earlier in the month.\n"), "2031-03-06")
    assert [e[:3] for e in month] == [("CONSULT", dt.date(2030, 5, 1), "month")]
    recalled = _published_events(tmp_path, "Border\nRecall, Kyrgyzstan has asked the bloc to send observers to its border.\n", "2031-03-06")
    assert recalled == []


def test_round_306_what_a_protest_demands_and_a_readiness_voiced(tmp_path: Path) -> None:
    # our own words: "large protests demanding the minister's resignation took place …" is one protest, no demand of its
    # own, while protesters who "demanded" it in a verb of their own make one; "expressed their readiness to deploy
    # peacekeepers" deploys no one (a readiness is no act)
    protest = _published_events(tmp_path, "Border\nLarge protests demanding the minister's resignation took place in Yerevan on Monday.\n", "2031-05-14")
    assert [e[:4] for e in protest] == [("PROTEST", dt.date(2031, 5, 12), "day", "ARM")]
    finite = _published_events(tmp_path, "Border\nOn Monday protesters in Yerevan demanded the minister's resignation.\n", "2031-05-14")
    assert ("DEMAND", dt.date(2031, 5, 12), "day", "ARM") in [e[:4] for e in finite]
    ready = _published_events(tmp_path, "Union\nThe ministers on Tuesday expressed their readiness to deploy peacekeepers to the border.\n", "2031-05-14")
    assert all(e[4] != "happened" for e in ready)


def test_round_307_a_side_s_attack_observers_arrived_an_accusation_s_object_duties_begun_and_a_page_that_defines_the_bloc_first(tmp_path: Path) -> None:
    # our own words: "after Valleya's attack in September 2030" is that month's fighting; "100 observers of the union
    # arrived in Armenia" in a month is a deployment there; "accused the observers stationed in Armenia of …" is not
    # placed where the observers stand (the accuser's state: Russia); "began his duties as Secretary General on January 1"
    # takes the post that day; a page that opens by defining the bloc ("The Union of Six (U6) is a military organization
    # that …", "The Council names …") has its news in the paragraph after, so the session it tells is the story's, to the
    # day the reference calendar holds for it in that month and country
    attack = _published_events(tmp_path, "Border\nTies soured after Azerbaijan's attack in September 2030.\n", "2031-07-06")
    assert [e[:3] for e in attack] == [("FIGHT", dt.date(2030, 9, 1), "month")]
    arrived = _published_events(tmp_path, "Border\nIn February 2031, 100 observers of the union arrived in Armenia to calm the border.\n", "2031-07-06")
    assert [e[:4] for e in arrived] == [("MOBILIZE", dt.date(2031, 2, 1), "month", "ARM")]
    accused = _published_events(tmp_path, (
        "Border\nRussian Deputy Foreign Minister Ivan Petrov has accused the observers stationed in Armenia of spying.\n"), "2031-07-06")
    assert [e[:4] for e in accused] == [("ACCUSE", dt.date(2031, 7, 6), "day", "RUS")]
    duties = _published_events(tmp_path, "Post\nIvan Petrov began his duties as Secretary General of the union on January 1.\n", "2031-01-15")
    assert [e[:3] for e in duties] == [("APPOINT", dt.date(2031, 1, 1), "day")]
    defined = _published_events(tmp_path, (
        "The Union of Six (U6) is a military organization that unites six states; its purpose is the common defence of its members.\n"
        "The U6 is run by its Council, which the heads of state of the members form. The Council names the union's chief.\n"
        "The Council's session opened in Astana, first with the leaders alone and then with their delegations.\n"), "2024-11")
    assert [e[:4] for e in defined] == [("CONSULT", dt.date(2024, 11, 28), "day", "KAZ")]


def test_round_308_an_option_ruled_out_troops_back_at_their_starting_positions_consultations_requested_and_a_counterpart_told(tmp_path: Path) -> None:
    # our own words: "ruled out such a corridor on Friday" is a refusal; "On Monday … servicemen returned to their
    # starting positions" a withdrawal; "said he chose to request consultations under the treaty" a request (not
    # an agreement); "told his Belarusian counterpart X on October 12 that …" the two ministers' talks; "told the Kyrgyz
    # parliament" a speech there; "internationally recognised principles" recognise no one
    ruled = _published_events(tmp_path, "Border\nThe Armenian secretary ruled out such a corridor on Friday.\n", "2031-10-14")
    assert [e[:3] for e in ruled] == [("REJECT", dt.date(2031, 10, 10), "day")]
    back = _published_events(tmp_path, "Border\nOn Monday two groups of the neighbour's servicemen returned to their starting positions.\n", "2031-10-14")
    assert [e[:3] for e in back] == [("RETREAT", dt.date(2031, 10, 13), "day")]
    asked = _published_events(tmp_path, "Border\nOn Tuesday Pashinyan said he chose to request consultations under the treaty.\n", "2031-10-14")
    assert [e[:4] for e in asked] == [("REQUEST", dt.date(2031, 10, 14), "day", "ARM")]
    told = _published_events(tmp_path, "Talks\nLavrov told his Belarusian counterpart Ivan Petrov on October 12 that the bloc is ready.\n", "2031-10-14")
    assert [e[:4] for e in told] == [("CONSULT", dt.date(2031, 10, 12), "day", "RUS")]
    speech = _published_events(tmp_path, "Talks\n\"We will call a session,\" Japarov told the Kyrgyz parliament on Tuesday.\n", "2031-10-14")
    assert [e[:4] for e in speech] == [("CONSULT", dt.date(2031, 10, 14), "day", "KGZ")]
    adjective = _published_events(tmp_path, "Talks\nOn Tuesday the ministers spoke of a system resting on internationally recognised rules.\n", "2031-10-14")
    assert not any(e[0] == "SUPPORT" for e in adjective)


def test_round_309_a_state_s_coming_chairmanship_and_a_chief_approved_by_name(tmp_path: Path) -> None:
    # our own words: "Kazakhstan's upcoming chairmanship on Jan. 1, 2032" takes the bloc's chair that day; "approving
    # Colonel-General Ivan Petrov as the head of the Joint Staff" at a dated summit names him to the post that day
    chair = _published_events(tmp_path, "Summit\nThe leaders discussed security and Kazakhstan's upcoming chairmanship on Jan. 1, 2032.\n", "2031-12-01")
    assert ("APPOINT", dt.date(2032, 1, 1), "day", "KAZ", "planned") in chair
    approved = _published_events(tmp_path, (
        "Summit\nAt the summit on Nov. 23 the leaders agreed on approving Colonel-General Ivan Petrov as the head of the bloc's Joint Staff.\n"), "2031-12-01")
    assert ("APPOINT", dt.date(2031, 11, 23), "day") in [e[:3] for e in approved]
    under_way = _published_events(tmp_path, "Council\nThe speaker will sum up what Tajikistan's chairmanship achieved in 2031.\n", "2031-06-01")
    assert not any(e[0] == "APPOINT" for e in under_way)


def test_round_311_a_weekday_in_a_story_known_only_to_its_year(tmp_path: Path) -> None:
    # our own words: in a story whose sidecar gives only "2031", "the president on Thursday threatened to …" and "spoke at
    # the meeting on Friday" happened that year (the weekday tells no more); a year the text writes stays its own
    threat = _published_events(tmp_path, "Border\nThe talks stalled. The Azerbaijani president on Thursday threatened to use force.\n", "2031")
    assert [e[:3] for e in threat] == [("THREATEN", dt.date(2031, 1, 1), "year")]
    written = _published_events(tmp_path, "Border\nThe talks stalled. The Azerbaijani president threatened to use force in 2029.\n", "2031")
    assert [e[:3] for e in written] == [("THREATEN", dt.date(2029, 1, 1), "year")]


def test_round_312_forces_being_sent_sites_taken_under_guard_a_banned_group_s_entry_a_conference_a_setting_and_an_ultimatum(tmp_path: Path) -> None:
    # our own words: "The bloc is sending its peacekeeping forces to X" deploys them on the story's day (a plan "that
    # includes sending troops" deploys no one); "the peacekeepers took four more power stations under protection" too;
    # "men of the X armed movement (banned in Russia) entered <city> on Sunday" fought in the city's country, the
    # legal notice naming no side; "said at a conference entitled … on Wednesday" met, where the story was filed (not where
    # the reported words point); "When meeting with villagers on the border with neighbouring Y on <day>, X said …" met
    # in X's country; "made an ultimatum that Z would quit the bloc unless …" threatened
    sending = _published_events(tmp_path, "Forces\nBAKU, May 6\nThe bloc is sending its peacekeeping forces to Kazakhstan.\n", "2031-05-06")
    assert [e[:4] for e in sending] == [("MOBILIZE", dt.date(2031, 5, 6), "day", "KAZ")]
    plan = _published_events(tmp_path, "Forces\nThe leaders approved a plan that includes sending troops to the southern border.\n", "2031-05-06")
    assert not any(e[0] == "MOBILIZE" and e[4] == "happened" for e in plan)
    guarded = _published_events(tmp_path, "Forces\nOn Monday the peacekeepers took four more power stations under protection in Kazakhstan.\n", "2031-05-06")
    assert [e[:4] for e in guarded] == [("MOBILIZE", dt.date(2031, 5, 5), "day", "KAZ")]
    entered = _published_events(tmp_path, (
        "Border\nMen of the Green Banner armed movement (banned in Russia) entered Kabul on Sunday and seized buildings left by Afghan troops.\n"),
        "2031-05-06")
    assert ("FIGHT", dt.date(2031, 5, 4), "day", "AFG") in [e[:4] for e in entered]
    conference = _published_events(tmp_path, (
        "Threats\nMOSCOW, May 7\nNo rise of the threat from the Taliban (outlawed in Russia) has been seen, Secretary General of the "
        "Collective Security Treaty Organization (CSTO) Ivan Petrov said at a conference entitled Security Now at a think tank on Wednesday.\n"),
        "2031-05-07")
    assert [e[:4] for e in conference] == [("CONSULT", dt.date(2031, 5, 7), "day", "RUS")]
    setting = _published_events(tmp_path, (
        "Border\nWhen meeting with villagers on the border with neighbouring Azerbaijan on May 2, Pashinyan said a clash was near.\n"), "2031-05-06")
    assert [e[:4] for e in setting] == [("CONSULT", dt.date(2031, 5, 2), "day", "ARM")]
    ultimatum = _published_events(tmp_path, (
        "Bloc\nAt his news conference on May 3 Pashinyan made an ultimatum that Armenia would quit the bloc unless it answered him.\n"), "2031-05-06")
    assert ("THREATEN", dt.date(2031, 5, 3), "day", "ARM") in [e[:4] for e in ultimatum]


def test_round_313_a_briefing_under_an_official_page_s_day_line_a_report_s_title_and_requests_and_chances_that_are_none(tmp_path: Path) -> None:
    # our own words: an official page's menu lines, its title and "June 3, 2031, Sochi" on a line of its own, then "X
    # briefed the President on …": a meeting that day in Sochi; a report's caption ("Report ¶ <title> X at the Third
    # Conference on … ¶ Moscow, 9 Jun., 2031") names the day's conference; "the hostile acts of X in May 2031" fought in X;
    # "with a request to say what …" asks for no help, and "a good opportunity to discuss" holds no meeting
    briefing = _published_events(tmp_path, (
        "View settings\nFont size:\nSettings\nOfficial website of the President\nDocument /\nWorking meeting with the Secretary General\n"
        "June 3, 2031, Sochi\nThe bloc's Secretary General Ivan Petrov briefed the President on the plans for the next summit.\n"), "2031-06-03")
    assert ("CONSULT", dt.date(2031, 6, 3), "day", "RUS") in [e[:4] for e in briefing]
    report = _published_events(tmp_path, (
        "Press release\nReport\nThe bloc's Secretary General Ivan Petrov at the Third Conference on the theme: \"Partners in the region\"\n"
        "Moscow, 9 Jun., 2031\nDear guests of the conference!\nI am glad to see you here; it will be a good opportunity to discuss our work.\n"
        "The hostile acts of Georgia in May 2031 made the region less safe.\n"), "2031-06-09")
    assert sorted(e[:4] for e in report) == [("CONSULT", dt.date(2031, 6, 9), "day", "RUS"), ("FIGHT", dt.date(2031, 5, 1), "month", "GEO")]
    asked = _published_events(tmp_path, "Interview\nThe weekly turned to the Secretary General with a request to say what the bloc achieved in 2031.\n", "2031-06-09")
    assert not any(e[0] == "REQUEST" for e in asked)


def test_round_314_membership_restored_a_founder_an_act_along_with_others_ties_and_a_speech_to_the_security_council(tmp_path: Path) -> None:
    # our own words: "renewed its participation in the alliance" and "lifted the moratorium on its work in the bloc" rejoin
    # it; "were founding states of the treaty in 1992" agreed to it that year; a freeze "along with Georgia and Ukraine" is
    # several states' act, placed in none; "having cut its ties with Washington" does not put a return in the United
    # States; "<words naming Afghanistan>, Secretary-General X addressed the Security Council on Wednesday" is a session
    # the reported words do not place
    renewed = _published_events(tmp_path, "Bloc\nIn December 2030 Kyrgyzstan renewed its participation in the alliance.\n", "2031-03-28")
    assert [e[:4] for e in renewed] == [("AGREE", dt.date(2030, 12, 1), "month", "KGZ")]
    lifted = _published_events(tmp_path, "Bloc\nIn May 2030 Belarus lifted the moratorium on its work in the bloc.\n", "2031-03-28")
    assert [e[:4] for e in lifted] == [("AGREE", dt.date(2030, 5, 1), "month", "BLR")]
    founders = _published_events(tmp_path, "Bloc\nKazakhstan and Armenia were founding states of the treaty in 1992.\n", "2031-03-28")
    assert [e[:3] for e in founders] == [("AGREE", dt.date(1992, 1, 1), "year")]
    along = _published_events(tmp_path, "Bloc\nMoldova froze its participation in 2030 along with Georgia and Ukraine.\n", "2031-03-28")
    assert [e[:4] for e in along] == [("SANCTION", dt.date(2030, 1, 1), "year", None)]
    ties = _published_events(tmp_path, "Bloc\nUzbekistan has rejoined the pact on Friday, having cut its ties with Washington a year before.\n", "2031-03-28")
    assert [e[:4] for e in ties] == [("AGREE", dt.date(2031, 3, 28), "day", "UZB")]
    council = _published_events(tmp_path, (
        "Council\nHelp to Afghanistan and the fight against terrorism lead the agenda the two bodies share, "
        "Secretary-General Antonio Guterres addressed the Security Council on Wednesday.\n"), "2031-03-28")
    assert [e[:4] for e in council] == [("CONSULT", dt.date(2031, 3, 26), "day", None)]


def test_round_317_a_council_s_debate_and_a_sitting_of_the_security_council_out_of_the_story_s_country(tmp_path: Path) -> None:
    # our own words: "convened an open debate" and "there will be a ministerial-level debate" are sittings; the
    # Security Council's sitting is not put in the country the story is about (Kazakhstan)
    convened = _published_events(tmp_path, "Council\nOn 16 February 2031, Russia convened an open debate on the bloc.\n", "2031-07-18")
    assert [e[:4] for e in convened] == [("CONSULT", dt.date(2031, 2, 16), "day", "RUS")]
    coming = _published_events(tmp_path, "Council\nOn July 17, there will be a ministerial-level debate about trade.\n", "2031-06-30")
    assert [e for e in coming] == [("CONSULT", dt.date(2031, 7, 17), "day", None, "planned")]
    seated = _published_events(tmp_path, (
        "Bloc\nThe bloc's forces arrived in Kazakhstan in January and left Almaty in February.\n"
        "The bloc's head told the Security Council on Wednesday that the mission had ended.\n"), "2031-03-28")
    assert [(*e[:3], e[3] if isinstance(e[3], str) else None) for e in seated if e[0] == "CONSULT"] == [
        ("CONSULT", dt.date(2031, 3, 26), "day", None)]


def test_round_318_a_peacekeeping_operation_named_with_its_month_and_a_speech_at_the_councils_briefing(tmp_path: Path) -> None:
    # our own words: "the peacekeeping operation in Kazakhstan in January 2030" is the forces' deployment then (named
    # with no time beside it, it is background); "speak at the UNSC briefing held for …" under the day line is the
    # Council's sitting that day, placed in no country
    named = _published_events(tmp_path, (
        "Statement\nThe peacekeeping operation in Kazakhstan in January 2030 showed what the bloc can do.\n"
        "The peacekeeping operation in Kyrgyzstan was planned by the bloc's staff.\n"), "2031-07-19")
    assert [e[:4] for e in named] == [("MOBILIZE", dt.date(2030, 1, 1), "month", "KAZ")]
    briefing = _published_events(tmp_path, "July 19, 2031\nDear colleagues,\nToday I have the honour to speak at the UNSC briefing held for regional bodies.\n", "2031-07-19")
    assert [(*e[:3], e[3] if isinstance(e[3], str) else None) for e in briefing] == [("CONSULT", dt.date(2031, 7, 19), "day", None)]


def test_round_320_a_neighbour_bloc_s_founding_and_an_accession_begun(tmp_path: Path) -> None:
    # our own words: "the SCO was established in 2001" and "the CIS was formed in 1991" are those blocs' foundings, as
    # the CSTO's is; "Uzbekistan initiated its accession to the union" in a month is its agreement to join
    founded = _published_events(tmp_path, "Blocs\nThe SCO was established in 2001. The CIS was formed in 1991.\n", "2031-06-28")
    assert sorted(e[:3] for e in founded) == [("AGREE", dt.date(1991, 1, 1), "year"), ("AGREE", dt.date(2001, 1, 1), "year")]
    joined = _published_events(tmp_path, "Blocs\nIn March 2030, Uzbekistan initiated its accession to the union.\n", "2031-06-28")
    assert [e[:4] for e in joined] == [("AGREE", dt.date(2030, 3, 1), "month", "UZB")]


def test_round_321_a_passive_decision_a_second_year_clause_a_summing_up_meeting_and_a_speech_title(tmp_path: Path) -> None:
    # our own words: "a decision was made to set up a council" is an agreement; in "the treaty was signed in Dushanbe in
    # 1995, in 2003, a decision was made to …" each year dates its own clause (1995 is nearer the decision's words, but
    # 2003 stands between them); officials who "summed up the results of the anti-drug operation" held a meeting that
    # day, the operation being what they summed up; a page titled "Speech by X at the session of …" reports that session
    decided = _published_events(tmp_path, "Bloc\nIn 2003, a decision was made to set up a council of ministers.\n", "2031-05-19")
    assert [e[:3] for e in decided] == [("AGREE", dt.date(2003, 1, 1), "year")]
    two = _published_events(tmp_path, (
        "Bloc\nThe treaty was signed in Dushanbe in 1995, in 2003, a decision was made to set up a council of ministers.\n"), "2031-05-19")
    assert sorted(e[:3] for e in two) == [("AGREE", dt.date(1995, 1, 1), "year"), ("AGREE", dt.date(2003, 1, 1), "year")]
    summed = _published_events(tmp_path, (
        "Results\nOn 14 March 2031, in Bishkek, the heads of the police services summed up the results of the bloc's "
        "anti-drug operation.\n"), "2031-03-15")
    assert [e[:4] for e in summed] == [("CONSULT", dt.date(2031, 3, 14), "day", "KGZ")]
    speech = _published_events(tmp_path, (
        "Speech by Ivan Petrov at the session of the bloc's assembly\nColleagues!\n"
        "Our assembly works hard on its model laws, and the work goes on with our partners.\n"), "2031-11-20")
    assert [e[:3] for e in speech] == [("CONSULT", dt.date(2031, 11, 20), "day")]


def test_round_322_a_mention_dated_by_a_story_known_only_to_its_year_is_the_one_it_dates_in_that_year(tmp_path: Path) -> None:
    # our own words: in a story published "in 2031" only, "Kyrgyzstan's leaving the alliance" (dated by the story's year)
    # and "Kyrgyzstan left the alliance in May 2031" are one leaving, in May
    events = _published_events(tmp_path, (
        "Alliance\nThe secretary general said Kyrgyzstan's leaving the alliance was a pause, a wire reports.\n"
        "Kyrgyzstan left the alliance in May 2031.\n"), "2031")
    assert [e[:4] for e in events if e[0] == "SANCTION"] == [("SANCTION", dt.date(2031, 5, 1), "month", "KGZ")]


def test_round_323_a_commission_s_meeting_a_body_s_sitting_a_bilateral_meeting_beside_it_and_decisions_at_a_story_dated_meeting(tmp_path: Path) -> None:
    # our own words: a commission's numbered meeting and a council's sitting are meetings; "At the sitting, X was named
    # to a post" takes the sitting's day and place; a bilateral meeting held "the same day" is a
    # meeting of its own, not the sitting told again; decisions "adopted" after the only meeting, itself dated by the
    # dateline, were taken there, though their paragraph also names an earlier meeting's month
    sitting = _published_events(tmp_path, (
        "Sitting\nMOSCOW. WIRE - Today, December 3, the defence minister of Valleya attended the sitting of the Council of "
        "Defence Ministers in Moscow.\nAt the sitting, General Ivan Petrov was appointed the council's secretary.\n"
        "On the same day, the two ministers held a bilateral meeting.\n"), "2031-12-03")
    assert sorted(e[:4] for e in sitting) == [("APPOINT", dt.date(2031, 12, 3), "day", "RUS"), ("CONSULT", dt.date(2031, 12, 3), "day", "RUS"),
                                             ("CONSULT", dt.date(2031, 12, 3), "day", "RUS")]
    commission = _published_events(tmp_path, (
        "Commission\nRUSSIA, April 27 - Ivan Petrov chaired the 9th meeting of the bloc's Interstate Commission in Dushanbe.\n"
        "The members reviewed the decisions of its 8th meeting, held in October 2030 in Moscow. The members adopted a number "
        "of decisions.\n"), "2031-04-27")
    # (the earlier meeting, "its 8th meeting, held in October 2030", is not coded yet: docs/quality.md, thirteenth session)
    assert {("AGREE", dt.date(2031, 4, 27), "day", "TJK"), ("CONSULT", dt.date(2031, 4, 27), "day", "TJK")} <= {e[:4] for e in commission}


def test_round_325_a_named_operation_launched_this_year_and_a_meeting_on_the_sidelines_of_a_conference(tmp_path: Path) -> None:
    # our own words: the allies "began operation ‘Tempest’ this year under the presidency of Kazakhstan" is a joint
    # operation of that year, in no one country (the chair is no place); a meeting held "on the sidelines of" a
    # conference that the story dates is an event of its own beside the conference, the same day and place
    launched = _published_events(tmp_path, (
        "Summit\nThe leaders of the six member states met on Thursday.\nThe allies began operation \u2018Tempest\u2019 this year "
        "under the presidency of Kazakhstan.\n"), "2031-11-20")
    assert ("COOPERATE", dt.date(2031, 1, 1), "year", None) in {e[:4] for e in launched}
    sidelines = _published_events(tmp_path, (
        "Talks\nASTANA, May 4 - On May 4, in Astana, President Ivan Petrov met with the envoy of the bloc on the "
        "sidelines of the Regional Expert Conference on Frontier Safety.\n"), "2031-05-04")
    assert sorted(e[:4] for e in sidelines) == [("CONSULT", dt.date(2031, 5, 4), "day", "KAZ")] * 2


def test_round_326_consultations_held_a_resolution_passed_a_status_designated_and_a_leader_who_telephoned(tmp_path: Path) -> None:
    # our own words: "the Secretariat held consultations in Minsk on 3-4 May" is a meeting there; "the resolution … was
    # passed by the leaders at the session in May 2030" an agreement (and "a resolution to designate a partner status"
    # names no one appointed); "X telephoned President Y on Thursday to discuss …" is one call, in no
    # one place, not the call and a second meeting its purpose names
    held = _published_events(tmp_path, ("Talks\nThe Secretariat held consultations in Minsk on 3-4 May on the partner "
                                        "states.\n"), "2031-05-20")
    assert ("CONSULT", dt.date(2031, 5, 3), "day", "BLR") in {e[:4] for e in held}
    passed = _published_events(tmp_path, (
        "Status\nThe envoy noted that a resolution to designate a partner status was passed by the leaders at a "
        "session of the council in May 2030.\n"), "2031-03-02")
    assert {e[0] for e in passed} == {"AGREE", "CONSULT"}
    assert all(e[1:3] == (dt.date(2030, 5, 1), "month") for e in passed)
    called = _published_events(tmp_path, (
        "Call\nASTANA (Wire) - The prime minister telephoned President Ivan Petrov on Thursday to discuss the bloc's "
        "plans.\n"), "2031-05-24")
    assert [e[:4] for e in called] == [("CONSULT", dt.date(2031, 5, 22), "day", None)]


def test_round_327_a_decision_told_before_the_day_s_meeting_and_a_body_set_up_by_decision_in_a_month(tmp_path: Path) -> None:
    # our own words: "The bloc's member states' chiefs have decided to set up a council" (no date, no place: the bloc's
    # states name no one country) before "The chiefs met in Minsk today" was decided at that meeting;
    # "the council was set up in May 2030 by decision of the committee" is an agreement of that month
    decided = _published_events(tmp_path, ("Council\nThe CSTO member states' security chiefs have decided to set up a joint "
                                           "health council.\nThe chiefs met in Minsk today.\n"), "2031-09-15")
    assert sorted(e[:4] for e in decided) == [("AGREE", dt.date(2031, 9, 15), "day", "BLR"), ("CONSULT", dt.date(2031, 9, 15), "day", "BLR")]
    founded = _published_events(tmp_path, ("Council\nThe council was set up in May 2030 by decision of the committee of the "
                                           "allied secretaries.\n"), "2031-07-13")
    assert ("AGREE", dt.date(2030, 5, 1), "month") in {e[:3] for e in founded}


def test_round_328_a_fire_fighting_service_is_no_fighting(tmp_path: Path) -> None:
    # our own words: "the fire-fighting and rescue services" (and "fire fighting units") name a service, no fighting;
    # fighting that broke out still is
    service = _published_events(tmp_path, ("Council\nThe ministers will discuss training for the fire-fighting and rescue "
                                           "services of the allies in Minsk on 29 September. The fire fighting units drilled "
                                           "there on 20 September.\n"), "2031-09-21")
    assert "FIGHT" not in {e[0] for e in service}
    fight = _published_events(tmp_path, "Border\nHeavy fighting broke out on the border on 20 September.\n", "2031-09-21")
    assert ("FIGHT", dt.date(2031, 9, 20), "day") in {e[:3] for e in fight}


def test_round_329_a_meeting_that_sets_the_scene_of_the_day_s_news_and_what_a_meeting_sums_up(tmp_path: Path) -> None:
    # our own words: "At the second joint meeting of the council in Kazan, in the Volga region, on Tuesday, the chiefs
    # agreed to …" tells the meeting and the agreement, both that Tuesday; what a meeting "will sum up" (its object, its
    # results "of the drills held in 2030") is no event, nor does that year date the summing up
    scene = _published_events(tmp_path, (
        "Council\nAt the second joint meeting of the council in Kazan, in the Volga region, on Tuesday, the chiefs agreed to "
        "share the monthly reports.\n"), "2031-03-06")
    assert sorted(e[:4] for e in scene) == [("AGREE", dt.date(2031, 3, 4), "day", "RUS"), ("CONSULT", dt.date(2031, 3, 4), "day", "RUS")]
    summed = _published_events(tmp_path, (
        "Council\nThe chiefs met in Minsk today.\nThe session is to sum up the results of the joint drills of the "
        "allied forces in 2031. The chiefs are also to sum up the year's joint operations.\n"), "2031-03-06")
    assert [e[:4] for e in summed if e[1] is not None] == [("CONSULT", dt.date(2031, 3, 6), "day", "BLR")]


def test_round_330_a_sitting_named_by_its_body_a_meeting_with_its_chair_aside_and_what_talks_or_statements_carry(tmp_path: Path) -> None:
    # our own words: "The Defence Committee, formed under the council, is to be held in Minsk on 9 May" is its sitting;
    # "A meeting of the expert group, chaired by its deputy head, General X, took place in Dushanbe on 12-13 May" a meeting
    # on the 12th; a place deep in a long list of what the participants "are to discuss" is no place of theirs; "In
    # January, X announced that the drills would be held in Belarus" gives the drills no January; and "the question of
    # participation of a combined unit in the drills … is now being discussed" is no drill and no meeting
    sitting = _published_events(tmp_path, (
        "Committee\nThe Defence Committee, formed under the ministers' council, is to be held in Minsk on 9 May.\n"
        "The delegates are to discuss several threats to the region, measures to strengthen the joint forces, "
        "as well as the air operation of the allied forces in Syria.\n"), "2031-05-08")
    assert [e[:4] for e in sitting if e[1] is not None] == [("CONSULT", dt.date(2031, 5, 9), "day", "BLR")]
    chaired = _published_events(tmp_path, (
        "Group\nA meeting of the expert group, chaired by its deputy head, General Ivan Petrov, took place in Dushanbe on "
        "12-13 May.\n"), "2031-05-14")
    assert [e[:4] for e in chaired] == [("CONSULT", dt.date(2031, 5, 12), "day", "TJK")]
    announced = _published_events(tmp_path, (
        "Drills\nIn January, the deputy secretary of the council announced that two of the bloc's three drills would be "
        "held in Belarus.\n"), "2031-02-10")
    assert all(e[1] != dt.date(2031, 1, 1) for e in announced)
    issue = _published_events(tmp_path, (
        "Drills\nThe chief of staff said that the question of participation of a combined Valleyan unit in the bloc's drills in "
        "2031 in Belarus is now being discussed.\n"), "2031-02-10")
    assert [e for e in issue if e[1] is not None] == []


def test_round_331_meetings_named_by_an_acronym_a_group_a_body_s_last_one_and_a_date_in_a_relative_clause(tmp_path: Path) -> None:
    # our own words: "the decisions of the 12th meeting of the JDC held in May 2030 in Yerevan" and "the Board's last
    # meeting in June 2030 in Astana" name meetings of those months; "a meeting of the expert group will take place on 7
    # September" is one; "decisions adopted at its session in November last year" are a meeting and an agreement then; "in
    # October next year" is the October after the story's; and what a relative clause after the trigger dates ("discussed
    # the plan, which provides for a fair in Bishkek in October next year") is not the discussion's date. "Members may take
    # part in meetings of the Council", a rule, is no meeting
    named = _published_events(tmp_path, (
        "Agenda\nThe agenda includes the decisions of the 12th meeting of the JDC held in May 2030 in Yerevan.\nThe Board's "
        "last meeting in June 2030 in Astana will also be reviewed.\nA meeting of the expert group will take place on 7 "
        "September.\nThe agenda also includes the decisions adopted at its session in November last year.\n"), "2031-08-20")
    assert {("CONSULT", dt.date(2030, 5, 1), "month", "ARM"), ("CONSULT", dt.date(2030, 6, 1), "month", "KAZ")} <= {e[:4] for e in named}
    assert {("CONSULT", dt.date(2031, 9, 7), "day"), ("CONSULT", dt.date(2030, 11, 1), "month"),
            ("AGREE", dt.date(2030, 11, 1), "month")} <= {e[:3] for e in named}
    fair = _published_events(tmp_path, (
        "Fair\nThe commission met in Minsk on Friday. The members discussed the plan for 2032, which provides for a fair in "
        "Bishkek in October next year.\nMembers of the delegations may take part in meetings of the Council.\n"), "2031-11-29")
    assert all(e[1] != dt.date(2031, 10, 1) and e[1] != dt.date(2032, 10, 1) for e in fair if e[0] == "CONSULT")
    assert len([e for e in fair if e[0] == "CONSULT"]) == 1


def test_round_334_last_year_in_a_month_dated_story_an_act_ratified_an_invitation_to_meet_and_a_planned_sitting(tmp_path: Path) -> None:
    # our own words: in a story known only to its month, "on 3 July last year" is the July of the year before; "the accord
    # … was ratified by a law dated 2 March 2031" is an agreement that day; "invited the leaders of the union to convene a
    # session on the crisis" asks for a meeting, none held; "the format of the assembly's autumn sessions does not provide
    # for a vote" names no session; "The sitting is set to be held on 9 April in Yerevan" and "The meeting of the
    # experts is planned to be held on 12 April" are planned that day
    signed = _published_events(tmp_path, (
        "Accord\nThe accord between the two states on a joint radar grid, dated 3 July, was ratified by a law dated 2 March 2031. "
        "The document was signed on 3 July last year in Minsk.\n"), "2031-10")
    assert {("AGREE", dt.date(2030, 7, 3)), ("AGREE", dt.date(2031, 3, 2))} <= {e[:2] for e in signed}
    assert ("AGREE", dt.date(2031, 7, 3)) not in {e[:2] for e in signed}
    invited = _published_events(tmp_path, (
        "Appeal\nMembers of the movement invited the leaders of the union to convene a session on the crisis in the border "
        "areas of Valleya and Hillia.\n"), "2031-09")
    assert [e[0] for e in invited] == ["REQUEST"]
    sitting = _published_events(tmp_path, (
        "Delegations\nThe heads of the delegations met online on 18 February. As the format of the assembly's autumn "
        "sessions does not provide for a vote, views will be exchanged.\nThe sitting is set to be held on 9 April in "
        "Yerevan.\nThe meeting of the experts is planned to be held on 12 April.\n"), "2031-02-18")
    assert ("CONSULT", dt.date(2031, 4, 9), "day", "ARM", "planned") in sitting
    assert ("CONSULT", dt.date(2031, 4, 12)) in {e[:2] for e in sitting}
    assert len([e for e in sitting if e[1] == dt.date(2031, 2, 18)]) == 1


def test_round_335_a_refusal_dated_by_its_statement_two_months_heading_a_clause_and_a_war_by_year_and_month(tmp_path: Path) -> None:
    # our own words: "Valleyan delegates will not attend a sitting of the council to be held in Minsk on 3-4 May, the
    # council's office told reporters on Tuesday" refuses on the Tuesday (the sitting keeps its own days); "In March 2030
    # and October 2031 the cabinet asked for the union's intervention when troops of Hillia breached the border" tells
    # two requests and two crossings; "the invasion of Valleya in 2031" is the October 2031 breach, one war; the place
    # in ", prompting the Kremlin to ask why" is not where Valleya froze its part
    refused = _published_events(tmp_path, (
        "Council\nValleyan delegates will not attend a sitting of the council to be held in Minsk on 3-4 May, the council's "
        "office told reporters on Tuesday.\n"), "2031-04-30")
    assert ("REJECT", dt.date(2031, 4, 29)) in {e[:2] for e in refused}
    asked = _published_events(tmp_path, (
        "Frontier\nThe premier told deputies that in March 2030 and October 2031 the cabinet asked for CSTO intervention when "
        "troops of Hillia breached the border of Armenia. He recalled the invasion of Armenia in 2031.\n"
        "Armenia is freezing its part in the bloc, prompting the Kremlin to ask for an explanation.\n"), "2032-02")
    kinds = {e[:3] for e in asked}
    assert {("REQUEST", dt.date(2030, 3, 1), "month"), ("REQUEST", dt.date(2031, 10, 1), "month"),
            ("FIGHT", dt.date(2030, 3, 1), "month"), ("FIGHT", dt.date(2031, 10, 1), "month")} <= kinds
    assert ("FIGHT", dt.date(2031, 1, 1), "year") not in kinds
    assert all(e[3] == "ARM" for e in asked if e[0] == "SANCTION")


def test_round_337_a_lead_under_a_dateline_a_day_after_a_calendar_session_is_that_session(tmp_path: Path) -> None:
    # our own words: "Moscow, 17 May 2022 (Wire): The Kremlin hosted the leaders' meeting of the bloc." is the calendar's
    # session of 16 May in Moscow, not a meeting on the dateline's day; a lead on a day with no session keeps its day
    hosted = _events_of_text(tmp_path, "Summit\nMoscow, 17 May 2022 (Wire): The Kremlin hosted the leaders' meeting of the bloc.\n")
    assert ("CONSULT", dt.date(2022, 5, 16)) in {e[:2] for e in hosted}
    other = _events_of_text(tmp_path, "Talks\nMoscow, 17 March 2022 (Wire): The Kremlin hosted the leaders' meeting of the bloc.\n")
    assert ("CONSULT", dt.date(2022, 3, 17)) in {e[:2] for e in other}


def test_round_338_a_drill_named_in_marks_with_its_year_and_a_list_of_quoted_names_before_its_passive(tmp_path: Path) -> None:
    # our own words: "the ‘Shield-2031’ drills in Kyrgyzstan will open a series of events" is a drill of 2031 (its name's
    # year, no longer hidden with the marks); "The union's drills ‘Alfa’, ‘Beta’, ‘Gamma’ are to be held in 2032 in
    # Tajikistan" are dated by that year though a list of names stands between the noun and its passive
    named = _published_events(tmp_path, "Drill\nThe general said the ‘Shield-2031’ drills in Kyrgyzstan will open a series of events.\n",
                              "2031-09-09")
    assert ("COOPERATE", dt.date(2031, 1, 1), "year", "KGZ") in {e[:4] for e in named}
    listed = _published_events(tmp_path, "Plans\nThe union's drills ‘Alfa’, ‘Beta’, ‘Gamma’ are to be held in 2032 in Tajikistan.\n",
                               "2031-09-09")
    assert ("COOPERATE", dt.date(2032, 1, 1), "year", "TJK") in {e[:4] for e in listed}


def test_round_339_an_ability_to_act_and_a_visit_told_as_recent_take_no_story_day(tmp_path: Path) -> None:
    # our own words: "showed the union's ability to promptly deploy its forces" names no deployment; "X, who recently
    # visited the border, said …" is a visit of some earlier day, not of the story's
    told = _published_events(tmp_path, (
        "Statement\nThe leaders said the operation in Valleya showed the union's ability to promptly deploy its forces. "
        "\"We are ready,\" the general, who recently visited the border, said.\n"), "2031-05-16")
    assert all(e[0] not in ("MOBILIZE", "CONSULT") for e in told)


def test_round_340_an_appeal_to_the_bloc_a_rule_s_duty_a_meeting_its_when_clause_tells_and_years_since(tmp_path: Path) -> None:
    # our own words: "Valleya appealed to the CSTO after troops crossed its border" is a request; "Article 2, which obliges
    # the bloc to hold consultations" is a rule, no meeting; "the ministers discussed the dispute when they met in Minsk
    # later in June" is one meeting of June; "over the 25 years since the charter was signed" tells no signing on the
    # story's day
    told = _published_events(tmp_path, (
        "Appeal\nValleya appealed to the CSTO on Monday after troops crossed its border. It invoked Article 2, which obliges "
        "the bloc to hold consultations.\nThe ministers of the bloc discussed the dispute when they met in Minsk later in "
        "June.\nThe president said that over the 25 years since the charter was signed the bloc had grown.\n"), "2031-06-03")
    assert ("REQUEST", dt.date(2031, 6, 2)) in {e[:2] for e in told}
    meetings = [e for e in told if e[0] == "CONSULT"]
    assert [e[1:4] for e in meetings] == [(dt.date(2031, 6, 1), "month", "BLR")]
    assert not any(e[0] == "AGREE" and e[1] == dt.date(2031, 6, 3) for e in told)


def test_round_342_a_decision_told_by_its_noun_takes_no_date_of_the_act_it_sets(tmp_path: Path) -> None:
    # our own words: "A decision was made at the sitting to convene the next one in Minsk in May 2032" is no decision
    # of May 2032: that month is the next sitting's
    told = _published_events(tmp_path, (
        "Council\nThe council's secretaries met in Bishkek on Wednesday. A decision was made at the sitting to convene "
        "the next one in Minsk in May 2032.\n"), "2031-11-27")
    assert ("AGREE", dt.date(2032, 5, 1)) not in {e[:2] for e in told}
    assert ("CONSULT", dt.date(2031, 11, 26)) in {e[:2] for e in told}


def test_round_343_a_meeting_is_not_placed_in_the_story_country_and_a_retelling_places_it(tmp_path: Path) -> None:
    # our own words: a story about Kazakhstan tells a ministers' meeting with no place (the bloc's bodies meet in the
    # chair's capital or online: no country), while a ratification with no place is still the story country's act
    told = _published_events(tmp_path, (
        "Kazakhstan reviews its defence plans\nKazakhstan's parliament debated the army budget in Astana on Tuesday. "
        "The defence ministers of the bloc's member states discussed the reform of the alliance at a meeting on Wednesday. "
        "The protocol on joint air defence was ratified on Thursday.\n"), "2031-05-30")
    assert any(kind == "CONSULT" and day == dt.date(2031, 5, 28) and pd.isna(country) for kind, day, _, country, _ in told)
    assert ("AGREE", dt.date(2031, 5, 29), "day", "KAZ", "happened") in told
    # a meeting the dateline dates with no place, told again in the next paragraph with its city: that city places it
    folder = tmp_path / "retold"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "RUSSIA, May 27 - The deputy premier chaired the 12th meeting of the commission on defence industry.\n"
        "The deputy premier chaired the 12th meeting of the commission in Dushanbe, Tajikistan.\n", encoding="utf-8")
    (folder / "sources.csv").write_text("file,url,outlet,published\na.txt,http://x.example/a,x.example,2031-05-30\n", encoding="utf-8")
    meetings = [r for r in coded_frames(folder)["events"].to_dict("records") if r["event_type"] == "CONSULT"]
    assert [(m["event_date"].date(), m["place"], m["country"]) for m in meetings] == [(dt.date(2031, 5, 27), "Dushanbe", "TJK")]


def test_round_345_a_clause_on_how_the_act_s_object_is_held_dates_and_places_that_object(tmp_path: Path) -> None:
    # our own words: "approved the draft programme for the summit of the heads of state, which will be held in Astana in
    # February" is an approval on the day of the ministers' meeting, where they met; February and Astana are the summit's
    # (English and Italian)
    for text in (
            "Ministers in Belgrade\nOn December 3, the foreign ministers of the bloc met in Belgrade.\nThe ministers approved "
            "the draft programme for the summit of the heads of state, which will be held in Astana in February, and discussed "
            "the budget of the bloc.\n",
            "Ministri a Belgrado\nIl 3 dicembre i ministri degli Esteri del blocco si sono riuniti a Belgrado.\nI ministri hanno "
            "approvato il programma del vertice dei capi di Stato, che si terrà ad Astana a febbraio, e hanno discusso il "
            "bilancio del blocco.\n"):
        told = _published_events(tmp_path, text, "2031-12-03")
        assert [e for e in told if e[0] == "AGREE"] == [("AGREE", dt.date(2031, 12, 3), "day", "SRB", "happened")], text


def test_round_346_italian_talks_by_a_reflexive_a_conceded_refusal_a_protest_an_assault_and_a_trip(tmp_path: Path) -> None:
    # our own words: "i negoziati che si sono svolti il 3 marzo a Minsk" are dated by their reflexive's day (and an
    # unhappy "non è soddisfatto dei" negates nothing); "partirà domani per Mosca, nonostante il rifiuto della parte
    # kirghisa di partecipare" is a refusal made, the Kyrgyz side's, on the story's day (not tomorrow, not in Moscow);
    # "per protestare contro" is a protest, "ha aggredito il sindaco" an assault, "si recherà domani a Minsk" a trip
    told = _published_events(tmp_path, (
        "Minsk, colloqui\nIl ministro degli Esteri armeno non è soddisfatto dei negoziati bilaterali che si sono svolti il 3 "
        "marzo a Minsk. Il ministro partirà domani per Mosca, nonostante il rifiuto della parte kirghisa di partecipare ai "
        "negoziati. Centinaia di persone si sono radunate davanti al parlamento di Erevan per protestare contro la legge.\n"
        "Ieri un gruppo di uomini ha aggredito il sindaco di Erevan. Il premier si recherà domani a Minsk.\n"), "2031-03-07")
    assert ("CONSULT", dt.date(2031, 3, 3), "day", "BLR", "happened") in told
    assert ("REJECT", dt.date(2031, 3, 7), "day", "KGZ", "happened") in told
    assert ("PROTEST", dt.date(2031, 3, 7), "day", "ARM", "happened") in told
    assert ("ASSAULT", dt.date(2031, 3, 6), "day", "ARM", "happened") in told
    assert ("CONSULT", dt.date(2031, 3, 8), "day", "BLR", "planned") in told
    # the same in English: a conceded refusal, and "the talks held on <day> in <city>" with no comma before "held"
    told = _published_events(tmp_path, (
        "Talks\nThe minister will leave for Moscow tomorrow despite Kyrgyzstan's refusal to attend the talks. The minister is "
        "not satisfied with the outcome of the talks held on March 3 in Minsk.\n"), "2031-03-07")
    assert ("REJECT", dt.date(2031, 3, 7), "day", "KGZ", "happened") in told
    assert ("CONSULT", dt.date(2031, 3, 3), "day", "BLR", "happened") in told


def test_round_347_the_talks_told_again_with_their_city_place_the_meeting_and_its_signing(tmp_path: Path) -> None:
    # our own words: "si sono incontrati per un vertice a due. Dopo i loro colloqui a Mosca, è stato firmato il
    # memorandum" — "their talks in Moscow" are the meeting dated today (a possessive and a city no longer keep the
    # anaphor from it), which places the meeting and the signing the opening told with no place
    told = _published_events(tmp_path, (
        "Memorandum comune\nPer il decimo anniversario dei rapporti, i due presidenti firmano un memorandum.\n"
        "Il testo riguarda l'energia e la difesa.\nI tecnici hanno lavorato per mesi al documento.\n"
        "Oggi i due capi di Stato si sono incontrati per un vertice a due. Dopo i loro colloqui a Mosca, è stato firmato il "
        "memorandum.\n"), "2031-06-10")
    assert ("AGREE", dt.date(2031, 6, 10), "day", "RUS", "happened") in told
    assert ("CONSULT", dt.date(2031, 6, 10), "day", "RUS", "happened") in told


def test_round_349_a_summoned_envoy_a_text_s_mention_a_territory_a_relative_clause_a_re_election_and_a_month_s_end(tmp_path: Path) -> None:
    # our own words: "ha convocato stamane l'ambasciatore" (and "summoned the ambassador") is a protest made to that state,
    # DISAPPROVE; what a note mentions is its topic, not news dated by the story; "sul territorio dell'Armenia" places the
    # drills; a trigger in a relative clause set off by commas takes no date outside it; "Rieletto due settimane fa
    # presidente del Kirghizistan" is that state's election, dated by its own words; "alla fine di giugno" is not narrowed
    # to a day at the start of June told for another meeting
    told = _published_events(tmp_path, (
        "Erevan e Bishkek\nIl ministero degli Esteri kirghiso ha convocato stamane l'ambasciatore armeno. Il testo cita "
        "inoltre le esercitazioni militari congiunte con la Francia.\n"
        "Le esercitazioni militari congiunte si terranno il 20 maggio sul territorio dell'Armenia.\n"
        "Tokayev, che è riuscito a fermare le proteste dopo il voto, ieri aveva dichiarato di voler restare.\n"
        "Rieletto due settimane fa presidente del Kirghizistan, Japarov ha scelto la Russia per la sua prima visita.\n"
        "Il premier ha detto che il 2 giugno incontrerà a Pechino il presidente cinese e ha in programma una visita a Mosca "
        "alla fine di giugno.\n"), "2031-05-09")
    assert ("DISAPPROVE", dt.date(2031, 5, 9), "day", "KGZ", "happened") in told
    assert ("COOPERATE", dt.date(2031, 5, 20), "day", "ARM", "planned") in told
    assert not any(t == "COOPERATE" and d == dt.date(2031, 5, 9) for t, d, *_ in told)
    assert not any(t == "PROTEST" for t, *_ in told)
    assert [(p, c) for t, d, p, c, _ in told if t == "ELECTION"] == [("week", "KGZ")]
    assert ("CONSULT", dt.date(2031, 6, 1), "month", "RUS", "planned") in told
    told = _published_events(tmp_path, "Envoy\nRussia's Foreign Ministry summoned the Armenian ambassador on Friday.\n", "2031-05-09")
    assert ("DISAPPROVE", dt.date(2031, 5, 9), "day", "RUS", "happened") in told


def test_round_350_an_address_to_the_un_assembly_years_and_months_ago_and_an_italian_visit(tmp_path: Path) -> None:
    # our own words: "un breve intervento all'Assemblea generale" is the address (CONSULT), dated by the story; "aveva
    # visitato la Mongolia 21 anni fa" dates a visit to its year and "tre mesi fa" to its month, both counted from
    # the story's day; "ha visitato Mosca" is a visit, as "visited Moscow" is
    told = _published_events(tmp_path, (
        "Assemblea\nIl presidente kirghiso lo ha detto in un breve intervento all'Assemblea generale a New York.\n"
        "Un presidente kirghiso aveva visitato la Mongolia 21 anni fa.\n"
        "Il presidente kazako ha visitato Mosca tre mesi fa.\n"), "2031-09-20")
    assert any(t == "CONSULT" and d == dt.date(2031, 9, 20) for t, d, *_ in told)
    assert ("CONSULT", dt.date(2010, 1, 1), "year", "MNG", "happened") in told
    assert ("CONSULT", dt.date(2031, 6, 1), "month", "RUS", "happened") in told


def test_round_351_a_second_participle_after_and_is_its_own_act(tmp_path: Path) -> None:
    # our own words: "hanno tenuto colloqui il 3 marzo a Minsk e firmato un memorandum" is a meeting and a signing
    told = _published_events(tmp_path, (
        "Minsk\nI due presidenti hanno tenuto colloqui il 3 marzo a Minsk e firmato un memorandum sulla difesa aerea.\n"), "2031-03-04")
    assert ("CONSULT", dt.date(2031, 3, 3), "day", "BLR", "happened") in told
    assert ("AGREE", dt.date(2031, 3, 3), "day", "BLR", "happened") in told


def test_round_352_missiles_deployed_an_address_to_nation_and_parliament_and_a_situation_discussed(tmp_path: Path) -> None:
    # our own words: "la Bielorussia dispiegherà missili russi" is a deployment of Belarus's (the weapons' maker is no
    # place) and "è entrato in servizio" one done; "un messaggio alla nazione e al Parlamento" is an address; "convocato una
    # riunione per discutere della situazione in Russia, dove …" meets at home, and the preparations of a deployment are
    # no deployment
    told = _published_events(tmp_path, (
        "Minsk\nA marzo la Bielorussia dispiegherà missili russi di nuova generazione. Il primo sistema è entrato in servizio "
        "ieri, 9 febbraio. Lo ha detto oggi a Minsk il presidente nel suo messaggio alla nazione e al Parlamento.\n"
        "Il presidente kazako ha convocato per domani una riunione del consiglio di sicurezza per discutere della situazione "
        "in Russia, dove le colonne armate avanzano verso la capitale Mosca.\n"
        "La portavoce ha spiegato che si lavora ai preparativi per il dispiegamento delle batterie.\n"), "2031-02-10")
    assert ("MOBILIZE", dt.date(2031, 3, 1), "month", "BLR", "planned") in told
    assert ("MOBILIZE", dt.date(2031, 2, 9), "day", "BLR", "happened") in told
    assert any(t == "CONSULT" and c == "BLR" and d == dt.date(2031, 2, 10) for t, d, _, c, _ in told)
    assert ("CONSULT", dt.date(2031, 2, 11), "day", "KAZ", "planned") in told
    assert not any(t == "MOBILIZE" and d == dt.date(2031, 2, 10) for t, d, *_ in told)


def test_round_353_a_clash_told_as_going_on_and_a_delegation_welcomed_by_its_host(tmp_path: Path) -> None:
    # our own words: "sono ora in atto scontri" is news of the day in any paragraph, as "is under way" is; "la delegazione
    # è stata accolta nella capitale dal ministro" is a meeting
    told = _published_events(tmp_path, (
        "Confine\nLa delegazione kirghisa è stata accolta nella capitale dal ministro degli Esteri russo Sergej Lavrov.\n"
        "Le forze di frontiera sono in allerta.\nIl governo ha convocato i suoi consiglieri.\n"
        "La situazione resta tesa da settimane.\nNel nord del Tagikistan sono ora in atto scontri fra due villaggi.\n"), "2031-07-12")
    assert ("FIGHT", dt.date(2031, 7, 12), "day", "TJK", "happened") in told
    assert any(t == "CONSULT" and d == dt.date(2031, 7, 12) for t, d, *_ in told)


def test_round_356_a_phone_contact_further_talks_agreed_and_a_joint_declaration_named_by_its_day(tmp_path: Path) -> None:
    # our own words: "hanno avuto un contatto telefonico" is a call; "sono state concordate nuove consultazioni" is an
    # agreement made (not one still to come); "le dichiarazioni dei leader di A, B e C datate 4 aprile" is a joint
    # agreement of that day, in none of their countries; an agreement named by its year alone is history
    told = _published_events(tmp_path, (
        "Colloquio\nIeri sera i presidenti kazako e kirghiso hanno avuto un contatto telefonico. "
        "Sono state concordate nuove consultazioni tra i ministeri.\n"
        "Il presidente kazako ha chiesto di applicare le dichiarazioni dei leader di Kazakistan, Kirghizistan e Tagikistan "
        "datate 4 aprile 2030.\nEntrambi hanno citato anche gli accordi del 2029.\n"), "2031-05-20")
    assert any(t == "CONSULT" and d == dt.date(2031, 5, 19) for t, d, *_ in told)
    assert any(t == "AGREE" and s == "happened" and d == dt.date(2031, 5, 19) for t, d, _, _, s in told)
    assert ("AGREE", dt.date(2030, 4, 4), "day", None, "happened") in told
    assert not any(t == "AGREE" and d is not None and d.year == 2029 for t, d, *_ in told)


def test_round_357_a_caption_dates_the_scene_a_coup_named_aloud_and_a_headlines_aid(tmp_path: Path) -> None:
    # our own words: a picture's credit line, removed as boilerplate, that names a rally with its full day dates the
    # story's undated "Proteste a Bishkek"; "ha definito la mossa dei generali un tentativo di colpo di stato" is an
    # accusation; a headline's "Sostegno Ue all'esercito di X" is aid, dated by the story when the body never tells it
    told = _published_events(tmp_path, (
        "Crisi a Bishkek\n"
        "Il governo ha chiuso le scuole della capitale.\n"
        "© Agenzia Uno . Ivan Rossi Un corteo dell'opposizione nel centro di Bishkek, il 12 marzo del 2031\n"
        "Proteste a Bishkek\n"
        "Il presidente ha definito la mossa dei generali un tentativo di colpo di stato.\n"), "2031-03-13")
    assert ("PROTEST", dt.date(2031, 3, 12), "day", "KGZ", "happened") in told
    assert any(t == "ACCUSE" and d == dt.date(2031, 3, 13) for t, d, *_ in told)
    aid = _published_events(tmp_path, (
        "Sostegno Ue all'esercito del Kirghizistan\nLa decisione apre una fase nuova nei rapporti con Bruxelles.\n"), "2031-06-02")
    assert any(t == "AID" and d == dt.date(2031, 6, 2) for t, d, *_ in aid)


def test_round_358_a_drill_named_with_its_year_a_feared_invasion_and_drills_named_again(tmp_path: Path) -> None:
    # our own words: a town's name with a year glued to it names a drill, not where it is; "temono un'invasione" fears a
    # war that has not happened; "l'obiettivo delle manovre" is the drill the story dates ahead, not news of the day; "le
    # forze armate di Minsk" are Belarus's, and Minsk is no place of the drill; troops that "si sono unite" joined no pact
    told = _published_events(tmp_path, (
        "Manovre\nLe esercitazioni congiunte «Brest 2031» si terranno dal 3 al 9 ottobre in Kazakistan, ha detto il ministro "
        "kazako. L'obiettivo delle esercitazioni sarà verificare la prontezza dei reparti.\n"
        "Le capitali vicine temono un'invasione del Kazakistan.\n"
        "Il ministro ha lodato l'utilità delle manovre comuni anche per le forze armate di Minsk. Nel 2030 vi si sono unite "
        "anche le truppe del Tagikistan.\n"), "2031-09-10")
    assert ("COOPERATE", dt.date(2031, 10, 3), "day", "KAZ", "planned") in told
    assert not any(t == "COOPERATE" and d == dt.date(2031, 9, 10) for t, d, *_ in told)
    assert not any(t == "FIGHT" for t, *_ in told)
    assert not any(c == "BLR" for *_, c, _ in told)
    assert not any(t == "AGREE" for t, *_ in told)


def test_round_359_a_conflict_named_by_its_place_and_its_month(tmp_path: Path) -> None:
    # our own words: "dall'inizio del conflitto in Moldavia nel marzo 2030" names a war of that month, in that country
    told = _published_events(tmp_path, (
        "Manovre\nSono le prime manovre comuni dall'inizio del conflitto in Moldavia nel marzo 2030, ha scritto il giornale.\n"),
        "2031-05-02")
    assert ("FIGHT", dt.date(2030, 3, 1), "month", "MDA", "happened") in told


def test_round_358_review_drills_told_before_the_next_ones_are_announced_keep_their_day(tmp_path: Path) -> None:
    # our own words: "Le esercitazioni sono iniziate nel Kazakistan. Le prossime … si terranno dal 3 al 9 ottobre …": the
    # first drills are the story's news, not the October ones named again (round 358's re-mention comes after its event)
    told = _published_events(tmp_path, (
        "Manovre\nLe esercitazioni sono iniziate nel Kazakistan. Le prossime esercitazioni si terranno dal 3 al 9 ottobre "
        "in Kirghizistan.\n"), "2031-09-10")
    assert ("COOPERATE", dt.date(2031, 9, 10), "day", "KAZ", "happened") in told
    assert ("COOPERATE", dt.date(2031, 10, 3), "day", "KGZ", "planned") in told


def test_round_360_troops_joining_drills_and_what_drills_come_after(tmp_path: Path) -> None:
    # our own words: soldiers who "hanno aderito alle manovre" joined a drill, not a pact; what the drills "arrivano dopo"
    # is their backdrop (not news of the story's day; a place named after such words is tested in round 361)
    told = _published_events(tmp_path, (
        "Manovre\nSono in corso in Armenia le manovre congiunte del blocco. I soldati di Kirghizistan e Tagikistan hanno "
        "aderito alle manovre congiunte.\nLe prove arrivano dopo un'incursione di droni russi sul cielo georgiano, che ha "
        "acceso nuove paure.\n"), "2031-05-02")
    assert not any(t == "AGREE" for t, *_ in told)
    assert not any(t == "FIGHT" for t, *_ in told)  # (only dated events are listed: the incursion has no date of the story)
    joined = _published_events(tmp_path, "Trattato\nNel 1994 il Kirghizistan ha aderito al trattato.\n", "2031-05-02")
    assert ("AGREE", dt.date(1994, 1, 1), "year", "KGZ", "happened") in joined


def test_round_361_a_compass_part_a_joint_drill_between_two_states_and_what_a_drill_falls_after(tmp_path: Path) -> None:
    # our own words: "in southern Kyrgyzstan" puts the bloc's drill there; a joint drill "fra Russia e Bielorussia" that
    # nothing locates is in no one country, not the one the story names next; what the drill "cade 48 ore dopo" is its
    # backdrop; a country in a relative clause about the bloc is not the drill's
    told = _published_events(tmp_path, (
        "Manovre\nOn 3 May the CSTO held exercises in southern Kyrgyzstan.\n"
        "Oggi è iniziata un'esercitazione militare congiunta fra Russia e Bielorussia. L'operazione cade 48 ore dopo gli "
        "scontri in Polonia.\n"), "2031-05-12")
    assert ("COOPERATE", dt.date(2031, 5, 3), "day", "KGZ", "happened") in told
    assert any(t == "COOPERATE" and d == dt.date(2031, 5, 12) and not isinstance(c, str) for t, d, _, c, _ in told)
    assert not any(c == "POL" for *_, c, _ in told)
    observer = _published_events(tmp_path, "Drills\nOn 3 May the CSTO, which has Afghanistan among its observers, held exercises.\n", "2031-05-12")
    assert not any(c == "AFG" for *_, c, _ in observer)


def test_round_362_what_a_counted_after_introduces_came_before(tmp_path: Path) -> None:
    # our own words: "began on Friday, two days after X" tells X two days before that Friday, done; "l'abbattimento di
    # droni" (plural) is fighting
    told = _published_events(tmp_path, "Drills\nThe drills began on Friday, two days after clashes in Georgia.\n", "2031-05-16")
    assert ("FIGHT", dt.date(2031, 5, 14), "day", "GEO", "happened") in told
    # (and a place in that clause does not place the drills)
    border = _published_events(tmp_path, "Drills\nThe drills began on Friday, two days after shelling on the border of Georgia.\n", "2031-05-16")
    assert not any(t == "COOPERATE" and c == "GEO" for t, _, _, c, _ in border)
    italian = _published_events(tmp_path, (
        "Manovre\nLe manovre sono iniziate venerdì in Armenia, tre giorni dopo l’abbattimento di droni in Moldavia.\n"), "2031-05-16")
    assert ("FIGHT", dt.date(2031, 5, 13), "day", "MDA", "happened") in italian
    assert ("COOPERATE", dt.date(2031, 5, 16), "day", "ARM", "happened") in italian


def test_round_363_a_wire_under_header_lines_talks_on_how_to_deal_with_and_an_attacked_territory(tmp_path: Path) -> None:
    # our own words: a wire's lead under a label and a headline ("CITY, Country (Agency) - …") opens the story, so the
    # meeting its next paragraph tells is the lead's Monday's; the violence talks were held on how to deal with is no
    # event of that day, nor is what ministers discussed dated by their meeting; a state's attacked territory is fighting
    told = _published_events(tmp_path, (
        "Latest News\nBloc may send trucks to the south\nKHUJAND, Tajikistan (Wire) - The bloc's members on Monday offered "
        "trucks and fuel to the government.\nThe bloc met in Moscow to agree on the offer.\n"
        "The ministers also met on Monday to weigh how to handle the unrest in the valley of Tajikistan.\n"
        "The ministers on Monday discussed the clashes on the border of Tajikistan.\n"
        "Tajikistan's territory was attacked in May, when rebels launched an attack on civilian and military targets.\n"),
        "2031-06-10")
    assert ("CONSULT", dt.date(2031, 6, 9), "day", "RUS", "happened") in told
    assert not any(t in ("PROTEST", "ASSAULT") for t, *_ in told)
    assert not any(t == "FIGHT" and d == dt.date(2031, 6, 9) for t, d, *_ in told)
    assert ("FIGHT", dt.date(2031, 5, 1), "month", "TJK", "happened") in told


def test_round_364_a_welcome_told_in_the_present_inside_the_words_reported(tmp_path: Path) -> None:
    # our own words: "X also stressed that he welcomes the accord …", further down the story, is X's welcome on the
    # story's day (the speaking is the act)
    told = _published_events(tmp_path, (
        "Talks\nThe envoy spoke to reporters today in Minsk about the border.\nThe talks went on for hours.\n"
        "The envoy also stressed that he welcomes the accord signed by the two states.\n"), "2031-05-02")
    assert ("SUPPORT", dt.date(2031, 5, 2), "day", "BLR", "happened") in told


def test_round_365_a_truce_signed_on_a_weekday_a_ceasefire_at_nightfall_a_decision_passed_and_a_referendum(tmp_path: Path) -> None:
    # our own words: "la firma sabato della tregua" is a truce signed that Saturday; "a ceasefire was reached only
    # at nightfall" after a dated sentence is that day's; "a decision was passed regarding …" at a summit is an accord;
    # a meeting "on whether to deploy" its forces deploys none; "voters approved a new constitution" is a vote
    truce = _published_events(tmp_path, "Confine\nCon la firma sabato della tregua tra i due eserciti, al confine torna la calma.\n", "2031-05-19")
    assert ("AGREE", dt.date(2031, 5, 17), "day", None, "happened") in [(t, d, p, c if isinstance(c, str) else None, s) for t, d, p, c, s in truce]
    night = _published_events(tmp_path, "Border\nFighting broke out on the border on 3 May. A ceasefire was reached only at nightfall.\n", "2031-05-19")
    assert any(t == "AGREE" and d == dt.date(2031, 5, 3) for t, d, *_ in night)
    summit = _published_events(tmp_path, (
        "Summit\nThe leaders met in Sochi on 14 May. At the summit, a decision was passed regarding a joint air force. The "
        "leaders met on whether to deploy their forces to the south.\nOn 17 May voters approved a new constitution in Armenia.\n"),
        "2031-05-19")
    assert any(t == "AGREE" and d == dt.date(2031, 5, 14) for t, d, *_ in summit)
    assert not any(t == "MOBILIZE" for t, *_ in summit)
    assert ("ELECTION", dt.date(2031, 5, 17), "day", "ARM", "happened") in summit


def test_round_367_issued_documents_treaties_named_by_a_city_states_of_unrest_sidebars_and_lists_of_acts(tmp_path: Path) -> None:
    # our own words: a ratification of a protocol to an agreement "issued on" an older day happened on the story's day,
    # in the state whose chamber ratified; a treaty named after a city ("the Tashkent Pact") places no signing there; a
    # country "facing unrest" is unrest on the story's day; a stance held "for long" is no act of the day; the headlines
    # under "More In This Category" are other stories
    ratified = _published_events(tmp_path, (
        "Peacekeeping\nKazakhstan's upper chamber has ratified a protocol amending the bloc's agreement on peacekeeping "
        "issued on 6 October 2007.\n"), "2031-05-02")
    assert ("AGREE", dt.date(2031, 5, 2), "day", "KAZ", "happened") in ratified
    founded = _published_events(tmp_path, (
        "History\nOn 15 May 1992, six states (Belarus, Armenia, Kazakhstan, Tajikistan, Russia and Kyrgyzstan) signed "
        "the treaty, also called the Tashkent Pact.\n"), "2031-05-02")
    assert [(t, d, c if isinstance(c, str) else None) for t, d, _, c, _ in founded if t == "AGREE"] == [("AGREE", dt.date(1992, 5, 15), None)]
    unrest = _published_events(tmp_path, (
        "Mission\nRussia will lead a peacekeeping deployment to Kazakhstan as the country faces widespread unrest over fuel "
        "prices.\nThe Yerevan cabinet has long criticized the alliance.\nMore In This Category\n"
        "China Accuses Navy Ship Of Entering Its Waters\nChina has accused a foreign ship of sailing...\n"), "2031-05-02")
    assert ("PROTEST", dt.date(2031, 5, 2), "day", "KAZ", "happened") in unrest
    assert not any(t == "ACCUSE" for t, *_ in unrest)


def test_round_367_a_gerund_s_object_a_list_of_acts_a_freeze_by_its_noun_and_protests_day_by_day(tmp_path: Path) -> None:
    # our own words: the state a gerund names ("avoided naming Georgia as the culprit") is no subject; "Last
    # year, X cancelled …, refused … and recalled …" dates each act, the drill cancelled where it was to be held; "not only
    # … but also" denies nothing; "a freeze on Armenia's membership" is a sanction; protests on one day and a riot on the
    # next, in one sentence, are two; unrest told in a when-clause after a dated act shares its date
    bloc = _published_events(tmp_path, (
        "Bloc\nThe alliance avoided naming Azerbaijan as the culprit and refused to back Armenia.\n"), "2031-05-02")
    assert not any(t == "REJECT" and c == "AZE" for t, _, _, c, _ in bloc)
    acts = _published_events(tmp_path, (
        "Yerevan\nThe premier announced a freeze on Armenia's CSTO membership last week.\nLast year, the government not only "
        "shunned the bloc's meetings but also cancelled a joint drill in Armenia, refused to nominate a deputy secretary "
        "general and recalled the Armenian envoy to the bloc's Moscow headquarters.\n"), "2031-05")
    year = dt.date(2030, 1, 1)
    assert ("SANCTION", dt.date(2031, 5, 1), "month", "ARM", "happened") in acts
    assert ("SANCTION", year, "year", "ARM", "happened") in acts
    assert ("REJECT", year, "year", "ARM", "happened") in acts
    assert ("APPOINT", year, "year", "ARM", "happened") in acts
    days = _published_events(tmp_path, (
        "Crisis\nOn 4 March, protests turned violent in Almaty and on 5 March the president dismissed the cabinet, as "
        "protestors had stormed the parliament.\n"), "2031-05-02")
    protests = sorted((d, p) for t, d, p, _, _ in days if t == "PROTEST")
    assert (dt.date(2031, 3, 4), "day") in protests and (dt.date(2031, 3, 5), "day") in protests
    when = _published_events(tmp_path, (
        "Crisis\nIn March 2030, the bloc would for the first time send forces abroad, when violent protests shook the "
        "country.\n"), "2031-05-02")
    assert any(t == "PROTEST" and d == dt.date(2030, 3, 1) and p == "month" for t, d, p, _, _ in when)


def test_round_368_a_wire_dateline_run_into_the_story_initials_that_end_a_sentence_and_stances(tmp_path: Path) -> None:
    # our own words: "Moscow (UPI) Jun 25, 2031 In a surprise, X has left …" is filed in Moscow, X acts; "… towards the
    # U.S. After …" ends a sentence at the initials; "in the United States, Uzbekistan offered …" is no list of places; a
    # "pro-US" turn names no actor; a disturbance and a public revolt are unrest
    wire = _published_events(tmp_path, (
        "Pact\nMoscow (UPI) Jun 25, 2031 In a surprise turn Kazakhstan has rejoined the bloc's air defence pact.\n"), "2031-06-25")
    assert ("AGREE", dt.date(2031, 6, 25), "day", "KAZ", "happened") in wire
    turns = _published_events(tmp_path, (
        "Tashkent\nUzbekistan had co-founded the bloc in 1992 and then suspended its participation seven years later, leaning "
        "towards the U.S. After that, its officers studied in the United States.\n"
        "After years of pro-US drift, the Central Asian republic of Uzbekistan rejoined the bloc in 2006.\n"
        "In May 2005 the authorities quelled a disturbance in Andijan, Uzbekistan. A public revolt broke out in Osh, "
        "Kyrgyzstan, in 2010.\n"), "2031-06-25")
    assert ("SANCTION", dt.date(1999, 1, 1), "year", "UZB", "happened") in turns
    attacks = _published_events(tmp_path, (
        "Airfield\nAfter the 11 September 2001 bomb attacks in the United States, Kyrgyzstan opened an airfield to "
        "the allies.\n"), "2031-06-25")
    assert [(d, c) for t, d, _, c, _ in attacks if t == "ASSAULT"] == [(dt.date(2001, 9, 11), "USA")]
    assert ("AGREE", dt.date(2006, 1, 1), "year", "UZB", "happened") in turns
    assert ("PROTEST", dt.date(2005, 5, 1), "month", "UZB", "happened") in turns
    assert ("PROTEST", dt.date(2010, 1, 1), "year", "KGZ", "happened") in turns


def test_round_369_backdrops_a_post_s_categories_instability_and_italian_names_of_far_countries(tmp_path: Path) -> None:
    # our own words: what drills are set against ("sullo sfondo dell'avanzata dei ribelli in X", "against the backdrop
    # of …") places nothing; a blog's date line listing its categories ("Pubblicato il … in A B C") is no place of the
    # story; "amid growing instability in X" is a topic; a country named in Italian far from the bloc ("in Spagna") is a
    # place
    backdrop = _published_events(tmp_path, (
        "Manovre\nSono iniziate esercitazioni congiunte fra le truppe russe e kirghise sullo sfondo dell'avanzata dei "
        "ribelli in Afghanistan.\n"), "2031-08-17")
    assert [c for t, _, _, c, _ in backdrop if t == "COOPERATE"] == [None]
    posted = _published_events(tmp_path, (
        "Esercitazioni in corso\nPubblicato il 3 settembre 2031 alle 09:15 in Afghanistan Difesa Tagikistan\n"
        "Altri 300 soldati sono arrivati nella base militare russa nel Tagikistan. Si uniranno alle manovre comuni, "
        "cominciate il 17 agosto, data l'instabilità in Afghanistan.\n"), "2031-09-03")
    assert [c for t, _, _, c, _ in posted if t == "COOPERATE"] == ["TJK"]
    spain = _published_events(tmp_path, (
        "Colloqui\nIl capo del governo armeno si recherà domani a Siviglia, in Spagna, per un vertice con i leader europei.\n"),
        "2031-10-04")
    assert ("CONSULT", dt.date(2031, 10, 5), "day", "ESP", "planned") in spain


def test_round_371_a_harsh_answer_promised_is_a_threat_made_when_said(tmp_path: Path) -> None:
    # our own words: "X said it would answer firmly, with its ally, to Y's build-up" and "Minsk will react toughly" are
    # threats made on the story's day, whatever the future they promise; "responded firmly" in the past is none
    for text in ("Confine\nIl presidente Lukashenko ha detto che reagirà duramente, con la Russia, al rafforzamento militare "
                 "della Lituania.\n", "Border\nMinsk will react toughly to any new brigade at the border, the president said.\n"):
        said = _published_events(tmp_path, text, "2031-10-29")
        assert [(d, s) for t, d, _, _, s in said if t == "THREATEN"] == [(dt.date(2031, 10, 29), "happened")]
    past = _published_events(tmp_path, "Border\nOn 3 October Minsk responded firmly to the new brigade.\n", "2031-10-29")
    assert not any(t == "THREATEN" for t, *_ in past)


def test_round_372_acts_a_report_names_and_what_is_only_allowed_asked_or_weighed(tmp_path: Path) -> None:
    # our own words: a revolt that almost unseated a named leader was in his state; steps pledged at a meeting are an
    # agreement; a plea turned down is a refusal; understanding voiced by a state's office is support, said in that state
    # even the day after the bloc met elsewhere; humanitarian supplies airlifted are aid
    revolt = _published_events(tmp_path, "Minsk\nThe bloc stayed out of the August 2020 street uprising that almost unseated Alexander Lukashenko.\n", "2031-05-10")
    assert ("PROTEST", dt.date(2020, 8, 1), "month", "BLR", "happened") in revolt
    told = _published_events(tmp_path, (
        "Border\nOn 3 March the security chiefs gathered in Moscow and pledged joint steps to calm the border.\n"
        "On 4 March, China’s foreign ministry expressed understanding for the allies' steps.\n"
        "On 5 March the president ordered the army to airlift humanitarian supplies to Osh.\n"
        "When the prime minister asked for peacekeepers in May 2030, the alliance turned her down.\n"), "2031-03-20")
    assert ("AGREE", dt.date(2031, 3, 3), "day", "RUS", "happened") in told
    assert ("SUPPORT", dt.date(2031, 3, 4), "day", "CHN", "happened") in told
    assert [(t, d) for t, d, *_ in told if t == "AID"] == [("AID", dt.date(2031, 3, 5))]
    assert ("REJECT", dt.date(2030, 5, 1), "month") in [e[:3] for e in told]
    # a request revoked, a bid withdrawn, a deployment a charter allows and one a question weighs did not happen
    unsent = _published_events(tmp_path, (
        "Osh\nIn remarks published on 20 May, the president said the interim cabinet had revoked its plea to send Russian "
        "troops to Osh, and the ministry had withdrawn its bid for airlifts.\nIn December the members amended the charter to permit the deployment of troops in a domestic "
        "crisis.\nAnalysts disagree on whether an early troop deployment in the south in spring 2030 would have saved "
        "lives.\n"), "2031-06-02")
    assert not any(t in ("MOBILIZE", "RETREAT") and s == "happened" for t, _, _, _, s in unsent)


def test_round_372_a_meeting_named_by_its_day_and_a_raid_a_few_days_before_a_story_known_to_its_month(tmp_path: Path) -> None:
    # our own words: "the September 13th CSTO meeting" in a story of September 2031 is of 2031, not of the year of the
    # invasion named before it; "pochi giorni fa è stata l'aviazione uzbeka a bombardare …" is fighting in that month, in
    # the Afghan province it names, whatever country the source's description names ("il canale americano …")
    session = _published_events(tmp_path, (
        "Border\nHe recalled the invasion on May 12, 2030 of the border villages.\nHe called the September 13th CSTO meeting "
        "a useful one.\n"), "2031-09")
    assert ("CONSULT", dt.date(2031, 9, 13), "day") in [e[:3] for e in session]
    raid = _published_events(tmp_path, (
        "Raid\nSecondo il canale americano Star Post, pochi giorni fa è stata l'aviazione uzbeka a bombardare le basi "
        "ribelli nella provincia del Panjshir.\n"), "2031-09")
    assert ("FIGHT", dt.date(2031, 9, 1), "month", "AFG", "happened") in raid


def test_round_373_a_call_supported_a_chair_handed_over_and_an_italian_history_of_joining_and_leaving(tmp_path: Path) -> None:
    # our own words: a joint appeal supported is SUPPORT; a rotating chairmanship handed over is APPOINT; "si uniscono X
    # e Y" joins, "non rinnovano l'adesione" leaves, and a body founded "insieme a X e Y" is in none of them
    told = _published_events(tmp_path, (
        "Chair\nThe president supported the joint appeal of the two parliaments to end the shelling.\n"
        "On 2 December the Kazakh president handed over the rotating chairmanship of the bloc to Minsk.\n"), "2031-12-05")
    assert ("SUPPORT", dt.date(2031, 12, 5), "day") in [e[:3] for e in told]
    assert ("APPOINT", dt.date(2031, 12, 2), "day") in [e[:3] for e in told]
    history = _published_events(tmp_path, (
        "Storia\nNel 2005 si uniscono Mongolia e Serbia. Nel 2008 non rinnovano l'adesione anche i georgiani. Nel 2009 "
        "Armenia e Georgia escono dal patto fondando, insieme a Ucraina e Moldavia, un'alleanza nuova.\n"), "2031-05-10")
    assert ("AGREE", dt.date(2005, 1, 1), "year") in [e[:3] for e in history]
    assert ("SANCTION", dt.date(2008, 1, 1), "year") in [e[:3] for e in history]
    assert ("AGREE", dt.date(2009, 1, 1), "year", None, "happened") in history


def test_round_374_a_long_passive_future_a_passive_target_a_relative_clause_s_date_and_a_stance_backed(tmp_path: Path) -> None:
    # our own words: "will be discussed by … at a session in Astana on Friday", however long, is the coming Friday; "South
    # Ossetia was attacked by …" is an attack in Georgia; "condemned Minsk for its manoeuvres … that sparked a short war …
    # in May 2030" does not date the condemnation; "backed Minsk's position" is support
    told = _published_events(tmp_path, (
        "Border\nThe draft will be discussed by the defence chiefs of all six member states at a session in Astana on Friday.\n"
        "In August 2030 South Ossetia was attacked by rebel artillery.\n"
        "The ministers condemned Minsk for its manoeuvres near the border that sparked a short war with the neighbours in May 2030.\n"
        "On 1 June the ministers backed Minsk's position on the border.\n"), "2031-06-02")
    assert ("CONSULT", dt.date(2031, 6, 6), "day", "KAZ", "planned") in told
    assert [(d, c) for t, d, _, c, _ in told if t in ("FIGHT", "ASSAULT")] == [(dt.date(2030, 8, 1), "GEO")]
    assert not any(t == "ACCUSE" and d == dt.date(2030, 5, 1) for t, d, *_ in told)
    assert ("SUPPORT", dt.date(2031, 6, 1), "day") in [e[:3] for e in told]


def test_round_375_a_past_weekday_before_a_schedule_an_outlet_named_like_a_town_and_a_capital_backed(tmp_path: Path) -> None:
    # our own words: "began Saturday … and are due to end on Wednesday" began on the Saturday before the story;
    # "the news agency Xinhua reported" names an outlet, not the Chinese town; "Minsk supported Yerevan when …" is support
    told = _published_events(tmp_path, (
        "Bloc drills in Armenia\nThe drills began Saturday at the army's main range and are due to end on Wednesday, "
        "the news agency Xinhua reported.\nIn May 2030 Minsk supported Yerevan when the council voted.\n"), "2031-09-18")
    assert ("COOPERATE", dt.date(2031, 9, 13), "day", "ARM", "happened") in told
    assert not any(c == "CHN" for *_, c, _ in told)
    assert ("SUPPORT", dt.date(2030, 5, 1), "month", "BLR", "happened") in told


def test_round_376_an_agent_after_da_parte_di_and_a_decision_or_a_request_to_send_troops_in_italian(tmp_path: Path) -> None:
    # our own words: "un possibile attacco alla Moldavia da parte di Mosca" names an agent, no place of the drills the
    # sentence announces; "ha deciso per questo di inviare" is a decision; "ha chiesto di inviare nuove truppe" a
    # request
    told = _published_events(tmp_path, (
        "Confine\nLa Bielorussia ha annunciato manovre congiunte con la Russia vicino al confine lituano, mentre da Washington "
        "arriva l'allarme per un possibile attacco alla Moldavia da parte di Mosca.\nLa Lituania ha deciso per questo di "
        "inviare altri reparti al confine. Ieri il comando regionale ha chiesto di inviare nuove truppe.\n"), "2031-11-12")
    assert [c for t, _, _, c, _ in told if t == "COOPERATE"] == ["BLR"]
    assert ("AGREE", dt.date(2031, 11, 12), "day") in [e[:3] for e in told]
    assert ("REQUEST", dt.date(2031, 11, 11), "day") in [e[:3] for e in told]


def test_round_377_a_title_s_present_a_dateline_with_an_agency_a_meeting_prepared_and_elections_and_weekdays(tmp_path: Path) -> None:
    # our own words: "President X Receives Minister Y" titles the day's meeting; "DUSHANBE. KHOVAR - …" files the story in
    # Tajikistan; "discussed preparations for the council's session in Minsk on 6 October" plans that session;
    # "the bloc has finally elected its next secretary general"; "consensus has emerged"; "domenica scorsa" in a
    # Sunday story is a week back; "between 1998 and 2001" is dated by its first year
    titled = _published_events(tmp_path, (
        "10 June 2031\nPresident Emomali Rahmon Receives Foreign Minister Sergei Lavrov\nThe minister briefed the host on "
        "the bloc's plans.\n"), "2031-06-10")
    assert ("CONSULT", dt.date(2031, 6, 10), "day", "TJK", "happened") in titled
    filed = _published_events(tmp_path, (
        "Rahmon receives envoy\nDUSHANBE. KHOVAR - During the meeting, they also discussed border security.\n"), "2031")
    assert [(t, c) for t, _, _, c, _ in filed] == [("CONSULT", "TJK")]
    prepared = _published_events(tmp_path, (
        "Talks\nASTANA, 3 March. The ministers discussed preparations for the council's session in Minsk on 6 October.\n"),
        "2031-03-03")
    assert ("CONSULT", dt.date(2031, 10, 6), "day", "BLR", "planned") in prepared
    elected = _published_events(tmp_path, (
        "Post\nYEREVAN, 20 May. The bloc has finally elected its next secretary general. Consensus has emerged among "
        "the members after a year of delay.\n"), "2031-05-20")
    assert {t for t, _, _, _, _ in elected} >= {"APPOINT", "AGREE"}
    sunday = _published_events(tmp_path, "Confine\nRoma, 9 novembre. Gli scontri sono ripresi domenica scorsa vicino al fiume.\n", "2031-11-09")
    assert ("FIGHT", dt.date(2031, 11, 2), "day") in [e[:3] for e in sunday]
    span = _published_events(tmp_path, "History\nROME, 9 November. Fighting broke out in the valley between 1998 and 2001.\n", "2031-11-09")
    assert ("FIGHT", dt.date(1998, 1, 1), "year") in [e[:3] for e in span]


def test_round_378_requests_and_refusals_a_day_s_course_consultations_ahead_and_spans_and_the_past(tmp_path: Path) -> None:
    # our own words: "asked Belarus to help end the riots" and "a letter asking him to send troops" are requests;
    # "Moscow turns down Tajik aid plea" a refusal; "had earlier in the day appealed …" after an undated standfirst is the
    # story's day; "would hold consultations with the other members on Monday" is planned for the next Monday, in the
    # state that holds them, not the one they weigh sending forces to; "restored its CSTO membership", "passed a
    # resolution"; "da martedì 3 fino al 9 marzo" starts on the 3rd; "dove in passato erano scoppiati scontri" takes no
    # date told before it; units "to contain the fighting" name no fight of their own
    asked = _published_events(tmp_path, (
        "Plea\nDushanbe's government has asked Belarus to help end the riots in the eastern town.\n"), "2031-06-14")
    assert ("REQUEST", dt.date(2031, 6, 14), "day") in [e[:3] for e in asked]
    refused = _published_events(tmp_path, (
        "Moscow turns down Tajik aid plea\nHelp offered after the government appeals for support.\nThe premier had earlier in "
        "the day appealed to the allies for help. Russia would hold consultations with the other members of the bloc on Monday "
        "on the possibility of deploying peacekeepers to Tajikistan, an aide said.\n"),
        "2031-06-14")
    assert ("REJECT", dt.date(2031, 6, 14), "day", "RUS", "happened") in refused
    assert ("REQUEST", dt.date(2031, 6, 14), "day") in [e[:3] for e in refused]
    assert ("CONSULT", dt.date(2031, 6, 16), "day", "RUS", "planned") in refused
    on_friday = _published_events(tmp_path, "Plea\nOn Friday the premier urged the allies to dispatch units to contain the fighting in the town.\n", "2031-06-14")
    assert "FIGHT" not in [e[0] for e in on_friday]
    history = _published_events(tmp_path, (
        "Return\nTASHKENT, 2 May. In August 2030 Uzbekistan restored its CSTO membership. In December 2030 the General "
        "Assembly passed a resolution on the bloc's status.\n"), "2031-05-02")
    assert {("AGREE", dt.date(2030, 8, 1)), ("AGREE", dt.date(2030, 12, 1))} <= {e[:2] for e in history}
    italian = _published_events(tmp_path, (
        "Valle\nRoma, 3 marzo. Il governo ha decretato da martedì 3 fino al 9 marzo il coprifuoco nella valle, dove in passato "
        "erano scoppiati scontri tra i clan.\n"), "2031-03-03")
    assert ("COERCE", dt.date(2031, 3, 3), "day") in [e[:3] for e in italian]
    assert "FIGHT" not in [e[0] for e in italian]


def test_round_379_a_bare_absence_a_meeting_by_whose_it_was_a_leaders_dinner_and_a_possible_effect(tmp_path: Path) -> None:
    # our own words: "<Name> did not attend." after the leaders met is a refusal; "followed her meeting on 3 May with the
    # envoy" tells a meeting; "a working dinner of the bloc's leaders on Monday" is one; talks "on the possible impact of the
    # troops' pull-out" weigh a withdrawal, they do not report one
    absent = _published_events(tmp_path, (
        "Summit\nMINSK, 4 May. The leaders met in the capital for talks. Tajikistan's President Emomali Rahmon did not attend.\n"),
        "2031-05-04")
    assert ("REJECT", dt.date(2031, 5, 4), "day", "TJK", "happened") in absent
    met = _published_events(tmp_path, "Envoy\nBAKU, 9 May. Her remarks followed her meeting on 3 May with the Turkish envoy.\n", "2031-05-09")
    assert ("CONSULT", dt.date(2031, 5, 3), "day") in [e[:3] for e in met]
    dinner = _published_events(tmp_path, (
        "Trip\nMOSCOW, 12 May. The president will attend a working dinner of the bloc's leaders in Minsk on Monday.\n"), "2031-05-12")
    assert ("CONSULT", dt.date(2031, 5, 12), "day", "BLR", "planned") in dinner
    weighed = _published_events(tmp_path, (
        "Talks\nASTANA, 12 May. The ministers met for talks, including on the possible impact of the troops' withdrawal from "
        "the region.\n"), "2031-05-12")
    assert "RETREAT" not in [e[0] for e in weighed]


def test_round_380_not_taking_part_a_body_s_decision_adopted_and_an_aftermath(tmp_path: Path) -> None:
    # our own words: "On Tuesday, X announced he will not take part in the session" is a refusal made that Tuesday (the
    # verb of saying before "will" tells the day gone by); "the decision of the
    # bloc's Defence Council adopted on 4 March" an agreement on that day; a title "Aftermath of the protests in X" dates
    # no protest to the story's day
    refused = _published_events(tmp_path, (
        "Session\nYEREVAN, 9 March. On Tuesday, Kyrgyzstan's President Sadyr Japarov announced he will not take part in the "
        "council session due in Minsk.\n"), "2031-03-09")
    assert ("REJECT", dt.date(2031, 3, 4), "day", "KGZ", "happened") in refused
    decided = _published_events(tmp_path, (
        "Mission\nMOSCOW, 9 March. Under the decision of the bloc's Defence Council adopted on 4 March, the observers stay.\n"),
        "2031-03-09")
    assert ("AGREE", dt.date(2031, 3, 4), "day") in [e[:3] for e in decided]
    aftermath = _published_events(tmp_path, "Aftermath of the protests in Bishkek\nThe city hall still shows the fire's marks.\n", "2031-03-09")
    assert "PROTEST" not in [e[0] for e in aftermath]


def test_round_381_talks_addressed_over_the_phone(tmp_path: Path) -> None:
    # our own words: "the two presidents addressed over the phone the border's protection" is a call that day
    called = _published_events(tmp_path, (
        "Call\nDUSHANBE, 6 April. The two presidents addressed over the phone the protection of the southern border, the office "
        "said on Sunday.\n"), "2031-04-06")
    assert ("CONSULT", dt.date(2031, 4, 6), "day") in [e[:3] for e in called]


def test_round_382_a_leader_who_will_not_be_attending(tmp_path: Path) -> None:
    # our own words: "The Turkmen leader will not be attending the forum." is a refusal said that day
    told = _published_events(tmp_path, (
        "Forum\nASHGABAT, 3 June. The Turkmen leader Serdar Berdimuhamedow will not be attending the summit.\n"), "2031-06-03")
    assert "REJECT" in [e[0] for e in told]


def test_round_383_a_weekday_told_by_a_verb_of_saying_and_a_count_from_it(tmp_path: Path) -> None:
    # our own words: "announced on Tuesday that … will start … in two days" counts from the Tuesday gone by; "today,
    # Wednesday," names the day of the statement twice, and "within three days" counts from it
    told = _published_events(tmp_path, (
        "Pull-out\nPresident Sadyr Japarov announced on Tuesday that the alliance will begin to withdraw its battalion from "
        "Kyrgyzstan in two days.\n"), "2031-05-08")
    assert ("RETREAT", dt.date(2031, 5, 8), "day") in [e[:3] for e in told]
    again = _published_events(tmp_path, (
        "Pull-out\nPresident Tokayev announced today, Wednesday, that the withdrawal of the bloc's forces will begin within three days.\n"),
        "2031-05-07")
    assert ("RETREAT", dt.date(2031, 5, 10), "day") in [e[:3] for e in again]


def test_round_383_the_first_days_of_a_year_and_a_country_told_by_its_kind(tmp_path: Path) -> None:
    # our own words: "in the first days of this year" is January; "the Central Asian country" is the country the
    # paragraph named, here by its people's name; a drill near a state's border is not in that state
    strikes = _published_events(tmp_path, "Unrest\nIn the first days of this year, Kyrgyzstan saw rallies and protests.\n", "2031-03-20")
    assert ("PROTEST", dt.date(2031, 1, 1), "month") in [e[:3] for e in strikes]
    leaving = _published_events(tmp_path, (
        "Leaving\nKyrgyz President Sadyr Japarov yesterday said the Russia-led battalion would withdraw from the "
        "mountainous country within three days.\n"), "2031-05-08")
    assert [e[3] for e in leaving if e[0] == "RETREAT"] == ["KGZ"]
    drills = _published_events(tmp_path, "Drills\nTajik and Uzbek troops hold joint drills near the Afghanistan border\n", "2031-04")
    assert all(e[3] != "AFG" for e in drills if e[0] == "COOPERATE")


def test_round_384_dates_owned_by_a_deed_a_past_month_and_a_readiness(tmp_path: Path) -> None:
    # our own words: "last November" in a story known only to its year is the November before; a date after "carried out
    # in" dates the deed the noun before it names, not a refusal further back; a readiness to dispatch a mission sends none
    summit = _published_events(tmp_path, "Plan\nThe bloc's leaders first discussed the plan at a summit in Minsk last November.\n", "2031")
    assert ("CONSULT", dt.date(2030, 11, 1), "month") in [e[:3] for e in summit]
    refused = _published_events(tmp_path, (
        "Refusal\nThe premier refused to condemn the attacks carried out in March 2030 on the frontier posts.\n"), "2031-02-10")
    assert ("REJECT", dt.date(2030, 3, 1), "month") not in [e[:3] for e in refused]
    assert ("ASSAULT", dt.date(2030, 3, 1), "month") in [e[:3] for e in refused]
    ready = _published_events(tmp_path, (
        "Offer\nLavrov told reporters on Wednesday that the bloc stood prepared to send a monitoring mission of officers to the "
        "frontier.\n"), "2031-02")
    assert [e for e in ready if e[0] == "INVESTIGATE"] == []


def test_round_384_a_plea_a_talk_and_a_go_ahead(tmp_path: Path) -> None:
    # our own words: "appealed last week to the CSTO" is a request that week; "Speaking with <title> <name> later on
    # Monday, X said" is a talk that Monday, placed nowhere; "gave the go-ahead for" is an approval
    plea = _published_events(tmp_path, (
        "Plea\nThe Kyrgyz president appealed last week to the CSTO, the post-Soviet alliance, to send troops to the border.\n"),
        "2031-03-12")
    assert ("REQUEST", dt.date(2031, 3, 3), "week") in [e[:3] for e in plea]
    talk = _published_events(tmp_path, (
        "Talk\nSpeaking with Chancellor Olaf Brandt later on Monday, Sadyr Japarov said the border was calm again.\n"), "2031-03-12")
    assert ("CONSULT", dt.date(2031, 3, 10), "day", None) in [e[:4] for e in talk]
    nod = _published_events(tmp_path, "Force\nThe Kazakh president has now given the go-ahead for forming a border brigade.\n", "2031-03-12")
    assert "AGREE" in [e[0] for e in nod]



def test_round_385_a_dateline_a_paired_drill_and_a_habit(tmp_path: Path) -> None:
    # our own words: under a Moscow dateline, what "earlier in May" someone else did is not placed in Moscow's country;
    # "the Russia-Armenia staff drills" are two states' drill, in neither; what a party "also stages" is its habit, no
    # event of the story's day
    plea = _published_events(tmp_path, (
        "Call\nMOSCOW (Agency) - The games began on Friday. Earlier in May, the European Union called on Belarus to show "
        "restraint.\n"), "2031-05-16")
    assert [e[3] for e in plea if e[0] == "REQUEST"] == [None]
    paired = _published_events(tmp_path, "Staff\nThe Russia-Armenia staff drills opened on Tuesday.\n", "2031-05-16")
    assert [e[3] for e in paired if e[0] == "COOPERATE"] == [None]
    habit = _published_events(tmp_path, (
        "Russia-Armenia staff drills begin Friday\nThe drills will be held on four ranges.\nNATO, which also stages exercises "
        "close to Russian frontiers, is watching the games.\n"), "2031-05-16")
    assert [e for e in habit if e[0] == "COOPERATE"] == []


def test_round_385_a_scheduled_month_an_option_left_open_and_a_dummy_it(tmp_path: Path) -> None:
    # our own words: a drill "scheduled for September" in an August story is this September's; "nor was it ruled out",
    # "has not ruled out" leave an option open (no refusal, no act); "it was likely that" names no one, so the act's
    # source is the state named after it, not the last state before
    called_off = _published_events(tmp_path, "Drill\nMoscow has called off a large drill scheduled for September, a report said.\n", "2031-08")
    assert ("COOPERATE", dt.date(2031, 9, 1), "month") in [e[:3] for e in called_off]
    open_ = _published_events(tmp_path, (
        "Options\nNor was it ruled out that the bloc could grow. The general has not ruled out new drills.\n"), "2031-08")
    assert [e for e in open_ if e[0] == "REJECT" or (e[0] == "COOPERATE" and e[4] == "happened")] == []
    dummy = _published_events(tmp_path, (
        "Drill\nIran received the envoys of the bloc on 3 August.\nOn 5 August the ministry conceded it was likely that "
        "Russia had cancelled the autumn drill.\n"), "2031-08-06")
    assert [e[3] for e in dummy if e[0] == "COOPERATE"] == ["RUS"]


def test_round_386_forces_that_left_a_country_and_a_weekday_after_the_day_it_was_said(tmp_path: Path) -> None:
    # our own words: "the battalions have left Kyrgyzstan" is a withdrawal from that country (not units that left a city
    # for another); a weekday still to come in a clause said on an earlier day of the same week counts from that day
    left = _published_events(tmp_path, "Home\nThe Belarusian battalions of the joint force have left Kyrgyzstan, the ministry said on Monday.\n", "2031-03-12")
    assert [e[3] for e in left if e[0] == "RETREAT"] == ["KGZ"]
    onward = _published_events(tmp_path, "Move\nThe Belarusian battalions left Minsk for Kyrgyzstan on Monday.\n", "2031-03-12")
    assert [e for e in onward if e[0] == "RETREAT"] == []
    begin = _published_events(tmp_path, (
        "Pullout\nThe Kyrgyz president said on Tuesday that the allied units would start leaving Bishkek on Thursday.\n"), "2031-03-15")
    assert ("RETREAT", dt.date(2031, 3, 13), "day") in [e[:3] for e in begin]


def test_round_387_a_truce_agreed_and_border_fighting_between_two_named_states(tmp_path: Path) -> None:
    # our own words: a truce one state agreed with another is the two sides' act, in neither of them (nor in the
    # dateline's city); border fighting told in a sentence that names both states is between them, not where the story
    # is filed
    truce = _published_events(tmp_path, (
        "Truce\nDUSHANBE (Agency) - Tajikistan agreed to a truce with its neighbour Kyrgyzstan on Monday, the Tajik "
        "government said.\n"), "2031-03-12")
    assert [e[3] for e in truce if e[0] == "AGREE"] == [None]
    fighting = _published_events(tmp_path, (
        "Border\nBISHKEK (Agency) - Kyrgyzstan and Tajikistan swapped prisoners on Saturday after border clashes earlier this week.\n"),
        "2031-03-15")
    assert [e[3] for e in fighting if e[0] == "FIGHT"] == [None]



def test_round_387_the_blocs_force_deployed_with_no_place_named(tmp_path: Path) -> None:
    # our own words: forces the bloc deployed go somewhere; when the sentence names no place, the country the story is
    # about is where they went, not none
    sent = _published_events(tmp_path, (
        "Kazakhstan\nKazakhstan thanked its allies on Tuesday. Order has returned to the cities of Kazakhstan, officials said.\n"
        "In January, the CSTO deployed its peacekeepers for the first time, when riots shook the capital.\n"), "2031-02-14")
    assert [e[3] for e in sent if e[0] == "MOBILIZE"] == ["KAZ"]


def test_round_389_a_capital_hosting_a_conference(tmp_path: Path) -> None:
    # our own words: "Minsk is hosting a conference on …" is a gathering there, dated by the story when no words date it
    hosting = _published_events(tmp_path, "Forum\nMinsk is hosting a conference on frontier security and drug trafficking.\n", "2031-06-02")
    assert ("CONSULT", dt.date(2031, 6, 2), "day", "BLR") in [e[:4] for e in hosting]


def test_round_390_the_blocs_legal_frame_is_no_ground(tmp_path: Path) -> None:
    # our own words: "within the <bloc> framework" names the bloc's legal frame, not every member's soil, so a state's
    # refusal keeps that state's country
    refused = _published_events(tmp_path, (
        "Policy\nIn 2014 Tajikistan's President Emomali Rahmon declined to sign the protocol on joint air defence within the "
        "CSTO framework.\n"
    ), "2031-06-02")
    assert ("REJECT", dt.date(2014, 1, 1), "year", "TJK") in [e[:4] for e in refused]
    # (the bloc's ground itself still spreads an act over the members: no one country)
    spread = _published_events(tmp_path, "Drills\nIn 2014 exercises were held within the CSTO.\n", "2031-06-02")
    assert all(e[3] is None for e in spread if e[0] == "COOPERATE")


def test_round_391_a_yearly_rotating_chair_is_still_the_chair(tmp_path: Path) -> None:
    # our own words: "the bloc's yearly rotating chairmanship" names the chair, taken over in no member's country (the
    # bloc's own office, as its secretary general's is)
    yearly = _published_events(tmp_path, "Chair\nIn 2033 Armenia is to assume the bloc's yearly rotating chairmanship.\n", "2031-11-20")
    assert ("APPOINT", dt.date(2033, 1, 1), "year", None, "planned") in yearly
