"""Differential tests: modules compiled to C vs the reference evaluator, op by op, all types.

Many ops go into one module per test (gcc takes ~0.5 s a module).
"""
from __future__ import annotations

import numpy as np
import pytest

from codegen_check import BF16, check
from hlox.ir import HloError, parse_module
from hlox.ir.opcodes import BINARY, OPS, REQUIRED_ATTRS, UNARY

FLOAT_TYPES = ["f16", "bf16", "f32", "f64"]
NP = {"f16": np.float16, "bf16": BF16, "f32": np.float32, "f64": np.float64,
      "s8": np.int8, "s16": np.int16, "s32": np.int32, "s64": np.int64, "u8": np.uint8,
      "u16": np.uint16, "u32": np.uint32, "u64": np.uint64, "pred": np.bool_}


def _float_inputs(t):
    x = np.array([[0.5, -1.5, 2.25, 0.0, -0.0, 3.0], [np.nan, np.inf, -np.inf, 1e-3, 7.5, -2.5],
                  [0.1, 0.9, -0.7, 100.0, 2.5, -3.5]])
    y = np.array([[1.5, 2.0, -0.5, 0.0, 3.0, -4.0], [1.0, 2.0, np.nan, 0.25, -7.5, 0.5],
                  [2.0, -0.1, 0.3, 1.0, 0.5, 2.5]])
    return x.astype(NP[t]), y.astype(NP[t])


# The op lists come from the opcode table: every elementwise opcode without required
# attributes whose shape rule accepts the element type with the result of that same type
# (is-finite and compare, whose result is pred, are tested on their own below).
def _ops(category, t: str) -> list[str]:
    def same_type(op) -> bool:
        args = ", ".join(["x"] * OPS[op].arity)
        text = (f"HloModule m\nENTRY main {{\n  x = {t}[2] parameter(0)\n"
                f"  ROOT r = {t}[2] {op}({args})\n}}\n")
        try:
            parse_module(text)
        except HloError:
            return False
        return True

    return sorted(op for op in category
                  if op not in REQUIRED_ATTRS and op not in ("copy", "convert") and same_type(op))


def UNARY_FLOAT(t):
    return _ops(UNARY, t)


def BINARY_FLOAT(t):
    return _ops(BINARY, t)


@pytest.mark.parametrize("t", FLOAT_TYPES)
def test_float_elementwise(t):
    s = f"{t}[3,6]"
    lines = [f"x = {s} parameter(0)", f"y = {s} parameter(1)"]
    names = []
    for op in UNARY_FLOAT(t):
        lines.append(f"u_{op} = {s} {op}(x)")
        names.append(f"u_{op}")
    for op in BINARY_FLOAT(t):
        lines.append(f"b_{op} = {s} {op}(x, y)")
        names.append(f"b_{op}")
    lines.append(f"fin = pred[3,6] is-finite(x)")
    names.append("fin")
    for d in ["EQ", "NE", "LT", "LE", "GT", "GE"]:
        lines.append(f"c{d} = pred[3,6] compare(x, y), direction={d}")
        lines.append(f"t{d} = pred[3,6] compare(x, y), direction={d}, type=TOTALORDER")
        names += [f"c{d}", f"t{d}"]
    lines.append(f"sel = {s} select(cLT, x, y)")
    lines.append(f"cl = {s} clamp(y, x, b_add)")
    names += ["sel", "cl"]
    shapes = ", ".join("pred[3,6]" if n.startswith(("fin", "c", "t")) and n != "cl" else s
                       for n in names)
    lines.append(f"ROOT out = ({shapes}) tuple({', '.join(names)})")
    text = "HloModule m\nENTRY main {\n  " + "\n  ".join(lines) + "\n}\n"
    x, y = _float_inputs(t)
    check(text, x, y, rtol=2e-6 if t == "f64" else 1e-5, atol=1e-6)


INT_TYPES = ["s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64"]


def _int_inputs(t):
    info = np.iinfo(NP[t])
    bits = info.bits
    unsigned = np.dtype(f"u{bits // 8}")

    def wrap(values):
        return np.array([v % 2**bits for v in values], dtype=np.uint64).astype(unsigned).view(NP[t])

    x = wrap([0, 1, -1, 7, -7, 100, int(info.min), int(info.max), 3, 5, -128, 64])
    y = wrap([0, 2, -1, 3, 2, -3, -1, 1, 40, 0, 7, 2])
    return x, y


@pytest.mark.parametrize("t", INT_TYPES)
def test_integer_elementwise(t):
    s = f"{t}[12]"
    ops = _ops(BINARY, t)
    unary = _ops(UNARY, t)
    lines = [f"x = {s} parameter(0)", f"y = {s} parameter(1)"]
    names = []
    for op in ops:
        if op == "power" and t.startswith("s"):
            lines.append(f"ya = {s} abs(y)")
            lines.append(f"b_{op} = {s} {op}(x, ya)")
        else:
            lines.append(f"b_{op} = {s} {op}(x, y)")
        names.append(f"b_{op}")
    for op in unary:
        lines.append(f"u_{op} = {s} {op}(x)")
        names.append(f"u_{op}")
    lines.append("lt = pred[12] compare(x, y), direction=LT")
    names.append("lt")
    shapes = ", ".join("pred[12]" if n == "lt" else s for n in names)
    lines.append(f"ROOT out = ({shapes}) tuple({', '.join(names)})")
    text = "HloModule m\nENTRY main {\n  " + "\n  ".join(lines) + "\n}\n"
    check(text, *_int_inputs(t))


