"""Seats of power that news names in place of a government, and the city each stands in.

"The White House", "the Kremlin", "Downing Street" are buildings the gazetteer does not
hold (and must not read as a namesake town); a reader puts each in its city at once. Without
this table such a name falls to the generic rule for buildings (the town the text is about),
which puts the White House in whatever town a live blog about Ukraine keeps returning to.

**Curated by hand** from general knowledge, not from GeoNames or any evaluation data: each
entry is the building's everyday name and the city and ISO country it stands in; the city
is then read from the gazetteer (the most important place of that name in that country).
"""

from __future__ import annotations

# everyday name (lower case, no article): (city, ISO country)
LANDMARKS: dict[str, tuple[str, str]] = {
    "white house": ("Washington", "US"),
    "oval office": ("Washington", "US"),
    "capitol hill": ("Washington", "US"),
    "us capitol": ("Washington", "US"),
    "foggy bottom": ("Washington", "US"),
    "pentagon": ("Washington", "US"),  # across the river, in Arlington
    "kremlin": ("Moscow", "RU"),
    "red square": ("Moscow", "RU"),
    "downing street": ("London", "GB"),
    "whitehall": ("London", "GB"),
    "westminster": ("London", "GB"),
    "elysee palace": ("Paris", "FR"),
    "elysee": ("Paris", "FR"),
    "quai d'orsay": ("Paris", "FR"),
    "bankova": ("Kyiv", "UA"),
    "verkhovna rada": ("Kyiv", "UA"),
    "chancellery": ("Berlin", "DE"),
    "bundestag": ("Berlin", "DE"),
    "reichstag": ("Berlin", "DE"),
    "zhongnanhai": ("Beijing", "CN"),
    "great hall of the people": ("Beijing", "CN"),
    "blue house": ("Seoul", "KR"),
    "knesset": ("Jerusalem", "IL"),
    "berlaymont": ("Brussels", "BE"),
    "palazzo chigi": ("Rome", "IT"),
    "moncloa": ("Madrid", "ES"),
}
