"""HTML reader: the article's text and metadata (title, date, site, URL) via trafilatura."""

from __future__ import annotations

import warnings

from .sniff import NotText


def read_html(html: str) -> dict:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml's FutureWarnings on odd markup
        try:
            found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                include_tables=False)
        except Exception as err:  # trafilatura raises assorted lxml errors on broken markup
            raise NotText(f"unreadable HTML ({type(err).__name__})") from None
    if found is None:
        raise NotText("no article text found in HTML")
    data = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = (data.get("text") or "").strip()
    if not text:
        raise NotText("no article text found in HTML")
    return {"text": text + "\n", "title": data.get("title") or None,
            "source": data.get("sitename") or None, "url": data.get("url") or None,
            "published": data.get("date") or None}