ALL_TYPES = ["pred", *INT_TYPES, *FLOAT_TYPES]


def test_convert_all_pairs():
    values = np.array([0.0, 1.0, -1.0, 2.5, -2.5, 1e10, -1e10, np.nan, np.inf, 300.7, 65519.0,
                       -129.5])
    lines, names, shapes, args = [], [], [], []
    for i, src in enumerate(ALL_TYPES):
        if src == "pred":
            arr = (values > 0)
        elif src in FLOAT_TYPES:
            arr = values.astype(NP[src])
        else:
            with np.errstate(all="ignore"):
                arr = np.nan_to_num(values, posinf=0, neginf=0).astype(np.int64).astype(NP[src])
        args.append(arr)
        lines.append(f"p{i} = {src}[12] parameter({i})")
        for dst in ALL_TYPES:
            if dst == src:
                continue
            name = f"c_{src}_{dst}"
            lines.append(f"{name} = {dst}[12] convert(p{i})")
            names.append(name)
            shapes.append(f"{dst}[12]")
    lines.append(f"ROOT out = ({', '.join(shapes)}) tuple({', '.join(names)})")
    text = "HloModule m\nENTRY main {\n  " + "\n  ".join(lines) + "\n}\n"
    check(text, *args)


def test_bitcast_convert_and_iota():
    text = """HloModule m
ENTRY main {
  x = f32[4] parameter(0)
  b = s32[4] bitcast-convert(x)
  h = f16[4] convert(x)
  hb = u16[4] bitcast-convert(h)
  bytes = u8[4,4] bitcast-convert(x)
  back = f32[4] bitcast-convert(bytes)
  io = s32[3,4] iota(), iota_dimension=1
  iof = bf16[3,4] iota(), iota_dimension=0
  ROOT out = (s32[4], u16[4], u8[4,4], f32[4], s32[3,4], bf16[3,4]) tuple(b, hb, bytes, back, io, iof)
}
"""
    check(text, np.array([1.5, -2.0, np.nan, 3e-40], np.float32))


def test_movement_ops():
    text = """HloModule m
ENTRY main {
  x = f32[4,6] parameter(0)
  i = s32[] parameter(1)
  bc = f32[2,4,6,3] broadcast(x), dimensions={1,2}
  rs = f32[3,8] reshape(x)
  rs2 = f32[24] reshape(x)
  tr = f32[6,4] transpose(x), dimensions={1,0}
  trl = f32[6,4]{0,1} transpose(x), dimensions={1,0}
  sl = f32[2,2] slice(x), slice={[1:4:2], [0:6:4]}
  rv = f32[4,6] reverse(x), dimensions={0,1}
  z = f32[] constant(-1)
  pd = f32[5,13] pad(x, z), padding=1_0_0x-1_3_1
  sl2 = f32[4,3] slice(x), slice={[0:4], [1:4]}
  cc = f32[4,15] concatenate(x, sl2, x), dimensions={1}
  ds = f32[2,3] dynamic-slice(x, i, i), dynamic_slice_sizes={2,3}
  u = f32[2,2] constant({{10, 20}, {30, 40}})
  dus = f32[4,6] dynamic-update-slice(x, u, i, i)
  cp = f32[4,6]{0,1} copy(x)
  cpt = f32[6,4] transpose(cp), dimensions={1,0}
  ROOT out = (f32[2,4,6,3], f32[3,8], f32[24], f32[6,4], f32[6,4]{0,1}, f32[2,2], f32[4,6], f32[5,13], f32[4,15], f32[2,3], f32[4,6], f32[4,6]{0,1}, f32[6,4]) tuple(bc, rs, rs2, tr, trl, sl, rv, pd, cc, ds, dus, cp, cpt)
}
"""
    x = np.arange(24, dtype=np.float32).reshape(4, 6)
    for i in (0, 2, -5, 100):
        check(text, x, np.int32(i))


def test_gather_and_scatter():
    text = """HloModule m
add { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }
ENTRY main {
  x = f32[5,4] parameter(0)
  idx = s32[3,1] parameter(1)
  g = f32[3,4] gather(x, idx), offset_dims={1}, collapsed_slice_dims={0}, start_index_map={0}, index_vector_dim=1, slice_sizes={1,4}
  idx2 = s32[3,2] parameter(2)
  g2 = f32[3,2,2] gather(x, idx2), offset_dims={1,2}, collapsed_slice_dims={}, start_index_map={0,1}, index_vector_dim=1, slice_sizes={2,2}
  upd = f32[3,4] parameter(3)
  sc = f32[5,4] scatter(x, idx, upd), update_window_dims={1}, inserted_window_dims={0}, scatter_dims_to_operand_dims={0}, index_vector_dim=1, to_apply=add
  upd2 = f32[3,2,2] parameter(4)
  sc2 = f32[5,4] scatter(x, idx2, upd2), update_window_dims={1,2}, inserted_window_dims={}, scatter_dims_to_operand_dims={0,1}, index_vector_dim=1, to_apply=add
  ROOT out = (f32[3,4], f32[3,2,2], f32[5,4], f32[5,4]) tuple(g, g2, sc, sc2)
}
"""
    x = np.arange(20, dtype=np.float32).reshape(5, 4)
    idx = np.array([[1], [4], [7]], np.int32)
    idx2 = np.array([[0, 0], [4, 3], [-2, 1]], np.int32)
    upd = np.ones((3, 4), np.float32)
    upd2 = np.full((3, 2, 2), 2.0, np.float32)
    check(text, x, idx, idx2, upd, upd2)
    idx = np.array([[0], [0], [-1]], np.int32)
    check(text, x, idx, idx2, upd, upd2)


