"""BIG-IPs in a sync-failover device group, managed from one stack.

Terraform talks to each device through a provider configuration of its own (an alias), so
one stack can reach every member of the group. Only the objects that config sync does not
copy (VLANs, non-floating self IPs) are made on each device; everything else (LTM objects,
floating self IPs, routes) is made on one device, the *active* one, and then pushed to the
group with ``run cm config-sync to-group``. Managing the same LTM objects on both devices
would have two writers for one synchronized configuration: every sync would undo one of
them, and Terraform would see drift on every plan.

The sync runs twice per change: once after every deletion (each active-device object
depends on a destroy-time command, which Terraform therefore deletes last) and once after
every create and update (it depends on them, and on the first). Both are replaced, and so
run again, whenever the
synthesized configuration of the active device changes; a digest of it is kept in a
``terraform_data`` resource. See https://techdocs.f5.com/ (Device Service Clustering,
"Managing configuration synchronization") for what config sync copies.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import jsii
from cdktf import (
    Aspects,
    DataResource,
    DefaultTokenResolver,
    IAspect,
    StringConcat,
    TerraformResource,
    TerraformResourceLifecycle,
    TerraformStack,
    Tokenization,
)

from constructs import Construct, IConstruct, IValidation

from . import checks, errors, names
from .connection import BigipConnection, bigip_provider
from .errors import Problem
from .generated.bigip.command import Command

MAX_DEVICES = 8
"""A sync-failover device group holds at most eight BIG-IPs."""
_DEVICE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,62}")


@dataclass(frozen=True)
class Device:
    """One BIG-IP of the device group.

    Args:
        name: Names the device's provider configuration (its Terraform alias) and the
            resources made on it: letters, digits, ``_`` and ``-``, starting with a letter.
            Renaming it moves those resources, so keep it stable.
        address: Management host name or address. Not secret; the credentials come from
            ``BIGIP_USER`` and ``BIGIP_PASSWORD``, the same for every device.
    """

    name: str
    address: str


def device_problems(devices: Sequence[Device], device_group: str) -> list[Problem]:
    """Problems of an HA pair's description, with field paths named as the props."""
    problems = []
    if not 2 <= len(devices) <= MAX_DEVICES:
        problems.append(Problem("devices", errors.device_count(len(devices))))
    for index, device in enumerate(devices):
        if not _DEVICE_NAME.fullmatch(device.name):
            message = errors.bad_device_name(device.name)
            problems.append(Problem(f"devices[{index}].name", message))
        if not device.address or any(c.isspace() for c in device.address):
            message = errors.bad_management_address(device.address)
            problems.append(Problem(f"devices[{index}].address", message))
    problems += checks.unique(
        "devices", "device name", (d.name for d in devices), "name"
    )
    problems += checks.unique(
        "devices", "management address", (d.address for d in devices), "address"
    )
    group = names.full_path(device_group)
    problems += names.check_full_path("device_group", group)
    if not problems and not group.startswith("/Common/"):
        problems.append(
            Problem("device_group", errors.device_group_outside_common(group))
        )
    return problems


