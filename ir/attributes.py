"""Python values of HLO instruction attributes, and the kind of each attribute.

Attribute values are immutable and hashable (CSE compares them). The parser and
printer read `ATTRIBUTE_KINDS` to know how each attribute is spelled in text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class WindowDim:
    size: int
    stride: int = 1
    pad_low: int = 0
    pad_high: int = 0
    base_dilation: int = 1  # lhs_dilate
    window_dilation: int = 1  # rhs_dilate
    reversal: bool = False


@dataclass(frozen=True)
class Window:
    dims: tuple[WindowDim, ...]


@dataclass(frozen=True)
class SliceDim:
    start: int
    limit: int
    stride: int = 1


@dataclass(frozen=True)
class PadDim:
    low: int
    high: int
    interior: int = 0


@dataclass(frozen=True, eq=False)
class Literal:
    """The value of a constant. Equality compares dtype, shape and bytes."""

    array: np.ndarray = field(repr=False)

    def _key(self):
        return (self.array.dtype.str, self.array.shape, self.array.tobytes())

    def __eq__(self, other):
        return isinstance(other, Literal) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Literal({self.array.dtype}{list(self.array.shape)})"


@dataclass(frozen=True)
class ConvDims:
    """Convolution dimension numbers, parsed from `dim_labels=b01f_01io->b01f`."""

    input_batch: int
    input_feature: int
    input_spatial: tuple[int, ...]
    kernel_input_feature: int
    kernel_output_feature: int
    kernel_spatial: tuple[int, ...]
    output_batch: int
    output_feature: int
    output_spatial: tuple[int, ...]


def parse_dim_labels(labels: str) -> ConvDims:
    """`b01f_01io->b01f` -> ConvDims. Raises ValueError when malformed."""
    try:
        lhs, rest = labels.split("_")
        rhs, out = rest.split("->")
    except ValueError:
        raise ValueError(f"malformed dim_labels '{labels}'") from None

    def positions(text, letters):
        spatial_count = sum(ch.isdigit() for ch in text)
        if sorted(text) != sorted(letters + "".join(str(i) for i in range(spatial_count))):
            raise ValueError(f"malformed dim_labels '{labels}'")
        return [text.index(ch) for ch in letters], tuple(text.index(str(i)) for i in range(spatial_count))

    (ib, if_), isp = positions(lhs, "bf")
    (ki, ko), ksp = positions(rhs, "io")
    (ob, of), osp = positions(out, "bf")
    if not (len(isp) == len(ksp) == len(osp)):
        raise ValueError(f"dim_labels '{labels}' disagree on the number of spatial dimensions")
    return ConvDims(ib, if_, isp, ki, ko, ksp, ob, of, osp)


@dataclass(frozen=True)
class ExplicitGroups:
    """`replica_groups={{0,1},{2,3}}`: the groups written out (empty: one group of all)."""

    explicit: tuple[tuple[int, ...], ...]

    def groups(self) -> tuple[tuple[int, ...], ...]:
        return self.explicit


@dataclass(frozen=True)
class IotaGroups:
    """`replica_groups=[G,S]<=[dims]T(perm)`: iota(prod(dims)) reshaped to `dims`,
    transposed by `perm`, read as G groups of S ids."""

    num_groups: int
    group_size: int
    reshape_dims: tuple[int, ...]
    perm: tuple[int, ...]  # () for the identity

    def groups(self) -> tuple[tuple[int, ...], ...]:
        ids = np.arange(int(np.prod(self.reshape_dims, dtype=np.int64))).reshape(
            self.reshape_dims)
        if self.perm:
            ids = ids.transpose(self.perm)
        return tuple(tuple(int(i) for i in row)
                     for row in ids.reshape(self.num_groups, self.group_size))


@dataclass(frozen=True)
class MeshAxis:
    """One axis of a `mesh[...] {...}` group list: `'x'` or a sub-axis `'x':(pre)size`."""

    name: str
    pre_size: int | None = None
    size: int | None = None


@dataclass(frozen=True)
class MeshGroups:
    """`replica_groups=mesh['x'=2,'y'=2] {'y'}`: devices laid out row-major on a mesh; a
    group is the devices that differ only along the listed (sub-)axes, ordered by them."""

    mesh: tuple[tuple[str, int], ...]
    axes: tuple[MeshAxis, ...]

    def groups(self) -> tuple[tuple[int, ...], ...]:
        sizes = dict(self.mesh)
        index = {name: i for i, (name, _) in enumerate(self.mesh)}
        # Split every mesh axis into the pieces its sub-axes name, major to minor (a
        # sub-axis `(pre)size` follows `pre` major elements), then move the grouped pieces
        # last, in the order they are listed.
        pieces: list[list[tuple[int, MeshAxis | None]]] = [[] for _ in self.mesh]
        for axis in self.axes:
            if axis.name not in sizes:
                raise ValueError(f"mesh has no axis '{axis.name}'")
        for name, full in self.mesh:
            refs = sorted((a for a in self.axes if a.name == name),
                          key=lambda a: a.pre_size or 1)
            split: list[tuple[int, MeshAxis | None]] = []
            done = 1
            for ref in refs:
                pre, size = (ref.pre_size, ref.size) if ref.size else (1, full)
                if pre % done or pre * size > full:
                    raise ValueError(f"sub-axis {ref} does not divide mesh axis '{name}'")
                if pre != done:
                    split.append((pre // done, None))
                split.append((size, ref))
                done = pre * size
            if done != full:
                if full % done:
                    raise ValueError(f"sub-axes of '{name}' do not divide its size {full}")
                split.append((full // done, None))
            pieces[index[name]] = split
        flat = [piece for axis_pieces in pieces for piece in axis_pieces]
        dims = [size for size, _ in flat]
        grouped = [next(i for i, (_, ref) in enumerate(flat) if ref is a) for a in self.axes]
        rest = [i for i in range(len(flat)) if i not in grouped]
        ids = np.arange(int(np.prod(dims, dtype=np.int64))).reshape(dims).transpose(
            rest + grouped)
        group_size = int(np.prod([dims[i] for i in grouped], dtype=np.int64))
        return tuple(tuple(int(i) for i in row) for row in ids.reshape(-1, group_size))


ReplicaGroups = ExplicitGroups | IotaGroups | MeshGroups


# How each attribute is spelled in HLO text.
INT, INTS, BOOL, WORD, COMPUTATION, COMPUTATIONS, SLICE, PADDING, WINDOW = (
    "int", "ints", "bool", "word", "computation", "computations", "slice", "padding", "window")
REPLICA_GROUPS, INT_PAIRS, RAW = "replica_groups", "int_pairs", "raw"
FLOAT = "float"

ATTRIBUTE_KINDS: dict[str, str] = {
    "iota_dimension": INT, "index": INT, "index_vector_dim": INT,
    "feature_group_count": INT, "batch_group_count": INT,
    "indices_are_sorted": BOOL, "unique_indices": BOOL, "is_stable": BOOL,
    "k": INT, "largest": BOOL, "feature_index": INT, "epsilon": FLOAT, "lower": BOOL,
    "left_side": BOOL, "unit_diagonal": BOOL, "transpose_a": WORD,
    "exponent_bits": INT, "mantissa_bits": INT,
    "direction": WORD, "type": WORD, "kind": WORD, "algorithm": WORD, "dim_labels": WORD,
    "fft_type": WORD,
    "slice": SLICE, "padding": PADDING, "window": WINDOW,
    "channel_id": INT, "use_global_device_ids": BOOL, "constrain_layout": BOOL,
    "replica_groups": REPLICA_GROUPS, "source_target_pairs": INT_PAIRS,
    "sharding": RAW,  # kept as written: hlox runs the per-device program it annotates
    "branch_computations": COMPUTATIONS,
    **{name: COMPUTATION for name in (
        "to_apply", "calls", "condition", "body", "true_computation", "false_computation",
        "select", "scatter")},
    **{name: INTS for name in (
        "dimensions", "offset_dims", "collapsed_slice_dims", "start_index_map", "slice_sizes",
        "operand_batching_dims", "start_indices_batching_dims", "update_window_dims",
        "inserted_window_dims", "scatter_dims_to_operand_dims", "input_batching_dims",
        "scatter_indices_batching_dims", "dynamic_slice_sizes", "lhs_batch_dims",
        "lhs_contracting_dims", "rhs_batch_dims", "rhs_contracting_dims", "fft_length")},
}

# Attributes XLA prints that do not change what an instruction computes on the CPU:
# the parser reads and drops them.
IGNORED_ATTRIBUTES = frozenset({
    "metadata", "backend_config", "frontend_attributes", "origin", "statistics",
    "operand_precision", "precision_config", "result_accuracy", "control-predecessors",
    "parameter_replication", "schedule", "outer_dimension_partitions", "operand_layout_constraints",
    "custom_call_has_side_effect", "api_version", "output_to_operand_aliasing", "algorithm_config",
    "is_host_transfer", "known_trip_count", "is_cross_program_prefetch",
    "sharding_rule",
})

# XLA's defaults: an attribute equal to its default is not printed.
ATTRIBUTE_DEFAULTS: dict[str, object] = {
    "feature_group_count": 1, "batch_group_count": 1, "indices_are_sorted": False,
    "unique_indices": False, "is_stable": False, "operand_batching_dims": (),
    "start_indices_batching_dims": (), "input_batching_dims": (),
    "scatter_indices_batching_dims": (), "lhs_batch_dims": (), "rhs_batch_dims": (),
    "lhs_contracting_dims": (), "rhs_contracting_dims": (),
    "use_global_device_ids": False, "constrain_layout": False, "largest": True,
    "lower": False, "left_side": False, "unit_diagonal": False,
}
