"""HTML letters as text: a page saved from a browser, a mail program or LibreOffice, an HTML email.

Blocks become paragraphs, ``<br>`` a line break; the message replied to is marked "> " so
that every rule ignores it; text hidden by its style is not read.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from followkit.checks._reader import _FORWARD_MARK

__all__ = ["html_to_text"]


_BLOCKS = frozenset("p div section article header footer h1 h2 h3 h4 h5 h6 table ul ol "
                    "blockquote pre address hr".split())
#: Each on a line of its own, with no blank line between: a list's items, a table's rows
#: and cells (a signature laid out in a table).
_LINES = frozenset("li tr td th".split())
_SKIP = frozenset("script style head title noscript template".split())


#: The classes mail programs give the block that holds the message replied to, or its
#: "On … wrote:" line (Gmail, Yahoo, Proton Mail, Thunderbird, old Outlook).
_QUOTE_CLASS = re.compile(r"gmail_quote|yahoo_quoted|protonmail_quote|moz-cite-prefix|"
                          r"OutlookMessageHeader")


_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|mso-hide\s*:\s*all")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _TextMaker(HTMLParser):
    """HTML to text: a paragraph per block, <br> a line break, quoted mail marked "> ".

    Inside <pre> (a plain-text mail shown as HTML) the line breaks are the text's own.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0
        self.pre = 0
        self.divs: list[bool] = []  # for each open <div>: whether it holds a quoted message
        self.hidden: list = []  # the element hidden by its style, and how deep it nests

    def handle_starttag(self, tag, attrs):
        if self.hidden and self.hidden == ["p", 1] and tag in _BLOCKS:
            self.hidden = []  # a hidden <p> left open ends where the next block starts
        if self.hidden:
            self.hidden[1] += tag == self.hidden[0]
            return
        if tag not in _VOID and _HIDDEN_STYLE.search(dict(attrs).get("style") or ""):
            self.hidden = [tag, 1]  # a mail's preview text, Outlook's mso-hide: not shown
            return
        if tag == "body":
            self.skip = 0  # a <head> left open ends where the body starts
        elif tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self._newline()
        elif tag in ("ul", "ol") and self._ends(":"):
            while self.out and not self.out[-1].strip():
                self.out.pop()  # "What I would bring:" and its list are one paragraph
            self._newline()
        elif tag in _BLOCKS:
            self._paragraph()
        elif tag in _LINES and not self._ends("\n"):
            self._newline()
        if tag == "li":
            self._add("- ")
        if tag == "pre":
            self.pre += 1
        quoting = tag == "div" and bool(_QUOTE_CLASS.search(dict(attrs).get("class") or ""))
        if tag == "div":
            self.divs.append(quoting)
        if tag == "blockquote" or quoting:
            self.quote += 1

    def handle_endtag(self, tag):
        if self.hidden:
            self.hidden[1] -= tag == self.hidden[0]
            if not self.hidden[1]:
                self.hidden = []
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self._paragraph()
        if tag == "blockquote" or (tag == "div" and self.divs and self.divs.pop()):
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skip or self.hidden:
            return
        if self.pre:
            for i, line in enumerate(data.replace("\r\n", "\n").split("\n")):
                if i:
                    self._newline()
                self._add(line)
            return
        self._add(re.sub(r"[ \t\r\n\f]+", " ", data))

    def _add(self, text):
        if not text.strip() and (not self.out or self.out[-1].endswith("\n")):
            return
        if self.quote and (not self.out or self.out[-1].endswith("\n")):
            text = "> " * self.quote + text.lstrip()  # a quote inside a quote: "> > "
        self.out.append(text)

    def _newline(self):
        self.out.append("\n")

    def _ends(self, end: str) -> bool:
        """Whether the text so far ends with ``end``, spaces after it aside.

        Line breaks after it are set aside too unless ``end`` is one; an empty text ends
        with a line break.
        """
        text = "".join(self.out[-4:]).rstrip(" " if end == "\n" else " \n")
        return text.endswith(end) or (end == "\n" and not text)

    def _paragraph(self):
        self.out.append("\n\n")


def _unquote_forward(lines: list[str]) -> list[str]:
    """A forwarded message is the letter, not a quote, though Gmail puts it in a quote's block.

    The quoted block that opens with "---------- Forwarded message" loses one "> " (a reply
    quoted inside it stays quoted).
    """
    for i, line in enumerate(lines):
        if line.startswith(">") and _FORWARD_MARK.match(line[1:].strip()):
            j = i
            while j < len(lines) and (lines[j].startswith(">") or not lines[j]):
                lines[j] = lines[j][1:].strip()
                j += 1
            break
    return lines


def html_to_text(html: str) -> str:
    """The readable text of an HTML letter: blocks become paragraphs, quoted mail "> " lines."""
    maker = _TextMaker()
    maker.feed(html)
    maker.close()
    lines = _unquote_forward([line.strip() for line in "".join(maker.out).split("\n")])
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
