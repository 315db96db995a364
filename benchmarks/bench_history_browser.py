"""A filter change in the history notebook as a person sees it: JupyterLab in headless chromium.

Run: ``.venv/bin/python benchmarks/bench_history_browser.py [ROWS]`` (needs Debian's
chromium). Writes a ROWS-row log (default 100,000; see ``bench_history.big_log``), opens
``history.ipynb`` on it in a real JupyterLab, runs it, then sets the "From" date to one new
date after another and times, in the browser, from the change until the sentences and all
three chart images have been replaced. The baseline, measured in the same run, is the same
change to a date seen before (the charts come from the cache, the sentences are
recomputed: the round trip through the kernel without drawing). Target: a new filter
redraws in under 300 ms.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verdict import exit_code, sandbox, verdict

from benchmarks.bench_history import big_log
from followkit.history._view import SAMPLE_NOW, SAMPLE_TZ
from tests.browser.lab import open_notebook, run_all
from tests.browser.servers import start_lab

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
_CHANGED = """([sentences, srcs]) => {
    const now = document.querySelector('.fk-sentences').innerText;
    const imgs = [...document.querySelectorAll('.fk-charts img')].map(i => i.src);
    return now !== sentences && imgs.length === 3 && imgs.every((s, k) => s !== srcs[k]);
}"""


def _state(page) -> list:
    return page.evaluate("""() => [document.querySelector('.fk-sentences').innerText,
        [...document.querySelectorAll('.fk-charts img')].map(i => i.src)]""")


def time_change(page, day: date) -> float:
    """Seconds from setting "From" to ``day`` until sentences and charts are all new."""
    before = _state(page)
    start = time.perf_counter()
    page.locator(".fk-filter-start input").fill(day.isoformat())
    page.wait_for_function(_CHANGED, arg=before, polling="raf", timeout=30_000)
    return time.perf_counter() - start


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        lab = start_lab(base, {"history.ipynb": {"now": repr(SAMPLE_NOW.isoformat()),
                                                 "tz": repr(SAMPLE_TZ)}})
        try:
            big_log(lab.root / "data" / "followups.csv", ROWS)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=shutil.which("chromium"),
                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                open_notebook(page, lab, "history.ipynb")
                run_all(page)
                page.locator(".fk-charts img").nth(2).wait_for()
                page.locator(".fk-filter-start").scroll_into_view_if_needed()
                # 7 new dates + the opening filter = 8, the cache's size: the second
                # round is all cache hits.
                days = [date(2025, 9, 1) + timedelta(days=14 * k) for k in range(7)]
                new = [time_change(page, day) for day in days]
                seen = [time_change(page, day) for day in days]  # all cached now
                browser.close()
        finally:
            lab.stop()
    fresh, cached = statistics.median(new), statistics.median(seen)
    print(f"{ROWS:,} rows, {len(days)} new 'From' dates, then the same again (cached):")
    print(f"new filter   median {fresh * 1000:6.0f} ms  max {max(new) * 1000:6.0f} ms   "
          f"(cached: {cached * 1000:.0f} ms, the round trip; ratio {fresh / cached:.2f})")
    verdict("new filter, median in the browser", fresh * 1000, 300, "ms")
    return exit_code()


if __name__ == "__main__":
    with sandbox():  # the lab's log is a temp file whatever data/ of this checkout holds
        sys.exit(main())
