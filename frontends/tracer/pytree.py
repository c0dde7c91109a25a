"""Pytrees: nested tuples, lists, dicts, None and registered classes, flattened to leaves.

A `PyTreeDef` is hashable, so `jit` can key its cache on it. Dict keys are sorted,
as in JAX. Registered classes give `(children, aux_data)` and are rebuilt from them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Hashable


@dataclass(frozen=True)
class NodeType:
    name: str
    to_iterable: Callable[[Any], tuple[list, Hashable]]
    from_iterable: Callable[[Hashable, list], Any]


# The registry of container types. Fixed entries for Python's containers; `register_pytree_node`
# adds user classes (a deliberate, documented extension point, as in JAX).
NODE_TYPES: dict[type, NodeType] = {
    tuple: NodeType("tuple", lambda t: (list(t), None), lambda _, xs: tuple(xs)),
    list: NodeType("list", lambda l: (list(l), None), lambda _, xs: list(xs)),
    dict: NodeType("dict",
                   lambda d: ([d[k] for k in sorted(d)], tuple(sorted(d))),
                   lambda keys, xs: dict(zip(keys, xs))),
    type(None): NodeType("None", lambda _: ([], None), lambda _, xs: None),
}


def register_pytree_node(cls: type, flatten: Callable, unflatten: Callable) -> None:
    """`flatten(obj) -> (children, aux_data)`, `unflatten(aux_data, children) -> obj`."""
    NODE_TYPES[cls] = NodeType(cls.__name__, flatten, unflatten)


@dataclass(frozen=True)
class PyTreeDef:
    node_type: NodeType | None  # None: a leaf
    node_data: Hashable
    children: tuple["PyTreeDef", ...]
    num_leaves: int

    def __repr__(self) -> str:
        if self.node_type is None:
            return "*"
        inner = ", ".join(repr(c) for c in self.children)
        return f"{self.node_type.name}({inner})"

    def __hash__(self):
        return hash((self.node_type.name if self.node_type else None, self.node_data,
                     self.children))

    def __eq__(self, other):
        return (isinstance(other, PyTreeDef) and self.node_type == other.node_type
                and self.node_data == other.node_data and self.children == other.children)


LEAF = PyTreeDef(None, None, (), 1)


def tree_flatten(tree: Any) -> tuple[list, PyTreeDef]:
    leaves: list = []
    treedef = _flatten(tree, leaves)
    return leaves, treedef


def _namedtuple_node(cls: type) -> NodeType:
    return NodeType(cls.__name__, lambda t: (list(t), None), lambda _, xs: cls(*xs))


def _node_type(tree) -> NodeType | None:
    cls = type(tree)
    node_type = NODE_TYPES.get(cls)
    if node_type is None and isinstance(tree, tuple) and hasattr(cls, "_fields"):
        node_type = NODE_TYPES[cls] = _namedtuple_node(cls)  # namedtuples are pytrees
    return node_type


def _flatten(tree, leaves) -> PyTreeDef:
    node_type = _node_type(tree)
    if node_type is None:
        leaves.append(tree)
        return LEAF
    children, data = node_type.to_iterable(tree)
    subtrees = tuple(_flatten(c, leaves) for c in children)
    return PyTreeDef(node_type, data, subtrees, sum(s.num_leaves for s in subtrees))


def tree_unflatten(treedef: PyTreeDef, leaves) -> Any:
    it = iter(leaves)
    result = _unflatten(treedef, it)
    return result


def _unflatten(treedef: PyTreeDef, it):
    if treedef.node_type is None:
        return next(it)
    children = [_unflatten(t, it) for t in treedef.children]
    return treedef.node_type.from_iterable(treedef.node_data, children)


def tree_leaves(tree) -> list:
    return tree_flatten(tree)[0]


def tree_structure(tree) -> PyTreeDef:
    return tree_flatten(tree)[1]


def tree_map(f: Callable, tree, *rest) -> Any:
    leaves, treedef = tree_flatten(tree)
    others = [treedef_flatten_up_to(treedef, r) for r in rest]
    return tree_unflatten(treedef, [f(*xs) for xs in zip(leaves, *others)])


def treedef_flatten_up_to(treedef: PyTreeDef, tree) -> list:
    """Leaves of `tree` at the leaf positions of `treedef` (subtrees there stay whole)."""
    out: list = []
    _up_to(treedef, tree, out)
    return out


def _up_to(treedef, tree, out):
    if treedef.node_type is None:
        out.append(tree)
        return
    node_type = _node_type(tree)
    if node_type is not treedef.node_type:
        raise ValueError(f"pytree structure mismatch: expected {treedef}, got {type(tree)}")
    children, data = node_type.to_iterable(tree)
    if data != treedef.node_data or len(children) != len(treedef.children):
        raise ValueError(f"pytree structure mismatch: expected {treedef}")
    for sub, child in zip(treedef.children, children):
        _up_to(sub, child, out)