def test_reductions():
    text = """HloModule m
add { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }
mx { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] maximum(a, b) }
addh { a = f16[] parameter(0)
  b = f16[] parameter(1)
  ROOT s = f16[] add(a, b) }
addi { a = s32[] parameter(0)
  b = s32[] parameter(1)
  ROOT s = s32[] add(a, b) }
argmax { a = f32[] parameter(0)
  ai = s32[] parameter(1)
  b = f32[] parameter(2)
  bi = s32[] parameter(3)
  gt = pred[] compare(a, b), direction=GT
  eq = pred[] compare(a, b), direction=EQ
  lt = pred[] compare(ai, bi), direction=LT
  tie = pred[] and(eq, lt)
  pick = pred[] or(gt, tie)
  v = f32[] select(pick, a, b)
  i = s32[] select(pick, ai, bi)
  ROOT r = (f32[], s32[]) tuple(v, i) }
ENTRY main {
  x = f32[6,7,5] parameter(0)
  z = f32[] constant(0)
  ninf = f32[] constant(-inf)
  r0 = f32[7] reduce(x, z), dimensions={0,2}, to_apply=add
  r1 = f32[6,7] reduce(x, z), dimensions={2}, to_apply=add
  r2 = f32[7,5] reduce(x, z), dimensions={0}, to_apply=add
  r3 = f32[] reduce(x, ninf), dimensions={0,1,2}, to_apply=mx
  xh = f16[6,7,5] convert(x)
  zh = f16[] constant(0)
  r4 = f16[6] reduce(xh, zh), dimensions={1,2}, to_apply=addh
  xi = s32[6,7,5] convert(x)
  zi = s32[] constant(0)
  r5 = s32[5] reduce(xi, zi), dimensions={0,1}, to_apply=addi
  io = s32[6,7,5] iota(), iota_dimension=1
  zi2 = s32[] constant(-1)
  r6 = (f32[6,5], s32[6,5]) reduce(x, io, ninf, zi2), dimensions={1}, to_apply=argmax
  r6a = f32[6,5] get-tuple-element(r6), index=0
  r6b = s32[6,5] get-tuple-element(r6), index=1
  rw = f32[3,4,5] reduce-window(x, z), window={size=2x3x1 stride=2x2x1 pad=0_0x1_1x0_0}, to_apply=add
  rwm = f32[6,7,5] reduce-window(x, ninf), window={size=3x3x1 pad=1_1x1_1x0_0 lhs_dilate=1x1x1 rhs_dilate=1x1x1}, to_apply=mx
  rwd = f32[4,4,5] reduce-window(x, z), window={size=2x2x1 stride=1x3x1 rhs_dilate=2x1x1 lhs_dilate=1x2x1}, to_apply=add
  ROOT out = (f32[7], f32[6,7], f32[7,5], f32[], f16[6], s32[5], f32[6,5], s32[6,5], f32[3,4,5], f32[6,7,5], f32[4,4,5]) tuple(r0, r1, r2, r3, r4, r5, r6a, r6b, rw, rwm, rwd)
}
"""
    x = np.random.default_rng(0).normal(size=(6, 7, 5)).astype(np.float32) * 4
    # f16 sums accumulate in f32 here, in f16 in the evaluator
    check(text, x, rtol=1e-5, half_tol=5e-2)


def test_dots():
    text = """HloModule m
ENTRY main {
  a = f32[3,4] parameter(0)
  b = f32[4,5] parameter(1)
  c = f32[2,3,4] parameter(2)
  d = f32[2,5,4] parameter(3)
  big1 = f32[64,48] parameter(4)
  big2 = f32[40,48] parameter(5)
  bb1 = f32[3,40,33] parameter(6)
  bb2 = f32[33,3,36] parameter(7)
  d0 = f32[3,5] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  d1 = f32[2,3,5] dot(c, d), lhs_batch_dims={0}, rhs_batch_dims={0}, lhs_contracting_dims={2}, rhs_contracting_dims={2}
  d2 = f32[64,40] dot(big1, big2), lhs_contracting_dims={1}, rhs_contracting_dims={1}
  d3 = f32[40,64] dot(big2, big1), lhs_contracting_dims={1}, rhs_contracting_dims={1}
  d4 = f32[3,40,36] dot(bb1, bb2), lhs_batch_dims={0}, rhs_batch_dims={1}, lhs_contracting_dims={2}, rhs_contracting_dims={0}
  d5 = f32[64,40]{0,1} dot(big1, big2), lhs_contracting_dims={1}, rhs_contracting_dims={1}
  ah = f16[3,4] convert(a)
  bh = f16[4,5] convert(b)
  d6 = f16[3,5] dot(ah, bh), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  ai = s32[3,4] convert(a)
  bi = s32[4,5] convert(b)
  d7 = s32[3,5] dot(ai, bi), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  ad = f64[3,4] convert(a)
  d8 = f64[] dot(ad, ad), lhs_contracting_dims={0,1}, rhs_contracting_dims={0,1}
  b1h = bf16[64,48] convert(big1)
  b2h = bf16[40,48] convert(big2)
  d9 = bf16[64,40] dot(b1h, b2h), lhs_contracting_dims={1}, rhs_contracting_dims={1}
  b2f = f16[40,48] convert(big2)
  d10 = f32[64,40] dot(big1, b2f), lhs_contracting_dims={1}, rhs_contracting_dims={1}
  ROOT out = (f32[3,5], f32[2,3,5], f32[64,40], f32[40,64], f32[3,40,36], f32[64,40]{0,1}, f16[3,5], s32[3,5], f64[], bf16[64,40], f32[64,40]) tuple(d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10)
}
"""
    rng = np.random.default_rng(1)
    shapes = [(3, 4), (4, 5), (2, 3, 4), (2, 5, 4), (64, 48), (40, 48), (3, 40, 33), (33, 3, 36)]
    args = [(rng.normal(size=s) * 3).round().astype(np.float32) for s in shapes]
    prog = check(text, *args, rtol=1e-4, atol=1e-3)
    assert prog.link_blas


