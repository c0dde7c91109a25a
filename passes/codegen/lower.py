"""Lowering a verified hlo module to one C translation unit.

Top level (`Lowering`): computations are walked in schedule order; every instruction
gets a Buf tree (tuples and get-tuple-element only rearrange trees). A `fusion` (or a
lone instruction) becomes one `Kernel` (a `kernel.func` of the loop-level IR): its root
is a loop nest over the output with the producers inlined by `Gen`; reductions, dots,
convolutions, sorts, scatters... inside it are materialised first (`heavy.py`,
`heavy_indexed.py`). `while`, `conditional` and `call`
become control flow in `kernel.main` (hlox_main), with their state in planned arena
memory. `finish` places the buffers and prints the C from the IR (`cprint.py`).
"""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass

import numpy as np

from hlox.ir.dialect import ComputationOp, Instruction, ModuleOp
from hlox.ir.opcodes import COLLECTIVE, ELEMENTWISE
from hlox.ir.shapes import ArrayShape, TupleShape, flatten_shape

from xdsl.ir import Region

from . import loops as K
from .collectives import CollectiveTable, lower_collective
from .cprint import CPrinter
from .gen import CodegenError, Gen
from .kernel import (
    INDEX, PARALLEL_WORK, Buf, Kernel, compute_xdsl, layout_strides, leaves, order_of,
    row_major_strides,
)
from .prelude import PRELUDE
from .scalar_ops import storage_literal, storage_type

ARENA_ALIGN = 64
# Place temporaries in entry results that are not written yet: scratch memory before their
# first write (fresh per call, read by nothing else). mlp_grad, causal_attention and
# transformer_block need it to fit in XLA's temp size.
RESULT_SCRATCH = True


@dataclass
class CProgram:
    source: str
    arena_bytes: int
    kernels: int
    params: list
    results: list
    loop_ir: str  # the loop-level IR (MLIR text) the source is printed from
    buffer_assignment: str
    link_blas: bool
    constants: list  # the C definitions of the constant arrays (data, not code)
    collectives: object = None  # runtime.communicator.CollectivePlan, when it has any


# Ops computed into a buffer before their consumers read it (not inlined per element).
HEAVY = frozenset({"reduce", "dot", "convolution", "reduce-window", "select-and-scatter",
                   "scatter", "sort", "rng-bit-generator", "fusion"})
CONTROL = frozenset({"while", "conditional", "call"})


def _is_heavy(inst: Instruction) -> bool:
    if inst.opcode in HEAVY:
        return True
    if inst.opcode == "bitcast-convert":  # sub-byte ones are computed per element (gen.py)
        out, src = inst.shape.element_type, inst.operand_shapes[0].element_type
        return out.itemsize != src.itemsize and min(out.bits, src.bits) >= 8
    return False


