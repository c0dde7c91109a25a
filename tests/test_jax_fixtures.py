"""The programs JAX and XLA printed (tests/fixtures/jax): parse, evaluate, compile, and
compare with the outputs JAX computed. Both the pre-optimization text and XLA:CPU's
optimized text must give JAX's values."""
from __future__ import annotations

import json
from pathlib import Path

import ml_dtypes
import numpy as np
import pytest

import hlox
from hlox.ir import parse_module
from hlox.ir.evaluator import evaluate

FIXTURES = Path(__file__).parent / "fixtures" / "jax"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text())
# Programs whose text uses ops hlox does not implement (tests/ir/test_parser.py checks the
# error names the op).
UNSUPPORTED = {"op_top_k", "op_sharding"}
# XLA:CPU computes bf16/f16 arithmetic in f32 and may skip the rounding back to bf16
# (xla_allow_excess_precision); hlox rounds every bf16 result. Outputs computed through
# 16-bit floats therefore agree to 16-bit precision only.
SIXTEEN_BIT_PROGRAMS = {"op_constants", "op_f16_arith", "op_bf16_io", "op_convert_types"}
PROGRAMS = [name for name in MANIFEST["programs"] if name not in UNSUPPORTED]


def _load(name: str):
    spec = MANIFEST["programs"][name]
    data = np.load(FIXTURES / f"{name}.npz")

    def typed(array, meta):
        return array.view(ml_dtypes.bfloat16) if meta["hlo_type"] == "bf16" else array

    args = [typed(data[f"arg{i}"], m) for i, m in enumerate(spec["inputs"])]
    outs = [typed(data[f"out{i}"], m) for i, m in enumerate(spec["outputs"])]
    return args, outs


def _text(name: str, suffix: str) -> tuple[str, Path]:
    full = FIXTURES / f"{name}{suffix.replace('.hlo', '.full.hlo')}"
    path = full if full.exists() else FIXTURES / f"{name}{suffix}"
    return path.read_text(), path


def _leaves(value):
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [np.asarray(value)]


def assert_matches(got, expected, what, sixteen_bit=False):
    got, expected = _leaves(got), list(expected)
    assert len(got) == len(expected), what
    for i, (g, e) in enumerate(zip(got, expected)):
        assert g.shape == e.shape and g.dtype == e.dtype, f"{what} out{i}: {g.dtype}{g.shape}"
        if e.dtype.kind in "biu":
            np.testing.assert_array_equal(g, e, err_msg=f"{what} out{i}")
            continue
        g64, e64 = g.astype(np.float64), e.astype(np.float64)
        scale = max(1.0, float(np.max(np.abs(e64[np.isfinite(e64)]), initial=0.0)))
        tol = (1e-2 if sixteen_bit or e.dtype.itemsize < 4 else 2e-4) * scale
        np.testing.assert_allclose(g64, e64, rtol=0, atol=tol, equal_nan=True,
                                   err_msg=f"{what} out{i}")


@pytest.mark.parametrize("suffix", [".hlo", ".opt.hlo"])
@pytest.mark.parametrize("name", PROGRAMS)
def test_evaluator_and_compiled_match_jax(name, suffix):
    args, outs = _load(name)
    text, path = _text(name, suffix)
    module = parse_module(text, str(path))
    sixteen = name in SIXTEEN_BIT_PROGRAMS
    assert_matches(evaluate(module, args), outs, f"evaluator {path.name}", sixteen)
    assert_matches(hlox.compile(module)(*args), outs, f"compiled {path.name}", sixteen)
