"""Translating a torch.fx graph of ATen ops into an HLO module, at concrete shapes.

A graph is lowered for one assignment of its inputs: tensors become entry
parameters with their concrete shapes, SymInts their concrete values. Integer
arithmetic on sizes (`sym_size`, `operator.mul`, ...) is done in Python while
lowering, so a graph with dynamic shapes gives one static HLO module per shape.
"""
from __future__ import annotations

import functools
import math
import operator
from dataclasses import dataclass, field
from typing import Any, Sequence

import torch
import torch.fx
from torch._subclasses.fake_tensor import unset_fake_temporarily
from torch.fx.experimental.symbolic_shapes import optimization_hint

from hlox.ir.dialect import ModuleOp
from hlox.ir.errors import HloError
from hlox.ir.shapes import ArrayShape

from . import aten_extra, aten_linalg, aten_special, collectives  # noqa: F401 - their rules
from .aten import LOWERINGS
from .context import LoweringContext, Unsupported, hlo_dtype, is_value

aten = torch.ops.aten

# Python-level functions on SymInts/SymFloats/SymBools that appear in graphs.
SYMBOLIC_FUNCTIONS = {
    operator.add, operator.sub, operator.mul, operator.floordiv, operator.truediv,
    operator.mod, operator.neg, operator.pow, operator.eq, operator.ne, operator.lt,
    operator.le, operator.gt, operator.ge, operator.and_, operator.or_, operator.not_,
    operator.abs, math.ceil, math.floor, math.sqrt, math.trunc,
    torch.sym_float, torch.sym_int, torch.sym_max, torch.sym_min, torch.sym_not,
    torch.sym_sqrt, torch.sym_ite,
}
SIZE_QUERIES = {aten.sym_size.int, aten.sym_stride.int, aten.sym_numel.default,
                aten.sym_storage_offset.default}


def concrete(value):
    """A SymInt/SymFloat/SymBool as the Python number it stands for (its hint)."""
    if isinstance(value, torch.SymInt):
        return optimization_hint(value, fallback=8)
    if isinstance(value, (torch.SymFloat, torch.SymBool)):
        hint = value.node.hint
        if hint is None:
            raise ValueError(f"no example value for {value}")
        return type(hint)(hint)
    return value


def describe(value):
    """A graph input as lowering sees it: tensors by shape, everything else by value."""
    if isinstance(value, torch.Tensor):
        return ArrayShape(hlo_dtype(value.dtype), tuple(concrete(d) for d in value.shape))
    return concrete(value)


def memory_order(t: torch.Tensor) -> tuple[int, ...] | None:
    """The dimensions of a tensor that is a permutation of a dense row-major array (a
    transposed view), from major to minor in memory; None when it is contiguous or not
    such a permutation (then it is copied at the boundary)."""
    if t.is_contiguous() or t.layout != torch.strided:
        return None
    return _permutation_order(tuple(t.shape), t.stride())


@functools.lru_cache(maxsize=4096)  # one per saved view's (sizes, strides): every call
def _permutation_order(sizes: tuple[int, ...], strides: tuple[int, ...]):
    # size-1 dimensions may have any stride: put them where they cost nothing
    order = tuple(sorted(range(len(sizes)), key=lambda d: (-strides[d], sizes[d] != 1, d)))
    expected = 1
    for d in reversed(order):
        if sizes[d] != 1 and strides[d] != expected:
            return None
        expected *= sizes[d]
    return order


def bind_arguments(op: torch._ops.OpOverload, args: Sequence, kwargs: dict) -> list:
    """The op's schema arguments in order, defaults filled in (a higher-order op, which
    has no schema: its arguments as they are)."""
    if not isinstance(op, torch._ops.OpOverload):
        return list(args)
    bound = []
    for i, arg in enumerate(op._schema.arguments):
        if i < len(args):
            bound.append(args[i])
        elif arg.name in kwargs:
            bound.append(kwargs[arg.name])
        elif arg.has_default_value():
            bound.append(arg.default_value)
        else:
            bound.append(None)
    return bound


def _size_query(op, x: ArrayShape, *args):
    if op is aten.sym_size.int:
        return x.dims[args[0]]
    if op is aten.sym_numel.default:
        return x.size
    if op is aten.sym_storage_offset.default:
        return 0
    strides = [int(math.prod(x.dims[i + 1:])) for i in range(x.rank)]
    return strides[args[0]]


def _meta_tensors(node: torch.fx.Node) -> list:
    val = node.meta.get("val")
    return list(val) if isinstance(val, (list, tuple)) else [val]


