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


# How each attribute is spelled in HLO text.
INT, INTS, BOOL, WORD, COMPUTATION, COMPUTATIONS, SLICE, PADDING, WINDOW = (
    "int", "ints", "bool", "word", "computation", "computations", "slice", "padding", "window")
FLOAT = "float"

ATTRIBUTE_KINDS: dict[str, str] = {
    "iota_dimension": INT, "index": INT, "index_vector_dim": INT,
    "feature_group_count": INT, "batch_group_count": INT,
    "indices_are_sorted": BOOL, "unique_indices": BOOL, "is_stable": BOOL,
    "k": INT, "largest": BOOL, "feature_index": INT, "epsilon": FLOAT, "lower": BOOL,
    "direction": WORD, "type": WORD, "kind": WORD, "algorithm": WORD, "dim_labels": WORD,
    "fft_type": WORD,
    "slice": SLICE, "padding": PADDING, "window": WINDOW,
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
    "metadata", "backend_config", "sharding", "frontend_attributes", "origin", "statistics",
    "operand_precision", "precision_config", "result_accuracy", "control-predecessors",
    "parameter_replication", "schedule", "outer_dimension_partitions", "operand_layout_constraints",
    "custom_call_has_side_effect", "api_version", "output_to_operand_aliasing", "algorithm_config",
    "is_host_transfer", "source_target_pairs", "known_trip_count", "is_cross_program_prefetch",
    "sharding_rule",
})

# XLA's defaults: an attribute equal to its default is not printed.
ATTRIBUTE_DEFAULTS: dict[str, object] = {
    "feature_group_count": 1, "batch_group_count": 1, "indices_are_sorted": False,
    "unique_indices": False, "is_stable": False, "operand_batching_dims": (),
    "start_indices_batching_dims": (), "input_batching_dims": (),
    "scatter_indices_batching_dims": (), "lhs_batch_dims": (), "rhs_batch_dims": (),
    "lhs_contracting_dims": (), "rhs_contracting_dims": (), "largest": True,
    "lower": False,
}
