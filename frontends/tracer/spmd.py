"""SPMD in the tracer: `shard_map`, `pmap` and the collectives (`psum`, `all_gather`, ...).

    mesh = hlox.sharding.Mesh((2, 2), ("x", "y"))
    f = hlox.shard_map(lambda a: hlox.lax.psum(a, "x"), mesh=mesh,
                       in_specs=P("x", "y"), out_specs=P("x", "y"))
    f(global_array)

The mapped function is traced once per input signature on the *per-device* shapes, with
the mesh's axis names bound; each collective records, when it is bound, the groups of
devices it spans (`groups`: global device ids in rank order, computed from the mesh) so
that its lowering is self-contained. The jaxpr lowers to one HLO module for
`num_partitions = mesh.size` devices whose collectives carry explicit `replica_groups`
of device ids (`channel_id` + `use_global_device_ids=true`, XLA's flattened-id mode, as
JAX emits). Execution goes through `execution.compile_module`, the N-device path of
`hlox.compile`: inputs and outputs stacked on a leading device axis.

Differentiation and batching follow JAX without the varying/invariant types
(`shard_map(..., check_vma=False)` and `pmap`): psum's transpose is psum, all_gather's is
psum_scatter (and back), ppermute's is the inverse permutation, all_to_all's swaps the
split and concatenation axes; pmax / pmin have no derivative, as in JAX.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from functools import partial
from typing import Callable

import numpy as np

from hlox.ir.attributes import ExplicitGroups
from hlox.ir.collectives import set_device_counts

from .core import (
    Array, ShapedArray, Tracer, abstract_eval_rules, batching_rules, bind1, get_aval,
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


class _SpmdFunction:
    """A function mapped over a mesh: per-device tracing, one module, one N-device run."""

    def __init__(self, fun: Callable, mesh: Mesh, name: str):
        self.fun, self.mesh, self.name = fun, mesh, name
        self._programs: dict = {}

    def run(self, flat_local: list[list[np.ndarray]], in_tree, out_handler):
        """flat_local[k][d]: device d's value of leaf k. Returns out_handler(out_tree,
        [stacked output leaves])."""
        from .execution import compile_module
        from .lowering import lower_jaxpr
        avals = [ShapedArray(v[0].shape, v[0].dtype) for v in flat_local]
        key = (in_tree, tuple(avals))
        entry = self._programs.get(key)
        if entry is None:
            out_tree_box = []

            def flat_fun(*leaves):
                out = self.fun(*tree_unflatten(in_tree, list(leaves)))
                out_flat, out_tree = tree_flatten(out)
                out_tree_box.append(out_tree)
                return out_flat

            with _bound(self.mesh):
                jaxpr, consts = make_jaxpr_flat(flat_fun, avals)
            module = lower_jaxpr(jaxpr, consts, self.name)
            set_device_counts(module, 1, self.mesh.size)
            entry = self._programs[key] = (compile_module(module), out_tree_box[0],
                                           len(jaxpr.outs))
        executable, out_tree, num_outs = entry
        stacked = [np.stack(v) for v in flat_local]
        outs = executable(*stacked)
        outs = [outs] if num_outs == 1 else list(outs)
        return out_handler(out_tree, [np.asarray(o) for o in outs])


def _concrete(x, what: str) -> np.ndarray:
    if isinstance(x, Tracer):
        raise TypeError(f"{what} takes concrete arrays: call it outside jit/grad/vmap and put "
                        "those transformations inside the mapped function")
    return np.asarray(x._value if isinstance(x, Array) else x)


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


def _shard(array: np.ndarray, spec, mesh: Mesh, device: int) -> np.ndarray:
    spec = tuple(spec or ())
    if len(spec) > array.ndim:
        raise ValueError(f"partition spec {P(*spec)} has more entries than the array's "
                         f"{array.ndim} dimensions")
    coords = mesh.coordinates(device)
    index = []
    for dim, entry in enumerate(spec):
        axes = _spec_axes(entry)
        count = int(np.prod([mesh.shape[a] for a in axes], dtype=np.int64))
        if array.shape[dim] % count:
            raise ValueError(f"dimension {dim} of an array of shape {array.shape} does not "
                             f"split into {count} pieces ({P(*spec)})")
        position = 0
        for a in axes:
            position = position * mesh.shape[a] + coords[a]
        size = array.shape[dim] // count
        index.append(slice(position * size, (position + 1) * size))
    return np.ascontiguousarray(array[tuple(index)])


def _unshard(stacked: np.ndarray, spec, mesh: Mesh) -> np.ndarray:
    """The global array from per-device blocks (axes a spec does not name: replicated,
    device 0 of them is taken)."""
    spec = tuple(spec or ())
    block = stacked.shape[1:]
    counts = [int(np.prod([mesh.shape[a] for a in _spec_axes(e)], dtype=np.int64))
              for e in spec] + [1] * (len(block) - len(spec))
    out = np.empty(tuple(b * c for b, c in zip(block, counts)), stacked.dtype)
    for device in range(mesh.size):
        coords = mesh.coordinates(device)
        index = []
        for dim, entry in enumerate(spec):
            axes = _spec_axes(entry)
            position = 0
            for a in axes:
                position = position * mesh.shape[a] + coords[a]
            index.append(slice(position * block[dim], (position + 1) * block[dim]))
        unnamed = [a for a in mesh.axis_names
                   if a not in {x for e in spec for x in _spec_axes(e)}]
        if all(coords[a] == 0 for a in unnamed):
            out[tuple(index)] = stacked[device]
    return out


def shard_map(f: Callable, mesh: Mesh, in_specs, out_specs):
    """JAX's `shard_map`: `f` runs on each device's block of the inputs (as `in_specs`
    split them over `mesh`), and the blocks it returns form the outputs (`out_specs`)."""
    mapped = _SpmdFunction(f, mesh, f"shmap_{getattr(f, '__name__', 'fn')}")

    @functools.wraps(f)
    def call(*args):
        flat, in_tree = tree_flatten(args)
        specs = _broadcast_specs(in_specs, args, "in_specs")
        arrays = [_concrete(x, "hlox.shard_map") for x in flat]
        local = [[_shard(a, s, mesh, d) for d in range(mesh.size)]
                 for a, s in zip(arrays, specs)]

        def assemble(out_tree, outs):
            o_specs = _broadcast_specs(out_specs, tree_unflatten(out_tree, outs), "out_specs")
            return tree_unflatten(out_tree, [Array(_unshard(o, s, mesh))
                                             for o, s in zip(outs, o_specs)])
        return mapped.run(local, in_tree, assemble)
    return call


def pmap(f: Callable, axis_name=None, in_axes=0, out_axes=0, devices: int | None = None):
    """JAX's `pmap` on `devices` devices (default: the size of the mapped axis): device d
    gets entry d along each argument's `in_axes` (None: the whole argument), and the
    outputs are stacked along `out_axes`."""
    name = axis_name if axis_name is not None else "_pmap"
    programs: dict[int, _SpmdFunction] = {}

    @functools.wraps(f)
    def call(*args):
        from .batching import broadcast_prefix
        flat, in_tree = tree_flatten(args)
        axes = broadcast_prefix(tuple(in_axes) if isinstance(in_axes, list) else in_axes,
                                args, "in_axes")
        arrays = [_concrete(x, "hlox.pmap") for x in flat]
        sizes = {a.shape[ax] for a, ax in zip(arrays, axes) if ax is not None}
        n = devices if devices is not None else (sizes.pop() if len(sizes) == 1 else None)
        if n is None or sizes - {n}:
            raise ValueError(f"pmap: mapped axes have different sizes {sorted(sizes)}")
        mapped = programs.get(n)
        if mapped is None:
            mapped = programs[n] = _SpmdFunction(f, Mesh((n,), (name,)),
                                                 f"pmap_{getattr(f, '__name__', 'fn')}")
        local = [[np.ascontiguousarray(np.take(a, d, axis=ax)) if ax is not None else a
                  for d in range(n)] for a, ax in zip(arrays, axes)]

        def assemble(out_tree, outs):
            o_axes = broadcast_prefix(out_axes, tree_unflatten(out_tree, outs), "out_axes")
            return tree_unflatten(out_tree, [Array(np.moveaxis(o, 0, ax) if ax else o)
                                             for o, ax in zip(outs, o_axes)])
        return mapped.run(local, in_tree, assemble)
    return call
