"""TIMEX3 in plain text: ``find(text)`` spots expressions, ``normalize(text, anchor, tense)``
values one.

Pure regex and ``datetime``; no I/O, no model. ``find`` follows TimeML's extents: a
leading determiner and modifier belong to the expression ("the third quarter", "early
December", "the end of 1990"), a preposition does not. Values follow TimeML: ``2025-03-06``,
``2025-W09``, ``2025-03``, ``2025``, ``2025-02-27TMO`` (morning), ``2025-02-27TNI``
(night), ``PT24H``, ``P5W``, ``PXM`` (an unspecified number of months), ``PRESENT_REF``,
``PAST_REF``. Relative expressions need an anchor (the post's or the document's date);
without one their value is None, never a guess from the clock.

``tense`` is "past", "future" or None and decides which way a bare weekday or a day-month
without a year points: "met on Monday" looks back, "will meet on Sunday" forward, and
without tense the nearest such day wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBERS = {
    "a": 1, "an": 1, **{w: i + 1 for i, w in enumerate(ONES)},
    **{w: 20 + 10 * i for i, w in enumerate(TENS)}, "hundred": 100,
    "several": "X", "few": "X", "a few": "X", "many": "X", "some": "X", "a couple of": 2,
    "couple of": 2, "zero": 0, "thousand": 1000, "two thousand": 2000,
}
UNITS = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
         "night": ("", "D"), "week": ("", "W"), "fortnight": ("", "2W"), "month": ("", "M"),
         "quarter": ("", "Q"),
         "year": ("", "Y"), "decade": ("", "DE"), "century": ("", "CE")}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
         "overnight": "NI", "tonight": "NI", "midday": "MI", "noon": "MI"}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
         r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
# spelled numbers: "thirteen", "sixty", "twenty-five", "forty eight"
_WORDNUM = (rf"(?:(?:{'|'.join(TENS)})(?:[-\s](?:{'|'.join(ONES[:9])})\b)?|"
            rf"{'|'.join(sorted(ONES, key=len, reverse=True))})")
_NUM = rf"(?P<num>\d+|an?|two thousand|{_WORDNUM}|hundred|thousand|several|a few|few|" \
       r"many|some|a couple of|couple of)"
_QUAL = r"(?:(?:more than|nearly|almost|about|around|over|just over|some|at least|up to|" \
        r"no more than|less than|roughly)\s+)?"
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|" \
        r"century)s?"

PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in [
    ("iso", r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$"),
    # "3/15/2013": month first as American papers write it, unless the first can't be one
    ("slashed", r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)$"),
    ("day_month_year", rf"^(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}$"),
    ("month_day_year", rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),
    ("day_month", rf"^(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}$"),
    ("month_day", rf"^{_MONTH}\s+{_DAY}$"),
    ("month_year", rf"^{_MONTH}(?:,|\s+of)?\s+{_YEAR}$"),  # "March of 2012" too
    ("year", rf"^(?:in\s+)?(?:the year\s+)?{_YEAR}$"),
    ("month", rf"^(?:in\s+)?{_MONTH}$"),
    ("decade", r"^(?:the\s+)?(?:(?P<dec>(?:19|20)\d)0s|'(?P<short>\d)0s)$"),
    ("deictic", r"^(?P<word>today|tonight|tomorrow|yesterday|now|currently|current|recently|lately|"
                r"then[- ]current|"
                r"last night|"
                r"recent|previously|the past|soon|the future|future|the near future|"
                r"the near term|the short term|as soon as possible|a later date|these days|"
                r"the day before yesterday|the day after tomorrow|nowadays|"
                r"(?:hours|days|weeks|months|years|decades|centuries) ago)$"),
    ("year_quarter", r"^(?:(?P<yrel>this|last|next) year's (?:fiscal )?(?:quarter|period)|the "
                     r"(?:(?:same|corresponding|comparable) )?(?:period|quarter) (?:of )?"
                     r"(?:last year|a year (?:ago|earlier)))$"),
    ("quarter", r"^(?:the\s+)?(?:(?P<qyear>\d{4})\s+|(?P<yrel>this|last|next) year's\s+)?"
                r"(?:fiscal[\s-]+)?(?:(?P<back>year-ago|year-earlier|comparable)\s+)?"
                r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)|"
                r"(?P<rel>latest|current|last|previous|past|year-ago|year-earlier|comparable))?"
                r"[\s-]*(?:fiscal\s+)?(?:quarter|(?<=[a-z\d] )period)(?: of (?P<qyear2>\d{4}|"
                r"(?P<yrel2>this|last|next|the) year))?$"),
    ("season", r"^(?:the\s+)?(?:(?P<rel>this|this past|last|next|early|late|earlier this|"
               r"later this)\s+)?"
               r"(?P<season>spring|summer|fall|autumn|winter)$"),
    ("the_unit", r"^the\s+(?P<unit>year|month|week|weekend|decade)$"),
    ("century", r"^this century$"),
    ("earlier_this", r"^(?P<edge>earlier|later|early|late)\s+(?P<rel>this|next|last)\s+"
                     r"(?P<unit>week|month|year)$"),
    ("earlier_in", r"^(?:earlier|later|early|late)\s+in\s+the\s+(?P<unit>week|month|year)$"),
    ("fiscal", rf"^(?:the\s+)?fiscal\s+(?:year\s+)?{_YEAR}$"),
    # "the 2012 fiscal year", "FY2014": the (fiscal) year named
    ("fiscal", rf"^(?:the\s+)?{_YEAR}\s+(?:fiscal|financial|calendar)\s+year$"),
    ("fiscal", rf"^fy\s?{_YEAR}$"),
    # "Q1 2013", "2013 Q1": a quarter of the year named
    ("q_year", r"^(?:q(?P<q>[1-4])\s+(?P<year>(?:19|20)\d\d)|(?P<year2>(?:19|20)\d\d)\s+"
               r"q(?P<q2>[1-4]))$"),
    ("weekday", r"^(?:(?P<rel>this past|this coming|last|next|this|on|later on|early on|"
                r"late on|earlier on)\s+)?"
                r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                r"(?:\s+(?P<part>morning|afternoon|evening|night))?$"),
    ("part", r"^(?:(?P<rel>this|last|tomorrow|yesterday|early this|late last)\s+)?"
             r"(?:(?:mid|early|late)[\s-])?"
             r"(?P<part>morning|afternoon|evening|night|overnight|tonight)"
             r"(?:\s+(?P<after>yesterday|today|tomorrow))?$"),
    ("relative_unit", r"^(?P<rel>this past|this coming|this|next|last|the past|the last|"
                      r"the coming|the next|the previous|past)\s+"
                      r"(?P<unit>week|fortnight|month|year|weekend|decade|century)$"),
    ("ago", rf"^{_QUAL}{_NUM}\s+{_UNIT}(?: or so)?\s+(?P<dir>ago|earlier|later|from now)$"),
    ("half", rf"^{_QUAL}{_NUM}(?:\s+1/2|\.5|[\s-]+and[\s-]+a[\s-]+half)[\s-]+{_UNIT}$"),
    ("half", rf"^{_QUAL}{_NUM}\s+{_UNIT}\s+and\s+a\s+half$"),
    ("half", rf"^{_QUAL}half\s+(?:an?\s+)?{_UNIT}$"),
    ("quarter_century", r"^an? quarter(?: of a |-)century$"),
    ("half_century", r"^(?:an? |the (?:past|last|next|coming) )?half-century$"),
    ("duration", rf"^(?:the\s+)?(?:(?:past|last|next|coming|first|previous|latest|final|"
                 rf"following)\s+)?"
                 rf"{_QUAL}{_NUM}[\s-]+(?:(?:more|additional|further|trading|business|working)"
                 rf"\s+)?{_UNIT}(?:-long)?$"),
    ("spoken_year", r"^(?:the year )?(?:nineteen (?P<tens>ten|twenty|thirty|forty|fifty|sixty|"
                    r"seventy|eighty|ninety)(?:-(?P<ones>one|two|three|four|five|six|seven|"
                    r"eight|nine))?|(?P<y2k>two thousand))$"),
    ("ordinal_century", r"^(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]century$"),
    ("decade_word", r"^(?:the\s+)?(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|"
                    r"eighties|nineties)$"),
    ("year_back", r"^(?:the\s+)?(?:year-ago|year-earlier)$"),
    ("month_rel", rf"^(?P<rel>last|this|next|each|every)\s+{_MONTH}$"),
    ("year_end", r"^(?:around\s+)?(?:the\s+)?(?:year-end|year end|year's end|end of the year)$"),
    ("fiscal_year", r"^(?:the\s+)?(?:(?P<rel>current|last|latest|next|previous|coming|new|"
                    r"this)\s+(?:(?:fiscal|full|calendar)\s+)?|(?:fiscal|full|calendar)\s+)year$"),
    ("clock", r"^(?:(?P<h>\d{1,2})(?::(?P<min>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm|o'clock)?"
              r"(?:\s+in\s+the\s+(?P<dpart>morning|afternoon|evening))?|"
              r"(?P<word>noon|midday|midnight))(?:\s*(?:gmt|utc|est|edt|et|pst|pdt|cet|cest|bst|"
              r"eet|msk)|\s+local\s+time)?(?:\s+(?:on\s+)?(?P<wd>monday|"
              r"tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)"
              r"(?:\s+(?P<wpart>morning|afternoon|evening|night))?|"
              rf",?\s+{_MONTH}\s+{_DAY})?$"),
    ("month_of_year", rf"^{_MONTH}\s+(?P<rel>last|this|next) year$"),
    ("holiday", r"^(?P<day>christmas(?: day| eve)?|new year's(?: day| eve)|"
                r"easter(?: sunday| monday)?|palm sunday|good friday|(?:holy|maundy) thursday|"
                r"ash wednesday|halloween|valentine's day|"
                r"thanksgiving(?: day)?|election day)$"),
    # "in recent weeks", "in the coming days", "the months ahead": the unsaid time just
    # before or after now (TimeML's PAST_REF and FUTURE_REF), not a span of known length
    ("ref_plural", r"^(?:(?P<rel>coming|the coming) (?:days|weeks|months|quarters|years|"
                   r"decades)|the (?:days|weeks|months|years) (?P<ahead>ahead))$"),
    ("plural_unit", r"^(?:for\s+|in\s+)?(?:recent\s+|many\s+|several\s+|the (?:past|last|next|"
                    r"coming)(?: few)?\s+|coming\s+|the (?=\w+ ahead$|years$|decades$))?"
                    r"(?P<unit>minutes|hours|days|weeks|months|quarters|years|decades|"
                    r"centuries)(?: ahead)?$"),
    # "in past years", "in future quarters": some time before or after now
    ("ref_plural", r"^(?P<rel>past|future) (?:days|weeks|months|quarters|years|decades)$"),
    # "in the early hours": the small hours of the day told of, a time of day (TimeML's
    # TIME, as "this morning"), not a stretch of hours
    ("small_hours", r"^(?:the )?(?:early|small|wee) hours(?: of the morning)?$"),
    # "in the past day": the day up to now, as "the past 24 hours" (not "the last day of")
    ("past_day", r"^(?:the )?past (?:day|night)$"),
    ("while", r"^a while$"),
    ("long", rf"^(?:{_NUM}-)?(?P<unit>hour|day|week|month|year|decade)(?P<many>s)?-long$"),
    ("set_weekday", r"^(?:(?:every|each)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday)|(?P<wds>mondays|tuesdays|wednesdays|thursdays|fridays|"
                    r"saturdays|sundays))"
                    r"(?:\s+(?P<part>morning|afternoon|evening|night)s?)?$"),
    # "Tuesday nights": each Tuesday night
    ("set_weekday", r"^(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
                    r"(?P<part>morning|afternoon|evening|night)s$"),
    ("set_every", rf"^(?:every|each)\s+{_NUM}\s+{_UNIT}$"),
    ("set_every", rf"^(?:once|twice|\w+(?: \w+)? times)\s+(?:an?|per)\s+{_UNIT}$"),
    ("set", r"^(?P<freq>daily|weekly|monthly|annually|yearly|every day|each day|every week|"
            r"every month|every year|nightly|each week|each month|each year|"
            r"hourly|every quarter|each quarter|quarterly)$"),
    # "every morning", "each night": once a day, as "nightly"
    ("set_part", r"^(?:every|each) (?:morning|afternoon|evening|night)$"),
    ("set_fortnight", r"^(?:(?:every|each) fortnight|fortnightly)$"),
]]


# --- finding --------------------------------------------------------------------------
# Month and weekday names are matched with their capital, so "may" and "march" the verbs
# stay out; "May" alone needs a preposition or modifier before it (see ``find``).
_FM = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
       r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Jan|Feb|Aug|Sept|Oct|"
       r"Nov|Dec)")
# alone, a month needs its full name or a dotted abbreviation: "Jan" is a name
_FM_ALONE = (r"(?:January|February|March|April|May|June|July|August|September|October|"
             r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)")
_FW = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_FD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_FY = r"(?:1[89]\d\d|20\d\d)"
# a day read out: "March eighth", "June twenty-first"
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
ORDINALS |= {"twentieth": 20, "thirtieth": 30,
             **{f"twenty-{w}": 20 + n for w, n in list(ORDINALS.items())[:9]},
             "thirty-first": 31}
_FORD = ("(?:" + "|".join(sorted((w.replace("-", "[\\s-]") for w in ORDINALS), key=len,
                                 reverse=True)) + r")\b(?![\s-]+(?:place|time|round|half|"
         r"quarter|term|largest|biggest|most|best|worst|highest|lowest|straight|consecutive)\b)")
_FN = (rf"(?:\d+(?:\.\d+)?|an?|{_WORDNUM}|hundred|several|a\s+few|few|a\s+couple\s+of|"
       r"many)")
_FU = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters|years?|" \
      r"decades?|century|centuries)(?!\s+old\b|-to-)"
_FMOD = (r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+(?:end|beginning|start|middle|rest|remainder|"
         r"turn)\s+of|[Tt]he\s+(?:first|second|last|latter)\s+half\s+of)[\s-]+)?")
_FPART = r"(?:morning|afternoon|evening|night)"
_FREL = r"(?:this\s+past|this\s+coming|this|next|last|the\s+past|the\s+coming|the\s+next|" \
        r"the\s+last|the\s+previous|the\s+following|past|coming|previous)"
_FQUAL = r"(?:more\s+than|nearly|almost|about|around|over|just\s+over|some|at\s+least|up\s+to|" \
         r"no\s+more\s+than|less\s+than|roughly)"

# durations with a half: "two and a half years", "5 1/2 hours", "half an hour"
_FHALF = (rf"(?i:(?:{_FQUAL}\s+)?(?:{_FN}(?:\s+1/2|[\s-]+and[\s-]+a[\s-]+half)[\s-]+{_FU}|"
          rf"{_FN}\s+{_FU}\s+and\s+a\s+half|half\s+(?:an?\s+)?{_FU}|"
          # "a quarter of a century", "a quarter-century": 25 years
          rf"an?\s+quarter(?:\s+of\s+a\s+|-)century|"
          rf"(?:an?\s+|the\s+(?:past|last|next|coming)\s+)?half-century)(?:\s+ago)?)")
# "every two years", "twice a week": how often, a set
_FEVERY = (rf"(?i:(?:every|each)\s+{_FN}\s+{_FU}|(?:once|twice|{_FN}\s+times)\s+(?:an?|per)\s+"
           rf"(?:day|week|month|year|quarter|hour))")


# "a year-long siege", "two-week-long", "the weeks ahead": durations
_FLONG = (r"(?i:(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-)?"
          r"(?:hour|day|week|month|year|decade)s?-long|the\s+(?:days|weeks|months|years)\s+ahead)")


_FSLASHED = r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:19|20)\d\d"
_FOF = rf"\s+of\s+(?:{_FY}|(?i:last|this|next|that)\s+year|(?i:nineteen[\s-]+\w+(?:-\w+)?))"
_FHALF_OF = r"(?i:the\s+(?:first|second|last|latter)\s+half\s+of\s+(?:the|this|last|next)\s+year)"


def _word_bounded(rx: str) -> str:
    return rf"(?<![\w$£€])(?:{rx})(?![\w])"


# Letters without which a pattern cannot match (in lower case), so that it is run only on
# the blocks of text that hold one: most patterns find nothing in most paragraphs.
_N_SLASH = ("/",)
_N_DIGIT = tuple("0123456789")
_N_MONTH = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_N_WEEKDAY = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_N_UNIT = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
           "year", "decade", "centur")
_N_PART = ("morning", "afternoon", "evening", "night")

FIND: list[tuple[frozenset[str], re.Pattern]] = [
    (frozenset(needles), re.compile(_word_bounded(rx))) for needles, rx in [
    (_N_SLASH,
     _FSLASHED),
    # dates with a day: "Saturday, April 25", "Sept. 30, 1989", "12 February 2025"; the
    # week of one
    (_N_MONTH,
     rf"(?:{_FW},?\s+|(?i:the\s+week\s+of\s+))?{_FM}\s+(?:{_FD}|{_FORD})(?:,?\s+{_FY})?"),
    (_N_MONTH,
     rf"(?:{_FW},?\s+)?(?:the\s+)?{_FD}(?:\s+of)?\s+{_FM}(?:,?\s+{_FY})?"),
    (_N_MONTH,
     rf"{_FMOD}{_FM}(?:,|\s+of)?\s+{_FY}"),
    (_N_MONTH,
     rf"{_FMOD}(?:(?i:last|this|next|each|every)\s+)?{_FM_ALONE}(?!\s+of\b|\s*\d)"),
    (("year",),
     r"(?i:the\s+(?:(?:current|last|next|previous|coming|new)\s+)?(?:fiscal|full|calendar)\s+year)"),
    (_N_DIGIT,
     rf"{_FMOD}(?:(?i:the\s+)?(?i:fiscal|calendar)\s+(?:year\s+)?|(?i:the)\s+year\s+)?{_FY}"
     rf"(?![.,]\d|\s*(?:%|percent))"),
    # "the 2012 fiscal year", "FY2014", "Q1 2013", "2013 Q1"
    (_N_DIGIT,
     rf"(?i:the\s+)?{_FY}\s+(?i:fiscal|financial|calendar)\s+year|FY\s?{_FY}|Q[1-4]\s+{_FY}|"
     rf"{_FY}\s+Q[1-4]|Q[1-4]"),  # "sales fell in Q4": the latest fourth quarter
    (_N_DIGIT,
     rf"(?:(?i:the)\s+)?{_FMOD}(?:(?:19|20)?\d0s|'\d0s)"),
    (_N_WEEKDAY,
     rf"(?:(?i:early|late|later|earlier)\s+on\s+|(?i:this\s+past|this\s+coming|last|next|this|"
     rf"early|late)\s+)?{_FW}"
     rf"(?:\s+(?i:{_FPART}))?"),
    # "the third quarter", "this year's third quarter", "the fiscal first quarter"
    (("quarter", "period"),
     # "last year's quarter", "the same period last year": the quarter reported, a year back
     r"(?i:(?:this|last|next)\s+year's\s+(?:fiscal\s+)?(?:quarter|period)"
     r"|the\s+(?:(?:same|corresponding|comparable)\s+)?(?:period|quarter)\s+(?:of\s+)?(?:last\s+year|"
     r"a\s+year\s+(?:ago|earlier))"
     r"|(?:the\s+)?(?:(?:19|20)\d\d\s+|(?:this|last|next)\s+year's\s+)?"
     r"(?:(?:fiscal|latest|current|comparable|same|year-ago|year-earlier|previous|last|next|"
     r"first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+){1,3}(?:fiscal\s+)?quarter"
     r"|the\s+(?:fiscal\s+)?quarter(?!-to-)"
     r"|the\s+(?:latest|year-earlier|year-ago|comparable|same)\s+period"
     r"|the\s+(?:19|20)\d\d\s+(?:quarter|period))"  # "the 1988 period": a quarter of 1988
     rf"(?:\s+of\s+(?:{_FY}|(?i:this|last|next|the)\s+year))?"),
    (("half", "1/2", "century"),
     _FHALF),
    # durations and offsets: "the first nine months", "six weeks ago", "just over five weeks"
    (_N_UNIT,
     rf"(?i:(?:the\s+)?(?:(?:first|past|last|next|coming|previous|latest|following|final)\s+)?"
     rf"(?:{_FQUAL}\s+)?{_FN}\s+(?:(?:more|additional|further|trading|business|working)\s+)?{_FU}"
     # "three days later" counts from an event, not from the post: the span stays a
     # duration; only "a year earlier" (results compared with the year before) is a date
     rf"(?:(?:\s+or\s+so)?\s+(?:ago|from\s+now)|(?:(?<=year)|(?<=years))\s+earlier)?)"),
    (("nineteen", "thousand"),
     r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
     r"December)\s+)?"  # "January nineteen ninety-seven", as read out
     r"(?i:(?:the\s+year\s+)?nineteen[\s-]+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|"
     r"eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
     r"the\s+year\s+two\s+thousand)"),
    (("century", "ties"),
     r"(?i:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[\s-]century|the\s+(?:twenties|thirties|forties|"
     r"fifties|sixties|seventies|eighties|nineties))"),
    (("year", "spring", "summer", "fall", "autumn", "winter"),
     r"(?i:year-(?:ago|earlier)|(?:around\s+)?year(?:'s)?\s+end|"
     r"the\s+(?:current|latest)\s+(?:fiscal\s+)?year|this\s+past\s+(?:spring|summer|fall|"
     r"autumn|winter))"),
    (("near", "short", "soon", "later", "these"),
     r"(?i:the\s+near\s+(?:future|term)|the\s+short\s+term|as\s+soon\s+as\s+possible|"
     r"a\s+later\s+date|these\s+days)"),
    # dates told relative to the last one named: "later that year", "the following day"
    (("that", "following", "next", "previous", "preceding"),
     r"(?i:(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?:day|week|month|year|morning|night)|"
     r"the\s+(?:following|next|previous)\s+(?:day|morning|week|month|year))|"
     rf"(?i:the\s+(?:following|previous|preceding)\s+){_FW}"),
    # "the same day", and "the day before" ending its clause (before an event, "the day
    # before the vote", it is told from the event, not from a date)
    (("same", "before", "after"),
     r"(?i:the\s+same\s+(?:day|week|month|year)|the\s+(?:day|night)\s+(?:before|after)"
     r"(?=\s*(?:[.,;:!?)\"”’]|$)))"),
    (("-year", "-month", "-week", "-day", "-hour", "-minute", "-decade"),
     r"(?i:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
     r"thirty|fifty|hundred)-(?:year|month|week|day|hour|minute|decade))(?!-)"),
    (("-long", "ahead"),
     _FLONG),
    # a bare plural after "for", "within", "in": how long, unsaid ("for years", "within hours")
    # ... and "over the years", "for a while"
    (("minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "while"),
     r"(?:(?<=[Ff]or\s)|(?<=[Ww]ithin\s)|(?<=\b[Ii]n\s))(?:[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|"
     r"[Yy]ears|[Dd]ecades|[Cc]enturies)"
     r"(?!\s+(?:ago|old|later|earlier)\b)|"
     r"(?<=[Oo]ver\s)the\s+(?:years|decades)|(?<=[Ff]or\s)a\s+while"),
    # a bare plural before "later", "after", ...: how long between two events, unsaid
    # ("Hours later, ...", "days after the vote"); see _OWNED_BEFORE for "the days before"
    (("minutes", "hours", "days", "weeks", "months", "years", "decades"),
     r"(?i:minutes|hours|days|weeks|months|years|decades)(?=\s+(?:later|earlier|after|before)"
     r"\b)"),
    (("days", "weeks", "months", "years", "decades", "quarters"),
     r"(?i:(?:recent|the\s+(?:past|last)(?:\s+few)?|the\s+(?:next|coming)\s+few|coming|"
     r"(?<!the\s)past(?=\s+\w+\b(?!\s+of\b))|future)\s+"  # not "moved past days of turmoil"
     r"(?:days|weeks|months|years|decades|quarters))"),
    (("today", "tonight", "tomorrow", "yesterday"),
     rf"(?i:(?:late|early|earlier|later)\s+)?(?i:today|tonight|tomorrow|yesterday)"
     rf"(?:\s+(?i:{_FPART}))?"),
    # "current" before its noun ("the current talks"), not the current account
    (("current", "now", "recent", "future", "overnight", "night", "year-end", "ago", "lately"),
     r"(?:then[\s-]+)?current(?=\s+[a-z])(?!\s+accounts?\b)|"
     r"(?i:now|currently|recently|lately|the\s+future|overnight|last\s+night|year-end|the\s+year-end|"
     r"nowadays|(?:hours|days|weeks|months|years|decades|centuries)\s+ago)"),
    (_N_PART,
     rf"(?i:(?:this|yesterday|tomorrow|early\s+this|late\s+last)\s+{_FPART})"),
    # "killed in the past day", as "in the past 24 hours"
    (("past",),
     r"(?i:the\s+past\s+(?:day|night))(?!\s+of\b)"),
    # "in the early hours", but "the early hours of Sunday" is Sunday (TimeML's extent)
    (("hours",),
     r"(?i:the\s+(?:early|small|wee)\s+hours)(?!\s+of\b)"),
    (_N_PART,
     rf"(?i:(?:(?:mid|early|late)[\s-])?{_FPART}\s+(?:yesterday|today|tomorrow))"),
    (("week", "month", "year", "decade", "century", "spring", "summer", "fall", "autumn", "winter",
      "fortnight"),
     rf"{_FMOD}(?i:(?:(?:earlier|later|early|late)\s+)?{_FREL}\s+"
     rf"(?:week|weekend|fortnight|month|year|decade|century|spring|summer|fall|autumn|winter))"),
    (("week", "century"),
     r"(?i:the\s+(?:week|weekend)|this\s+century)"),
    (("year",),
     r"(?i:the\s+(?:fiscal\s+)?year)(?=\s+end(?:ed|ing)\b)"),  # "the year ended June 30"
    # "a high for the year", "the rest of the year": the year of the telling; not "the year
    # before" (told from another time) nor "the year of the flood" (named by an event)
    (("year",),
     r"(?:(?<=[Ff]or\s)|(?<=\b[Oo]f\s)|(?<=\b[Ii]n\s))the\s+year(?![\w'’-]|\s+(?:(?:before|"
     r"after|ago|earlier|later|when|that|to)\b|in\s+which|of\s+[A-Za-z]|\d))"),
    # "as in the past": the time before now, not "the past three years"
    (("past",),
     r"(?<=[Ii]n\s)the\s+past(?!\s+(?:\w+\s+)?(?:years?|days?|weeks?|months?|decades?|hours?"
     r"|quarters?|centuries|century|half)\b)"),
    (("week", "month", "year", "decade"),
     r"(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:week|month|year|decade)|"
     # not "later in the day": news annotators (TimeML) mostly leave it out
     r"(?:earlier|later|early|late)\s+in\s+the\s+(?:week|month|year))"),
    # a season, whole with the year it is of: "the summer of 2012" ("the fall" needs one)
    (("spring", "summer", "autumn", "winter", "fall"),
     rf"(?i:(?:the\s+)?(?:early\s+|late\s+)?(?:(?:spring|summer|autumn|winter)(?:{_FOF})?|"
     rf"fall{_FOF}))"),
    (("half",),
     _FHALF_OF),
    # wire-service hours: "0900 GMT", "1400 local time" (four digits alone are a year)
    (("gmt", "utc", "local"),
     r"(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)|(?:[01]\d|2[0-3])[0-5]\d\s+local\s+time"),
    (_N_DIGIT + ("noon", "midday", "midnight"),
     rf"(?i:\d{{1,2}}(?::\d\d)?\s+in\s+the\s+(?:morning|afternoon|evening)|\d{{1,2}}\s+o'clock|"
     rf"\d{{1,2}}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{{1,2}}:\d\d|noon|midday|midnight)"
     rf"(?:\s*(?:GMT|UTC|EST|EDT|ET|PST|PDT|CET|CEST|BST|EET|MSK)|\s+local\s+time)?"
     # "11:15 Friday morning": the clock time of that day
     rf"(?:(?:\s+(?:on\s+)?{_FW}|\s+(?i:today|tomorrow|yesterday))(?:\s+(?i:{_FPART}))?|"
     rf",?\s+{_FM}\s+{_FD}(?![\d,]))?"),
    (("year",),
     rf"{_FMOD}{_FM}\s+(?i:last|this|next)\s+year"),
    (("christmas", "year's", "easter", "sunday", "friday", "thursday", "wednesday", "halloween",
      "valentine", "thanksgiving", "election"),
     r"(?:Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|Easter(?:\s+Sunday|\s+Monday)?|"
     r"Palm\s+Sunday|Good\s+Friday|(?:Holy|Maundy)\s+Thursday|Ash\s+Wednesday|Halloween|"
     r"Valentine's\s+Day|"
     r"Thanksgiving(?:\s+Day)?|Election\s+Day)"),
    (("daily", "weekly", "monthly", "nightly", "hourly", "annually", "yearly", "every", "each",
      "fortnightly"),
     r"(?i:daily|weekly|fortnightly|monthly|nightly|hourly|annually|yearly|(?:every|each)\s+(?:day|"
     r"week|fortnight|month|quarter|year|morning|afternoon|evening|night))"),
    (("every", "each"),
     rf"(?i:every|each)\s+{_FM}"),
    (("every", "each", "once", "twice", "times"),
     _FEVERY),
    (_N_WEEKDAY,
     rf"(?:(?i:every|each)\s+{_FW}|{_FW}s)(?:\s+(?i:{_FPART})s?)?"),  # "every Friday", "on Mondays"
    (_N_PART,
     rf"{_FW}\s+(?i:{_FPART})s"),  # "Tuesday nights"
]]
_NEEDLES = frozenset().union(*(needles for needles, _ in FIND))
_NEWLINE = re.compile(r"\n")

_MAY_BEFORE = re.compile(r"(?:\b(?:in|of|since|until|till|by|last|this|next|early|late|mid|"
                         r"before|after|from|to|through|during|each|every|end|and)[\s-]+)$",
                         re.IGNORECASE)


_SENTENCE_START = re.compile(r"(?:^\s*|[.!?]['\"”’]?\s+|\n\s*)['\"“‘`]*$")
_THE_ADJECTIVE = re.compile(r"([Tt]he\s+)\S.*-quarter$")
_AWARD_BEFORE = re.compile(r"(?i)\b(?:person|man|woman|player|athlete|coach|rookie|word|book|"
                           r"album|song|record|car|company|team|teacher|artist)\s+of\s+$")
_RATE = re.compile(r"(?i:an?\s+(?:day|week|month|year|second))")
# a price per night or hour: after a sum only ("$80 a night"; not "was an hour away")
_PRICE_RATE = re.compile(r"(?i:an?\s+(?:night|hour))")
_PRICE_BEFORE = re.compile(r"(?:\d|million|billion|dollars|euros|pounds|cents)\s+$")
_BARE_PLURAL = re.compile(r"(?i:minutes|hours|days|weeks|months|years|decades)")
_OWNED_BEFORE = re.compile(r"(?i:\b(?:the|these|those|its|his|her|their|our|my|your|final|last|"
                           r"first|early|dark|long|same|few|many|several|some|of|\d+)[\s-]+$)")
_YEARLY = re.compile(r"(?i:annually|yearly)")
_FIGURE_BEFORE = re.compile(r"(?i:\d|%|percent|per\s+cent|million|billion|trillion)\s+$")
_A_SECOND = re.compile(r"(?i:an?\s+second)")
# a count or a plural noun before "a week" makes it a rate; "as", "was", "this" are no plurals
# ("as long as a month")
_RATE_BEFORE = re.compile(r"(?:\d|million|billion|times|\b(?!(?:as|was|has|is|his|this|its|"
                          r"us|thus|plus|less|unless|across|perhaps|always|whereas)\s)[a-z]+s)\s+$")


# A unit written with its capital inside an expression ("This Week", "60 Minutes"), and a
# "Today", "Now" or "Daily" straight after a capitalised word ("USA Today", "Post Daily"),
# are names of shows and papers.
_TITLE_WORD = re.compile(r"\s(?:Week|Weekend|Month|Year(?!['’])|Hours|Minutes|Morning|Afternoon|"
                         r"Evening|Night)\b")
_TITLE_DAY = re.compile(r"Today|Tonight|Tomorrow|Yesterday|Now|Daily|Weekly")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_OPENS = re.compile(r"(?:^|\n|[.!?]\s)\s*$")


_WORD = re.compile(r"[A-Za-z]{4,}")


def _show_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the name of a show or paper, not a time; in a headline
    written in title case ("Talks Resume Next Week") the capitals say nothing."""
    expression = text[start:end]
    if not (_TITLE_WORD.search(expression) or _TITLE_DAY.fullmatch(expression)
            and _NAME_BEFORE.search(text[max(0, start - 24):start])):
        return False
    # a line or sentence that opens with the time capitalises it as a heading or kicker
    # does ("Next Week: talks in Geneva", "Last Night drones hit the port"); a show's
    # title there stands in quotes, or is a count ("60 Minutes aired ...")
    opens = expression[:1].isalpha() and _OPENS.search(text[max(0, start - 24):start])
    return not (_title_case(text, start, end) or opens)


