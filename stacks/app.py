"""Synthesize environments into ``cdktf.out`` so that a failure never loses earlier output.

The app synthesizes into a fresh sibling folder and swaps it in only when every stack was
written; a failed run removes its own folder and leaves the previous output untouched.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from cdktf import App

from .frontend_stack import FrontendStack
from .loader import LoadedEnvironment

log = logging.getLogger(__name__)

DEFAULT_OUTDIR = Path("cdktf.out")


def output_folder() -> Path:
    """Where to write: the cdktf CLI's choice (``CDKTF_OUTDIR``) or ``cdktf.out``."""
    return Path(os.environ.get("CDKTF_OUTDIR") or DEFAULT_OUTDIR)


def build(environments: list[LoadedEnvironment], outdir: str) -> App:
    """An App holding one FrontendStack per environment, not yet synthesized."""
    app = App(outdir=outdir)
    for item in environments:
        FrontendStack(app, item.stack_name, item.environment)
    return app


def synthesize(environments: list[LoadedEnvironment], outdir: Path) -> list[Path]:
    """Synthesize every environment and replace ``outdir`` whole; return the stack files."""
    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.new-", dir=outdir.parent))
    try:
        build(environments, str(staging)).synth()
        _replace(outdir, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    files = [
        outdir / "stacks" / item.stack_name / "cdk.tf.json" for item in environments
    ]
    log.info("wrote %d stack(s) to %s", len(files), outdir)
    return files


def _replace(target: Path, staging: Path) -> None:
    """Put ``staging`` where ``target`` is, restoring ``target`` if the swap fails halfway."""
    if not target.exists():
        staging.rename(target)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    retired.rmdir()
    target.rename(retired)
    try:
        staging.rename(target)
    except OSError:
        retired.rename(target)
        raise
    shutil.rmtree(retired, ignore_errors=True)
