"""Wall time and peak memory of a synth, the app against the bare-bindings floor.

Run with ``make bench`` (not part of ``make test`` or CI). Each case runs in a fresh
process, as a user runs it: the app is ``main.py`` on generated environment files, the
floor is ``bench/floor.py`` (the same resources from the generated bindings alone). Peak
memory is the largest sum of resident memory over the whole process tree, Python and the
Node.js process jsii starts, sampled every few milliseconds.

Python's bytecode is cached in a temporary folder and one warm-up run precedes the
measured ones, as on a user's machine after the first run. Times are the best of
``--repeat`` runs (other work on the machine only ever adds time); memory is the median.

Cost per resource is the wall time above start-up (the floor's empty app: Python, jsii
and cdktf loading) divided by the resources synthesized.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import yaml
from workload import Workload

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stacks.node_runtime import use_bundled_node  # noqa: E402

ENVIRONMENT_CASES = [Workload(1, 3), Workload(10, 3), Workload(100, 3)]
MASTER_CASES = [Workload(1, 50), Workload(1, 500)]
SAMPLE_SECONDS = 0.005
MIB = 1024 * 1024
CHILD_ENVIRONMENT: dict[str, str] = {}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_bytes: int
    resources: dict[str, int]

    @property
    def resource_count(self) -> int:
        return sum(self.resources.values())


def measure(command: list[str], outdir: Path) -> Run:
    """Run ``command`` to completion; its wall time, peak tree memory and output."""
    start = time.perf_counter()
    process = psutil.Popen(
        command,
        cwd=ROOT,
        env=CHILD_ENVIRONMENT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed:\n{process.stderr.read().decode()}"
        )
    return Run(seconds, peak, count_resources(outdir))


def tree_rss(process: psutil.Process) -> int:
    total = 0
    try:
        for member in (process, *process.children(recursive=True)):
            total += member.memory_info().rss
    except psutil.NoSuchProcess:
        pass
    return total


def count_resources(outdir: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for stack_file in outdir.glob("stacks/*/cdk.tf.json"):
        for kind, items in json.loads(stack_file.read_text())["resource"].items():
            counts[kind] = counts.get(kind, 0) + len(items)
    return counts


def run_app(workload: Workload, work: Path) -> Run:
    files = work / "environments"
    files.mkdir()
    for name in workload.stack_names():
        text = yaml.safe_dump(workload.environment_file(name), sort_keys=False)
        (files / f"{name}.yaml").write_text(text)
    outdir = work / "app.out"
    CHILD_ENVIRONMENT["CDKTF_OUTDIR"] = str(outdir)
    return measure([sys.executable, "main.py", "-q", str(files)], outdir)


def run_floor(workload: Workload, work: Path) -> Run:
    outdir = work / "floor.out"
    script = str(Path(__file__).with_name("floor.py"))
    command = [sys.executable, script, str(workload.environments)]
    return measure([*command, str(workload.masters), str(outdir)], outdir)


def best_run(runner, workload: Workload, repeat: int) -> Run:
    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="synth-bench-") as work:
            runs.append(runner(workload, Path(work)))
    return Run(
        min(r.seconds for r in runs),
        int(statistics.median(r.peak_bytes for r in runs)),
        runs[0].resources,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (median)")
    arguments = parser.parse_args(argv)
    use_bundled_node()
    CHILD_ENVIRONMENT.update(os.environ)
    # Cache bytecode (off in some shells) outside the project, as a user's Python does.
    CHILD_ENVIRONMENT.pop("PYTHONDONTWRITEBYTECODE", None)
    bytecode = tempfile.TemporaryDirectory(prefix="synth-bench-pycache-")
    CHILD_ENVIRONMENT["PYTHONPYCACHEPREFIX"] = bytecode.name
    best_run(run_app, Workload(1, 3), 1)

    startup = best_run(run_floor, Workload(0, 0), arguments.repeat)
    print(
        f"start-up (empty app): {startup.seconds:.2f} s, "
        f"{startup.peak_bytes / MIB:.0f} MiB\n"
    )
    header = (
        f"{'case':<22}{'resources':>10}{'app s':>8}{'floor s':>9}{'ratio':>7}"
        f"{'app MiB':>9}{'floor MiB':>10}{'ratio':>7}{'app ms/res':>12}"
        f"{'floor ms/res':>13}"
    )
    print(header)
    print("-" * len(header))
    results = {}
    for workload in [*ENVIRONMENT_CASES, *MASTER_CASES]:
        app = best_run(run_app, workload, arguments.repeat)
        floor = best_run(run_floor, workload, arguments.repeat)
        if app.resources != floor.resources:
            raise SystemExit(
                f"{workload.label}: app {app.resources} != {floor.resources}"
            )
        results[workload] = (app, floor)
        count = app.resource_count

        def per_resource(run: Run, count: int = count) -> float:
            return 1000 * (run.seconds - startup.seconds) / count

        print(
            f"{workload.label:<22}{count:>10}{app.seconds:>8.2f}{floor.seconds:>9.2f}"
            f"{app.seconds / floor.seconds:>7.2f}{app.peak_bytes / MIB:>9.0f}"
            f"{floor.peak_bytes / MIB:>10.0f}{app.peak_bytes / floor.peak_bytes:>7.2f}"
            f"{per_resource(app):>12.2f}{per_resource(floor):>13.2f}",
            flush=True,
        )
    print_targets(results, startup)
    return 0


def print_targets(results: dict[Workload, tuple[Run, Run]], startup: Run) -> None:
    lab_app, lab_floor = results[Workload(1, 3)]
    hundred, _ = results[Workload(100, 3)]
    costs = {}
    for workload in (Workload(1, 3), *MASTER_CASES):
        app, _ = results[workload]
        costs[workload.masters] = (app.seconds - startup.seconds) / app.resource_count
    spread = max(costs.values()) / min(costs.values())
    print("\ntargets")
    print(
        f"  lab synth / floor       {lab_app.seconds / lab_floor.seconds:.2f} (<= 1.20)"
    )
    print(
        f"  100 env x 3 masters     {hundred.seconds:.1f} s (<= 10), "
        f"{hundred.peak_bytes / MIB:.0f} MiB (<= 1024)"
    )
    listed = ", ".join(f"{m}: {1000 * c:.2f}" for m, c in costs.items())
    print(f"  ms per resource         {listed}; max/min {spread:.2f} (flat: <= 1.25)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