# News writes seasons in lower case: a capitalised one inside a name is the name's ("the
# Arab Spring", "the Winter Olympics"); a weekday or feast before one of these words names
# a paper or a pact ("The Sunday Times", "the Good Friday Agreement").
_SEASON_CAPITAL = re.compile(r"(?:Spring|Summer|Autumn|Fall|Winter)$")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:In|Since|By|Until|During|From|Of|And|The|This|"
                             r"Last|Next|Early|Late|Mid|Through|Before|After|Over)\s)"
                             r"[A-Z][\w'’-]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NAME_AFTER_DAY = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|People|Sport|"
                             r"Agreement|Accords?|Prayers)\b")
_DAY_LAST = re.compile(r"(?:day|Eve|Easter)$")
# ... and a day-month before a group names the group ("the March 14 coalition", "the April 6
# Youth Movement"), as TimeML leaves times inside proper names untagged
_DAY_MONTH = re.compile(rf"{_FM}\s+{_FD}|{_FD}\s+{_FM}")
_GROUP_AFTER = re.compile(r"\s+(?i:coalition|alliance|bloc|movement|camp|forces)\b|\s+Youth\b")


def _in_proper_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a word of a proper name, not a time (a title-case
    headline says nothing by its capitals)."""
    expression = text[start:end]
    if _SEASON_CAPITAL.search(expression):
        named = _CAPITAL_BEFORE.search(text[max(0, start - 24):start]) and not \
            _SENTENCE_START.search(text[max(0, start - 24):start]) or \
            _CAPITAL_AFTER.match(text, end)
    elif _DAY_LAST.search(expression):
        named = _NAME_AFTER_DAY.match(text, end)
    elif _DAY_MONTH.fullmatch(expression):
        named = _GROUP_AFTER.match(text, end)
    else:
        return False
    return bool(named) and not _title_case(text, start, end)


# A month before "for" and a name is a march's name ("the annual March for Peace"), unless a
# preposition or modifier says it is the month ("travels to Rome in July for the synod").
_MONTH_ALONE = re.compile(_FM_ALONE)
_FOR_A_NAME = re.compile(r"\s+[Ff]or\s+[A-Z]")
_MONTH_WORD_BEFORE = re.compile(r"(?i:\b(?:in|by|until|till|since|from|during|through|before|"
                                r"after|of|to|early|late|mid|this|next|last|each|every)[\s-]+)$")


def _march_for(text: str, start: int, end: int) -> bool:
    return bool(_MONTH_ALONE.fullmatch(text, start, end) and _FOR_A_NAME.match(text, end)
                and not _MONTH_WORD_BEFORE.search(text[max(0, start - 12):start]))


def in_a_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is no time but part of a name: a show's or paper's title
    ("This Week", "USA Today") or a proper name ("the Arab Spring", "The Sunday Times",
    "the March for Peace")."""
    return _show_title(text, start, end) or _in_proper_name(text, start, end) or \
        _march_for(text, start, end)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether the line holding text[start:end] is written in title case."""
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) % (len(text) + 1)]
    words = _WORD.findall(line)
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def find(text: str) -> list[tuple[int, int]]:
    """Character spans of the temporal expressions in ``text``, longest first where they
    overlap, in text order."""
    found = []
    for start, end in _blocks(text):  # a line at a time: most patterns find nothing in it
        lower = text[start:end].lower()
        present = {n for n in _NEEDLES if n in lower}
        for needles, rx in FIND:
            if needles.isdisjoint(present):
                continue  # a pattern whose words the block lacks
            found.extend(_matches(text, rx, start, end))
    found.sort(key=lambda s: (s[0] - s[1], s[0]))
    taken: list[tuple[int, int]] = []
    for start, end in found:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
    return sorted(taken)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` as (start, end): an expression never runs over a line break,
    which ends a sentence (see :mod:`sitroom.nlp.lines`)."""
    start = 0
    for m in _NEWLINE.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _matches(text: str, rx: re.Pattern, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans ``rx`` finds in text[start:end] that are times (its look-behinds see the
    text before ``start``)."""
    for m in rx.finditer(text, start, end):
        word = m.group().rsplit(None, 1)[-1]
        before = text[max(0, m.start() - 24):m.start()]
        if word == "May" and m.group() == "May" and not _MAY_BEFORE.search(before):
            continue  # "May" the name or the verb
        if m.group() == "Now" and text[m.end():m.end() + 1] == "," and _SENTENCE_START.search(
                before):
            continue  # "Now, he says, ...": a turn in the telling, not the present
        if m.group().lower() == "the year" and _AWARD_BEFORE.search(before):
            continue  # "person of the year": an award, not the year of the telling
        if _A_SECOND.fullmatch(m.group()):
            continue  # "a second group": the ordinal
        if _RATE.fullmatch(m.group()) and _RATE_BEFORE.search(before) or \
                _PRICE_RATE.fullmatch(m.group()) and _PRICE_BEFORE.search(before):
            continue  # "four flights a week", "$500 million a year": a rate, not a time
        if _BARE_PLURAL.fullmatch(m.group()) and _OWNED_BEFORE.search(before):
            continue  # "the days before the vote", "his final years after": a noun phrase
        if _YEARLY.fullmatch(m.group()) and _FIGURE_BEFORE.search(before):
            continue  # "grew 8% annually": a rate of growth, not a time that recurs
        if in_a_name(text, m.start(), m.end()):
            continue  # ABC's "This Week", USA Today, "the Arab Spring", "The Sunday Times"
        if _THE_ADJECTIVE.match(m.group()):
            # "the third-quarter results": the article is the noun's, not the quarter's
            yield m.start() + len(_THE_ADJECTIVE.match(m.group())[1]), m.end()
            continue
        yield m.start(), m.end()


TEMPORAL = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"mon|tues?|wed|thu(?:rs)?|fri|sat|sun|\w+day|\w*days|"
    r"seconds?|minutes?|hours?|nights?|weeks?|weekends?|fortnights?|months?|years?|"
    r"decades?|century|centuries|morning|afternoon|evening|noon|midday|midnight|overnight|"
    r"tonight|now|currently|recently|ago|earlier|later|spring|summer|autumn|fall|winter|"
    r"quarter|season|term|period|era|times?|date|am|pm|a\.m|p\.m|o'clock|gmt|utc|bst|cet|"
    r"christmas|easter|ramadan|eid|new year|anniversary|\d+s|(?:1[89]|20)\d\d)\b"
    r"|\d:\d\d",
    re.IGNORECASE,
)


def is_temporal(text: str) -> bool:
    """Whether a phrase names a time at all: "Between 30 and 40" or an age "78" does not."""
    return bool(TEMPORAL.search(text))


# Without a tense, a date ahead of the anchor must be this much nearer than the one behind
# it to win: news reports more of what happened than of what is to come.
FORWARD_COST = 1.5


# A past-tense day-month this many days ahead of the anchor is still read ahead.
SET_AHEAD = 31
# A future-tense day-month this many days before the anchor is still this year's: the
# words were written a day or two before the post, or the days run on past it ("will be
# held March 19-20" on the 20th), not a year ahead.
SET_BEHIND = 7


def _cost(delta: int) -> float:
    return delta * FORWARD_COST if delta > 0 else -delta


def _year_for(month: int, day: int, anchor: date, tense: str | None) -> int:
    """The year that puts day-month nearest the anchor, in the direction of the tense."""
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        delta = (d - anchor).days
        # a day a few weeks ahead told in the past tense is a deadline set ("extended the
        # offer to Nov. 20"), not the same day nearly a year ago
        if tense == "past" and delta > SET_AHEAD or tense == "future" and delta < -SET_BEHIND:
            continue
        if best is None or _cost(delta) < _cost((best - anchor).days):
            best = d
    return (best or anchor).year


ANAPHOR = re.compile(r"^(?:(?P<edge>earlier|later)\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+|"
                     r"the\s+(?P<step>following|next|previous)\s+)(?P<unit>day|morning|night|"
                     r"week|month|year)$|^the\s+(?P<unit2>day|night)\s+(?P<dir>before|after)$",
                     re.IGNORECASE)


_ANAPHOR_WEEKDAY = re.compile(r"^the (?P<step>following|previous|preceding) (?P<wd>monday|"
                              r"tuesday|wednesday|thursday|friday|saturday|sunday)$")


def relative_to(text: str, last: str | None) -> tuple[str, str | None] | None:
    """(type, value) of an expression told relative to the last date the text named
    ("that same day", "later that year", "the following month"), or None if it is not
    one. ``last`` is that date's TIMEX3 value (None when the text named none)."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if wd := _ANAPHOR_WEEKDAY.match(t):  # "the previous Friday": the one before the day named
        if not last or not _YMD.match(last):
            return "DATE", None
        base, target = date.fromisoformat(last[:10]), WEEKDAYS.index(wd["wd"])
        if wd["step"] == "following":
            return "DATE", (base + timedelta(days=(target - base.weekday()) % 7 or 7)).isoformat()
        return "DATE", (base - timedelta(days=(base.weekday() - target) % 7 or 7)).isoformat()
    m = ANAPHOR.match(t)
    if m is None:
        return None
    unit = m.group("unit") or m.group("unit2")
    step = {"following": 1, "next": 1, "previous": -1, "after": 1, "before": -1}.get(
        m.group("step") or m.group("dir") or "", 0)
    if not last or not re.match(r"\d{4}", last):
        return ("TIME" if unit.lower() in ("morning", "night") else "DATE"), None
    year = int(last[:4])
    if unit == "year":
        return "DATE", str(year + step)
    if unit == "month" and re.match(r"\d{4}-\d\d", last):
        months = year * 12 + int(last[5:7]) - 1 + step
        return "DATE", f"{months // 12}-{months % 12 + 1:02d}"
    if unit in ("day", "morning", "night") and re.match(r"\d{4}-\d\d-\d\d", last):
        day = (date.fromisoformat(last[:10]) + timedelta(days=step)).isoformat()
        part = {"morning": "TMO", "night": "TNI"}.get(unit)
        return ("TIME", day + part) if part else ("DATE", day)
    if unit == "week" and re.match(r"\d{4}-\d\d-\d\d", last):
        y, w, _ = (date.fromisoformat(last[:10]) + timedelta(weeks=step)).isocalendar()
        return "DATE", f"{y}-W{w:02d}"
    return "DATE", None


def _year_for_month(month: int, anchor: date, tense: str | None) -> int:
    """The year that puts a month nearest the anchor, in the direction of the tense."""
    if tense == "past":
        return anchor.year - (month > anchor.month)
    if tense == "future":
        return anchor.year + (month < anchor.month)
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: _cost((y * 12 + month) - (anchor.year * 12 + anchor.month)))


