"""The reference lab's environment file with another ``backend`` section, synthesized."""

from __future__ import annotations

import copy
import json
from functools import cache

import yaml
from cdktf import Testing
from conftest import ROOT

from stacks.environment import Environment
from stacks.frontend_stack import FrontendStack


@cache
def _lab_data() -> dict:
    return yaml.safe_load((ROOT / "environments" / "lab.yaml").read_text())


def lab_with(backend: dict | None, name: str = "lab") -> dict:
    """The lab file as data, named ``name``, with ``backend`` (or none: the default)."""
    data = copy.deepcopy(_lab_data())
    data["name"] = name
    if backend is not None:
        data["backend"] = backend
    return data


def synth_lab(backend: dict | None, name: str = "lab") -> dict:
    """The lab stack's Terraform JSON with this backend section, parsed."""
    environment = Environment.model_validate(lab_with(backend, name))
    assert environment.problems() == []
    stack = FrontendStack(Testing.app(), name, environment)
    return json.loads(Testing.synth(stack, run_validations=True))
