"""shard_map / pmap programs written once for both hlox and JAX (`api` is either).

`python spmd_cases.py --devices N OUT.npz` runs the N-device cases with JAX (it must be
started with XLA_FLAGS=--xla_force_host_platform_device_count=N) and saves every output
leaf as `CASE/K`; tests/frontends/test_tracer_spmd.py runs the same cases with hlox.
JAX's shard_map runs with check_vma=False: hlox follows JAX without the
varying/invariant types (psum's transpose is psum, as under pmap).
"""
from __future__ import annotations

import sys
from types import SimpleNamespace

import numpy as np


def _data(seed, *shape, dtype=np.float32):
    rng = np.random.default_rng(seed)
    if np.dtype(dtype).kind == "i":
        return rng.integers(-20, 20, shape).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)


def cases(api, n: int) -> dict:
    """name -> (function, arguments); `api` has lax, grad, vmap, jnp, mesh, shard_map, pmap."""
    lax, P = api.lax, api.P
    line = api.mesh((n,), ("i",))
    out = {}

    def smap(name, fn, in_specs, out_specs, *args, mesh=line):
        out[name] = (api.shard_map(fn, mesh, in_specs, out_specs), args)

    x = _data(1, 2 * n, 3)
    smap("psum", lambda a: lax.psum(a, "i"), P("i"), P("i"), x)
    smap("pmean", lambda a: lax.pmean(a, "i"), P("i"), P("i"), x)
    smap("pmax", lambda a: lax.pmax(a, "i"), P("i"), P("i"), x)
    smap("pmin_s32", lambda a: lax.pmin(a, "i"), P("i"), P("i"), _data(2, n, 4, dtype=np.int32))
    smap("all_gather_tiled", lambda a: lax.all_gather(a, "i", tiled=True), P("i"), P("i"), x)
    smap("all_gather_axis1", lambda a: lax.all_gather(a, "i", axis=1), P("i"), P("i"), x)
    smap("psum_scatter_tiled",
         lambda a: lax.psum_scatter(a, "i", scatter_dimension=1, tiled=True),
         P("i"), P("i"), _data(3, n, 2 * n))
    smap("psum_scatter", lambda a: lax.psum_scatter(a[0], "i"), P("i"), P("i"),
         _data(4, n, n, 3))
    ring = [(k, (k + 1) % n) for k in range(n)]
    smap("ppermute", lambda a: lax.ppermute(a, "i", ring), P("i"), P("i"), x)
    smap("all_to_all_tiled", lambda a: lax.all_to_all(a, "i", 1, 0, tiled=True), P("i"),
         P("i"), _data(5, n, 2 * n))
    smap("all_to_all", lambda a: lax.all_to_all(a, "i", 0, 1), P("i"), P("i"),
         _data(6, n * n, 2))
    smap("axis_index", lambda a: a * lax.axis_index("i"), P("i"), P("i"),
         _data(7, n, 2, dtype=np.int32))

    w = _data(8, 3)

    def loss_grad(collective):
        def body(a, w):
            return api.grad(lambda a: (api.jnp.sin(collective(a)) * w).sum())(a)
        return body

    square = _data(17, n * n, 3)
    for name, collective, arg in (
            ("psum", lambda a: lax.psum(a, "i"), x),
            ("all_gather", lambda a: lax.all_gather(a, "i", tiled=True), x),
            ("ppermute", lambda a: lax.ppermute(a, "i", ring), x),
            ("all_to_all", lambda a: lax.all_to_all(a, "i", 0, 0, tiled=True), square),
            ("axis_index", lambda a: a * lax.axis_index("i").astype(a.dtype), x)):
        smap(f"grad_{name}", loss_grad(collective), (P("i"), P()), P("i"), arg, w)
    smap("grad_psum_scatter",
         lambda a: api.grad(lambda a: api.jnp.sin(
             lax.psum_scatter(a, "i", scatter_dimension=1, tiled=True)).sum())(a),
         P("i"), P("i"), _data(9, n, 2 * n))
    smap("vmap_psum", lambda a: api.vmap(lambda r: lax.psum(r, "i"))(a), P("i"), P("i"), x)
    smap("vmap_all_gather", lambda a: api.vmap(lambda r: lax.all_gather(r, "i"))(a),
         P("i"), P("i"), x)
    smap("vmap_ppermute_axis1",
         lambda a: api.vmap(lambda r: lax.ppermute(r, "i", ring), in_axes=1, out_axes=1)(a),
         P("i"), P("i"), x)

    def train_step(w, b, xb, yb):
        def loss(params):
            w, b = params
            return api.jnp.mean((api.jnp.tanh(xb @ w + b).sum(-1) - yb) ** 2)
        value, (gw, gb) = api.value_and_grad(loss)((w, b))
        gw, gb = lax.pmean(gw, "i"), lax.pmean(gb, "i")
        return w - 0.1 * gw, b - 0.1 * gb, lax.pmean(value, "i")

    smap("train_step", train_step, (P(), P(), P("i"), P("i")), (P(), P(), P()),
         _data(10, 4, 3), _data(11, 3), _data(12, 2 * n, 4), _data(13, 2 * n))
    # shard_map inside other transformations: grad and vmap of it, jit around it.
    def mapped_loss(a, w):
        def body(a, w):
            return api.jnp.tanh(lax.psum(a * w, "i")) + lax.all_gather(a, "i", tiled=True)[:2]
        return (api.shard_map(body, line, (P("i"), P()), P("i"))(a, w) ** 2).sum()

    out["outer_grad"] = (api.grad(mapped_loss, argnums=(0, 1)), (x, w))
    out["jit_of_shard_map"] = (api.jit(lambda a: api.shard_map(
        lambda b: lax.psum(b, "i") * 2.0, line, P("i"), P())(api.jnp.sin(a)) + 1.0), (x,))
    out["vmap_of_shard_map"] = (api.vmap(api.shard_map(
        lambda b: lax.ppermute(b, "i", ring) * lax.pmean(b, "i"), line, P("i"), P("i"))),
        (_data(18, 3, 2 * n, 2),))
    out["grad_of_pmap"] = (api.grad(lambda a: api.pmap(
        lambda b: api.jnp.sin(lax.psum(b, "i")), "i")(a).sum()), (_data(19, n, 3),))
    out["pmap_psum"] = (api.pmap(lambda a: lax.psum(a, "i"), "i"), (_data(14, n, 3),))
    out["pmap_grad"] = (api.pmap(
        lambda a: api.grad(lambda a: (lax.psum(a, "i") * a).sum())(a), "i"),
        (_data(15, n, 3),))
    if n == 4:
        grid = api.mesh((2, 2), ("x", "y"))
        g = _data(16, 4, 4)
        for name, fn in (
                ("grid_psum_x", lambda a: lax.psum(a, "x")),
                ("grid_psum_y", lambda a: lax.psum(a, "y")),
                ("grid_pmax_xy", lambda a: lax.pmax(a, ("x", "y"))),
                ("grid_all_gather_y", lambda a: lax.all_gather(a, "y", tiled=True)),
                ("grid_psum_scatter_x", lambda a: lax.psum_scatter(a, "x", tiled=True)),
                ("grid_ppermute_x", lambda a: lax.ppermute(a, "x", [(0, 1), (1, 0)])),
                ("grid_all_to_all_y", lambda a: lax.all_to_all(a, "y", 0, 1, tiled=True)),
                ("grid_axis_index_yx", lambda a: a + lax.axis_index(("y", "x")))):
            smap(name, fn, P("x", "y"), P("x", "y"), g, mesh=grid)
    return out


