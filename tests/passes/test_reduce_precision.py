"""reduce-precision: the evaluator against XLA:CPU (through jaxlib, when jax is
installed) and against hand-derived values, the compiled path
(reduce-precision-expander) against the evaluator, for f32, f64, bf16 and f16."""
from __future__ import annotations

import ml_dtypes
import numpy as np
import pytest

import hlox
from hlox.ir.evaluator import evaluate_text

VALUES = [1.0, 1.00048828125, 1.0009765625, 1.00146484375, 65504, 65520, 70000, 1e-5, 6e-5,
          1e-8, -3.14159, np.inf, -np.inf, np.nan, 0.0, -0.0, 3e38, 1e-40]
FORMATS = [(5, 10), (8, 7), (4, 3), (2, 0), (8, 0), (1, 1)]


def _text(dtype: str, n: int, e: int, m: int) -> str:
    return (f"HloModule m\nENTRY e {{\n  p = {dtype}[{n}] parameter(0)\n  ROOT r = {dtype}[{n}] "
            f"reduce-precision(p), exponent_bits={e}, mantissa_bits={m}\n}}\n")


def _same(a, b):
    a, b = np.asarray(a).astype(np.float64), np.asarray(b).astype(np.float64)
    return bool(np.all((a == b) & (np.signbit(a) == np.signbit(b)) | (np.isnan(a) & np.isnan(b))))


def test_known_values():
    x = np.array([1.00146484375, 65520, 1e-8, -0.0], np.float32)
    # to f16: 1 + 3*2^-11 ties to even (1 + 2*2^-10), 65520 overflows, 1e-8 flushes
    got = evaluate_text(_text("f32", 4, 5, 10), [x])
    assert _same(got, [1.001953125, np.inf, 0.0, -0.0])


@pytest.mark.parametrize("e,m", FORMATS)
def test_matches_xla_cpu(e, m):
    xla = pytest.importorskip("jax")
    from jax._src.lib import xla_client as xc
    from jaxlib import _hlo
    x = np.array(VALUES, np.float32)
    text = _text("f32", len(x), e, m)
    proto = _hlo.hlo_module_from_text(text).as_serialized_hlo_module_proto()
    backend = xla.devices("cpu")[0].client
    exe = backend.compile_and_load(xc._xla.mlir.hlo_to_stablehlo(proto), backend.devices()[:1],
                                   xc.CompileOptions())
    want = np.asarray(exe.execute_sharded([xla.device_put(x)])
                      .disassemble_into_single_device_arrays()[0][0])
    assert _same(evaluate_text(text, [x]), want)


@pytest.mark.parametrize("dtype,np_dtype", [("f32", np.float32), ("f64", np.float64),
                                            ("bf16", ml_dtypes.bfloat16),
                                            ("f16", np.float16)])
@pytest.mark.parametrize("e,m", FORMATS)
def test_compiled_matches_evaluator(dtype, np_dtype, e, m):
    with np.errstate(over="ignore"):
        x = np.array(VALUES, np.float64).astype(np_dtype)
    text = _text(dtype, len(x), e, m)
    assert _same(hlox.compile(text)(x), evaluate_text(text, [x]))
