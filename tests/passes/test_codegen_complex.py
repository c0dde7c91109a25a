"""c64 / c128 end to end: the evaluator against numpy, the compiled path against the
evaluator (and XLA's special-value rules for complex division and multiplication)."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

import hlox
from hlox.ir import HloError, parse_module
from hlox.ir.evaluator import evaluate_text

RNG = np.random.default_rng(7)


def _complex(shape, dtype=np.complex64):
    return (RNG.uniform(-1, 1, shape) + 1j * RNG.uniform(-1, 1, shape)).astype(dtype)


def _assert_close(got, want, tol):
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)


UNARY = {  # hlo opcode -> numpy
    "negate": np.negative, "exponential": np.exp, "log": np.log, "sqrt": np.sqrt,
    "rsqrt": lambda z: 1 / np.sqrt(z), "tanh": np.tanh, "sine": np.sin, "cosine": np.cos,
    "tan": np.tan, "exponential-minus-one": np.expm1, "log-plus-one": np.log1p,
    "logistic": lambda z: 1 / (1 + np.exp(-z)), "sign": lambda z: z / np.abs(z),
}


@pytest.mark.parametrize("ctype,dtype,tol", [("c64", np.complex64, 2e-5),
                                             ("c128", np.complex128, 1e-12)])
def test_elementwise_against_numpy_and_compiled(ctype, dtype, tol):
    lines, outs = [], []
    for i, op in enumerate(UNARY):
        lines.append(f"  u{i} = {ctype}[16] {op}(a)")
        outs.append(f"u{i}")
    real = "f32" if ctype == "c64" else "f64"
    lines += [f"  add = {ctype}[16] add(a, b)", f"  sub = {ctype}[16] subtract(a, b)",
              f"  mul = {ctype}[16] multiply(a, b)", f"  div = {ctype}[16] divide(a, b)",
              f"  pow = {ctype}[16] power(a, b)", f"  abs = {real}[16] abs(a)",
              f"  re = {real}[16] real(a)", f"  im = {real}[16] imag(a)",
              f"  z = {ctype}[16] complex(im, re)",
              f"  eq = pred[16] compare(a, b), direction=NE"]
    outs += ["add", "sub", "mul", "div", "pow", "abs", "re", "im", "z", "eq"]
    text = (f"HloModule m\nENTRY e {{\n  a = {ctype}[16] parameter(0)\n"
            f"  b = {ctype}[16] parameter(1)\n" + "\n".join(lines)
            + f"\n  ROOT t = tuple({', '.join(outs)})\n}}\n")  # the tuple's shape: inferred
    a, b = _complex(16, dtype), _complex(16, dtype)
    want = [f(a.astype(np.complex128)).astype(dtype) for f in UNARY.values()]
    want += [a + b, a - b, a * b, a / b, a ** b, np.abs(a), a.real, a.imag,
             (a.imag + 1j * a.real).astype(dtype), a != b]
    evaluated = evaluate_text(text, [a, b])
    for got, w in zip(evaluated, want):
        _assert_close(got, np.asarray(w).astype(got.dtype) if got.dtype != np.bool_ else w,
                      tol)
    compiled = hlox.compile(text)(a, b)
    for got, w in zip(compiled, evaluated):
        _assert_close(np.asarray(got), w, tol)


def test_division_and_multiplication_special_values_compiled_as_evaluated():
    values = [0.0, 1.0, -2.5, np.inf, -np.inf, np.nan]
    quads = list(itertools.product(values, repeat=4))
    a = np.array([complex(p, q) for p, q, _, _ in quads], np.complex64)
    b = np.array([complex(r, s) for _, _, r, s in quads], np.complex64)
    n = len(quads)
    text = (f"HloModule m\nENTRY e {{\n  a = c64[{n}] parameter(0)\n  b = c64[{n}] parameter(1)"
            f"\n  d = c64[{n}] divide(a, b)\n  m = c64[{n}] multiply(a, b)\n"
            f"  ROOT t = (c64[{n}], c64[{n}]) tuple(d, m)\n}}\n")
    for want, got in zip(evaluate_text(text, [a, b]), hlox.compile(text)(a, b)):
        for part in ("real", "imag"):
            w, g = getattr(want, part), getattr(np.asarray(got), part)
            np.testing.assert_array_equal(np.isnan(w), np.isnan(g))
            finite = np.isfinite(w)
            np.testing.assert_array_equal(w[~finite & ~np.isnan(w)], g[~finite & ~np.isnan(w)])
            np.testing.assert_allclose(g[finite], w[finite], rtol=1e-6, atol=1e-6)
    # XLA:CPU's values (measured at run time, not constant-folded): (1+1i)/(nan+inf i) is
    # (0, -0); (inf+1i)/(1+1i) is (inf, -inf); (nan+1i)/0 is (nan, inf).
    special = evaluate_text(
        "HloModule m\nENTRY e {\n  a = c64[3] parameter(0)\n  b = c64[3] parameter(1)\n"
        "  ROOT d = c64[3] divide(a, b)\n}\n",
        [np.array([1 + 1j, complex(np.inf, 1), complex(np.nan, 1)], np.complex64),
         np.array([complex(np.nan, np.inf), 1 + 1j, 0j], np.complex64)])
    assert special[0] == 0 and np.signbit(special[0].imag)
    assert special[1] == complex(np.inf, -np.inf)
    assert np.isnan(special[2].real) and special[2].imag == np.inf


def _literal(values) -> str:
    part = lambda v: "nan" if np.isnan(v) else repr(float(v))  # noqa: E731 - inf prints as inf
    return "{" + ", ".join(f"({part(z.real)}, {part(z.imag)})" for z in values) + "}"


def _division_grid():
    """Every pair of numbers with parts in {0, -0, 1, -2.5, inf, nan}: 1296 divisions."""
    parts = [0.0, -0.0, 1.0, -2.5, np.inf, np.nan]
    numbers = [complex(p, q) for p in parts for q in parts]
    pairs = list(itertools.product(numbers, numbers))
    return (np.array([a for a, _ in pairs], np.complex64),
            np.array([b for _, b in pairs], np.complex64))


def _identical(got, want) -> np.ndarray:
    """Per element: the same parts, signed zeros distinct, any NaN equal to any NaN."""
    def same(g, w):
        return ((g == w) & (np.signbit(g) == np.signbit(w))) | (np.isnan(g) & np.isnan(w))
    return same(got.real, want.real) & same(got.imag, want.imag)


def _divisions(a, b, constants: bool) -> str:
    n = len(a)
    if constants:
        operands = (f"  a = c64[{n}] constant({_literal(a)})\n"
                    f"  b = c64[{n}] constant({_literal(b)})\n")
    else:
        operands = f"  a = c64[{n}] parameter(0)\n  b = c64[{n}] parameter(1)\n"
    return f"HloModule m\nENTRY e {{\n{operands}  ROOT d = c64[{n}] divide(a, b)\n}}\n"


def test_a_complex_literal_with_a_nan_real_part_is_nan_in_both_parts():
    # As XLA's parser: (nan, 1) is (nan, nan), with the real part's NaN (its sign too);
    # a NaN imaginary part alone stays alone. So (nan, 1) / 0 of constants is (nan, nan)
    # where the same division of parameters gives Annex G's (nan, inf).
    nan, inf = np.nan, np.inf
    literal = evaluate_text("HloModule m\nENTRY e {\n  ROOT c = c128[3] constant({(nan, 1), "
                            "(-nan, inf), (1, -nan)})\n}\n", [])
    bits = literal.view(np.uint64).reshape(3, 2)
    assert list(bits[0]) == [0x7FF8000000000000] * 2 and list(bits[1]) == [0xFFF8000000000000] * 2
    assert literal[2].real == 1 and np.isnan(literal[2].imag)
    a = np.array([complex(nan, 1), complex(nan, inf), 1 + 1j], np.complex64)
    b = np.array([0j, 1 + 1j, 0j], np.complex64)
    folded_text, run_time_text = _divisions(a, b, constants=True), _divisions(a, b, False)
    folded = evaluate_text(folded_text, [])
    run_time = evaluate_text(run_time_text, [a, b])
    assert _identical(folded, np.array([complex(nan, nan), complex(nan, nan),
                                        complex(inf, inf)], np.complex64)).all()
    assert _identical(run_time, np.array([complex(nan, inf), complex(inf, inf),
                                          complex(inf, inf)], np.complex64)).all()
    assert _identical(np.asarray(hlox.compile(folded_text)()), folded).all()
    assert _identical(np.asarray(hlox.compile(run_time_text)(a, b)), run_time).all()


@pytest.mark.parametrize("constants", [True, False], ids=["constants", "parameters"])
def test_division_special_values_match_xla_cpu(constants):
    # XLA folds the division of constants (its HloEvaluator) and runs that of parameters
    # (elemental IR): both are Smith's algorithm with Annex G's recoveries, in f32.
    from conftest import xla_cpu
    a, b = _division_grid()
    text = _divisions(a, b, constants)
    args = [] if constants else [a, b]
    want = xla_cpu(text, args)[0]
    for got in (evaluate_text(text, args), np.asarray(hlox.compile(text)(*args))):
        # NaN, infinities and signed zeros exactly; finite values within an ulp (hlox runs
        # the same rule in c128 and rounds once).
        exact = _identical(got, want)
        close = np.isclose(got, want, rtol=2e-7, atol=0) & np.isfinite(want)
        assert (exact | close).all(), [(x, y, g, w) for x, y, g, w, ok in
                                       zip(a, b, got, want, exact | close) if not ok][:5]


@pytest.mark.parametrize("kind,in_shape,lengths", [
    ("FFT", (2, 4, 8), (8,)), ("IFFT", (2, 4, 8), (4, 8)), ("FFT", (3, 3, 4), (3, 3, 4)),
    ("RFFT", (3, 8), (3, 8)), ("RFFT", (5, 9), (9,)), ("IRFFT", (3, 5), (3, 8)),
    ("IRFFT", (2, 3, 5), (3, 9))])
def test_fft_against_numpy_and_compiled(kind, in_shape, lengths):
    axes = tuple(range(len(in_shape) - len(lengths), len(in_shape)))
    if kind == "RFFT":
        x = RNG.uniform(-1, 1, in_shape).astype(np.float32)
        want = np.fft.rfftn(x, lengths, axes).astype(np.complex64)
    elif kind == "IRFFT":
        x = _complex(in_shape)
        want = np.fft.irfftn(x, lengths, axes).astype(np.float32)
    else:
        x = _complex(in_shape)
        want = (np.fft.fftn if kind == "FFT" else np.fft.ifftn)(x, lengths, axes).astype(
            np.complex64)
    xt = "f32" if kind == "RFFT" else "c64"
    ot = "f32" if kind == "IRFFT" else "c64"
    dims = ",".join(map(str, in_shape))
    out_dims = ",".join(map(str, want.shape))
    text = (f"HloModule m\nENTRY e {{\n  x = {xt}[{dims}] parameter(0)\n  ROOT f = "
            f"{ot}[{out_dims}] fft(x), fft_type={kind}, fft_length={{{','.join(map(str, lengths))}}}"
            "\n}\n")
    evaluated = evaluate_text(text, [x])
    _assert_close(evaluated, want, 1e-5)
    _assert_close(np.asarray(hlox.compile(text)(x)), want, 2e-5)


def test_dot_and_convolution_on_complex():
    a, b = _complex((3, 5)), _complex((5, 4))
    img, ker = _complex((1, 6, 2)), _complex((3, 2, 2))
    text = """HloModule m
