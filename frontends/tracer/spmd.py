"""SPMD in the tracer: `shard_map`, `pmap` and the collectives (`psum`, `all_gather`, ...).

    mesh = hlox.sharding.Mesh((2, 2), ("x", "y"))
    f = hlox.shard_map(lambda a: hlox.lax.psum(a, "x"), mesh=mesh,
                       in_specs=P("x", "y"), out_specs=P("x", "y"))
    f(global_array)

The mapped function is traced once per input signature on the *per-device* shapes, with
the mesh's axis names bound; each collective records, when it is bound, the groups of
devices it spans (`groups`: global device ids in rank order, computed from the mesh) so
that its lowering is self-contained. `shard_map_p` holds that jaxpr and takes global
arrays; a program containing it lowers to one HLO module for `num_partitions =
mesh.size` devices (the code around the shard_map replicated on every device) whose
collectives carry explicit `replica_groups` of device ids (`channel_id` +
`use_global_device_ids=true`, XLA's flattened-id mode, as JAX emits). Execution goes
through `execution.compile_module`: hlox.compile's N-device runtime.

Differentiation and batching follow JAX without the varying/invariant types
(`shard_map(..., check_vma=False)` and `pmap`): psum's transpose is psum, all_gather's is
psum_scatter (and back), ppermute's is the inverse permutation, all_to_all's swaps the
split and concatenation axes; pmax / pmin have no derivative, as in JAX. shard_map's own
transpose shares a replicated output's cotangent among its replicas and sums a
replicated input's over them; vmap of a shard_map vmaps its body (the batch dimension is
not split).
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from functools import partial
from typing import Callable

import numpy as np

from hlox.ir.attributes import ExplicitGroups

from .core import (
    ShapedArray, Tracer, abstract_eval_rules, batching_rules, bind1, get_aval,
    impl_rules, jvp_rules, lowering_rules, make_jaxpr_flat, primitive, transpose_rules,
    LINEAR_PRIMITIVES, NON_DIFFERENTIABLE, DEFAULT_INT,
)
from .lowering import hlo_shape
from .primitives import _zero_jvp, reshape, transpose
from .pytree import tree_flatten, tree_unflatten

# ---------------------------------------------------------------- meshes and specs


class Mesh:
    """Devices laid out on named axes: `Mesh((2, 2), ("x", "y"))` numbers them row-major;
    `Mesh(ids, names)` takes an array of device ids (a permutation of 0..N-1)."""

    def __init__(self, devices, axis_names):
        if isinstance(devices, tuple) and all(isinstance(d, int) for d in devices):
            devices = np.arange(int(np.prod(devices, dtype=np.int64))).reshape(devices)
        self.devices = np.asarray(devices, dtype=np.int64)
        self.axis_names = tuple((axis_names,) if isinstance(axis_names, str) else axis_names)
        if self.devices.ndim != len(self.axis_names) or \
                len(set(self.axis_names)) != len(self.axis_names):
            raise ValueError(f"mesh of shape {self.devices.shape} needs one distinct name per "
                             f"axis, given {self.axis_names}")
        if sorted(self.devices.reshape(-1).tolist()) != list(range(self.devices.size)):
            raise ValueError("mesh devices must be the ids 0..N-1, each once")

    @property
    def shape(self) -> dict[str, int]:
        return dict(zip(self.axis_names, self.devices.shape))

    @property
    def size(self) -> int:
        return int(self.devices.size)

    def coordinates(self, device: int) -> dict[str, int]:
        where = np.argwhere(self.devices == device)[0]
        return dict(zip(self.axis_names, (int(i) for i in where)))

    def groups(self, axes: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
        """Devices that differ only along `axes`, each group ordered by those axes
        (row-major in the order given): the rank order of a collective over `axes`."""
        for a in axes:
            if a not in self.axis_names:
                raise NameError(f"unbound axis name: {a} (the mesh has {self.axis_names})")
        index = [self.axis_names.index(a) for a in axes]
        rest = [i for i in range(len(self.axis_names)) if i not in index]
        size = int(np.prod([self.devices.shape[i] for i in index], dtype=np.int64))
        ids = self.devices.transpose(rest + index).reshape(-1, size)
        return tuple(tuple(int(i) for i in row) for row in ids)

    def __repr__(self):
        return f"Mesh({self.shape})"


class PartitionSpec(tuple):
    """`P("x", None, ("y", "z"))`: which mesh axes split each array dimension."""

    def __new__(cls, *entries):
        return super().__new__(cls, entries)

    def __repr__(self):
        return f"P{tuple.__repr__(self)}"


P = PartitionSpec


def _spec_axes(entry) -> tuple[str, ...]:
    if entry is None:
        return ()
    return tuple(entry) if isinstance(entry, (tuple, list)) else (entry,)


# ---------------------------------------------------------------- the axis environment

_MESHES: list[Mesh] = []  # the meshes whose axes are bound while a body is traced


@contextmanager
def _bound(mesh: Mesh):
    _MESHES.append(mesh)
    try:
        yield
    finally:
        _MESHES.pop()


def _axes(axis_name) -> tuple[str, ...]:
    return tuple(axis_name) if isinstance(axis_name, (tuple, list)) else (axis_name,)


def _groups_of(axis_name) -> tuple[tuple[int, ...], ...]:
    if not _MESHES:
        raise NameError(f"unbound axis name: {axis_name} (collectives run inside "
                        "hlox.shard_map or hlox.pmap)")
    return _MESHES[-1].groups(_axes(axis_name))


def _unbound_impl(name):
    def impl(*args, **params):
        raise NameError(f"{name}: unbound axis name (collectives run inside hlox.shard_map "
                        "or hlox.pmap, on traced values)")
    return impl


def _channel(ctx) -> int:
    """A fresh channel id for the module being lowered (XLA wants them distinct)."""
    ctx.module._hlox_channels = getattr(ctx.module, "_hlox_channels", 0) + 1
    return ctx.module._hlox_channels


def _collective_attrs(ctx, groups, global_ids: bool = True) -> dict:
    attrs = {"replica_groups": ExplicitGroups(tuple(groups)), "channel_id": _channel(ctx)}
    if global_ids:
        attrs["use_global_device_ids"] = True
    return attrs


def _same_aval(x, **params):
    return [x]


def _batch_same(prim, shift=()):
    """Batching for a collective over mesh axes: apply it to the batched value; the named
    dimension parameters move one to the right (the batch dimension is 0)."""
    def rule(size, vals, dims, **params):
        (x,), (d,) = vals, dims
        if d is not None:
            params = {**params, **{k: params[k] + 1 for k in shift}}
        return [bind1(prim, x, **params)], [d]
    return rule


# ---------------------------------------------------------------- all-reduce family

def _def_all_reduce(name: str, kind: str):
    p = primitive(name)
    impl_rules[p] = _unbound_impl(name)
    abstract_eval_rules[p] = _same_aval
    batching_rules[p] = _batch_same(p)

    def lower(ctx, avals_in, avals_out, x, *, groups):
        reducer = ctx.scalar_computation(kind, avals_in[0].dtype)
        return [ctx.op("all-reduce", x, to_apply=reducer, **_collective_attrs(ctx, groups))]
    lowering_rules[p] = lower
    return p


psum_p = _def_all_reduce("psum", "add")
pmax_p = _def_all_reduce("pmax", "maximum")
pmin_p = _def_all_reduce("pmin", "minimum")
jvp_rules[psum_p] = lambda primals, tangents, **p: (
    [bind1(psum_p, primals[0], **p)], [bind1(psum_p, tangents[0], **p)])
transpose_rules[psum_p] = lambda cts, x, *, groups: [bind1(psum_p, cts[0], groups=groups)]
LINEAR_PRIMITIVES.add(psum_p)


def _no_derivative(name):
    def rule(primals, tangents, **params):
        raise NotImplementedError(f"Differentiation rule for '{name}' not implemented "
                                  "(as in JAX)")
    return rule


jvp_rules[pmax_p] = _no_derivative("pmax")
jvp_rules[pmin_p] = _no_derivative("pmin")


def _leaves_apply(fn, x):
    flat, tree = tree_flatten(x)
    return tree_unflatten(tree, [fn(leaf) for leaf in flat])


def psum(x, axis_name):
    groups = _groups_of(axis_name)
    return _leaves_apply(lambda v: bind1(psum_p, v, groups=groups), x)


def pmax(x, axis_name):
    groups = _groups_of(axis_name)
    return _leaves_apply(lambda v: bind1(pmax_p, v, groups=groups), x)


def pmin(x, axis_name):
    groups = _groups_of(axis_name)
    return _leaves_apply(lambda v: bind1(pmin_p, v, groups=groups), x)


def pmean(x, axis_name):
    groups = _groups_of(axis_name)
    size = len(groups[0])
    return _leaves_apply(lambda v: bind1(psum_p, v, groups=groups) / size, x)


# ---------------------------------------------------------------- all-gather / psum_scatter
# Tiled forms are the primitives; the untiled ones reshape around them, as JAX does.

all_gather_p = primitive("all_gather")
psum_scatter_p = primitive("psum_scatter")


def _scaled(x: ShapedArray, dim: int, factor: float) -> ShapedArray:
    if not 0 <= dim < x.ndim:
        raise ValueError(f"dimension {dim} out of range for {x.str_short()}")
    shape = list(x.shape)
    if factor < 1 and shape[dim] % round(1 / factor):
        raise ValueError(f"psum_scatter: dimension {dim} of {x.str_short()} is not "
                         f"divisible by the axis size {round(1 / factor)}")
    shape[dim] = int(round(shape[dim] * factor))
    return x.update(shape=shape)


abstract_eval_rules[all_gather_p] = lambda x, *, groups, axis: [
    _scaled(x, axis, len(groups[0]))]
abstract_eval_rules[psum_scatter_p] = lambda x, *, groups, axis: [
    _scaled(x, axis, 1 / len(groups[0]))]
for _p in (all_gather_p, psum_scatter_p):
    impl_rules[_p] = _unbound_impl(_p.name)
    batching_rules[_p] = _batch_same(_p, shift=("axis",))
    jvp_rules[_p] = (lambda p: lambda primals, tangents, **q: (
        [bind1(p, primals[0], **q)], [bind1(p, tangents[0], **q)]))(_p)
    LINEAR_PRIMITIVES.add(_p)
transpose_rules[all_gather_p] = lambda cts, x, *, groups, axis: [
    bind1(psum_scatter_p, cts[0], groups=groups, axis=axis)]
transpose_rules[psum_scatter_p] = lambda cts, x, *, groups, axis: [
    bind1(all_gather_p, cts[0], groups=groups, axis=axis)]
lowering_rules[all_gather_p] = lambda ctx, ai, ao, x, *, groups, axis: [
    ctx.op("all-gather", x, shape=hlo_shape(ao[0]), dimensions=(axis,),
           **_collective_attrs(ctx, groups))]


def _psum_scatter_lower(ctx, avals_in, avals_out, x, *, groups, axis):
    reducer = ctx.scalar_computation("add", avals_in[0].dtype)
    return [ctx.op("reduce-scatter", x, shape=hlo_shape(avals_out[0]), dimensions=(axis,),
                   to_apply=reducer, **_collective_attrs(ctx, groups))]


lowering_rules[psum_scatter_p] = _psum_scatter_lower


def _insert_axis(shape, axis, size=1):
    return tuple(shape[:axis]) + (size,) + tuple(shape[axis:])


def all_gather(x, axis_name, *, axis: int = 0, tiled: bool = False):
    groups = _groups_of(axis_name)

    def one(v):
        aval = get_aval(v)
        if tiled:
            return bind1(all_gather_p, v, groups=groups, axis=axis)
        expanded = reshape(v, _insert_axis(aval.shape, axis))
        return bind1(all_gather_p, expanded, groups=groups, axis=axis)
    return _leaves_apply(one, x)


def psum_scatter(x, axis_name, *, scatter_dimension: int = 0, tiled: bool = False):
    groups = _groups_of(axis_name)
    size = len(groups[0])

    def one(v):
        aval = get_aval(v)
        if tiled:
            return bind1(psum_scatter_p, v, groups=groups, axis=scatter_dimension)
        if aval.shape[scatter_dimension] != size:
            raise ValueError(f"psum_scatter: dimension {scatter_dimension} of "
                             f"{aval.str_short()} must equal the axis size {size} "
                             "(or pass tiled=True)")
        out = bind1(psum_scatter_p, v, groups=groups, axis=scatter_dimension)
        shape = list(aval.shape)
        del shape[scatter_dimension]
        return reshape(out, tuple(shape))
    return _leaves_apply(one, x)


# ---------------------------------------------------------------- ppermute

ppermute_p = primitive("ppermute")
impl_rules[ppermute_p] = _unbound_impl("ppermute")
abstract_eval_rules[ppermute_p] = _same_aval
batching_rules[ppermute_p] = _batch_same(ppermute_p)
jvp_rules[ppermute_p] = lambda primals, tangents, **p: (
    [bind1(ppermute_p, primals[0], **p)], [bind1(ppermute_p, tangents[0], **p)])
transpose_rules[ppermute_p] = lambda cts, x, *, pairs: [
    bind1(ppermute_p, cts[0], pairs=tuple((t, s) for s, t in pairs))]
lowering_rules[ppermute_p] = lambda ctx, ai, ao, x, *, pairs: [
    ctx.op("collective-permute", x, source_target_pairs=pairs, channel_id=_channel(ctx))]
LINEAR_PRIMITIVES.add(ppermute_p)


def ppermute(x, axis_name, perm):
    """`perm`: (source, target) positions along the axes; applied within every group."""
    groups = _groups_of(axis_name)
    size = len(groups[0])
    perm = [(int(s), int(t)) for s, t in perm]
    if any(not (0 <= s < size and 0 <= t < size) for s, t in perm) or \
            len({s for s, _ in perm}) != len(perm) or len({t for _, t in perm}) != len(perm):
        raise ValueError(f"ppermute: {perm} is not a partial permutation of {size} positions")
    pairs = tuple((g[s], g[t]) for g in groups for s, t in perm)
    return _leaves_apply(lambda v: bind1(ppermute_p, v, pairs=pairs), x)


# ---------------------------------------------------------------- all_to_all
# The primitive exchanges along one axis (HLO's all-to-all: piece j goes to rank j, the
# pieces received are concatenated in rank order along the same axis); split != concat
# and the untiled form are reshapes and transposes around it.

all_to_all_p = primitive("all_to_all")
impl_rules[all_to_all_p] = _unbound_impl("all_to_all")


def _all_to_all_abstract(x, *, groups, axis):
    if not 0 <= axis < x.ndim or x.shape[axis] % len(groups[0]):
        raise ValueError(f"all_to_all: dimension {axis} of {x.str_short()} must be divisible "
                         f"by the axis size {len(groups[0])}")
    return [x]


abstract_eval_rules[all_to_all_p] = _all_to_all_abstract
batching_rules[all_to_all_p] = _batch_same(all_to_all_p, shift=("axis",))
jvp_rules[all_to_all_p] = lambda primals, tangents, **p: (
    [bind1(all_to_all_p, primals[0], **p)], [bind1(all_to_all_p, tangents[0], **p)])
# The exchange is its own inverse, and a permutation's transpose is its inverse.
transpose_rules[all_to_all_p] = lambda cts, x, **p: [bind1(all_to_all_p, cts[0], **p)]
lowering_rules[all_to_all_p] = lambda ctx, ai, ao, x, *, groups, axis: [
    ctx.op("all-to-all", x, dimensions=(axis,), **_collective_attrs(ctx, groups, False))]
LINEAR_PRIMITIVES.add(all_to_all_p)


def _moveaxis(x, source: int, destination: int):
    order = [i for i in range(get_aval(x).ndim) if i != source]
    order.insert(destination, source)
    return transpose(x, tuple(order)) if order != sorted(order) else x


def all_to_all(x, axis_name, split_axis: int, concat_axis: int, *, tiled: bool = False):
    groups = _groups_of(axis_name)
    n = len(groups[0])

    def one(v):
        shape = get_aval(v).shape
        if not tiled:
            if shape[split_axis] != n:
                raise ValueError(f"all_to_all: split axis {split_axis} of {shape} must equal "
                                 f"the axis size {n} (or pass tiled=True)")
            out = bind1(all_to_all_p, v, groups=groups, axis=split_axis)
            return _moveaxis(out, split_axis, concat_axis)
        if shape[split_axis] % n:
            raise ValueError(f"all_to_all: split axis {split_axis} of {shape} is not "
                             f"divisible by the axis size {n}")
        # Split the split axis into (n, rest), exchange along n, then put n just before the
        # concatenation axis and merge the two.
        split = list(shape[:split_axis]) + [n, shape[split_axis] // n] + \
            list(shape[split_axis + 1:])
        exchanged = bind1(all_to_all_p, reshape(v, tuple(split)), groups=groups,
                          axis=split_axis)
        concat = concat_axis + (concat_axis > split_axis)
        moved = _moveaxis(exchanged, split_axis, concat - (concat > split_axis))
        out_shape = list(shape)
        out_shape[split_axis] //= n
        out_shape[concat_axis] *= n
        return reshape(moved, tuple(out_shape))
    return _leaves_apply(one, x)


# ---------------------------------------------------------------- axis_index

axis_index_p = primitive("axis_index")
impl_rules[axis_index_p] = _unbound_impl("axis_index")
abstract_eval_rules[axis_index_p] = lambda *, groups: [ShapedArray((), DEFAULT_INT)]
jvp_rules[axis_index_p] = partial(_zero_jvp, axis_index_p)
batching_rules[axis_index_p] = lambda size, vals, dims, **p: ([bind1(axis_index_p, **p)],
                                                                [None])
NON_DIFFERENTIABLE.add(axis_index_p)


def _axis_index_lower(ctx, avals_in, avals_out, *, groups):
    """partition-id, then each device's position in its group from a table."""
    devices = sum(len(g) for g in groups)
    table = np.zeros(devices, np.int32)
    for g in groups:
        for rank, d in enumerate(g):
            table[d] = rank
    pid = ctx.op("partition-id")
    index = ctx.op("convert", pid, shape=hlo_shape(ShapedArray((), np.int32)))
    picked = ctx.op("dynamic-slice", ctx.constant(table, np.int32), index,
                    dynamic_slice_sizes=(1,))
    return [ctx.op("reshape", picked, shape=hlo_shape(avals_out[0]))]


