"""ATen -> HLO rules for ops outside core ATen that no PyTorch decomposition reaches: the
orthogonal polynomials, histograms, segment and index reductions, mode, and a few
nn.functional kernels. Same table and rule signature as aten.py (`lowers`); the rules
follow PyTorch's CPU kernels, special cases included."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch
import torch.nn.modules.linear_cross_entropy  # noqa: F401 - registers torch_nn's chunked ops

from hlox.ir.shapes import ArrayShape

from .aten import (
    _adaptive_windows, _apply_matrices, _area_scale, _arg_reduce, _arg_reducer, _combiner, _dim,
    _dims, _float_dtype, _gather_rows, _keepdim, _max_pool, _numpy_api, _prefix_reduce,
    _scatter_elements, _softmax_parts, _sort, _traced, _unused_outputs, _zero_outputs, gather,
    lowers, scatter_reduce,
)
from .context import COMPLEX_PARTS, COMPLEX_TYPES, FLOAT_TYPES, Unsupported, identity_element

aten = torch.ops.aten


# ---------------------------------------------------------------- orthogonal polynomials
#
# PyTorch's kernels (ATen/native/Math.h) take n as int64 (a float n truncated toward
# zero; NaN, infinities and values out of range convert to INT64_MIN on x86, so give 0),
# return 0 for n < 0, then special values, 1 for n = 0, P_1(x) for n = 1, and otherwise
# run a three-term recurrence n - 1 times. Here one while loop runs the recurrence for
# every element up to the largest n that needs it; an element stops updating once its
# own n is reached.

@dataclass(frozen=True)
class Polynomial:
    argument: Callable  # x -> y, the variable of the recurrence
    first: Callable  # y -> P_1
    step: Callable  # (k, y, p, q) -> the next term after p = P_{j-1}, q = P_j
    k: Callable  # the recurrence's counter at step j = 1 .. n - 1
    special: Callable  # (np, x, y, n) -> [(condition, value)], the first true one wins


def _even(n):
    return n % 2 == 0


def _signed(np_, n, value):
    """value for even n, -value for odd n."""
    return np_.where(_even(n), value, -value)


def _chebyshev(kind: str, shifted: bool, threshold: int):
    """T, U, V or W (shifted to [0, 1] or not): their values at y = 1 and y = -1, and
    for n above `threshold` inside (-1, 1) the trigonometric closed form."""
    def special(np_, x, y, n):
        nf = n.astype(y.dtype)
        a = np_.arccos(y)
        at_minus_one = {"t": _signed(np_, n, np_.ones_like(y)), "u": _signed(np_, n, nf + 1),
                        "v": _signed(np_, n, nf + nf + 1),
                        "w": _signed(np_, n, np_.ones_like(y))}[kind]
        at_plus_one = {"t": np_.ones_like(y), "u": nf + 1, "v": np_.ones_like(y),
                       "w": nf + nf + 1}[kind]
        if kind == "t":
            closed = np_.cos(nf * a)
        elif kind == "u":
            closed = np_.where(np_.sin(a) != 0, np_.sin((nf + 1) * a) / np_.sin(a),
                               (nf + 1) * np_.cos((nf + 1) * a) / y)
        elif kind == "v":
            closed = np_.where(np_.sin(a / 2) != 1, np_.cos((nf + 0.5) * a) / np_.cos(a / 2),
                               at_minus_one)
        else:
            # where cos(a/2) rounds to 1 (y just below 1) the unshifted kernel returns its
            # value at 1, the shifted one its value at -1
            closed = np_.where(np_.cos(a / 2) != 1, np_.sin((nf + 0.5) * a) / np_.sin(a / 2),
                               at_minus_one if shifted else at_plus_one)
        plus, minus = (x == 1, x == 0) if shifted else (x == 1, x == -1)
        return [(plus, at_plus_one), (minus, at_minus_one),
                ((n > threshold) & (np_.abs(y) < 1), closed)]

    offset = {"t": None, "u": 0.0, "v": -1.0, "w": 1.0}[kind]
    return Polynomial(
        argument=(lambda x: x + x - 1) if shifted else (lambda x: x),
        first=(lambda y: y) if offset is None else (lambda y: y + y + offset),
        step=lambda k, y, p, q: (y + y) * q - p, k=lambda j: j + 1, special=special)


def _hermite_limit(np_, x, n):
    """Hermite kernels return NaN past a degree that depends on the precision."""
    limit = {np.dtype(np.float32): 128, np.dtype(np.float64): 512}.get(np.dtype(x.dtype), 1024)
    return [(n > limit, np_.full_like(x, np.nan))]


def _identity(x):
    return x


POLYNOMIALS = {
    aten.special_chebyshev_polynomial_t: _chebyshev("t", False, 6),
    aten.special_chebyshev_polynomial_u: _chebyshev("u", False, 8),
    aten.special_chebyshev_polynomial_v: _chebyshev("v", False, 8),
    aten.special_chebyshev_polynomial_w: _chebyshev("w", False, 8),
    aten.special_shifted_chebyshev_polynomial_t: _chebyshev("t", True, 6),
    aten.special_shifted_chebyshev_polynomial_u: _chebyshev("u", True, 6),
    aten.special_shifted_chebyshev_polynomial_v: _chebyshev("v", True, 6),
    aten.special_shifted_chebyshev_polynomial_w: _chebyshev("w", True, 4),
    aten.special_hermite_polynomial_h: Polynomial(
        _identity, lambda y: y + y, lambda k, y, p, q: (y + y) * q - k * p, lambda j: j + j,
        lambda np_, x, y, n: _hermite_limit(np_, x, n)),
    aten.special_hermite_polynomial_he: Polynomial(
        _identity, _identity, lambda k, y, p, q: y * q - k * p, _identity,
        lambda np_, x, y, n: _hermite_limit(np_, x, n)),
    aten.special_laguerre_polynomial_l: Polynomial(
        _identity, lambda y: 1 - y, lambda k, y, p, q: ((k + k + (1 - y)) * q - k * p) / (k + 1),
        _identity, lambda np_, x, y, n: [(x == 0, np_.ones_like(x))]),
    aten.special_legendre_polynomial_p: Polynomial(
        _identity, _identity, lambda k, y, p, q: ((k + k + 1) * y * q - k * p) / (k + 1),
        _identity, lambda np_, x, y, n: [
            (np_.abs(x) == 1, np_.where((x > 0) | _even(n), 1.0, -1.0).astype(x.dtype))]),
}


def _degree(np_, n):
    """n as int64 the way the kernels' static_cast leaves it on x86: NaN, infinities and
    values out of int64's range become INT64_MIN (here -1: only n < 0 is tested)."""
    if np_.issubdtype(n.dtype, np_.integer):
        return n.astype(np_.int64)
    in_range = np_.isfinite(n) & (np_.abs(n) < 2.0 ** 63)
    return np_.where(in_range, n, -1).astype(np_.int64)


