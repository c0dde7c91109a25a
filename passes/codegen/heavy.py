"""Lowering of the ops that are materialised into a buffer inside a kernel: reduce, dot
(`emitters/gemm.py`: inline loops or GEMM calls); convolution is `emitters/convolution.py`.

`RULES[opcode](lowering, g, inst, dest)` (with `heavy_indexed.RULES` and
`emitters.convolution.RULES`) writes `inst`'s value
into the Buf tree `dest` with IR appended to the kernel `g.k`, reading operands through
`g.value` (so their producers are inlined). One signature for the whole table.
"""
from __future__ import annotations

from contextlib import ExitStack

import numpy as np

from hlox.ir.shapes import ELEMENT_TYPES, ArrayShape, flatten_shape

from .emitters.gemm import _acc_et, lower_dot
from .gen import Gen
from .kernel import PARALLEL_WORK, Buf, V, compute_xdsl, leaves, order_of
from .scalar_ops import ELEMENTWISE_RULES, SIMD_REDUCTIONS

PRED = ELEMENT_TYPES["pred"]
S32 = ELEMENT_TYPES["s32"]


def _prod(xs) -> int:
    return int(np.prod(list(xs), dtype=np.int64)) if len(xs) else 1


# XLA:CPU rounds f16 / bf16 reductions to the narrow type after every step, in element
# order, for rows up to this many elements (bit-exact, measured); longer rows it reduces
# in a blocked order hlox does not reproduce, so those accumulate in f32 (within the
# conformance tolerance; the evaluator uses a pairwise tree there).
NARROW_SEQUENTIAL_MAX = 32


def _per_step(et, reduced: int) -> bool:
    """Whether a reduction of `reduced` elements of `et` rounds at every step."""
    return et.name in ("f16", "bf16") and reduced <= NARROW_SEQUENTIAL_MAX


def simple_reducer(lowering, comp_name: str):
    """The opcode of a reducer that is `op(p0, p1)` on its two scalar parameters, else None."""
    opcode = lowering.comps[comp_name].binary_reducer()
    if opcode not in ELEMENTWISE_RULES or opcode in ("compare", "convert", "copy", "select",
                                                     "clamp"):
        return None
    return opcode


def combine(lowering, g: Gen, comp_name: str, accs: list[V], vals: list[V], ets) -> list[V]:
    """Apply a scalar computation to (accs..., vals...): its results."""
    k = g.k
    simple = simple_reducer(lowering, comp_name) if len(accs) == 1 else None
    if simple is not None:
        # the accumulator's type: f16 / bf16 round after every step where they compute in
        # their own type (see _per_step)
        return [k.apply(simple, [accs[0], vals[0]], ets[0])]
    fn, outs = lowering.scalar_fn(comp_name)
    if len(outs) == 1:
        return [k.call(fn, [*accs, *vals], compute_xdsl(outs[0].element_type))]
    temps = [k.var(compute_xdsl(o.element_type), prefix="t") for o in outs]
    k.call(fn, [*accs, *vals, *temps])
    return [k.read(t) for t in temps]


def _call_interleaved(lowering, g: Gen, comp_name: str, lhs: list[V], rhs: list[V]) -> V:
    """Comparators take (a0, b0, a1, b1, ...)."""
    fn, outs = lowering.scalar_fn(comp_name)
    args = [x for pair in zip(lhs, rhs) for x in pair]
    return g.k.call(fn, args, compute_xdsl(outs[0].element_type))


def _max_min(k, which: str, value: V, acc: V, et) -> V:
    """`value > acc ? value : acc` (max; < for min): the form OpenMP max/min reductions
    vectorise; NaN is tracked separately."""
    direction = "GT" if which == "maximum" else "LT"
    return k.apply("select", [k.apply("compare", [value, acc], et, PRED, direction=direction),
                              value, acc], et)


def _is_nan(k, value: V, et) -> V:
    """(s32) value != value."""
    return k.apply("convert", [k.apply("compare", [value, value], et, PRED, direction="NE")],
                   PRED, S32)


# ---------------------------------------------------------------- reduce