class Lowering:
    def __init__(self, module: ModuleOp, threads: int):
        self.module = module
        self.threads = max(1, int(threads))
        self.comps = module.computation_table()
        self.bufs: list[Buf] = []
        self.const_text: list[str] = []
        self.const_bufs: dict[int, Buf] = {}
        self.functions: list = []  # kernel.func / kernel.scalar_func ops, in order
        self.scalar_fns: dict[str, str] = {}
        self.main = Kernel("hlox_main", self.threads, kind="main")
        self.pos = 0  # hlox_main statements so far: the positions of live ranges
        self.kernel_count = 0
        self.link_blas = False
        self.names: set[str] = set()
        self.kernel_made: set = set()  # instructions whose buffers a kernel wrote
        self.spans: list[tuple[int, int]] = []  # loops and branches (hlox_main positions)
        self.collectives = CollectiveTable(module)

    # ---------------------------------------------------------------- buffers
    def new_buf(self, shape: ArrayShape, label: str, kind: str = "temp", index: int = 0,
                strides=None) -> Buf:
        if strides is None:
            strides = layout_strides(shape) if kind == "temp" else row_major_strides(shape.dims)
        buf = Buf(len(self.bufs), shape, kind, index, label, tuple(strides))
        self.bufs.append(buf)
        return buf

    def new_tree(self, shape, label: str):
        if isinstance(shape, TupleShape):
            return tuple(self.new_tree(e, f"{label}.{i}") for i, e in enumerate(shape.elements))
        return self.new_buf(shape, label)

    def use(self, buf: Buf) -> None:
        if buf.base is not None:
            self.use(buf.base)
        if buf.first < 0:
            buf.first = self.pos
        buf.last = max(buf.last, self.pos)

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
    def statement(self) -> None:
        """One more statement (one line of C) in hlox_main."""
        self.pos += 1

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
            self.use(buf)
        self.functions.append(k.op)
        self.kernel_count += k.loop_nests
        self.main.add(K.LaunchOp.build(operands=[[self.main.ptr(b).ssa for b in k.buffers()]],
                                       properties={"callee": K.str_attr(k.name)}))
        self.statement()

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
        dests = self._result_destinations(entry, results)
        root_tree = self.lower_computation(entry, env, dests)
        for j, (buf, res) in enumerate(zip(leaves(root_tree), results)):
            if buf is not res:
                self.copy(buf, res)
        return self.finish(params, result_leaves)

    def _result_destinations(self, comp: ComputationOp, results: list[Buf]) -> dict:
        """Which instructions write straight into results[j]."""
        dests: dict = {}
        claimed: set[int] = set()

        def visit(inst, tree_slice):
            if inst.opcode == "tuple":
                offset = 0
                parts = []
                for v in inst.operands:
                    n = len(flatten_shape(v.owner.shape))
                    visit(v.owner, tree_slice[offset:offset + n])
                    offset += n
                return parts
            if (inst.opcode == "get-tuple-element" and inst.operands[0].owner.opcode == "while"
                    and isinstance(inst.shape, ArrayShape)):
                # the while keeps that state leaf in the result buffer itself
                loop = inst.operands[0].owner
                leaf = _flat_leaf_index(loop.shape, inst.attr("index"))
                plan = dests.setdefault(loop, WhilePlan())
                plan.results.setdefault(leaf, tree_slice[0])
                return None
            if inst.opcode in ("parameter", "constant", "get-tuple-element", "while",
                               "conditional", "call", "opt-barrier"):
                return None
            if id(inst) in claimed:
                return None
            claimed.add(id(inst))
            if isinstance(inst.shape, ArrayShape):
                dests[inst] = tree_slice[0]
            else:
                dests[inst] = _rebuild(inst.shape, iter(tree_slice))
            return None

        visit(comp.root, results)
        return dests

    def lower_computation(self, comp: ComputationOp, env: dict, dests: dict | None = None):
        """Emit a (non-fused) computation; returns the root's Buf tree."""
        from hlox.passes.schedule import schedule_computation

        env = dict(env)
        dests = dict(dests or {})
        order = schedule_computation(comp)
        uses: dict[int, int] = {}
        for inst in order:
            for v in inst.operands:
                uses[id(v.owner)] = uses.get(id(v.owner), 0) + 1
        uses[id(comp.root)] = uses.get(id(comp.root), 0) + 1
        scheduled = {id(i) for i in order}
        self._comp_root = comp.root, scheduled
        # A while whose state leaf lives in a result buffer: its initial value's producer
        # writes straight there when nothing else reads it.
        for inst in order:
            plan = dests.get(inst)
            if inst.opcode != "while" or not isinstance(plan, WhilePlan):
                continue
            for j, producer in _while_init_producers(inst).items():
                if (j in plan.results and producer not in dests and producer not in env
                        and uses.get(id(inst.operands[0].owner)) == 1
                        and uses.get(id(producer)) == 1 and isinstance(producer.shape, ArrayShape)
                        and producer.opcode not in _ALIASING and producer.opcode not in CONTROL
                        and producer.opcode not in ("constant", "parameter")):
                    dests[producer] = plan.results[j]
        for inst in order:
            if inst in env:
                continue
            if inst.opcode == "while":
                plan = dests.get(inst)
                if not isinstance(plan, WhilePlan):
                    plan = dests[inst] = WhilePlan()
                init_tuple = inst.operands[0].owner
                for j, producer in _while_init_producers(inst).items():
                    buf = env.get(producer)
                    if (uses.get(id(init_tuple)) == 1 and uses.get(id(producer)) == 1
                            and isinstance(buf, Buf) and buf.base is None
                            and (buf.kind == "temp" or buf is plan.results.get(j))
                            and producer in self.kernel_made and producer.opcode not in _ALIASING
                            and producer.opcode not in CONTROL
                            and buf.strides == layout_strides(buf.shape)):
                        plan.donated.add(j)
            if inst not in dests:
                reuse = self._reusable_operand(inst, env, uses)
                if reuse is not None:
                    dests[inst] = reuse
            if inst not in dests:
                # dynamic-update-slice over a temporary nobody else reads: update it in place
                target = _dus_target(self, inst)
                if target is not None:
                    producer = inst.operands[target].owner
                    buf = env.get(producer)
                    if (isinstance(buf, Buf) and buf.kind == "temp" and buf.base is None
                            and uses.get(id(producer)) == 1 and producer.opcode not in _ALIASING
                            and producer.opcode not in CONTROL and producer in self.kernel_made):
                        dests[inst] = buf
            self._comp_root = comp.root, scheduled  # (nested computations change it)
            env[inst] = self.lower_instruction(inst, env, dests.get(inst))
        return env[comp.root]

    def _last_reader(self, producer, inst, reads: int, env: dict, uses: dict) -> bool:
        """`inst` is the last reader of `producer`'s buffer: every other (scheduled) user is a
        kernel already emitted, none of them a view, tuple or control flow that would keep
        reading the memory later."""
        if uses.get(id(producer)) == reads:
            return True
        root, scheduled = self._comp_root
        if producer is root:
            return False
        others = 0
        for use in producer.result.uses:
            user = use.operation
            if user is inst:
                continue
            if not isinstance(user, Instruction):
                return False
            if id(user) not in scheduled:
                continue  # not scheduled (dead)
            if (user not in env or user.opcode in _ALIASING or user.opcode in CONTROL
                    or user.opcode == "constant"):
                return False
            others += 1
        return uses.get(id(producer)) == reads + others

    def _reusable_operand(self, inst: Instruction, env: dict, uses: dict) -> Buf | None:
        """A dead operand buffer an elementwise kernel can overwrite (read and written at the
        same index, same type and layout)."""
        shape = inst.shape
        if not isinstance(shape, ArrayShape) or shape.size == 0:
            return None
        if inst.opcode in ELEMENTWISE:
            candidates = list(range(len(inst.operands)))
        elif inst.opcode == "fusion":
            comp = self.comps[inst.attr("calls")]
            candidates = [p.attr("parameter_number") for p in comp.parameters()
                          if _same_index_param(comp, p)]
        else:
            return None
        strides = layout_strides(shape)
        for n in candidates:
            producer = inst.operands[n].owner
            buf = env.get(producer)
            slots = [m for m, v in enumerate(inst.operands) if v.owner is producer]
            if any(m not in candidates for m in slots):
                continue  # also read at other indices
            if (isinstance(buf, Buf) and buf.kind == "temp" and buf.base is None
                    and self._last_reader(producer, inst, len(slots), env, uses)
                    and producer in self.kernel_made
                    and producer.opcode not in _ALIASING and buf.shape.dtype == shape.dtype
                    and buf.shape.dims == shape.dims and buf.strides == strides):
                return buf
        return None

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
        self.kernel_made.add(inst)
        if op == "fusion":
            comp = self.comps[inst.attr("calls")]
            fenv = {p: operands[p.attr("parameter_number")] for p in comp.parameters()}
            self.emit_kernel(comp.root, fenv, dest, inst.hlo_name)
        else:
            kenv = {v.owner: env[v.owner] for v in inst.operands}
            self.emit_kernel(inst, kenv, dest, inst.hlo_name)
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
        root = src.base or src
        buf = Buf(len(self.bufs), shape, root.kind, root.index, inst.hlo_name, strides,
                  base=root)
        self.bufs.append(buf)
        return buf

    # ---------------------------------------------------------------- kernels
    def emit_kernel(self, root: Instruction, env: dict, dest, label: str) -> None:
        from .heavy import RULES as HEAVY_RULES
        from .heavy_indexed import RULES as INDEXED_RULES

        k = self.new_kernel(label)
        g = Gen(k, dict(env), self)
        # Root leaves: (instruction, destination Buf tree).
        root_leaves: list = []

        def collect(inst, tree):
            source = g.lookup(inst)
            if isinstance(source, Instruction) and source.opcode == "tuple":
                for v, t in zip(source.operands, tree):
                    collect(v.owner, t)
            else:
                root_leaves.append((inst, tree))

        collect(root, dest)
        if self.emit_rows(g, root, root_leaves, label):
            self.finish_kernel(k, label)
            return
        # Materialise heavy instructions in topological order.
        dest_of = {}
        written_by_heavy = set()
        for n, (inst, tree) in enumerate(root_leaves):
            source = g.lookup(inst)
            if isinstance(source, Instruction) and _is_heavy(source) and source not in dest_of:
                dest_of[source] = tree
                written_by_heavy.add(n)
        if isinstance(dest, Buf) and len(root_leaves) == 1 and not written_by_heavy:
            inner = _heavy_into_dest(g, root, dest)
            if inner is not None:
                dest_of[inner] = dest  # computed in place; the epilogue reads it at its index
        done = set()
        for inst in _topological(root, g):
            if not _is_heavy(inst):
                continue
            tree = dest_of.get(inst)
            if tree is None:
                tree = self.new_tree(inst.shape, f"{label}/{inst.hlo_name}")
            rule = HEAVY_RULES.get(inst.opcode) or INDEXED_RULES.get(inst.opcode)
            if rule is None:
                raise CodegenError(f"no lowering for '{inst.opcode}' ({inst.hlo_name})")
            rule(self, g, inst, tree)
            g.env[inst] = tree
            done.add(id(tree) if not isinstance(tree, Buf) else tree.id)
        # Inline root leaves, grouped by dimensions: one loop nest writes several outputs.
        groups: dict = {}
        for n, (inst, tree) in enumerate(root_leaves):
            if n in written_by_heavy:
                continue
            for leaf_inst, buf in _leaf_pairs(g, inst, tree):
                if self.emit_dus_in_place(g, leaf_inst, buf, label):
                    continue
                groups.setdefault(buf.shape.dims, []).append((leaf_inst, buf))
        for dims, pairs in groups.items():
            first = pairs[0][1]
            order = order_of(first.strides, dims)
            work = int(np.prod(dims, dtype=np.int64)) * max(1, _cost(pairs))

            def body(idx, pairs=pairs):
                values = [g.value(inst, idx) for inst, _ in pairs]
                for (inst, buf), value in zip(pairs, values):
                    k.store(buf, idx, value)

            k.loop_nest(dims, order, body, work=work, label=label)
        self.finish_kernel(k, label)

    def emit_rows(self, g: Gen, root: Instruction, root_leaves: list, label: str) -> bool:
        """A kernel whose reductions all reduce the minor dimension of [rows..., n] and whose
        other values are per-row elementwise: one loop over rows, each row reduced and
        written by inner loops that stay in cache (softmax, layernorm). False: not such a
        kernel, nothing emitted."""
        plan = _row_plan(g, root, root_leaves)
        if plan is None:
            return False
        from .heavy import reduce_accs

        k = g.k
        rows, n, reduces, full_pairs, row_pairs, dependent = plan
        order = [d for d in range(len(rows)) if rows[d] > 1]
        work = int(np.prod(rows, dtype=np.int64)) * n * (len(reduces) + len(full_pairs)) * 4
        parallel = self.threads > 1 and work >= PARALLEL_WORK and order
        k.loop_nests += 1
        ridx: list = [0] * len(rows)
        with ExitStack() as stack:
            for m, d in enumerate(order):
                ridx[d] = stack.enter_context(k.loop(
                    rows[d], parallel=bool(m == 0 and parallel), collapse=len(order),
                    source=f"{label} (rows)" if m == 0 else None))
            if not order:
                stack.enter_context(k.inside_scope())
            # A reduced value the outputs use again (softmax's exp) is written into an output
            # row as it is reduced and read back from there (in L1) instead of recomputed.
            free = [buf for _, buf in full_pairs]
            needed = _reachable([inst for inst, _ in full_pairs], g)
            for inst in reduces:
                operand = g.lookup(inst.operands[0].owner)
                spill = None
                # (only values computed from a reduction: they are read at their own index or
                # by the row's reductions, never at another row, see _row_plan)
                if isinstance(operand, Instruction) and id(operand) in needed \
                        and id(operand) in dependent:
                    spill = next((b for b in free if b.shape.dtype == operand.shape.dtype
                                  and b.shape.dtype in ("f32", "f64")), None)
                _row_values(g, [inst.operands[0].owner], ridx, rows)
                accs = reduce_accs(self, g, inst, ridx, spill=spill)
                g.env[inst] = accs[0]
                if spill is not None:
                    free.remove(spill)
                    g.env[operand] = spill
            for inst, buf in row_pairs:
                k.store(buf, ridx, g.value(inst, ridx))
            if full_pairs:
                _row_values(g, [inst for inst, _ in full_pairs], ridx, rows)
                with k.loop(n, simd=True, source=None if order else f"{label} (rows)") as j:
                    idx = [*ridx, j]
                    values = [g.value(inst, idx) for inst, _ in full_pairs]
                    for (inst, buf), value in zip(full_pairs, values):
                        k.store(buf, idx, value)
        return True

    def emit_dus_in_place(self, g: Gen, inst, buf: Buf, label: str) -> bool:
        """dynamic-update-slice whose operand already is `buf`: write only the window."""
        from .gen import _start_indices

        source = g.lookup(inst)
        if not (isinstance(source, Instruction) and source.opcode == "dynamic-update-slice"):
            return False
        operand = g.lookup(source.operands[0].owner)
        if not (isinstance(operand, Buf) and (operand.base or operand) is buf
                and operand.strides == buf.strides):
            return False
        k = g.k
        in_dims = source.operand_shapes[0].dims
        upd_dims = source.operand_shapes[1].dims

        def body(idx):
            starts = _start_indices(g, source, 2, in_dims, upd_dims)
            k.store(buf, [s + i for s, i in zip(starts, idx)], g.operand(source, 1, idx))

        k.loop_nest(upd_dims, list(range(len(upd_dims))), body,
                    work=int(np.prod(upd_dims, dtype=np.int64)), label=f"{label} (in place)")
        return True

    # ---------------------------------------------------------------- copies
    def copy(self, src: Buf, dst: Buf) -> None:
        if src is dst or src.shape.size == 0:
            return
        if src.strides == dst.strides or src.shape.rank == 0:
            self.use(src)
            self.use(dst)
            self.main.memcpy(dst, src, src.nbytes)
            self.statement()
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
        passthrough = _passthrough_leaves(body)
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
        state = _rebuild(inst.shape, iter(chosen))
        self.copy_tree(init, state)
        start = self.pos
        loop_op = self.main.while_()
        self.statement()  # for (;;) {
        (cparam,) = cond.parameters()
        with self.main.inside(loop_op.cond):
            pred = self.lower_computation(cond, {cparam: state})
            self.use(pred)
            self.main.condition(self.main.load(pred, [0] * pred.shape.rank))
            self.statement()  # if (!pred) break;
        (bparam,) = body.parameters()
        with self.main.inside(loop_op.body):
            new = self.lower_computation(body, {bparam: state},
                                         _in_place_updates(self, body, state))
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
        self.statement()  # }
        self._extend_over_loop(start)
        return state

    def _result_regions(self) -> list:
        """(result Buf, free_until): entry results are scratch memory until the first
        statement that touches them (the start of the loop or branch it is in)."""
        regions = []
        for r in self.bufs:
            if r.kind != "result" or r.base is not None or r.first < 0 or r.nbytes == 0:
                continue
            free_until = r.first
            for start, end in self.spans:
                if start <= free_until <= end:
                    free_until = min(free_until, start)
            if free_until > 0:
                regions.append((r, free_until))
        return regions

    def _extend_over_loop(self, start: int) -> None:
        """Buffers defined before a loop and used inside it stay live to its end."""
        end = self.pos
        self.spans.append((start, end))
        for buf in self.bufs:
            if buf.first < start <= buf.last:
                buf.last = max(buf.last, end)

    def lower_conditional(self, inst: Instruction, operands):
        selector = leaves(operands[0])[0]
        names = inst.attr("branch_computations")
        if names is None:
            names = (inst.attr("true_computation"), inst.attr("false_computation"))
        out = self.new_tree(inst.shape, inst.hlo_name)
        self.use(selector)
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
        self.statement()  # const int64_t branch = ...;
        start = self.pos
        for n, name in enumerate(names):
            comp = self.comps[name]
            self.statement()  # if / } else if (branch == n) {
            with m.inside(switch_op.branches[n]):
                args = {p: operands[1 + n] for p in comp.parameters()}  # one parameter each
                result = self.lower_computation(comp, args)
                self.copy_tree(result, out)
        self.statement()  # }
        self._extend_over_loop(start)
        return out

    # ---------------------------------------------------------------- the translation unit
    def finish(self, params, result_leaves) -> CProgram:
        from hlox.passes.buffer_assignment import assign_offsets, describe

        temps = [b for b in self.bufs if b.kind == "temp" and b.first >= 0 and b.base is None]
        regions = self._result_regions() if RESULT_SCRATCH else []
        arena = assign_offsets(temps, ARENA_ALIGN, regions)
        module = assemble(self.functions, self.main, self.bufs, arena)
        return CProgram(
            source=CPrinter().module(module, PRELUDE, self.const_text), arena_bytes=arena,
            kernels=self.kernel_count, params=params, results=result_leaves,
            loop_ir=K.print_ir(module), buffer_assignment=describe(self.bufs, arena),
            link_blas=self.link_blas, constants=list(self.const_text),
            collectives=self.collectives.plan())


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