def jax_api():
    import jax
    import jax.numpy as jnp
    from jax.sharding import Mesh, PartitionSpec

    def mesh(shape, names):
        count = int(np.prod(shape))
        return Mesh(np.array(jax.devices()[:count]).reshape(shape), names)

    def shard_map(f, mesh, in_specs, out_specs):
        return jax.jit(jax.shard_map(f, mesh=mesh, in_specs=in_specs, out_specs=out_specs,
                                     check_vma=False))

    return SimpleNamespace(lax=jax.lax, grad=jax.grad, value_and_grad=jax.value_and_grad,
                           vmap=jax.vmap, jit=jax.jit, jnp=jnp, P=PartitionSpec, mesh=mesh,
                           shard_map=shard_map,
                           pmap=lambda f, name: jax.pmap(f, axis_name=name))


def hlox_api():
    import hlox
    import hlox.lax
    import hlox.numpy
    from hlox.sharding import Mesh, P

    return SimpleNamespace(
        lax=hlox.lax, grad=hlox.grad, value_and_grad=hlox.value_and_grad, vmap=hlox.vmap,
        jit=hlox.jit,
        jnp=hlox.numpy, P=P, mesh=Mesh,
        shard_map=lambda f, mesh, i, o: hlox.shard_map(f, mesh=mesh, in_specs=i, out_specs=o),
        pmap=lambda f, name: hlox.pmap(f, axis_name=name))


def leaves(value) -> list[np.ndarray]:
    if isinstance(value, (tuple, list)):
        return [leaf for v in value for leaf in leaves(v)]
    return [np.asarray(value)]


if __name__ == "__main__":
    n, path = int(sys.argv[sys.argv.index("--devices") + 1]), sys.argv[-1]
    results = {}
    for name, (fn, args) in cases(jax_api(), n).items():
        for k, leaf in enumerate(leaves(fn(*args))):
            results[f"{name}/{k}"] = leaf
    np.savez(path, **results)