def reduce_accs(L, g: Gen, inst, oidx, par_reduce: bool = False,
                spill: Buf | None = None) -> list[V]:
    """Build the reduction of `inst` for the output index `oidx` (index values of the kept
    dimensions): its results (accumulator type). `spill`: a buffer of the (single)
    operand's shape that also receives each value reduced."""
    k = g.k
    n = len(inst.operands) // 2
    in_shape: ArrayShape = inst.operand_shapes[0]
    rdims = set(inst.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    comp = inst.attr("to_apply")
    simple = simple_reducer(L, comp) if n == 1 else None
    ets = [s.element_type for s in flatten_shape(inst.shape)]
    red_loops = [d for d in reversed(in_shape.minor_to_major)
                 if d in rdims and in_shape.dims[d] > 1]
    red_total = _prod([in_shape.dims[d] for d in rdims])
    if red_total == 0:
        red_loops = None
    per_step = _per_step(ets[0], red_total)
    clause = SIMD_REDUCTIONS.get(simple) if simple and not per_step else None
    minmax = simple in ("maximum", "minimum") and ets[0].name != "pred"
    is_float = ets[0].kind == "float"
    if minmax:
        clause = "max" if simple == "maximum" else "min"
    acc_ets = ets if per_step else [_acc_et(e) for e in ets]
    accs = [k.var(compute_xdsl(acc_ets[i]), init=g.operand(inst, n + i, []))
            for i in range(n)]
    reductions = [(accs[0], clause)] if clause else []
    nan_flag = None
    if minmax and is_float:
        # an int flag, as wide as the values: a narrower one changes gcc's vector width
        first = k.read(accs[0])
        nan_flag = k.var(compute_xdsl(S32), prefix="nan", init=_is_nan(k, first, acc_ets[0]))
        reductions.append((nan_flag, "|"))
    full: list = [0] * in_shape.rank
    for d, i in zip(kept, oidx):
        full[d] = i
    def reduction_loops(fast: bool) -> None:
        """The loops over the reduced dimensions; `fast`: with the OpenMP / max-min form."""
        with ExitStack() as stack:
            for j, d in enumerate(red_loops):
                innermost = j == len(red_loops) - 1
                parallel = fast and j == 0 and par_reduce
                simd = fast and innermost and (parallel or clause is not None)
                full[d] = stack.enter_context(k.loop(
                    in_shape.dims[d], parallel=parallel, simd=simd,
                    reduce=reductions if parallel or simd else ()))
            stack.enter_context(k.inside_scope())
            vals = [g.operand(inst, i, full) for i in range(n)]
            if spill is not None and fast:
                k.store(spill, full, vals[0])
            if minmax and fast:
                if nan_flag is not None:
                    k.assign(nan_flag, k.apply("or", [k.read(nan_flag),
                                                      _is_nan(k, vals[0], acc_ets[0])], S32))
                new = [_max_min(k, simple, vals[0], k.read(accs[0]), acc_ets[0])]
            else:
                new = combine(L, g, comp, [k.read(a) for a in accs], vals, acc_ets)
            for acc, v in zip(accs, new):
                k.assign(acc, v)

    if red_loops is not None:
        reduction_loops(fast=True)
    if nan_flag is not None:
        with k.when(k.read(nan_flag)):
            k.assign(accs[0], k.literal(acc_ets[0], float("nan")))
        if red_loops is not None:
            # `>` (and OpenMP's max) cannot tell -0.0 from +0.0: a zero result is reduced
            # again with the exact maximum / minimum (max(+0,-0) = +0, min = -0), rarely.
            zero = k.apply("compare", [k.read(accs[0]), k.literal(acc_ets[0], 0.0)],
                           acc_ets[0], PRED, direction="EQ")
            with k.when(zero):
                k.assign(accs[0], g.operand(inst, 1, []))
                reduction_loops(fast=False)
    return [k.read(a) for a in accs]


def reduce_strategy(L, inst) -> tuple[str, bool]:
    """How a reduce is computed: ("none", _) when it has no output elements, ("columns", _)
    when major dimensions are reduced into a vectorised output row (_reduce_columns), else
    ("outputs", par_reduce): each output element reduced by its own loops (reduce_accs),
    `par_reduce` when few outputs split their reduction across threads."""
    n = len(inst.operands) // 2
    in_shape: ArrayShape = inst.operand_shapes[0]
    rdims = set(inst.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    simple = simple_reducer(L, inst.attr("to_apply")) if n == 1 else None
    ets = [s.element_type for s in flatten_shape(inst.shape)]
    red_total = _prod([in_shape.dims[d] for d in rdims])
    out_total = _prod([in_shape.dims[d] for d in kept])
    if out_total == 0:
        return "none", False
    red_loops = [d for d in reversed(in_shape.minor_to_major)
                 if d in rdims and in_shape.dims[d] > 1]
    if red_total == 0:
        red_loops = None
    clause = SIMD_REDUCTIONS.get(simple) if simple and not _per_step(ets[0], red_total) \
        else None
    # max / min: OpenMP's max reduction plus an or-reduction of "saw a NaN" (XLA propagates
    # NaN), so the loop still vectorises.
    minmax = simple in ("maximum", "minimum") and ets[0].name != "pred"
    if minmax:
        clause = "max" if simple == "maximum" else "min"
    par_reduce = (clause is not None and L.threads > 1 and out_total * 4 < L.threads * 8
                  and red_total * out_total >= PARALLEL_WORK * 2)
    if ((clause is not None or minmax) and red_loops and kept and out_total >= 8
            and in_shape.minor_to_major[0] in kept and ets[0].name not in ("f16", "bf16")):
        return "columns", False
    return "outputs", par_reduce


def _reduce(L, g: Gen, inst, dest) -> None:
    k = g.k
    in_shape: ArrayShape = inst.operand_shapes[0]
    rdims = set(inst.attr("dimensions"))
    kept = [d for d in range(in_shape.rank) if d not in rdims]
    outs = leaves(dest)
    out_dims = tuple(in_shape.dims[d] for d in kept)
    red_total = _prod([in_shape.dims[d] for d in rdims])
    out_total = _prod(out_dims)
    strategy, par_reduce = reduce_strategy(L, inst)
    if strategy == "none":
        return
    if strategy == "columns":
        n = len(inst.operands) // 2
        simple = simple_reducer(L, inst.attr("to_apply")) if n == 1 else None
        _reduce_columns(L, g, inst, dest, kept, rdims, simple)
        return

    def body(oidx):
        accs = reduce_accs(L, g, inst, oidx, par_reduce)
        for acc, o in zip(accs, outs):
            k.store(o, oidx, acc)

    k.loop_nest(out_dims, order_of(outs[0].strides, out_dims), body,
                work=out_total * max(red_total, 1) * 2, simd=False, label=inst.hlo_name)


def _reduce_columns(L, g: Gen, inst, dest, kept, rdims, simple) -> None:
    """Reduce over major dimensions: accumulate rows into the output (vectorised along it)."""
    k = g.k
    in_shape = inst.operand_shapes[0]
    out = leaves(dest)[0]
    out_dims = tuple(in_shape.dims[d] for d in kept)
    init = g.operand(inst, 1, [])
    k.loop_nest(out_dims, order_of(out.strides, out_dims),
                lambda oidx: k.store(out, oidx, init), work=_prod(out_dims), label="init")
    # loops: kept dims but the minor one, reduced dims, the minor kept dim (unit stride)
    layout = [d for d in reversed(in_shape.minor_to_major) if in_shape.dims[d] > 1]
    minor = in_shape.minor_to_major[0]
    outer = [d for d in layout if d not in rdims and d != minor]
    order = outer + [d for d in layout if d in rdims] + ([minor] if minor in layout else [])
    k.loop_nests += 1
    work = _prod([in_shape.dims[d] for d in range(in_shape.rank)])
    parallel = L.threads > 1 and work >= PARALLEL_WORK
    split_outer = parallel and outer and _prod([in_shape.dims[d] for d in outer]) >= L.threads
    full: list = [0] * in_shape.rank
    with ExitStack() as stack:
        chunk = None
        if not split_outer and parallel and minor in layout:
            # strip-mine the unit-stride dimension across threads
            n = in_shape.dims[minor]
            size = -(-n // L.threads)
            size = -(-size // 16) * 16
            ch = stack.enter_context(k.loop(-(-n // size), parallel=True, source=inst.hlo_name))
            chunk = (ch * size, k.ix("min", (ch + 1) * size, n))
        if not order:
            stack.enter_context(k.inside_scope())
        for j, d in enumerate(order):
            innermost = j == len(order) - 1
            if d == minor and chunk is not None:
                iv = k.loop(chunk[1], lb=chunk[0], simd=innermost)
            else:
                first = j == 0 and split_outer
                iv = k.loop(in_shape.dims[d], parallel=first, collapse=len(outer),
                            simd=innermost, source=inst.hlo_name if j == 0 and chunk is None
                            else None)
            full[d] = stack.enter_context(iv)
        oidx = [full[d] for d in kept]
        cur = k.load(out, oidx)
        val = g.operand(inst, 0, full)
        k.store(out, oidx, k.apply(simple, [cur, val], out.et))


RULES = {
    "reduce": _reduce,
    "dot": lower_dot,
}