def _conform(ctx: LoweringContext, node: torch.fx.Node, result):
    """Check a rule's result against torch's metadata: dtype converted, shape verified."""
    metas = _meta_tensors(node)
    single = not isinstance(result, (list, tuple))
    results = [result] if single else list(result)
    out = []
    for i, value in enumerate(results):
        meta = metas[i] if i < len(metas) else None
        if is_value(value) and isinstance(meta, torch.Tensor):
            value = ctx.convert(value, hlo_dtype(meta.dtype))
            dims = tuple(meta.shape)
            if all(isinstance(d, int) for d in dims) and tuple(ctx.dims(value)) != dims:
                raise Unsupported(f"{node.target} lowered to {ctx.shape(value)}, "
                                  f"torch says {list(dims)}")
        out.append(value)
    return out[0] if single else tuple(out)


def lower_node(ctx: LoweringContext, node: torch.fx.Node, env: dict):
    """The HLO value(s) (or Python value) of one call_function node."""
    args = torch.fx.node.map_arg(node.args, lambda n: env[n])
    kwargs = torch.fx.node.map_arg(node.kwargs, lambda n: env[n])
    target = node.target
    if target is operator.getitem:
        return args[0][args[1]]
    if target in SYMBOLIC_FUNCTIONS:
        return target(*args, **kwargs)
    if target in SIZE_QUERIES:
        return _size_query(target, ctx.shape(args[0]), *args[1:])
    rule = LOWERINGS.get(target)
    if rule is None:
        raise Unsupported(str(target))
    ctx.node = node
    try:
        with unset_fake_temporarily():  # rules may compute constants with real tensors
            result = rule(ctx, *bind_arguments(target, args, kwargs))
    except (Unsupported, HloError):
        raise
    except Exception as e:  # a rule meeting a use it does not handle
        raise Unsupported(f"{target}: {type(e).__name__}: {e}") from e
    return _conform(ctx, node, result)


# ATen views that keep every input's elements addressable, whatever its strides.
_VIEW_OPS = frozenset({
    torch.ops.aten.permute.default, torch.ops.aten.t.default, torch.ops.aten.transpose.int,
    torch.ops.aten.alias.default, torch.ops.aten.expand.default,
    torch.ops.aten.unsqueeze.default, torch.ops.aten.squeeze.dim,
    torch.ops.aten.squeeze.dims, torch.ops.aten.slice.Tensor, torch.ops.aten.select.int,
})


def _view_of_input(node, input_of: dict) -> tuple[int, list] | None:
    """(input, ops) when `node` is a chain of views over a graph input, else None.

    Such an output (aot_autograd saves `w.t()` of every linear layer for the backward)
    is returned as a torch view of the input, as eager and Inductor do: computed in the
    module it would be a materialised transpose, and one a dot could not fold."""
    ops = []
    while isinstance(node, torch.fx.Node) and node not in input_of:
        if node.op != "call_function" or node.target not in _VIEW_OPS or node.kwargs or any(
                isinstance(a, torch.fx.Node) or (isinstance(a, (list, tuple)) and any(
                    isinstance(b, torch.fx.Node) for b in a)) for a in node.args[1:]):
            return None
        ops.append((node.target, tuple(node.args[1:])))
        node = node.args[0]
    if not ops or not isinstance(node, torch.fx.Node):
        return None
    return input_of[node], ops[::-1]


def apply_view(tensor: torch.Tensor, ops) -> torch.Tensor:
    for op, args in ops:
        tensor = op(tensor, *args)
    return tensor


@dataclass
class LoweredGraph:
    module: ModuleOp
    # where each graph output comes from: ("result", k) the k-th module result,
    # ("input", i) graph input i itself, ("value", v) a Python value (None, an int),
    # ("view", (i, ops)) a view of graph input i: ops, (op, args after the tensor), in order
    outputs: list[tuple[str, Any]]
    # graph input positions passed to the module, in entry parameter order
    parameters: list[int]
    # the process groups of its collectives (global ranks -> torch group name); the
    # module then runs on the world's ranks (frontends/torch/collectives.py)
    process_groups: dict = field(default_factory=dict)


