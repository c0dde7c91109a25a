"""Lowering a verified hlo module to one C translation unit.

Top level (`Lowering`): computations are walked in schedule order; every instruction
gets a Buf tree (tuples and get-tuple-element only rearrange trees). A `fusion` (or a
lone instruction) becomes one `Kernel` (a `kernel.func` of the loop-level IR): its root
is a loop nest over the output with the producers inlined by `Gen`; reductions, dots,
convolutions, sorts, scatters... inside it are materialised first (`heavy.py`,
`heavy_indexed.py`). `while`, `conditional` and `call`
become control flow in `kernel.main` (hlox_main), with their state in planned arena
memory. Where each value lives is the memory plan's (`passes/memory_plan.py`): lowering
creates buffers through it, records their uses at schedule positions and asks its
predicates before it overwrites anything. `finish` places the buffers and prints the C
from the IR (`cprint.py`).
"""
from __future__ import annotations

import functools

from dataclasses import dataclass

import numpy as np

from hlox.ir.dialect import ComputationOp, Instruction, ModuleOp
from hlox.ir.opcodes import COLLECTIVE
from hlox.ir.shapes import ArrayShape, flatten_shape
from hlox.passes.memory_plan import (
    MemoryPlan, WhilePlan, leaves, passthrough_leaves, rebuild,
)

from xdsl.ir import Region

from . import loops as K
from .collectives import CollectiveTable, lower_collective
from .cprint import CPrinter
from .loop_passes import run_loop_passes
from .emitters import EMITTERS, kind_of
from .gen import CodegenError, Gen
from .kernel import (
    INDEX, Buf, Kernel, compute_xdsl, layout_strides, order_of,
    row_major_strides,
)
from .prelude import PRELUDE
from .scalar_ops import storage_literal, storage_type



@dataclass
class CProgram:
    source: str
    arena_bytes: int
    kernels: int
    params: list
    results: list
    loop_module: object  # the loop-level IR (kernel.module) the source is printed from
    buffer_assignment: str
    memory_plan: str  # the plan as JSON (MemoryPlan.to_json: buffers, steps, decisions)
    link_blas: bool
    constants: list  # the C definitions of the constant arrays (data, not code)
    collectives: object = None  # runtime.communicator.CollectivePlan, when it has any

    @functools.cached_property
    def loop_ir(self) -> str:
        """The loop-level IR as MLIR text (the .loops.mlir dump): printed only when asked
        for, as it is ~15% of a big module's Python time."""
        return K.print_ir(self.loop_module)


