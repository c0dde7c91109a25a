"""Parser for XLA's HLO text format.

Grammar (what XLA prints; `[..]` optional, `*` repeated):

    module       := 'HloModule' NAME (',' header_attr)* computation* trailing_tables
    computation  := ['ENTRY'] NAME [signature] '{' instruction* '}'
    signature    := '(' [NAME ':' shape (',' NAME ':' shape)*] ')' '->' shape
    instruction  := ['ROOT'] NAME '=' [shape] OPCODE '(' operands ')' (',' NAME '=' value)*
    operands     := [operand (',' operand)*]      operand := [shape] NAME
    shape        := TYPE '[' dims ']' [layout] | '(' [shape (',' shape)*] ')'
    layout       := '{' minor_to_major [':' tiling...] '}'

Names may carry a leading `%`. `parameter(N)` and `constant(LITERAL)` carry their
payload between the parentheses. `/*...*/` comments are skipped. The trailing
`FileNames` / `FunctionNames` / `FileLocations` / `StackFrames` tables are skipped.
Every error is an HloParseError with file, line and column.
"""
from __future__ import annotations

import bisect
import re
import zlib
from dataclasses import dataclass, field

import numpy as np

from .attributes import (
    ATTRIBUTE_KINDS, BOOL, COMPUTATION, COMPUTATIONS, FLOAT, IGNORED_ATTRIBUTES, INT, INT_PAIRS, INTS,
    PADDING, RAW, REPLICA_GROUPS, SLICE, WINDOW, WORD, ExplicitGroups, IotaGroups, Literal,
    MeshAxis, MeshGroups, PadDim, SliceDim, Window, WindowDim,
)
from .collectives import DEVICE_COUNT_ATTRS
from .dialect import ComputationOp, HloAttr, ModuleOp, make_instruction
from .errors import HloParseError, HloVerifyError, ShapeError
from .opcodes import OPS, UNIVERSAL_ATTRS
from .shape_inference import infer_shape
from .shapes import ELEMENT_TYPES, INT64_MAX, ArrayShape, Shape, TupleShape, normalize_layout
from .verifier import ModuleShapeContext, Source, verify_module

_NAME = re.compile(r"%?[A-Za-z_][A-Za-z0-9_.\-]*")
_INT = re.compile(r"[-+]?\d+")
_NUMBER = re.compile(
    r"[-+]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|inf|nan(?:\(0x[0-9a-fA-F]+\))?)")
_RAW_WORD = re.compile(r"[A-Za-z0-9_.\-+>]+")
_SURROGATE = re.compile("[\ud800-\udfff]")  # not text: no UTF-8 encoding exists
_MESH_NAME = re.compile(r"'[^']*'|[A-Za-z_][A-Za-z0-9_]*")
_TRAILING_TABLES = ("FileNames", "FunctionNames", "FileLocations", "StackFrames")


@dataclass
class _InstructionText:
    name: str
    shape: Shape | None
    opcode: str
    operands: list[tuple[str, int, int]]  # name, line, col
    attrs: dict[str, object]
    is_root: bool
    line: int
    col: int


@dataclass
class _ComputationText:
    name: str
    is_entry: bool
    instructions: list[_InstructionText] = field(default_factory=list)
    line: int = 0
    col: int = 0


