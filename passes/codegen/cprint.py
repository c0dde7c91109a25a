"""The C emitter: prints the loop-level IR (`loops.py`) as one C translation unit.

One rule per op: `CPrinter.EXPRESSIONS` (op type -> its fully parenthesised C
expression) for the ops that make values, `CPrinter.STATEMENTS` for the rest; functions
and hlox_main are printed by named methods. Every SSA value is a C variable named by its
name hint (the MLIR dump and the C use the same names), except pure values with one use
in the same block, which are printed inline where they are used (constants and buffer
addresses always are). Elementwise ops print through the same
table the rest of hlox uses for their C semantics (`scalar_ops.ELEMENTWISE_RULES`).
"""
from __future__ import annotations

from xdsl.dialects.builtin import (
    BFloat16Type, ComplexType, Float16Type, Float32Type, Float64Type, IndexType, IntegerType,
    MemRefType, Signedness,
)
from xdsl.ir import Block, SSAValue

from hlox.ir.shapes import ELEMENT_TYPES
from hlox.runtime.build import ENTRY_MARK, KERNELS_MARK

from . import loops as K
from .collectives import header as collectives_header, print_collective, print_device_id
from .scalar_ops import ELEMENTWISE_RULES, literal, load_expr, store_expr


def c_type(t) -> str:
    if isinstance(t, IndexType):
        return "int64_t"
    if isinstance(t, IntegerType):
        width = t.width.data
        if width == 1:
            return "uint8_t"
        width = max(width, 8)  # s4, u2, ...: one byte each
        unsigned = t.signedness.data == Signedness.UNSIGNED
        return f"{'u' if unsigned else ''}int{width}_t"
    if isinstance(t, Float32Type):
        return "float"
    if isinstance(t, Float64Type):
        return "double"
    if isinstance(t, (Float16Type, BFloat16Type)):
        return "uint16_t"
    if isinstance(t, ComplexType):
        return f"{c_type(t.element_type)} _Complex"
    if isinstance(t, MemRefType):
        return c_type(t.element_type) + " *"
    raise TypeError(f"no C type for {t}")


def _storage_et(memref: MemRefType) -> str | None:
    """The HLO element type a buffer's bits are converted from / to ("f16", "bf16")."""
    element = memref.element_type
    if isinstance(element, IntegerType) and 1 < element.width.data < 8:
        unsigned = element.signedness.data == Signedness.UNSIGNED
        return f"{'u' if unsigned else 's'}{element.width.data}"
    if isinstance(element, Float16Type):
        return "f16"
    if isinstance(element, BFloat16Type):
        return "bf16"
    return None


_INDEX_INFIX = {"add": "+", "sub": "-", "mul": "*", "div": "/", "rem": "%", "and": "&&",
                "eq": "==", "ne": "!=", "slt": "<", "sle": "<=", "sgt": ">", "sge": ">="}
_INDEX_CALL = {"min": "hlox_min_s64", "max": "hlox_max_s64"}
# always printed where they are used: they cost nothing and have no position
_ALWAYS_INLINE = (K.IndexConstantOp, K.LiteralOp, K.BufferOp, K.ConstantBufferOp)
_PURE = (*_ALWAYS_INLINE, K.IndexBinaryOp, K.IndexCompareOp, K.IndexSelectOp, K.ApplyOp,
         K.CastOp)


def _index_op(self, op) -> str:
    """An index operation: a C operator, or a prelude helper for min / max."""
    kind, lhs, rhs = op.kind.data, self.expr(op.lhs), self.expr(op.rhs)
    if kind in _INDEX_CALL:
        return f"{_INDEX_CALL[kind]}({lhs}, {rhs})"
    return f"({lhs} {_INDEX_INFIX[kind]} {rhs})"


