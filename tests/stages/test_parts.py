"""Parts: several parts validated as one and split again give each part its own rows; reports add up; the
driver keeps only the clusters another member names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from pipeline.stages import assemble, parts
from pipeline.stages.events import ClusterFields, cluster_events
from pipeline.stages.processing import BatchKeys
from pipeline.stages.quotes import cluster_quotes, normalise_quote
from pipeline.stages.validate import TooManyInvalidArticles, ValidationReport
from tests.test_validation import _seed_tables


def test_joined_parts_split_back_into_the_same_rows(seed_corpus: Path, tmp_path: Path) -> None:
    tables, _ = _seed_tables(seed_corpus, tmp_path)
    files = tables.articles["source_file"].tolist()
    part_of_file = {f: f"p{i % 2}" for i, f in enumerate(sorted({*files, *tables.rejects["source_file"].tolist()}))}
    part_of_article = dict(zip(tables.articles["article_id"], tables.articles["source_file"].map(part_of_file), strict=True))
    pieces = parts.split(tables, part_of_article, part_of_file)
    assert set(pieces) == {"p0", "p1"}
    again = parts.split(parts.joined(list(pieces.values())), part_of_article, part_of_file)
    for part, piece in pieces.items():
        for name in parts.TABLE_NAMES:
            pd.testing.assert_frame_equal(getattr(again[part], name), getattr(piece, name))
    assert sum(len(p.quotes) for p in pieces.values()) == len(tables.quotes)


def test_reports_of_parts_add_up_and_the_share_of_invalid_articles_is_corpus_wide() -> None:
    one = ValidationReport({"articles": 10, "quotes": 5}, {"quotes": [{"column": "char_start", "check": "span_in_text", "count": 1}]}, 1)
    two = ValidationReport({"articles": 30, "quotes": 7}, {"quotes": [{"column": "char_start", "check": "span_in_text", "count": 2}]}, 1)
    merged = parts.merge_reports([one, two])
    assert merged.rows_checked == {"articles": 40, "quotes": 12}
    assert merged.failures == {"quotes": [{"column": "char_start", "check": "span_in_text", "count": 3}]}
    parts.check_invalid_share(merged, 0.05)  # 2 of 40: one part alone (1 of 10) would have passed the limit too
    with pytest.raises(TooManyInvalidArticles, match="2 of 40"):
        parts.check_invalid_share(merged, 0.04)


def test_the_driver_keeps_only_the_clusters_another_member_names() -> None:
    # repeats of the same words, a near repeat by the same speaker, and quotes alone
    texts = ["we will defend our allies in the region", "we will defend our allies in the region",
             "we will defend our allies in this region", "the talks went well", "sanctions are pointless and harmful"]
    keys = [normalise_quote(t) for t in texts]
    speakers = ["putin", "putin", "putin", "zas", None]
    inputs = parts.ClusterInputs()
    inputs.add(BatchKeys(
        pd.DataFrame({"quote_id": [f"q{i}" for i in range(5)], assemble.QUOTE_KEY: keys, "speaker": speakers}),
        pd.DataFrame({"event_id": ["e1", "e2", "e3"], "article_id": ["a1", "a2", "a3"], "event_type": ["CONSULT"] * 3,
                      "country": ["KAZ"] * 3, "event_date": pd.to_datetime(["2022-01-06", "2022-01-07", "2022-03-01"]),
                      "date_precision": ["day"] * 3, "actors": [["putin"], ["putin"], ["putin"]]}),
    ))
    clusters = inputs.clusters(92.0)
    assert len(clusters.quotes) == 1 and len(clusters.events) == 1  # the member whose cluster another member names
    assert [clusters.quote(f"q{i}", k) for i, k in enumerate(keys)] == cluster_quotes(texts, speakers, 92.0)
    everything = cluster_events([ClusterFields(e, a, "CONSULT", "KAZ", d, "day", ["putin"]) for e, a, d in (
        ("e1", "a1", dt.date(2022, 1, 6)), ("e2", "a2", dt.date(2022, 1, 7)), ("e3", "a3", dt.date(2022, 3, 1)))])
    assert [clusters.event(e) for e in ("e1", "e2", "e3")] == everything
    assert everything[0] == everything[1] != everything[2]


def test_batches_gathered_one_at_a_time_cluster_as_one_corpus_and_a_repeated_id_is_one_record() -> None:
    # the same words in two batches share a cluster; the same quote id twice in one batch (the same bytes twice in
    # one file) is one record; events of two batches in the window join, whatever batch they came in
    def batch(ids: list[str], texts: list[str], events: list[tuple[str, str, str]]) -> BatchKeys:
        return BatchKeys(
            pd.DataFrame({"quote_id": ids, assemble.QUOTE_KEY: [normalise_quote(t) for t in texts], "speaker": ["zas"] * len(ids)}),
            pd.DataFrame({"event_id": [e for e, _, _ in events], "article_id": [a for _, a, _ in events], "event_type": ["CONSULT"] * len(events),
                          "country": ["ARM"] * len(events), "event_date": pd.to_datetime([d for _, _, d in events]),
                          "date_precision": ["day"] * len(events), "actors": [["zas"]] * len(events)}))

    inputs = parts.ClusterInputs()
    inputs.add(batch(["q1", "q1"], ["the bloc stands by its members", "the bloc stands by its members"], [("e1", "a1", "2023-05-02")]))
    inputs.add(batch(["q2"], ["The bloc stands by its members!"], [("e2", "a2", "2023-05-03"), ("e3", "a2", "2023-09-01")]))
    assert inputs.quotes == 2
    clusters = inputs.clusters(92.0)
    key = normalise_quote("the bloc stands by its members")
    assert clusters.quote("q1", key) == clusters.quote("q2", key)
    assert clusters.event("e1") == clusters.event("e2") != clusters.event("e3")


def test_quote_texts_kept_in_buckets_on_disk_cluster_as_texts_held_in_memory(tmp_path: Path) -> None:
    # the clustering pass keeps quote texts out of memory (buckets of speakers, on disk in a run): it gives the clusters
    # and names of one bucket held in memory, on a first build and on a refresh that keeps the parent's names
    from pipeline.io.spill import Buckets
    from pipeline.stages.quotes import joined_quote_clusters

    words = ["the", "bloc", "will", "send", "monitors", "to", "border", "at", "once", "soon", "allies", "must", "talk"]
    speakers_pool = ["zas", "putin", "pashinyan", None, "tokayev"]
    texts, speakers = [], []
    for i in range(400):  # repeats, near repeats (one word changed), short texts, and the same words from two speakers
        base = [words[(i * 7 + j) % len(words)] for j in range(3 + i % 6)]
        if i % 5 == 0:
            base[-1] = words[(i + 3) % len(words)]
        texts.append(" ".join(base))
        speakers.append(speakers_pool[(i // 3) % len(speakers_pool)])
    keys = [normalise_quote(t) for t in texts]
    ids = [f"q{i:03d}" for i in range(len(texts))]
    previous = [f"old{i % 4}" if i % 9 == 0 else None for i in range(len(texts))]

    def gathered(store: parts.Buckets) -> parts.ClusterInputs:
        inputs = parts.ClusterInputs(texts=store)
        for low in range(0, len(texts), 90):  # batches
            inputs.add(BatchKeys(pd.DataFrame({"quote_id": ids[low : low + 90], assemble.QUOTE_KEY: keys[low : low + 90],
                                               "speaker": speakers[low : low + 90]}), pd.DataFrame()))
        return inputs

    for before in ([], previous):
        expected = {ids[i]: name for i, name in joined_quote_clusters(keys, speakers, 80.0, before).items()}
        assert expected  # the data has clusters to name
        parent = parts.Clusters({ids[i]: name for i, name in enumerate(before) if name}, {}) if before else None
        for store in (parts.MemoryBuckets(), Buckets(tmp_path / f"texts-{len(before)}", 4)):
            assert gathered(store).clusters(80.0, parent).quotes == expected


def test_events_kept_in_buckets_on_disk_cluster_as_the_corpus_held_in_memory(tmp_path: Path) -> None:
    # the clustering pass keeps events' fields out of memory (buckets of type and country, on disk in a run) and clusters
    # a bucket at a time: it gives the clusters and names of every event clustered at once, on a first build and on a
    # refresh that keeps the parent's names
    from pipeline.io.spill import Buckets
    from pipeline.stages.events import joined_event_clusters

    types, countries, actors = ["CONSULT", "MOBILIZE", "COOPERATE"], ["ARM", "KAZ", None], [(), ("zas",), ("putin", "zas")]
    records = [
        ClusterFields(f"e{i:03d}", f"a{i % 37}", types[i % 3], countries[(i // 3) % 3],
                      None if i % 11 == 0 else dt.date(2022, 1, 1) + dt.timedelta(days=(i * 5) % 40),
                      "month" if i % 7 == 0 else "day", actors[(i // 2) % 3])
        for i in range(300)
    ]
    frame = pd.DataFrame({"event_id": [r.event_id for r in records], "article_id": [r.article_id for r in records],
                          "event_type": [r.event_type for r in records], "country": [r.country for r in records],
                          "event_date": pd.to_datetime([r.event_date for r in records]),
                          "date_precision": [r.date_precision for r in records], "actors": [list(r.actors) for r in records]})
    previous = [f"old{i % 4}" if i % 9 == 0 else None for i in range(len(records))]
    for before in ([], previous):
        expected = {records[i].event_id: name for i, name in joined_event_clusters(records, previous=before).items()}
        assert expected  # the data has clusters to name
        parent = parts.Clusters({}, {records[i].event_id: name for i, name in enumerate(before) if name}) if before else None
        for store in (parts.MemoryBuckets(), Buckets(tmp_path / f"events-{len(before)}", 4)):
            inputs = parts.ClusterInputs(events=store)
            for low in range(0, len(records), 70):  # batches
                inputs.add(BatchKeys(pd.DataFrame({"quote_id": [], assemble.QUOTE_KEY: [], "speaker": []}), frame[low : low + 70]))
            assert inputs.clusters(92.0, parent).events == expected
