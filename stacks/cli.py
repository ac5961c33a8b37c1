"""Command line of the app: ``python main.py [FILE_OR_FOLDER ...]``.

Exit status: 0 when every stack was written, 2 when an environment file is wrong (nothing is
written), 1 when synthesis itself fails (nothing is written either).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from . import messages
from .node_runtime import use_bundled_node

ENVIRONMENTS_VARIABLE = "FRONTEND_ENVIRONMENTS"
log = logging.getLogger("stacks")


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Synthesize Terraform JSON for BIG-IP Kubernetes API front ends.",
        epilog=f"Without paths, reads ${ENVIRONMENTS_VARIABLE}, else environments/.",
    )
    parser.add_argument("paths", nargs="*", help="environment files or folders of them")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print only errors and warnings"
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    logging.basicConfig(
        level=logging.WARNING if arguments.quiet else logging.INFO,
        format="%(message)s",
        stream=sys.stdout,
    )
    use_bundled_node()

    try:
        from k8s_api_frontend import FrontendError

        from .app import OutputFolderError, output_folder, synthesize
        from .loader import ConfigError, load_all, requested_paths
    except ModuleNotFoundError as error:
        print(f"error: {messages.missing_dependency(error.name)}", file=sys.stderr)
        return 1

    try:
        paths = requested_paths(arguments.paths, os.environ.get(ENVIRONMENTS_VARIABLE))
        environments = load_all(paths)
    except ConfigError as error:
        for line in error.lines:
            print(f"error: {line}", file=sys.stderr)
        return 2
    for item in environments:
        for warning in item.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    try:
        files = synthesize(environments, output_folder())
    except FrontendError as error:
        for line in str(error).splitlines():
            print(f"error: {line.strip()}", file=sys.stderr)
        return 2
    except OutputFolderError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: {messages.synth_failed(str(error))}", file=sys.stderr)
        return 1
    except RuntimeError as error:
        print(
            f"error: {messages.synth_failed(_validation_report(error))}",
            file=sys.stderr,
        )
        return 1
    for path in files:
        log.info("%s", os.path.relpath(path))
    return 0


def _validation_report(error: RuntimeError) -> str:
    """cdktf's failed-validation text without its banner and its advice to skip checks."""
    lines = [line.strip() for line in str(error).splitlines()]
    kept = [
        line
        for line in lines
        if line and "Validation failed" not in line and "skipValidation" not in line
    ]
    return "; ".join(kept) or repr(error)
