"""RSS and Atom feeds: one document per entry, its HTML stripped, the channel as source."""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire: Europe</title>
<link>https://wire.example/europe</link>
<item>
  <title>Prisoner exchange agreed after Abu Dhabi talks</title>
  <link>https://wire.example/europe/exchange</link>
  <description>&lt;p&gt;Both sides will release &lt;b&gt;150&lt;/b&gt; prisoners, mediators
  said.&lt;/p&gt;&lt;p&gt;The swap could happen &amp;quot;within days&amp;quot;.&lt;/p&gt;
  &lt;script&gt;track()&lt;/script&gt;</description>
  <pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate>
</item>
<item>
  <title>Power restored in Kharkiv</title>
  <pubDate>sometime on Tuesday</pubDate>
</item>
<item><description></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Herald – World</title>
  <id>urn:example:herald</id><updated>2025-03-05T10:00:00Z</updated>
  <entry>
    <title>Summit date set for Brussels</title>
    <link href="https://herald.example/world/summit"/>
    <id>urn:example:1</id>
    <published>2025-03-05T08:45:00+01:00</published>
    <updated>2025-03-05T09:00:00+01:00</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;EU leaders will meet on 20 March.&lt;/p&gt;&lt;ul&gt;
      &lt;li&gt;Defence spending tops the agenda.&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
</feed>
"""


def test_each_rss_item_is_a_document_with_its_html_stripped(tmp_path, read, errors):
    path = tmp_path / "europe.rss"
    path.write_text(RSS, encoding="utf-8")
    out = read(path)
    first, second = out[0], out[1]
    assert first.title == "Prisoner exchange agreed after Abu Dhabi talks"
    assert first.text == (
        "Prisoner exchange agreed after Abu Dhabi talks\n\n"
        "Both sides will release 150 prisoners, mediators said.\n\n"
        'The swap could happen "within days".\n')
    assert first.source == "Example Wire: Europe"
    assert first.url == "https://wire.example/europe/exchange"
    assert first.published == "2025-03-04T09:30:00+00:00"
    assert "<" not in first.text and "track()" not in first.text
    # a headline-only entry is its headline; a date nobody can read is left out
    assert second.text == "Power restored in Kharkiv\n" and second.published is None
    assert errors(out) == [f"{path}:entry 3: entry has no title or text"]


def test_atom_entries_use_their_full_content_and_own_date(tmp_path, read):
    (tmp_path / "world.atom").write_text(ATOM, encoding="utf-8")
    [doc] = read(tmp_path / "world.atom")
    assert doc.text == ("Summit date set for Brussels\n\nEU leaders will meet on 20 March.\n\n"
                        "Defence spending tops the agenda.\n")
    assert doc.published == "2025-03-05T08:45:00+01:00"
    assert doc.source == "Example Herald – World"
    assert doc.url == "https://herald.example/world/summit"


def test_an_xml_file_that_is_not_a_feed_is_a_one_line_error(tmp_path, read, errors):
    (tmp_path / "data.xml").write_text('<?xml version="1.0"?><casualties><row n="1"/>'
                                       "</casualties>")
    (tmp_path / "broken.rss").write_text("<rss><channel><title>Half a feed")
    out = read(tmp_path / "data.xml", tmp_path / "broken.rss")
    assert len(errors(out)) == 2
    assert errors(out)[0].startswith(f"{tmp_path / 'data.xml'}: ")


def test_a_feed_in_a_legacy_encoding_is_decoded_as_it_declares(tmp_path, read):
    feed = RSS.replace("utf-8", "windows-1251").replace("Abu Dhabi", "Київ")
    (tmp_path / "ua.rss").write_bytes(feed.encode("windows-1251"))
    assert read(tmp_path / "ua.rss")[0].title == "Prisoner exchange agreed after Київ talks"