def test_convolutions():
    text = """HloModule m
ENTRY main {
  x = f32[2,9,9,4] parameter(0)
  w = f32[3,3,4,6] parameter(1)
  c0 = f32[2,9,9,6] convolution(x, w), window={size=3x3 pad=1_1x1_1}, dim_labels=b01f_01io->b01f
  c1 = f32[2,4,4,6] convolution(x, w), window={size=3x3 stride=2x2}, dim_labels=b01f_01io->b01f
  c2 = f32[2,17,17,6] convolution(x, w), window={size=3x3 pad=1_1x1_1 lhs_dilate=2x2}, dim_labels=b01f_01io->b01f
  c3 = f32[2,5,5,6] convolution(x, w), window={size=3x3 rhs_dilate=2x2}, dim_labels=b01f_01io->b01f
  wg = f32[3,3,2,6] parameter(2)
  c4 = f32[2,9,9,6] convolution(x, wg), window={size=3x3 pad=1_1x1_1}, dim_labels=b01f_01io->b01f, feature_group_count=2
  xt = f32[2,4,9,9] transpose(x), dimensions={0,3,1,2}
  wt = f32[6,4,3,3] transpose(w), dimensions={3,2,0,1}
  c5 = f32[2,6,7,7] convolution(xt, wt), window={size=3x3}, dim_labels=bf01_oi01->bf01
  xb = f32[4,9,9,2] parameter(3)
  wb = f32[3,3,2,4] parameter(4)
  c6 = f32[1,7,7,4] convolution(xb, wb), window={size=3x3}, dim_labels=b01f_01io->b01f, batch_group_count=4
  c7 = f32[2,9,9,6] convolution(x, w), window={size=3x3 pad=1_1x2_0 rhs_reversal=1x1}, dim_labels=b01f_01io->b01f
  wd = f32[3,3,1,8] parameter(5)
  c8 = f32[2,9,9,8] convolution(x, wd), window={size=3x3 pad=1_1x1_1}, dim_labels=b01f_01io->b01f, feature_group_count=4
  ROOT out = (f32[2,9,9,6], f32[2,4,4,6], f32[2,17,17,6], f32[2,5,5,6], f32[2,9,9,6], f32[2,6,7,7], f32[1,7,7,4], f32[2,9,9,6], f32[2,9,9,8]) tuple(c0, c1, c2, c3, c4, c5, c6, c7, c8)
}
"""
    rng = np.random.default_rng(2)
    shapes = [(2, 9, 9, 4), (3, 3, 4, 6), (3, 3, 2, 6), (4, 9, 9, 2), (3, 3, 2, 4), (3, 3, 1, 8)]
    args = [rng.normal(size=s).astype(np.float32) for s in shapes]
    check(text, *args, rtol=1e-4, atol=1e-4)


def test_sort_and_select_and_scatter():
    text = """HloModule m
lt { a = f32[] parameter(0)
  b = f32[] parameter(1)
  c = s32[] parameter(2)
  d = s32[] parameter(3)
  ROOT r = pred[] compare(a, b), direction=LT, type=TOTALORDER }
gt { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT r = pred[] compare(a, b), direction=GT }
ge { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT r = pred[] compare(a, b), direction=GE }
add { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }
ENTRY main {
  x = f32[3,9] parameter(0)
  io = s32[3,9] iota(), iota_dimension=1
  s = (f32[3,9], s32[3,9]) sort(x, io), dimensions={1}, is_stable=true, to_apply=lt
  s0 = f32[3,9] get-tuple-element(s), index=0
  s1 = s32[3,9] get-tuple-element(s), index=1
  s2 = f32[3,9] sort(x), dimensions={0}, to_apply=gt
  src = f32[2,4] parameter(1)
  z = f32[] constant(0)
  ss = f32[3,9] select-and-scatter(x, src, z), window={size=2x3 stride=1x2 pad=0_0x0_1}, select=ge, scatter=add
  ROOT out = (f32[3,9], s32[3,9], f32[3,9], f32[3,9]) tuple(s0, s1, s2, ss)
}
"""
    x = np.array([[3, 1, 2, 1, np.nan, -0.0, 0.0, -np.inf, 5],
                  [1, 1, 1, 1, 1, 1, 1, 1, 1],
                  [9, 8, 7, 6, 5, 4, 3, 2, 1]], np.float32)
    src = np.arange(8, dtype=np.float32).reshape(2, 4) + 1
    check(text, x, src)