def _evaluate(poly: Polynomial, x, n):
    np_, lax = _numpy_api(), _lax_api()
    n = _degree(np_, n)
    y = poly.argument(x)
    special = [(n < 0, np_.zeros_like(x)), *poly.special(np_, x, y, n),
               (n == 0, np_.ones_like(x))]
    done = special[0][0]
    for condition, _ in special[1:]:
        done = done | condition
    steps = np_.max(np_.where(done, 1, n), initial=1) - 1

    def body(state):
        j, p, q = state
        r = poly.step(poly.k(j).astype(x.dtype), y, p, q)
        active = j < n
        return j + 1, np_.where(active, q, p), np_.where(active, r, q)

    one = np_.asarray(1, dtype=np_.int64)
    _, _, out = lax.while_loop(lambda s: s[0] <= steps, body,
                               (one, np_.ones_like(x), poly.first(y)))
    for condition, value in reversed(special):
        out = np_.where(condition, value, out)
    return out


def _lax_api():
    from hlox.frontends.tracer import lax_api
    return lax_api


def _polynomial_rule(poly: Polynomial):
    def rule(ctx, x, n):
        dtype = ctx.out_dtype()
        x, n = ctx.as_value(x, dtype), ctx.as_value(n, ctx.dtype(n))
        dims = ctx.broadcast_dims(ctx.dims(x), ctx.dims(n))
        x, n = ctx.broadcast_to(x, dims), ctx.broadcast_to(n, dims)
        return _traced(ctx, lambda a, b: [_evaluate(poly, a, b)], x, n)[0]
    return rule


for _packet, _poly in POLYNOMIALS.items():
    lowers(_packet.default, _packet.x_scalar, _packet.n_scalar)(_polynomial_rule(_poly))


# ---------------------------------------------------------------- logcumsumexp

def _log_add_exp(ctx, dtype: str) -> str:
    """The scalar reducer of PyTorch's logcumsumexp (`_log_add_exp_helper`):
    log1p(exp(lo - hi)) + hi, with hi the larger operand (by real part for complex), two
    equal infinities kept as they are (+inf + inf for complex through exp), NaN spread."""
    def body(c, params):
        a, b = params

        def constant(value, of=dtype):
            return c.constant(np.asarray(value, dtype=ArrayShape(of, ()).np_dtype))

        def is_nan(v):
            return c.op("compare", v, v, direction="NE")

        if dtype in COMPLEX_TYPES:
            part = COMPLEX_PARTS[dtype]
            swap = c.op("compare", c.op("real", a), c.op("real", b), direction="LT")
            hi, lo = c.op("select", swap, b, a), c.op("select", swap, a, b)
            real_lo = c.op("real", lo)
            equal_infinities = c.op("and", c.op("compare", real_lo, c.op("real", hi),
                                                direction="EQ"),
                                    c.op("not", c.op("is-finite", real_lo)))
            infinite = c.op("select", c.op("compare", real_lo, constant(0, part),
                                           direction="LT"),
                            lo, c.op("log", c.op("add", c.op("exponential", lo),
                                                 c.op("exponential", hi))))
            nan = c.op("or", c.op("or", is_nan(c.op("real", a)), is_nan(c.op("imag", a))),
                       c.op("or", is_nan(c.op("real", b)), is_nan(c.op("imag", b))))
        else:
            hi, lo = c.op("maximum", a, b), c.op("minimum", a, b)
            equal_infinities = c.op("and", c.op("compare", lo, hi, direction="EQ"),
                                    c.op("not", c.op("is-finite", lo)))
            infinite, nan = a, None
        general = c.op("add", c.op("log-plus-one", c.op("exponential", c.op("subtract", lo, hi))),
                       hi)
        out = c.op("select", equal_infinities, infinite, general)
        if nan is not None:
            out = c.op("select", nan, constant(complex(np.nan, np.nan)), out)
        return out
    return ctx.scalar_computation(("log_add_exp", dtype), 2, [dtype], body)