class CPrinter:
    """Prints a `kernel.module` (after buffer assignment: `kernel.buffer` ops placed)."""

    def __init__(self):
        self.lines: list[str] = []
        self.depth = 0

    # ---- expressions
    def inlined(self, value: SSAValue) -> bool:
        op = value.owner
        if isinstance(op, _ALWAYS_INLINE):
            return True
        if not value.has_one_use():
            return False
        use = value.get_user_of_unique_use()
        if use is None or use.parent_block() is not op.parent_block():
            return False
        if isinstance(op, K.ReadOp):  # `acc = acc + x`, unless acc changes in between
            return not _assigned_between(op, self.statement_of(use), op.var)
        return isinstance(op, _PURE)

    def statement_of(self, op):
        """The op whose statement prints `op` (itself, or the user it is inlined into)."""
        while len(op.results) == 1 and self.inlined(op.results[0]):
            op = op.results[0].get_user_of_unique_use()
        return op

    def expr(self, value: SSAValue) -> str:
        if not self.inlined(value):
            return value.name_hint
        return self.rhs(value.owner)

    def rhs(self, op) -> str:
        """The C expression of a value-producing op (its rule in EXPRESSIONS)."""
        rule = self.EXPRESSIONS.get(type(op))
        if rule is None:
            raise TypeError(f"{op.name} has no C expression")
        return rule(self, op)

    def _constant(self, op: K.IndexConstantOp) -> str:
        v = op.value.value.data
        return str(v) if v >= 0 else f"({v})"

    def _literal(self, op: K.LiteralOp) -> str:
        et = ELEMENT_TYPES[op.et.data]
        text = op.value.data
        if et.kind == "complex":
            return literal(et, complex(*(float.fromhex(t) for t in text.split(","))))
        return literal(et, float.fromhex(text) if et.kind == "float" else int(text))

    def _apply(self, op: K.ApplyOp) -> str:
        attrs = {"direction": op.direction.data if op.direction else None,
                 "type": op.compare_type.data if op.compare_type else None}
        return ELEMENTWISE_RULES[op.opcode.data](
            [self.expr(a) for a in op.args], ELEMENT_TYPES[op.et.data],
            ELEMENT_TYPES[op.out_et.data], attrs)

    # One rule per value-producing op: (printer, op) -> a fully parenthesised C expression.
    EXPRESSIONS = {
        K.IndexConstantOp: _constant,
        K.IndexBinaryOp: _index_op,
        K.IndexCompareOp: _index_op,
        K.IndexSelectOp: lambda self, op: (f"({self.expr(op.cond)} ? {self.expr(op.lhs)} : "
                                           f"{self.expr(op.rhs)})"),
        K.LiteralOp: _literal,
        K.ApplyOp: _apply,
        K.CastOp: lambda self, op: f"(({c_type(op.result.type)}){self.expr(op.value)})",
        K.LoadOp: lambda self, op: self.element(op.buf, op.offset, load=True),
        K.ReadOp: lambda self, op: op.var.name_hint,
        K.BufferOp: lambda self, op: _buffer_address(op),
        K.ConstantBufferOp: lambda self, op: f"hlox_const{op.index.value.data}",
        K.CallOp: lambda self, op: (f"{op.callee.data}("
                                    f"{', '.join(self.argument(a) for a in op.args)})"),
    }

    def argument(self, value: SSAValue) -> str:
        if isinstance(value.owner, K.VarOp):
            return f"&{value.name_hint}"  # an out-parameter
        return self.expr(value)

    def element(self, buf: SSAValue, offset: SSAValue, load: bool) -> str:
        text = f"{self.expr(buf)}[{self.expr(offset)}]"
        et = _storage_et(buf.type)
        if load and et:
            return load_expr(ELEMENT_TYPES[et], text)
        return text

    def address(self, buf: SSAValue, offset: SSAValue) -> str:
        off = self.expr(offset)
        return self.expr(buf) if off == "0" else f"{self.expr(buf)} + {off}"

    # ---- statements
    def emit(self, line: str) -> None:
        self.lines.append("  " * self.depth + line)

    def block(self, block: Block) -> None:
        self.depth += 1
        for op in block.ops:
            self.statement(op)
        self.depth -= 1

    def statement(self, op) -> None:
        handler = self.STATEMENTS.get(type(op))
        if handler is not None:
            handler(self, op)
            return
        result = op.results[0]
        if not self.inlined(result):
            self.emit(f"const {c_type(result.type)} {result.name_hint} = {self.rhs(op)};")

    def _var(self, op: K.VarOp) -> None:
        t = c_type(op.result.type.element_type)
        init = f" = {self.expr(op.init)}" if op.init is not None else ""
        self.emit(f"{t} {op.result.name_hint}{init};")

    def _scratch(self, op: K.ScratchOp) -> None:
        t = c_type(op.result.type.element_type)
        self.emit(f"{t} {op.result.name_hint}[{op.elements.value.data}] "
                  f"__attribute__((aligned(64)));")

    def _assign(self, op: K.AssignOp) -> None:
        self.emit(f"{op.var.name_hint} = {self.expr(op.value)};")

    def _store(self, op: K.StoreOp) -> None:
        et = _storage_et(op.buf.type)
        value = self.expr(op.value)
        if et:
            value = store_expr(ELEMENT_TYPES[et], value)
        self.emit(f"{self.element(op.buf, op.offset, load=False)} = {value};")

    def _bitcast(self, op: K.BitcastOp) -> None:
        src, dst = ELEMENT_TYPES[op.et.data], ELEMENT_TYPES[op.out_et.data]
        name = op.result.name_hint
        self.emit(f"{src.c_type} {name}_in = {store_expr(src, self.expr(op.value))}; "
                  f"{dst.c_type} {name}_out; memcpy(&{name}_out, &{name}_in, sizeof {name}_out);")
        self.emit(f"const {c_type(op.result.type)} {name} = {load_expr(dst, name + '_out')};")

    def _call(self, op: K.CallOp) -> None:
        if op.res:
            result = op.res[0]
            self.emit(f"const {c_type(result.type)} {result.name_hint} = {self.rhs(op)};")
        else:
            self.emit(f"{self.rhs(op)};")

    def _for(self, op: K.ForOp) -> None:
        reductions = "".join(f" reduction({kind.data}:{var.name_hint})"
                             for var, kind in zip(op.reduce, op.reduce_kinds or ()))
        if op.parallel:
            simd = " simd" if op.simd else ""
            collapse = f" collapse({op.collapse.value.data})" if op.collapse else ""
            self.emit(f"#pragma omp parallel for{simd}{collapse}{reductions} schedule(static) "
                      f"num_threads({op.threads.value.data})")
        elif op.simd:
            self.emit(f"#pragma omp simd{reductions}")
        i = op.body.block.args[0].name_hint
        step = self.expr(op.step)
        inc = f"{i}++" if step == "1" else f"{i} += {step}"
        self.emit(f"for (int64_t {i} = {self.expr(op.lb)}; {i} < {self.expr(op.ub)}; {inc}) {{")
        self.block(op.body.block)
        self.emit("}")

    def _if(self, op: K.IfOp) -> None:
        self.emit(f"if ({self.expr(op.cond)}) {{")
        self.block(op.then.block)
        if op.otherwise.block.first_op is not None:
            self.emit("} else {")
            self.block(op.otherwise.block)
        self.emit("}")

    def _while(self, op: K.WhileOp) -> None:
        self.emit("for (;;) {")
        self.depth += 1
        for inner in op.cond.block.ops:
            if isinstance(inner, K.ConditionOp):
                self.emit(f"if (!{self.expr(inner.pred)}) break;")
            else:
                self.statement(inner)
        self.depth -= 1
        self.block(op.body.block)
        self.emit("}")

    def _switch(self, op: K.SwitchOp) -> None:
        name = f"branch_{op.selector.name_hint}"
        self.emit(f"const int64_t {name} = {self.expr(op.selector)};")
        for n, region in enumerate(op.branches):
            self.emit(f"{'if' if n == 0 else '} else if'} ({name} == {n}) {{")
            self.block(region.block)
        self.emit("}")

    def _gemm(self, op: K.GemmOp) -> None:
        double = isinstance(op.c.type.element_type, Float64Type)
        ints = [p.value.data for p in (op.m, op.n, op.k)]
        self.emit(f"hlox_{'d' if double else 's'}gemm({int(bool(op.trans_a))}, "
                  f"{int(bool(op.trans_b))}, {ints[0]}, {ints[1]}, {ints[2]}, "
                  f"{self.address(op.a, op.a_offset)}, {op.lda.value.data}, "
                  f"{self.address(op.b, op.b_offset)}, {op.ldb.value.data}, "
                  f"{self.address(op.c, op.c_offset)}, {op.ldc.value.data});")

    def _memcpy(self, op: K.MemcpyOp) -> None:
        self.emit(f"memcpy({self.address(op.dst, op.dst_offset)}, "
                  f"{self.address(op.src, op.src_offset)}, {op.bytes.value.data});")

    def _launch(self, op: K.LaunchOp) -> None:
        self.emit(f"{op.callee.data}({', '.join(self.expr(a) for a in op.args)});")

    def _return(self, op: K.ReturnOp) -> None:
        if len(op.values) == 1 and self.single_result:
            self.emit(f"return {self.expr(op.values[0])};")
        else:
            for n, v in enumerate(op.values):
                self.emit(f"*r{n} = {self.expr(v)};")

    STATEMENTS = {
        K.VarOp: _var, K.ScratchOp: _scratch, K.AssignOp: _assign, K.StoreOp: _store,
        K.BitcastOp: _bitcast,
        K.CallOp: _call, K.ForOp: _for, K.IfOp: _if, K.WhileOp: _while, K.SwitchOp: _switch,
        K.GemmOp: _gemm, K.MemcpyOp: _memcpy, K.LaunchOp: _launch, K.ReturnOp: _return,
        K.CollectiveOp: lambda self, op: print_collective(self, op),
        K.DeviceIdOp: lambda self, op: print_device_id(self, op),
    }

    # ---- functions
    def _body(self, block: Block) -> list[str]:
        self.lines, self.depth = [], 0
        self.block(block)
        return self.lines

    def func(self, op: K.FuncOp) -> str:
        block = op.body.block
        written = {id(x) for inner in op.walk()
                   for x in _written_buffers(inner)}
        params = [f"{'' if id(a) in written else 'const '}{c_type(a.type.element_type)} "
                  f"*restrict {a.name_hint}" for a in block.args]
        # noinline: arena memory is reused across kernels with other element types; a call
        # boundary keeps gcc's type-based alias analysis from reordering those accesses.
        head = (f"__attribute__((noinline)) static void "
                f"{op.sym_name.data}({', '.join(params) or 'void'})")
        return head + " {\n" + "\n".join(self._body(block)) + "\n}\n"

    def scalar_func(self, op: K.ScalarFuncOp) -> str:
        block = op.body.block
        ret = block.last_op
        params = [f"{c_type(a.type)} {a.name_hint}" for a in block.args]
        self.single_result = op.by_pointer is None
        if self.single_result:
            result_type = c_type(ret.values[0].type)
        else:
            result_type = "void"
            params += [f"{c_type(v.type)} *r{n}" for n, v in enumerate(ret.values)]
        return (f"static inline {result_type} {op.sym_name.data}({', '.join(params)}) {{\n"
                + "\n".join(self._body(block)) + "\n}\n")

    def main_func(self, op: K.MainOp) -> list[str]:
        return self._body(op.body.block)

    def module(self, module: K.ModuleOp, prelude: str, constants: list[str]) -> str:
        """The C of the module, laid out for the build's split into translation units
        (runtime/build.py): what every unit needs (prelude, constants, the scalar
        helpers), KERNELS_MARK, the kernels, ENTRY_MARK, hlox_main."""
        shared, kernels = [prelude, *constants, ""], [KERNELS_MARK]
        main: list[str] = []
        for op in module.body.block.ops:
            if isinstance(op, K.FuncOp):
                kernels.append(self.func(op))
            elif isinstance(op, K.ScalarFuncOp):
                shared.append(self.scalar_func(op))
            elif isinstance(op, K.MainOp):
                main = self.main_func(op)
        parts = [*shared, *kernels, ENTRY_MARK]
        if any(isinstance(op, K.GemmOp) for op in module.walk()):
            parts.append(_BLAS)
        if any(isinstance(op, (K.CollectiveOp, K.DeviceIdOp)) for op in module.walk()):
            parts.insert(1, collectives_header())
        parts += [
            "int hlox_main(void **params, void **results, void *arena) {",
            "  char *A = (char *)arena;",
            "  (void)A; (void)params; (void)results;",
            *main,
            "  return 0;",
            "}",
            "",
        ]
        return "\n".join(parts)


