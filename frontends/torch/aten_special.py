"""ATen and prims special functions -> HLO, through hlox.lax's special functions
(frontends/tracer/special.py) traced into the graph's computation: the gamma family,
the incomplete gammas, the error function's relatives and the Bessel and Airy functions.
Each takes float tensors (evaluated in f64; others run eagerly) and follows PyTorch's CPU kernels'
values at the poles, the domain's edges and +-inf."""
from __future__ import annotations

import torch

from .aten import _traced, lowers
from .context import Unsupported, hlo_dtype

aten, prims = torch.ops.aten, torch.ops.prims


def _lax():
    from hlox.frontends.tracer import lax_api
    return lax_api


def _special(ctx, name: str, fn, *tensors):
    """fn (a hlox.lax function of f32/f64 arrays) on the tensors converted to the node's
    result dtype and broadcast together."""
    dtype = hlo_dtype(ctx.node.meta["val"].dtype)
    if dtype not in ("f16", "bf16", "f32", "f64"):
        raise Unsupported(f"{name} of {dtype} (float types are supported)")
    values = ctx.operands(*tensors, dtype=dtype)
    return _traced(ctx, lambda *vs: [fn(*vs)], *values)[0]


def _register(name: str, *ops):
    """The rule for `ops`: hlox.lax's `name` on the op's tensor arguments."""
    def rule(ctx, *tensors):
        return _special(ctx, name, getattr(_lax(), name), *tensors)
    rule.__name__ = name
    lowers(*ops)(rule)


for _name, _ops in {
    "lgamma": (prims.lgamma.default, aten.lgamma.default),
    "digamma": (prims.digamma.default, aten.digamma.default),
    "zeta": (prims.zeta.default, aten.special_zeta.default),
    "igamma": (prims.igamma.default, aten.igamma.default),
    "igammac": (prims.igammac.default, aten.igammac.default),
    "erfc": (prims.erfc.default, aten.erfc.default),
    "erfcx": (prims.erfcx.default, aten.special_erfcx.default),
    "log_ndtr": (aten.special_log_ndtr.default,),
    "ndtri": (prims.ndtri.default, aten.special_ndtri.default),
    "bessel_i0": (prims.bessel_i0.default, aten.i0.default,
                  aten.special_modified_bessel_i0.default),
    "bessel_i0e": (prims.bessel_i0e.default, aten.special_i0e.default),
    "bessel_i1": (prims.bessel_i1.default, aten.special_i1.default,
                  aten.special_modified_bessel_i1.default),
    "bessel_i1e": (prims.bessel_i1e.default, aten.special_i1e.default),
    "bessel_j0": (prims.bessel_j0.default, aten.special_bessel_j0.default),
    "bessel_j1": (prims.bessel_j1.default, aten.special_bessel_j1.default),
    "bessel_y0": (aten.special_bessel_y0.default,),
    "bessel_y1": (aten.special_bessel_y1.default,),
    "bessel_k0": (aten.special_modified_bessel_k0.default,),
    "bessel_k1": (aten.special_modified_bessel_k1.default,),
    "bessel_k0e": (aten.special_scaled_modified_bessel_k0.default,),
    "bessel_k1e": (aten.special_scaled_modified_bessel_k1.default,),
    "spherical_bessel_j0": (prims.spherical_bessel_j0.default,
                            aten.special_spherical_bessel_j0.default),
    "airy_ai": (aten.special_airy_ai.default,),
}.items():
    _register(_name, *_ops)


@lowers(aten.polygamma.default)
def polygamma(ctx, n, x):
    """The n-th derivative of digamma, n a non-negative int (torch refuses others)."""
    if n < 0:
        raise Unsupported(f"polygamma of order {n}")
    return _special(ctx, "polygamma", lambda v: _lax().polygamma(n, v), x)