EASTER_OFFSET = {"easter": 0, "easter sunday": 0, "easter monday": 1, "palm sunday": -7,
                 "good friday": -2, "holy thursday": -3, "maundy thursday": -3,
                 "ash wednesday": -46}


def _holiday(name: str, anchor: date | None, tense: str | None) -> str | None:
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
             "valentine's day": (2, 14)}
    if name in fixed:
        month, day = fixed[name]
        if anchor is None:
            return f"XXXX-{month:02d}-{day:02d}"
        return f"{_year_for(month, day, anchor, tense)}-{month:02d}-{day:02d}"
    if anchor is None:
        return None
    if name in EASTER_OFFSET:  # the feasts of Holy Week and Lent, counted from Easter
        from dateutil.easter import easter

        def day_in(year: int) -> date:
            return easter(year) + timedelta(days=EASTER_OFFSET[name])
    elif name.startswith("thanksgiving"):
        def day_in(year: int) -> date:  # the fourth Thursday of November
            first = date(year, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    else:
        return None
    days = [day_in(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        days = [d for d in days if d <= anchor]
    elif tense == "future":
        days = [d for d in days if d >= anchor]
    return min(days, key=lambda d: _cost((d - anchor).days)).isoformat()


def _weekday(wd: int, anchor: date, rel: str | None, tense: str | None) -> date:
    diff = wd - anchor.weekday()
    if rel == "next":
        return anchor + timedelta(days=(diff % 7) or 7)
    if rel == "last":
        return anchor - timedelta(days=(-diff % 7) or 7)
    if rel == "this coming":  # the next such day, today excluded
        return anchor + timedelta(days=(diff % 7) or 7)
    if rel == "this past":
        return anchor - timedelta(days=(-diff % 7) or 7)
    if rel == "this" or (rel and "on" in rel and diff == 0):
        return anchor + timedelta(days=diff)
    if diff == 0:
        return anchor
    if tense in ("future", "present"):
        return anchor + timedelta(days=diff % 7)
    if tense == "past":
        return anchor - timedelta(days=-diff % 7)
    forward, back = diff % 7, -diff % 7  # no tense: the nearer day
    return anchor + timedelta(days=forward) if forward <= back else anchor - timedelta(days=back)


def _num(text: str) -> str:
    text = text.lower()
    if text.isdigit():
        return text
    tens, _, ones = re.sub(r"[-\s]+", " ", text).partition(" ")
    if tens in TENS and ones in ONES[:9]:  # "twenty-five"
        return str(NUMBERS[tens] + NUMBERS[ones])
    value = NUMBERS.get(text, "X")
    return str(value)


def _month_no(name: str) -> int:
    return MONTH_ABBR[name.lower().rstrip(".")[:3]]


def normalize(text: str, anchor: date | None, tense: str | None = None
              ) -> tuple[str, str | None] | None:
    """(TIMEX3 type, value) for an expression, or None if it is not one we can read."""
    t = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))
    t = re.sub(r"^(?:on|in|at(?! least)|by|since|until|from|during|of)\s+", "", t)
    # "two centuries" as the unit patterns spell a plural ("centuries ago" stays)
    t = re.sub(r"(?<=\w )centuries\b", "centurys", t)
    t = re.sub(rf"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )({_FORD})"
               r"(?=$|,)",  # "march eighth": march 8
               lambda m: m[1] + str(ORDINALS[re.sub(r"\s+", "-", m[2])]), t)
    t = _HHMM.sub(r"\1:\2", t)  # "0900 gmt": 09:00 gmt
    t = _Q_ALONE.sub(lambda m: f"the {ORDINAL_QUARTERS[int(m[1]) - 1]} quarter", t)  # "q4"
    if (m := _WEEK_OF.match(t)) and (day := normalize(m["rest"], anchor, tense)) and \
            day[1] and _YMD.fullmatch(day[1]):  # "the week of March 6": that day's week
        y, w, _ = date.fromisoformat(day[1]).isocalendar()
        return "DATE", f"{y}-W{w:02d}"
    if (m := _MONTH_SPOKEN.match(t)) and (year := normalize(m["rest"], None)) and year[1]:
        return "DATE", f"{year[1]}-{_month_no(m['month']):02d}"
    if m := _PART_OF_YEAR.match(t):
        return _part_of_year(m, normalize(m["rest"], anchor, tense))
    if anchor and (m := _WEEKDAY_BEFORE_DATE.match(t)) and not re.search(r"\d{4}", t):
        return _on_weekday(m[1], normalize(t[m.end():], anchor, tense), anchor)
    for form in (t, *_variants(t)):
        for name, rx in PATTERNS:
            m = rx.match(form)
            if m:
                return _checked(_value(name, m, anchor, tense))
    if t.endswith(" ago") and (span := normalize(t[:-4], None)) and span[0] == "DURATION":
        if anchor is not None and (m := _MINUTES.fullmatch(span[1] or "")):
            minutes = int(m[1] or 0) * 60 + int(m[2] or 0)  # "half an hour ago": PT30M back
            return _clock_offset(-minutes, "minute", anchor)
        return _years_ago(span[1], anchor)  # "half a century ago"
    return None


_MINUTES = re.compile(r"PT(?:(\d+)H)?(?:(\d+)M)?")


def _clock_offset(k: int, unit: str, anchor: date) -> tuple[str, str]:
    """ "Three hours ago" is a point, not a stretch (TimeML): the anchor's time moved by
    that much (TIME) when the anchor has a time of day, else the day it falls on (DATE)."""
    delta = timedelta(hours=k) if unit == "hour" else timedelta(minutes=k)
    if isinstance(anchor, datetime):
        return "TIME", (anchor + delta).strftime("%Y-%m-%dT%H:%M")
    # without a time of day, count from midday: "two hours ago" is the anchor's day
    return "DATE", (datetime(anchor.year, anchor.month, anchor.day, 12) + delta).date().isoformat()


def _years_ago(duration: str | None, anchor: date | None) -> tuple[str, str | None]:
    """The year a whole number of years before the anchor ("P50Y" ago), else the past."""
    m = re.fullmatch(r"P(\d+)Y", duration or "")
    if m is None:
        return "DATE", "PAST_REF"
    return "DATE", str(anchor.year - int(m[1])) if anchor else None


_YMD = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_Q_ALONE = re.compile(r"^q([1-4])$")
ORDINAL_QUARTERS = ["first", "second", "third", "fourth"]
_HHMM = re.compile(r"^([01]\d|2[0-3])([0-5]\d)(?=\s*(?:gmt|utc)\b|\s+local time\b)")
# "the first half of 2012" (2012-H1), "the summer of 2012" (2012-SU): a part of the year named
_PART_OF_YEAR = re.compile(r"^(?:the )?(?:(?P<half>first|second|last|latter) half|"
                           r"(?:(?:early|late) )?(?P<season>spring|summer|fall|autumn|winter))"
                           r" of (?P<rest>.+)$")
_WEEK_OF = re.compile(r"^the week of (?P<rest>.+)$")
_MONTH_SPOKEN = re.compile(rf"^{_MONTH} (?P<rest>nineteen .+|two thousand)$")
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}


