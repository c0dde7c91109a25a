"""Elementwise / reduction workloads and the call-overhead workloads."""
from __future__ import annotations

import numpy as np

from systems import Spec


def _rand(rng, *shape):
    return rng.standard_normal(shape, dtype=np.float32)


def layernorm(ns, x, g, b, eps=1e-5):
    xp = ns.np
    mean = xp.mean(x, axis=-1, keepdims=True)
    xc = x - mean
    var = xp.mean(xc * xc, axis=-1, keepdims=True)
    return xc / xp.sqrt(var + eps) * g + b


def sum_xyz(rng) -> Spec:
    x, y, z = (_rand(rng, 1024, 1024) for _ in range(3))
    return Spec(
        "sum_xyz", "sum(x + y*z), 1024×1024", [x, y, z],
        array_fn=lambda ns: lambda x, y, z: ns.np.sum(x + y * z),
        torch_fn=lambda torch: lambda x, y, z: (x + y * z).sum(),
        # a float32 sum of 1M terms: 2e-4 relative to |sum| is still far above rounding
    )


def layernorm_gelu(rng) -> Spec:
    x = _rand(rng, 512, 1024)
    g = 1 + 0.1 * _rand(rng, 1024)
    b = 0.1 * _rand(rng, 1024)

    def torch_fn(torch):
        F = torch.nn.functional
        return lambda x, g, b: F.gelu(F.layer_norm(x, (1024,), g, b, eps=1e-5), approximate="tanh")
    return Spec(
        "layernorm_gelu", "layernorm + gelu, 512×1024", [x, g, b],
        array_fn=lambda ns: lambda x, g, b: ns.nn.gelu(layernorm(ns, x, g, b), approximate=True),
        torch_fn=torch_fn,
    )


def softmax(rng) -> Spec:
    x = _rand(rng, 4096, 1024)
    return Spec(
        "softmax", "softmax, 4096×1024", [x],
        array_fn=lambda ns: lambda x: ns.nn.softmax(x, axis=-1),
        torch_fn=lambda torch: lambda x: torch.softmax(x, dim=-1),
    )


def add16(rng) -> Spec:
    x, y = _rand(rng, 16), _rand(rng, 16)
    return Spec(
        "dispatch_add16", "dispatch: one add, 16 elements", [x, y],
        array_fn=lambda ns: lambda x, y: x + y,
        torch_fn=lambda torch: lambda x, y: x + y,
        note="per-call overhead; target for hlox (HLO): < 10 µs",
    )


def call3(rng) -> Spec:
    a, b, c = _rand(rng, 16), _rand(rng, 16), _rand(rng, 16)
    return Spec(
        "jit_call3", "cached jit call, 3 args (a*b+c, 16 el.)", [a, b, c],
        array_fn=lambda ns: lambda a, b, c: a * b + c,
        torch_fn=lambda torch: lambda a, b, c: a * b + c,
        note="per-call overhead of a cached jitted function; target for hlox.jit: < 20 µs",
    )


SPECS = [sum_xyz, layernorm_gelu, softmax]
OVERHEAD_SPECS = [add16, call3]