def test_control_flow():
    text = """HloModule m
cond { p = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  n = s32[] constant(5)
  ROOT lt = pred[] compare(i, n), direction=LT }
body { p = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  x = f32[4] get-tuple-element(p), index=1
  one = s32[] constant(1)
  i2 = s32[] add(i, one)
  c = f32[] convert(i2)
  cb = f32[4] broadcast(c), dimensions={}
  x2 = f32[4] multiply(x, cb)
  ROOT t = (s32[], f32[4]) tuple(i2, x2) }
swap_cond { p = (f32[4], f32[4], s32[]) parameter(0)
  i = s32[] get-tuple-element(p), index=2
  n = s32[] constant(3)
  ROOT lt = pred[] compare(i, n), direction=LT }
swap_body { p = (f32[4], f32[4], s32[]) parameter(0)
  a = f32[4] get-tuple-element(p), index=0
  b = f32[4] get-tuple-element(p), index=1
  i = s32[] get-tuple-element(p), index=2
  one = s32[] constant(1)
  i2 = s32[] add(i, one)
  ROOT t = (f32[4], f32[4], s32[]) tuple(b, a, i2) }
br0 { p = f32[4] parameter(0)
  ROOT n = f32[4] negate(p) }
br1 { p = f32[4] parameter(0)
  ROOT n = f32[4] exponential(p) }
br2 { p = f32[4] parameter(0)
  ROOT n = f32[4] add(p, p) }
callee { a = f32[4] parameter(0)
  b = f32[4] parameter(1)
  ROOT s = f32[4] subtract(a, b) }
ENTRY main {
  x = f32[4] parameter(0)
  y = f32[4] parameter(1)
  k = s32[] parameter(2)
  pr = pred[] parameter(3)
  zero = s32[] constant(0)
  init = (s32[], f32[4]) tuple(zero, x)
  w = (s32[], f32[4]) while(init), condition=cond, body=body
  wx = f32[4] get-tuple-element(w), index=1
  init2 = (f32[4], f32[4], s32[]) tuple(x, y, zero)
  w2 = (f32[4], f32[4], s32[]) while(init2), condition=swap_cond, body=swap_body
  c = f32[4] conditional(k, x, y, x), branch_computations={br0, br1, br2}
  c2 = f32[4] conditional(pr, x, y), true_computation=br1, false_computation=br0
  cl = f32[4] call(x, y), to_apply=callee
  ROOT out = ((s32[], f32[4]), f32[4], (f32[4], f32[4], s32[]), f32[4], f32[4], f32[4], f32[4]) tuple(w, wx, w2, c, c2, cl, x)
}
"""
    x = np.array([1, 2, 3, 4], np.float32)
    y = np.array([-1, 0.5, 0, 2], np.float32)
    for k in (0, 1, 2, 7, -3):
        for pr in (True, False):
            check(text, x, y, np.int32(k), np.bool_(pr), rtol=1e-6)


def test_fusions_with_layouts():
    text = """HloModule m
add { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }
fused { p0 = f32[8,16]{0,1} parameter(0)
  p1 = f32[16] parameter(1)
  b = f32[8,16]{0,1} broadcast(p1), dimensions={1}
  m = f32[8,16]{0,1} multiply(p0, b)
  z = f32[] constant(0)
  r = f32[8] reduce(m, z), dimensions={1}, to_apply=add
  e = f32[8,16]{0,1} exponential(m)
  ROOT t = (f32[8], f32[8,16]{0,1}, f32[8]) tuple(r, e, r) }
ENTRY main {
  x = f32[8,16] parameter(0)
  y = f32[16] parameter(1)
  xc = f32[8,16]{0,1} copy(x)
  f = (f32[8], f32[8,16]{0,1}, f32[8]) fusion(xc, y), kind=kInput, calls=fused
  f1 = f32[8,16]{0,1} get-tuple-element(f), index=1
  bt = f32[16,8]{1,0} bitcast(f1)
  ROOT out = ((f32[8], f32[8,16]{0,1}, f32[8]), f32[16,8]) tuple(f, bt)
}
"""
    rng = np.random.default_rng(3)
    check(text, rng.normal(size=(8, 16)).astype(np.float32),
          rng.normal(size=(16,)).astype(np.float32), rtol=1e-5)


def test_zero_sized_and_scalars():
    text = """HloModule m
add { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }
ENTRY main {
  x = f32[0,3] parameter(0)
  s = f32[] parameter(1)
  z = f32[] constant(2)
  r = f32[3] reduce(x, z), dimensions={0}, to_apply=add
  e = f32[0,3] exponential(x)
  a = f32[] add(s, z)
  c = f32[0,3] concatenate(x, x, x, x), dimensions={0}
  b = f32[2,3] broadcast(a), dimensions={}
  d = f32[3,3] dot(x, x), lhs_contracting_dims={0}, rhs_contracting_dims={0}
  ROOT out = (f32[3], f32[0,3], f32[], f32[2,3], f32[3,3], f32[0,3]) tuple(r, e, a, b, d, c)
}
"""
    check(text, np.zeros((0, 3), np.float32), np.float32(1.5))


