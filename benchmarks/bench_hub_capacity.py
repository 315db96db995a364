"""How many workshop participants one machine's JupyterHub holds before a run-all takes > 5 s.

Starts a real JupyterHub on 127.0.0.1 (the harness of tests/deploy/), grows the room to each
size in --sizes (default 1, 5, 10, 20 participants), and measures at each size:

- start: seconds from asking the hub for a server to the hub calling it ready;
- memory: RSS and PSS (shared pages split between processes) of each participant's server plus
  its kernel, after the kernel ran the coaching notebook (followkit and pandas loaded);
- run-all: "Restart Kernel and Run All" of the coaching notebook plus a save to the log, in one
  participant's server while the others sit idle with their kernels open, and while all of
  them run it at the same moment (everyone clicks Run All when the facilitator says so);
- the CPU seconds one run-all costs (the new kernel's, plus the server's while it ran), from
  /proc: with C cores, about C x 5 s / that many participants can run all at the same moment
  and still finish within 5 s.

Baseline, measured in the same run: the same run-all in a kernel started directly on this
machine with no hub and no other participant. Ratios are against it.

    .venv/bin/python benchmarks/bench_hub_capacity.py [--sizes 1,5,10,20] [--repeats 3]
        [--bursts 2,4,8]

In the largest room it also times bursts: 2, 4, 8 participants clicking Run All together
while the rest sit idle.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from verdict import exit_code, sandbox, verdict  # noqa: E402

from tests.deploy import hub_api  # noqa: E402
from tests.deploy.coaching_flow import (  # noqa: E402
    Participant,
    copy_workshop_files,
    flow_code,
)
from tests.deploy.hub import start_hub  # noqa: E402
from tests.deploy.remote_kernel import start_kernel  # noqa: E402

THRESHOLD_S = 5.0
NOTEBOOKS = "followkit/notebooks"  # where a participant's notebooks are, in their home
TICKS = os.sysconf("SC_CLK_TCK")


def participant(number: int) -> Participant:
    name = f"p{number:02d}"
    return Participant(name, f"Participant {number}", f"{name}@example.com",
                       f"Company {number}", "Analyst", f"Interviewer {number}",
                       f"interviewer{number}@example.com")


def run_all_cells(who: Participant) -> list[str]:
    """The coaching notebook's code cells, then the save-to-log flow with pandas loaded."""
    notebook = json.loads((REPO / "notebooks" / "coach.ipynb").read_text(encoding="utf-8"))
    cells = ["".join(cell["source"]) for cell in notebook["cells"]
             if cell["cell_type"] == "code"]
    return [*cells, "import pandas", flow_code(who)]


def baseline_run_all(cells: list[str], base: Path) -> float:
    """Restart-and-run-all in a local kernel: no hub, no server, no other participant."""
    from jupyter_client.manager import start_new_kernel

    env = dict(os.environ, FOLLOWKIT_LOG=str(base / "baseline" / "followups.csv"))
    started = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3", env=env,
                                       cwd=str(REPO / "notebooks"))
    try:
        for code in cells:
            reply = client.execute_interactive(code, timeout=120, output_hook=lambda m: None)
            assert reply["content"]["status"] == "ok", reply["content"]
        return time.perf_counter() - started
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB of one process."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        fields[name] = int(rest.split()[0])
    return fields["Rss"], fields["Pss"]


def cpu_seconds(pid: int) -> float:
    parts = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(parts[11]) + int(parts[12])) / TICKS


def kernel_pid(server_pid: int, kernel_id: str) -> int:
    for pid in children(server_pid):
        if kernel_id in Path(f"/proc/{pid}/cmdline").read_text(errors="replace"):
            return pid
    raise RuntimeError(f"no process for kernel {kernel_id} under server {server_pid}")


class Room:
    """The hub, its participants, their tokens, and one open (idle) kernel per participant."""

    def __init__(self, base: Path):
        self.hub = start_hub(base)
        self.people: list[Participant] = []
        self.tokens: dict[str, str] = {}
        self.kernels: dict[str, object] = {}
        self.start_s: list[tuple[int, float]] = []  # (servers starting at once, seconds)
        self.start_cpu_s: list[float] = []  # CPU seconds a server used to get ready

    def grow(self, size: int, batch: int = 5) -> None:
        """Add participants (at most ``batch`` starting at once) until the room has ``size``."""
        while len(self.people) < size:
            new = [participant(n) for n in
                   range(len(self.people) + 1, min(size, len(self.people) + batch) + 1)]
            with ThreadPoolExecutor(len(new)) as pool:
                list(pool.map(self._arrive, new, [len(new)] * len(new)))
            self.people.extend(new)

    def _arrive(self, who: Participant, together: int) -> None:
        hub_api.create_user(self.hub, who.username)
        self.tokens[who.username] = hub_api.user_token(self.hub, who.username)
        copy_workshop_files(self.hub.home(who.username) / "followkit")  # as nbgitpuller does
        started = time.perf_counter()
        hub_api.request_server(self.hub, who.username)
        hub_api.wait_server_ready(self.hub, who.username, timeout=180)
        self.start_s.append((together, time.perf_counter() - started))
        self.start_cpu_s.append(cpu_seconds(self.server_pid(who)))
        kernel = start_kernel(self.server(who), self.tokens[who.username], path=NOTEBOOKS,
                              timeout=120)
        for code in run_all_cells(who):  # an open notebook that has run once
            kernel.execute(code, timeout=120)
        self.kernels[who.username] = kernel

    def server(self, who: Participant) -> str:
        return hub_api.server_url(self.hub, who.username)

    def server_pid(self, who: Participant) -> int:
        return hub_api.server_model(self.hub, who.username)["state"]["pid"]

    def run_all(self, who: Participant) -> tuple[float, float]:
        """Restart-and-run-all in a fresh kernel: (wall s, CPU s of the kernel and the server)."""
        server_pid = self.server_pid(who)
        server_cpu = cpu_seconds(server_pid)
        started = time.perf_counter()
        kernel = start_kernel(self.server(who), self.tokens[who.username], path=NOTEBOOKS,
                              timeout=300)
        try:
            pid = kernel_pid(server_pid, kernel.kernel_id)
            for code in run_all_cells(who):
                kernel.execute(code, timeout=300)
            wall = time.perf_counter() - started
            return wall, cpu_seconds(pid) + cpu_seconds(server_pid) - server_cpu
        finally:
            kernel.close()

    def memory_per_participant(self) -> tuple[float, float]:
        """Mean (RSS, PSS) in MiB of a participant's server plus its idle kernel."""
        rss, pss = [], []
        for who in self.people:
            pids = [self.server_pid(who), kernel_pid(self.server_pid(who),
                                                     self.kernels[who.username].kernel_id)]
            sizes = [memory_kib(pid) for pid in pids]
            rss.append(sum(size[0] for size in sizes) / 1024)
            pss.append(sum(size[1] for size in sizes) / 1024)
        return statistics.mean(rss), statistics.mean(pss)

    def close(self) -> None:
        for kernel in self.kernels.values():
            try:
                kernel.close()
            except Exception:  # the hub is going down anyway
                pass
        self.hub.stop()


