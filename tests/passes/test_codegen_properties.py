"""Hypothesis: random shapes, layouts and index arguments, compiled vs the evaluator.

Each example is compiled twice: instruction by instruction (one kernel each) and with
the whole body in one fusion (one loop nest per output, producers inlined).
"""
from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hlox.ir.shapes import ArrayShape, format_shape

from codegen_check import BF16, check

NP = {"f16": np.float16, "bf16": BF16, "f32": np.float32, "s32": np.int32, "u8": np.uint8}

SETTINGS = settings(max_examples=12, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _shape(dtype, dims, layout=None):
    return format_shape(ArrayShape(dtype, tuple(dims), None if layout is None else tuple(layout)))


@st.composite
def programs(draw):
    dtype = draw(st.sampled_from(["f32", "s32", "f16", "u8"]))
    rank = draw(st.integers(0, 3))
    dims = draw(st.lists(st.integers(0, 5), min_size=rank, max_size=rank))
    if rank and draw(st.booleans()):
        dims = [max(d, 1) for d in dims]
    perm = draw(st.permutations(range(rank)))
    layout_x = draw(st.permutations(range(rank)))
    layout_y = draw(st.permutations(range(rank)))
    sx, sy = _shape(dtype, dims, layout_x), _shape(dtype, dims, layout_y)
    lines = [f"x = {sx} parameter(0)", f"y = {sy} parameter(1)", "i = s32[] parameter(2)"]
    outs = []
    binop = draw(st.sampled_from(["add", "multiply", "maximum", "subtract"]))
    lines.append(f"a = {_shape(dtype, dims, perm)} {binop}(x, y)")
    outs.append(("a", _shape(dtype, dims, perm)))
    tdims = [dims[p] for p in perm]
    lines.append(f"t = {_shape(dtype, tdims)} transpose(a), dimensions={{{','.join(map(str, perm))}}}")
    outs.append(("t", _shape(dtype, tdims)))
    red = sorted(draw(st.sets(st.integers(0, max(rank - 1, 0)), max_size=rank)))
    red = [d for d in red if d < rank]
    kept = [dims[d] for d in range(rank) if d not in red]
    lines.append(f"z = {dtype}[] constant(1)")
    lines.append(f"r = {_shape(dtype, kept)} reduce(a, z), dimensions={{{','.join(map(str, red))}}}, "
                 f"to_apply=sum")
    outs.append(("r", _shape(dtype, kept)))
    if rank:
        spec, sdims = [], []
        for d in dims:
            start = draw(st.integers(0, d))
            limit = draw(st.integers(start, d))
            stride = draw(st.integers(1, 3))
            spec.append(f"[{start}:{limit}:{stride}]")
            sdims.append((limit - start + stride - 1) // stride)
        lines.append(f"s = {_shape(dtype, sdims)} slice(x), slice={{{', '.join(spec)}}}")
        outs.append(("s", _shape(dtype, sdims)))
        pads, pdims = [], []
        for d in dims:
            interior = draw(st.integers(0, 1))
            base = d + max(d - 1, 0) * interior
            low = draw(st.integers(-min(base, 2), 2))
            high = draw(st.integers(-min(base + low, 2), 2))
            pads.append(f"{low}_{high}_{interior}")
            pdims.append(base + low + high)
        lines.append(f"p = {_shape(dtype, pdims)} pad(x, z), padding={'x'.join(pads)}")
        outs.append(("p", _shape(dtype, pdims)))
        sizes = [draw(st.integers(0, d)) for d in dims]
        lines.append(f"d = {_shape(dtype, sizes)} dynamic-slice(x, {', '.join(['i'] * rank)}), "
                     f"dynamic_slice_sizes={{{','.join(map(str, sizes))}}}")
        outs.append(("d", _shape(dtype, sizes)))
        cat = draw(st.integers(0, rank - 1))
        cdims = list(dims)
        cdims[cat] *= 2
        lines.append(f"c = {_shape(dtype, cdims)} concatenate(x, y), dimensions={{{cat}}}")
        outs.append(("c", _shape(dtype, cdims)))
        rev = sorted(draw(st.sets(st.integers(0, rank - 1))))
        lines.append(f"v = {_shape(dtype, dims)} reverse(a), dimensions={{{','.join(map(str, rev))}}}")
        outs.append(("v", _shape(dtype, dims)))
    index = draw(st.integers(-3, 7))
    seed = draw(st.integers(0, 2**16))
    return dtype, dims, lines, outs, index, seed


def _texts(dtype, lines, outs):
    reducer = (f"sum {{ a = {dtype}[] parameter(0)\n  b = {dtype}[] parameter(1)\n"
               f"  ROOT s = {dtype}[] add(a, b) }}\n")
    shapes = ", ".join(s for _, s in outs)
    root = f"ROOT out = ({shapes}) tuple({', '.join(n for n, _ in outs)})"
    plain = ("HloModule m\n" + reducer + "ENTRY main {\n  " + "\n  ".join(lines + [root])
             + "\n}\n")
    params = lines[:3]
    body = [line.replace("parameter(", "parameter(") for line in lines]
    fused = ("HloModule m\n" + reducer + "fused {\n  " + "\n  ".join(body + [root]) + "\n}\n"
             + "ENTRY main {\n  " + "\n  ".join(params)
             + f"\n  ROOT f = ({shapes}) fusion(x, y, i), kind=kLoop, calls=fused\n}}\n")
    return plain, fused


def _inputs(dtype, dims, seed):
    rng = np.random.default_rng(seed)
    if dtype in ("s32", "u8"):
        return [rng.integers(0, 200, size=dims).astype(NP[dtype]) for _ in range(2)]
    values = rng.normal(size=(2, *dims)) * 4
    if values.size:
        values.reshape(-1)[0] = np.nan
    return [v.astype(NP[dtype]) for v in values]


@SETTINGS
@given(programs())
def test_random_programs(program):
    dtype, dims, lines, outs, index, seed = program
    x, y = _inputs(dtype, dims, seed)
    for text in _texts(dtype, lines, outs):
        # sums are reassociated (vectorised): f16 gets a looser tolerance than elementwise ops
        check(text, x, y, np.int32(index), rtol=1e-5, atol=1e-5, half_tol=3e-2)
