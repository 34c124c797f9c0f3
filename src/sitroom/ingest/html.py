"""HTML reader (.html, .htm): the article's text and metadata via trafilatura.

:func:`extract_article` gives the main text with one block (paragraph, heading, timestamp,
list item) a line and a blank line between blocks, so that live-blog posts and their
headlines stay apart; and the title, date (``published``), site name (``source``) and
canonical URL. :func:`html_to_text` strips an HTML fragment (a feed entry) to such text.
"""

from __future__ import annotations

import html as htmllib
import logging
import re
import warnings
from collections import defaultdict
from functools import cache

import lxml.html
from lxml import etree

from .sniff import NotText

NO_TEXT = "no article text found in HTML"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_POST_HEADING = etree.XPath(".//h2|.//h3|.//h4|.//h5|.//h6")
_BLOCKS = frozenset(
    "p div section article header footer main aside blockquote pre figure figcaption ul ol li "
    "dl dt dd table tr h1 h2 h3 h4 h5 h6 hr address details summary".split()
)
_WHITESPACE = re.compile(r"\s+")
_SKIP = frozenset("script style noscript template head title".split())

# trafilatura and htmldate log to stderr on odd pages ("empty HTML tree"); stderr is for
# sitroom's own one-line errors. A NullHandler keeps them quiet unless logging is set up.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@cache
def _trafilatura():
    """trafilatura, imported on first use: it takes a while, and text-only runs skip it."""
    import trafilatura

    return trafilatura


def extract_article(html: str) -> dict:
    """Text, title, source, url and published of an HTML page; :class:`NotText` when no
    article text is found. Malformed markup is parsed as browsers would, never raised."""
    trafilatura = _trafilatura()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml and trafilatura warn on odd markup
        try:
            tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
            _prepare(tree)
            found = trafilatura.bare_extraction(
                tree, with_metadata=True, include_comments=False, include_tables=True)
        except Exception:  # lxml and trafilatura raise assorted errors on broken markup
            raise NotText(NO_TEXT) from None
    body = getattr(found, "body", None)
    text = _body_text(body) if body is not None else ""
    if not text:
        raise NotText(NO_TEXT)
    return {
        "text": text + "\n",
        "title": getattr(found, "title", None),
        "source": getattr(found, "sitename", None),
        "url": getattr(found, "url", None),
        "published": getattr(found, "date", None),
    }


def _prepare(tree: lxml.html.HtmlElement) -> None:
    """Keep live-blog structure through trafilatura, which otherwise drops or flattens it.

    * ``<time>`` elements are removed by trafilatura: their text is a post's timestamp
      ("14.32 GMT"), so they become spans.
    * Repeated sibling containers are posts: trafilatura takes the first ``<article>`` (or
      ``class="post"``) of a page as *the* article and merges or drops the rest. Siblings of
      one tag and class, two or more, each with a heading (or ``<article>`` siblings with or
      without one) become plain ``<div>`` blocks.
    """
    for node in tree.iter("time"):
        node.tag = "span"
    groups: dict[tuple, list] = defaultdict(list)
    for node in tree.iter("article", "section", "div"):
        parent = node.getparent()
        if parent is not None and (node.tag == "article" or _POST_HEADING(node)):
            groups[(parent, node.tag, node.get("class"))].append(node)
    for nodes in groups.values():
        if len(nodes) > 1:
            for node in nodes:
                node.tag = "div"
                for attribute in ("class", "id"):
                    node.attrib.pop(attribute, None)


def _body_text(body: etree._Element) -> str:
    """trafilatura's XML body as text: one block a line, blank lines between blocks."""
    blocks = []
    for child in body:
        if child.tag == "list":
            lines = [f"- {_inline(item)}" for item in child if item.tag == "item"]
        elif child.tag == "table":
            lines = [" | ".join(c for c in (_inline(cell) for cell in row) if c)
                     for row in child.iter("row")]
        else:
            lines = [_inline(child)]
        block = "\n".join(line for line in lines if line.strip("- |"))
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def _inline(node: etree._Element) -> str:
    """The text of one block, whitespace collapsed, ``<lb/>`` kept as a line break."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        parts.append(el.text or "")
        for child in el:
            parts.append("\n" if child.tag == "lb" else "")
            if child.tag != "lb":
                walk(child)
            parts.append(child.tail or "")

    walk(node)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(fragment: str) -> str:
    """A fragment of HTML (or plain text) as text: blocks become paragraphs, ``<br>`` a line
    break, other markup and scripts go, entities are decoded. Never raises."""
    if "<" not in fragment:  # plain text, perhaps with entities: its own line breaks count
        raw = htmllib.unescape(fragment)
    else:
        try:
            root = lxml.html.fragment_fromstring(
                _XML_DECLARATION.sub("", fragment, count=1), create_parent="div")
        except (etree.LxmlError, ValueError):
            return ""
        parts: list[str] = []
        _fragment_parts(root, parts)
        raw = "".join(parts)
    out: list[str] = []
    for line in raw.split("\n"):
        line = " ".join(line.split())
        if line or (out and out[-1]):  # at most one blank line between paragraphs
            out.append(line)
    return "\n".join(out).strip()


def _fragment_parts(el: lxml.html.HtmlElement, parts: list[str]) -> None:
    """Text of ``el`` into ``parts``: source whitespace collapsed, structure as newlines."""
    if not isinstance(el.tag, str) or el.tag in _SKIP:  # comments, scripts, styles
        return
    block = el.tag in _BLOCKS
    if block:
        parts.append("\n\n")
    parts.append(_spaces(el.text))
    for child in el:
        if child.tag == "br":
            parts.append("\n")
        else:
            _fragment_parts(child, parts)
        parts.append(_spaces(child.tail))
    if block:
        parts.append("\n\n")


def _spaces(text: str | None) -> str:
    return _WHITESPACE.sub(" ", text) if text else ""
