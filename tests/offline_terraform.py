"""Run the real ``terraform`` binary offline, with nothing from the caller's credentials.

The CLI configuration written here forbids every provider download, so a run that would
need one fails instead of reaching a registry; ``terraform_data`` and the backends are built
into Terraform and need none.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

NO_DOWNLOADS = 'provider_installation {\n  direct {\n    exclude = ["*/*/*"]\n  }\n}\n'


def missing(reason: str) -> None:
    """Skip on a workstation without a program the test needs; in CI, where it must run, fail."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run this test (.ci/run installs it)")
    pytest.skip(f"{reason}; install it, or run .ci/run")


def require_terraform() -> None:
    if shutil.which("terraform") is None:
        missing("terraform is not installed")


def terraform_env(folder: Path, **variables: str) -> dict[str, str]:
    """A clean environment for Terraform: PATH, a private home and CLI config, ``variables``."""
    config = folder / "terraformrc"
    config.write_text(NO_DOWNLOADS)
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(folder),
        "TF_CLI_CONFIG_FILE": str(config),
        "TF_IN_AUTOMATION": "1",
        "TF_INPUT": "0",
        "CHECKPOINT_DISABLE": "1",
        **variables,
    }


def terraform(
    workdir: Path, env: dict[str, str], *arguments: str
) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["terraform", f"-chdir={workdir}", *arguments, "-no-color"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