def _part_of_year(m: re.Match, whole: tuple[str, str | None] | None):
    if whole is None or whole[0] != "DATE" or not whole[1] or not re.fullmatch(r"\d{4}", whole[1]):
        return whole  # "the first half of the 1990s", "the second half of March": the whole
    part = SEASONS[m["season"]] if m["season"] else "H1" if m["half"] == "first" else "H2"
    return "DATE", f"{whole[1]}-{part}"


def _checked(found: tuple[str, str | None] | None) -> tuple[str, str | None] | None:
    """No day that the calendar lacks: "31 February" is a date no one can place."""
    if found and found[1] and (m := _YMD.match(found[1])):
        try:
            date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return found[0], None
    return found


_MODIFIER = re.compile(r"^(?:(?:the )?(?:early|late|mid)|pre|post|earlier|later|"
                       r"the (?:end|beginning|start|middle|rest|remainder|turn) of|"
                       r"the (?:first|second) half of)[\s-]+")
_WEEKDAY_BEFORE_DATE = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|"
                                  r"sunday),?\s+(?=\S*\d|(?:the\s+)?\d|[a-z]+\.? \d)")


def _on_weekday(weekday: str, found, anchor: date):
    """ "Tuesday, March 19" without a year: the year, next to the anchor's, in which that
    day is a Tuesday (the tense may have pointed the bare date a year off)."""
    if not found or not found[1] or not (m := _YMD.fullmatch(found[1])):
        return found
    wd = WEEKDAYS.index(weekday)
    days = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            days.append(date(year, int(m[2]), int(m[3])))
        except ValueError:
            continue
    days = [d for d in days if d.weekday() == wd]
    if not days or any(d.isoformat() == found[1] for d in days):
        return found
    return found[0], min(days, key=lambda d: abs((d - anchor).days)).isoformat()