def test_rng_bit_generator():
    outs, shapes = [], []
    lines = ["s2 = u64[2] parameter(0)", "s3 = u64[3] parameter(1)"]
    cases = [("rng_three_fry", "s2", "u32[3,5]"), ("rng_three_fry", "s2", "u64[4,3]"),
             ("rng_three_fry", "s2", "u32[]"), ("rng_three_fry", "s2", "u8[7]"),
             ("rng_philox", "s3", "u32[3,5]"), ("rng_philox", "s3", "u64[5]"),
             ("rng_philox", "s2", "u16[9]"), ("rng_default", "s2", "u32[2,3,3]")]
    for n, (alg, state, shape) in enumerate(cases):
        sshape = "u64[2]" if state == "s2" else "u64[3]"
        lines.append(f"r{n} = ({sshape}, {shape}) rng-bit-generator({state}), algorithm={alg}")
        outs.append(f"r{n}")
        shapes.append(f"({sshape}, {shape})")
    lines.append(f"ROOT out = ({', '.join(shapes)}) tuple({', '.join(outs)})")
    text = "HloModule m\nENTRY main {\n  " + "\n  ".join(lines) + "\n}\n"
    check(text, np.array([42, 2**64 - 3], np.uint64), np.array([7, 2**64 - 1, 5], np.uint64))


def test_while_in_place_state_updates():
    text = """HloModule m
cond { p = (s32[], f32[5], f32[5]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  n = s32[] constant(4)
  ROOT lt = pred[] compare(i, n), direction=LT }
body { p = (s32[], f32[5], f32[5]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  a = f32[5] get-tuple-element(p), index=1
  b = f32[5] get-tuple-element(p), index=2
  one = s32[] constant(1)
  i2 = s32[] add(i, one)
  two = f32[] constant(2)
  twos = f32[5] broadcast(two), dimensions={}
  a2 = f32[5] multiply(b, twos)
  r = f32[5] reverse(a), dimensions={0}
  b2 = f32[5] add(r, twos)
  ROOT t = (s32[], f32[5], f32[5]) tuple(i2, a2, b2) }
ENTRY main {
  x = f32[5] parameter(0)
  y = f32[5] parameter(1)
  zero = s32[] constant(0)
  init = (s32[], f32[5], f32[5]) tuple(zero, x, y)
  ROOT w = (s32[], f32[5], f32[5]) while(init), condition=cond, body=body
}
"""
    check(text, np.arange(5, dtype=np.float32), np.arange(5, dtype=np.float32) * -3)


def test_parallel_loops():
    """Shapes above the OpenMP threshold: parallel elementwise, row, column and full reductions."""
    text = """HloModule m
add { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }
mx { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] maximum(a, b) }
fused { x = f32[4,128,512] parameter(0)
  y = f32[512] parameter(1)
  yb = f32[4,128,512] broadcast(y), dimensions={2}
  m = f32[4,128,512] multiply(x, yb)
  t = f32[4,128,512] tanh(m)
  z = f32[] constant(0)
  ninf = f32[] constant(-inf)
  rows = f32[4,128] reduce(t, ninf), dimensions={2}, to_apply=mx
  cols = f32[4,512] reduce(t, z), dimensions={1}, to_apply=add
  all = f32[] reduce(m, z), dimensions={0,1,2}, to_apply=add
  ROOT out = (f32[4,128,512], f32[4,128], f32[4,512], f32[]) tuple(t, rows, cols, all) }
colsum { x = f32[512,1000] parameter(0)
  z = f32[] constant(0)
  ROOT r = f32[1000] reduce(x, z), dimensions={0}, to_apply=add }
ENTRY main {
  x = f32[4,128,512] parameter(0)
  y = f32[512] parameter(1)
  f = (f32[4,128,512], f32[4,128], f32[4,512], f32[]) fusion(x, y), kind=kInput, calls=fused
  x2 = f32[512,1000] parameter(2)
  c = f32[1000] fusion(x2), kind=kInput, calls=colsum
  ROOT out = ((f32[4,128,512], f32[4,128], f32[4,512], f32[]), f32[1000]) tuple(f, c)
}
"""
    rng = np.random.default_rng(5)
    x = rng.normal(size=(4, 128, 512)).astype(np.float32)
    y = rng.normal(size=(512,)).astype(np.float32)
    x[1, 2, 3] = np.nan
    x2 = rng.normal(size=(512, 1000)).astype(np.float32)
    prog = check(text, x, y, x2, rtol=1e-4, atol=1e-3)
    assert "omp parallel for" in prog.source


def test_grouped_convolution_gemm():
    text = """HloModule m
ENTRY main {
  x = f32[2,16,16,8] parameter(0)
  w = f32[3,3,2,16] parameter(1)
  c = f32[2,16,16,16] convolution(x, w), window={size=3x3 pad=1_1x1_1 rhs_reversal=0x1}, dim_labels=b01f_01io->b01f, feature_group_count=4
  xt = f32[2,8,16,16] transpose(x), dimensions={0,3,1,2}
  c2 = f32[2,16,14,14] convolution(xt, w), window={size=3x3}, dim_labels=bf01_01io->bf01, feature_group_count=4
  ROOT out = (f32[2,16,16,16], f32[2,16,14,14]) tuple(c, c2)
}
"""
    rng = np.random.default_rng(6)
    prog = check(text, rng.normal(size=(2, 16, 16, 8)).astype(np.float32),
                 rng.normal(size=(3, 3, 2, 16)).astype(np.float32), rtol=1e-4, atol=1e-4)
    assert prog.source.count("hlox_sgemm(0, ") + prog.source.count("hlox_sgemm(1, ") == 2


