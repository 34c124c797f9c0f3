"""The seed live blog: every direct and partial quote goes to the right person, and no
scare quote is reported. (Assertions name people and cues; no sentence of it is copied.)"""


def test_direct_and_partial_quotes_go_to_the_right_people(seed):
    names = {e.id: e.name for e in seed.entities}
    quoted = [(q.kind, names.get(q.speaker)) for q in seed.quotes if q.kind != "indirect"]
    assert len(quoted) == 14
    assert {s for _, s in quoted} == {"Keir Starmer", "Donald Trump", "Sergei Lavrov",
                                      "Antonio Costa"}
    assert [k for k, _ in quoted].count("partial") == 5


def test_no_scare_quote_is_reported(seed):
    texts = [q.text for q in seed.quotes if q.kind != "indirect"]
    for term in ("backstop", "lost", "new partnership"):
        assert term not in texts


def test_participle_cues_go_to_the_clause_subject_not_a_country(seed):
    names = {e.id: e.name for e in seed.entities}
    by_cue = {q.cue: names.get(q.speaker) for q in seed.quotes}
    assert by_cue["stating"] == "Keir Starmer"
    assert by_cue["insisting"] == "Keir Starmer"
    assert by_cue["telling"] == "Donald Trump"
    assert all(names.get(q.speaker) not in ("Odesa", "United Kingdom") for q in seed.quotes)
