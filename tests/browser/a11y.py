"""Accessibility checks in a real page: axe-core (from tests/browser/axe/, no CDN) and focus.

``audit(page)`` injects axe-core into the page and runs it with the WCAG 2.0, 2.1 and 2.2
A and AA rules; it returns the violations, each with its rule id, impact, help text and the
CSS selectors of the offending elements. ``assert_no_violations`` fails with all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

AXE_JS = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")


@dataclass(frozen=True)
class Violation:
    """One axe rule broken: which, how badly, and where (CSS selectors, one per element)."""

    id: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        where = "\n      ".join(self.targets)
        return f"{self.id} ({self.impact}): {self.help}\n      {where}"


def audit(page, context: str | None = None) -> list[Violation]:
    """Run axe-core on the page (or on the elements ``context`` selects) at WCAG A and AA."""
    assert AXE_JS.is_file(), (
        f"axe-core is not installed at {AXE_JS}: run 'make axe' (npm ci in tests/browser/axe)."
    )
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        """async ([context, tags]) => {
            const r = await axe.run(context || document,
                {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(' '))}));
        }""",
        [context, list(WCAG_TAGS)],
    )
    return [Violation(v["id"], v["impact"] or "", v["help"], tuple(v["targets"])) for v in result]


def assert_no_violations(page, state: str, context: str | None = None) -> None:
    """Fail, naming the state and every violation, unless axe finds none."""
    violations = audit(page, context)
    assert not violations, f"axe-core, {state}: {len(violations)} rule(s) broken:\n  " + (
        "\n  ".join(str(v) for v in violations))


def focus_ring(page) -> dict[str, str]:
    """The focused element's tag, and its outline and box-shadow as the browser draws them."""
    return page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
            return {tag: e.tagName.toLowerCase(), type: e.type || '',
                    name: e.getAttribute('aria-label') || e.textContent.trim().slice(0, 60),
                    focusVisible: e.matches(':focus-visible'),
                    outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow}; }"""
    )


def has_visible_focus_ring(ring: dict[str, str]) -> bool:
    """True when the focused element shows an outline or a box-shadow under :focus-visible."""
    style, _, width = ring["outline"].partition(" ")
    outlined = style not in ("none", "") and width not in ("0px", "")
    return ring["focusVisible"] and (outlined or ring["shadow"] not in ("none", ""))