class WhilePlan:
    """Where a while keeps its state: `results` (flat leaf -> result Buf) and the leaves
    whose initial buffer nobody else reads (`donated`: updated in place)."""

    def __init__(self):
        self.results: dict[int, Buf] = {}
        self.donated: set[int] = set()


def _flat_leaf_index(shape, index: int) -> int:
    return sum(len(flatten_shape(e)) for e in shape.elements[:index])


def _while_init_producers(inst: Instruction) -> dict:
    """Flat state leaf -> the instruction producing its initial value (array operands of
    the init tuple only)."""
    init = inst.operands[0].owner
    if init.opcode != "tuple":
        return {}
    out, j = {}, 0
    for v in init.operands:
        n = len(flatten_shape(v.owner.shape))
        if isinstance(v.owner.shape, ArrayShape):
            out[j] = v.owner
        j += n
    return out


def _passthrough_leaves(body: ComputationOp) -> set[int]:
    """Flat state leaves the body returns unchanged (root operand j is gte(param, j))."""
    root = body.root
    (param,) = body.parameters()
    if root.opcode != "tuple" or not isinstance(param.shape, TupleShape):
        return set()
    out, j = set(), 0
    for n, v in enumerate(root.operands):
        owner = v.owner
        if (isinstance(owner.shape, ArrayShape) and owner.opcode == "get-tuple-element"
                and owner.operands[0].owner is param and owner.attr("index") == n):
            out.add(j)
        j += len(flatten_shape(owner.shape))
    return out