def _variants(t: str) -> list[str]:
    """Readings of an expression with its modifier stripped: TimeML keeps the value of
    "early December" as December (the modifier is an attribute), and "Saturday, April 25"
    is April 25."""
    out = []
    bare = _MODIFIER.sub("", t)
    if bare != t:
        out.append(re.sub(r"^the\s+(?=\d{4}$)", "", bare))
    if _WEEKDAY_BEFORE_DATE.match(t):
        out.append(_WEEKDAY_BEFORE_DATE.sub("", t))
    return out


def _value(name: str, m: re.Match, anchor: date | None, tense: str | None):  # noqa: C901
    g = m.groupdict()
    if name == "iso":
        return "DATE", f"{g['year']}-{g['month']}-{g['day']}"
    if name == "slashed":
        month, day = int(g["a"]), int(g["b"])
        if month > 12:
            month, day = day, month
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return "DATE", f"{g['year']}-{month:02d}-{day:02d}"
    if name in ("day_month_year", "month_day_year"):
        return "DATE", f"{g['year']}-{_month_no(g['month']):02d}-{int(g['day']):02d}"
    if name in ("day_month", "month_day"):
        month, day = _month_no(g["month"]), int(g["day"])
        if not 1 <= day <= 31:
            return None
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        return "DATE", f"{_year_for(month, day, anchor, tense)}-{month:02d}-{day:02d}"
    if name == "month_year":
        return "DATE", f"{g['year']}-{_month_no(g['month']):02d}"
    if name == "year":
        return "DATE", g["year"]
    if name == "month":
        month = _month_no(g["month"])
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}"
        return "DATE", f"{_year_for_month(month, anchor, tense)}-{month:02d}"
    if name == "decade":
        return "DATE", g["dec"] or f"19{g['short']}"
    if name == "spoken_year":
        if g["y2k"]:
            return "DATE", "2000"
        tens = ["ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety"].index(g["tens"]) + 1
        ones = ["one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine"].index(g["ones"]) + 1 if g["ones"] else 0
        return "DATE", f"19{tens}{ones}" if tens > 1 else f"19{10 + ones}"
    if name == "ordinal_century":
        return "DATE", f"{int(g['n']) - 1:02d}"
    if name == "decade_word":
        tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                "eighties", "nineties"].index(g["dec"]) + 2
        return "DATE", f"19{tens}"
    if name == "year_back":
        return ("DATE", str(anchor.year - 1)) if anchor else ("DATE", None)
    if name == "century":
        return ("DATE", str(anchor.year)[:2]) if anchor else ("DATE", None)
    if name == "month_rel":
        month, rel = _month_no(g["month"]), g["rel"]
        if rel in ("each", "every"):
            return "SET", f"XXXX-{month:02d}"
        if anchor is None:
            return "DATE", None
        year = anchor.year
        if rel == "last":
            # the latest such month but the one just gone, which news calls "last month":
            # "last February" told in March is a year back
            year -= month >= anchor.month - 1
        elif rel == "next":
            year += month <= anchor.month
        return "DATE", f"{year}-{month:02d}"
    if name == "fiscal_year":
        if anchor is None:
            return "DATE", None
        step = {"last": -1, "latest": -1, "previous": -1, "next": 1, "coming": 1}.get(
            g["rel"] or "", 0)
        return "DATE", str(anchor.year + step)
    if name == "year_end":
        if anchor is None:
            return "DATE", None
        if "year-end" in m.group():  # the day the books close: "since year-end"
            return "DATE", f"{anchor.year}-12-31"
        # "by the end of the year" is the year, as "the end of 1990" is 1990 (TimeML
        # puts the end in a modifier)
        return "DATE", str(anchor.year)
    if name == "clock":
        if g["word"]:
            hour, minute = (24, 0) if g["word"] == "midnight" else (12, 0)
        else:
            hour, minute = int(g["h"]), int(g["min"] or 0)
            if not (g["ampm"] or g["min"] or g["dpart"]) or hour > 24 or minute > 59:
                return None
            if (g["ampm"] and g["ampm"][0] == "p" or g["dpart"] in ("afternoon", "evening")
                    or not g["ampm"] and g["wpart"] in ("afternoon", "evening", "night")) \
                    and hour < 12:  # "5 p.m.", "5 in the afternoon", "7:30 Friday evening"
                hour += 12
            elif g["ampm"] and g["ampm"][0] == "a" and hour == 12:
                hour = 0
        day = "XXXX-XX-XX"
        if anchor and g["month"]:  # "5 p.m. EST Nov. 9"
            month, dom = _month_no(g["month"]), int(g["day"])
            day = f"{_year_for(month, dom, anchor, tense)}-{month:02d}-{dom:02d}"
        elif anchor and g["wd"] in WEEKDAYS:
            day = _weekday(WEEKDAYS.index(g["wd"]), anchor, None, tense).isoformat()
        elif anchor:
            shift = {"tomorrow": 1, "yesterday": -1}.get(g["wd"] or "", 0)
            day = (anchor + timedelta(days=shift)).isoformat()
        return "TIME", f"{day}T{hour:02d}:{minute:02d}"
    if name == "month_of_year":
        if anchor is None:
            return "DATE", None
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[g["rel"]]
        return "DATE", f"{year}-{_month_no(g['month']):02d}"
    if name == "holiday":
        return "DATE", _holiday(g["day"], anchor, tense)
    if name == "deictic":
        word = g["word"]
        if word == "last night":
            return ("TIME", f"{(anchor - timedelta(days=1)).isoformat()}TNI") if anchor \
                else ("TIME", None)
        if word in ("now", "currently", "current"):
            return "DATE", "PRESENT_REF"
        if word in ("recently", "lately", "recent", "previously", "the past") or \
                word.startswith("then") or word.endswith(" ago"):
            return "DATE", "PAST_REF"
        if word in ("these days", "nowadays"):
            return "DATE", "PRESENT_REF"
        if word in ("soon", "the future", "future", "the near future", "the near term",
                    "the short term", "as soon as possible", "a later date"):
            return "DATE", "FUTURE_REF"
        shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}[word]
        if anchor is None:
            return ("TIME" if word == "tonight" else "DATE"), None
        d = (anchor + timedelta(days=shift)).isoformat()
        return ("TIME", f"{d}TNI") if word == "tonight" else ("DATE", d)
    if name == "weekday":
        if anchor is None:
            return "DATE", None
        rel = (g["rel"] or "").lower() or None
        d = _weekday(WEEKDAYS.index(g["wd"].lower()), anchor, rel, tense).isoformat()
        if g["part"]:
            return "TIME", f"{d}T{PARTS[g['part'].lower()]}"
        return "DATE", d
    if name == "part":
        if anchor is None:
            return "TIME", None
        rel = (g["rel"] or g["after"] or "").lower()
        shift = {"tomorrow": 1, "yesterday": -1, "late last": -1, "last": -1}.get(rel, 0)
        part = PARTS[g["part"].lower()]
        if g["part"].lower() == "overnight":
            # news "overnight" is the night before the report
            shift = -1 if tense != "future" else 0
        return "TIME", f"{(anchor + timedelta(days=shift)).isoformat()}T{part}"
    if name == "quarter":
        if anchor is None:
            return "DATE", None
        q_now = (anchor.month - 1) // 3 + 1
        if g["ord"]:
            q = int(g["ord"][0]) if g["ord"][0].isdigit() else \
                ["first", "second", "third", "fourth"].index(g["ord"]) + 1
            year = anchor.year - 1 if q > q_now and tense != "future" else anchor.year
            if g["qyear"] or g["qyear2"] and not g["yrel2"]:
                year = int(g["qyear"] or g["qyear2"])
            elif g["yrel"] or g["yrel2"] not in (None, "the"):  # "next year's first quarter"
                year = anchor.year + {"this": 0, "last": -1, "next": 1}[g["yrel"] or g["yrel2"]]
            return "DATE", f"{year - bool(g['back'])}-Q{q}"
        if g["qyear"] and not (g["rel"] or g["back"]):
            return "DATE", g["qyear"]  # "the 1988 quarter": which one, the text says before
        if m.group().endswith("period") and not (g["rel"] or g["back"]):
            return None
        rel = (g["rel"] or g["back"] or "latest").lower()
        if rel == "current":
            return "DATE", f"{anchor.year}-Q{q_now}"
        # news reports the quarter just ended: "the latest quarter", "the quarter"; the
        # "year-ago quarter" is that one a year before
        q, year = (q_now - 1, anchor.year) if q_now > 1 else (4, anchor.year - 1)
        if rel in ("year-ago", "year-earlier", "comparable"):
            year -= 1
        return "DATE", f"{year}-Q{q}"
    if name == "year_quarter":  # the latest quarter, in the year named
        if anchor is None:
            return "DATE", None
        q_now = (anchor.month - 1) // 3 + 1
        q, year = (q_now - 1, anchor.year) if q_now > 1 else (4, anchor.year - 1)
        return "DATE", f"{year + {'this': 0, 'next': 1}.get(g['yrel'] or '', -1)}-Q{q}"
    if name == "season":
        if anchor is None:
            return "DATE", None
        code = SEASONS[g["season"].lower()]
        rel = (g["rel"] or "").lower()
        year = anchor.year + (1 if rel == "next" else -1 if rel == "last" else 0)
        if not rel:
            year += _season_step(code, anchor, tense)
        return "DATE", f"{year}-{code}"
    if name == "the_unit":
        if g["unit"] == "weekend" and tense != "future":
            # news tells of "the weekend" after it: "talks over the weekend" on a Monday
            return _relative_unit("this past", "weekend", anchor)
        return _relative_unit("this", g["unit"].lower(), anchor)
    if name == "earlier_in":  # "earlier in the year": the week, month, year of the telling
        return _relative_unit("this", g["unit"], anchor)
    if name == "earlier_this":
        return _relative_unit(g["rel"].lower(), g["unit"].lower(), anchor)
    if name == "fiscal":
        return "DATE", g["year"]
    if name == "q_year":
        return "DATE", f"{g['year'] or g['year2']}-Q{g['q'] or g['q2']}"
    if name == "relative_unit":
        return _relative_unit(g["rel"].lower(), g["unit"].lower(), anchor)
    if name == "ago":
        n, unit = _num(g["num"]), g["unit"].lower()
        if unit in ("decade", "century") and n.isdigit():
            n, unit = str(int(n) * (10 if unit == "decade" else 100)), "year"
        if unit == "fortnight" and n.isdigit():
            n, unit = str(int(n) * 2), "week"
        if not n.isdigit() and unit in ("hour", "minute") and anchor is not None:
            # "a few hours ago": some hours back, on the anchor's day all the same
            return "DATE", date(anchor.year, anchor.month, anchor.day).isoformat()
        if not n.isdigit() and g["dir"].lower() == "ago":
            return "DATE", "PAST_REF"  # "several years ago", as "years ago"
        if not n.isdigit() and g["dir"].lower() == "from now":
            return "DATE", "FUTURE_REF"  # "many years from now"
        sign = -1 if g["dir"].lower() in ("ago", "earlier") else 1
        if anchor is not None and n.isdigit() and unit in ("hour", "minute"):
            return _clock_offset(int(n) * sign, unit, anchor)
        if anchor is None or not n.isdigit() or unit not in ("day", "week", "month", "year"):
            return "DATE", None
        k = int(n) * sign
        if unit == "day":
            return "DATE", (anchor + timedelta(days=k)).isoformat()
        if unit == "week":
            y, w, _ = (anchor + timedelta(weeks=k)).isocalendar()
            return "DATE", f"{y}-W{w:02d}"
        if unit == "month":
            months = anchor.year * 12 + anchor.month - 1 + k
            return "DATE", f"{months // 12}-{months % 12 + 1:02d}"
        return "DATE", str(anchor.year + k)
    if name == "half":
        return "DURATION", _half(_num(g.get("num") or "zero"), g["unit"].lower())
    if name == "quarter_century":
        return "DURATION", "P25Y"
    if name == "half_century":
        return "DURATION", "P50Y"
    if name == "duration":
        t, u = UNITS[g["unit"].lower()]
        n = _num(g["num"])
        if u in ("DE", "CE") and n.isdigit():  # news annotators write these in years
            return "DURATION", f"P{int(n) * (10 if u == 'DE' else 100)}Y"
        if u == "2W":  # fortnights in weeks
            return "DURATION", f"P{int(n) * 2}W" if n.isdigit() else "PXW"
        return "DURATION", f"P{t}{n}{u}"
    if name == "small_hours":
        return "TIME", f"{anchor.isoformat()}TMO" if anchor else None
    if name == "past_day":
        return "DURATION", "P1D"
    if name == "while":
        return "DURATION", "PXX"  # "for a while": how long, in no unit
    if name == "long":  # "a year-long siege" P1Y, "decades-long" PXDE
        t, u = UNITS[g["unit"]]
        return "DURATION", f"P{t}{'X' if g['many'] else _num(g['num'] or 'one')}{u}"
    if name == "ref_plural":
        return "DATE", "PAST_REF" if g["rel"] in ("past", "recent") else "FUTURE_REF"
    if name == "plural_unit":
        unit = g["unit"].lower()
        t, u = UNITS["century" if unit == "centuries" else unit.rstrip("s")]
        return "DURATION", f"P{t}X{u}"
    if name == "set_weekday":
        n = WEEKDAYS.index((g["wd"] or g["wds"][:-1]).lower()) + 1
        part = PARTS[g["part"].lower()] if g["part"] else ""
        return "SET", f"XXXX-WXX-{n}" + (f"T{part}" if part else "")
    if name == "set_every":
        t, u = UNITS[g["unit"].lower()]
        n = _num(g.get("num") or "one")
        if u == "2W":  # "every two fortnights": every four weeks
            return "SET", f"P{int(n) * 2}W" if n.isdigit() else "PXW"
        return "SET", f"P{t}{n}{u}"
    if name == "set_part":
        return "SET", "P1D"
    if name == "set_fortnight":
        return "SET", "P2W"
    if name == "set":
        freq = g["freq"].lower()
        if "hour" in freq:
            return "SET", "PT1H"
        unit = "D" if "da" in freq or "night" in freq else "W" if "week" in freq else \
            "M" if "month" in freq else "Q" if "quarter" in freq else "Y"
        return "SET", f"P1{unit}"
    return None