def test_dynamic_update_slice_in_place():
    """Scan-style loops stack results with dynamic-update-slice: updated in place."""
    text = """HloModule m
fused_dus { buf = f32[6,4] parameter(0)
  row = f32[1,4] parameter(1)
  i = s32[] parameter(2)
  z = s32[] constant(0)
  ROOT d = f32[6,4] dynamic-update-slice(buf, row, i, z) }
cond { p = (s32[], f32[6,4], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  n = s32[] constant(6)
  ROOT lt = pred[] compare(i, n), direction=LT }
body { p = (s32[], f32[6,4], f32[4]) parameter(0)
  i = s32[] get-tuple-element(p), index=0
  acc = f32[6,4] get-tuple-element(p), index=1
  h = f32[4] get-tuple-element(p), index=2
  h2 = f32[4] tanh(h)
  row = f32[1,4] reshape(h2)
  acc2 = f32[6,4] fusion(acc, row, i), kind=kLoop, calls=fused_dus
  one = s32[] constant(1)
  i2 = s32[] add(i, one)
  ROOT t = (s32[], f32[6,4], f32[4]) tuple(i2, acc2, h2) }
ENTRY main {
  h = f32[4] parameter(0)
  zero = s32[] constant(0)
  z = f32[] constant(0)
  acc = f32[6,4] broadcast(z), dimensions={}
  init = (s32[], f32[6,4], f32[4]) tuple(zero, acc, h)
  w = (s32[], f32[6,4], f32[4]) while(init), condition=cond, body=body
  stacked = f32[6,4] get-tuple-element(w), index=1
  e = f32[6,4] exponential(stacked)
  r = f32[1,4] slice(stacked), slice={[0:1], [0:4]}
  two = s32[] constant(2)
  top = f32[6,4] dynamic-update-slice(e, r, two, zero)
  neg = f32[6,4] negate(top)
  ROOT out = (f32[6,4], f32[6,4]) tuple(stacked, neg)
}
"""
    prog = check(text, np.array([0.5, -1.0, 2.0, 0.1], np.float32), rtol=1e-5)
    assert prog.loop_ir.count("(in place)") == 2


def test_elementwise_kernels_reuse_dead_operands():
    text = """HloModule m
fused { p = f32[64,64] parameter(0)
  q = f32[64,64] parameter(1)
  e = f32[64,64] exponential(p)
  ROOT s = f32[64,64] subtract(e, q) }
ENTRY e { x = f32[64,64] parameter(0)
  a = f32[64,64] exponential(x)
  b = f32[64,64] tanh(a)
  f = f32[64,64] fusion(b, x), kind=kLoop, calls=fused
  t = f32[64,64] transpose(f), dimensions={1,0}
  c = f32[64,64] add(t, x)
  ROOT r = f32[64,64] negate(c) }
"""
    x = np.random.default_rng(7).normal(size=(64, 64)).astype(np.float32)
    prog = check(text, x, rtol=1e-5)
    # a/b/f share one buffer, t is a view of it; the other temporary lives in the result
    # buffer before `r` is written there.
    assert prog.arena_bytes == 64 * 64 * 4


def test_batched_gather_and_scatter():
    text = """HloModule m
add { a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT s = f32[] add(a, b) }
ENTRY main {
  x = f32[4,5] parameter(0)
  idx = s32[4,3,1] parameter(1)
  g = f32[4,3] gather(x, idx), offset_dims={}, collapsed_slice_dims={1}, start_index_map={1}, operand_batching_dims={0}, start_indices_batching_dims={0}, index_vector_dim=2, slice_sizes={1,1}
  u = f32[4,3] parameter(2)
  s = f32[4,5] scatter(x, idx, u), update_window_dims={}, inserted_window_dims={1}, scatter_dims_to_operand_dims={1}, input_batching_dims={0}, scatter_indices_batching_dims={0}, index_vector_dim=2, to_apply=add
  ROOT out = (f32[4,3], f32[4,5]) tuple(g, s)
}
"""
    x = np.arange(20, dtype=np.float32).reshape(4, 5)
    idx = np.array([[0, 4, 2], [1, 1, 9], [-1, 3, 0], [4, 4, 4]], np.int32).reshape(4, 3, 1)
    u = np.arange(12, dtype=np.float32).reshape(4, 3) + 100
    check(text, x, idx, u)


def test_program_fields_and_names():
    text = """HloModule m
ENTRY main {
  a.b = f32[4] parameter(0)
  a_b = f32[4] exponential(a.b)
  a-b = f32[4] negate(a_b)
  %x.y = f32[4] add(a-b, a.b)
  ROOT t = (f32[4], f32[4], f32[4]) tuple(x.y, a-b, x.y)
}
"""
    prog = check(text, np.arange(4, dtype=np.float32))
    assert [str(p) for p in prog.params] == ["f32[4]{0}"]
    assert len(prog.results) == 3
    assert "int hlox_main(void **params, void **results, void *arena)" in prog.source
    assert "kernel.main" in prog.loop_ir and "kernel.launch" in prog.loop_ir
    assert "arena:" in prog.buffer_assignment
    assert prog.kernels >= 3 and not prog.link_blas
    # sanitised, unique C identifiers
    assert "k_a_b(" in prog.source and "k_a_b_2(" in prog.source and "k_x_y(" in prog.source


