"""Formatted question text: Moodle's formats (html, moodle_auto_format, markdown) as safe HTML.

Every formatted text reaches the screen through :func:`sanitise` — once when a bank is imported
and again whenever a pack is loaded, since a pack is untrusted: a small set of tags for emphasis,
lists, code and tables is kept; scripts, styles, links, images, attributes and anything that could
load from the network are removed. Escaped text (``&lt;b&gt;``) stays text.
"""

from __future__ import annotations

import re

SAFE_TAGS = {"b", "strong", "i", "em", "u", "s", "sub", "sup", "p", "br", "ul", "ol", "li", "code", "pre",
             "blockquote", "table", "thead", "tbody", "tr", "td", "th", "h3", "h4", "h5", "h6"}
_HTML_FORMATS = ("html", "1", "moodle", "moodle_auto_format", "0")
_FORMATTING = re.compile(r"<(?!/?(?:p|br)\b)[a-z]", re.I)


def sanitise(html: str) -> str:
    """``html`` reduced to the safe subset (no attributes, no URLs)."""
    if "<" not in html:  # no tag at all (most questions: no formatted text)
        return html.strip()
    import nh3  # only when a pack has formatting: the window process stays light without it
    return nh3.clean(html, tags=SAFE_TAGS, attributes={}, url_schemes=set(), strip_comments=True).strip()


def formatted(raw: str, fmt: str) -> str:
    """Safe HTML for a text in Moodle's format ``fmt``, or "" when it has no formatting to show
    (plain text, or only paragraphs and line breaks: the plain text then says the same)."""
    fmt = fmt.lower()
    if "<" not in raw and fmt in _HTML_FORMATS:  # at most line breaks: nothing the plain text lacks
        return ""
    if fmt in ("html", "1"):
        html = raw
    elif fmt in ("moodle", "moodle_auto_format", "0"):
        html = raw.replace("\r\n", "\n").replace("\n", "<br>")
    elif fmt in ("markdown", "4"):
        import markdown  # only for a markdown text, which only imports bring
        html = markdown.markdown(raw)
    else:
        return ""
    if "<" not in html:
        return ""
    safe = sanitise(html)
    return safe if _FORMATTING.search(safe) else ""
