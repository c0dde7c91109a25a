"""A representative subset of PyTorch's OpInfos through the hlox backend.

Each OpInfo below must be compiled by hlox itself (no eager fallback) and match
eager on its first samples. A few (batch norm) have graphs with composite ops hlox
translates directly, which the sweep's core-ATen figure leaves out. The full sweep
is `opinfo_sweep.py` (run by hand; its figures go in the issue's closing note).
"""
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("expecttest")  # needed by torch.testing._internal

sys.path.insert(0, str(Path(__file__).parent))
from opinfo_sweep import _opinfo_name, check_opinfo  # noqa: E402

REPRESENTATIVE = [
    # elementwise, with broadcasting and type promotion
    "add", "sub", "mul", "div.floor_rounding", "remainder", "pow", "exp", "tanh", "sigmoid",
    "atan2", "where", "clamp", "eq", "logical_and",
    # reductions
    "sum", "mean", "amax", "argmax", "var", "cumsum", "logsumexp",
    # linear algebra
    "mm", "bmm", "addmm", "matmul",
    # data movement and indexing
    "cat", "permute", "index_select", "gather", "scatter_add", "index_add", "repeat", "flip",
    "sort", "topk",
    # neural-network ops
    "softmax", "log_softmax", "nn.functional.conv2d", "nn.functional.max_pool2d",
    "nn.functional.avg_pool2d", "nn.functional.adaptive_avg_pool2d",
    "nn.functional.layer_norm", "nn.functional.batch_norm", "nn.functional.embedding",
    "nn.functional.gelu", "nn.functional.silu",
    # outside core ATen: PyTorch's other decompositions, or rules of hlox's own
    "cummax", "nanmedian", "searchsorted", "masked_scatter", "nn.functional.bilinear",
    "ldexp", "frexp", "erfinv", "linalg.solve", "fft.rfft", "fft.irfft",
    "special.chebyshev_polynomial_t", "special.hermite_polynomial_h", "logcumsumexp", "histc",
    "histogram", "_segment_reduce.offsets", "index_reduce.amax", "mode",
    "nn.functional.adaptive_max_pool2d", "nn.functional.embedding_bag", "nonzero_static",
    "grid_sampler_3d", "_upsample_bilinear2d_aa", "nn.functional.linear_cross_entropy.chunked",
    "hash_tensor",
    # special functions (hlox.lax's, through frontends/torch/aten_special.py)
    "lgamma", "polygamma.polygamma_n_2", "igamma", "special.i0e", "special.bessel_y1",
    "special.log_ndtr", "special.airy_ai",
    # factorizations (LAPACK's pivots and reflectors) and triangular solves
    "linalg.lu_factor", "linalg.solve_triangular", "cholesky_solve", "linalg.qr", "linalg.pinv",
]
# complex64 samples: the complex parts, complex arithmetic and the FFTs
REPRESENTATIVE_COMPLEX = [
    "mul", "div.no_rounding_mode", "exp", "abs", "angle", "real", "view_as_real", "var",
    "matmul", "fft.fft", "fft.ifft", "fft.fftn", "fft.hfft", "logcumsumexp", "nonzero_static",
    "linalg.lu_solve", "linalg.cholesky", "linalg.householder_product", "linalg.eigvalsh",
]


def _opinfos(names):
    from torch.testing._internal.common_methods_invocations import op_db
    by_name = {}
    for op in op_db:
        by_name.setdefault(_opinfo_name(op), op)
    return [by_name[name] for name in names]


@pytest.mark.parametrize("op", _opinfos(REPRESENTATIVE), ids=REPRESENTATIVE)
def test_opinfo_compiled_by_hlox_matches_eager(op):
    result = check_opinfo(op, max_samples=2)
    assert result.status == "pass", f"{result.name}: {result.status}: {result.detail}"


@pytest.mark.parametrize("op", _opinfos(REPRESENTATIVE_COMPLEX), ids=REPRESENTATIVE_COMPLEX)
def test_complex_opinfo_compiled_by_hlox_matches_eager(op):
    result = check_opinfo(op, max_samples=2, dtype="complex64")
    assert result.status == "pass", f"{result.name}: {result.status}: {result.detail}"
