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

from . import messages
from .frontend_stack import FrontendStack
from .loader import LoadedEnvironment

log = logging.getLogger(__name__)

DEFAULT_OUTDIR = Path("cdktf.out")
OUTPUT_ENTRIES = {"manifest.json", "stacks"}
TERRAFORM_WORKING_FILES = (".terraform", ".terraform.lock.hcl")


def output_folder() -> Path:
    """Where to write: the cdktf CLI's choice (``CDKTF_OUTDIR``) or ``cdktf.out``."""
    return Path(os.environ.get("CDKTF_OUTDIR") or DEFAULT_OUTDIR)


def build(environments: list[LoadedEnvironment], outdir: str) -> App:
    """An App holding one FrontendStack per environment, not yet synthesized."""
    app = App(outdir=outdir)
    for item in environments:
        FrontendStack(app, item.stack_name, item.environment)
    return app


class OutputFolderError(Exception):
    """The output folder holds something other than earlier synthesized stacks."""


def check_output_folder(outdir: Path) -> None:
    """Refuse to replace anything but earlier cdktf output, since replacing deletes it.

    ``CDKTF_OUTDIR`` can name any folder; a typo (``.``, a home folder) must not remove
    a checkout. Earlier output holds only ``manifest.json`` and ``stacks/``.
    """
    if Path.cwd().resolve().is_relative_to(outdir):
        raise OutputFolderError(messages.output_holds_cwd(outdir))
    if outdir.is_symlink() or (outdir.exists() and not outdir.is_dir()):
        raise OutputFolderError(messages.output_not_a_folder(outdir))
    if outdir.is_dir():
        foreign = sorted(
            p.name for p in outdir.iterdir() if p.name not in OUTPUT_ENTRIES
        )
        if foreign:
            raise OutputFolderError(messages.output_not_ours(outdir, foreign))


def synthesize(environments: list[LoadedEnvironment], outdir: Path) -> list[Path]:
    """Synthesize every environment and replace ``outdir`` whole; return the stack files."""
    outdir = Path(os.path.abspath(outdir))
    check_output_folder(outdir)
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
    carried = _carry_over_terraform_files(target, staging)
    retired = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    retired.rmdir()
    try:
        target.rename(retired)
        try:
            staging.rename(target)
        except OSError:
            retired.rename(target)
            raise
    except OSError:
        for old, new in carried:
            new.rename(old)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def _carry_over_terraform_files(old: Path, new: Path) -> list[tuple[Path, Path]]:
    """Move Terraform's working files of each stack that is synthesized again.

    ``terraform init`` leaves the provider lock file and ``.terraform/`` (providers,
    backend settings) in ``stacks/<stack>/``; keeping them spares a fresh init and keeps
    the providers' recorded hashes. Returns the moves, so that a failed swap can undo them.
    """
    moves = []
    for stack in (old / "stacks").glob("*"):
        destination = new / "stacks" / stack.name
        for name in TERRAFORM_WORKING_FILES:
            if (stack / name).exists() and destination.is_dir():
                (stack / name).rename(destination / name)
                moves.append((stack / name, destination / name))
    return moves