lowering_rules[axis_index_p] = _axis_index_lower


def axis_index(axis_name):
    return bind1(axis_index_p, groups=_groups_of(axis_name))


# ---------------------------------------------------------------- shard_map and pmap
# `shard_map_p` holds the body's jaxpr (traced on per-device shapes) and takes and returns
# global arrays. It lowers into a module for mesh.size devices: every device runs the code
# around it (replicated), slices its blocks of the inputs with partition-id, runs the body,
# and all-gathers the blocks of the outputs. Eager calls, jit, grad and vmap all go
# through that one primitive.

shard_map_p = primitive("shard_map", multiple_results=True)


def _spec_counts(spec, ndim: int, mesh: Mesh) -> list[int]:
    spec = tuple(spec or ())
    if len(spec) > ndim:
        raise ValueError(f"partition spec {P(*spec)} has more entries than the array's "
                         f"{ndim} dimensions")
    counts = [int(np.prod([mesh.shape[a] for a in _spec_axes(e)], dtype=np.int64))
              for e in spec]
    return counts + [1] * (ndim - len(spec))


def _block_aval(aval: ShapedArray, spec, mesh: Mesh) -> ShapedArray:
    counts = _spec_counts(spec, aval.ndim, mesh)
    for dim, (size, count) in enumerate(zip(aval.shape, counts)):
        if size % count:
            raise ValueError(f"dimension {dim} of an array of shape {aval.shape} does not "
                             f"split into {count} pieces ({P(*(spec or ()))})")
    return aval.update(shape=[size // count for size, count in zip(aval.shape, counts)])


def _global_aval(aval: ShapedArray, spec, mesh: Mesh) -> ShapedArray:
    counts = _spec_counts(spec, aval.ndim, mesh)
    return aval.update(shape=[size * count for size, count in zip(aval.shape, counts)])


def _unmentioned(spec, mesh: Mesh) -> tuple[str, ...]:
    named = {a for e in (spec or ()) for a in _spec_axes(e)}
    return tuple(a for a in mesh.axis_names if a not in named)


def _body(jaxpr) -> Callable:
    from .core import eval_jaxpr
    return lambda *xs: eval_jaxpr(jaxpr, list(xs))


def _trace_body(fun: Callable, local_avals: list, mesh: Mesh):
    """(jaxpr, consts, out_tree) of `fun(*local arrays)` with the mesh's axes bound."""
    out_tree_box = []

    def flat(*xs):
        out_flat, out_tree = tree_flatten(fun(*xs))
        out_tree_box.append(out_tree)
        return out_flat

    with _bound(mesh):
        jaxpr, consts = make_jaxpr_flat(flat, local_avals)
    return jaxpr, tuple(consts), out_tree_box[0]


def _bind(fun: Callable, mesh: Mesh, in_specs, out_specs_of, args, name: str,
          cache: dict | None = None):
    """Trace `fun` on the blocks `in_specs` cut from `args`, bind shard_map_p; out_specs_of
    (out_tree, out avals) gives a spec per output. What the body closes over becomes
    leading replicated inputs. `cache` keeps traced bodies per input signature."""
    avals = [get_aval(a).strip_weak_type() for a in args]
    key = (tuple(avals), tuple(in_specs))
    traced = cache.get(key) if cache is not None else None
    if traced is None:
        local = [_block_aval(a, s, mesh) for a, s in zip(avals, in_specs)]
        jaxpr, consts, out_tree = _trace_body(fun, local, mesh)
        traced = (jaxpr, consts, out_tree, tuple(out_specs_of(out_tree, jaxpr.out_avals)))
        if cache is not None and not any(isinstance(c, Tracer) for c in consts):
            cache[key] = traced
    jaxpr, consts, out_tree, out_specs = traced
    outs = shard_map_p.bind(*consts, *args, jaxpr=jaxpr, mesh=mesh,
                            in_specs=(None,) * len(consts) + tuple(in_specs),
                            out_specs=out_specs, name=name)
    return outs, out_tree


def _shard_map_abstract(*avals, jaxpr, mesh, out_specs, **params):
    return [_global_aval(a, s, mesh) for a, s in zip(jaxpr.out_avals, out_specs)]


def _shard_map_impl(*arrays, **params):
    """Run the primitive alone: its module for mesh.size devices, made once per body and
    backend (the reference backend evaluates it with hlox's evaluator)."""
    from .core import Jaxpr, JaxprEqn, Var
    from .execution import EXECUTION, CompiledProgram, SpmdProgram
    from .lowering import lower_jaxpr
    jaxpr, backend = params["jaxpr"], EXECUTION.backend
    programs = jaxpr.__dict__.setdefault("_hlox_programs", {})
    run = programs.get(backend)
    if run is None:
        in_vars = [Var(get_aval(a).strip_weak_type()) for a in arrays]
        out_vars = [Var(a) for a in _shard_map_abstract(**params)]
        single = Jaxpr(in_vars, [JaxprEqn(shard_map_p, in_vars, params, out_vars)], out_vars)
        if backend == "compiled":
            run = CompiledProgram(single, [], params["name"], "compiled").run
        else:
            program = SpmdProgram(lower_jaxpr(single, [], params["name"]),
                                  params["mesh"].size, "evaluator")

            def run(args, program=program, one=len(out_vars) == 1):
                out = program(*args)
                return [out] if one else list(out)
        programs[backend] = run
    return run([np.asarray(a) for a in arrays])


def _device_table(ctx, mesh: Mesh, values) -> object:
    """values[d] (one s32 per device), picked for the device running: a constant indexed
    by partition-id."""
    table = np.asarray(values, np.int32)
    pid = ctx.op("partition-id")
    index = ctx.op("convert", pid, shape=hlo_shape(ShapedArray((), np.int32)))
    picked = ctx.op("dynamic-slice", ctx.constant(table, np.int32), index,
                    dynamic_slice_sizes=(1,))
    return ctx.op("reshape", picked, shape=hlo_shape(ShapedArray((), np.int32)))


def _position(mesh: Mesh, device: int, axes) -> int:
    coords, position = mesh.coordinates(device), 0
    for a in axes:
        position = position * mesh.shape[a] + coords[a]
    return position


def _shard_map_lower(ctx, avals_in, avals_out, *args, jaxpr, mesh, in_specs, out_specs,
                     name):
    from .lowering import lower_jaxpr_body
    devices = getattr(ctx.module, "_hlox_devices", mesh.size)
    if devices != mesh.size or _MESHES:
        raise NotImplementedError("shard_maps over different meshes (or nested ones) in "
                                  "one program")
    ctx.module._hlox_devices = mesh.size
    local_args = []
    for x, aval, spec in zip(args, avals_in, in_specs):
        block = _block_aval(aval, spec, mesh)
        if block.shape == aval.shape:
            local_args.append(x)
            continue
        starts = []
        for dim, entry in enumerate(tuple(spec or ()) + (None,) * (aval.ndim - len(spec or ()))):
            axes = _spec_axes(entry)
            starts.append(_device_table(ctx, mesh, [
                _position(mesh, d, axes) * block.shape[dim] for d in range(mesh.size)])
                if axes else ctx.constant(np.int32(0), np.int32))
        local_args.append(ctx.op("dynamic-slice", x, *starts,
                                 dynamic_slice_sizes=tuple(block.shape)))
    with _bound(mesh):
        outs = lower_jaxpr_body(ctx, jaxpr, local_args)
    results = []
    for out, aval, spec in zip(outs, jaxpr.out_avals, out_specs):
        shape = list(aval.shape)
        for dim, entry in enumerate(tuple(spec or ())):
            axes = _spec_axes(entry)
            if not axes:
                continue
            shape[dim] *= int(np.prod([mesh.shape[a] for a in axes], dtype=np.int64))
            out = ctx.op("all-gather", out, shape=hlo_shape(aval.update(shape=shape)),
                         dimensions=(dim,), **_collective_attrs(ctx, mesh.groups(axes)))
        results.append(out)
    return results


def _shard_map_jvp(primals, tangents, *, jaxpr, mesh, in_specs, out_specs, name):
    """Two shard_maps: the primal one, and one for the tangents (which recomputes what it
    needs of the primal), so that under grad the primal part runs and only the tangent
    part is staged and transposed."""
    from .ad import jvp_flat
    body, n = _body(jaxpr), len(primals)
    outs = shard_map_p.bind(*primals, jaxpr=jaxpr, mesh=mesh, in_specs=in_specs,
                            out_specs=out_specs, name=name)
    t_outs, _ = _bind(lambda *xs: jvp_flat(body, list(xs[:n]), list(xs[n:]))[1], mesh,
                      tuple(in_specs) * 2, lambda tree, avals: out_specs,
                      list(primals) + list(tangents), f"{name}_jvp")
    return outs, t_outs


def _shard_map_transpose(cts, *invals, jaxpr, mesh, in_specs, out_specs, name):
    """JAX's rule without replication types: the cotangent of a replicated output is
    shared by its replicas (divided by their number), and a replicated input's cotangent
    is the sum over its replicas (a psum over the axes its spec does not name)."""
    from .ad import linearize_flat
    from .primitives import UndefinedPrimal, zeros_like_aval
    body = _body(jaxpr)
    linear = [isinstance(x, UndefinedPrimal) for x in invals]
    known = [x for x, lin in zip(invals, linear) if not lin]
    local_linear = [_block_aval(x.aval, s, mesh)
                    for x, s, lin in zip(invals, in_specs, linear) if lin]
    linear_specs = [s for s, lin in zip(in_specs, linear) if lin]
    nk = len(known)

    def transposed(*xs):
        known_local, ct_local = list(xs[:nk]), list(xs[nk:])
        ct_local = [ct / int(np.prod([mesh.shape[a] for a in _unmentioned(s, mesh)]))
                    for ct, s in zip(ct_local, out_specs)]

        def at(*lin_vals):
            it_k, it_l = iter(known_local), iter(lin_vals)
            return body(*[next(it_l) if lin else next(it_k) for lin in linear])

        _, _, vjp_flat = linearize_flat(at, [zeros_like_aval(a) for a in local_linear])
        in_cts = vjp_flat(ct_local)
        return [psum(ct, _unmentioned(s, mesh)) if _unmentioned(s, mesh) else ct
                for ct, s in zip(in_cts, linear_specs)]

    outs, _ = _bind(transposed, mesh, [s for s, lin in zip(in_specs, linear) if not lin]
                    + list(out_specs), lambda tree, avals: linear_specs,
                    known + list(cts), f"{name}_transpose")
    it = iter(outs)
    return [next(it) if lin else None for lin in linear]


def _shard_map_batch(size, vals, dims, *, jaxpr, mesh, in_specs, out_specs, name):
    """vmap over a shard_map: the body is vmapped, the batch dimension is not split."""
    from .batching import vmap_flat
    from .primitives import bdim_at_front
    body = _body(jaxpr)
    vals = [bdim_at_front(v, d, size) if d is not None else v for v, d in zip(vals, dims)]
    axes = [0 if d is not None else None for d in dims]
    specs = [P(None, *(s or ())) if d is not None else s for s, d in zip(in_specs, dims)]
    outs, _ = _bind(lambda *xs: vmap_flat(body, axes, [0] * len(out_specs), list(xs)), mesh,
                    specs, lambda tree, avals: [P(None, *(s or ())) for s in out_specs],
                    vals, f"{name}_vmap")
    return outs, [0] * len(outs)


impl_rules[shard_map_p] = _shard_map_impl
abstract_eval_rules[shard_map_p] = _shard_map_abstract
jvp_rules[shard_map_p] = _shard_map_jvp
transpose_rules[shard_map_p] = _shard_map_transpose
batching_rules[shard_map_p] = _shard_map_batch
lowering_rules[shard_map_p] = _shard_map_lower


def _broadcast_specs(specs, tree, what: str) -> list:
    """A spec per leaf of the value `tree`: `specs` is a pytree prefix of it whose leaves
    are PartitionSpecs (or None: replicated)."""
    if specs is None or isinstance(specs, PartitionSpec):
        return [specs] * len(tree_flatten(tree)[0])
    if isinstance(specs, (tuple, list)) and isinstance(tree, (tuple, list)) and \
            len(specs) == len(tree):
        return [s for p, t in zip(specs, tree) for s in _broadcast_specs(p, t, what)]
    if isinstance(specs, dict) and isinstance(tree, dict) and set(specs) == set(tree):
        return [s for k in sorted(tree) for s in _broadcast_specs(specs[k], tree[k], what)]
    raise ValueError(f"{what} {specs!r} does not match the structure {tree!r}")


def shard_map(f: Callable, mesh: Mesh, in_specs, out_specs):
    """JAX's `shard_map`: `f` runs on each device's block of the inputs (as `in_specs`
    split them over `mesh`), and the blocks it returns form the outputs (`out_specs`).
    It composes with jit, grad and vmap like any primitive."""
    name = f"shmap_{getattr(f, '__name__', 'fn')}"
    traced: dict = {}

    @functools.wraps(f)
    def call(*args):
        flat, in_tree = tree_flatten(args)
        specs = _broadcast_specs(in_specs, args, "in_specs")

        def flat_fun(*xs):
            return f(*tree_unflatten(in_tree, list(xs)))

        def specs_of(out_tree, avals):
            return _broadcast_specs(out_specs, tree_unflatten(out_tree, list(avals)),
                                    "out_specs")

        outs, out_tree = _bind(flat_fun, mesh, specs, specs_of, flat, name,
                               traced.setdefault(in_tree, {}))
        return tree_unflatten(out_tree, outs)
    return call


def pmap(f: Callable, axis_name=None, in_axes=0, out_axes=0):
    """JAX's `pmap`: device d gets entry d along each argument's `in_axes` (None: the
    whole argument), and the outputs are stacked along `out_axes`; a shard_map over a
    one-axis mesh of the mapped size."""
    from .batching import broadcast_prefix
    from .primitives import bdim_at_front
    name = axis_name if axis_name is not None else "_pmap"

    @functools.wraps(f)
    def call(*args):
        flat, in_tree = tree_flatten(args)
        axes = broadcast_prefix(tuple(in_axes) if isinstance(in_axes, list) else in_axes,
                                args, "in_axes")
        sizes = {get_aval(a).shape[ax] for a, ax in zip(flat, axes) if ax is not None}
        if len(sizes) != 1:
            raise ValueError(f"pmap: the mapped axes have sizes {sorted(sizes)}; they must "
                             "be one size")
        n = sizes.pop()
        mesh = Mesh((n,), (name,))
        moved = [bdim_at_front(a, ax, n) if ax is not None else a for a, ax in zip(flat, axes)]

        def body(*blocks):
            local = [reshape(b, get_aval(b).shape[1:]) if ax is not None else b
                     for b, ax in zip(blocks, axes)]
            out = f(*tree_unflatten(in_tree, local))
            return _leaves_apply(lambda o: reshape(o, (1,) + get_aval(o).shape), out)

        outs, out_tree = _bind(body, mesh, [P(name) if ax is not None else None
                                            for ax in axes],
                               lambda tree, avals: [P(name)] * len(avals), moved,
                               f"pmap_{getattr(f, '__name__', 'fn')}")
        result = tree_unflatten(out_tree, outs)
        o_axes = broadcast_prefix(out_axes, result, "out_axes")
        flat_out, tree = tree_flatten(result)
        return tree_unflatten(tree, [_moveaxis(o, 0, ax) if ax else o
                                     for o, ax in zip(flat_out, o_axes)])
    return call
