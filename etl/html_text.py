"""A saved web page (.html) -> the text a reader sees in its article, one block per line.

Provincial portals and newspapers publish most directives and their summaries as web pages; users save
them with the browser ("Save page as") and load them like any other file. The standard library's HTML
parser reads the markup (entities, broken tags); this module only decides which text is the article:
- never the page's machinery: scripts, styles, forms, menus, headers, footers, sidebars;
- when the page marks its article (<article>, <main>, or an element whose id/class says "content",
  "detail", "article", "news-body" …), only the biggest such part, so menus and "related news" around
  it stay out;
- block elements (paragraphs, headings, list items, table cells, <br>) end a line, as they do on screen.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from etl.office import LAYOUT_TABLE

# Elements whose text is never part of the article.
_SKIP = {"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "form", "button",
         "select", "textarea", "nav", "header", "footer", "aside", "head", "menu"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "main", "blockquote", "pre", "dd", "dt", "figcaption", "hr", "td", "th", "caption"}
# id/class words that portals give the element holding the article body. "main" counts only alone: in
# "main-menu" or "main_nav" it qualifies the machinery.
_ARTICLE_HINT = re.compile(r"(?<![a-z])(?:article|content|detail|news[-_]?(?:body|detail|content)|"
                           r"post[-_]?(?:body|content)|entry[-_]?content)(?![a-z])|(?<![-_a-z])main(?![-_a-z])",
                           re.IGNORECASE)
# id/class words of the machinery around it.
_CHROME_HINT = re.compile(r"(?<![a-z])(?:menu|navbar|breadcrumb|sidebar|footer|header|related|share|social|"
                          r"comment|banner|advert|ads)(?![a-z])", re.IGNORECASE)


_CELL = "\x1f"  # between the cells of a data row until the lines are tidied (a character no page shows)


class _Blocks(HTMLParser):
    """Collects text into lines; marks where article-like elements start and end (by line and char)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipping, article)
        self.articles: list[tuple[int, int]] = []  # (start, end) offsets into "".join(parts)
        self._open_articles: list[tuple[int, int]] = []  # (depth, start)
        self._size = 0
        self.heading: list[str] | None = None  # text of the first <h1>, while and after it is read
        self._in_h1 = False
        self._row: list[list[str]] | None = None  # the cells of the table row being read, each a list of text parts

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _emit(self, text: str) -> None:
        if self._row:  # inside a cell: the row decides how its cells are laid out (_end_row)
            self._row[-1].append(text)
            return
        self.parts.append(text)
        self._size += len(text)

    def _end_row(self) -> None:
        """A row of three cells or more that is no letterhead is a data row: its cells on one line, between tabs
        (etl/clean.py makes them " | " cells, as Word tables are read); any other row's cells are blocks."""
        raw, self._row = ["".join(c) for c in self._row or []], None
        cells = [" ".join(c.split()) for c in raw]
        if (sum(1 for c in cells if c) >= 3 and not any(LAYOUT_TABLE.search(c) for c in raw)
                and not any(_holds_page(c) for c in raw)):
            self._emit("\n" + _CELL.join(cells) + "\n")
        else:
            for cell in raw:
                self._emit("\n" + cell + "\n")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        hints = " ".join(filter(None, (attrs.get("id"), attrs.get("class"))))
        skip = self._skipping() or tag in _SKIP or bool(hints and _CHROME_HINT.search(hints)
                                                       and not _ARTICLE_HINT.search(hints))
        if tag == "tr" or (tag == "table" and self._row is not None):
            if self._row is not None:
                self._end_row()  # a row left unclosed
            if tag == "tr" and not skip:
                self._row = []
        elif tag in ("td", "th") and self._row is not None and not skip:
            self._row.append([])
        if tag in _BLOCK:
            self._emit("\n")
        if tag in _VOID:
            return
        article = not skip and (tag in ("article", "main") or bool(hints and _ARTICLE_HINT.search(hints)))
        self.stack.append((tag, skip, article))
        if tag == "h1" and not skip and self.heading is None:
            self.heading, self._in_h1 = [], True
        if article:
            self._open_articles.append((len(self.stack), self._size))

    def handle_endtag(self, tag):
        if tag in _VOID:
            if tag in _BLOCK:
                self._emit("\n")
            return
        # Close up to the matching open tag; pages leave <p> and <li> unclosed.
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                while len(self.stack) > depth:
                    self.stack.pop()
                    if self._open_articles and self._open_articles[-1][0] > len(self.stack):
                        self.articles.append((self._open_articles.pop()[1], self._size))
                break
        if tag in _BLOCK:
            self._emit("\n")
        if tag in ("tr", "table") and self._row is not None:
            self._end_row()
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if not self._skipping():
            self._emit(data)
            if self._in_h1:
                self.heading.append(data)


def _holds_page(cell: str) -> bool:
    """A cell that holds a page's article (an old portal laid out in a table: menu | article | sidebar), not a datum:
    a long text, or several paragraphs of some length."""
    return len(cell) > 1000 or (len(cell) > 400 and sum(1 for ln in cell.split("\n") if ln.strip()) >= 4)


def _lines(text: str) -> str:
    # (a data row's cells, marked by _Blocks._end_row, come out between tabs; the page's own tabs are spaces)
    lines = (re.sub(" ?" + _CELL + " ?", "\t", re.sub(r"[ \t\u00a0\r\f\v]+", " ", line)).strip(" ")
             for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip()) + "\n"


def html_to_text(html: str) -> str:
    """The article's text of a web page, one block per line (see module docstring)."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    whole = "".join(parser.parts)
    # The biggest marked part, when it holds most of the page's words, is the article; otherwise the page
    # marks something else (a sidebar called "content-right") and the whole page is read.
    best = max(parser.articles, key=lambda span: len(whole[span[0]:span[1]].split()), default=None)
    title = " ".join("".join(parser.heading or []).split())
    if best is not None:
        words = len(whole[best[0]:best[1]].split())
        if words >= 30 and words >= 0.3 * len(whole.split()):
            body = whole[best[0]:best[1]]
            # Portals often put the headline above the marked body: it names the document, keep it.
            whole = (title + "\n" + body) if title and title not in " ".join(body.split()) else body
    elif title:
        # Nothing marked: the page's headline starts its article, and the menus and breadcrumbs above it are not the
        # document's ("Trang chủ / Tin tức / Văn bản" would open its title), unless little of the page follows it.
        at = re.search(r"\s+".join(map(re.escape, title.split())), whole)
        if at and len(whole[at.start():].split()) >= 0.6 * len(whole.split()):
            whole = whole[at.start():]
    return _lines(whole)