@pytest.mark.parametrize("threads", [2, 3])
def test_gemms_split_across_threads(threads):
    """GEMMs above the parallel threshold run as one single-threaded BLAS call per block of
    rows (or columns, or batch entries): uneven last blocks, transposed operands (column-
    major layouts) and a result in a non-row-major layout all land where they belong."""
    text = """HloModule m
ENTRY main {
  a = f32[100,64] parameter(0)
  b = f32[64,37] parameter(1)
  at = f32[100,64]{0,1} parameter(2)
  bt = f32[64,37]{0,1} parameter(3)
  w = f32[20,40] parameter(4)
  v = f32[40,300] parameter(5)
  x = f32[6,40,50] parameter(6)
  y = f32[6,50,30] parameter(7)
  rows = f32[100,37] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  trans = f32[100,37] dot(at, bt), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  c = f32[100,37] parameter(8)
  u = f32[300,40] parameter(9)
  rows_t = f32[64,37] dot(a, c), lhs_contracting_dims={0}, rhs_contracting_dims={0}
  cols_t = f32[20,300] dot(w, u), lhs_contracting_dims={1}, rhs_contracting_dims={1}
  cols = f32[20,300] dot(w, v), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  colmajor = f32[20,300]{0,1} dot(w, v), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  batch = f32[6,40,30] dot(x, y), lhs_batch_dims={0}, rhs_batch_dims={0}, lhs_contracting_dims={2}, rhs_contracting_dims={1}
  ROOT out = (f32[100,37], f32[100,37], f32[64,37], f32[20,300], f32[20,300], f32[20,300]{0,1}, f32[6,40,30]) tuple(rows, trans, rows_t, cols_t, cols, colmajor, batch)
}
"""
    rng = np.random.default_rng(7)
    shapes = [(100, 64), (64, 37), (100, 64), (64, 37), (20, 40), (40, 300), (6, 40, 50),
              (6, 50, 30), (100, 37), (300, 40)]
    args = [(rng.normal(size=s) * 3).round().astype(np.float32) for s in shapes]
    prog = check(text, *args, threads=threads)
    assert "omp parallel for" in prog.source and "scipy_openblas_set_num_threads(1)" in prog.source
    assert "hlox_sgemm(1, 0, " in prog.source and "hlox_sgemm(0, 1, " in prog.source


def test_window_positions_that_fold_to_out_of_bounds():
    """Output positions whose whole window is padding, known while lowering: no code for
    the window (the condition folds to false), the initial value stays."""
    text = """HloModule m
add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = f32[] add(a, b)
}
ENTRY main {
  x = f32[1,1,1,3] parameter(0)
  w = f32[1,1,3,2] parameter(1)
  c = f32[1,1,1,2] convolution(x, w), window={size=1x1 stride=2x2 pad=1_0x1_0}, dim_labels=b01f_01io->b01f
  z = f32[] constant(0.5)
  r = f32[1,1,1,3] reduce-window(x, z), window={size=1x1x1x1 stride=1x2x2x1 pad=0_0x1_0x1_0x0_0}, to_apply=add
  ROOT out = (f32[1,1,1,2], f32[1,1,1,3]) tuple(c, r)
}
"""
    rng = np.random.default_rng(3)
    check(text, rng.normal(size=(1, 1, 1, 3)).astype(np.float32),
          rng.normal(size=(1, 1, 3, 2)).astype(np.float32))


@pytest.mark.parametrize("threads", [1, 2])
def test_channels_major_convolution_gemm(threads):
    """NCHW inputs: tiles of patches of one image, out = kernel x tile written straight
    into an NCHW result (features major), or tile x kernel^T into an NHWC one (features
    minor); with strides, dilation, padding and feature groups."""
    text = """HloModule m
ENTRY main {
  x = f32[3,8,13,11] parameter(0)
  w = f32[6,8,3,3] parameter(1)
  wg = f32[6,4,2,3] parameter(2)
  nchw = f32[3,6,13,11] convolution(x, w), window={size=3x3 pad=1_1x1_1}, dim_labels=bf01_oi01->bf01
  nhwc = f32[3,7,4,6] convolution(x, w), window={size=3x3 stride=2x2 pad=1_2x0_1 rhs_dilate=1x2}, dim_labels=bf01_oi01->b01f
  grouped = f32[3,6,12,9] convolution(x, wg), window={size=2x3}, dim_labels=bf01_oi01->bf01, feature_group_count=2
  ROOT out = (f32[3,6,13,11], f32[3,7,4,6], f32[3,6,12,9]) tuple(nchw, nhwc, grouped)
}
"""
    rng = np.random.default_rng(5)
    args = [(rng.normal(size=s) * 2).round().astype(np.float32)
            for s in [(3, 8, 13, 11), (6, 8, 3, 3), (6, 4, 2, 3)]]
    prog = check(text, *args, threads=threads)
    # one GEMM a tile, the OIHW kernel read in place, no arena for the patches
    assert prog.source.count("hlox_sgemm(0, ") + prog.source.count("hlox_sgemm(1, ") == 3
    assert "/im2col" not in prog.source and "float s" in prog.source
