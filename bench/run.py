#!/usr/bin/env python3
"""`make bench`: Graft's rendering measured on this machine, beside the peer generators when present.

Prints a Markdown report (machine, date, figures, ratios measured in this one run) for BENCHMARKS.md.
Every figure is the median of several runs; processes are timed whole, from exec to exit. Graft and
the peers are timed interleaved, and each ratio is the median of the rounds' ratios, with its spread.
"""
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.environ.get("GRAFT_RELEASE_DIR", os.path.join(ROOT, ".build", "release"))
PEERS = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "peers"))
COUNT = int(os.environ.get("BENCH_COUNT", "1000"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
# Rounds of the interleaved comparison, and Graft's runs in each burst between the peers' runs.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
BURST = int(os.environ.get("BENCH_BURST", "5"))
# Every generator writes its files into a RAM-backed folder when there is one: writing the same 84 MB
# to this machine's disk took from 0.06 s to 0.36 s, run to run, which would swamp Graft's rendering.
# Graft's time writing to the disk is reported beside it.
RAM_ROOT = os.environ.get("BENCH_OUT_ROOT", "/dev/shm")
OUT_ROOT = RAM_ROOT if os.path.isdir(RAM_ROOT) and os.access(RAM_ROOT, os.W_OK) else None


def output_dir():
    """An empty folder for one generator's files: in RAM when possible, else the system's temp folder."""
    return tempfile.TemporaryDirectory(dir=OUT_ROOT)


def run_timed(command, cwd=None):
    """Wall seconds and peak RSS (MiB) of one whole process."""
    with tempfile.NamedTemporaryFile("r") as stats:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", stats.name, *command], cwd=cwd, check=True,
                       stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        return seconds, int(stats.read().strip().splitlines()[-1]) / 1024


def median_run(command, repeats=REPEATS, cwd=None):
    runs = [run_timed(command, cwd) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def main():
    report = [f"## Rendering — {time.strftime('%Y-%m-%d')}", "", f"Machine: {machine()}.", ""]
    bench = os.path.join(RELEASE, "graft-bench")
    graft = os.path.join(RELEASE, "graft")

    # In memory: build the dashboard from the DSL, lay it out, write its JSON; one core.
    throughput = []
    for _ in range(REPEATS):
        out = subprocess.run([bench, "throughput", "--count", str(COUNT)], check=True, capture_output=True, text=True).stdout
        throughput.append(dict(part.split(": ") for part in out.strip().split(", ")))
    best = statistics.median(float(t["MB/s"]) for t in throughput)
    per = statistics.median(float(t["per dashboard"].split()[0]) for t in throughput)
    report += ["| in process (one core) | value |", "|---|---:|",
               f"| dashboards rendered | {COUNT} |",
               f"| bytes of JSON each | {int(throughput[0]['bytes']) // COUNT:,} |",
               f"| wall time, median of {REPEATS} | {statistics.median(float(t['seconds']) for t in throughput):.3f} s |",
               f"| throughput | **{best:.0f} MB/s** |",
               f"| per dashboard | {per:.0f} µs |",
               f"| peak RSS | {max(float(t['peak RSS'].split()[0]) for t in throughput):.1f} MB |", ""]

    # Whole processes, the same work the peers do: N dashboards written to N files.
    # The host's speed drifts by a third over minutes, so Graft and the peers are not timed one after
    # the other: in each round every peer's run sits between two bursts of Graft's runs (Graft's run
    # is short, so a burst's median is taken), and that round's ratio is the peer's time over the
    # median of the Graft runs around it. The ratio reported is the median over the rounds, with
    # the lowest and highest beside it.
    peers = [("grafanalib 0.7.1", "grafanalib_higress.py"), ("grafana-foundation-sdk 11.3.0", "foundation_higress.py")]
    peers = [(name, os.path.join(PEERS, script)) for name, script in peers if os.path.exists(os.path.join(PEERS, script))]
    graft_render = [bench, "render", "--count", str(COUNT)]
    with output_dir() as out:
        graft_1 = median_run([bench, "render", "--count", "1", "--out", out], repeats=max(REPEATS, 10))
    peer_1 = {}
    for name, path in peers:
        with output_dir() as out:
            peer_1[name] = median_run([sys.executable, path, "--count", "1", "--out", out])
    peer_runs, ratios = {name: [] for name, _ in peers}, {name: [] for name, _ in peers}
    with output_dir() as out:
        def burst():
            return [run_timed([*graft_render, "--out", out]) for _ in range(BURST)]

        bursts = [burst()]
        for _ in range(ROUNDS):
            for name, path in peers:
                with output_dir() as peer_out:
                    peer = run_timed([sys.executable, path, "--count", str(COUNT), "--out", peer_out])
                bursts.append(burst())
                peer_runs[name].append(peer)
                ratios[name].append(peer[0] / statistics.median(r[0] for r in bursts[-2] + bursts[-1]))
            if not peers:
                bursts.append(burst())
    graft_runs = [run for runs in bursts for run in runs]
    graft_n = (statistics.median(r[0] for r in graft_runs), max(r[1] for r in graft_runs))
    with output_dir() as out:
        render_1 = median_run([graft, "render", "--out", out], repeats=max(REPEATS, 10))
    with tempfile.TemporaryDirectory() as out:
        graft_disk = median_run([*graft_render, "--out", out], repeats=max(REPEATS, 11))
    report += [f"| whole process | 1 dashboard | {COUNT} dashboards | peak RSS at {COUNT} | {COUNT}: times slower than graft, "
               f"median of {ROUNDS} rounds (lowest–highest) |",
               "|---|---:|---:|---:|---:|",
               f"| graft (graft-bench render) | {graft_1[0] * 1000:.0f} ms | {graft_n[0]:.2f} s | {graft_n[1]:.0f} MiB | |"]
    for name, _ in peers:
        many = (statistics.median(r[0] for r in peer_runs[name]), max(r[1] for r in peer_runs[name]))
        report.append(f"| {name} | {peer_1[name][0] * 1000:.0f} ms | {many[0]:.2f} s | {many[1]:.0f} MiB | "
                      f"**{statistics.median(ratios[name]):.1f}×** ({min(ratios[name]):.1f}–{max(ratios[name]):.1f}×) |")
    if peers:
        lowest = min(min(r) for r in ratios.values())
        report += ["", "Ratios by round: " + "; ".join(f"{name}: " + ", ".join(f"{r:.1f}×" for r in ratios[name]) for name, _ in peers)
                   + f". Lowest of all: {lowest:.1f}×."]
    report += ["", f"Interleaved: {ROUNDS} rounds, each peer's {COUNT}-dashboard run between two bursts of {BURST} of Graft's "
               f"({len(graft_runs)} Graft runs in all, their median above). One-dashboard runs: medians of {max(REPEATS, 10)} "
               f"(Graft) and {REPEATS} (each peer)."]
    where = f"a RAM-backed folder under {OUT_ROOT}" if OUT_ROOT else f"the system's temporary folder ({tempfile.gettempdir()})"
    report += ["", f"Every generator writes its files into {where}. Graft writing the {COUNT} files to the disk "
               f"instead ({tempfile.gettempdir()}): {graft_disk[0]:.2f} s (median of {max(REPEATS, 11)})."]
    report += ["", f"`graft render` of the Higress catalog (one dashboard and its manifests, release build), "
               f"whole process: **{render_1[0] * 1000:.1f} ms** (median of {max(REPEATS, 10)}), peak RSS {render_1[1]:.0f} MiB."]
    if not peers:
        report += ["", f"(Peers not measured: {PEERS} is absent.)"]
    print("\n".join(report))


if __name__ == "__main__":
    main()