class _Cursor:
    """Character-level scanner over the whole text, tracking line and column."""

    def __init__(self, text: str, filename: str):
        self.text = text
        self.filename = filename
        self.pos = 0
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        if (surrogate := _SURROGATE.search(text)) is not None:
            raise self.error(f"a lone surrogate U+{ord(surrogate.group()):04X} is not text "
                             "(the file is not valid Unicode)", surrogate.start())

    def location(self, pos: int | None = None) -> tuple[int, int]:
        pos = self.pos if pos is None else pos
        line = bisect.bisect_right(self._line_starts, pos) - 1
        return line + 1, pos - self._line_starts[line] + 1

    def error(self, message: str, pos: int | None = None) -> HloParseError:
        line, col = self.location(pos)
        lines = self.text.splitlines()
        source_line = lines[line - 1] if 0 < line <= len(lines) else ""
        return HloParseError(message, self.filename, line, col, source_line)

    # white space and comments, in one regex match (the parser skips space before every token)
    _SPACE = re.compile(r"(?:[ \t\r\n]+|/\*.*?\*/|//[^\n]*)*", re.S)

    def skip_space(self) -> None:
        self.pos = self._SPACE.match(self.text, self.pos).end()
        if self.text.startswith("/*", self.pos):
            raise self.error("unterminated comment")

    def at_end(self) -> bool:
        self.skip_space()
        return self.pos >= len(self.text)

    def peek(self, literal: str) -> bool:
        self.skip_space()
        return self.text.startswith(literal, self.pos)

    def accept(self, literal: str) -> bool:
        if self.peek(literal):
            self.pos += len(literal)
            return True
        return False

    def expect(self, literal: str, what: str | None = None) -> None:
        if not self.accept(literal):
            raise self.error(f"expected {what or repr(literal)}{self._found()}")

    def _found(self) -> str:
        if self.pos >= len(self.text):
            return ", found end of input"
        snippet = re.match(r"\S{1,20}", self.text[self.pos:])
        return f", found '{snippet.group(0) if snippet else self.text[self.pos]}'"

    def match(self, pattern: re.Pattern, what: str) -> str:
        self.skip_space()
        m = pattern.match(self.text, self.pos)
        if not m:
            raise self.error(f"expected {what}{self._found()}")
        self.pos = m.end()
        return m.group(0)

    def name(self, what: str = "a name") -> str:
        return self.match(_NAME, what).lstrip("%")

    def integer(self, what: str = "an integer") -> int:
        """An integer of the text: every one (dims, indices, attributes) is an int64 in XLA."""
        start = self.pos
        value = int(self.match(_INT, what))
        if not -INT64_MAX - 1 <= value <= INT64_MAX:
            raise self.error(f"{value} is beyond int64", start)
        return value

    def peek_name(self) -> str | None:
        self.skip_space()
        m = _NAME.match(self.text, self.pos)
        return m.group(0) if m else None

    def raw_word(self, what: str) -> str:
        """A bare attribute value such as `b01f_01io->b01f` or `1_2x0_0_1`."""
        self.skip_space()
        m = _RAW_WORD.match(self.text, self.pos)
        if not m:
            raise self.error(f"expected {what}{self._found()}")
        self.pos = m.end()
        return m.group(0)

    def skip_value(self) -> None:
        """Skip an attribute value we do not keep: balanced braces, a string or a word."""
        self.skip_space()
        start, depth, text = self.pos, 0, self.text
        while self.pos < len(text):
            ch = text[self.pos]
            if ch == '"':
                self._skip_string()
                continue
            if ch in "{([":
                depth += 1
            elif ch in "})]":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and ch in ",\n":
                break
            self.pos += 1
        if depth:
            raise self.error("unbalanced brackets in attribute value", start)

    def _skip_string(self) -> None:
        start = self.pos
        self.pos += 1
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == "\\":
                self.pos += 2
                continue
            self.pos += 1
            if ch == '"':
                return
        raise self.error("unterminated string", start)


