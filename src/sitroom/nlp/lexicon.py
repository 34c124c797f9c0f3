"""Small closed word lists shared by the recognisers: titles, calendar words and the
prepositions after which a name is a place."""

# Titles that belong to a person's mention ("Mr Starmer", "President Trump"); office
# words such as "minister" are not titles: they become roles.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "dr", "prof", "professor",
    "president", "pres", "gen", "general", "col", "colonel", "capt", "captain", "sgt", "lt",
    "rev", "pope", "king", "queen", "prince", "princess", "sheikh", "senator", "sen", "rep",
    "gov", "governor", "judge", "justice", "chancellor", "premier",
}  # not "St"/"Saint": in news they begin place names far more often than people's
CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}

# Prepositions after which a name is a place even where the text also has it as a surname
# ("officials in Gainesville").
LOCATIVE = {"in", "near", "outside", "across", "at", "from"}


def is_name_word(tok) -> bool:
    """A capitalised alphabetic token: a word that may be part of a proper name."""
    return tok.is_alpha and tok.text[0].isupper()
