"""The store's bench, small: a synthetic store, its events linked, the API timed."""

from __future__ import annotations

import random
from datetime import date

from sitroom.store.bench import EVENTS_PER_DOC, run_store_bench, synthetic_analysis


def test_synthetic_documents_are_valid_and_their_spans_hold():
    analysis = synthetic_analysis(3, random.Random(1), date(2025, 1, 1))
    text = analysis.document.text
    assert len(analysis.events) == EVENTS_PER_DOC
    for event in analysis.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
    for entity in analysis.entities:
        assert all(text[m.start:m.end] == m.text for m in entity.mentions)
    for claim in analysis.claims:
        assert text[claim.start:claim.end] == claim.text


def test_run_store_bench_reports_latency(tmp_path):
    db = str(tmp_path / "bench.db")
    metrics = run_store_bench(events=100, requests=5, db=db)["metrics"]
    assert metrics["store.events"] == 100
    for key in ("api.timeline_p50_ms", "api.timeline_p95_ms", "api.search_p95_ms"):
        assert 0 < metrics[key] < 5000
    again = run_store_bench(events=100, requests=5, db=db)["metrics"]
    assert "store.fill_docs_per_s" not in again  # the kept store is measured as it is


def test_ingest_cost_times_analysis_and_writing_on_both_databases(postgres_server):
    from sitroom.model import Document
    from sitroom.store.bench import ingest_cost

    docs = [Document(id=f"d{k}", text=f"Russia launched {10 + k} drones at Odesa overnight, "
                     "the air force said.", published="2025-03-03") for k in range(3)]
    metrics = ingest_cost(docs, repeat=1)
    assert metrics["ingest.docs"] == 3
    for name in ("sqlite", "postgresql"):
        assert metrics[f"ingest.storage_share.{name}"] > 0
        assert metrics[f"ingest.docs_per_s.{name}"] < metrics["ingest.analyze_docs_per_s"]