ENTRY e {
  a = c64[3,5] parameter(0)
  b = c64[5,4] parameter(1)
  img = c64[1,6,2] parameter(2)
  ker = c64[3,2,2] parameter(3)
  d = c64[3,4] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}
  c = c64[1,4,2] convolution(img, ker), window={size=3}, dim_labels=b0f_0io->b0f
  ROOT t = (c64[3,4], c64[1,4,2]) tuple(d, c)
}
"""
    conv = np.stack([np.einsum("wi,wio->o", img[0, s:s + 3], ker) for s in range(4)])[None]
    evaluated = evaluate_text(text, [a, b, img, ker])
    _assert_close(evaluated[0], (a @ b).astype(np.complex64), 1e-5)
    _assert_close(evaluated[1], conv.astype(np.complex64), 1e-5)
    for got, want in zip(hlox.compile(text)(a, b, img, ker), evaluated):
        _assert_close(np.asarray(got), want, 1e-5)


def test_complex_literals_round_trip_and_bad_uses_are_errors():
    from hlox.ir import print_module
    text = "HloModule m\nENTRY e {\n  ROOT c = c64[2] constant({(1, -2.5), (inf, nan)})\n}\n"
    printed = print_module(parse_module(text))
    assert "constant({(1, -2.5), (inf, nan)})" in printed
    out = np.asarray(hlox.compile(text)())
    assert out[0] == 1 - 2.5j and np.isinf(out[1].real) and np.isnan(out[1].imag)
    for bad in ["  a = c64[2] parameter(0)\n  ROOT c = pred[2] compare(a, a), direction=LT",
                "  a = c64[2] parameter(0)\n  ROOT c = f32[2] convert(a)",
                "  a = c64[2] parameter(0)\n  ROOT c = c64[2] floor(a)",
                "  a = c64[4] parameter(0)\n  ROOT f = c64[4] fft(a), fft_type=FFT, fft_length={3}"]:
        with pytest.raises(HloError):
            parse_module(f"HloModule m\nENTRY e {{\n{bad}\n}}\n")


PADDED_PRODUCT = """HloModule padded_product
ENTRY e {
  x = c128[3,3] constant({ {(-1.1, 0), (1.2, 1.4), (4.4, 2.2)}, {(-0.01, 0), (1.1, 4.7), (-1.6, 3.7)},
                           {(-2.1, 0), (0.56, -0.9), (1.07, -0.05)} })
  s = c128[3] constant({(0.2, 0), (0.4, 0), (0.4, 0)})
  w = c128[3,4] constant({ {(2, -1), (2, -1), (2, -1), (2, -1)}, {(2, -1), (2, -1), (2, -1), (2, -1)},
                           {(2, -1), (2, -1), (2, -1), (2, -1)} })
  zero = c128[] constant((0, 0))
  b = c128[3,3] broadcast(s), dimensions={1}
  m = c128[3,3] multiply(x, b)
  re = f64[3,3] real(m)
  im = f64[3,3] imag(m)
  neg = f64[3,3] negate(im)
  conj = c128[3,3] complex(re, neg)
  p = c128[3,4] pad(conj, zero), padding=0_0x0_1
  ROOT out = c128[3,4] multiply(p, w)
}
"""


def test_complex_products_under_a_pad_branch():
    """A complex product computed under the pad's branch, then multiplied: GCC 12 at -O3
    -march=native got its imaginary parts wrong inside an `omp simd` loop (such loops are
    not marked simd: loop_passes.VectorizeLoops)."""
    want = evaluate_text(PADDED_PRODUCT, [])
    np.testing.assert_allclose(hlox.compile(PADDED_PRODUCT)(), want, rtol=1e-12, atol=1e-12)
