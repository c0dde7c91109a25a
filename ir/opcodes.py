"""The opcode table: every HLO opcode hlox knows, its category and its attributes.

Passes ask "is it elementwise?" by set membership (`ELEMENTWISE`), and the
dialect, parser, printer, shape inference, evaluator and C emitter are all
keyed by the opcode strings defined here. How an opcode behaves below the IR (fused
into a loop, materialised, a view, control flow, how the report draws it) is one
registry, `TRAITS` / `traits(opcode)`, that fusion, code generation, the memory plan,
the evaluator and `tools/report.py` all ask. `tests/ir/test_tables.py` checks that
every opcode has an entry in every table that needs one.

Adding an opcode: append its `OpInfo` (to `_UNARY` / `_BINARY` / `_OTHERS`); its traits
default to `Traits()` — a kernel of its own, materialised into a buffer, drawn "heavy" —
and only an opcode that behaves otherwise is named in the trait groups below.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OpInfo:
    opcode: str
    category: str
    arity: int | None  # None: variadic
    attrs: tuple[str, ...] = ()  # HLO attribute names it takes (required ones in REQUIRED_ATTRS)
    # Element types accepted for the operands of elementwise ops: 'float', 'int', 'bits'
    # (int or pred), 'number' (not pred), 'real' (number, not complex), 'ordered' (not
    # complex), 'signed' (sint, float, complex), 'inexact' (float or complex), 'any'.
    # Checked by shape inference.
    operand_kinds: str = "any"


# Unary elementwise ops and which element types they accept.
_UNARY = {
    "abs": "signed", "negate": "number", "sign": "signed",
    "floor": "float", "ceil": "float", "round-nearest-even": "float",
    "round-nearest-afz": "float", "exponential": "inexact", "exponential-minus-one": "inexact",
    "log": "inexact", "log-plus-one": "inexact", "logistic": "inexact", "sqrt": "inexact",
    "rsqrt": "inexact", "cbrt": "float", "tanh": "inexact", "sine": "inexact",
    "cosine": "inexact", "tan": "inexact", "erf": "float", "is-finite": "float", "not": "bits",
    "popcnt": "int", "count-leading-zeros": "int",
    # complex parts: of a real operand, the operand and zero
    "real": "inexact", "imag": "inexact",
}
_BINARY = {
    "add": "number", "subtract": "number", "multiply": "number", "divide": "number",
    "remainder": "real", "power": "number", "maximum": "ordered", "minimum": "ordered",
    "atan2": "float", "and": "bits", "or": "bits", "xor": "bits",
    "complex": "float",  # (real part, imaginary part) -> c64 / c128
    "shift-left": "int", "shift-right-arithmetic": "int", "shift-right-logical": "int",
}

_COLLECTIVE_ATTRS = ("replica_groups", "channel_id", "use_global_device_ids", "constrain_layout")

_OTHERS = [
    # structure
    OpInfo("parameter", "structure", 0, ("parameter_number",)),
    OpInfo("constant", "structure", 0, ("literal",)),
    OpInfo("iota", "structure", 0, ("iota_dimension",)),
    OpInfo("tuple", "structure", None),
    OpInfo("get-tuple-element", "structure", 1, ("index",)),
    OpInfo("call", "structure", None, ("to_apply",)),
    OpInfo("fusion", "structure", None, ("kind", "calls")),
    OpInfo("while", "structure", 1, ("condition", "body")),
    OpInfo("conditional", "structure", None,
           ("branch_computations", "true_computation", "false_computation")),
    OpInfo("copy", "unary", 1),
    OpInfo("bitcast", "structure", 1),
    OpInfo("convert", "unary", 1),
    OpInfo("bitcast-convert", "structure", 1),
    OpInfo("opt-barrier", "structure", 1),
    # elementwise with more operands
    OpInfo("compare", "binary", 2, ("direction", "type")),
    OpInfo("select", "ternary", 3),
    OpInfo("clamp", "ternary", 3),
    # data movement
    OpInfo("broadcast", "movement", 1, ("dimensions",)),
    OpInfo("reshape", "movement", 1),
    OpInfo("transpose", "movement", 1, ("dimensions",)),
    OpInfo("slice", "movement", 1, ("slice",)),
    OpInfo("dynamic-slice", "movement", None, ("dynamic_slice_sizes",)),
    OpInfo("dynamic-update-slice", "movement", None),
    OpInfo("concatenate", "movement", None, ("dimensions",)),
    OpInfo("pad", "movement", 2, ("padding",)),
    OpInfo("reverse", "movement", 1, ("dimensions",)),
    OpInfo("gather", "movement", 2, (
        "offset_dims", "collapsed_slice_dims", "start_index_map", "index_vector_dim",
        "slice_sizes", "indices_are_sorted", "operand_batching_dims",
        "start_indices_batching_dims")),
    OpInfo("scatter", "movement", None, (
        "update_window_dims", "inserted_window_dims", "scatter_dims_to_operand_dims",
        "index_vector_dim", "indices_are_sorted", "unique_indices", "to_apply",
        "input_batching_dims", "scatter_indices_batching_dims")),
    # reductions and contractions
    OpInfo("reduce", "reduction", None, ("dimensions", "to_apply")),
    OpInfo("reduce-window", "reduction", None, ("window", "to_apply")),
    OpInfo("select-and-scatter", "reduction", 3, ("window", "select", "scatter")),
    OpInfo("dot", "contraction", 2, (
        "lhs_batch_dims", "lhs_contracting_dims", "rhs_batch_dims", "rhs_contracting_dims",
        "algorithm")),
    OpInfo("convolution", "contraction", 2, (
        "window", "dim_labels", "feature_group_count", "batch_group_count")),
    OpInfo("sort", "reduction", None, ("dimensions", "is_stable", "to_apply")),
    OpInfo("rng-bit-generator", "structure", 1, ("algorithm",)),
    # collectives: every device of a group runs the instruction together (ir/collectives.py)
    *(OpInfo(name, "collective", None, (*_COLLECTIVE_ATTRS, *extra)) for name, extra in (
        ("all-reduce", ("to_apply",)), ("all-reduce-start", ("to_apply",)),
        ("all-gather", ("dimensions",)), ("all-gather-start", ("dimensions",)),
        ("reduce-scatter", ("dimensions", "to_apply")), ("all-to-all", ("dimensions",)),
        ("collective-permute", ("source_target_pairs",)),
        ("collective-permute-start", ("source_target_pairs",)))),
    *(OpInfo(name, "collective", 1) for name in (
        "all-reduce-done", "all-gather-done", "collective-permute-done")),
    OpInfo("replica-id", "collective", 0),
    OpInfo("partition-id", "collective", 0),
    OpInfo("fft", "contraction", 1, ("fft_type", "fft_length")),
    OpInfo("map", "structure", None, ("dimensions", "to_apply")),
    OpInfo("topk", "reduction", 1, ("k", "largest")),
    OpInfo("after-all", "structure", None),
    OpInfo("add-dependency", "structure", 2),
    OpInfo("get-dimension-size", "structure", 1, ("dimensions",)),
    OpInfo("set-dimension-size", "structure", 2, ("dimensions",)),
    OpInfo("batch-norm-training", "reduction", 3, ("epsilon", "feature_index")),
    OpInfo("batch-norm-inference", "reduction", 5, ("epsilon", "feature_index")),
    OpInfo("batch-norm-grad", "reduction", 5, ("epsilon", "feature_index")),
    OpInfo("cholesky", "contraction", 1, ("lower",)),
    OpInfo("triangular-solve", "contraction", 2,
           ("left_side", "lower", "unit_diagonal", "transpose_a")),
    OpInfo("stochastic-convert", "structure", 2),
    # elementwise in meaning; decomposed into bit operations before code generation
    OpInfo("reduce-precision", "structure", 1, ("exponent_bits", "mantissa_bits")),
]

OPS: dict[str, OpInfo] = {
    **{name: OpInfo(name, "unary", 1, (), kinds) for name, kinds in _UNARY.items()},
    **{name: OpInfo(name, "binary", 2, (), kinds) for name, kinds in _BINARY.items()},
    **{info.opcode: info for info in _OTHERS},
}

UNARY = frozenset(op for op, info in OPS.items() if info.category == "unary")
BINARY = frozenset(op for op, info in OPS.items() if info.category == "binary")
TERNARY = frozenset(op for op, info in OPS.items() if info.category == "ternary")
ELEMENTWISE = UNARY | BINARY | TERNARY
MOVEMENT = frozenset(op for op, info in OPS.items() if info.category == "movement")
# Ops whose value depends on the device running them or on other devices: never folded,
# merged, dropped or fused (each is a barrier every device of its group must reach).
COLLECTIVE = frozenset(op for op, info in OPS.items() if info.category == "collective")
# Collectives that move data between devices: kept even when their result is unused, so that
# every device reaches the same collectives in the same order.
COMMUNICATING = COLLECTIVE - {"replica-id", "partition-id"}
# Attributes any instruction may carry (kept and printed back, meaningless on one device).
UNIVERSAL_ATTRS = ("sharding",)
# Attributes naming other computations of the module.
COMPUTATION_ATTRS = frozenset({
    "to_apply", "calls", "condition", "body", "branch_computations", "true_computation",
    "false_computation", "select", "scatter"})
COMMUTATIVE = frozenset({"add", "multiply", "maximum", "minimum", "and", "or", "xor"})
# Expensive enough per element that fusion must not duplicate them into many consumers.
EXPENSIVE = frozenset({
    "exponential", "exponential-minus-one", "log", "log-plus-one", "logistic", "sqrt", "rsqrt",
    "cbrt", "tanh", "sine", "cosine", "tan", "erf", "power", "atan2", "divide", "remainder"})

# Attributes that must be present (others are optional with XLA's defaults).
REQUIRED_ATTRS: dict[str, tuple[str, ...]] = {
    "parameter": ("parameter_number",), "constant": ("literal",), "iota": ("iota_dimension",),
    "get-tuple-element": ("index",), "call": ("to_apply",), "fusion": ("calls",),
    "while": ("condition", "body"), "compare": ("direction",), "broadcast": ("dimensions",),
    "transpose": ("dimensions",), "slice": ("slice",), "dynamic-slice": ("dynamic_slice_sizes",),
    "concatenate": ("dimensions",), "pad": ("padding",), "reverse": ("dimensions",),
    "gather": ("offset_dims", "collapsed_slice_dims", "start_index_map", "index_vector_dim",
               "slice_sizes"),
    "scatter": ("update_window_dims", "inserted_window_dims", "scatter_dims_to_operand_dims",
                "index_vector_dim", "to_apply"),
    "reduce": ("dimensions", "to_apply"), "reduce-window": ("window", "to_apply"),
    "select-and-scatter": ("window", "select", "scatter"), "sort": ("dimensions", "to_apply"),
    "convolution": ("dim_labels",), "rng-bit-generator": ("algorithm",),
    "all-reduce": ("to_apply",), "all-reduce-start": ("to_apply",),
    "reduce-scatter": ("dimensions", "to_apply"), "all-gather": ("dimensions",),
    "all-gather-start": ("dimensions",), "collective-permute": ("source_target_pairs",),
    "collective-permute-start": ("source_target_pairs",),
    "fft": ("fft_type", "fft_length"),
    "map": ("to_apply",), "topk": ("k",),
    "get-dimension-size": ("dimensions",), "set-dimension-size": ("dimensions",),
    "triangular-solve": ("transpose_a",),
    "reduce-precision": ("exponent_bits", "mantissa_bits"),
    **{op: ("epsilon", "feature_index") for op in (
        "batch-norm-training", "batch-norm-inference", "batch-norm-grad")},
}


# ---------------------------------------------------------------- op traits

@dataclass(frozen=True)
class Traits:
    """How an opcode behaves below the IR. The defaults are a new opcode's: code generation
    computes it into a buffer inside a kernel of its own (a rule in `passes/codegen/heavy*.py`
    or an emitter), fusion leaves it alone, the report counts it as a heavy kernel."""

    # fusion: a loop nest computes it element by element (fused into its consumers' loop)
    loop_fusible: bool = False
    # fusion: so cheap that recomputing it in every kernel that needs it beats a buffer
    free: bool = False
    # codegen: computed into a buffer before its users read it (not inlined per element)
    materialized: bool = True
    # memory plan: its value is (part of) an operand's memory (no buffer of its own)
    aliasing: bool = False
    # codegen: control flow in hlox_main, its computations lowered in place
    control: bool = False
    # evaluator: applied to whole arrays at once inside a scalar computation (vectorised)
    liftable: bool = False
    # report: an entry instruction that runs code (a kernel); its category in the graph
    kernel: bool = True
    # pipeline: the pass that rewrites it into other ops before code generation (None: code
    # generation lowers it)
    expanded_by: str | None = None
    category: str = "heavy"  # parameter constant heavy reduce movement elementwise other


# Trait groups: the opcodes that differ from the defaults, one group per behaviour.
_STRUCTURE_VIEWS = {"get-tuple-element", "tuple", "opt-barrier"}
_VIEWS = {"transpose", "reshape", "bitcast", "copy"}  # views when the layout allows
_INDEXED = {"broadcast", "reshape", "transpose", "slice", "concatenate", "pad", "iota",
            "reverse", "bitcast", "dynamic-slice", "gather", "dynamic-update-slice"}
# (copy stays a kernel of its own: the copies layout assignment inserts change layouts at
# the entry's edge)
_LOOP_FUSIBLE = (ELEMENTWISE - {"copy"}) | {
    "broadcast", "reshape", "transpose", "slice", "concatenate", "pad", "iota", "reverse",
    "constant", "bitcast", "dynamic-slice", "gather"}
_FREE = {"broadcast", "reshape", "bitcast", "transpose", "slice", "reverse", "iota",
         "constant", "convert"}
_CONTROL = {"while", "conditional", "call"}
_REDUCE_DRAWN = {"reduce"}  # drawn as reductions (reduce-window is heavy: a window per element)
_MOVEMENT_DRAWN = {"broadcast", "reshape", "transpose", "slice", "dynamic-slice", "concatenate",
                   "pad", "reverse", "iota", "copy", "gather", "dynamic-update-slice", "bitcast"}
_DRAWN_OTHER = {"tuple", "get-tuple-element", "opt-barrier", "fusion", "bitcast-convert",
                "rng-bit-generator"}
_NOT_KERNELS = {"parameter", "constant", "tuple", "get-tuple-element", "bitcast",
                "opt-barrier", "after-all"}


# Rewritten before code generation, by the pass named (compiler/pipeline.py's PASSES).
_EXPANDED_BY = {
    "fft": "fft-expander", "cholesky": "cholesky-expander", "map": "map-inliner",
    "triangular-solve": "triangular-solve-expander",
    "topk": "topk-decomposer", "stochastic-convert": "stochastic-convert-decomposer",
    "add-dependency": "static-values", "get-dimension-size": "static-values",
    "set-dimension-size": "static-values",
    "reduce-precision": "reduce-precision-expander",
    **{op: "batch-norm-expander" for op in (
        "batch-norm-training", "batch-norm-inference", "batch-norm-grad")},
}


def _traits_of(op: str) -> Traits:
    inlined = op in ELEMENTWISE or op in _INDEXED or op in _STRUCTURE_VIEWS or op in _CONTROL \
        or op in ("parameter", "constant", "bitcast-convert", "after-all")
    if op in ("parameter", "constant"):
        category = op
    elif op in _MOVEMENT_DRAWN:
        category = "movement"
    elif op in _REDUCE_DRAWN:
        category = "reduce"
    elif op in ELEMENTWISE:
        category = "elementwise"
    elif op in _DRAWN_OTHER:
        category = "other"
    else:
        category = "heavy"
    return Traits(
        loop_fusible=op in _LOOP_FUSIBLE, free=op in _FREE, materialized=not inlined,
        aliasing=op == "parameter" or op in _STRUCTURE_VIEWS or op in _VIEWS,
        control=op in _CONTROL,
        liftable=op in ELEMENTWISE or op == "parameter" or op in _STRUCTURE_VIEWS,
        kernel=op not in _NOT_KERNELS, expanded_by=_EXPANDED_BY.get(op), category=category)


TRAITS: dict[str, Traits] = {op: _traits_of(op) for op in OPS}
DEFAULT_TRAITS = Traits()


def traits(opcode: str) -> Traits:
    """The traits of `opcode` (an opcode hlox's table lacks gets the defaults)."""
    return TRAITS.get(opcode, DEFAULT_TRAITS)


def _with(trait: str) -> frozenset:
    return frozenset(op for op, t in TRAITS.items() if getattr(t, trait))


# The trait groups as sets, for the passes' membership tests.
LOOP_FUSIBLE = _with("loop_fusible")
FREE = _with("free")
MATERIALIZED = _with("materialized")
ALIASING = _with("aliasing")
CONTROL = _with("control")
LIFTABLE = _with("liftable")


def materialized(inst) -> bool:
    """Whether code generation computes `inst` into a buffer before its users read it (a
    bitcast-convert that changes the element size too: it reinterprets bytes; a sub-byte one
    is computed per element, passes/codegen/gen.py)."""
    if inst.opcode == "bitcast-convert":
        out, src = inst.shape.element_type, inst.operand_shapes[0].element_type
        return out.itemsize != src.itemsize and min(out.bits, src.bits) >= 8
    return traits(inst.opcode).materialized