def measure(room: Room, size: int, repeats: int) -> dict:
    room.grow(size)
    rss, pss = room.memory_per_participant()
    idle = [room.run_all(room.people[0]) for _ in range(repeats)]
    with ThreadPoolExecutor(size) as pool:
        together = list(pool.map(room.run_all, room.people))
    return {
        "size": size, "rss_mib": rss, "pss_mib": pss,
        "idle_s": statistics.median(wall for wall, _ in idle),
        "cpu_s": statistics.median(cpu for _, cpu in idle),
        "together_median_s": statistics.median(wall for wall, _ in together),
        "together_max_s": max(wall for wall, _ in together),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,5,10,20")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--bursts", default="2,4,8",
                        help="in the largest room, how many participants run all at once")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    cores = os.cpu_count()
    mem_gib = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**30
    print(f"machine: {cores} cores, {mem_gib:.1f} GiB; load average at start "
          f"{os.getloadavg()[0]:.1f} (other work on this machine slows every number)")

    with tempfile.TemporaryDirectory(prefix="bench-hub-") as scratch:
        base = Path(scratch)
        cells = run_all_cells(participant(0))
        baseline = statistics.median(baseline_run_all(cells, base) for _ in range(args.repeats))
        print(f"baseline: restart-and-run-all in a local kernel, no hub: {baseline:.2f} s")
        room = Room(base / "hub")
        rows = []
        try:
            for size in sizes:
                rows.append(measure(room, size, args.repeats))
                row = rows[-1]
                print(f"{size:>3} participants: run-all {row['idle_s']:.2f} s with the others idle "
                      f"(x{row['idle_s'] / baseline:.2f}), all at once median "
                      f"{row['together_median_s']:.2f} s / max {row['together_max_s']:.2f} s "
                      f"(x{row['together_max_s'] / baseline:.2f}); server+kernel RSS "
                      f"{row['rss_mib']:.0f} MiB, PSS {row['pss_mib']:.0f} MiB; "
                      f"CPU per run-all (kernel + server) {row['cpu_s']:.2f} s", flush=True)
            for burst in [int(k) for k in args.bursts.split(",") if int(k) < sizes[-1]]:
                with ThreadPoolExecutor(burst) as pool:
                    walls = [wall for wall, _ in pool.map(room.run_all, room.people[:burst])]
                print(f"{sizes[-1]:>3} participants, {burst} of them run all at once (the rest "
                      f"idle): median {statistics.median(walls):.2f} s / max {max(walls):.2f} s "
                      f"(x{max(walls) / baseline:.2f})", flush=True)
            start, start_cpu = room.start_s, room.start_cpu_s
        finally:
            room.close()

    for together in sorted({n for n, _ in start}):
        times = [seconds for n, seconds in start if n == together]
        print(f"server start (ask -> ready), {together} starting at once: median "
              f"{statistics.median(times):.1f} s, max {max(times):.1f} s ({len(times)} starts)")
    print(f"server start costs {statistics.median(start_cpu):.1f} CPU-s (median): "
          f"{cores} cores bring 20 participants logging in at once up in about "
          f"{20 * statistics.median(start_cpu) / cores:.0f} s")
    cpu = statistics.median(row["cpu_s"] for row in rows)
    pss = max(row["pss_mib"] for row in rows)
    at_once = THRESHOLD_S * cores / cpu
    print(f"estimate: {at_once:.0f} participants can click Run All at the same moment and all "
          f"finish within {THRESHOLD_S:.0f} s ({cores} cores x {THRESHOLD_S:.0f} s / {cpu:.2f} "
          f"CPU-s per run-all)")
    print(f"estimate: memory holds {0.8 * mem_gib * 1024 / pss:.0f} open servers in 80 % of "
          f"{mem_gib:.0f} GiB at {pss:.0f} MiB PSS each")
    verdict(f"run-all, {sizes[-1]} participants, others idle", rows[-1]["idle_s"],
            THRESHOLD_S, "s")
    return exit_code()


if __name__ == "__main__":
    with sandbox():
        sys.exit(main())