def _rebuild(shape, it):
    if isinstance(shape, TupleShape):
        return tuple(_rebuild(e, it) for e in shape.elements)
    return next(it)


def _tuple_leaves(g: Gen, inst) -> list:
    source = g.lookup(inst)
    if isinstance(source, Instruction) and source.opcode == "tuple":
        return [leaf for v in source.operands for leaf in _tuple_leaves(g, v.owner)]
    return [inst]


def _leaf_pairs(g: Gen, inst, tree) -> list:
    """(value, destination Buf) pairs; a tuple read from buffers is copied leaf by leaf."""
    if isinstance(tree, Buf):
        return [(inst, tree)]
    source = g.lookup(inst)
    if isinstance(source, tuple):
        return [pair for n, t in enumerate(tree) for pair in _leaf_pairs(g, source[n], t)]
    raise CodegenError(f"cannot store tuple-shaped {inst.hlo_name}")


def _row_values(g: Gen, starts, ridx, rows: tuple) -> None:
    """Compute, once per row (before an inner loop), the per-row values broadcast along
    the row that `starts` use: the memo hands them to the inner loop."""
    rank = len(rows)
    seen, stack = set(), [g.lookup(s) for s in starts]
    while stack:
        inst = stack.pop()
        if not isinstance(inst, Instruction) or id(inst) in seen or _is_heavy(inst):
            continue
        seen.add(id(inst))
        if inst.opcode == "broadcast" and tuple(inst.operand_shapes[0].dims) == rows \
                and tuple(inst.shape.dims[:rank]) == rows and inst.shape.rank == rank + 1 \
                and tuple(inst.attr("dimensions")) == tuple(range(rank)):
            g.value(inst.operands[0].owner, ridx)
        stack.extend(g.lookup(v.owner) for v in inst.operands)


