"""Wall time and peak memory of a synth, the app against the bare-bindings floor.

Run with ``make bench`` (not part of ``make test`` or CI). Each case runs in a fresh
process, as a user runs it: the app is ``main.py`` on generated environment files, the
floor is ``bench/floor.py`` (the same resources from the generated bindings alone), and
``bench/library.py`` builds them with the library's constructs but reads no file. Peak
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
import resource
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
    cpu_seconds: float
    peak_bytes: int
    resources: dict[str, int]

    @property
    def resource_count(self) -> int:
        return sum(self.resources.values())


def measure(command: list[str], outdir: Path) -> Run:
    """Run ``command`` to completion; its wall time, peak tree memory and output."""
    cpu_before = _children_cpu()
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
    cpu_seconds = _children_cpu() - cpu_before
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed:\n{process.stderr.read().decode()}"
        )
    return Run(seconds, cpu_seconds, peak, count_resources(outdir))


def _children_cpu() -> float:
    """User and system time of every finished descendant (jsii's Node.js included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
    return run_script("floor.py", workload, work)


def run_library(workload: Workload, work: Path) -> Run:
    return run_script("library.py", workload, work)


def run_script(name: str, workload: Workload, work: Path) -> Run:
    """One of the bench scripts, which take the workload's sizes and an output folder."""
    outdir = work / "script.out"
    script = str(Path(__file__).with_name(name))
    command = [sys.executable, script, str(workload.environments)]
    return measure([*command, str(workload.masters), str(outdir)], outdir)


def best_runs(runners: list, workload: Workload, repeat: int) -> list[Run]:
    """The best of ``repeat`` runs of each runner, taken in turns.

    Taking turns spreads a burst of other work on the machine over every runner instead
    of loading one of them.
    """
    runs: list[list[Run]] = [[] for _ in runners]
    for _ in range(repeat):
        for runner, results in zip(runners, runs, strict=True):
            with tempfile.TemporaryDirectory(prefix="synth-bench-") as work:
                results.append(runner(workload, Path(work)))
    return [
        Run(
            min(r.seconds for r in results),
            min(r.cpu_seconds for r in results),
            int(statistics.median(r.peak_bytes for r in results)),
            results[0].resources,
        )
        for results in runs
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=5, help="runs per case (best time, median memory)"
    )
    arguments = parser.parse_args(argv)
    use_bundled_node()
    CHILD_ENVIRONMENT.update(os.environ)
    # Cache bytecode (off in some shells) outside the project, as a user's Python does.
    CHILD_ENVIRONMENT.pop("PYTHONDONTWRITEBYTECODE", None)
    bytecode = tempfile.TemporaryDirectory(prefix="synth-bench-pycache-")
    CHILD_ENVIRONMENT["PYTHONPYCACHEPREFIX"] = bytecode.name
    best_runs([run_app, run_library], Workload(1, 3), 1)

    (startup,) = best_runs([run_floor], Workload(0, 0), arguments.repeat)
    print(
        f"start-up (empty app): {startup.seconds:.2f} s wall, "
        f"{startup.cpu_seconds:.2f} s CPU, {startup.peak_bytes / MIB:.0f} MiB\n"
    )
    columns = [
        ("case", 21),
        ("resources", 9),
        ("app s", 7),
        ("lib s", 6),
        ("floor s", 7),
        ("ratio", 6),
        ("lib/fl", 6),
        ("app cpu", 7),
        ("fl cpu", 7),
        ("ratio", 6),
        ("app MiB", 7),
        ("fl MiB", 7),
        ("ratio", 6),
        ("app ms/res", 10),
        ("fl ms/res", 9),
    ]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    results = {}
    for workload in [*ENVIRONMENT_CASES, *MASTER_CASES]:
        app, library, floor = best_runs(
            [run_app, run_library, run_floor], workload, arguments.repeat
        )
        for run in (app, library):
            if run.resources != floor.resources:
                raise SystemExit(
                    f"{workload.label}: {run.resources} != {floor.resources}"
                )
        results[workload] = (app, floor, library)
        cells = [
            workload.label,
            app.resource_count,
            app.seconds,
            library.seconds,
            floor.seconds,
            app.seconds / floor.seconds,
            library.seconds / floor.seconds,
            app.cpu_seconds,
            floor.cpu_seconds,
            app.cpu_seconds / floor.cpu_seconds,
            app.peak_bytes / MIB,
            floor.peak_bytes / MIB,
            app.peak_bytes / floor.peak_bytes,
            cost_per_resource(app, startup),
            cost_per_resource(floor, startup),
        ]
        print(
            " ".join(
                _cell(value, width)
                for value, (_, width) in zip(cells, columns, strict=True)
            )
        )
    print_targets(results)
    return 0


def cost_per_resource(run: Run, startup: Run) -> float:
    """Milliseconds of wall time per resource, above the start-up of an empty app."""
    return 1000 * (run.seconds - startup.seconds) / run.resource_count


def _cell(value: object, width: int) -> str:
    if isinstance(value, float):
        return f"{value:>{width}.2f}" if value < 100 else f"{value:>{width}.0f}"
    return f"{value:>{width}}"


def print_targets(results: dict[Workload, tuple[Run, Run, Run]]) -> None:
    lab_app, lab_floor, lab_library = results[Workload(1, 3)]
    hundred = results[Workload(100, 3)][0]
    print("\ntargets")
    print(
        f"  lab synth / floor      {lab_app.seconds / lab_floor.seconds:.2f} wall, "
        f"{lab_app.cpu_seconds / lab_floor.cpu_seconds:.2f} CPU (target <= 1.20); "
        f"the app's extra CPU: {lab_app.cpu_seconds - lab_floor.cpu_seconds:.2f} s"
    )
    print(
        f"  constructs alone       {lab_library.seconds / lab_floor.seconds:.2f} wall, "
        f"{lab_library.cpu_seconds / lab_floor.cpu_seconds:.2f} CPU of the floor "
        "(bench/library.py: the same stack, no environment file)"
    )
    print(
        "  reading files          importing pydantic and PyYAML into a bare Python: "
        f"{parser_import_seconds():.2f} s CPU (the floor reads no file)"
    )
    print(
        f"  100 env x 3 masters    {hundred.seconds:.1f} s, "
        f"{hundred.peak_bytes / MIB:.0f} MiB (target <= 10 s, <= 1024 MiB)"
    )
    series = [results[w][0] for w in (Workload(1, 3), *MASTER_CASES)]
    steps = []
    for small, large in zip(series, series[1:], strict=False):
        added = large.resource_count - small.resource_count
        wall = 1000 * (large.seconds - small.seconds) / added
        cpu = 1000 * (large.cpu_seconds - small.cpu_seconds) / added
        steps.append(
            f"{small.resource_count}->{large.resource_count}: "
            f"{wall:.2f} wall, {cpu:.2f} CPU"
        )
    print(f"  ms per added resource  {'; '.join(steps)} (target: flat)")


def parser_import_seconds() -> float:
    """CPU time to import the environment-file parsers, above a bare interpreter."""

    def cpu(code: str) -> float:
        before = _children_cpu()
        subprocess.run([sys.executable, "-c", code], env=CHILD_ENVIRONMENT, check=True)
        return _children_cpu() - before

    bare = min(cpu("pass") for _ in range(5))
    parsers = "import yaml; from pydantic import BaseModel, IPvAnyAddress"
    return max(0.0, min(cpu(parsers) for _ in range(5)) - bare)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
