"""Full-text search over posts and quotes: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

from sitroom.model import Analysis


def test_search_finds_words_in_posts_and_quotes(store, drones, talks):
    store.write(drones())
    store.write(talks())
    hits = store.search("lasting peace")
    assert {(h["document_id"], h["kind"]) for h in hits} == {
        ("doc-talks", "document"), ("doc-talks", "quote")}
    quote = next(h for h in hits if h["kind"] == "quote")
    text = store.analysis("doc-talks")["document"]["text"]
    assert text[quote["start"]:quote["end"]] == '"We want a lasting peace,"'
    assert "peace" in quote["snippet"]


def test_search_stems_and_ignores_query_syntax(store, drones):
    store.write(drones())
    assert [h["document_id"] for h in store.search("drone")] == ["doc-drones"]
    assert store.search('odesa" (drones:') != []  # quotes and operators are only words here
    assert store.search("***") == []
    assert store.search("Kharkiv") == []


def test_a_replaced_document_leaves_no_stale_search_rows(store, drones):
    store.write(drones(40))
    # the same report about another town of a five-letter name: every offset still holds
    moved = Analysis.model_validate_json(drones(90).model_dump_json(by_alias=True).replace(
        "Odesa", "Rivne"))
    store.write(moved)
    assert store.search("Odesa") == []
    assert store.search("Rivne")[0]["document_id"] == "doc-drones"