def _reachable(starts, g: Gen) -> set:
    """ids of the instructions computed per element for `starts` (not read from buffers,
    not through the reductions)."""
    seen, stack = set(), [g.lookup(s) for s in starts]
    while stack:
        inst = stack.pop()
        if not isinstance(inst, Instruction) or id(inst) in seen:
            continue
        seen.add(id(inst))
        if _is_heavy(inst):
            continue
        stack.extend(g.lookup(v.owner) for v in inst.operands)
    return seen


def _row_plan(g: Gen, root: Instruction, root_leaves: list):
    """(rows, n, reduces, full pairs, row pairs, ids of the values computed from the
    reductions) for a row-fusable kernel, else None.

    Every reduction reduces exactly the last dimension of a row-major [rows..., n] value
    (one result, not f16/bf16, n > 0); everything computed from a reduction is elementwise
    on [rows...] or [rows..., n], or a broadcast of [rows...] along the rows; the kernel's
    outputs are [rows..., n] (unit stride along rows) or [rows...] (reductions or per-row
    values), and none of them is memory the kernel reads.
    """
    order = _topological(root, g)
    reduces = [i for i in order if _is_heavy(i)]
    if not reduces or any(i.opcode != "reduce" or len(i.operands) != 2 for i in reduces):
        return None
    shape0 = reduces[0].operand_shapes[0]
    full = tuple(shape0.dims)
    if len(full) < 2 or any(d == 0 for d in full):
        return None
    rows, n = full[:-1], full[-1]
    last = len(full) - 1
    for r in reduces:
        s = r.operand_shapes[0]
        if tuple(s.dims) != full or tuple(r.attr("dimensions")) != (last,) \
                or s.minor_to_major[0] != last \
                or r.shape.element_type.name in ("f16", "bf16"):
            return None
    heavy = {id(r) for r in reduces}
    dependent: set = set(heavy)
    bcast_dims = tuple(range(len(rows)))
    for inst in order:
        if id(inst) in heavy:
            if any(id(g.lookup(v.owner)) in dependent for v in inst.operands[1:]):
                return None
            continue
        ops = [g.lookup(v.owner) for v in inst.operands]
        if inst.opcode == "tuple" or not any(
                isinstance(o, Instruction) and id(o) in dependent for o in ops):
            continue  # (tuples: their leaves are checked as outputs below)
        if not isinstance(inst.shape, ArrayShape):
            return None
        dims = tuple(inst.shape.dims)
        if inst.opcode in ELEMENTWISE and dims in (full, rows):
            dependent.add(id(inst))
        elif inst.opcode == "broadcast" and dims == full \
                and tuple(inst.operand_shapes[0].dims) == rows \
                and tuple(inst.attr("dimensions")) == bcast_dims:
            dependent.add(id(inst))
        else:
            return None
    read = set()
    for value in g.env.values():
        if isinstance(value, (Buf, tuple)):
            read.update(id(b.base or b) for b in leaves(value))
    full_pairs, row_pairs, reduce_outs = [], [], []
    for inst, tree in root_leaves:
        source = g.lookup(inst)
        if not isinstance(tree, Buf) or not isinstance(source, Instruction):
            return None
        if id(tree.base or tree) in read:
            return None
        dims = tuple(tree.shape.dims)
        if source.opcode == "dynamic-update-slice" or (
                _is_heavy(source) and id(source) not in heavy):
            return None
        if dims == full and tree.strides[-1] == 1 and not _is_heavy(source):
            full_pairs.append((inst, tree))
        elif dims == rows:
            row_pairs.append((inst, tree))
        else:
            return None
    return rows, n, reduces, full_pairs, row_pairs, dependent


