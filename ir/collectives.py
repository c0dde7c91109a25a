"""Who takes part in a collective: XLA's group modes, as pure functions.

A program for N devices runs as `replica_count` replicas of `num_partitions`
partitions (the HloModule header's `replica_count=` / `num_partitions=`). hlox
numbers devices by their *global id* `replica * num_partitions + partition` (XLA's
flattened id); device d's inputs and outputs are entry d of the leading axis in
`evaluate_spmd`, `hlox run --devices N` and the runtime.

How `replica_groups` is read depends on the group mode, which XLA derives from
`channel_id` and `use_global_device_ids` (`GetCollectiveOpGroupMode`); all-reduce,
all-gather and reduce-scatter always carry `use_global_device_ids` (default false),
all-to-all and collective-permute never do:

    channel_id  use_global_device_ids   mode                         ids in the groups
    no          (false / none)          cross-replica                replica ids
    yes         none                    cross-partition              partition ids
    yes         false                   cross-replica-and-partition  replica ids, every partition
    yes         true                    flattened id                 global ids

Empty `replica_groups` means one group of every replica (every partition in the
cross-partition mode). The order of a group is the rank order: it decides where
all-gather puts each device's piece, which piece reduce-scatter leaves where, and
where all-to-all sends each split. The evaluator, the code generator and the runtime
all use `participating_groups` and `permute_pairs`, so they agree by construction.
"""
from __future__ import annotations

from enum import Enum

from .attributes import ExplicitGroups
from .errors import HloError

# Module header attributes, with their defaults (kept in `module.attributes`).
DEVICE_COUNT_ATTRS = {"replica_count": 1, "num_partitions": 1}
# Collectives whose use_global_device_ids is a flag (false when not written) rather than
# absent: they have the cross-replica-and-partition and flattened-id modes.
_GLOBAL_ID_FLAG = frozenset({"all-reduce", "all-reduce-start", "all-gather", "all-gather-start",
                             "reduce-scatter"})
# Collectives whose participants come from replica_groups.
GROUPED = _GLOBAL_ID_FLAG | {"all-to-all"}
PERMUTES = frozenset({"collective-permute", "collective-permute-start"})


class GroupMode(Enum):
    CROSS_REPLICA = "cross-replica"
    CROSS_PARTITION = "cross-partition"
    CROSS_REPLICA_AND_PARTITION = "cross-replica-and-partition"
    FLATTENED_ID = "flattened-id"


def device_counts(module) -> tuple[int, int]:
    """(replica_count, num_partitions) of a module (1, 1 when the header says nothing)."""
    return tuple(module.attributes[key].data if key in module.attributes else default
                 for key, default in DEVICE_COUNT_ATTRS.items())  # type: ignore[return-value]


def set_device_counts(module, replica_count: int, num_partitions: int) -> None:
    from .dialect import HloAttr
    for key, value in zip(DEVICE_COUNT_ATTRS, (replica_count, num_partitions)):
        module.attributes[key] = HloAttr(int(value))


def group_mode(opcode: str, attrs: dict) -> GroupMode:
    has_channel = attrs.get("channel_id") is not None
    use_global = attrs.get("use_global_device_ids", False if opcode in _GLOBAL_ID_FLAG else None)
    if not has_channel:
        if use_global:
            raise HloError(f"{opcode}: use_global_device_ids=true needs a channel_id")
        return GroupMode.CROSS_REPLICA
    if use_global is None:
        return GroupMode.CROSS_PARTITION
    return GroupMode.FLATTENED_ID if use_global else GroupMode.CROSS_REPLICA_AND_PARTITION


def participating_groups(opcode: str, attrs: dict, replica_count: int,
                         num_partitions: int) -> list[list[int]]:
    """Every group of global device ids, each in rank order; together they cover each
    device exactly once. Raises HloError when the groups do not fit the device counts."""
    mode = group_mode(opcode, attrs)
    written = [list(g) for g in (attrs.get("replica_groups") or ExplicitGroups(())).groups()]
    ids_count = {GroupMode.CROSS_PARTITION: num_partitions,
                 GroupMode.FLATTENED_ID: replica_count * num_partitions}.get(mode, replica_count)
    if not written:
        if mode is GroupMode.FLATTENED_ID:
            raise HloError(f"{opcode}: replica_groups cannot be empty with "
                           "use_global_device_ids=true")
        written = [list(range(ids_count))]
    listed = sorted(i for g in written for i in g)
    if listed != list(range(ids_count)):
        raise HloError(f"{opcode}: replica_groups {written} must list each of the "
                       f"{ids_count} {_id_kind(mode)} ids exactly once (replica_count="
                       f"{replica_count}, num_partitions={num_partitions})")
    P = num_partitions
    if mode is GroupMode.CROSS_REPLICA:
        return [[r * P + p for r in g] for p in range(P) for g in written]
    if mode is GroupMode.CROSS_PARTITION:
        return [[r * P + p for p in g] for r in range(replica_count) for g in written]
    if mode is GroupMode.CROSS_REPLICA_AND_PARTITION:
        return [[r * P + p for r in g for p in range(P)] for g in written]
    return written


def _id_kind(mode: GroupMode) -> str:
    return {GroupMode.CROSS_PARTITION: "partition", GroupMode.FLATTENED_ID: "global"}.get(
        mode, "replica")


def permute_pairs(attrs: dict, replica_count: int, num_partitions: int) -> list[tuple[int, int]]:
    """collective-permute's (source, target) global device ids. Without a channel_id the
    pairs name replicas (within each partition), with one they name partitions (within
    each replica). A device no pair targets receives zeros."""
    P = num_partitions
    cross_partition = attrs.get("channel_id") is not None
    limit = num_partitions if cross_partition else replica_count
    pairs = attrs["source_target_pairs"]
    for pair in pairs:
        if not all(0 <= i < limit for i in pair):
            raise HloError(f"collective-permute: pair {list(pair)} is out of range for "
                           f"{limit} {'partitions' if cross_partition else 'replicas'}")
    if cross_partition:
        return [(r * P + s, r * P + t) for r in range(replica_count) for s, t in pairs]
    return [(s * P + p, t * P + p) for p in range(P) for s, t in pairs]


def group_of(device: int, groups: list[list[int]]) -> list[int]:
    """The group that `device` belongs to."""
    for g in groups:
        if device in g:
            return g
    raise HloError(f"device {device} is in no replica group {groups}")
