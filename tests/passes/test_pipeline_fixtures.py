"""The whole pipeline on the JAX fixtures: the optimized module computes what the input did
(reference evaluator before and after), and the kernel counts stay within XLA's."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hlox.ir import parse_module
from hlox.ir.evaluator import evaluate
from hlox.options import CompileOptions
from hlox.pipeline import optimize

FIXTURES = Path(__file__).parent.parent / "fixtures" / "jax"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text())
PROGRAMS = sorted(MANIFEST["programs"])
# Not parsed by hlox (custom-call, topk, reduce-precision): not this suite's business.
UNSUPPORTED = {"op_top_k", "op_sharding"}
OPTIONS = CompileOptions(verify_passes=True)


def _load(name: str, optimized: bool = False):
    """The program as JAX lowered it, or (`optimized`) as XLA:CPU compiled it, with inputs."""
    stem = f"{name}.opt" if optimized else name
    full = FIXTURES / f"{stem}.full.hlo"
    text = (full if full.exists() else FIXTURES / f"{stem}.hlo").read_text()
    module = parse_module(text, name, fill_elided_constants=True)
    data = np.load(FIXTURES / f"{name}.npz")
    args = []
    for i, param in enumerate(module.entry_computation.parameters()):
        array = data[f"arg{i}"]
        if param.shape.dtype == "bf16":
            import ml_dtypes
            array = array.view(ml_dtypes.bfloat16)
        args.append(array)
    return module, args


def _leaves(value):
    if isinstance(value, tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def kernel_count(module) -> int:
    """XLA's rule (manifest `xla_kernels_rule`) applied to our ENTRY."""
    free = {"parameter", "constant", "tuple", "get-tuple-element", "bitcast",
            "optimization-barrier", "opt-barrier"}
    return sum(op.opcode not in free for op in module.entry_computation.instructions())


@pytest.mark.parametrize("optimized", [False, True], ids=["jax", "xla_optimized"])
@pytest.mark.parametrize("name", [p for p in PROGRAMS if p not in UNSUPPORTED])
def test_pipeline_preserves_results(name, optimized):
    """Also on XLA's optimized modules: fusions, bitcasts and layouts already in them."""
    module, args = _load(name, optimized)
    expected = evaluate(module, args)
    optimized = optimize(module, OPTIONS)
    got = evaluate(optimized, args)
    for e, g in zip(_leaves(expected), _leaves(got), strict=True):
        assert e.shape == g.shape and e.dtype == g.dtype
        if np.issubdtype(e.dtype, np.floating) or e.dtype.name == "bfloat16":
            e64, g64 = e.astype(np.float64), g.astype(np.float64)
            finite = np.abs(e64[np.isfinite(e64)])
            scale = max(1.0, float(finite.max(initial=0.0)))
            np.testing.assert_allclose(g64, e64, rtol=1e-5, atol=1e-5 * scale)
        else:
            np.testing.assert_array_equal(g, e)


# The foundation issue's programs: hlox must run no more kernels than XLA:CPU on them.
MODEL_PROGRAMS = ["mlp_loss", "mlp_grad", "layernorm_gelu", "causal_attention", "conv_relu_pool",
                  "transformer_block", "fori_loop", "scan_rnn", "vmap_fn"]


@pytest.mark.parametrize("name", MODEL_PROGRAMS)
def test_no_more_kernels_than_xla(name):
    module, _ = _load(name)
    optimized = optimize(module, OPTIONS)
    assert kernel_count(optimized) <= MANIFEST["programs"][name]["xla_kernels"]


def test_layernorm_gelu_is_one_kernel():
    module, _ = _load("layernorm_gelu")
    optimized = optimize(module, OPTIONS)
    assert [op.opcode for op in optimized.entry_computation.instructions()
            if op.opcode != "parameter"] == ["fusion"]
