"""vmap: the BatchTrace carries each value with the position of its batch dimension
(always 0 inside the trace, or None for values that are not batched)."""
from __future__ import annotations

from typing import Callable

from .core import TRACE_STACK, Trace, Tracer, batching_rules, full_lower, full_raise, get_aval
from .primitives import aval_of, bdim_at_front, moveaxis
from .pytree import tree_flatten, tree_unflatten


class BatchTracer(Tracer):
    __slots__ = ("_trace", "val", "batch_dim")

    def __init__(self, trace, val, batch_dim):
        self._trace, self.val, self.batch_dim = trace, val, batch_dim

    @property
    def aval(self):
        a = get_aval(self.val)
        if self.batch_dim is None:
            return a
        shape = list(a.shape)
        del shape[self.batch_dim]
        return a.update(shape=shape)

    def full_lower(self):
        return full_lower(self.val) if self.batch_dim is None else self


class BatchTrace(Trace):
    pure = lift = lambda self, val: BatchTracer(self, val, None)

    @property
    def axis_size(self) -> int:
        return self.main.global_data

    def process_primitive(self, primitive, tracers, params):
        vals = [t.val for t in tracers]
        dims = [t.batch_dim for t in tracers]
        rule = batching_rules.get(primitive)
        if rule is None:
            raise NotImplementedError(f"batching rule for '{primitive}' not implemented")
        vals_out, dims_out = rule(self.axis_size, vals, dims, **params)
        return [BatchTracer(self, x, d) for x, d in zip(vals_out, dims_out)]


def vmap_flat(f: Callable, in_axes: list, out_axes: list | Callable, args: list) -> list:
    sizes = {aval_of(x).shape[ax] for x, ax in zip(args, in_axes) if ax is not None}
    if len(sizes) != 1:
        if not sizes:
            raise ValueError("vmap must have at least one non-None value in in_axes")
        detail = ", ".join(f"axis {ax} of {aval_of(x).str_short()}"
                           for x, ax in zip(args, in_axes) if ax is not None)
        raise ValueError(f"vmap got inconsistent sizes for array axes to be mapped: {detail}")
    (axis_size,) = sizes
    with TRACE_STACK.new_main(BatchTrace, axis_size) as main:
        trace = BatchTrace(main)
        tracers_in = [BatchTracer(trace, moveaxis(x, ax, 0), 0) if ax is not None else x
                      for x, ax in zip(args, in_axes)]
        outs = f(*tracers_in)
        tracers_out = [full_raise(trace, out) for out in outs]
        vals, dims = [t.val for t in tracers_out], [t.batch_dim for t in tracers_out]
    axes = out_axes(len(vals)) if callable(out_axes) else out_axes
    results = []
    for v, d, ax in zip(vals, dims, axes):
        if ax is None:
            if d is not None:
                raise ValueError("vmap has out_axes=None for an output that is batched")
            results.append(v)
            continue
        v = bdim_at_front(v, d, axis_size)
        ax = ax % aval_of(v).ndim
        results.append(moveaxis(v, 0, ax) if ax else v)
    return results


def broadcast_prefix(prefix, tree, what: str) -> list:
    """One entry of `prefix` (an int/None, or a pytree prefix of `tree`) per leaf of `tree`."""
    if prefix is None or isinstance(prefix, int):
        return [prefix] * len(tree_flatten(tree)[0])
    from .pytree import _node_type
    node = _node_type(prefix)
    if node is None or type(tree) is not type(prefix):
        raise ValueError(f"vmap {what} specification {prefix!r} does not match the structure "
                         f"of the arguments")
    p_children, p_data = node.to_iterable(prefix)
    t_children, t_data = node.to_iterable(tree)
    if p_data != t_data or len(p_children) != len(t_children):
        raise ValueError(f"vmap {what} specification {prefix!r} does not match the arguments")
    return [ax for p, t in zip(p_children, t_children) for ax in broadcast_prefix(p, t, what)]


def vmap(fun: Callable, in_axes=0, out_axes=0):
    def batched_fun(*args):
        axes_spec = tuple(in_axes) if isinstance(in_axes, list) else in_axes
        if isinstance(axes_spec, tuple):
            if len(axes_spec) != len(args):
                raise ValueError(f"vmap in_axes has {len(axes_spec)} entries for "
                                 f"{len(args)} arguments")
        flat_args, in_tree = tree_flatten(args)
        flat_axes = broadcast_prefix(axes_spec, args, "in_axes")
        flat_axes = [None if a is None else a % max(aval_of(x).ndim, 1)
                     for a, x in zip(flat_axes, flat_args)]
        store = {}

        def flat_fun(*flat):
            out = fun(*tree_unflatten(in_tree, flat))
            out_flat, store["tree"] = tree_flatten(out)
            store["out"] = out
            return out_flat

        def out_axes_for(n):
            return broadcast_prefix(out_axes, store["out"], "out_axes")

        outs = vmap_flat(flat_fun, flat_axes, out_axes_for, flat_args)
        from .ad import _as_array
        return tree_unflatten(store["tree"], [_as_array(o) for o in outs])

    return batched_fun