def lower_graph(gm: torch.fx.GraphModule, inputs: Sequence, name: str = "graph",
                parameter_order: Sequence[int] | None = None,
                parameter_names: dict[int, str] | None = None,
                constants: dict[int, Any] | None = None,
                inputs_as_results: bool = False,
                memory_orders: dict[int, tuple[int, ...]] | None = None) -> LoweredGraph:
    """Lower `gm` for `inputs` (see `describe`). Raises Unsupported or HloError.

    `parameter_order` lists the tensor inputs in entry parameter order (default: graph
    order); `constants` maps input positions to numpy arrays embedded as constants
    instead; with `inputs_as_results`, an input returned as is becomes a module result.
    `memory_orders` maps inputs that arrive as a permutation of a row-major array (a
    saved `w.t()`, see `memory_order`) to their dimensions from major to minor: the
    parameter is that array, and a transpose gives the input, which algsimp folds into a
    consuming dot's dimension numbers and fusion into a consuming loop.
    """
    ctx = LoweringContext(name)
    constants = constants or {}
    parameter_names = parameter_names or {}
    placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
    if len(placeholders) != len(inputs):
        raise Unsupported(f"graph takes {len(placeholders)} inputs, given {len(inputs)}")
    env: dict[torch.fx.Node, Any] = {}
    input_of: dict[torch.fx.Node, int] = {}
    tensor_inputs = [i for i, spec in enumerate(inputs)
                     if isinstance(spec, ArrayShape) and i not in constants]
    order = list(parameter_order) if parameter_order is not None else tensor_inputs
    order = [i for i in order if i in tensor_inputs] + [
        i for i in tensor_inputs if i not in order]
    memory_orders = memory_orders or {}
    for i in order:
        name_i = parameter_names.get(i, f"arg{i}")
        physical = memory_orders.get(i)
        if physical is None:
            env[placeholders[i]] = ctx.b.parameter(inputs[i], name=name_i)
            continue
        spec = inputs[i]
        stored = ctx.b.parameter(ArrayShape(spec.dtype, tuple(spec.dims[d] for d in physical)),
                                 name=name_i)
        env[placeholders[i]] = ctx.transpose(stored, [physical.index(d)
                                                      for d in range(spec.rank)])
    for i, array in constants.items():
        env[placeholders[i]] = ctx.b.constant(array)
    for i, (node, spec) in enumerate(zip(placeholders, inputs)):
        input_of[node] = i
        if not isinstance(spec, ArrayShape):
            env[node] = spec
    output_node = None
    for node in gm.graph.nodes:
        if node.op == "placeholder":
            continue
        if node.op == "output":
            output_node = node
            break
        if node.op == "get_attr":
            attr = getattr(gm, node.target)
            if not isinstance(attr, torch.Tensor):
                raise Unsupported(f"graph attribute {node.target}")
            from .aten import _to_numpy
            env[node] = ctx.b.constant(_to_numpy(attr.detach().contiguous()))
            continue
        if node.op != "call_function":
            raise Unsupported(f"{node.op} node {node.target}")
        env[node] = lower_node(ctx, node, env)

    results, outputs, seen = [], [], {}
    flat = output_node.args[0]
    flat = list(flat) if isinstance(flat, (list, tuple)) else [flat]
    for item in flat:
        if isinstance(item, torch.fx.Node) and item in input_of and not inputs_as_results \
                and isinstance(inputs[input_of[item]], ArrayShape):
            outputs.append(("input", input_of[item]))
            continue
        view = None if inputs_as_results else _view_of_input(item, input_of)
        if view is not None and isinstance(inputs[view[0]], ArrayShape) and \
                view[0] not in constants:
            outputs.append(("view", view))
            continue
        value = env[item] if isinstance(item, torch.fx.Node) else item
        if is_value(value):
            if value not in seen:
                seen[value] = len(results)
                results.append(value)
            outputs.append(("result", seen[value]))
        elif value is None or isinstance(value, (int, float, bool)):
            outputs.append(("value", value))
        else:
            raise Unsupported(f"graph output of type {type(value).__name__}")
    module = ctx.finish(results)
    if ctx.process_groups:
        from hlox.ir.collectives import set_device_counts
        set_device_counts(module, torch.distributed.get_world_size(), 1)
    return LoweredGraph(module, outputs, order, ctx.process_groups)


def node_supported(node: torch.fx.Node) -> bool:
    """Whether hlox translates this node: it is lowered alone, at its example shapes."""
    if node.op != "call_function":
        return False
    target = node.target
    if target is operator.getitem or target in SYMBOLIC_FUNCTIONS or target in SIZE_QUERIES:
        return True
    if target not in LOWERINGS:
        return False
    ctx = LoweringContext("probe")
    env: dict = {}
    try:
        for arg in node.all_input_nodes:
            val = arg.meta.get("val")
            if isinstance(val, torch.Tensor):
                env[arg] = ctx.b.parameter(describe(val))
            elif isinstance(val, (list, tuple)) and arg.target is not operator.getitem:
                return False
            elif val is None and "val" not in arg.meta:
                return False
            else:
                env[arg] = concrete(val)
        lower_node(ctx, node, env)
        return True
    except Exception:  # noqa: BLE001 - anything going wrong means "run it eagerly"
        return False