# The GEMM provider (the prelude's hlox_sgemm): defined once, with hlox_main, for every
# translation unit. hlox splits GEMMs across its own OpenMP threads (emitters/gemm.py).
# OpenBLAS's own threads would compete with them: libgomp's threads spin between parallel
# loops, and on 2 cores that made every GEMM ~10x slower.
_BLAS = """hlox_fortran_sgemm hlox_sgemm_f;
hlox_fortran_dgemm hlox_dgemm_f;
int (*hlox_blas_threads_f)(int);
void hlox_use_blas(void *sgemm, void *dgemm, void *set_threads_local) {
  hlox_sgemm_f = (hlox_fortran_sgemm)sgemm;
  hlox_dgemm_f = (hlox_fortran_dgemm)dgemm;
  hlox_blas_threads_f = (int (*)(int))set_threads_local;
}
void scipy_openblas_set_num_threads(int);
__attribute__((constructor)) static void hlox_blas_single_threaded(void) {
  scipy_openblas_set_num_threads(1);
}
"""


def _assigned_between(first, last, var: SSAValue) -> bool:
    """Whether an op after `first` and before `last` (same block) may change `var`."""
    op = first.next_op
    while op is not None and op is not last:
        for inner in op.walk():
            if isinstance(inner, K.AssignOp) and inner.var is var or \
                    isinstance(inner, K.CallOp) and var in inner.args:
                return True
        op = op.next_op
    return False


def _buffer_address(op: K.BufferOp) -> str:
    if op.place is None:
        raise ValueError(f"buffer {op.buf.value.data} ({op.label.data}) was never placed")
    ctype = c_type(op.result.type.element_type)
    place, index, offset = op.place.data, op.index.value.data, op.offset.value.data
    base = {"param": f"params[{index}]", "result": f"results[{index}]", "arena": "A",
            "const": f"hlox_const{index}"}[place]
    if offset:
        base = f"(char *){base} + {offset}" if place != "arena" else f"A + {offset}"
        return f"(({ctype} *)({base}))"
    return f"(({ctype} *){base})"


def _written_buffers(op) -> list[SSAValue]:
    if isinstance(op, K.StoreOp):
        return [op.buf]
    if isinstance(op, K.GemmOp):
        return [op.c]
    if isinstance(op, K.MemcpyOp):
        return [op.dst]
    return []
