"""`sitroom eval geo` on tiny gold files of our own, in each of the formats it reads."""

import json

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.evaluate.georeaders import read_geo

TEXT = "Drones struck Kharkiv overnight, and a freight train was hit near Pokrovsk."
LGL = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[{TEXT}]]></text><toponyms>
<toponym><start>14</start><end>21</end><phrase>Kharkiv</phrase>
  <gaztag geonameid="706483"><lat>49.98081</lat><lon>36.25272</lon></gaztag></toponym>
<toponym><start>66</start><end>74</end><phrase>Pokrovsk</phrase>
  <gaztag geonameid="704147"><lat>48.282</lat><lon>37.176</lon></gaztag></toponym>
</toponyms></article></articles>
"""
GWN = f"""<?xml version="1.0" ?><articles><article file="0"><text>{TEXT}</text><toponyms>
<toponym><extractedName>Kharkiv</extractedName><type>Literal</type><start>14</start>
  <end>21</end><latitude>49.98</latitude><longitude>36.25</longitude></toponym>
<toponym><extractedName>Pokrovsk</extractedName><type>Metonymic</type><start>66</start>
  <end>74</end><latitude>48.28</latitude><longitude>37.18</longitude></toponym>
</toponyms></article></articles>
"""
CIR = ("entry,date,title,lat,lon,country,province,district,town/city\n"
       "A1,2022-03-01,Shelling,46.4775,30.7326,Ukraine,Odessa oblast,,Odessa\n"
       "A2,2022-03-02,Column,50.45,30.52,Ukraine,Kyiv oblast,,Kiev\n"
       "A3,2022-03-03,Convoy,51.73,36.19,Russia,Kursk oblast,,Kursk\n")
BELLINGCAT = [
    {"id": "1", "location": "Izium, south-east of Kharkiv", "latitude": "49.21",
     "longitude": "37.26"},
    {"id": "2", "location": "Mykolaev", "latitude": "46.975", "longitude": "31.995"},
    {"id": "3", "location": "", "latitude": "50.0", "longitude": "30.0"},
]


def test_fixture_offsets():
    assert TEXT[14:21] == "Kharkiv" and TEXT[66:74] == "Pokrovsk"


def run(*args):
    result = CliRunner().invoke(main, ["eval", "geo", *map(str, args), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_lgl_style_xml_scores_resolution_and_end_to_end(tmp_path):
    (tmp_path / "tiny.xml").write_text(LGL)
    out = run(tmp_path / "tiny.xml")
    assert out["n"] == 2
    assert out["metrics"]["acc161"] == 1.0 and out["metrics"]["median_km"] < 20
    # the largest place once called Pokrovsk is Engels, on the Volga: the baseline's pick
    assert out["baselines"]["population only"]["acc161"] == 0.5
    assert out["metrics"]["e2e_f1"] == 1.0


def test_geowebnews_literal_split_keeps_literal_names(tmp_path):
    (tmp_path / "gwn.xml").write_text(GWN)
    assert [t.name for d in read_geo(tmp_path / "gwn.xml", "literal") for t in d.toponyms
            if t.located] == ["Kharkiv"]
    assert run(tmp_path / "gwn.xml", "--split", "literal")["n"] == 1


def test_cir_monitor_rows_are_town_province_country(tmp_path):
    (tmp_path / "events.csv").write_text(CIR)
    assert [t.name for d in read_geo(tmp_path / "events.csv") for t in d.toponyms][0] == (
        "Odessa, Odessa oblast, Ukraine")
    out = run(tmp_path / "events.csv", "--split", "ukraine")
    assert out["n"] == 2 and out["metrics"]["acc161"] == 1.0
    assert "e2e_f1" not in out["metrics"]  # no running text to recognise places in


def test_bellingcat_place_strings_and_a_typo(tmp_path):
    (tmp_path / "export_events.json").write_text(json.dumps(BELLINGCAT))
    out = run(tmp_path / "export_events.json")
    assert out["n"] == 2 and out["metrics"]["acc161"] == 1.0


def test_limit_counts_documents(tmp_path):
    (tmp_path / "events.csv").write_text(CIR)
    assert run(tmp_path / "events.csv", "--limit", "1")["n"] == 1


def test_wrong_file_is_a_one_line_error(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    result = CliRunner().invoke(main, ["eval", "geo", str(tmp_path / "notes.csv")])
    assert result.exit_code == 1 and "notes.csv" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_gold_entry_itself_counts_however_far_its_point(tmp_path):
    # Ukraine's GeoNames point (49, 32) moved 1,000 km away: read as the country, the name
    # is resolved right by entry, wrong by coordinates alone
    text = "Russia launched drones at Ukraine overnight."
    start = text.index("Ukraine")
    gold = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[{text}]]></text><toponyms>
<toponym><start>{start}</start><end>{start + 7}</end><phrase>Ukraine</phrase>
  <gaztag geonameid="690791"><lat>49.0</lat><lon>46.0</lon></gaztag></toponym>
</toponyms></article></articles>
"""
    (tmp_path / "moved.xml").write_text(gold)
    out = run(tmp_path / "moved.xml")
    assert out["metrics"]["acc161"] == 1.0
    assert out["metrics"]["acc161_coords"] == 0.0


def test_errors_file_lists_each_wrong_gold_toponym_with_its_candidates(tmp_path):
    # gold that puts Pokrovsk on the Volga (Engels): sitroom's Ukrainian reading is a miss
    (tmp_path / "tiny.xml").write_text(LGL.replace("48.282", "51.48").replace("37.176", "46.12"))
    errors = tmp_path / "misses.jsonl"
    out = run(tmp_path / "tiny.xml", "--errors", errors)
    assert out["metrics"]["acc161"] == 0.5
    [miss] = [json.loads(line) for line in errors.read_text().splitlines()]
    assert miss["name"] == "Pokrovsk" and miss["pick"]["country"] == "UA" and miss["km"] > 161
    assert miss["others"] == ["Kharkiv"]
    assert any(c["km"] <= 161 for c in miss["candidates"])  # the right entry was there


def test_errors_file_is_for_the_tasks_that_list_errors(tmp_path):
    result = CliRunner().invoke(main, ["eval", "timex", str(tmp_path), "--errors",
                                       str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2 and "geo" in result.output


def test_common_nouns_marked_as_places_are_no_context(tmp_path):
    text = "Police closed the district near the harbour of Odesa."
    start = text.index("district")
    gwn = (f'<?xml version="1.0" ?><articles><article file="0"><text>{text}</text><toponyms>'
           f'<toponym><extractedName>district</extractedName><type>Literal</type>'
           f'<start>{start}</start><end>{start + 8}</end></toponym>'
           f'<toponym><extractedName>Odesa</extractedName><type>Literal</type>'
           f'<start>{text.index("Odesa")}</start><end>{len(text) - 1}</end>'
           f'<latitude>46.48</latitude><longitude>30.73</longitude></toponym>'
           f'</toponyms></article></articles>')
    (tmp_path / "gwn.xml").write_text(gwn)
    out = run(tmp_path / "gwn.xml")
    assert out["n"] == 1 and out["metrics"]["acc161"] == 1.0
