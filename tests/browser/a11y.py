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
#: In JupyterLab, the notebook's outputs: what followkit shows. Lab's own menus, toolbars and
#: editors are JupyterLab's to make accessible, not ours (see docs/accessibility.md).
OUTPUTS = {"include": [".jp-OutputArea"]}


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


def audit(page, context: str | dict | None = None) -> list[Violation]:
    """Run axe-core on the page (or on ``context``) at WCAG A and AA.

    ``context`` is a CSS selector or an axe context object, e.g.
    ``{"include": [".jp-OutputArea"]}`` to audit only a notebook's outputs in JupyterLab.
    """
    assert AXE_JS.is_file(), (
        f"axe-core is not installed at {AXE_JS}: run 'make axe' (npm ci in tests/browser/axe)."
    )
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        """async ([context, tags]) => {
            const r = await axe.run(context || document,
                {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return {passes: r.passes.length,
                    violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                        help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))};
        }""",
        [context, list(WCAG_TAGS)],
    )
    assert result["passes"] or result["violations"], f"axe checked nothing in {context}"
    return [Violation(v["id"], v["impact"] or "", v["help"], tuple(v["targets"]))
            for v in result["violations"]]


def assert_no_violations(page, state: str, context: str | dict | None = None) -> None:
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
                    // A date or time field's focus sits in its inner parts: the field itself
                    // matches :focus-within, not :focus-visible (the ring is drawn under it).
                    focusVisible: e.matches(':focus-visible') ||
                        (['date', 'time', 'datetime-local'].includes(e.type) &&
                         e.matches(':focus-within')),
                    outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow}; }"""
    )


def has_visible_focus_ring(ring: dict[str, str]) -> bool:
    """True when the focused element shows an outline or a box-shadow under :focus-visible."""
    style, _, width = ring["outline"].partition(" ")
    outlined = style not in ("none", "") and width not in ("0px", "")
    return ring["focusVisible"] and (outlined or ring["shadow"] not in ("none", ""))


def tab_to(page, selector: str, limit: int = 80, back: bool = False) -> dict:
    """Press Tab (Shift+Tab) until the focused element matches ``selector`` (none if it does).

    Every element the focus lands on on the way must show a focus ring.
    """
    if page.evaluate("s => document.activeElement.matches(s)", selector):
        return focus_ring(page)
    seen = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        ring = focus_ring(page)
        seen.append(f"{ring['tag']} {ring['type']} {ring['name'][:20]!r}")
        if ring["tag"] != "body":
            assert has_visible_focus_ring(ring), f"no visible focus ring on {ring}"
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return ring
    raise AssertionError(f"{limit} presses of Tab never reached {selector}; the focus went "
                         f"to: {', '.join(seen)}")


def reflow_problems(page, scope: str = "body") -> list[str]:
    """What does not reflow in the page as laid out now (WCAG 1.4.10), as sentences.

    The page scrolls sideways (``scrollWidth`` over the window's width, 1 px allowed); or
    a visible element holding text is wider inside than its box (its text is cut off or
    scrolls), or reaches past the window's right edge. Form fields are left out: a long
    value scrolls inside its own box by design.
    """
    return page.evaluate(
        """(scope) => {
            const out = [], width = window.innerWidth;
            const root = document.documentElement;
            if (root.scrollWidth > width + 1)
                out.push(`the page scrolls sideways: ${root.scrollWidth} px > ${width} px`);
            const skip = 'input, textarea, select, option, script, style, .fk-sr-only';
            for (const e of document.querySelectorAll(`${scope}, ${scope} *`)) {
                if (e.matches(skip) || e.closest('.fk-sr-only')) continue;
                const text = [...e.childNodes].some(
                    n => n.nodeType === 3 && n.textContent.trim());
                if (!text) continue;
                const box = e.getBoundingClientRect();
                if (!box.width || !box.height || !e.checkVisibility()) continue;
                const what = `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ` +
                             `"${e.textContent.trim().slice(0, 40)}"`;
                if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline')
                    out.push(`${what} overflows its box: ${e.scrollWidth} > ${e.clientWidth} px`);
                if (box.right > width + 1)
                    out.push(`${what} reaches past the window: right edge ${box.right} px`);
            }
            return out;
        }""",
        scope,
    )


def tall_screenshot(page, take, label: str, height: int = 5000) -> None:
    """A screenshot of the whole app at the window's width (Voilà scrolls an inner panel,
    which a full-page shot misses): the window is made ``height`` px tall for it."""
    width = page.viewport_size["width"]
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(300)
    take(page, label)