@lowers(aten.logcumsumexp.default)
def logcumsumexp(ctx, x, dim):
    dtype = _float_dtype(ctx, x)
    x = ctx.convert(x, dtype)
    if ctx.rank(x) == 0:
        return x
    init = complex(-np.inf, 0) if dtype in COMPLEX_TYPES else -np.inf
    return _prefix_reduce(ctx, x, _dim(dim, ctx.rank(x)), init, _log_add_exp(ctx, dtype))


# ---------------------------------------------------------------- nonzero_static

def _running_count(ctx, x, dim: int):
    """The int64 inclusive running sum of `x` (a mask or counts) along `dim`."""
    return _prefix_reduce(ctx, ctx.convert(x, "s64"), dim, 0, ctx.reducer("add", "s64"))


def _nonzero(ctx, x):
    """x != 0 (either part for complex)."""
    if ctx.dtype(x) in COMPLEX_TYPES:
        part = COMPLEX_PARTS[ctx.dtype(x)]
        return ctx.op("or", ctx.compare("NE", ctx.op("real", x), 0, part),
                      ctx.compare("NE", ctx.op("imag", x), 0, part))
    return ctx.compare("NE", x, 0, ctx.dtype(x))


@lowers(aten.nonzero_static.default)
def nonzero_static(ctx, x, size, fill_value=-1):
    """The coordinates of the first `size` nonzero elements (row-major), one row each,
    the rows past the count filled with fill_value: each element's row is the running
    count of nonzeros before it, and rows at or past `size` fall outside the scatter."""
    dims, rank = ctx.dims(x), ctx.rank(x)
    out = ctx.full(fill_value, "s64", (size, rank))
    numel = ctx.shape(x).size
    if size == 0 or rank == 0 or numel == 0:
        return out
    flat = ctx.reshape(_nonzero(ctx, x), (numel,))
    ordinal = ctx.elementwise("subtract", _running_count(ctx, flat, 0), 1, dtype="s64")
    row = ctx.reshape(ctx.select(flat, ordinal, size, "s64"), (numel, 1))
    coords = ctx.op("concatenate", *(ctx.reshape(ctx.iota("s64", dims, d), (numel, 1))
                                     for d in range(rank)), dimensions=(1,))
    return ctx.op("scatter", out, row, coords, update_window_dims=(1,),
                  inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,),
                  index_vector_dim=1, to_apply=_combiner(ctx, "assign", "s64"))


# ---------------------------------------------------------------- index_reduce

@lowers(aten.index_reduce.default)
def index_reduce(ctx, x, dim, index, source, reduce, include_self=True):
    """scatter_reduce along `dim` with index[i] for every element of source's slice i."""
    if ctx.rank(x) == 0:
        out = index_reduce(ctx, ctx.reshape(x, (1,)), 0, index, ctx.reshape(source, (1,)),
                           reduce, include_self)
        return ctx.reshape(out, ())
    dim = _dim(dim, ctx.rank(x))
    spread = ctx.broadcast_in_dim(index, ctx.dims(source), (dim,))
    return scatter_reduce(ctx, x, dim, spread, source, reduce, include_self)


# ---------------------------------------------------------------- segment_reduce

def _segment_of(ctx, ends, positions: int, axis: int):
    """Each position's segment along `axis` (of shape ends' leading dims + positions):
    the count of segment ends (int64, along `axis` of `ends`) at or before it; past the
    last end, the segment count."""
    lead, segments = ctx.dims(ends)[:axis], ctx.dims(ends)[axis]
    grid = (*lead, positions, segments)
    reached = ctx.compare("LE", ctx.broadcast_in_dim(ends, grid, (*range(axis), axis + 1)),
                          ctx.iota("s64", grid, axis), "s64")
    return ctx.reduce(ctx.convert(reached, "s64"), (axis + 1,), "add", 0)


_SEGMENT_INITIAL = {"max": -np.inf, "min": np.inf, "sum": 0, "mean": 0, "prod": 1}
_SEGMENT_KIND = {"max": "amax", "min": "amin", "sum": "sum", "mean": "sum", "prod": "prod"}


