"""``sitroom bench``: throughput and memory of the full analysis against bare spaCy.

Both run in the same process on the same texts, the models loaded and warmed before any
clock starts; each is run ``--repeat`` times, in alternating order, and the best run counts
(this machine is noisy, so ratios are what to compare, not absolute times). Tokens are
those of spaCy's tokenizer, the same in both. ``stage.*_s`` are the seconds of each stage in
the best full run (``stage.nlp_s`` is the spaCy pipeline with sitroom's components) and
``stage.*_share`` their part of its wall time; ``peak_rss_mb`` is the process's peak,
both models loaded. The default corpus is the PolNeAR dev articles under
``../shared/data`` (or ``$SITROOM_DATA``). ``stage.*_x_spacy`` is how many times faster
than bare spaCy each stage gets through the same texts.

Unless ``--store-events 0``, the store's part follows (:mod:`sitroom.store.bench`): the
first documents written into SQLite and PostgreSQL beside their analysis
(``ingest.storage_share.*``), and p50/p95 of the API's timeline and search on a synthetic
store of ``--store-events`` events (``api.*``).
"""

from __future__ import annotations

import json
import os
import resource
import time
from itertools import islice
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from .model import Document

DEFAULT_CORPUS = Path("polnear") / "data" / "dev" / "text"


def data_dir() -> Path:
    """``$SITROOM_DATA``, else ``shared/data`` beside the checkout (or the working dir)."""
    if os.environ.get("SITROOM_DATA"):
        return Path(os.environ["SITROOM_DATA"])
    for root in (Path(__file__).resolve().parents[2], Path.cwd()):
        if (root.parent / "shared" / "data").is_dir():
            return root.parent / "shared" / "data"
    return Path.cwd().parent / "shared" / "data"


def run_bench(documents: list[Document], repeat: int = 3, console: Console | None = None
              ) -> dict:
    from .nlp.model import load_bare, load_model
    from .pipeline import analyze

    texts = [d.text for d in documents]
    bare = load_bare()
    load_model()  # loaded before any clock starts
    warm = "Russia launched 40 drones at Odesa overnight, Ukraine's air force said."
    list(bare.pipe([warm]))
    list(analyze([Document(id="warm", text=warm, published="2025-03-03")]))

    def run_bare() -> tuple[float, int]:
        t0 = time.perf_counter()
        n = sum(len(doc) for doc in bare.pipe(texts, batch_size=8))
        return time.perf_counter() - t0, n

    def run_full() -> tuple[float, dict[str, float]]:
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        for _ in analyze(documents, timings=timings):
            pass
        return time.perf_counter() - t0, timings

    best_bare = best_full = float("inf")
    tokens = 0
    stages: dict[str, float] = {}
    for k in range(repeat):
        # Alternate which goes first, so that neither always meets a cold or a hot machine.
        for which in (("bare", "full") if k % 2 == 0 else ("full", "bare")):
            if console:
                console.log(f"run {k + 1}/{repeat}: "
                            + ("bare spaCy" if which == "bare" else "sitroom analyze"))
            if which == "bare":
                elapsed, tokens = run_bare()
                best_bare = min(best_bare, elapsed)
            else:
                elapsed, timings = run_full()
                if elapsed < best_full:
                    best_full, stages = elapsed, timings
    metrics = {
        "tokens_per_s": tokens / best_full,
        "spacy_tokens_per_s": tokens / best_bare,
        "ratio_to_spacy": best_bare / best_full,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "analyze_s": best_full,
        "spacy_s": best_bare,
    }
    # Stage timings of the best full run (not averaged over runs), and their share of it.
    for key, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        metrics[key] = seconds
    for key, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        metrics[key.removesuffix("_s") + "_share"] = seconds / best_full
    # How many times faster than bare spaCy each stage gets through the same texts: a
    # layer at 5x or more can never become the bottleneck.
    for key, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        if seconds > 0:
            metrics[key.removesuffix("_s") + "_x_spacy"] = best_bare / seconds
    return {"docs": len(documents), "tokens": tokens, "metrics": metrics}


STORE_DOCS = 40


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--limit", type=click.IntRange(min=1), help="Use only the first N documents.")
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Runs of each pipeline; the best counts.")
@click.option("--store-events", type=click.IntRange(min=0), default=100_000, show_default=True,
              help="Events in the synthetic store whose API latency is measured (0: skip "
                   "the store: ingest cost and API latency).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def bench(paths, limit, repeat, store_events, fmt) -> None:
    """Tokens per second of `analyze` and of bare spaCy on the same texts, and peak memory."""
    from .options import Reporter, documents_from

    if not paths:
        corpus = data_dir() / DEFAULT_CORPUS
        if not corpus.is_dir():
            raise click.ClickException(f"{corpus}: no default corpus; give PATH")
        paths = (str(corpus),)
    reporter = Reporter()
    documents = list(islice(documents_from(paths, None, None, None, reporter), limit))
    if not documents:
        raise click.ClickException("no documents to measure")
    err = Console(stderr=True)
    result = run_bench(documents, repeat=repeat, console=err)
    if store_events:
        from .store.bench import run_store_bench

        # storage cost on the first documents (each is analyzed once more for it)
        store = run_store_bench(documents[:STORE_DOCS], events=store_events, console=err)
        result["metrics"].update(store["metrics"])
    if fmt == "json":
        click.echo(json.dumps(result))
        return
    table = Table(title=f"sitroom bench: {result['docs']} docs, {result['tokens']} tokens")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in result["metrics"].items():
        table.add_row(key, f"{value:,.3f}" if value < 100 else f"{value:,.0f}")
    Console().print(table)