class HaPair(Construct):
    """Providers for the devices of a device group, and config sync after each change.

    Call :meth:`place` for every scope whose resources belong to a device; anything not
    placed is reported when the stack is synthesized (with aliased providers only, an
    unplaced resource would use an unconfigured default provider).

    Args:
        devices: The group's BIG-IPs. The first is the *active* one in this library's
            sense: the synchronized configuration is made there and pushed to the others.
            It need not be active for traffic (a standby device takes changes and syncs
            them the same way); it must be up.
        device_group: Full path or bare name of the sync-failover device group (in
            ``/Common``).
        verify_tls: Validate the management certificates. Default True.
        trusted_ca_file: CA file for the management certificates. Default: system CAs.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        devices: Sequence[Device],
        device_group: str,
        verify_tls: bool = True,
        trusted_ca_file: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        errors.raise_if_any(self, device_problems(devices, device_group))

        self.devices = tuple(devices)
        self.active = devices[0].name
        self.providers = {
            device.name: bigip_provider(
                self,
                device.name,
                BigipConnection(
                    verify_tls=verify_tls,
                    trusted_ca_file=trusted_ca_file,
                    address=device.address,
                    alias=device.name,
                ),
            )
            for device in devices
        }
        group = names.base_name(names.full_path(device_group))
        sync = Construct(self, "config-sync")
        self.revision = DataResource(sync, "revision")
        again_on_change = TerraformResourceLifecycle(
            replace_triggered_by=[self.revision]
        )
        commands = [f"run cm config-sync to-group {group}"]
        active = self.providers[self.active]
        self.sync_after_destroy = Command(
            sync,
            "after-destroy",
            commands=commands,
            when="destroy",
            provider=active,
            lifecycle=again_on_change,
        )
        self.sync_after_apply = Command(
            sync,
            "after-apply",
            commands=commands,
            provider=active,
            lifecycle=again_on_change,
        )
        self._placements: list[tuple[IConstruct, str]] = []

        Aspects.of(self.sync_after_apply).add(_WireAtSynth(self))
        TerraformStack.of(self).node.add_validation(_EveryResourcePlaced(self))

    def place(self, scope: IConstruct, device: str | None = None) -> None:
        """Make every resource under ``scope`` on ``device`` (default: the active one).

        Resources are assigned when the stack is synthesized, so constructs added to
        ``scope`` later are placed too. The innermost placed scope wins.
        """
        device = device or self.active
        if device not in self.providers:
            message = errors.unknown_device(device, list(self.providers))
            errors.raise_if_any(self, [Problem("device", message)])
        self._placements.append((scope, device))

    def wire(self) -> None:
        """Assign providers and the sync's dependencies; run once, at synth."""
        placed: dict[str, tuple[TerraformResource, str]] = {}
        for scope, device in sorted(self._placements, key=lambda p: _depth(p[0])):
            for construct in scope.node.find_all():
                if isinstance(construct, TerraformResource):
                    placed[construct.node.path] = (construct, device)
        synchronized = []
        for resource, device in placed.values():
            resource.provider = self.providers[device]
            if device == self.active:
                after_deletions = [
                    *(resource.depends_on or []),
                    self.sync_after_destroy.fqn,
                ]
                resource.depends_on = after_deletions
                synchronized.append(resource)
        # After the deletion-time sync too, so that two syncs never run at once.
        after_everything = [r.fqn for r, _ in placed.values()]
        after_everything.append(self.sync_after_destroy.fqn)
        self.sync_after_apply.depends_on = after_everything
        self.revision.triggers_replace = {"configuration": _digest(synchronized)}

    def unplaced(self) -> list[str]:
        """Paths of BIG-IP resources in the stack that no device was chosen for."""
        stack = TerraformStack.of(self)
        return [
            construct.node.path
            for construct in stack.node.find_all()
            if isinstance(construct, TerraformResource)
            and construct.terraform_resource_type.startswith("bigip_")
            and construct.provider is None
        ]


def _depth(scope: IConstruct) -> int:
    return len(scope.node.scopes)


def _digest(resources: Sequence[TerraformResource]) -> str:
    """SHA-256 of the resources' Terraform JSON: changes whenever what is synced does."""
    if not resources:
        return ""
    stack = TerraformStack.of(resources[0])
    resolver = DefaultTokenResolver(StringConcat())
    bodies = [
        Tokenization.resolve(r.to_terraform(), scope=stack, resolver=resolver)
        for r in resources
    ]
    return hashlib.sha256(json.dumps(bodies, sort_keys=True).encode()).hexdigest()


@jsii.implements(IAspect)
class _WireAtSynth:
    """Wires the pair once the whole tree exists (aspects run at synth)."""

    def __init__(self, pair: HaPair) -> None:
        self.pair = pair
        self.done = False

    def visit(self, node: IConstruct) -> None:
        if not self.done:
            self.done = True
            self.pair.wire()


@jsii.implements(IValidation)
class _EveryResourcePlaced:
    def __init__(self, pair: HaPair) -> None:
        self.pair = pair

    def validate(self) -> list[str]:
        return [errors.not_placed(path) for path in self.pair.unplaced()]
