from sitroom.model import Document
from sitroom.segment import is_headline, segment


def doc(text, **kw):
    return Document(id="d", text=text, **kw)


def test_headlines_open_posts_and_body_lines_do_not():
    text = (
        "Drone strikes reported across the south\n"
        "Air defences were active over Mykolaiv for three hours, officials said.\n"
        "Nobody was hurt.\n"
        "\n"
        "Talks in Riyadh end without a statement\n"
        "Delegations left after five hours of talks.\n"
    )
    posts = segment(doc(text))
    assert [p.headline for p in posts] == [
        "Drone strikes reported across the south",
        "Talks in Riyadh end without a statement",
    ]
    assert text[posts[0].start:posts[0].end].endswith("Nobody was hurt.")
    assert text[posts[1].start:posts[1].end].startswith("Talks in Riyadh")


def test_title_line_and_source_trailer_belong_to_no_post():
    text = "Live: the war on day 1,100\nShelling continued overnight.\nSource: example wire"
    posts = segment(doc(text, title="Live: the war on day 1,100"))
    assert len(posts) == 1 and posts[0].headline is None
    assert text[posts[0].start:posts[0].end] == "Shelling continued overnight."


def test_consecutive_headlines_stand_alone_as_links():
    text = ("Read more: what the ceasefire plan says\nWho is at the table in Jeddah\n"
            "Ministers meet at noon\nThe talks start at midday local time.")
    posts = segment(doc(text))
    assert [p.headline for p in posts] == [
        "Read more: what the ceasefire plan says", "Who is at the table in Jeddah",
        "Ministers meet at noon"]
    assert [p.end - p.start for p in posts[:2]] == [39, 29]


def test_timestamps_date_their_posts():
    text = ("09:40\nMissiles hit Dnipro\nTwo people were injured.\n\n"
            "2.15pm\nThe mayor said power had been restored.")
    posts = segment(doc(text, published="2025-03-03"))
    assert [(p.headline, p.published) for p in posts] == [
        ("Missiles hit Dnipro", "2025-03-03T09:40"), (None, "2025-03-03T14:15")]


def test_sentences_quotes_bylines_and_bullets_are_not_headlines():
    for line in ["The talks ended late on Monday.", "“We will not give up,” she said",
                 "Our correspondent reports from Kyiv:", "•Ministers will meet today",
                 "Ceasefire", "They said they wanted to go to the"]:
        assert not is_headline(line), line
    assert is_headline('Zelensky: "We are ready to sign"')


def test_text_without_headlines_is_one_post_and_posts_never_overlap():
    text = "First paragraph here.\n\nSecond paragraph here.\n"
    posts = segment(doc(text))
    assert len(posts) == 1 and posts[0].start == 0 and posts[0].end == len(text.rstrip())


def test_seed_has_its_ten_headlines(seed_text):
    posts = segment(doc(seed_text, title=seed_text.split("\n", 1)[0]))
    headlines = [p.headline for p in posts if p.headline]
    assert len(headlines) == 10
    assert "Key meetings today" in headlines
    assert all(len(h) < 120 for h in headlines)
    assert all(a.end <= b.start for a, b in zip(posts, posts[1:]))