@lowers(aten.segment_reduce.default)
def segment_reduce(ctx, data, reduce, lengths=None, indices=None, offsets=None, axis=0,
                   unsafe=False, initial=None):
    """PyTorch's segment reduction: segment s of `axis` spans lengths[s] elements (or
    offsets[s] .. offsets[s + 1]), its value starts at `initial` (else the reduction's
    identity) and reduces the segment's elements into it; a mean divides that by the
    length, an empty segment's mean without `initial` is NaN. Each element is scattered
    to its segment: the count of segment ends at or before it."""
    if indices is not None or (lengths is None) == (offsets is None):
        raise Unsupported("segment_reduce needs exactly one of lengths and offsets")
    dtype = ctx.dtype(data)
    axis = _dim(axis, ctx.rank(data))
    ddims = ctx.dims(data)
    positions = ddims[axis]
    lead = ddims[:axis]
    if lengths is not None:
        lengths = ctx.convert(lengths, "s64")
        ends = _running_count(ctx, lengths, axis)
        first = None
    else:
        offsets = ctx.convert(offsets, "s64")
        count = ctx.dims(offsets)[axis] - 1
        first = ctx.slice(offsets, axis, 0, 1)
        ends = ctx.slice(offsets, axis, 1, count + 1)
        lengths = ctx.op("subtract", ends, ctx.slice(offsets, axis, 0, count))
    segments = ctx.dims(ends)[axis]
    segment = _segment_of(ctx, ends, positions, axis)
    if first is not None:
        before = ctx.compare("LT", ctx.iota("s64", (*lead, positions), axis),
                             ctx.broadcast_in_dim(first, (*lead, positions), range(axis + 1)),
                             "s64")
        segment = ctx.select(before, segments, segment, "s64")
    out_dims = (*lead, segments, *ddims[axis + 1:])
    start = _SEGMENT_INITIAL[reduce] if initial is None else initial
    base = ctx.full(start, dtype, out_dims)
    index = ctx.broadcast_in_dim(segment, ddims, range(axis + 1))
    out = _scatter_elements(ctx, base, axis, index, data, _SEGMENT_KIND[reduce])
    if reduce != "mean":
        return out
    length = ctx.convert(ctx.broadcast_in_dim(lengths, out_dims, range(axis + 1)), dtype)
    divide = ctx.op("and", ctx.compare("GT", length, 0, dtype),
                    ctx.compare("EQ", out, out, dtype))
    out = ctx.select(divide, ctx.op("divide", out, length), out, dtype)
    if initial is None:
        out = ctx.select(ctx.compare("EQ", length, 0, dtype), np.nan, out, dtype)
    return out


# ---------------------------------------------------------------- adaptive max pooling

