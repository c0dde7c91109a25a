"""Printer for canonical HLO text, accepted by hlox's parser and by XLA's.

Canonical means: the short form JAX prints (no `%`, operands by name only, every
shape with its layout), computations ordered callees first with ENTRY last,
attributes in the order of the opcode table, defaults left out, instruction names
unique in the whole module. Printing is a fixed point of parse-then-print.
"""
from __future__ import annotations

import re

import numpy as np

from .attributes import (
    ATTRIBUTE_DEFAULTS, ATTRIBUTE_KINDS, BOOL, COMPUTATION, COMPUTATIONS, FLOAT, INT, INT_PAIRS, INTS,
    PADDING, RAW, REPLICA_GROUPS, SLICE, WINDOW, WORD, ExplicitGroups, IotaGroups, Literal,
    MeshGroups, Window,
)
from .dialect import ComputationOp, HloAttr, Instruction, ModuleOp
from .opcodes import OPS, UNIVERSAL_ATTRS
from .collectives import DEVICE_COUNT_ATTRS
from .shapes import ArrayShape, format_shape

_VALID_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")


def _format_int_list(values) -> str:
    return "{" + ",".join(str(v) for v in values) + "}"


def format_window(window: Window) -> str:
    if not window.dims:
        return "{}"
    fields = [("size", [str(d.size) for d in window.dims])]
    optional = [
        ("stride", [str(d.stride) for d in window.dims], "1"),
        ("pad", [f"{d.pad_low}_{d.pad_high}" for d in window.dims], "0_0"),
        ("lhs_dilate", [str(d.base_dilation) for d in window.dims], "1"),
        ("rhs_dilate", [str(d.window_dilation) for d in window.dims], "1"),
        ("rhs_reversal", [str(int(d.reversal)) for d in window.dims], "0"),
    ]
    for key, values, default in optional:
        if any(v != default for v in values):
            fields.append((key, values))
    return "{" + " ".join(f"{k}={'x'.join(v)}" for k, v in fields) + "}"


def format_attribute(name: str, value, rename=lambda n: n) -> str:
    kind = ATTRIBUTE_KINDS[name]
    if kind == INT:
        return str(value)
    if kind == FLOAT:
        return repr(float(value))
    if kind == INTS:
        return _format_int_list(value)
    if kind == BOOL:
        return "true" if value else "false"
    if kind == WORD:
        return str(value)
    if kind == COMPUTATION:
        return rename(value)
    if kind == COMPUTATIONS:
        return "{" + ", ".join(rename(v) for v in value) + "}"
    if kind == SLICE:
        return "{" + ", ".join(f"[{s.start}:{s.limit}:{s.stride}]" for s in value) + "}"
    if kind == PADDING:
        return "x".join(f"{p.low}_{p.high}" + (f"_{p.interior}" if p.interior else "")
                        for p in value)
    if kind == WINDOW:
        return format_window(value)
    if kind == REPLICA_GROUPS:
        return format_replica_groups(value)
    if kind == INT_PAIRS:
        return "{" + ",".join(_format_int_list(p) for p in value) + "}"
    if kind == RAW:
        return value
    raise AssertionError(kind)


def format_replica_groups(groups) -> str:
    """In the spelling it was written in (XLA prints all three)."""
    if isinstance(groups, ExplicitGroups):
        return "{" + ",".join(_format_int_list(g) for g in groups.explicit) + "}"
    if isinstance(groups, IotaGroups):
        perm = f"T({','.join(map(str, groups.perm))})" if groups.perm else ""
        return (f"[{groups.num_groups},{groups.group_size}]<="
                f"[{','.join(map(str, groups.reshape_dims))}]{perm}")
    assert isinstance(groups, MeshGroups)
    mesh = ",".join(f"'{name}'={size}" for name, size in groups.mesh)
    axes = ",".join(f"'{a.name}'" + (f":({a.pre_size}){a.size}" if a.size else "")
                    for a in groups.axes)
    return f"mesh[{mesh}] {{{axes}}}"


def _format_scalar(value, dtype: np.dtype) -> str:
    if dtype.kind == "c":
        part = np.dtype(np.float64 if dtype == np.complex128 else np.float32)
        return f"({_format_scalar(value.real, part)}, {_format_scalar(value.imag, part)})"
    if dtype == np.bool_:
        return "true" if value else "false"
    if np.issubdtype(dtype, np.integer):
        return str(int(value))
    value = float(value)
    if np.isnan(value):
        return "-nan" if np.signbit(value) else "nan"
    if np.isinf(value):
        return "-inf" if value < 0 else "inf"
    # Shortest text that reads back to the same value in the literal's own precision.
    as_type = np.float64 if dtype == np.float64 else np.float32
    text = np.format_float_positional(as_type(value), unique=True, trim="-")
    if len(text) > 16:
        text = np.format_float_scientific(as_type(value), unique=True, trim="-")
    return text


