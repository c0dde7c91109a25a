"""sort: XLA's multi-operand sort along one dimension, keyed on the first operand."""
from __future__ import annotations

import numpy as np

from hlox.ir.shapes import ArrayShape

from .core import (
    abstract_eval_rules, batching_rules, bind, impl_rules, jvp_rules, lowering_rules, primitive,
)
from .lowering import hlo_dtype
from .primitives import _compare_type, aval_of, iota

sort_p = primitive("sort", multiple_results=True)


def sort(*operands, dimension=-1, is_stable=True):
    """Sort all operands along `dimension` by the values of the first one."""
    n = aval_of(operands[0]).ndim
    return bind(sort_p, *operands, dimension=dimension % n, is_stable=bool(is_stable))


def _sort_impl(*operands, dimension, is_stable):
    perm = np.argsort(operands[0], axis=dimension, kind="stable")
    return [np.take_along_axis(x, perm, axis=dimension) for x in operands]


def _sort_abstract(*avals, dimension, is_stable):
    if any(a.shape != avals[0].shape for a in avals):
        raise TypeError(f"sort: operands must have the same shape, got "
                        f"{[a.str_short() for a in avals]}")
    return [a.strip_weak_type() for a in avals]


def _sort_jvp(primals, tangents, *, dimension, is_stable):
    from .numpy_api import take_along_axis
    shape = aval_of(primals[0]).shape
    index = iota(np.int32, shape, dimension)
    outs = sort(*primals, index, dimension=dimension, is_stable=is_stable)
    perm = outs[-1]
    return outs[:-1], [take_along_axis(t, perm, axis=dimension) for t in tangents]


def _sort_batch(size, vals, dims, *, dimension, is_stable):
    from .primitives import bdim_at_front
    vals = [bdim_at_front(v, d, size) for v, d in zip(vals, dims)]
    return sort(*vals, dimension=dimension + 1, is_stable=is_stable), [0] * len(vals)


def _sort_lower(ctx, avals_in, avals_out, *operands, dimension, is_stable):
    comp = ctx.module.computation("sort_lt")
    params = []
    for a in avals_in:
        params += [comp.parameter(ArrayShape(hlo_dtype(a.dtype), ())) for _ in range(2)]
    comp.build(comp.op("compare", params[0], params[1], direction="LT",
                       type=_compare_type(avals_in[0].dtype)))
    out = ctx.op("sort", *operands, dimensions=(dimension,), is_stable=is_stable,
                 to_apply=comp.name)
    if len(operands) == 1:
        return [out]
    return [ctx.op("get-tuple-element", out, index=k) for k in range(len(operands))]


impl_rules[sort_p] = _sort_impl
abstract_eval_rules[sort_p] = _sort_abstract
jvp_rules[sort_p] = _sort_jvp
batching_rules[sort_p] = _sort_batch
lowering_rules[sort_p] = _sort_lower