@lowers(aten.adaptive_max_pool2d.default, aten.adaptive_max_pool3d.default)
def adaptive_max_pool(ctx, x, output_size):
    """Even windows: a max pool. Uneven ones (PyTorch's floor/ceil bounds): per spatial
    dim, gather each window's elements (padded with its last one) and reduce them with
    their flat spatial indices; the first maximum in row-major order wins, as in eager."""
    nd = len(output_size)
    xdims = ctx.dims(x)
    spatial, lead = xdims[-nd:], len(xdims) - nd
    if not any(s % int(o) for s, o in zip(spatial, output_size)):
        kernel = [s // int(o) for s, o in zip(spatial, output_size)]
        return _max_pool(ctx, x, kernel, kernel, 0, 1, False, nd=nd)
    dtype = ctx.dtype(x)
    values, flat = x, None
    for i in range(nd):
        term = ctx.iota("s64", xdims, lead + i)
        scale = int(np.prod(spatial[i + 1:], dtype=np.int64))
        term = ctx.elementwise("multiply", term, scale, dtype="s64") if scale != 1 else term
        flat = term if flat is None else ctx.op("add", flat, term)
    for i, out in enumerate(int(o) for o in output_size):
        windows = _adaptive_windows(spatial[i], out)
        width = max(end - start for start, end in windows)
        taps = ctx.b.constant(np.array([[min(start + k, end - 1) for k in range(width)]
                                        for start, end in windows], dtype=np.int64))
        dim = lead + i
        reduced = ctx.op("reduce", _gather_rows(ctx, values, dim, taps),
                         _gather_rows(ctx, flat, dim, taps),
                         ctx.constant(identity_element("maximum", dtype), dtype),
                         ctx.constant(np.iinfo(np.int64).max, "s64"), dimensions=(dim + 1,),
                         to_apply=_arg_reducer(ctx, "maximum", dtype))
        values, flat = (ctx.op("get-tuple-element", reduced, index=k) for k in (0, 1))
    return values, flat


# ---------------------------------------------------------------- mode

@lowers(aten.mode.default)
def mode(ctx, x, dim=-1, keepdim=False):
    """PyTorch's CPU mode: sort, and take the first longest run of equal values (so the
    smallest of the most frequent values) with the index of the run's last element in a
    stable sort (the largest original index)."""
    if ctx.rank(x) == 0:
        return x, ctx.constant(0, "s64")
    dim = _dim(dim, ctx.rank(x))
    dims, n = ctx.dims(x), ctx.dims(x)[dim]
    values, indices = _sort(ctx, x, dim, False)
    position = ctx.iota("s64", dims, dim)
    edge = ctx.full(True, "pred", [1 if i == dim else d for i, d in enumerate(dims)])
    changes = ctx.compare("NE", ctx.slice(values, dim, 0, n - 1), ctx.slice(values, dim, 1, n),
                          ctx.dtype(values))
    run_end = ctx.op("concatenate", changes, edge, dimensions=(dim,))
    run_start = ctx.op("concatenate", edge, changes, dimensions=(dim,))
    start = _prefix_reduce(ctx, ctx.select(run_start, position, -1, "s64"), dim, -1,
                           ctx.reducer("maximum", "s64"))
    length = ctx.elementwise("add", ctx.op("subtract", position, start), 1, dtype="s64")
    _, best = _arg_reduce(ctx, ctx.select(run_end, length, 0, "s64"), dim, "maximum")
    kept = [1 if i == dim else d for i, d in enumerate(dims)]
    best = ctx.reshape(best, kept)
    out = [ctx.reshape(gather(ctx, v, dim, best), kept) for v in (values, indices)]
    if not keepdim:
        out = [ctx.reshape(v, [d for i, d in enumerate(kept) if i != dim]) for v in out]
    return tuple(out)


# ---------------------------------------------------------------- histograms
#
# PyTorch's CPU kernel (histogramdd_cpu_contiguous) on samples of shape (M, D): a sample
# outside [first edge, last edge] in any dim (or NaN) is skipped; its bin in each dim is
# found by LINEAR interpolation between the outer edges (histc), interpolation corrected
# against the neighbouring edges (LOCAL: histogram with a bin count), or a SEARCH of the
# edges (given bin tensors); the last bin includes its right edge. Here every sample's
# flat bin is computed at once and the weights scattered into the histogram, skipped
# samples to an index past its end.

def _scalar_at(ctx, v, i: int):
    return ctx.reshape(ctx.slice(v, 0, i, i + 1), ())


def _linspace(ctx, left, right, steps: int, dtype: str):
    """torch.linspace's CPU values: from the left end up to halfway, from the right one
    after."""
    step = ctx.op("divide", ctx.op("subtract", right, left), ctx.constant(steps - 1, dtype)) \
        if steps > 1 else ctx.constant(0, dtype)
    index = ctx.iota(dtype, (steps,), 0)
    rising = ctx.op("add", ctx.broadcast_to(left, (steps,)),
                    ctx.op("multiply", ctx.broadcast_to(step, (steps,)), index))
    remaining = ctx.elementwise("subtract", steps - 1, index, dtype=dtype)
    falling = ctx.op("subtract", ctx.broadcast_to(right, (steps,)),
                     ctx.op("multiply", ctx.broadcast_to(step, (steps,)), remaining))
    return ctx.select(ctx.compare("LT", ctx.iota("s64", (steps,), 0), steps // 2, "s64"),
                      rising, falling, dtype)


def _outer_edges(ctx, samples, bounds, widen: float):
    """Per dim (left, right) as scalar values: `bounds` (pairs of Python numbers) or the
    samples' extremes; equal ends are moved `widen` apart."""
    dtype = ctx.dtype(samples)
    m, d = ctx.dims(samples)
    if bounds is not None:
        ends = [(ctx.constant(bounds[2 * i], dtype), ctx.constant(bounds[2 * i + 1], dtype))
                for i in range(d)]
    elif m > 0:
        lo = ctx.reduce(samples, (0,), "minimum", np.inf)
        hi = ctx.reduce(samples, (0,), "maximum", -np.inf)
        ends = [(_scalar_at(ctx, lo, i), _scalar_at(ctx, hi, i)) for i in range(d)]
    else:
        ends = [(ctx.constant(0, dtype), ctx.constant(1, dtype))] * d
    out = []
    for left, right in ends:
        equal = ctx.compare("EQ", left, right, dtype)
        out.append((ctx.select(equal, ctx.elementwise("subtract", left, widen, dtype=dtype),
                               left, dtype),
                    ctx.select(equal, ctx.elementwise("add", right, widen, dtype=dtype),
                               right, dtype)))
    return out


def _bin_edges(ctx, samples, bins, bounds, widen: float = 0.5):
    dtype = ctx.dtype(samples)
    return [_linspace(ctx, left, right, int(b) + 1, dtype)
            for (left, right), b in zip(_outer_edges(ctx, samples, bounds, widen), bins)]


def _edges_at_or_below(ctx, edges, elt, index):
    """How many of edges[index] (int64 positions, shape of elt; out-of-range ones count
    0) are <= elt."""
    size = ctx.dims(edges)[0]
    inside = ctx.op("and", ctx.compare("GE", index, 0, "s64"),
                    ctx.compare("LT", index, size, "s64"))
    edge = _gather_rows(ctx, edges, 0, ctx.elementwise("maximum", ctx.elementwise(
        "minimum", index, size - 1, dtype="s64"), 0, dtype="s64"))
    below = ctx.op("and", inside, ctx.compare("LE", edge, elt, ctx.dtype(elt)))
    return ctx.convert(below, "s64")


def _bin_of(ctx, elt, edges, algorithm: str):
    """The bin of each sample value `elt` (M,) among `edges` (B + 1,)."""
    dtype = ctx.dtype(elt)
    (m,), size = ctx.dims(elt), ctx.dims(edges)[0]
    bins = size - 1
    if algorithm == "search":
        grid = (m, size)
        below = ctx.compare("LE", ctx.broadcast_in_dim(edges, grid, (1,)),
                            ctx.broadcast_in_dim(elt, grid, (0,)), dtype)
        pos = ctx.elementwise("subtract", ctx.reduce(ctx.convert(below, "s64"), (1,), "add", 0),
                              1, dtype="s64")
    else:
        left, right = _scalar_at(ctx, edges, 0), _scalar_at(ctx, edges, bins)
        scaled = ctx.elementwise("multiply", ctx.op("subtract", elt, ctx.broadcast_to(left, (m,))),
                                 bins, dtype=dtype)
        pos = ctx.convert(ctx.op("divide", scaled, ctx.broadcast_to(
            ctx.op("subtract", right, left), (m,))), "s64")
        if algorithm == "local":
            # upper_bound over edges[max(0, pos - 1) : min(pos + 2, B + 1)], minus one
            low = ctx.elementwise("maximum", ctx.elementwise("subtract", pos, 1, dtype="s64"), 0,
                                  dtype="s64")
            count = None
            for offset in (-1, 0, 1):
                index = ctx.elementwise("add", pos, offset, dtype="s64")
                term = _edges_at_or_below(ctx, edges, elt, index)
                count = term if count is None else ctx.op("add", count, term)
            pos = ctx.elementwise("subtract", ctx.op("add", low, count), 1, dtype="s64")
    return ctx.select(ctx.compare("EQ", pos, bins, "s64"), bins - 1, pos, "s64")


def _histogram(ctx, samples, edges, weight, density, algorithm: str):
    dtype = ctx.dtype(samples)
    m, d = ctx.dims(samples)
    shape = tuple(ctx.dims(e)[0] - 1 for e in edges)
    total = int(np.prod(shape, dtype=np.int64))
    flat, keep = ctx.full(0, "s64", (m,)), ctx.full(True, "pred", (m,))
    for i, e in enumerate(edges):
        e = ctx.convert(e, dtype)
        elt = ctx.reshape(ctx.slice(samples, 1, i, i + 1), (m,))
        left, right = _scalar_at(ctx, e, 0), _scalar_at(ctx, e, shape[i])
        keep = ctx.op("and", keep, ctx.op("and", ctx.compare("GE", elt, left, dtype),
                                          ctx.compare("LE", elt, right, dtype)))
        stride = int(np.prod(shape[i + 1:], dtype=np.int64))
        flat = ctx.op("add", flat, ctx.elementwise("multiply", _bin_of(ctx, elt, e, algorithm),
                                                   stride, dtype="s64"))
    index = ctx.reshape(ctx.select(keep, flat, total, "s64"), (m, 1))
    updates = ctx.full(1, dtype, (m,)) if weight is None else \
        ctx.reshape(ctx.convert(weight, dtype), (m,))
    hist = ctx.op("scatter", ctx.full(0, dtype, (total,)), index, updates,
                  update_window_dims=(), inserted_window_dims=(0,),
                  scatter_dims_to_operand_dims=(0,), index_vector_dim=1,
                  to_apply=_combiner(ctx, "sum", dtype))
    hist = ctx.reshape(hist, shape)
    if density:
        hist = ctx.op("divide", hist, ctx.broadcast_to(ctx.reduce(hist, range(d), "add", 0),
                                                       shape))
        for i, e in enumerate(edges):
            e = ctx.convert(e, dtype)
            width = ctx.op("subtract", ctx.slice(e, 0, 1, shape[i] + 1), ctx.slice(e, 0, 0,
                                                                                 shape[i]))
            hist = ctx.op("divide", hist, ctx.broadcast_in_dim(width, shape, (i,)))
    return hist


def _samples(ctx, x, d: int | None = None):
    """x as (M, D) sample coordinates: histogramdd's last dim, or every element (D = 1)."""
    if d is None:
        return ctx.reshape(x, (ctx.shape(x).size, 1))
    return ctx.reshape(x, (ctx.shape(x).size // d, d))


@lowers(aten.histc.default)
def histc(ctx, x, bins=100, min=0, max=0):
    samples = _samples(ctx, x)
    bounds = (min, max) if min != max or ctx.shape(x).size == 0 else None
    edges = _bin_edges(ctx, samples, [bins], bounds, widen=1.0)
    return _histogram(ctx, samples, edges, None, False, "linear")


@lowers(aten.histogram.bin_ct)
def histogram_bin_ct(ctx, x, bins=100, range=None, weight=None, density=False):
    samples = _samples(ctx, x)
    (edges,) = _bin_edges(ctx, samples, [bins], range)
    return _histogram(ctx, samples, [edges], weight, density, "local"), edges


@lowers(aten.histogram.bins_tensor)
def histogram_bins_tensor(ctx, x, bins, weight=None, density=False):
    return _histogram(ctx, _samples(ctx, x), [bins], weight, density, "search"), bins


@lowers(aten._histogramdd_bin_edges.default)
def histogramdd_bin_edges(ctx, x, bins, range=None, weight=None, density=False):
    return tuple(_bin_edges(ctx, _samples(ctx, x, len(bins)), bins, range))


@lowers(aten._histogramdd_from_bin_cts.default)
def histogramdd_from_bin_cts(ctx, x, bins, range=None, weight=None, density=False):
    samples = _samples(ctx, x, len(bins))
    return _histogram(ctx, samples, _bin_edges(ctx, samples, bins, range), weight, density,
                      "local")


@lowers(aten._histogramdd_from_bin_tensors.default)
def histogramdd_from_bin_tensors(ctx, x, bins, weight=None, density=False):
    return _histogram(ctx, _samples(ctx, x, len(bins)), list(bins), weight, density, "search")


# ---------------------------------------------------------------- linear_cross_entropy

def _linear_cross_entropy(ctx, x, w, target, bias, weight, reduction, ignore_index):
    """cross_entropy(x @ w.T + bias, target) with class-index targets, as PyTorch's
    cross_entropy computes it: ignored targets add nothing and leave the mean's
    denominator (the summed class weights of the other targets)."""
    if ctx.rank(x) != 2 or ctx.rank(w) != 2 or ctx.rank(target) != 1 or \
            ctx.dtype(target) in FLOAT_TYPES:
        raise Unsupported("linear_cross_entropy beyond (N, F) inputs with class indices")
    dtype = ctx.dtype(x)
    logits = ctx.op("dot", x, ctx.convert(w, dtype), lhs_contracting_dims=(1,),
                    rhs_contracting_dims=(1,))
    n, classes = ctx.dims(logits)
    if bias is not None:
        logits = ctx.op("add", logits, ctx.broadcast_in_dim(ctx.convert(bias, dtype),
                                                            (n, classes), (1,)))
    shifted, _, total = _softmax_parts(ctx, logits, 1)
    logp = ctx.op("subtract", shifted, ctx.op("log", total))
    ignored = ctx.compare("EQ", target, ignore_index, ctx.dtype(target))
    safe = ctx.select(ignored, 0, ctx.convert(target, "s64"), "s64")
    picked = ctx.reshape(gather(ctx, logp, 1, ctx.reshape(safe, (n, 1))), (n,))
    class_weight = ctx.full(1, dtype, (n,)) if weight is None else \
        _gather_rows(ctx, ctx.convert(weight, dtype), 0, safe)
    class_weight = ctx.select(ignored, 0, class_weight, dtype)
    loss = ctx.op("negate", ctx.op("multiply", picked, class_weight))
    if reduction == "none":
        return loss
    loss = ctx.reduce(loss, (0,), "add", 0)
    if reduction == "mean":
        loss = ctx.op("divide", loss, ctx.reduce(class_weight, (0,), "add", 0))
    return loss


@lowers(torch.ops.torch_nn._linear_cross_entropy_batch_chunked.default)
def linear_cross_entropy_chunked(ctx, x, w, target, bias, weight, reduction, ignore_index,
                                 label_smoothing, batch_chunk_size, acc_policy, acc_dtype,
                                 allow_retain_graph, input_grad, weight_grad, bias_grad):
    """The loss; the gradients it precomputes for a backward are not built (Unsupported
    when asked for), so their outputs are torch's empty placeholders."""
    if input_grad or weight_grad or bias_grad:
        raise Unsupported("linear_cross_entropy's precomputed gradients")
    if label_smoothing:  # the eager op refuses it too
        raise Unsupported("linear_cross_entropy with label smoothing")
    loss = _linear_cross_entropy(ctx, x, w, target, bias, weight, reduction, ignore_index)
    return (loss, *_zero_outputs(ctx, (1, 2, 3)))


@lowers(torch.ops.torch_nn._linear_cross_entropy_batch_chunked_no_reduction.default)
def linear_cross_entropy_chunked_none(ctx, x, w, target, bias, weight, ignore_index,
                                      batch_chunk_size, acc_policy, acc_dtype):
    return _linear_cross_entropy(ctx, x, w, target, bias, weight, "none", ignore_index)


# ---------------------------------------------------------------- embedding_bag

@lowers(aten._embedding_bag_forward_only.default, aten._embedding_bag.default)
def embedding_bag(ctx, weight, indices, offsets, scale_grad_by_freq=False, mode=0,
                  sparse=False, per_sample_weights=None, include_last_offset=False,
                  padding_idx=-1):
    """Bags of rows (bag b: indices[offsets[b] : offsets[b + 1]], the last one to the end
    of indices, or with include_last_offset to the last offset, which eager expects to
    be that end) summed (with per-sample weights), averaged or maxed; rows at padding_idx count for nothing, an
    empty bag is zeros. Each row is scattered to its bag. The other results (bag
    bookkeeping for a backward) are only produced when unread."""
    if ctx.rank(indices) != 1:
        raise Unsupported("embedding_bag with 2-d indices")
    dtype = ctx.dtype(weight)
    n, width = ctx.dims(indices)[0], ctx.dims(weight)[1]
    offsets = ctx.convert(offsets, "s64")
    count = ctx.dims(offsets)[0]
    ends = ctx.slice(offsets, 0, 1, count)
    if not include_last_offset:
        ends = ctx.op("concatenate", ends, ctx.full(n, "s64", (1,)), dimensions=(0,))
    bags = ctx.dims(ends)[0]
    bag = _segment_of(ctx, ends, n, 0)
    if padding_idx >= 0:
        used = ctx.compare("NE", indices, padding_idx, ctx.dtype(indices))
        bag = ctx.select(used, bag, bags, "s64")
    rows = _gather_rows(ctx, weight, 0, indices)
    if per_sample_weights is not None:
        rows = ctx.op("multiply", rows, ctx.broadcast_in_dim(
            ctx.convert(per_sample_weights, dtype), (n, width), (0,)))
    index = ctx.broadcast_in_dim(bag, (n, width), (0,))
    kind = {0: "sum", 1: "sum", 2: "amax"}[mode]
    start = -np.inf if mode == 2 else 0
    out = _scatter_elements(ctx, ctx.full(start, dtype, (bags, width)), 0, index, rows, kind)
    if mode != 0:
        sizes = _scatter_elements(ctx, ctx.full(0, dtype, (bags, width)), 0, index, 1.0, "sum")
        if mode == 1:
            out = ctx.op("divide", out, ctx.elementwise("maximum", sizes, 1, dtype=dtype))
        else:
            out = ctx.select(ctx.compare("EQ", sizes, 0, dtype), 0, out, dtype)
    return (out, *_unused_outputs(ctx, 1, 2, 3))


# ---------------------------------------------------------------- antialiased upsampling

def _antialiased_matrix(in_size: int, out_size: int, align_corners, scale_factor):
    """[out, in] weights of PyTorch's antialiased bilinear resampling
    (_compute_weights_aa): a triangle filter stretched by the scale when downsampling,
    over the inputs within its support, normalized to sum to 1."""
    scale = np.float32(_area_scale(in_size, out_size, align_corners, scale_factor))
    support = scale if scale >= 1 else np.float32(1)
    invscale = np.float32(1) / scale if scale >= 1 else np.float32(1)
    m = np.zeros((out_size, in_size), dtype=np.float32)
    for o in range(out_size):
        center = scale * np.float32(o + 0.5)
        lo = max(int(center - support + np.float32(0.5)), 0)
        hi = min(int(center + support + np.float32(0.5)), in_size)
        taps = np.arange(lo, hi, dtype=np.float32)
        w = np.maximum(np.float32(1) - np.abs((taps - center + np.float32(0.5)) * invscale),
                       np.float32(0))
        total = w.sum(dtype=np.float32)
        m[o, lo:hi] = w / total if total != 0 else w
    return m


@lowers(aten._upsample_bilinear2d_aa.default)
def upsample_bilinear2d_aa(ctx, x, output_size, align_corners, scales_h=None, scales_w=None):
    spatial = ctx.dims(x)[-2:]
    return _apply_matrices(ctx, x, [
        _antialiased_matrix(size, int(out), align_corners, scale)
        for size, out, scale in zip(spatial, output_size, (scales_h, scales_w))])


# ---------------------------------------------------------------- hash_tensor

@lowers(aten.hash_tensor.default)
def hash_tensor(ctx, x, dim=(), keepdim=False, mode=0):
    """The xor of the elements' 64-bit patterns: floats widened to f64, integers to 64
    bits (sign-extended when signed), booleans as 0 and 1; mode 0 is the only one."""
    dtype = ctx.dtype(x)
    if mode != 0 or dtype in COMPLEX_TYPES:
        raise Unsupported(f"hash_tensor mode {mode} of {dtype}")
    if dtype in FLOAT_TYPES:
        bits = ctx.op("bitcast-convert", ctx.convert(x, "f64"),
                      shape=ArrayShape("u64", ctx.dims(x)))
    elif dtype.startswith("s"):
        bits = ctx.op("bitcast-convert", ctx.convert(x, "s64"),
                      shape=ArrayShape("u64", ctx.dims(x)))
    else:
        bits = ctx.convert(x, "u64")
    dims = _dims(dim, ctx.rank(x))
    return _keepdim(ctx, x, ctx.reduce(bits, dims, "xor", 0), dims, keepdim)