# A half of each unit, told in the next smaller one as TimeML writes it ("P2Y6M", "PT5H30M").
_HALF = {"second": ("T", "S", 0.5), "minute": ("T", "M", "30S"), "hour": ("T", "H", "30M"),
         "day": ("T", "H", 12), "night": ("T", "H", 12), "week": ("", "W", 0.5),
         "month": ("", "M", "15D"), "quarter": ("", "M", 1.5), "year": ("", "Y", "6M"),
         "fortnight": ("", "W", 1),
         "decade": ("", "Y", 5), "century": ("", "Y", 50)}
_PER = {"day": 24, "night": 24, "quarter": 3, "decade": 10, "century": 100, "fortnight": 2}


def _half(n: str, unit: str) -> str:
    """The value of "n and a half units" (n "0" for "half a unit")."""
    t, u, half = _HALF[unit]
    if not n.isdigit():
        return f"P{t}X{u}"
    whole = int(n) * _PER.get(unit, 1)
    if isinstance(half, str):  # a whole part, then the half in the smaller unit
        return f"P{t}{whole}{u}{half}" if whole else f"P{t}{half}"
    amount = whole + half
    return f"P{t}{amount:g}{u}"


# The month each season opens in (winter: December, told by the year it opens in).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_step(code: str, anchor: date, tense: str | None) -> int:
    """-1, 0 or 1: which year a bare season of the past or future tense falls in ("has
    been deployed since the summer", told in March: last summer; "will end in the spring",
    told in November: next spring)."""
    start = SEASON_START[code]
    if tense == "past":
        return -1 if start > anchor.month else 0
    if tense == "future":
        return 1 if start + 2 < anchor.month else 0
    return 0