class HloParser:
    def __init__(self, text: str, filename: str = "<string>", fill_elided_constants: bool = False):
        self.cur = _Cursor(text, filename)
        self.fill_elided = fill_elided_constants
        self.entry_layout: tuple[list[Shape], Shape] | None = None
        self.device_counts: dict[str, int] = {}
        self.inline: list[_InstructionText] = []  # instructions written as operands

    # ------------------------------------------------------------ shapes

    def shape(self) -> Shape:
        cur = self.cur
        if cur.accept("("):
            elements = []
            if not cur.accept(")"):
                elements.append(self.shape())
                while cur.accept(","):
                    elements.append(self.shape())
                cur.expect(")")
            return TupleShape(tuple(elements))
        start = cur.pos
        type_name = cur.name("an element type")
        if type_name not in ELEMENT_TYPES:
            raise cur.error(f"unknown element type '{type_name}'", start)
        cur.expect("[")
        dims: list[int] = []
        dynamic: list[int] = []
        if not cur.accept("]"):
            while True:
                if cur.peek("?"):
                    raise cur.error("unbounded dynamic dimensions are not supported by hlox "
                                    "(a bounded one is written <=N)")
                if cur.accept("<="):
                    dynamic.append(len(dims))
                dims.append(cur.integer("a dimension size"))
                if dims[-1] < 0:
                    raise cur.error("dimension sizes must be non-negative")
                if not cur.accept(","):
                    break
            cur.expect("]")
        layout = None
        if cur.text.startswith("{", cur.pos):  # a layout follows `]` directly, no space
            layout = self.layout(len(dims))
        return ArrayShape(type_name, tuple(dims), normalize_layout(len(dims), layout),
                          tuple(dynamic))

    def layout(self, rank: int) -> tuple[int, ...]:
        cur = self.cur
        start = cur.pos
        cur.expect("{")
        minor_to_major: list[int] = []
        while not cur.peek("}") and not cur.peek(":"):
            minor_to_major.append(cur.integer("a layout dimension"))
            if not cur.accept(","):
                break
        if cur.accept(":"):  # tiling, element size, memory space: meaningless on the CPU
            while not cur.peek("}"):
                if cur.at_end():
                    raise cur.error("unterminated layout", start)
                if cur.peek("("):
                    cur.skip_value()
                else:
                    cur.pos += 1
        cur.expect("}")
        if minor_to_major and sorted(minor_to_major) != list(range(rank)):
            raise cur.error(f"layout {{{','.join(map(str, minor_to_major))}}} is not a "
                            f"permutation of rank {rank}", start)
        return tuple(minor_to_major) if minor_to_major else tuple(reversed(range(rank)))

    # ------------------------------------------------------------ literals

    def literal(self, shape: Shape | None, inst_name: str) -> Literal:
        cur = self.cur
        start = cur.pos
        if not isinstance(shape, ArrayShape):
            raise cur.error("constants need an array shape written out", start)
        if cur.peek("{...}"):
            cur.expect("{...}")
            if not self.fill_elided:
                raise cur.error(f"constant {inst_name} is elided ({{...}}); its value is not in "
                                "the text (pass fill_elided_constants / --fill-elided)", start)
            return Literal(_filled_constant(shape, inst_name))
        values: list[str] = []
        if shape.rank == 0:
            values.append(self._scalar_token())
        elif not cur.peek("{"):
            # `f32[2,3] constant(15)`: XLA's parser stores the one value at linear index 0
            # and leaves the other elements zero (checked against XLA:CPU).
            first = self._scalar_token()
            values = ([first] + ["false" if shape.dtype == "pred" else "0"] * (shape.size - 1)
                      if shape.size else [])
        else:
            self._nested_values(shape.rank, values)
        if len(values) != shape.size:
            raise cur.error(f"constant has {len(values)} values, shape {shape} needs "
                            f"{shape.size}", start)
        try:
            array = _literal_array(values, shape)
        except ValueError as e:
            raise cur.error(f"bad constant value: {e}", start) from None
        return Literal(array)

    def _scalar_token(self) -> str:
        cur = self.cur
        cur.skip_space()
        for word in ("true", "false"):
            if cur.text.startswith(word, cur.pos):
                cur.pos += len(word)
                return word
        if cur.accept("("):  # a complex number: (real, imaginary)
            real = cur.match(_NUMBER, "the real part")
            cur.expect(",")
            imag = cur.match(_NUMBER, "the imaginary part")
            cur.expect(")")
            return f"({real},{imag})"
        return cur.match(_NUMBER, "a number")

    def _nested_values(self, depth: int, out: list[str]) -> None:
        cur = self.cur
        cur.expect("{")
        if cur.accept("}"):
            return
        while True:
            if depth > 1:
                self._nested_values(depth - 1, out)
            else:
                out.append(self._scalar_token())
            if not cur.accept(","):
                break
        cur.expect("}")

    # ------------------------------------------------------------ attributes

    def attribute_value(self, name: str):
        cur = self.cur
        kind = ATTRIBUTE_KINDS[name]
        if kind == INT:
            return cur.integer()
        if kind == FLOAT:
            return float(cur.match(_NUMBER, f"a number for {name}"))
        if kind == INTS:
            return tuple(self._int_list())
        if kind == BOOL:
            word = cur.name("true or false")
            if word not in ("true", "false"):
                raise cur.error(f"expected true or false, found '{word}'")
            return word == "true"
        if kind == WORD:
            return cur.raw_word(f"a value for {name}")
        if kind == COMPUTATION:
            return cur.name("a computation name")
        if kind == COMPUTATIONS:
            cur.expect("{")
            names = [] if cur.peek("}") else [cur.name("a computation name")]
            while cur.accept(","):
                names.append(cur.name("a computation name"))
            cur.expect("}")
            return tuple(names)
        if kind == SLICE:
            return self._slice()
        if kind == PADDING:
            return self._padding(cur.raw_word("padding"))
        if kind == WINDOW:
            return self._window()
        if kind == REPLICA_GROUPS:
            return self._replica_groups()
        if kind == INT_PAIRS:
            start = cur.pos
            pairs = self._int_lists()
            if any(len(p) != 2 for p in pairs):
                raise cur.error(f"{name} must be a list of {{source,target}} pairs", start)
            return pairs
        if kind == RAW:
            cur.skip_space()
            start = cur.pos
            cur.skip_value()
            return cur.text[start:cur.pos].strip()
        raise AssertionError(kind)

    def _int_lists(self) -> tuple[tuple[int, ...], ...]:
        cur = self.cur
        cur.expect("{")
        lists = []
        while cur.peek("{"):
            lists.append(tuple(self._int_list()))
            if not cur.accept(","):
                break
        cur.expect("}")
        return tuple(lists)

    def _bracketed_ints(self) -> tuple[int, ...]:
        cur = self.cur
        cur.expect("[")
        values = [cur.integer()]
        while cur.accept(","):
            values.append(cur.integer())
        cur.expect("]")
        return tuple(values)

    def _replica_groups(self):
        """`{{0,1},{2,3}}`, `[G,S]<=[dims]` (optionally `T(perm)`) or `mesh[...] {axes}`."""
        cur = self.cur
        start = cur.pos
        if cur.peek("{"):
            return ExplicitGroups(self._int_lists())
        if cur.peek("["):
            shape = self._bracketed_ints()
            cur.expect("<=")
            dims = self._bracketed_ints()
            perm: tuple[int, ...] = ()
            if cur.text.startswith("T", cur.pos):
                cur.pos += 1
                cur.expect("(")
                perm = (cur.integer(),)
                while cur.accept(","):
                    perm += (cur.integer(),)
                cur.expect(")")
            if len(shape) != 2 or shape[0] * shape[1] != int(np.prod(dims)) or (
                    perm and sorted(perm) != list(range(len(dims)))):
                raise cur.error("malformed iota replica groups", start)
            return IotaGroups(shape[0], shape[1], dims, perm)
        if cur.peek_name() == "mesh":
            cur.name()
            cur.expect("[")
            mesh = []
            while not cur.accept("]"):
                axis = self._mesh_name()
                cur.expect("=")
                mesh.append((axis, cur.integer("an axis size")))
                if not cur.accept(","):
                    cur.expect("]")
                    break
            cur.expect("{")
            axes = []
            while not cur.accept("}"):
                axis = self._mesh_name()
                pre = size = None
                if cur.accept(":"):
                    cur.expect("(")
                    pre = cur.integer("a sub-axis pre-size")
                    cur.expect(")")
                    size = cur.integer("a sub-axis size")
                axes.append(MeshAxis(axis, pre, size))
                if not cur.accept(","):
                    cur.expect("}")
                    break
            groups = MeshGroups(tuple(mesh), tuple(axes))
            try:
                groups.groups()
            except ValueError as e:
                raise cur.error(f"malformed mesh replica groups: {e}", start) from None
            return groups
        raise cur.error(f"expected replica groups{cur._found()}")

    def _mesh_name(self) -> str:
        return self.cur.match(_MESH_NAME, "a mesh axis name").strip("'")

    def _int_list(self) -> list[int]:
        cur = self.cur
        cur.expect("{")
        values: list[int] = []
        if not cur.accept("}"):
            values.append(cur.integer())
            while cur.accept(","):
                values.append(cur.integer())
            cur.expect("}")
        return values

    def _slice(self) -> tuple[SliceDim, ...]:
        cur = self.cur
        cur.expect("{")
        dims = []
        while cur.accept("["):
            start = cur.integer()
            cur.expect(":")
            limit = cur.integer()
            stride = cur.integer() if cur.accept(":") else 1
            cur.expect("]")
            dims.append(SliceDim(start, limit, stride))
            if not cur.accept(","):
                break
        cur.expect("}")
        return tuple(dims)

    def _padding(self, word: str) -> tuple[PadDim, ...]:
        dims = []
        for part in word.split("x") if word else []:
            numbers = part.split("_")
            if len(numbers) not in (2, 3):
                raise self.cur.error(f"malformed padding '{word}'")
            try:
                dims.append(PadDim(*(int(n) for n in numbers)))
            except ValueError:
                raise self.cur.error(f"malformed padding '{word}'") from None
        return tuple(dims)

    def _window(self) -> Window:
        cur = self.cur
        start = cur.pos
        cur.expect("{")
        fields: dict[str, list[str]] = {}
        while not cur.accept("}"):
            key = cur.name("a window field")
            cur.expect("=")
            fields[key] = cur.raw_word(f"a value for window field {key}").split("x")
            if cur.at_end():
                raise cur.error("unterminated window", start)
        sizes = fields.pop("size", [])
        try:
            def column(key, default, convert=int):
                values = fields.pop(key, None)
                if values is None:
                    return [default] * len(sizes)
                if len(values) != len(sizes):
                    raise ValueError(f"window field {key} has {len(values)} entries, "
                                     f"size has {len(sizes)}")
                return [convert(v) for v in values]

            strides = column("stride", 1)
            pads = column("pad", (0, 0), lambda v: tuple(int(p) for p in v.split("_")))
            lhs = column("lhs_dilate", 1)
            rhs = column("rhs_dilate", 1)
            rev = column("rhs_reversal", False, lambda v: bool(int(v)))
            if fields:
                raise ValueError(f"unknown window field '{next(iter(fields))}'")
            if any(len(p) != 2 for p in pads):
                raise ValueError("window pad must be low_high")
            dims = tuple(WindowDim(int(s), st, p[0], p[1], l, r, rv)
                         for s, st, p, l, r, rv in zip(sizes, strides, pads, lhs, rhs, rev))
        except ValueError as e:
            raise cur.error(f"malformed window: {e}", start) from None
        return Window(dims)

    # ------------------------------------------------------------ structure

    def module(self) -> ModuleOp:
        cur = self.cur
        word = cur.name("'HloModule'")
        if word != "HloModule":
            raise cur.error(f"expected 'HloModule', found '{word}'", cur.pos - len(word))
        module_name = cur.name("a module name")
        cur.accept(":")  # older XLA text writes `HloModule name:`
        while cur.accept(","):
            key = cur.name("a module attribute")
            cur.expect("=")
            if key == "entry_computation_layout":
                cur.expect("{")
                params = self._shape_list()
                cur.expect("->")
                result = self.shape()
                cur.expect("}")
                self.entry_layout = (params, result)
            elif key in DEVICE_COUNT_ATTRS:
                count_start = self.cur.pos
                self.device_counts[key] = cur.integer(f"a value for {key}")
                if self.device_counts[key] < 1:
                    raise cur.error(f"{key} must be at least 1", count_start)
            else:
                cur.skip_value()
        computations: list[_ComputationText] = []
        while not cur.at_end():
            if cur.peek_name() in _TRAILING_TABLES:
                self._skip_table()
                continue
            computations.append(self.computation())
        if not computations:
            raise cur.error("module has no computations")
        return self._build(module_name, computations)

    def _skip_table(self) -> None:
        """`FileNames` / `StackFrames` / ...: `N "text"` or `N {fields}` rows; debug info only."""
        cur = self.cur
        cur.name()
        while not cur.at_end() and cur.match(re.compile(r"\d*"), "a row number"):
            cur.skip_space()
            if cur.peek('"'):
                cur._skip_string()
            elif cur.peek("{"):
                cur.skip_value()
            else:
                raise cur.error("expected a string or {...} in a debug-info table")

    def _shape_list(self) -> list[Shape]:
        cur = self.cur
        cur.expect("(")
        shapes: list[Shape] = []
        if not cur.accept(")"):
            shapes.append(self.shape())
            while cur.accept(","):
                shapes.append(self.shape())
            cur.expect(")")
        return shapes

    def computation(self) -> _ComputationText:
        cur = self.cur
        cur.skip_space()
        line, col = cur.location()
        is_entry = False
        if cur.peek_name() == "ENTRY":
            cur.name()
            is_entry = True
        comp = _ComputationText(cur.name("a computation name"), is_entry, line=line, col=col)
        if cur.accept("("):  # signature: (p: shape, ...) -> shape; the instructions say it all
            if not cur.accept(")"):
                while True:
                    cur.name("a parameter name")
                    cur.expect(":")
                    self.shape()
                    if not cur.accept(","):
                        break
                cur.expect(")")
            cur.expect("->")
            self.shape()
        cur.expect("{")
        while not cur.accept("}"):
            if cur.at_end():
                raise cur.error(f"computation '{comp.name}' is not closed with '}}'")
            inst = self.instruction()
            comp.instructions += self.inline
            self.inline.clear()
            comp.instructions.append(inst)
        return comp

    def instruction(self) -> _InstructionText:
        cur = self.cur
        cur.skip_space()
        is_root = False
        if cur.peek_name() == "ROOT":
            cur.name()
            is_root = True
        cur.skip_space()
        line, col = cur.location()
        name = cur.name("an instruction name")
        cur.expect("=")
        cur.skip_space()
        shape = None
        word = cur.peek_name()
        if cur.peek("(") or (word is not None and cur.text.startswith("[", cur.pos + len(word))):
            shape = self.shape()
        return self._instruction_rhs(name, shape, is_root, line, col, with_attrs=True)

    def _instruction_rhs(self, name: str, shape: Shape | None, is_root: bool, line: int,
                         col: int, with_attrs: bool) -> _InstructionText:
        """`OPCODE(operands), attrs...` after the instruction's name and shape."""
        cur = self.cur
        cur.skip_space()
        op_start = cur.pos
        opcode = cur.name("an opcode")
        if opcode not in OPS:
            raise cur.error(f"unsupported HLO op '{opcode}' (instruction {name})", op_start)
        attrs: dict[str, object] = {}
        operands: list[tuple[str, int, int]] = []
        cur.expect("(")
        if opcode == "parameter":
            attrs["parameter_number"] = cur.integer("a parameter number")
            cur.expect(")")
        elif opcode == "constant":
            attrs["literal"] = self.literal(shape, name)
            cur.expect(")")
        elif not cur.accept(")"):
            while True:
                operands.append(self._operand())
                if not cur.accept(","):
                    break
            cur.expect(")")
        allowed = OPS[opcode].attrs + UNIVERSAL_ATTRS
        while with_attrs and cur.accept(","):
            key_start = cur.pos
            cur.skip_space()
            key_start = cur.pos
            key = cur.name("an attribute name")
            cur.expect("=")
            if key in IGNORED_ATTRIBUTES:
                cur.skip_value()
            elif key in allowed and key in ATTRIBUTE_KINDS:
                attrs[key] = self.attribute_value(key)
            else:
                raise cur.error(f"unknown attribute '{key}' for {opcode}", key_start)
        return _InstructionText(name, shape, opcode, operands, attrs, is_root, line, col)

    def _operand(self) -> tuple[str, int, int]:
        cur = self.cur
        cur.skip_space()
        word = cur.peek_name()
        # `f32[4]{0} %x` (classic form) or `x` (short form); a shape starts with a type and '['.
        if cur.peek("(") or (word is not None and
                             cur.text.startswith("[", cur.pos + len(word))):
            shape = self.shape()
            cur.skip_space()
            line, col = cur.location()
            word = cur.peek_name()
            if word is not None and cur.text.startswith("(", cur.pos + len(word)):
                # An instruction written in place of its name: `add(s32[] parameter(0), ...)`.
                name = f"{word.lstrip('%')}.inline.{line}.{col}"
                self.inline.append(self._instruction_rhs(name, shape, False, line, col,
                                                         with_attrs=False))
                return name, line, col
        cur.skip_space()
        line, col = cur.location()
        return cur.name("an operand name"), line, col

    # ------------------------------------------------------------ building the module

    def _build(self, module_name: str, texts: list[_ComputationText]) -> ModuleOp:
        entries = [c for c in texts if c.is_entry]
        if len(entries) > 1:
            c = entries[1]
            raise HloParseError("module has more than one ENTRY computation", self.cur.filename,
                                c.line, c.col, self._source_line(c.line))
        entry_name = (entries[0] if entries else texts[-1]).name
        built: dict[str, ComputationOp] = {}
        module = ModuleOp.build(module_name, [], entry_name)
        module.attributes["source"] = HloAttr(Source(self.cur.filename, self.cur.text))
        ctx = ModuleShapeContext(None)
        ctx.table = built
        for text in texts:
            if text.name in built:
                raise HloParseError(f"computation '{text.name}' defined twice",
                                    self.cur.filename, text.line, text.col,
                                    self._source_line(text.line))
            comp = self._build_computation(text, ctx)
            built[text.name] = comp
            module.body.block.add_op(comp)
        return module

    def _source_line(self, line: int) -> str:
        lines = self.cur.text.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else ""

    def _error_at(self, line: int, col: int, message: str) -> HloParseError:
        return HloParseError(message, self.cur.filename, line, col, self._source_line(line))

    def _build_computation(self, text: _ComputationText, ctx) -> ComputationOp:
        by_name: dict[str, _InstructionText] = {}
        for inst in text.instructions:
            if inst.name in by_name:
                raise self._error_at(inst.line, inst.col,
                                     f"instruction '{inst.name}' defined twice")
            by_name[inst.name] = inst
        if not text.instructions:
            raise self._error_at(text.line, text.col, f"computation '{text.name}' is empty")
        roots = [i for i in text.instructions if i.is_root]
        if len(roots) > 1:
            raise self._error_at(roots[1].line, roots[1].col, "more than one ROOT instruction")
        root = roots[0] if roots else text.instructions[-1]

        ops: dict[str, object] = {}
        order: list[object] = []
        state: dict[str, int] = {}  # 1: in progress, 2: done

        def build(inst: _InstructionText) -> None:
            # Iterative post-order so that forward references and deep chains both work.
            stack = [(inst, False)]
            while stack:
                current, expanded = stack.pop()
                if state.get(current.name) == 2:
                    continue
                if expanded:
                    self._make_op(current, ops, ctx, order)
                    state[current.name] = 2
                    continue
                if state.get(current.name) == 1:
                    raise self._error_at(current.line, current.col,
                                         f"instruction '{current.name}' depends on itself")
                state[current.name] = 1
                stack.append((current, True))
                for operand, line, col in reversed(current.operands):
                    if operand not in by_name:
                        raise self._error_at(line, col, f"unknown operand '{operand}' in "
                                                        f"computation '{text.name}'")
                    if state.get(operand) == 1:
                        raise self._error_at(line, col, f"instruction '{operand}' depends "
                                                        "on itself")
                    if state.get(operand) != 2:
                        stack.append((by_name[operand], False))

        for inst in text.instructions:
            build(inst)
        comp = ComputationOp.build(text.name, order, ops[root.name].result)
        comp.attributes["loc"] = HloAttr((text.line, text.col))
        return comp

    def _make_op(self, inst: _InstructionText, ops: dict, ctx, order: list) -> None:
        operand_values = [ops[name].result for name, _, _ in inst.operands]
        operand_shapes = [ops[name].shape for name, _, _ in inst.operands]
        if inst.opcode == "broadcast" and "dimensions" not in inst.attrs and \
                operand_shapes and isinstance(operand_shapes[0], ArrayShape) and \
                operand_shapes[0].rank == 0:
            inst.attrs["dimensions"] = ()  # a scalar broadcast may leave dimensions={} out
        for required in _required(inst.opcode):
            if required not in inst.attrs:
                raise self._error_at(inst.line, inst.col,
                                     f"{inst.name}: {inst.opcode} needs attribute '{required}'")
        shape = inst.shape
        if shape is None:
            try:
                shape = infer_shape(inst.opcode, operand_shapes, inst.attrs, None, ctx)
            except ShapeError as e:
                raise HloVerifyError(f"{inst.name}: {e}", self.cur.filename, inst.line,
                                     inst.col, self._source_line(inst.line)) from None
        op = make_instruction(inst.opcode, operand_values, shape, inst.name, inst.attrs)
        op.attributes["loc"] = HloAttr((inst.line, inst.col))
        ops[inst.name] = op
        order.append(op)