def _topological(root: Instruction, g: Gen) -> list[Instruction]:
    """Instructions reachable from root (not crossing materialised values), operands first."""
    order, seen = [], set()
    stack = [(root, False)]
    while stack:
        inst, expanded = stack.pop()
        if expanded:
            order.append(inst)
            continue
        if id(inst) in seen or inst in g.env:
            continue
        seen.add(id(inst))
        stack.append((inst, True))
        for v in reversed(inst.operands):
            stack.append((v.owner, False))
    return order


_ALIASING = frozenset({"parameter", "get-tuple-element", "tuple", "opt-barrier", "transpose",
                       "reshape", "bitcast", "copy"})


def _in_place_updates(lowering, body: ComputationOp, state) -> dict:
    """Body root leaves that can be computed straight into the while state buffers.

    Leaf j's producer P may write state leaf j when P is a kernel (not control flow or a
    view), P does not read leaf j itself, and every other reader of leaf j is scheduled
    before P. Values are tracked by the set of state leaves their memory may alias.
    """
    from hlox.passes.schedule import schedule_computation

    state_leaves = leaves(state)
    order = schedule_computation(body)
    position = {id(inst): n for n, inst in enumerate(order)}
    flat_index = {}

    def tree_indices(shape, start):
        if isinstance(shape, TupleShape):
            out, offset = [], start
            for e in shape.elements:
                sub = tree_indices(e, offset)
                out.append(sub)
                offset += len(flatten_shape(e))
            return tuple(out)
        return start

    alias: dict[int, object] = {}  # id(inst) -> nested tuple of leaf-index sets, or a set
    (param,) = body.parameters()

    def as_sets(tree):
        if isinstance(tree, tuple):
            return tuple(as_sets(t) for t in tree)
        return {tree}

    def union(tree) -> set:
        if isinstance(tree, tuple):
            return set().union(*[union(t) for t in tree]) if tree else set()
        return set(tree)

    alias[id(param)] = as_sets(tree_indices(param.shape, 0))
    last_reader = [-1] * len(state_leaves)
    for inst in order:
        ops = [alias.get(id(v.owner), set()) for v in inst.operands]
        if inst.opcode == "parameter":
            continue
        if inst.opcode == "get-tuple-element":
            base = ops[0]
            alias[id(inst)] = base[inst.attr("index")] if isinstance(base, tuple) else set(base)
            continue
        if inst.opcode == "tuple":
            alias[id(inst)] = tuple(ops)
            continue
        if inst.opcode in _ALIASING:
            alias[id(inst)] = union(ops[0]) if ops else set()
            continue
        alias[id(inst)] = set()
        for tree in ops:
            for j in union(tree):
                last_reader[j] = max(last_reader[j], position[id(inst)])
        flat_index[id(inst)] = {j for tree in ops for j in union(tree)}
    root = body.root
    if root.opcode != "tuple":
        return {}
    root_leaves = []

    def collect(inst):
        if inst.opcode == "tuple":
            for v in inst.operands:
                collect(v.owner)
        else:
            root_leaves.extend([inst] * len(flatten_shape(inst.shape)))

    collect(root)
    if len(root_leaves) != len(state_leaves):
        return {}
    dests, seen = {}, {}
    for inst in root_leaves:
        seen[id(inst)] = seen.get(id(inst), 0) + 1
    for j, inst in enumerate(root_leaves):
        if (inst.opcode in _ALIASING or inst.opcode in CONTROL or inst.opcode == "constant"
                or seen[id(inst)] != 1 or not isinstance(inst.shape, ArrayShape)):
            continue
        if last_reader[j] > position[id(inst)]:
            continue
        if j in flat_index.get(id(inst), set()):
            # only a dynamic-update-slice of leaf j itself may read it (it keeps the rest)
            target = _dus_target(lowering, inst)
            if target is None:
                continue
            owners = [v.owner for v in inst.operands]
            if owners[target].opcode != "get-tuple-element":
                continue  # a view might change the layout: the window must land in place
            if union(alias.get(id(owners[target]), set())) != {j} or any(
                    j in union(alias.get(id(o), set())) for n, o in enumerate(owners)
                    if n != target):
                continue
        dests[inst] = state_leaves[j]
    return dests