class Lowering:
    def __init__(self, module: ModuleOp, threads: int, dumper=None):
        self.module = module
        self.threads = max(1, int(threads))
        self.dumper = dumper  # hlox.dumps.Dumper (the loop IR after each loop pass) or None
        self.comps = module.computation_table()
        self.plan = MemoryPlan(module)
        self.const_text: list[str] = []
        self.const_bufs: dict[int, Buf] = {}
        self.functions: list = []  # kernel.func / kernel.scalar_func ops, in order
        self.scalar_fns: dict[str, str] = {}
        self.main = Kernel("hlox_main", self.threads, kind="main")
        self.kernel_count = 0
        self.link_blas = False
        self.names: set[str] = set()
        self.collectives = CollectiveTable(module)

    # ---------------------------------------------------------------- buffers
    def new_buf(self, shape: ArrayShape, label: str, kind: str = "temp", index: int = 0,
                strides=None) -> Buf:
        return self.plan.new_buf(shape, label, kind, index, strides)

    def new_tree(self, shape, label: str):
        return self.plan.new_tree(shape, label)

    def constant_buf(self, inst: Instruction) -> Buf:
        key = id(inst)
        if key in self.const_bufs:
            return self.const_bufs[key]
        shape = inst.shape
        array = np.ascontiguousarray(inst.attr("literal").array).reshape(-1)
        number = len(self.const_bufs)
        buf = self.new_buf(shape, inst.hlo_name, "const", number)
        et = shape.element_type
        values = ", ".join(storage_literal(et, v) for v in array) if array.size else "0"
        self.const_text.append(f"static const {storage_type(et)} hlox_const{number}"
                               f"[{max(array.size, 1)}] __attribute__((aligned(64))) = "
                               f"{{{values}}};")
        self.const_bufs[key] = buf
        return buf

    # ---------------------------------------------------------------- hlox_main
    def unique(self, base: str) -> str:
        clean = "".join(ch if ch.isalnum() else "_" for ch in base)[:40] or "k"
        name, n = f"k_{clean}", 1
        while name in self.names:
            n += 1
            name = f"k_{clean}_{n}"
        self.names.add(name)
        return name

    def new_kernel(self, label: str) -> Kernel:
        return Kernel(self.unique(label), self.threads, label=label)

    def finish_kernel(self, k: Kernel, label: str) -> None:
        if k.is_empty():
            return
        k.finish()
        for buf in k.buffers():
            self.plan.use(buf)
        self.functions.append(k.op)
        self.kernel_count += k.loop_nests
        self.main.add(K.LaunchOp.build(operands=[[self.main.ptr(b).ssa for b in k.buffers()]],
                                       properties={"callee": K.str_attr(k.name)}))

    # ---------------------------------------------------------------- scalar computations
    def scalar_fn(self, comp_name: str) -> tuple[str, list[ArrayShape]]:
        """A `kernel.scalar_func` for a scalar computation (reducer, comparator...).

        Returns its name and its result leaves; a single result is returned by value,
        several through pointers appended to the parameters.
        """
        comp = self.comps[comp_name]
        outs = flatten_shape(comp.result_shape)
        if comp_name in self.scalar_fns:
            return self.scalar_fns[comp_name], outs
        name = self.unique("f_" + comp_name).replace("k_f_", "s_", 1)
        params = comp.parameters()
        for p in params:
            if not isinstance(p.shape, ArrayShape) or p.shape.rank:
                raise CodegenError(f"computation '{comp_name}' must take scalars")
        k = Kernel(name, 1, kind="scalar",
                   arg_types=[compute_xdsl(p.shape.element_type) for p in params])
        g = Gen(k, dict(zip(params, k.args)), self)
        root = comp.root
        if isinstance(comp.result_shape, ArrayShape):
            values = [g.value(root, [])]
        else:
            values = [g.value(inst, []) for inst in _tuple_leaves(g, root)]
        if k.params:
            raise CodegenError(f"computation '{comp_name}' reads arrays")
        k.add(K.ReturnOp.build(operands=[[v.ssa for v in values]]))
        if len(values) > 1:
            k.op.properties["by_pointer"] = K.UnitAttr()
        k.finish()
        self.functions.append(k.op)
        self.scalar_fns[comp_name] = name
        return name, outs

    # ---------------------------------------------------------------- computations
    def lower_entry(self) -> CProgram:
        entry = self.module.entry_computation
        params = []
        env = {}
        for p in entry.parameters():
            shape = p.shape
            if not isinstance(shape, ArrayShape):
                raise CodegenError(f"entry parameter {p.hlo_name} must be an array, not {shape}")
            params.append(shape)
            env[p] = self.new_buf(shape, p.hlo_name, "param", p.attr("parameter_number"))
        result_leaves = flatten_shape(entry.result_shape)
        results = [self.new_buf(s, f"result {j}", "result", j) for j, s in enumerate(result_leaves)]
        dests = self.plan.result_destinations(entry, results)
        root_tree = self.lower_computation(entry, env, dests)
        pairs = [(buf, res) for buf, res in zip(leaves(root_tree), results) if buf is not res]
        if pairs:
            self.plan.step("copy results")
        for buf, res in pairs:
            self.copy(buf, res)
        return self.finish(params, result_leaves)

    def lower_computation(self, comp: ComputationOp, env: dict, dests: dict | None = None):
        """Emit a (non-fused) computation in schedule order; returns the root's Buf tree."""
        plan = self.plan
        env = dict(env)
        dests = dict(dests or {})
        plan.while_results_from_producers(comp, dests)
        for inst in plan.schedule(comp):
            if inst in env:
                continue
            if inst.opcode == "while":
                state = dests.get(inst)
                if not isinstance(state, WhilePlan):
                    state = dests[inst] = WhilePlan()
                plan.donate_while_state(comp, inst, env, state)
            if inst not in dests:
                reuse = plan.reusable_operand(comp, inst, env)
                if reuse is not None:
                    dests[inst] = reuse
            if inst not in dests:
                # dynamic-update-slice over a temporary nobody else reads: update it in place
                target = plan.dus_target(inst)
                buf = env.get(inst.operands[target].owner) if target is not None else None
                if plan.may_update_in_place(comp, inst, buf):
                    plan.decide("update-in-place", inst, buf)
                    dests[inst] = buf
            plan.step(inst.hlo_name)
            env[inst] = self.lower_instruction(inst, env, dests.get(inst))
        return env[comp.root]

    def lower_instruction(self, inst: Instruction, env: dict, dest):
        op = inst.opcode
        operands = [env[v.owner] for v in inst.operands]
        if op == "parameter":
            raise CodegenError(f"parameter {inst.hlo_name} has no value")
        if op == "constant":
            if dest is not None:
                self.copy(self.constant_buf(inst), dest)
                return dest
            return self.constant_buf(inst)
        if op == "tuple":
            return tuple(operands)
        if op == "get-tuple-element":
            return operands[0][inst.attr("index")]
        if op == "opt-barrier":
            return operands[0]
        if op == "call":
            comp = self.comps[inst.attr("to_apply")]
            args = {p: operands[p.attr("parameter_number")] for p in comp.parameters()}
            return self.lower_computation(comp, args)
        if op == "while":
            return self.lower_while(inst, operands[0], dest)
        if op == "conditional":
            return self.lower_conditional(inst, operands)
        if op in COLLECTIVE:
            return lower_collective(self, inst, operands, dest)
        if dest is None:
            view = self.view(inst, operands)
            if view is not None:
                return view
            dest = self.new_tree(inst.shape, inst.hlo_name)
        self.plan.kernel_made.add(inst)
        EMITTERS[kind_of(self, inst)](self, inst, operands, dest)
        return dest

    def view(self, inst: Instruction, operands) -> Buf | None:
        """Transpose, and reshape / bitcast of dense buffers, as views: no code, no copy."""
        if inst.opcode not in ("transpose", "reshape", "bitcast", "copy") or \
                not isinstance(operands[0], Buf):
            return None
        src: Buf = operands[0]
        shape = inst.shape
        if shape.dtype != src.shape.dtype:
            return None
        if inst.opcode == "transpose":
            strides = tuple(src.strides[p] for p in inst.attr("dimensions"))
        elif inst.opcode == "reshape" and src.strides == row_major_strides(src.shape.dims):
            strides = row_major_strides(shape.dims)
        elif inst.opcode == "bitcast" and src.strides == layout_strides(src.shape):
            strides = layout_strides(shape)
        elif inst.opcode == "copy" and src.kind in ("temp", "const", "param") and \
                src.strides == layout_strides(shape):
            strides = src.strides  # a copy that changes nothing (its operand is not mutated)
        else:
            return None
        return self.plan.new_view(src, shape, inst.hlo_name, strides)

    # ---------------------------------------------------------------- kernels
    # ---------------------------------------------------------------- copies
    def copy(self, src: Buf, dst: Buf) -> None:
        if src is dst or src.shape.size == 0:
            return
        if src.strides == dst.strides or src.shape.rank == 0:
            self.plan.use(src)
            self.plan.use(dst)
            self.main.memcpy(dst, src, src.nbytes)
            return
        k = self.new_kernel(f"copy_{src.label}")
        work = src.shape.size

        def body(idx):
            k.store(dst, idx, k.load(src, idx))

        k.loop_nest(src.shape.dims, order_of(dst.strides, src.shape.dims), body, work=work,
                    label="copy")
        self.finish_kernel(k, "copy")

    def copy_tree(self, src, dst) -> None:
        for s, d in zip(leaves(src), leaves(dst)):
            self.copy(s, d)

    # ---------------------------------------------------------------- control flow
    def lower_while(self, inst: Instruction, init, plan=None):
        cond = self.comps[inst.attr("condition")]
        body = self.comps[inst.attr("body")]
        plan = plan if isinstance(plan, WhilePlan) else WhilePlan()
        init_leaves = leaves(init)
        counts: dict[int, int] = {}
        for b in init_leaves:
            counts[(b.base or b).id] = counts.get((b.base or b).id, 0) + 1
        passthrough = passthrough_leaves(body)
        fresh = iter(leaves(self.new_tree(inst.shape, inst.hlo_name)))
        chosen = []
        for j, (b, new) in enumerate(zip(init_leaves, fresh)):
            if j in passthrough:
                chosen.append(b)  # never written in the loop: read the initial value
            elif j in plan.donated and counts[(b.base or b).id] == 1:
                chosen.append(b)  # nobody else reads the initial value: update it in place
            elif j in plan.results:
                chosen.append(plan.results[j])
            else:
                chosen.append(new)
        state = rebuild(inst.shape, iter(chosen))
        self.copy_tree(init, state)
        start = self.plan.begin_span(inst.hlo_name)
        loop_op = self.main.while_()
        (cparam,) = cond.parameters()
        with self.main.inside(loop_op.cond):
            pred = self.lower_computation(cond, {cparam: state})
            self.plan.use(pred)
            self.main.condition(self.main.load(pred, [0] * pred.shape.rank))
        (bparam,) = body.parameters()
        with self.main.inside(loop_op.body):
            new = self.lower_computation(body, {bparam: state},
                                         self.plan.body_in_state(body, state))
            state_leaves = leaves(state)
            state_ids = {b.id for b in state_leaves}
            pending = []
            for src, dst in zip(leaves(new), state_leaves):
                if src is dst:
                    continue
                if (src.base or src).id in state_ids or src.kind in ("param", "const"):
                    tmp = self.new_buf(src.shape, f"{inst.hlo_name}/carry")
                    self.copy(src, tmp)
                    src = tmp
                pending.append((src, dst))
            for src, dst in pending:
                self.copy(src, dst)
        self.plan.end_span(start, inst.hlo_name)
        return state

    def lower_conditional(self, inst: Instruction, operands):
        selector = leaves(operands[0])[0]
        names = inst.attr("branch_computations")
        if names is None:
            names = (inst.attr("true_computation"), inst.attr("false_computation"))
        out = self.new_tree(inst.shape, inst.hlo_name)
        self.plan.use(selector)
        m = self.main
        raw = m.cast(m.load(selector, [0] * selector.shape.rank), INDEX)
        if selector.et.name == "pred":
            branch = m.select(raw.ne(0), 0, 1)
        else:  # out of range: the last branch
            last = len(names) - 1
            branch = m.select(raw.lt(0), last, m.select(raw.ge(len(names)), last, raw))
        switch_op = K.SwitchOp.build(operands=[m.index(branch).ssa],
                                     regions=[[K.new_region() for _ in names]])
        m.add(switch_op)
        start = self.plan.begin_span(inst.hlo_name)
        for n, name in enumerate(names):
            comp = self.comps[name]
            with m.inside(switch_op.branches[n]):
                args = {p: operands[1 + n] for p in comp.parameters()}  # one parameter each
                result = self.lower_computation(comp, args)
                self.copy_tree(result, out)
        self.plan.end_span(start, inst.hlo_name)
        return out

    # ---------------------------------------------------------------- the translation unit
    def finish(self, params, result_leaves) -> CProgram:
        arena = self.plan.place()
        module = assemble(self.functions, self.main, self.plan.bufs, arena)
        run_loop_passes(module, self.threads, self.dumper)
        return CProgram(
            source=CPrinter().module(module, PRELUDE, self.const_text), arena_bytes=arena,
            kernels=self.kernel_count, params=params, results=result_leaves,
            loop_module=module, buffer_assignment=self.plan.describe(),
            memory_plan=self.plan.to_json(), link_blas=self.link_blas,
            constants=list(self.const_text), collectives=self.collectives.plan())


# ---------------------------------------------------------------- helpers

def assemble(functions: list, main: Kernel, bufs: list[Buf], arena: int) -> K.ModuleOp:
    """The `kernel.module` of the kernels and hlox_main, once buffer assignment has placed
    the buffers (each `kernel.buffer` gets its place)."""
    main.finish()
    by_id = {b.id: b for b in bufs}
    for op in main.root.ops:
        if isinstance(op, K.BufferOp):
            place, index, offset = by_id[op.buf.value.data].place()
            op.properties.update(place=K.str_attr(place), index=K.int_attr(index),
                                 offset=K.int_attr(offset))
    main_op = K.MainOp.create(properties={"arena_bytes": K.int_attr(arena)},
                              regions=[Region(main.root)])
    return K.ModuleOp.create(regions=[Region(K.Block([*functions, main_op]))])


def _tuple_leaves(g: Gen, inst) -> list:
    source = g.lookup(inst)
    if isinstance(source, Instruction) and source.opcode == "tuple":
        return [leaf for v in source.operands for leaf in _tuple_leaves(g, v.owner)]
    return [inst]


def generate_module(module: ModuleOp, threads: int = 2) -> CProgram:
    return Lowering(module, threads).lower_entry()
