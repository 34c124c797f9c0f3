import time

import pytest

from sitroom.nlp.gazetteer import get_gazetteer, normalize


def test_names_fold_case_accents_and_hyphens():
    assert normalize("the Zaporizhzhia-Oblast") == normalize("Zaporizhzhia oblast")
    assert normalize("Kyïv") == "kyiv"
    assert normalize("U.S.") == "us"


def test_lookup_prefers_the_place_an_analyst_means():
    gaz = get_gazetteer()
    assert gaz.lookup("Kiev")[0].name == "Kyiv"
    assert gaz.lookup("Pokrovsk")[0].country == "UA"
    assert gaz.lookup("Washington")[0].feature == "P.PPLC"
    assert gaz.lookup("Britain")[0].country == "GB"
    assert gaz.lookup("Kursk region")[0].feature == "A.ADM1"
    assert gaz.admin1_name(gaz.lookup("Sumy")[0]) == "Sumska oblast"


def test_country_codes_from_names():
    gaz = get_gazetteer()
    assert gaz.country_of("UK") == "GB"
    assert gaz.country_of("the United States") == "US"
    assert gaz.country_of("Sumy") is None


def test_cached_index_loads_fast():
    get_gazetteer.cache_clear()
    t0 = time.perf_counter()
    get_gazetteer()
    # ~0.2 s here (columns and a sorted name list, not 243k objects and a dict of 576k
    # names, are unpickled); the build takes ~15 s
    assert time.perf_counter() - t0 < 1.0


def test_the_name_index_reads_like_a_dict():
    from sitroom.nlp.gazetteer import NameIndex

    index = NameIndex({"kyiv": (3, 1), "kharkiv": (2,), "odesa": (5,)})
    assert index["kyiv"] == (3, 1) and index.get("kharkiv") == (2,)
    assert "odesa" in index and "odessa" not in index and index.get("lviv") is None
    assert sorted(index) == ["kharkiv", "kyiv", "odesa"] and len(index) == 3
    with pytest.raises(KeyError):
        index["lviv"]


def test_republics_answer_to_their_bare_names():
    gaz = get_gazetteer()
    [dagestan] = [p for p in gaz.lookup("Dagestan") if p.feature == "A.ADM1"]
    assert (dagestan.name, dagestan.country) == ("Dagestan", "RU")
    assert gaz.admin1_name(gaz.lookup("Makhachkala")[0]) == "Dagestan"
    assert gaz.lookup("North Ossetia")[0].country == "RU"
    assert gaz.lookup("Czech Republic")[0].feature == "A.PCLI"  # countries keep their names