def _heavy_into_dest(g: Gen, root: Instruction, dest: Buf):
    """A heavy instruction inside a kernel that can be computed straight into `dest`.

    It must have dest's dimensions, type and layout, reach the (elementwise) root only
    through same-dimension elementwise ops (the epilogue reads it at the index it then
    writes), and the kernel must not read `dest` otherwise. Heavy users of it are
    materialised before the epilogue runs, so they may read it anywhere.
    """
    source = g.lookup(root)
    if not isinstance(source, Instruction) or source.opcode not in ELEMENTWISE:
        return None
    if dest.base is not None or dest.kind not in ("temp", "result"):
        return None
    for value in g.env.values():
        if isinstance(value, (Buf, tuple)) and any(
                (b.base or b) is dest for b in leaves(value)):
            return None
    dims = dest.shape.dims
    stack, seen, found = [source], set(), None
    while stack:
        inst = stack.pop()
        if id(inst) in seen:
            continue
        seen.add(id(inst))
        for v in inst.operands:
            op = g.lookup(v.owner)
            if not isinstance(op, Instruction):
                continue
            if _is_heavy(op) and found is None and isinstance(op.shape, ArrayShape) \
                    and op.shape.dims == dims and op.shape.dtype == dest.shape.dtype \
                    and layout_strides(op.shape) == dest.strides:
                if _reaches_root_elementwise(op, source):
                    found = op
            elif op.opcode in ELEMENTWISE and isinstance(op.shape, ArrayShape) \
                    and op.shape.dims == dims:
                stack.append(op)
    return found


