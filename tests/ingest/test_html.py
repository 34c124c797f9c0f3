"""HTML pages: the article's text with its posts apart, and the page's metadata."""

LIVE_BLOG = """<!DOCTYPE html>
<html><head><title>Ukraine war live: envoys gather in Vienna | Example Herald</title>
<meta property="og:title" content="Ukraine war live: envoys gather in Vienna">
<meta property="og:site_name" content="Example Herald">
<meta property="article:published_time" content="2025-03-04T07:00:00Z">
<link rel="canonical" href="https://herald.example/live/2025/mar/04/ukraine">
</head><body>
<header><nav><ul><li><a href="/">News</a></li><li><a href="/sport">Sport</a></li></ul>
</nav></header>
<main><h1>Ukraine war live: envoys gather in Vienna</h1>
<div id="liveblog-body">
<article id="block-2" class="block">
  <header><p class="block-time"><time datetime="2025-03-04T11:20:00Z">11.20 GMT</time></p>
  <h2 class="block-title">Envoys arrive for OSCE session</h2></header>
  <div class="block-elements">
  <p>Envoys from more than forty states arrived at the Hofburg on Tuesday morning.</p>
  <p>The chair said the session would focus on the safety of nuclear plants.</p></div>
</article>
<article id="block-1" class="block">
  <header><p class="block-time"><time datetime="2025-03-04T09:05:00Z">09.05 GMT</time></p>
  <h2 class="block-title">Overnight strikes on Kryvyi Rih</h2></header>
  <div class="block-elements">
  <p>The city's mayor said two missiles struck an industrial site before dawn.</p>
  <ul><li>Four workers were injured.</li><li>Power was cut to three districts.</li></ul></div>
</article>
</div></main>
<footer><p>All rights reserved.</p></footer></body></html>
"""


def test_a_live_blog_keeps_each_post_headline_and_timestamp_on_its_own_line(tmp_path, read):
    (tmp_path / "live.html").write_text(LIVE_BLOG, encoding="utf-8")
    [doc] = read(tmp_path / "live.html")
    lines = doc.text.split("\n")
    for line in ("11.20 GMT", "Envoys arrive for OSCE session", "09.05 GMT",
                 "Overnight strikes on Kryvyi Rih"):
        assert line in lines
    assert "News" not in lines and "All rights reserved." not in lines  # no page furniture
    assert "- Four workers were injured." in lines
    assert lines.index("Envoys arrive for OSCE session") < lines.index(
        "Overnight strikes on Kryvyi Rih")
    assert "\n\n09.05 GMT\n\nOvernight strikes on Kryvyi Rih\n\nThe city's mayor" in doc.text


def test_page_metadata_fills_title_source_date_and_url(tmp_path, read):
    (tmp_path / "live.htm").write_text(LIVE_BLOG, encoding="utf-8")
    [doc] = read(tmp_path / "live.htm")
    assert doc.title == "Ukraine war live: envoys gather in Vienna"
    assert doc.source == "Example Herald"
    assert doc.published == "2025-03-04"
    assert doc.url == "https://herald.example/live/2025/mar/04/ukraine"
    assert doc.id.startswith("doc-")


def test_repeated_post_containers_all_keep_their_headlines(tmp_path, read):
    posts = "".join(
        f'<div class="post"><h2>{head}</h2><p>{body}</p><p>{more}</p></div>'
        for head, body, more in [
            ("Air defence busy over Kyiv", "Explosions were heard across the capital at night.",
             "The city administration reported falling debris in two districts."),
            ("Ministers to meet in Warsaw", "Defence ministers will meet in Warsaw on Friday.",
             "They are expected to discuss air defence deliveries for the spring."),
            ("Grain ship leaves Chornomorsk", "A bulk carrier left the port on Tuesday evening.",
             "It is the third departure this week, the port authority said."),
        ])
    (tmp_path / "posts.html").write_text(
        f"<html><head><title>Live updates</title></head><body><article>{posts}"
        "</article></body></html>")
    [doc] = read(tmp_path / "posts.html")
    lines = doc.text.split("\n")
    for head in ("Air defence busy over Kyiv", "Ministers to meet in Warsaw",
                 "Grain ship leaves Chornomorsk"):
        assert head in lines


def test_entities_and_inline_markup_become_plain_text(tmp_path, read):
    (tmp_path / "wire.html").write_text(
        "<html><body><article><p>Kyiv &amp; Warsaw signed a <b>new</b> transit deal &ndash; "
        "officials&nbsp;said.</p></article></body></html>")
    [doc] = read(tmp_path / "wire.html")
    assert doc.text == "Kyiv & Warsaw signed a new transit deal – officials said.\n"


def test_xhtml_with_an_xml_declaration_is_read(tmp_path, read):
    (tmp_path / "page.xhtml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><p>Demining teams cleared fields near Izium, the ministry said.</p></body></html>")
    [doc] = read(tmp_path / "page.xhtml")
    assert doc.text == "Demining teams cleared fields near Izium, the ministry said.\n"


def test_malformed_html_is_read_as_far_as_it_goes(tmp_path, read):
    (tmp_path / "broken.html").write_text(
        "<html><body><div><p>Rescuers worked through the night in Dnipro <b>after the strike"
        "<p>Three people were pulled from the rubble</table></span>&&& <<")
    [doc] = read(tmp_path / "broken.html")
    assert "Rescuers worked through the night in Dnipro after the strike" in doc.text
    assert "Three people were pulled from the rubble" in doc.text


def test_html_without_article_text_is_a_one_line_error(tmp_path, read, errors):
    (tmp_path / "script.html").write_text("<html><body><script>var x = 1;</script></body></html>")
    (tmp_path / "garbage.htm").write_text("<<<<>>>> </div></div> &&&")
    out = read(tmp_path / "script.html", tmp_path / "garbage.htm")
    assert errors(out) == [
        f"{tmp_path / 'script.html'}: no article text found in HTML",
        f"{tmp_path / 'garbage.htm'}: no article text found in HTML",
    ]


def test_a_page_date_that_cannot_be_read_is_left_out(tmp_path, read):
    (tmp_path / "undated.html").write_text(
        "<html><head><title>Convoy reaches Sumy</title></head><body><article><h1>Convoy "
        "reaches Sumy</h1><p>An aid convoy of twelve trucks reached Sumy on Friday, the "
        "regional administration said.</p></article></body></html>")
    [doc] = read(tmp_path / "undated.html")
    assert doc.published is None and doc.title == "Convoy reaches Sumy"
