import asyncio
from concurrent.futures import ThreadPoolExecutor

from followkit.ui.timers import Debounced, Ticker


def in_own_thread(function, *args):
    """Run apart from any loop this process already runs (Playwright's, in a full test run)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


def run(coroutine_function):
    return in_own_thread(lambda: asyncio.run(coroutine_function()))


def test_without_a_running_loop_a_debounced_call_runs_at_once():
    calls = []

    def twice():
        debounced = Debounced(lambda: calls.append(1), delay=5)
        debounced()
        debounced()

    in_own_thread(twice)
    assert calls == [1, 1]


def test_a_burst_of_calls_runs_once_after_the_pause():
    calls = []

    async def burst():
        debounced = Debounced(lambda: calls.append(1), delay=0.05)
        for _ in range(5):
            debounced()
            await asyncio.sleep(0.01)
        assert calls == []
        await asyncio.sleep(0.15)

    run(burst)
    assert calls == [1]


def test_flush_runs_a_waiting_call_now():
    calls = []

    async def flushed():
        debounced = Debounced(lambda: calls.append(1), delay=10)
        debounced()
        debounced.flush()
        debounced.flush()

    run(flushed)
    assert calls == [1]


def test_a_ticker_ticks_until_stopped():
    ticks = []

    async def ticking():
        ticker = Ticker(lambda: ticks.append(1), seconds=0.02)
        await asyncio.sleep(0.13)
        ticker.stop()
        count = len(ticks)
        await asyncio.sleep(0.06)
        return count

    count = run(ticking)
    assert count >= 3
    assert len(ticks) == count


def test_a_ticker_without_a_loop_does_nothing():
    ticks = []
    in_own_thread(lambda: Ticker(lambda: ticks.append(1), seconds=0.01).stop())
    assert ticks == []