def _required(opcode: str) -> tuple[str, ...]:
    from .opcodes import REQUIRED_ATTRS
    return REQUIRED_ATTRS.get(opcode, ())


def _parse_scalar(token: str, kind: str) -> object:
    if token in ("true", "false"):
        return token == "true"
    if kind == "complex":
        real, _, imag = token.strip("()").partition(",")
        real_part = _parse_scalar(real, "float")
        # As XLA's parser (measured, c64 and c128): a NaN real part makes the number that
        # NaN in both parts, whatever its imaginary part ((nan, 1) is (nan, nan)).
        imag_part = real_part if np.isnan(real_part) else _parse_scalar(imag or "0", "float")
        return complex(real_part, imag_part)
    if token.startswith("("):
        raise ValueError(f"'{token}' is complex; the constant is not")
    if kind == "float":
        lowered = token.lower()
        if "nan" in lowered:
            return -np.nan if lowered.startswith("-") else np.nan
        return float(token)
    if re.fullmatch(r"[-+]?\d+", token):
        value = int(token)
        if kind == "pred" and value not in (0, 1):
            raise ValueError(f"'{token}' is not a pred value (true, false, 0 or 1)")
        return value
    if kind == "pred":
        raise ValueError(f"'{token}' is not a pred value (true, false, 0 or 1)")
    raise ValueError(f"'{token}' is not an integer")