def _elementwise_closure(start: Instruction, root: Instruction) -> set | None:
    """The ids of `start` and of every user reached from it through elementwise ops of the
    root's dimensions, up to `root` (heavy users other than the root are skipped: they are
    materialised before the root's loop); None if any other user is met."""
    dims = root.shape.dims
    stack, seen = [start], set()
    while stack:
        inst = stack.pop()
        if id(inst) in seen:
            continue
        seen.add(id(inst))
        for use in inst.result.uses:
            user = use.operation
            if not isinstance(user, Instruction):  # the computation's return
                if inst is not root:
                    return None
                continue
            if _is_heavy(user) and user is not root:
                continue
            if user.opcode not in ELEMENTWISE or not isinstance(user.shape, ArrayShape) \
                    or user.shape.dims != dims:
                return None
            stack.append(user)
    return seen


def _reaches_root_elementwise(start: Instruction, root: Instruction) -> bool:
    """Every user of `start` (not crossing heavy instructions) is a same-dimension
    elementwise op, up to `root`."""
    seen = _elementwise_closure(start, root)
    return seen is not None and id(root) in seen


def _same_index_param(comp: ComputationOp, param) -> bool:
    """Every use of `param` reaches the array root through elementwise ops only, or is
    read by a heavy instruction (materialised before the root loop writes anything)."""
    root = comp.root
    if not isinstance(root.shape, ArrayShape) or not isinstance(param.shape, ArrayShape):
        return False
    if param.shape.dims != root.shape.dims or param.shape.dtype != root.shape.dtype:
        return False
    if root.opcode not in ELEMENTWISE:
        return False
    return _elementwise_closure(param, root) is not None


def _dus_target(lowering, inst) -> int | None:
    """Operand number whose buffer a dynamic-update-slice (or a fusion rooted at one) updates."""
    if inst.opcode == "dynamic-update-slice":
        return 0
    if inst.opcode == "fusion":
        comp = lowering.comps[inst.attr("calls")]
        root = comp.root
        if root.opcode == "dynamic-update-slice" and root.operands[0].owner.opcode == "parameter":
            param = root.operands[0].owner
            # the parameter must not be read elsewhere in the fusion (the window is overwritten)
            if len(list(param.result.uses)) == 1:
                return param.attr("parameter_number")
    return None


def _cost(pairs) -> int:
    return len(pairs) * 4


def generate_module(module: ModuleOp, threads: int = 2) -> CProgram:
    return Lowering(module, threads).lower_entry()