def format_literal(literal: Literal) -> str:
    array = literal.array
    if array.ndim == 0:
        return _format_scalar(array.item() if array.dtype != np.bool_ else bool(array),
                              array.dtype)
    flat = [_format_scalar(v, array.dtype) for v in array.reshape(-1).tolist()]

    def nest(dims, offset) -> tuple[str, int]:
        if len(dims) == 1:
            return "{" + ", ".join(flat[offset:offset + dims[0]]) + "}", offset + dims[0]
        parts = []
        for _ in range(dims[0]):
            text, offset = nest(dims[1:], offset)
            parts.append(text)
        return "{ " + ", ".join(parts) + " }", offset

    return nest(list(array.shape), 0)[0]


class _Names:
    """Module-wide unique, valid instruction and computation names."""

    def __init__(self):
        self.used: set[str] = set()

    def fresh(self, wanted: str) -> str:
        base = wanted if _VALID_NAME.fullmatch(wanted) else (
            re.sub(r"[^A-Za-z0-9_.\-]", "_", wanted) or "x")
        if not re.match(r"[A-Za-z_]", base):
            base = "_" + base
        name, counter = base, 1
        while name in self.used:
            name = f"{base}.{counter}"
            counter += 1
        self.used.add(name)
        return name


def _callees(comp: ComputationOp) -> list[str]:
    return [name for op in comp.instructions() for name in op.called_computations]


def computation_order(module: ModuleOp) -> list[ComputationOp]:
    """Callees before callers, the entry computation last (post-order from the entry)."""
    table = module.computation_table()
    order: list[ComputationOp] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        stack = [(name, False)]
        while stack:
            current, done = stack.pop()
            if done:
                order.append(table[current])
                continue
            if current in seen or current not in table:
                continue
            seen.add(current)
            stack.append((current, True))
            for callee in reversed(_callees(table[current])):
                stack.append((callee, False))

    entry = module.entry.data
    for comp in module.computations():  # unreachable computations keep their place
        if comp.comp_name != entry:
            visit(comp.comp_name)
    visit(entry)
    return order


def _instruction_order(comp: ComputationOp) -> list[Instruction]:
    """Block order with parameters first, by number (as XLA prints them)."""
    params = comp.parameters()
    return params + [op for op in comp.instructions() if op.opcode != "parameter"]


def print_module(module: ModuleOp) -> str:
    names = _Names()
    comps = computation_order(module)
    comp_names = {c.comp_name: names.fresh(c.comp_name) for c in comps}
    inst_names: dict[int, str] = {}
    for comp in comps:
        for op in _instruction_order(comp):
            inst_names[id(op)] = names.fresh(op.hlo_name)
    entry = module.entry_computation
    params = ", ".join(format_shape(s) for s in entry.parameter_shapes)
    header = (f"HloModule {names.fresh(module.module_name) if False else _module_name(module)}, "
              f"entry_computation_layout={{({params})->{format_shape(entry.result_shape)}}}")
    for key, default in DEVICE_COUNT_ATTRS.items():
        count = module.attributes.get(key)
        if count is not None and count.data != default:
            header += f", {key}={count.data}"
    parts = [header, ""]
    rename = lambda n: comp_names.get(n, n)  # noqa: E731
    for comp in comps:
        prefix = "ENTRY " if comp is entry else ""
        lines = [f"{prefix}{comp_names[comp.comp_name]} {{"]
        root = comp.root
        for op in _instruction_order(comp):
            lines.append("  " + format_instruction(op, inst_names, rename, op is root))
        lines.append("}")
        parts.append("\n".join(lines))
        parts.append("")
    return "\n".join(parts)


def _module_name(module: ModuleOp) -> str:
    name = module.module_name
    return name if _VALID_NAME.fullmatch(name) else re.sub(r"[^A-Za-z0-9_.\-]", "_", name) or "m"


def format_instruction(op: Instruction, inst_names: dict[int, str], rename=lambda n: n,
                       is_root: bool = False) -> str:
    name = inst_names.get(id(op), op.hlo_name)
    if op.opcode == "parameter":
        body = f"parameter({op.attr('parameter_number')})"
    elif op.opcode == "constant":
        body = f"constant({format_literal(op.attr('literal'))})"
    else:
        operand_names = [inst_names.get(id(v.owner), getattr(v.owner, "hlo_name", "?"))
                         for v in op.operands]
        body = f"{op.opcode}({', '.join(operand_names)})"
    attrs = []
    for key in OPS[op.opcode].attrs + UNIVERSAL_ATTRS:
        value = op.attr(key)
        if key in ("parameter_number", "literal") or value is None:
            continue
        if key in ATTRIBUTE_DEFAULTS and ATTRIBUTE_DEFAULTS[key] == value:
            continue
        attrs.append(f"{key}={format_attribute(key, value, rename)}")
    text = f"{'ROOT ' if is_root else ''}{name} = {format_shape(op.shape)} {body}"
    return ", ".join([text] + attrs)


def print_computation(comp: ComputationOp) -> str:
    """One computation on its own (for error messages and reports)."""
    inst_names = {id(op): op.hlo_name for op in comp.instructions()}
    root = comp.root
    lines = [f"{comp.comp_name} {{"]
    lines += ["  " + format_instruction(op, inst_names, is_root=op is root)
              for op in _instruction_order(comp)]
    return "\n".join(lines + ["}"])
