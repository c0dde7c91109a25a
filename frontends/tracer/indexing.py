"""Slicing, padding, concatenation, dynamic slices, gather and scatter: their primitives."""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from hlox.ir.attributes import PadDim, SliceDim

from .core import (
    LINEAR_PRIMITIVES, ShapedArray, abstract_eval_rules, batching_rules,
    bind1, impl_rules, jvp_rules, lowering_rules, primitive, transpose_rules,
)
from .lowering import hlo_shape
from .primitives import (
    ShapeMismatchError, aval_of, bdim_at_front, is_undefined, reduce_sum, sub, zeros_like,
    zeros_like_aval,
)


def _linear_jvp(prim, n_linear=None):
    """jvp of a primitive linear in its first `n_linear` operands (the rest are indices)."""
    def jvp(primals, tangents, **params):
        k = len(primals) if n_linear is None else n_linear
        out = bind1(prim, *primals, **params)
        t_out = bind1(prim, *tangents[:k], *primals[k:], **params)
        return [out], [t_out]
    return jvp


# ---------------------------------------------------------------- slice

slice_p = primitive("slice")


def slice_(x, start_indices, limit_indices, strides=None):
    n = aval_of(x).ndim
    strides = tuple(strides) if strides is not None else (1,) * n
    if tuple(start_indices) == (0,) * n and tuple(limit_indices) == aval_of(x).shape and \
            strides == (1,) * n:
        return x
    return bind1(slice_p, x, start_indices=tuple(int(i) for i in start_indices),
                 limit_indices=tuple(int(i) for i in limit_indices),
                 strides=tuple(int(s) for s in strides))


