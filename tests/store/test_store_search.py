"""Full-text search over posts and quotes: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations


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
    store.write(drones(90).model_copy(update={"document": drones(90).document.model_copy(
        update={"text": drones(90).document.text.replace("Odesa", "Izmail")})}))
    assert store.search("Odesa") == []
    assert store.search("Izmail")[0]["document_id"] == "doc-drones"