def _relative_unit(rel: str, unit: str, anchor: date | None):
    if anchor is None:
        return "DATE", None
    if unit == "century":  # "the last century" is the one before, "the past century" 100 years
        if rel in ("the past", "past"):
            return "DURATION", "P100Y"
        step = {"next": 1, "the next": 1, "the coming": 1, "this": 0}.get(rel, -1)
        return "DATE", f"{anchor.year // 100 + step:02d}"
    if unit == "fortnight":  # "the past fortnight": two weeks, of no week the calendar names
        return "DURATION", "P2W"
    if rel in ("the past", "the last", "past") and unit != "weekend":
        return "DURATION", "P10Y" if unit == "decade" else f"P1{UNITS[unit][1]}"
    step = {"this": 0, "next": 1, "the coming": 1, "the next": 1, "last": -1,
            "the previous": -1}.get(rel, 0)
    if unit == "weekend" and rel in ("this past", "the past", "past"):
        step = 0 if anchor.weekday() >= 5 else -1  # the weekend just gone
    if unit in ("week", "weekend"):
        y, w, _ = (anchor + timedelta(weeks=step)).isocalendar()
        return "DATE", f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + step
        return "DATE", f"{months // 12}-{months % 12 + 1:02d}"
    if unit == "decade":
        return "DATE", str(anchor.year // 10 + step)[:3]
    return "DATE", str(anchor.year + step)