def _slice_abstract(x, *, start_indices, limit_indices, strides):
    if not (len(start_indices) == len(limit_indices) == len(strides) == x.ndim) or any(
            not 0 <= s <= l <= d for s, l, d in zip(start_indices, limit_indices, x.shape)):
        raise ShapeMismatchError(f"slice: start {list(start_indices)}, limit "
                                 f"{list(limit_indices)} do not fit {x.str_short()}")
    shape = [max(0, -(-(l - s) // st)) for s, l, st in zip(start_indices, limit_indices, strides)]
    return [x.update(shape=shape)]


def _slice_transpose(cts, x, *, start_indices, limit_indices, strides):
    (ct,) = cts
    shape = x.aval.shape
    out_shape = aval_of(ct).shape
    config = []
    for s, d, st, o in zip(start_indices, shape, strides, out_shape):
        real_limit = s + (o - 1) * st + 1 if o else s
        config.append((s, d - real_limit, st - 1))
    return [pad(ct, np.zeros((), x.aval.dtype), config)]


def _slice_batch(size, vals, dims, *, start_indices, limit_indices, strides):
    (x,), (d,) = vals, dims
    if d is None:
        return [slice_(x, start_indices, limit_indices, strides)], [None]
    return [slice_(x, (0,) + start_indices, (size,) + limit_indices, (1,) + strides)], [0]


impl_rules[slice_p] = lambda x, *, start_indices, limit_indices, strides: [
    x[tuple(slice(s, l, st) for s, l, st in zip(start_indices, limit_indices, strides))]]
abstract_eval_rules[slice_p] = _slice_abstract
jvp_rules[slice_p] = _linear_jvp(slice_p)
transpose_rules[slice_p] = _slice_transpose
batching_rules[slice_p] = _slice_batch
lowering_rules[slice_p] = lambda ctx, ai, ao, x, *, start_indices, limit_indices, strides: [
    ctx.op("slice", x, shape=hlo_shape(ao[0]), slice=tuple(
        SliceDim(s, l, st) for s, l, st in zip(start_indices, limit_indices, strides)))]
LINEAR_PRIMITIVES.add(slice_p)

# ---------------------------------------------------------------- pad

pad_p = primitive("pad")


def pad(x, padding_value, padding_config):
    return bind1(pad_p, x, padding_value,
                 padding_config=tuple((int(lo), int(hi), int(it)) for lo, hi, it in padding_config))


def _pad_abstract(x, v, *, padding_config):
    shape = []
    for d, (lo, hi, interior) in zip(x.shape, padding_config):
        shape.append(lo + hi + d + max(d - 1, 0) * interior)
    if any(s < 0 for s in shape) or len(padding_config) != x.ndim:
        raise ShapeMismatchError(f"pad: config {list(padding_config)} does not fit {x.str_short()}")
    return [x.update(shape=shape)]


def _pad_impl(x, v, *, padding_config):
    out = x
    for axis, (lo, hi, interior) in enumerate(padding_config):
        if interior:
            n = out.shape[axis]
            shape = list(out.shape)
            shape[axis] = n + max(n - 1, 0) * interior
            dilated = np.full(shape, v, dtype=x.dtype)
            idx = [slice(None)] * out.ndim
            idx[axis] = slice(None, None, interior + 1)
            dilated[tuple(idx)] = out
            out = dilated
        width = [(0, 0)] * out.ndim
        width[axis] = (max(lo, 0), max(hi, 0))
        out = np.pad(out, width, constant_values=v)
        idx = [slice(None)] * out.ndim
        idx[axis] = slice(max(-lo, 0), out.shape[axis] - max(-hi, 0))
        out = out[tuple(idx)]
    return [np.ascontiguousarray(out)]


def _pad_transpose(cts, x, v, *, padding_config):
    (ct,) = cts
    out = [None, None]
    lo, hi, interior = zip(*padding_config)
    if is_undefined(x):
        unpad_config = [(-l, -h, 0) for l, h in zip(lo, hi)]
        unpadded = pad(ct, np.zeros((), aval_of(ct).dtype), unpad_config)
        shape = aval_of(unpadded).shape
        out[0] = slice_(unpadded, (0,) * len(shape), shape, tuple(i + 1 for i in interior))
    if is_undefined(v):
        total = reduce_sum(ct, range(aval_of(ct).ndim))
        if out[0] is not None:
            total = sub(total, reduce_sum(out[0], range(aval_of(out[0]).ndim)))
        out[1] = total
    return out


def _pad_jvp(primals, tangents, *, padding_config):
    return ([pad(*primals, padding_config)], [pad(*tangents, padding_config)])


def _pad_batch(size, vals, dims, *, padding_config):
    (x, v), (dx, dv) = vals, dims
    if dv is not None:
        # a per-example padding value: pad with zeros, then fill the padding positions
        from .primitives import broadcast_in_dim, select_n
        x = bdim_at_front(x, dx, size)
        config = ((0, 0, 0),) + tuple(padding_config)
        zero = np.zeros((), aval_of(x).dtype)
        padded = pad(x, zero, config)
        inside = pad(broadcast_in_dim(np.ones((), bool), aval_of(x).shape, ()),
                     np.zeros((), bool), config)
        shape = aval_of(padded).shape
        values = broadcast_in_dim(bdim_at_front(v, dv, size), shape, (0,))
        return [select_n(inside, values, padded)], [0]
    if dx is None:
        return [pad(x, v, padding_config)], [None]
    return [pad(x, v, ((0, 0, 0),) + tuple(padding_config))], [0]


impl_rules[pad_p] = _pad_impl
abstract_eval_rules[pad_p] = _pad_abstract
jvp_rules[pad_p] = _pad_jvp
transpose_rules[pad_p] = _pad_transpose
batching_rules[pad_p] = _pad_batch
lowering_rules[pad_p] = lambda ctx, ai, ao, x, v, *, padding_config: [
    ctx.op("pad", x, v, shape=hlo_shape(ao[0]),
           padding=tuple(PadDim(lo, hi, it) for lo, hi, it in padding_config))]
LINEAR_PRIMITIVES.add(pad_p)

# ---------------------------------------------------------------- rev

rev_p = primitive("rev")


def rev(x, dimensions):
    dimensions = tuple(int(d) for d in dimensions)
    return bind1(rev_p, x, dimensions=dimensions) if dimensions else x


impl_rules[rev_p] = lambda x, *, dimensions: [np.flip(x, dimensions).copy()]
abstract_eval_rules[rev_p] = lambda x, *, dimensions: [x]
jvp_rules[rev_p] = _linear_jvp(rev_p)
transpose_rules[rev_p] = lambda cts, x, *, dimensions: [rev(cts[0], dimensions)]
batching_rules[rev_p] = lambda size, vals, dims, *, dimensions: (
    [rev(vals[0], dimensions if dims[0] is None else tuple(d + 1 for d in dimensions))],
    list(dims))
lowering_rules[rev_p] = lambda ctx, ai, ao, x, *, dimensions: [
    ctx.op("reverse", x, dimensions=tuple(dimensions))]
LINEAR_PRIMITIVES.add(rev_p)

# ---------------------------------------------------------------- concatenate

concatenate_p = primitive("concatenate")


def concatenate(xs, dimension):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else bind1(concatenate_p, *xs, dimension=int(dimension))


def _concatenate_abstract(*xs, dimension):
    first = xs[0]
    for x in xs:
        if x.ndim != first.ndim or any(a != b for i, (a, b) in enumerate(zip(x.shape, first.shape))
                                       if i != dimension) or x.dtype != first.dtype:
            raise ShapeMismatchError(
                f"concatenate: operands {', '.join(a.str_short() for a in xs)} do not agree "
                f"outside dimension {dimension}")
    shape = list(first.shape)
    shape[dimension] = sum(x.shape[dimension] for x in xs)
    return [ShapedArray(shape, first.dtype, all(x.weak_type for x in xs))]


def _concatenate_transpose(cts, *xs, dimension):
    (ct,) = cts
    shape = aval_of(ct).shape
    out, start = [], 0
    for x in xs:
        size = aval_of(x).shape[dimension]
        if is_undefined(x):
            lo = [0] * len(shape)
            hi = list(shape)
            lo[dimension], hi[dimension] = start, start + size
            out.append(slice_(ct, lo, hi))
        else:
            out.append(None)
        start += size
    return out


def _concatenate_batch(size, vals, dims, *, dimension):
    if all(d is None for d in dims):
        return [concatenate(vals, dimension)], [None]
    vals = [bdim_at_front(v, d, size) for v, d in zip(vals, dims)]
    return [concatenate(vals, dimension + 1)], [0]


impl_rules[concatenate_p] = lambda *xs, dimension: [np.concatenate(xs, axis=dimension)]
abstract_eval_rules[concatenate_p] = _concatenate_abstract
jvp_rules[concatenate_p] = _linear_jvp(concatenate_p)
transpose_rules[concatenate_p] = _concatenate_transpose
batching_rules[concatenate_p] = _concatenate_batch
lowering_rules[concatenate_p] = lambda ctx, ai, ao, *xs, dimension: [
    ctx.op("concatenate", *xs, dimensions=(dimension,))]
LINEAR_PRIMITIVES.add(concatenate_p)

# ---------------------------------------------------------------- dynamic slices
# Start indices are scalar operands; like XLA they are clamped so the slice fits.

dynamic_slice_p = primitive("dynamic_slice")
dynamic_update_slice_p = primitive("dynamic_update_slice")


def dynamic_slice(x, start_indices, slice_sizes):
    return bind1(dynamic_slice_p, x, *start_indices,
                 slice_sizes=tuple(int(s) for s in slice_sizes))


def dynamic_update_slice(x, update, start_indices):
    return bind1(dynamic_update_slice_p, x, update, *start_indices)


def _clamped_starts(shape, sizes, starts):
    return [int(min(max(int(s), 0), d - z)) for s, d, z in zip(starts, shape, sizes)]


def _dynamic_slice_impl(x, *starts, slice_sizes):
    starts = _clamped_starts(x.shape, slice_sizes, starts)
    return [x[tuple(slice(s, s + z) for s, z in zip(starts, slice_sizes))].copy()]


def _dynamic_slice_abstract(x, *starts, slice_sizes):
    if len(starts) != x.ndim or len(slice_sizes) != x.ndim or any(
            not 0 <= z <= d for z, d in zip(slice_sizes, x.shape)):
        raise ShapeMismatchError(f"dynamic_slice: sizes {list(slice_sizes)} and {len(starts)} "
                                 f"start indices do not fit {x.str_short()}")
    return [x.update(shape=slice_sizes)]


def _dynamic_slice_transpose(cts, x, *starts, slice_sizes):
    (ct,) = cts
    zeros = zeros_like_aval(x.aval)
    return [dynamic_update_slice(zeros, ct, starts)] + [None] * len(starts)


def _dynamic_slice_batch(size, vals, dims, *, slice_sizes):
    x, *starts = vals
    dx, *dstarts = dims
    if any(d is not None for d in dstarts):
        from .numpy_api import _dynamic_slice_via_gather
        return _dynamic_slice_via_gather(size, vals, dims, slice_sizes)
    if dx is None:
        return [dynamic_slice(x, starts, slice_sizes)], [None]
    zero = np.zeros((), aval_of(starts[0]).dtype) if starts else np.int32(0)
    return [dynamic_slice(x, [zero] + list(starts), (size,) + tuple(slice_sizes))], [0]


def _dynamic_slice_jvp(primals, tangents, *, slice_sizes):
    x, *starts = primals
    return ([dynamic_slice(x, starts, slice_sizes)],
            [dynamic_slice(tangents[0], starts, slice_sizes)])


impl_rules[dynamic_slice_p] = _dynamic_slice_impl
abstract_eval_rules[dynamic_slice_p] = _dynamic_slice_abstract
jvp_rules[dynamic_slice_p] = _dynamic_slice_jvp
transpose_rules[dynamic_slice_p] = _dynamic_slice_transpose
batching_rules[dynamic_slice_p] = _dynamic_slice_batch
lowering_rules[dynamic_slice_p] = lambda ctx, ai, ao, x, *starts, slice_sizes: [
    ctx.op("dynamic-slice", x, *starts, shape=hlo_shape(ao[0]),
           dynamic_slice_sizes=tuple(slice_sizes))]
LINEAR_PRIMITIVES.add(dynamic_slice_p)


def _dynamic_update_slice_impl(x, update, *starts):
    starts = _clamped_starts(x.shape, update.shape, starts)
    out = x.copy()
    out[tuple(slice(s, s + z) for s, z in zip(starts, update.shape))] = update
    return [out]


def _dynamic_update_slice_abstract(x, update, *starts):
    if update.ndim != x.ndim or len(starts) != x.ndim or any(
            u > d for u, d in zip(update.shape, x.shape)) or update.dtype != x.dtype:
        raise ShapeMismatchError(f"dynamic_update_slice: update {update.str_short()} does not "
                                 f"fit operand {x.str_short()}")
    return [x]


def _dynamic_update_slice_jvp(primals, tangents):
    x, update, *starts = primals
    tx, tu = tangents[:2]
    return ([dynamic_update_slice(x, update, starts)],
            [dynamic_update_slice(tx, tu, starts)])


def _dynamic_update_slice_transpose(cts, x, update, *starts):
    (ct,) = cts
    u_aval = aval_of(update)
    ct_x = dynamic_update_slice(ct, zeros_like_aval(u_aval), starts) if is_undefined(x) else None
    ct_u = dynamic_slice(ct, starts, u_aval.shape) if is_undefined(update) else None
    return [ct_x, ct_u] + [None] * len(starts)


def _dynamic_update_slice_batch(size, vals, dims):
    x, update, *starts = vals
    dx, du, *dstarts = dims
    if any(d is not None for d in dstarts):
        from .numpy_api import _dynamic_update_slice_via_scatter
        return _dynamic_update_slice_via_scatter(size, vals, dims)
    if dx is None and du is None:
        return [dynamic_update_slice(x, update, starts)], [None]
    x, update = bdim_at_front(x, dx, size), bdim_at_front(update, du, size)
    zero = np.zeros((), aval_of(starts[0]).dtype) if starts else np.int32(0)
    return [dynamic_update_slice(x, update, [zero] + list(starts))], [0]


impl_rules[dynamic_update_slice_p] = _dynamic_update_slice_impl
abstract_eval_rules[dynamic_update_slice_p] = _dynamic_update_slice_abstract
jvp_rules[dynamic_update_slice_p] = _dynamic_update_slice_jvp
transpose_rules[dynamic_update_slice_p] = _dynamic_update_slice_transpose
batching_rules[dynamic_update_slice_p] = _dynamic_update_slice_batch
lowering_rules[dynamic_update_slice_p] = lambda ctx, ai, ao, x, u, *starts: [
    ctx.op("dynamic-update-slice", x, u, *starts)]
LINEAR_PRIMITIVES.add(dynamic_update_slice_p)

# ---------------------------------------------------------------- gather and scatter
# XLA's general forms; the index vector dimension is always the last one of `indices`.


class GatherDimensionNumbers(NamedTuple):
    offset_dims: tuple
    collapsed_slice_dims: tuple
    start_index_map: tuple
    operand_batching_dims: tuple = ()
    start_indices_batching_dims: tuple = ()


class ScatterDimensionNumbers(NamedTuple):
    update_window_dims: tuple
    inserted_window_dims: tuple
    scatter_dims_to_operand_dims: tuple
    operand_batching_dims: tuple = ()
    scatter_indices_batching_dims: tuple = ()


gather_p = primitive("gather")


def gather(operand, indices, dimension_numbers, slice_sizes):
    return bind1(gather_p, operand, indices, dimension_numbers=dimension_numbers,
                 slice_sizes=tuple(int(s) for s in slice_sizes))


def _gather_abstract(operand, indices, *, dimension_numbers, slice_sizes):
    dn = dimension_numbers
    if indices.ndim < 1 or indices.shape[-1] != len(dn.start_index_map):
        raise ShapeMismatchError(f"gather: indices {indices.str_short()} must end in a vector "
                                 f"of {len(dn.start_index_map)} start indices")
    batch_shape = indices.shape[:-1]
    collapsed = set(dn.collapsed_slice_dims) | set(dn.operand_batching_dims)
    offset_sizes = [s for i, s in enumerate(slice_sizes) if i not in collapsed]
    rank = len(batch_shape) + len(offset_sizes)
    shape, offsets, batch = [], iter(offset_sizes), iter(batch_shape)
    for i in range(rank):
        shape.append(next(offsets) if i in dn.offset_dims else next(batch))
    return [ShapedArray(shape, operand.dtype, operand.weak_type)]


def _window_index_arrays(operand_shape, indices, window_sizes, window_out_dims, batch_out_dims,
                         out_rank, index_map, window_operand_dims, batching_pairs, clamp):
    """Per operand dimension, the (broadcastable) index arrays a gather/scatter touches."""
    batch_shape = indices.shape[:-1]
    idx, valid = [], np.ones((1,) * out_rank, bool)
    for d, size in enumerate(operand_shape):
        start = np.zeros(batch_shape, np.int64)
        if d in index_map:
            start = indices[..., index_map.index(d)].astype(np.int64)
        for od, idim in batching_pairs:
            if od == d:
                start = np.broadcast_to(np.arange(batch_shape[idim]).reshape(
                    [-1 if i == idim else 1 for i in range(len(batch_shape))]), batch_shape)
        wsize = window_sizes[d]
        if clamp:
            start = np.clip(start, 0, size - wsize)
        shape = [1] * out_rank
        for bd, s in zip(batch_out_dims, batch_shape):
            shape[bd] = s
        full = start.reshape(shape)
        if d in window_operand_dims:
            od = window_out_dims[window_operand_dims.index(d)]
            wshape = [1] * out_rank
            wshape[od] = wsize
            full = full + np.arange(wsize).reshape(wshape)
        if not clamp:
            valid = valid & (start.reshape(shape) >= 0) & (start.reshape(shape) <= size - wsize)
        idx.append(full)
    return idx, valid


def _gather_impl(operand, indices, *, dimension_numbers, slice_sizes):
    dn = dimension_numbers
    (out_aval,) = _gather_abstract(ShapedArray(operand.shape, operand.dtype),
                                   ShapedArray(indices.shape, indices.dtype),
                                   dimension_numbers=dn, slice_sizes=slice_sizes)
    out_rank = len(out_aval.shape)
    collapsed = set(dn.collapsed_slice_dims) | set(dn.operand_batching_dims)
    window_operand_dims = [d for d in range(operand.ndim) if d not in collapsed]
    batch_out_dims = [i for i in range(out_rank) if i not in dn.offset_dims]
    idx, _ = _window_index_arrays(
        operand.shape, indices, slice_sizes, list(dn.offset_dims), batch_out_dims, out_rank,
        list(dn.start_index_map), window_operand_dims,
        list(zip(dn.operand_batching_dims, dn.start_indices_batching_dims)), clamp=True)
    if not idx:
        return [np.broadcast_to(operand, out_aval.shape).copy()]
    return [np.ascontiguousarray(operand[tuple(idx)])]


def _gather_jvp(primals, tangents, **params):
    operand, indices = primals
    return [gather(operand, indices, **params)], [gather(tangents[0], indices, **params)]


def _gather_transpose(cts, operand, indices, *, dimension_numbers, slice_sizes):
    (ct,) = cts
    dn = dimension_numbers
    zeros = zeros_like_aval(operand.aval)
    sdn = ScatterDimensionNumbers(
        update_window_dims=dn.offset_dims, inserted_window_dims=dn.collapsed_slice_dims,
        scatter_dims_to_operand_dims=dn.start_index_map,
        operand_batching_dims=dn.operand_batching_dims,
        scatter_indices_batching_dims=dn.start_indices_batching_dims)
    return [scatter(zeros, indices, ct, sdn, "add"), None]


def _gather_batch(size, vals, dims, *, dimension_numbers, slice_sizes):
    (operand, indices), (do, di) = vals, dims
    dn = dimension_numbers
    if do is None and di is None:
        return [gather(operand, indices, dn, slice_sizes)], [None]
    if do is None:  # only the indices are batched: a new leading batch dimension of the result
        out = gather(operand, indices, GatherDimensionNumbers(
            tuple(d + 1 for d in dn.offset_dims), dn.collapsed_slice_dims, dn.start_index_map,
            dn.operand_batching_dims, tuple(d + 1 for d in dn.start_indices_batching_dims)),
            slice_sizes)
        return [out], [0]
    operand = bdim_at_front(operand, do, size)
    indices = bdim_at_front(indices, di, size)
    shift = lambda ds: tuple(d + 1 for d in ds)
    new_dn = GatherDimensionNumbers(
        offset_dims=shift(dn.offset_dims), collapsed_slice_dims=shift(dn.collapsed_slice_dims),
        start_index_map=shift(dn.start_index_map),
        operand_batching_dims=(0,) + shift(dn.operand_batching_dims),
        start_indices_batching_dims=(0,) + shift(dn.start_indices_batching_dims))
    return [gather(operand, indices, new_dn, (1,) + tuple(slice_sizes))], [0]


def _gather_lower(ctx, avals_in, avals_out, operand, indices, *, dimension_numbers, slice_sizes):
    dn = dimension_numbers
    return [ctx.op("gather", operand, indices, shape=hlo_shape(avals_out[0]),
                   offset_dims=tuple(dn.offset_dims),
                   collapsed_slice_dims=tuple(dn.collapsed_slice_dims),
                   start_index_map=tuple(dn.start_index_map),
                   operand_batching_dims=tuple(dn.operand_batching_dims),
                   start_indices_batching_dims=tuple(dn.start_indices_batching_dims),
                   index_vector_dim=avals_in[1].ndim - 1, slice_sizes=tuple(slice_sizes))]


impl_rules[gather_p] = _gather_impl
abstract_eval_rules[gather_p] = _gather_abstract
jvp_rules[gather_p] = _gather_jvp
transpose_rules[gather_p] = _gather_transpose
batching_rules[gather_p] = _gather_batch
lowering_rules[gather_p] = _gather_lower
LINEAR_PRIMITIVES.add(gather_p)

scatter_p = primitive("scatter")  # mode: "add" or "set"


def scatter(operand, indices, updates, dimension_numbers, mode):
    return bind1(scatter_p, operand, indices, updates, dimension_numbers=dimension_numbers,
                 mode=mode)


def _scatter_abstract(operand, indices, updates, *, dimension_numbers, mode):
    if updates.dtype != operand.dtype:
        raise TypeError(f"scatter: updates {updates.str_short()} do not match operand "
                        f"{operand.str_short()}")
    return [operand]


def _scatter_impl(operand, indices, updates, *, dimension_numbers, mode):
    dn = dimension_numbers
    out = operand.copy()
    out_rank = updates.ndim
    window_out_dims = list(dn.update_window_dims)
    scatter_dims = [i for i in range(out_rank) if i not in window_out_dims]
    inserted = set(dn.inserted_window_dims) | set(dn.operand_batching_dims)
    window_operand_dims = [d for d in range(operand.ndim) if d not in inserted]
    window_sizes = [1] * operand.ndim
    for od, ud in zip(window_operand_dims, window_out_dims):
        window_sizes[od] = updates.shape[ud]
    idx, valid = _window_index_arrays(
        operand.shape, indices, window_sizes, window_out_dims, scatter_dims, out_rank,
        list(dn.scatter_dims_to_operand_dims), window_operand_dims,
        list(zip(dn.operand_batching_dims, dn.scatter_indices_batching_dims)), clamp=False)
    valid = np.broadcast_to(valid, updates.shape)
    idx = [np.broadcast_to(i, updates.shape)[valid] for i in idx]
    if mode == "add":
        np.add.at(out, tuple(idx), updates[valid])
    else:
        out[tuple(idx)] = updates[valid]
    return [out]


def _scatter_jvp(primals, tangents, *, dimension_numbers, mode):
    operand, indices, updates = primals
    t_op, _, t_upd = tangents
    out = scatter(operand, indices, updates, dimension_numbers, mode)
    return [out], [scatter(t_op, indices, t_upd, dimension_numbers, mode)]


def _scatter_transpose(cts, operand, indices, updates, *, dimension_numbers, mode):
    (ct,) = cts
    dn = dimension_numbers
    ct_op = ct_upd = None
    if is_undefined(operand):
        if mode == "add":
            ct_op = ct
        else:
            ct_op = scatter(ct, indices, zeros_like(updates), dn, "set")
    if is_undefined(updates):
        u_aval = aval_of(updates)
        slice_sizes = []
        pos = 0
        inserted = set(dn.inserted_window_dims) | set(dn.operand_batching_dims)
        for d in range(aval_of(ct).ndim):
            if d in inserted:
                slice_sizes.append(1)
            else:
                slice_sizes.append(u_aval.shape[dn.update_window_dims[pos]])
                pos += 1
        gdn = GatherDimensionNumbers(
            offset_dims=dn.update_window_dims, collapsed_slice_dims=dn.inserted_window_dims,
            start_index_map=dn.scatter_dims_to_operand_dims,
            operand_batching_dims=dn.operand_batching_dims,
            start_indices_batching_dims=dn.scatter_indices_batching_dims)
        ct_upd = gather(ct, indices, gdn, slice_sizes)
    return [ct_op, None, ct_upd]


def _scatter_batch(size, vals, dims, *, dimension_numbers, mode):
    operand, indices, updates = vals
    do, di, du = dims
    dn = dimension_numbers
    if all(d is None for d in dims):
        return [scatter(operand, indices, updates, dn, mode)], [None]
    operand = bdim_at_front(operand, do, size)
    indices = bdim_at_front(indices, di, size)
    updates = bdim_at_front(updates, du, size)
    shift = lambda ds: tuple(d + 1 for d in ds)
    new_dn = ScatterDimensionNumbers(
        update_window_dims=shift(dn.update_window_dims),
        inserted_window_dims=shift(dn.inserted_window_dims),
        scatter_dims_to_operand_dims=shift(dn.scatter_dims_to_operand_dims),
        operand_batching_dims=(0,) + shift(dn.operand_batching_dims),
        scatter_indices_batching_dims=(0,) + shift(dn.scatter_indices_batching_dims))
    return [scatter(operand, indices, updates, new_dn, mode)], [0]


def _scatter_lower(ctx, avals_in, avals_out, operand, indices, updates, *, dimension_numbers,
                   mode):
    dn = dimension_numbers
    dtype = avals_in[0].dtype
    combiner = ctx.scalar_computation("add" if mode == "add" else "take-second", dtype)
    return [ctx.op("scatter", operand, indices, updates,
                   update_window_dims=tuple(dn.update_window_dims),
                   inserted_window_dims=tuple(dn.inserted_window_dims),
                   scatter_dims_to_operand_dims=tuple(dn.scatter_dims_to_operand_dims),
                   input_batching_dims=tuple(dn.operand_batching_dims),
                   scatter_indices_batching_dims=tuple(dn.scatter_indices_batching_dims),
                   index_vector_dim=avals_in[1].ndim - 1, to_apply=combiner)]


impl_rules[scatter_p] = _scatter_impl
abstract_eval_rules[scatter_p] = _scatter_abstract
jvp_rules[scatter_p] = _scatter_jvp
transpose_rules[scatter_p] = _scatter_transpose
batching_rules[scatter_p] = _scatter_batch
lowering_rules[scatter_p] = _scatter_lower
LINEAR_PRIMITIVES.add(scatter_p)
