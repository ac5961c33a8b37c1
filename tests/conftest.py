"""Shared fixtures: a fresh app and stack per test, and helpers to read synthesized JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stacks.node_runtime import use_bundled_node  # noqa: E402

use_bundled_node()

from cdktf import App, TerraformStack, Testing  # noqa: E402
from k8s_api_frontend import BigipConnection, bigip_provider  # noqa: E402


@pytest.fixture
def stack() -> TerraformStack:
    """An empty stack with the BIG-IP provider, in an app of its own."""
    app = Testing.app()
    stack = TerraformStack(app, "test")
    bigip_provider(stack, "bigip", BigipConnection())
    return stack


def synth(stack: TerraformStack) -> dict:
    """The stack's Terraform JSON, parsed, with construct validations run."""
    return json.loads(Testing.synth(stack, run_validations=True))


def resources(document: dict, type_name: str) -> list[dict]:
    """The bodies of every resource of one type, in synthesized order."""
    return list(document.get("resource", {}).get(type_name, {}).values())


def only(document: dict, type_name: str) -> dict:
    """The single resource of a type; fails when there is not exactly one."""
    found = resources(document, type_name)
    assert len(found) == 1, f"expected one {type_name}, found {len(found)}"
    return found[0]


# Credentials a user would have in the environment: they must never reach output or logs.
SECRETS = {"BIGIP_USER": "admin-user-7f3a", "BIGIP_PASSWORD": "s3cret-Pa55-9c1e"}


def run_app(*args: str, cwd: Path = ROOT, env: dict | None = None):
    """Run ``main.py`` as a user does, with BIG-IP credentials in the environment."""
    environment = {**os.environ, "BIGIP_HOST": "192.0.2.10", **SECRETS, **(env or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
    )


def run_app_in(folder: Path, *args: str):
    """Run ``main.py`` from ``folder``, writing to ``folder/cdktf.out``."""
    return run_app(*args, cwd=folder, env={"CDKTF_OUTDIR": str(folder / "cdktf.out")})


def synth_example(folder: Path, name: str) -> dict:
    """``environments/<name>.yaml`` synthesized by the app into ``folder``.

    Returns the stack's text, its parsed JSON and the finished process.
    """
    out = folder / "cdktf.out"
    result = run_app(
        str(ROOT / "environments" / f"{name}.yaml"), env={"CDKTF_OUTDIR": str(out)}
    )
    assert result.returncode == 0, result.stderr
    text = (out / "stacks" / name / "cdk.tf.json").read_text()
    return {"text": text, "json": json.loads(text), "result": result}


def assert_matches_golden(name: str, text: str) -> None:
    """Compare a synthesized stack with its reviewed copy in ``tests/golden/``.

    ``UPDATE_GOLDEN=1`` rewrites the copy instead, for a change to review in the diff.
    """
    golden = ROOT / "tests" / "golden" / f"{name}.tf.json"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(text)
    assert json.loads(golden.read_text()) == json.loads(text), (
        f"synthesized {name} changed; review and regenerate with UPDATE_GOLDEN=1 make test"
    )


__all__ = [
    "App",
    "ROOT",
    "SECRETS",
    "assert_matches_golden",
    "only",
    "resources",
    "run_app",
    "run_app_in",
    "synth",
    "synth_example",
]
