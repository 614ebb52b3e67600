#!/usr/bin/env python3
"""`make bench`, the edit loop: in packages made by `graft init`, holding 1, 8 and 32 imported
dashboards, the time from a one-line edit of one dashboard (a panel title) to its rendered JSON
(`make run`: the incremental debug build, then `render`).

The dashboards are this repository's own (the catalog's rendered dashboards and the import test
fixtures), each imported under a new uid and title, so every package holds distinct dashboards.
The three packages are measured in turn, round after round, so a burst of the host's load falls on
all three alike; each figure is the median of its rounds, with the range beside it. A full build of
each package (Graft included, from nothing) is reported too.

Usage: bench/edit_loop.py [GRAFT_BINARY]  (default .build/debug/graft, which `graft init` records
as the Graft checkout the packages depend on by path).
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZES = [int(n) for n in os.environ.get("EDIT_LOOP_SIZES", "1,8,32").split(",")]
ROUNDS = int(os.environ.get("EDIT_LOOP_ROUNDS", "7"))
# The dashboards imported, in turn: the larger ones first, so the one-dashboard package holds the
# biggest (the Higress AI dashboard, 84 KB of JSON).
POOL = [
    "dashboards/higress-ai.json",
    "dashboards/higress-main.json",
    "dashboards/higress-logs.json",
    "Tests/GraftImportTests/Fixtures/panel-kinds.export.json",
    "Tests/GraftImportTests/Fixtures/variables-rows.export.json",
    "Tests/GraftImportTests/Fixtures/edge.dashboard.json",
    "Tests/GraftImportTests/Fixtures/Adopt/gateway-rows.grafana4.export.json",
    "Tests/GraftImportTests/Fixtures/Adopt/gateway-rows.v2.resource.json",
]
# A panel's title in the first imported dashboard: the line the edit changes.
PANEL_TITLE = re.compile(r'((?:Stat|Timeseries|Table|Gauge|BarGauge|Text|Logs|PieChart)\(")([^"]*)(")')


def make_dashboards(count, folder):
    """`count` dashboard files made from the pool, each under the uid and title prefix `bench-NN`."""
    paths = []
    for index in range(count):
        with open(os.path.join(ROOT, POOL[index % len(POOL)])) as file:
            document = json.load(file)
        uid, prefix = f"bench-{index:02d}", f"Bench {index:02d} "
        if "apiVersion" in document and "spec" in document:  # a Grafana 12/13 resource
            document["metadata"]["name"] = uid
            document["spec"]["title"] = prefix + document["spec"].get("title", "")
        else:
            model = document.get("dashboard", document)
            model["uid"], model["title"] = uid, prefix + model.get("title", "")
        path = os.path.join(folder, f"{uid}.json")
        with open(path, "w") as file:
            json.dump(document, file, indent=2)
        paths.append(path)
    return paths


def run(command, cwd):
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def timed(command, cwd):
    """Wall seconds, and CPU seconds of the children (user + system), of one command."""
    before = os.times()
    start = time.perf_counter()
    run(command, cwd)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def edit_panel_title(path, round_number):
    """Changes the first panel title of the Swift file at `path`: one line, a different title each round."""
    with open(path) as file:
        text = file.read()
    match = PANEL_TITLE.search(text)
    if match is None:
        sys.exit(f"edit_loop: no panel title to edit in {path}")
    title = re.sub(r" \(edit \d+\)$", "", match.group(2)) + f" (edit {round_number})"
    with open(path, "w") as file:
        file.write(text[:match.start(2)] + title + text[match.end(2):])
    return title


def rendered_has(package, title):
    """Whether the rendered JSON of the dashboard `bench-00` holds `title`."""
    folder = os.path.join(package, "dashboards")
    for name in os.listdir(folder):
        with open(os.path.join(folder, name)) as file:
            model = json.load(file)
        if model.get("uid") == "bench-00":
            return title in json.dumps(model, ensure_ascii=False)
    return False


def spread(values):
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def main():
    graft = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "graft"))
    # EDIT_LOOP_WORK keeps the packages (and their builds) for another run; by default they are removed.
    kept = os.environ.get("EDIT_LOOP_WORK")
    work = kept or tempfile.mkdtemp(prefix="graft-edit-loop-")
    os.makedirs(work, exist_ok=True)
    try:
        packages = {}
        for size in SIZES:
            package = os.path.join(work, f"p{size}")
            shutil.rmtree(package, ignore_errors=True)
            shutil.rmtree(os.path.join(work, f"json{size}"), ignore_errors=True)
            run([graft, "init", package, "--graft-path", ROOT], work)
            inputs = os.path.join(work, f"json{size}")
            os.mkdir(inputs)
            subprocess.run([graft, "import", *make_dashboards(size, inputs), "--into", package], cwd=work, check=True,
                           stdout=subprocess.DEVNULL)
            imported = os.path.join(package, "Sources", "Observability", "Imported")
            swift = sorted(f for f in os.listdir(imported) if f != "ImportedDashboards.swift")
            swift_bytes = sum(os.path.getsize(os.path.join(imported, f)) for f in swift)
            full = timed(["make", "run"], package)
            edited = next(os.path.join(imported, f) for f in swift if f.startswith("Bench00"))
            packages[size] = {"dir": package, "edited": edited, "full": full, "swift_bytes": swift_bytes, "loops": []}
        for round_number in range(1, ROUNDS + 1):
            for size in SIZES:
                package = packages[size]
                title = edit_panel_title(package["edited"], round_number)
                package["loops"].append(timed(["make", "run"], package["dir"]))
                if not rendered_has(package["dir"], title):
                    sys.exit(f"edit_loop: the rendered JSON of {size} dashboards lacks the edited title {title!r}")
        base = statistics.median(w for w, _ in packages[SIZES[0]]["loops"])
        base_cpu = statistics.median(c for _, c in packages[SIZES[0]]["loops"])
        report = [f"| imported dashboards | their Swift | edit → JSON, wall (median, range of {ROUNDS}) | × of {SIZES[0]} "
                  f"| CPU (median) | × of {SIZES[0]} | full build (Graft included) |",
                  "|---:|---:|---:|---:|---:|---:|---:|"]
        for size in SIZES:
            package = packages[size]
            walls = [w for w, _ in package["loops"]]
            cpus = [c for _, c in package["loops"]]
            report.append(f"| {size} | {package['swift_bytes'] / 1024:.0f} KB | {spread(walls)} | "
                          f"{statistics.median(walls) / base:.2f}× | {statistics.median(cpus):.2f} s | "
                          f"{statistics.median(cpus) / base_cpu:.2f}× | {package['full'][0]:.0f} s |")
        report += ["", f"The edit: a panel title of the first imported dashboard (Bench 00, the Higress AI dashboard), "
                   f"then `make run`; the packages are measured in turn, {ROUNDS} rounds. CPU: user and system "
                   f"seconds of the build and the render."]
        print("\n".join(report))
    finally:
        if not kept:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
