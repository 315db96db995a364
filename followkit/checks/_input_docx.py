"""Word files (.docx, from Word or LibreOffice) read as the lines of the letter typed in them.

Paragraphs in order with their soft line breaks, a first page's header and footer (a
letterhead), tables (a heading block laid out in a table), text boxes and content controls;
text not on the page (deleted by tracked changes, hidden, field codes) is not read.
"""

from __future__ import annotations

import io

from followkit.errors import LetterError

__all__ = ["from_docx"]


def from_docx(name: str, data: bytes) -> str:
    """The paragraphs of a .docx file (Word, LibreOffice), one a line."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise LetterError(f"{name}: reading .docx needs python-docx; install followkit's "
                          "dependencies or save the letter as .txt.") from None
    import zipfile

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LetterError(f"{name}: this is not a Word .docx file that can be read ({exc}); "
                          "open it in Word or LibreOffice and save it as .docx or .txt.") from None
    section = document.sections[0] if document.sections else None
    header = footer = []
    if section is not None:  # a letterhead typed in the first page's header or footer
        first = section.different_first_page_header_footer
        header = _trimmed(_part_lines(section.first_page_header if first else section.header))
        footer = _trimmed(_part_lines(section.first_page_footer if first else section.footer))
    body = _blocks(document.element.body)
    lines = [*header, *([""] if header else []), *body, *([""] if footer else []), *footer]
    text = "\n".join(lines)
    if not "\n".join(body).strip():
        raise LetterError(f"{name}: the Word file holds no text; expected a letter typed in it.")
    return text


def _part_lines(part) -> list[str]:
    """The lines of a header or footer (none when it is linked, that is: there is none)."""
    return [] if part.is_linked_to_previous else _blocks(part._element)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Elements whose text is not on the page: deleted text, text moved away (tracked changes),
#: field codes, a drawing's fallback copy.
_HIDDEN = frozenset({f"{_W}del", f"{_W}instrText", f"{_W}delText", f"{_W}moveFrom",
                     "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"})


def _blocks(element) -> list[str]:
    """The lines of a document's body, a header, a footer or a table cell, in order.

    A paragraph is a line (its line breaks kept); a table gives each row's cells (a
    letterhead laid out in a table); content controls, which Word's letter templates fill
    ("[Recipient Name]"), give the paragraphs in them.
    """
    lines: list[str] = []
    for child in element:
        if child.tag == f"{_W}p":
            boxes: list[str] = []
            lines.append(_paragraph_text(child, boxes))
            lines.extend(boxes)
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                if row.getparent() is child:
                    cells = ("\n".join(_blocks(cell)) for cell in row.iter(f"{_W}tc")
                             if cell.getparent() is row)
                    lines.extend(dict.fromkeys(cells))  # a merged cell is listed once
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            lines.extend(_blocks(child))
    return lines


def _paragraph_text(element, boxes: list[str]) -> str:
    """A paragraph's text, content controls and links included; text boxes go to ``boxes``."""
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if tag in _HIDDEN or (tag == f"{_W}r" and _vanished(child)):
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}txbxContent":
            boxes.extend(_blocks(child))
        elif tag != f"{_W}pPr":
            parts.append(_paragraph_text(child, boxes))
    return "".join(parts)


def _vanished(run) -> bool:
    """Whether a run is formatted as hidden text (Word's Font > Hidden), not shown or printed."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false", "off")


def _trimmed(lines: list[str]) -> list[str]:
    """``lines`` without the blank ones at either end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0]:filled[-1] + 1] if filled else []