def _literal_array(values: list[str], shape: ArrayShape) -> np.ndarray:
    et = shape.element_type
    parsed = [_parse_scalar(v, et.kind) for v in values]
    if et.is_integer:
        # the range from the width (s4, u2, ... too), not ml_dtypes.iinfo: importing
        # ml_dtypes costs most of a second, and only modules with those types need it
        signed = et.kind == "sint"
        low, high = (-(1 << (et.bits - 1)), (1 << (et.bits - 1)) - 1) if signed else \
            (0, (1 << et.bits) - 1)
        for v in parsed:
            if not low <= v <= high:
                raise ValueError(f"{v} does not fit {shape.dtype}")
        array = np.array(parsed, dtype=np.int64 if et.kind == "sint" else np.uint64)
        array = array.astype(et.dtype)
    elif et.is_float:
        with np.errstate(over="ignore"):
            array = np.array(parsed, dtype=np.float64).astype(et.dtype)
        # A finite number that rounds to infinity in the type is out of range (XLA says so
        # too); `inf` itself is written as inf.
        if np.isinf(array).any():
            for value, token in zip(array.reshape(-1), values):
                if np.isinf(value) and "inf" not in token:
                    raise ValueError(f"{token} is out of range for {shape.dtype}")
    elif et.is_complex:
        array = np.array(parsed, dtype=np.complex128).astype(et.dtype)
    else:
        array = np.array(parsed, dtype=np.bool_)
    return array.reshape(shape.dims)


