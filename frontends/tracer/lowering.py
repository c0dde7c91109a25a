"""Lowering a jaxpr to an HLO module with `hlox.ir.builder`, one rule per primitive."""
from __future__ import annotations

import numpy as np

from hlox.ir.builder import ComputationBuilder, ModuleBuilder, value_shape
from hlox.ir.shapes import ArrayShape, TupleShape, element_type_of_dtype

from .core import Jaxpr, Lit, ShapedArray, lowering_rules, make_jaxpr_flat, to_numpy


def hlo_shape(aval: ShapedArray) -> ArrayShape:
    return ArrayShape(element_type_of_dtype(aval.dtype).name, aval.shape)


def hlo_dtype(dtype) -> str:
    return element_type_of_dtype(np.dtype(dtype)).name


class LoweringContext:
    """What a lowering rule sees: the computation being built (`cb`) and the module."""

    def __init__(self, module: ModuleBuilder, cb: ComputationBuilder):
        self.module = module
        self.cb = cb
        self._reducers: dict = {}

    def op(self, opcode, *operands, shape=None, **attrs):
        return self.cb.op(opcode, *operands, shape=shape, **attrs)

    def constant(self, value, dtype):
        return self.cb.constant(np.asarray(value, dtype=dtype))

    def scalar_computation(self, opcode: str, dtype, num_operands: int = 2) -> str:
        """A computation `(a, b) -> a <opcode> b` on scalars (reducers, scatter combiners)."""
        key = (opcode, np.dtype(dtype), num_operands)
        name = self.module_reducers().get(key)
        if name is None:
            comp = self.module.computation(f"{opcode}.{hlo_dtype(dtype)}")
            params = [comp.parameter(ArrayShape(hlo_dtype(dtype), ()))
                      for _ in range(num_operands)]
            if opcode == "take-second":
                root = params[1]
            else:
                root = comp.op(opcode, *params)
            comp.build(root)
            name = comp.name
            self.module_reducers()[key] = name
        return name

    def module_reducers(self) -> dict:
        reducers = getattr(self.module, "_hlox_reducers", None)
        if reducers is None:
            reducers = self.module._hlox_reducers = {}
        return reducers

    def sub_computation(self, jaxpr: Jaxpr, name: str, tuple_param: bool = True,
                        tuple_result: bool = True) -> str:
        """Lower `jaxpr` as a computation taking one tuple of its inputs (as while/conditional
        bodies do) and returning a tuple of its outputs."""
        comp = self.module.computation(name)
        ctx = LoweringContext(self.module, comp)
        if tuple_param:
            tup = comp.parameter(TupleShape(tuple(hlo_shape(a) for a in jaxpr.in_avals)))
            args = [comp.op("get-tuple-element", tup, index=i) for i in range(len(jaxpr.in_avals))]
        else:
            args = [comp.parameter(hlo_shape(a)) for a in jaxpr.in_avals]
        outs = lower_jaxpr_body(ctx, jaxpr, args)
        if tuple_result:
            root = comp.op("tuple", *outs)
        else:
            (root,) = outs
        comp.build(root)
        return comp.name


def lower_jaxpr_body(ctx: LoweringContext, jaxpr: Jaxpr, args: list) -> list:
    env: dict[int, object] = {}

    def read(x):
        if isinstance(x, Lit):
            return ctx.constant(to_numpy(x.val), x.aval.dtype)
        return env[x.id]

    for v, a in zip(jaxpr.in_binders, args):
        env[v.id] = a
    for eqn in jaxpr.eqns:
        rule = lowering_rules.get(eqn.primitive)
        if rule is None:
            raise NotImplementedError(f"no HLO lowering for primitive '{eqn.primitive}'")
        avals_in = [x.aval for x in eqn.inputs]
        avals_out = [v.aval for v in eqn.out_binders]
        outs = rule(ctx, avals_in, avals_out, *[read(x) for x in eqn.inputs], **eqn.params)
        for v, o in zip(eqn.out_binders, outs):
            env[v.id] = o
    return [read(x) for x in jaxpr.outs]


def build_traced(module: ModuleBuilder, cb: ComputationBuilder, fn, *values) -> list:
    """`fn` (hlox.numpy arrays -> a list of them) traced over the HLO values `values` and
    built into `cb`: how the other frontends reach the tracer's numerics (hlox.numpy's
    factorizations, hlox.lax's special functions) without copies of them."""
    avals = [ShapedArray(value_shape(v).dims, value_shape(v).np_dtype) for v in values]
    jaxpr, consts = make_jaxpr_flat(lambda *xs: list(fn(*xs)), avals)
    constants = [cb.constant(np.asarray(to_numpy(c))) for c in consts]
    return lower_jaxpr_body(LoweringContext(module, cb), jaxpr, constants + list(values))


def lower_jaxpr(jaxpr: Jaxpr, consts: list, name: str = "jit_fn", hoisted=frozenset()):
    """The HLO module of a jaxpr whose first `len(consts)` binders are constants and whose
    other binders are the entry parameters. Constants become HLO constants, except those
    whose positions are in `hoisted`: they become extra entry parameters after the others
    (so that big closed-over arrays stay out of the text). A single output is the root;
    several outputs become a tuple."""
    module = ModuleBuilder(_sanitize(name))
    main = module.computation("main")
    ctx = LoweringContext(module, main)
    params = [main.parameter(hlo_shape(v.aval)) for v in jaxpr.in_binders[len(consts):]]
    const_vals = [None if k in hoisted else main.constant(np.array(to_numpy(c), order="C"))
                  for k, c in enumerate(consts)]
    for k in sorted(hoisted):
        const_vals[k] = main.parameter(hlo_shape(jaxpr.in_binders[k].aval))
    outs = lower_jaxpr_body(ctx, jaxpr, const_vals + params)
    if len(outs) == 1:
        root = outs[0]
        if root.owner.opcode == "parameter" or root.owner.opcode == "constant":
            root = main.op("copy", root)
    else:
        root = main.op("tuple", *outs)
    main.build(root)
    built = module.build(entry=main.name)
    devices = getattr(module, "_hlox_devices", 1)  # set by a shard_map's lowering
    if devices > 1:
        from hlox.ir.collectives import set_device_counts
        set_device_counts(built, 1, devices)
    return built


def _sanitize(name: str) -> str:
    out = "".join(ch if ch.isalnum() or ch in "_.-" else "_" for ch in name)
    return out if out and (out[0].isalpha() or out[0] == "_") else "jit_" + out
