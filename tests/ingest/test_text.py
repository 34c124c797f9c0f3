"""Plain-text files: the whole text kept, a headline as title, a closing Source line."""

from sitroom.ingest import ReadError
from sitroom.model import Document

BLOG = (
    "Grain corridor talks stall in Istanbul\n"
    "\n"
    "Negotiators left the talks on Wednesday without agreeing on shipping inspections.\n"
    "A Turkish official said another round could follow next week.\n"
    "\n"
    "Source: Example Wire\n"
)


def test_headline_and_source_line_become_title_and_source(tmp_path, read):
    (tmp_path / "talks.txt").write_text(BLOG, encoding="utf-8")
    [doc] = read(tmp_path / "talks.txt")
    assert doc.title == "Grain corridor talks stall in Istanbul"
    assert doc.source == "Example Wire"
    assert doc.text == BLOG  # title and source line stay: offsets are those of the file
    assert doc.text[doc.text.index("Negotiators"):].startswith("Negotiators left")


def test_the_id_is_stable_for_the_same_text(tmp_path, read):
    (tmp_path / "a.txt").write_text(BLOG)
    (tmp_path / "b.txt").write_text(BLOG)
    first, second = read(tmp_path / "a.txt", tmp_path / "b.txt")
    assert first.id == second.id == Document.make_id(BLOG)


def test_a_sentence_a_quote_or_a_bullet_first_is_not_a_title(tmp_path, read):
    firsts = [
        "Shelling resumed near Kherson on Monday morning.",
        "“We will keep the corridor open,” the minister said",
        "- Two ships left Odesa overnight",
        "10.45am",
    ]
    for i, first in enumerate(firsts):
        (tmp_path / f"{i}.txt").write_text(f"{first}\nMore reporting followed later.\n")
    assert [doc.title for doc in read(*sorted(tmp_path.iterdir()))] == [None] * 4


def test_a_one_line_text_has_no_title(tmp_path, read):
    (tmp_path / "one.txt").write_text("Air raid sirens sounded across Kyiv\n")
    [doc] = read(tmp_path / "one.txt")
    assert doc.title is None and doc.text == "Air raid sirens sounded across Kyiv\n"


def test_a_markdown_heading_is_the_title(tmp_path, read):
    (tmp_path / "brief.md").write_text("# Morning brief: Black Sea\n\nTwo drones were downed.\n")
    [doc] = read(tmp_path / "brief.md")
    assert doc.title == "Morning brief: Black Sea"


def test_source_line_is_case_insensitive_and_must_close_the_text(tmp_path, read):
    (tmp_path / "a.txt").write_text("Body line one.\nSOURCE:  Kyiv Desk  \n")
    (tmp_path / "b.txt").write_text("Source: not the end\nBody goes on here.\n")
    a, b = read(tmp_path / "a.txt", tmp_path / "b.txt")
    assert a.source == "Kyiv Desk" and b.source is None


def test_command_line_values_override_the_file(tmp_path, read):
    (tmp_path / "talks.txt").write_text(BLOG)
    [doc] = read(tmp_path / "talks.txt", title="Istanbul talks", source="Desk",
                 published="2025-03-05")
    assert (doc.title, doc.source, doc.published) == ("Istanbul talks", "Desk", "2025-03-05")
    [doc] = read(tmp_path / "talks.txt", published="Wed, 05 Mar 2025 08:15:00 GMT")
    assert doc.title == "Grain corridor talks stall in Istanbul"  # not given: the file's
    assert doc.published == "2025-03-05T08:15:00+00:00"


def test_windows_and_old_mac_newlines_become_newlines(tmp_path, read):
    (tmp_path / "crlf.txt").write_bytes(b"Port reopens in Mykolaiv\r\nShips moved.\rMore.\r\n")
    [doc] = read(tmp_path / "crlf.txt")
    assert doc.text == "Port reopens in Mykolaiv\nShips moved.\nMore.\n"
    assert doc.title == "Port reopens in Mykolaiv"


def test_an_unknown_extension_named_explicitly_is_read_as_text(tmp_path, read):
    (tmp_path / "notes.log").write_text("Convoy reached Zaporizhzhia at noon.\n")
    (tmp_path / "ignored").mkdir()
    (tmp_path / "ignored" / "notes.log").write_text("Not read from a directory.\n")
    [doc] = read(tmp_path / "notes.log")
    assert doc.text == "Convoy reached Zaporizhzhia at noon.\n"
    assert read(tmp_path / "ignored") == []
    assert not any(isinstance(x, ReadError) for x in read(tmp_path / "notes.log"))


def test_a_url_line_names_the_live_blog_across_updates(tmp_path, read):
    first = BLOG.replace("Source:", "URL: https://example.org/live/grain-talks\nSource:")
    later = first.replace("A Turkish official",
                          "Shipping resumed at noon.\nA Turkish official")
    (tmp_path / "first.txt").write_text(first)
    (tmp_path / "later.txt").write_text(later)
    a, b = read(tmp_path / "first.txt", tmp_path / "later.txt")
    assert a.url == b.url == "https://example.org/live/grain-talks"
    assert a.id == b.id != Document.make_id(first)  # the address, not the text, names it
    assert a.source == "Example Wire"


def test_a_url_inside_the_body_is_no_metadata(tmp_path, read):
    body = "Talks resume\n\nThe ministry said:\nURL: https://example.org/x\nmore lines\nend.\n"
    (tmp_path / "c.txt").write_text(body)
    [doc] = read(tmp_path / "c.txt")
    assert doc.url is None