def _filled_constant(shape: ArrayShape, inst_name: str) -> np.ndarray:
    """Deterministic values for an elided `{...}` constant, seeded by the instruction name."""
    rng = np.random.default_rng(zlib.crc32(inst_name.encode()))
    et = shape.element_type
    if et.is_complex:
        values = rng.uniform(-1.0, 1.0, size=shape.dims) + 1j * rng.uniform(-1.0, 1.0,
                                                                             size=shape.dims)
    elif et.is_float:
        values = rng.uniform(-1.0, 1.0, size=shape.dims)
    elif et.kind == "pred":
        values = rng.integers(0, 2, size=shape.dims)
    else:
        values = rng.integers(0, 8, size=shape.dims)
    return values.astype(et.dtype)


def parse_module(text: str, filename: str = "<string>", *, fill_elided_constants: bool = False,
                 verify: bool = True) -> ModuleOp:
    """Parse HLO text into an `hlo.module`. Raises HloError (parse or verify) on bad input."""
    parser = HloParser(text, filename, fill_elided_constants)
    try:
        module = parser.module()
    except RecursionError:
        raise parser.cur.error("input nested too deeply") from None
    if parser.entry_layout is not None:
        module.attributes["entry_layout"] = HloAttr(
            (tuple(parser.entry_layout[0]), parser.entry_layout[1]))
    for key, count in parser.device_counts.items():
        module.attributes[key] = HloAttr(count)
    if verify:
        verify_module(module)
    return module
