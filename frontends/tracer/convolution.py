"""conv_general_dilated: XLA's convolution, with JAX's transpose rules for gradients.

`dimension_numbers` = (lhs_spec, rhs_spec, out_spec): for the input (batch dim, feature
dim, spatial dims...), the kernel (out-feature dim, in-feature dim, spatial dims...) and
the output (batch dim, feature dim, spatial dims...), as JAX's ConvDimensionNumbers."""
from __future__ import annotations

import numpy as np

from hlox.ir.attributes import Window, WindowDim

from .core import (
    LINEAR_PRIMITIVES, ShapedArray, abstract_eval_rules, batching_rules, bind1, impl_rules,
    jvp_rules, lowering_rules, primitive, transpose_rules,
)
from .indexing import rev
from .lowering import hlo_shape
from .ad_zero import ZERO_AWARE_JVP
from .primitives import (
    ShapeMismatchError, aval_of, bdim_at_front, bilinear_tangent, is_undefined, moveaxis,
    reshape, transpose,
)

conv_general_dilated_p = primitive("conv_general_dilated")


def _dilate(size, d):
    return 0 if size == 0 else 1 + d * (size - 1)


def conv_shape(lhs_shape, rhs_shape, window_strides, padding, lhs_dilation, rhs_dilation,
               dimension_numbers, feature_group_count=1, batch_group_count=1):
    lhs_spec, rhs_spec, out_spec = dimension_numbers
    n = len(lhs_shape)
    spatial = []
    for i in range(n - 2):
        size = _dilate(lhs_shape[lhs_spec[2 + i]], lhs_dilation[i])
        lo, hi = padding[i]
        window = _dilate(rhs_shape[rhs_spec[2 + i]], rhs_dilation[i])
        padded = size + lo + hi
        spatial.append(max(0, (padded - window) // window_strides[i] + 1)
                       if padded >= window else 0)
    out = [0] * n
    out[out_spec[0]] = lhs_shape[lhs_spec[0]] // batch_group_count
    out[out_spec[1]] = rhs_shape[rhs_spec[0]]
    for i, s in enumerate(spatial):
        out[out_spec[2 + i]] = s
    return tuple(out)


def _conv_abstract(lhs, rhs, *, window_strides, padding, lhs_dilation, rhs_dilation,
                   dimension_numbers, feature_group_count, batch_group_count):
    lhs_spec, rhs_spec, _ = dimension_numbers
    in_features = lhs.shape[lhs_spec[1]]
    if in_features != rhs.shape[rhs_spec[1]] * feature_group_count:
        raise ShapeMismatchError(
            f"conv_general_dilated: input {lhs.str_short()} has {in_features} features, kernel "
            f"{rhs.str_short()} expects {rhs.shape[rhs_spec[1]]} x {feature_group_count} groups")
    if lhs.dtype != rhs.dtype:
        raise TypeError(f"conv_general_dilated: dtypes differ: {lhs.str_short()}, "
                        f"{rhs.str_short()}")
    shape = conv_shape(lhs.shape, rhs.shape, window_strides, padding, lhs_dilation,
                       rhs_dilation, dimension_numbers, feature_group_count, batch_group_count)
    return [ShapedArray(shape, lhs.dtype)]


def _conv_impl(lhs, rhs, *, window_strides, padding, lhs_dilation, rhs_dilation,
               dimension_numbers, feature_group_count, batch_group_count):
    lhs_spec, rhs_spec, out_spec = dimension_numbers
    x = np.transpose(lhs, lhs_spec)  # N C spatial...
    w = np.transpose(rhs, rhs_spec)  # O I spatial...
    nsp = x.ndim - 2
    for i in range(nsp):
        if lhs_dilation[i] > 1:
            x = _dilate_axis(x, 2 + i, lhs_dilation[i])
        if rhs_dilation[i] > 1:
            w = _dilate_axis(w, 2 + i, rhs_dilation[i])
    for i, (lo, hi) in enumerate(padding):
        width = [(0, 0)] * x.ndim
        width[2 + i] = (max(lo, 0), max(hi, 0))
        x = np.pad(x, width)
        idx = [slice(None)] * x.ndim
        idx[2 + i] = slice(max(-lo, 0), x.shape[2 + i] - max(-hi, 0))
        x = x[tuple(idx)]
    windows = np.lib.stride_tricks.sliding_window_view(x, w.shape[2:], axis=tuple(
        range(2, 2 + nsp)))
    windows = windows[(slice(None), slice(None)) + tuple(
        slice(None, None, s) for s in window_strides)]
    N, C = x.shape[:2]
    O = w.shape[0]
    G, B = feature_group_count, batch_group_count
    sp = "".join("hijk"[i] for i in range(nsp))
    kk = "".join("pqrs"[i] for i in range(nsp))
    if B > 1:
        windows = windows.reshape((B, N // B) + windows.shape[1:])
        wg = w.reshape((B, O // B) + w.shape[1:])
        out = np.einsum(f"gnc{sp}{kk},goc{kk}->ngo{sp}", windows, wg)
        out = out.reshape((N // B, O) + out.shape[3:])
    else:
        windows = windows.reshape((N, G, C // G) + windows.shape[2:])
        wg = w.reshape((G, O // G) + w.shape[1:])
        out = np.einsum(f"ngc{sp}{kk},goc{kk}->ngo{sp}", windows, wg)
        out = out.reshape((N, O) + out.shape[3:])
    return [np.ascontiguousarray(np.transpose(out, np.argsort(out_spec))).astype(lhs.dtype)]


def _dilate_axis(x, axis, d):
    shape = list(x.shape)
    shape[axis] = _dilate(shape[axis], d)
    out = np.zeros(shape, x.dtype)
    idx = [slice(None)] * x.ndim
    idx[axis] = slice(None, None, d)
    out[tuple(idx)] = x
    return out


def conv_general_dilated(lhs, rhs, window_strides, padding, lhs_dilation=None,
                         rhs_dilation=None, dimension_numbers=None, feature_group_count=1,
                         batch_group_count=1):
    nsp = aval_of(lhs).ndim - 2
    if dimension_numbers is None:
        spec = tuple(range(nsp + 2))
        dimension_numbers = (spec, spec, spec)
    elif isinstance(dimension_numbers[0], str):
        dimension_numbers = conv_dimension_numbers(*dimension_numbers)
    if isinstance(padding, str):
        padding = padding_for(padding, aval_of(lhs).shape, aval_of(rhs).shape, window_strides,
                              lhs_dilation, rhs_dilation, dimension_numbers)
    return bind1(conv_general_dilated_p, lhs, rhs,
                 window_strides=tuple(int(s) for s in window_strides),
                 padding=tuple((int(lo), int(hi)) for lo, hi in padding),
                 lhs_dilation=tuple(lhs_dilation or (1,) * nsp),
                 rhs_dilation=tuple(rhs_dilation or (1,) * nsp),
                 dimension_numbers=tuple(tuple(int(d) for d in s) for s in dimension_numbers),
                 feature_group_count=int(feature_group_count),
                 batch_group_count=int(batch_group_count))


def conv_dimension_numbers(lhs: str, rhs: str, out: str):
    """('NCHW', 'OIHW', 'NCHW')-style strings to index specs."""
    def spec(text, first, second):
        spatial = [i for i, c in enumerate(text) if c not in (first, second)]
        return (text.index(first), text.index(second), *spatial)
    # spatial dims are matched by their order in the lhs string
    lhs_spec = spec(lhs, "N", "C")
    rhs_spec = spec(rhs, "O", "I")
    out_spec = spec(out, "N", "C")
    letters = [c for c in lhs if c not in "NC"]
    rhs_spec = rhs_spec[:2] + tuple(rhs.index(c) for c in letters)
    out_spec = out_spec[:2] + tuple(out.index(c) for c in letters)
    return (lhs_spec, rhs_spec, out_spec)


def padding_for(name, lhs_shape, rhs_shape, strides, lhs_dilation, rhs_dilation, dn):
    lhs_spec, rhs_spec, _ = dn
    nsp = len(lhs_shape) - 2
    rhs_dilation = rhs_dilation or (1,) * nsp
    if name == "VALID":
        return [(0, 0)] * nsp
    if name not in ("SAME", "SAME_LOWER"):
        raise ValueError(f"unknown padding {name!r}")
    pads = []
    for i in range(nsp):
        size = lhs_shape[lhs_spec[2 + i]]
        window = _dilate(rhs_shape[rhs_spec[2 + i]], rhs_dilation[i])
        out = -(-size // strides[i])
        total = max((out - 1) * strides[i] + window - size, 0)
        lo = total // 2 if name == "SAME" else total - total // 2
        pads.append((lo, total - lo))
    return pads


def _conv_jvp(primals, tangents, **params):
    (lhs, rhs), (tl, tr) = primals, tangents
    out = bind1(conv_general_dilated_p, lhs, rhs, **params)
    conv = lambda a, b: bind1(conv_general_dilated_p, a, b, **params)
    return [out], [bilinear_tangent(conv, lhs, rhs, tl, tr)]


def _spec_transpose(spec):
    return (spec[1], spec[0]) + tuple(spec[2:])


def _conv_transpose(cts, lhs, rhs, *, window_strides, padding, lhs_dilation, rhs_dilation,
                    dimension_numbers, feature_group_count, batch_group_count):
    (g,) = cts
    if batch_group_count != 1:
        raise NotImplementedError("gradients of convolutions with batch_group_count > 1")
    groups = feature_group_count
    lhs_spec, rhs_spec, out_spec = dimension_numbers
    g_shape = aval_of(g).shape
    lhs_shape, rhs_shape = aval_of(lhs).shape, aval_of(rhs).shape
    nsp = len(lhs_shape) - 2
    lhs_sp = [lhs_shape[lhs_spec[2 + i]] for i in range(nsp)]
    rhs_sp = [rhs_shape[rhs_spec[2 + i]] for i in range(nsp)]
    out_sp = [g_shape[out_spec[2 + i]] for i in range(nsp)]
    lhs_d = [_dilate(s, d) for s, d in zip(lhs_sp, lhs_dilation)]
    rhs_d = [_dilate(s, d) for s, d in zip(rhs_sp, rhs_dilation)]
    out_d = [_dilate(s, d) for s, d in zip(out_sp, window_strides)]
    if is_undefined(lhs):
        before = [r - lo - 1 for r, (lo, _) in zip(rhs_d, padding)]
        after = [l + r - 1 - o - b for l, r, o, b in zip(lhs_d, rhs_d, out_d, before)]
        trans_dn = (out_spec, _spec_transpose(rhs_spec), lhs_spec)
        kernel = rhs
        if groups > 1:  # (as JAX) move the group axis from out-features into in-features
            kernel = _reshape_axis_out_of(rhs_spec[0], groups, kernel)
            kernel = _reshape_axis_into(rhs_spec[0], rhs_spec[1], kernel)
        out = conv_general_dilated(
            g, rev(kernel, [rhs_spec[2 + i] for i in range(nsp)]), window_strides=lhs_dilation,
            padding=list(zip(before, after)), lhs_dilation=window_strides,
            rhs_dilation=rhs_dilation, dimension_numbers=trans_dn, feature_group_count=groups)
        return [out, None]
    pads_lo = [lo for lo, _ in padding]
    pads_hi = [o - l + (r - lo - 1) for o, l, r, lo in zip(out_d, lhs_d, rhs_d, pads_lo)]
    trans_dn = (_spec_transpose(lhs_spec), _spec_transpose(out_spec), _spec_transpose(rhs_spec))
    out = conv_general_dilated(
        lhs, g, window_strides=rhs_dilation, padding=list(zip(pads_lo, pads_hi)),
        lhs_dilation=lhs_dilation, rhs_dilation=window_strides, dimension_numbers=trans_dn,
        batch_group_count=groups)  # (as JAX) feature groups become batch groups
    return [None, out]


def _reshape_axis_out_of(src, size1, x):
    shape = list(aval_of(x).shape)
    shape[src:src + 1] = [size1, shape[src] // size1]
    return reshape(x, shape)


def _reshape_axis_into(src, dst, x):
    """Merge axis src into axis dst (src major), dst counted without src."""
    n = aval_of(x).ndim
    perm = [i for i in range(n) if i != src]
    perm.insert(dst, src)
    moved = transpose(x, perm)
    shape = list(aval_of(moved).shape)
    shape[dst:dst + 2] = [shape[dst] * shape[dst + 1]]
    return reshape(moved, shape)


def _conv_batch(size, vals, dims, **params):
    (lhs, rhs), (dl, dr) = vals, dims
    lhs_spec, rhs_spec, out_spec = params["dimension_numbers"]
    if dl is None and dr is None:
        return [bind1(conv_general_dilated_p, lhs, rhs, **params)], [None]
    if dr is not None:
        if params["batch_group_count"] != 1:
            raise NotImplementedError("vmap of a convolution with batch_group_count > 1 over "
                                      "a batched kernel")
        # per-example kernels: the vmapped dimension becomes extra feature groups
        lhs = bdim_at_front(lhs, dl, size)
        lhs = _merge_into(moveaxis(lhs, 0, lhs_spec[1]), lhs_spec[1])
        rhs = _merge_into(moveaxis(rhs, 0, rhs_spec[0]), rhs_spec[0])
        groups = params["feature_group_count"] * size
        out = bind1(conv_general_dilated_p, lhs, rhs, **dict(params, feature_group_count=groups))
        return [moveaxis(_split_out_of(out, out_spec[1], size), out_spec[1], 0)], [0]
    # a batched input: the vmapped dimension joins the convolution's batch dimension
    if params["batch_group_count"] != 1:
        raise NotImplementedError("vmap of a convolution with batch_group_count > 1")
    merged = _merge_into(moveaxis(lhs, 0, lhs_spec[0]), lhs_spec[0])
    out = bind1(conv_general_dilated_p, merged, rhs, **params)
    return [moveaxis(_split_out_of(out, out_spec[0], size), out_spec[0], 0)], [0]


def _merge_into(x, dim):
    """Merge dimension `dim` (the vmapped one, just placed there) into dimension dim + 1,
    vmapped index major."""
    shape = list(aval_of(x).shape)
    shape[dim:dim + 2] = [shape[dim] * shape[dim + 1]]
    return reshape(x, shape)


def _split_out_of(x, dim, size):
    """The inverse: dimension `dim` becomes (size, rest) at dim, dim + 1."""
    shape = list(aval_of(x).shape)
    shape[dim:dim + 1] = [size, shape[dim] // size]
    return reshape(x, shape)


def _labels(spec, first, second, n):
    chars = [""] * n
    chars[spec[0]], chars[spec[1]] = first, second
    for i, d in enumerate(spec[2:]):
        chars[d] = str(i)
    return "".join(chars)


def _conv_lower(ctx, avals_in, avals_out, lhs, rhs, *, window_strides, padding, lhs_dilation,
                rhs_dilation, dimension_numbers, feature_group_count, batch_group_count):
    lhs_spec, rhs_spec, out_spec = dimension_numbers
    n = avals_in[0].ndim
    labels = (f"{_labels(lhs_spec, 'b', 'f', n)}_{_labels(rhs_spec, 'o', 'i', n)}->"
              f"{_labels(out_spec, 'b', 'f', n)}")
    rhs_shape = avals_in[1].shape
    window = Window(tuple(
        WindowDim(size=rhs_shape[rhs_spec[2 + i]], stride=window_strides[i],
                  pad_low=padding[i][0], pad_high=padding[i][1],
                  base_dilation=lhs_dilation[i], window_dilation=rhs_dilation[i])
        for i in range(n - 2)))
    return [ctx.op("convolution", lhs, rhs, shape=hlo_shape(avals_out[0]), window=window,
                   dim_labels=labels, feature_group_count=feature_group_count,
                   batch_group_count=batch_group_count)]


impl_rules[conv_general_dilated_p] = _conv_impl
abstract_eval_rules[conv_general_dilated_p] = _conv_abstract
jvp_rules[conv_general_dilated_p] = _conv_jvp
transpose_rules[conv_general_dilated_p] = _conv_transpose
batching_rules[conv_general_dilated_p] = _conv_batch
lowering_rules[conv_general_dilated_p] = _conv_lower
LINEAR_PRIMITIVES.add(conv_general_dilated_p)
ZERO_AWARE_JVP.add(conv_general_dilated_p)
