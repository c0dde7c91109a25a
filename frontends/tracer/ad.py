"""Automatic differentiation: forward mode (JVPTrace), and reverse mode as JAX does it:
stage the jvp into a jaxpr, split it by partial evaluation into the known (primal) part
and the linear (tangent) part, then transpose the linear part."""
from __future__ import annotations

from typing import Callable

import numpy as np

from .core import (
    TRACE_STACK, Jaxpr, JaxprBuilder, JaxprEqn, JaxprTrace, JaxprTracer, Lit, Trace, Tracer,
    Var, abstract_eval_rules, bind, full_lower, full_raise, get_aval, is_float, jvp_rules,
    partial_eval_rules, transpose_rules,
)

_UNKNOWN = object()
from .primitives import UndefinedPrimal, add, zeros_like, zeros_like_aval
from .pytree import tree_flatten, tree_unflatten, treedef_flatten_up_to


class JVPTracer(Tracer):
    __slots__ = ("_trace", "primal", "tangent")

    def __init__(self, trace, primal, tangent):
        self._trace, self.primal, self.tangent = trace, primal, tangent

    @property
    def aval(self):
        return get_aval(self.primal)

    def to_concrete(self, what):
        primal = self.primal
        if isinstance(primal, Tracer):
            return primal.to_concrete(what)
        return primal


from .ad_zero import ZERO_AWARE_JVP  # noqa: E402


class ZeroTangents:
    """The tangents known to be zero (of constants, and of what only constants produce):
    primitives whose inputs all have zero tangents skip their jvp rule."""

    def __init__(self):
        self.ids: set[int] = set()
        self.keep: list = []  # keeps the ids valid

    def zeros_like(self, val):
        t = zeros_like(val)
        self.ids.add(id(t))
        self.keep.append(t)
        return t

    def is_zero(self, t) -> bool:
        return id(t) in self.ids


class JVPTrace(Trace):
    @property
    def zeros(self) -> ZeroTangents:
        return self.main.global_data

    def pure(self, val):
        return JVPTracer(self, val, self.zeros.zeros_like(val))

    lift = pure

    def process_primitive(self, primitive, tracers, params):
        primals_in = [t.primal for t in tracers]
        tangents_in = [t.tangent for t in tracers]
        if all(self.zeros.is_zero(t) for t in tangents_in):
            outs = bind(primitive, *primals_in, **params)
            return [JVPTracer(self, o, self.zeros.zeros_like(o)) for o in outs]
        rule = jvp_rules.get(primitive)
        if rule is None:
            raise NotImplementedError(f"differentiation rule for '{primitive}' not implemented")
        if primitive in ZERO_AWARE_JVP:  # bilinear: skip the product with a zero tangent
            tangents_in = [None if self.zeros.is_zero(t) else t for t in tangents_in]
        primals_out, tangents_out = rule(primals_in, tangents_in, **params)
        return [JVPTracer(self, p, t) for p, t in zip(primals_out, tangents_out)]


def jvp_flat(f: Callable, primals: list, tangents: list) -> tuple[list, list]:
    with TRACE_STACK.new_main(JVPTrace, ZeroTangents()) as main:
        trace = JVPTrace(main)
        tracers_in = [JVPTracer(trace, x, t) for x, t in zip(primals, tangents)]
        outs = f(*tracers_in)
        tracers_out = [full_raise(trace, out) for out in outs]
        return [t.primal for t in tracers_out], [t.tangent for t in tracers_out]


def _as_array(x):
    """Concrete results are hlox Arrays (not numpy arrays or Python scalars)."""
    from .core import Array, to_numpy
    if isinstance(x, (np.ndarray, np.generic, bool, int, float)):
        return Array(np.asarray(to_numpy(x)), isinstance(x, (bool, int, float)))
    return x


def _check_tangent(primal, tangent):
    pa, ta = get_aval(primal), get_aval(tangent)
    if pa.shape != ta.shape or pa.dtype != ta.dtype:
        raise TypeError(f"jvp: primal {pa.str_short()} and tangent {ta.str_short()} must have "
                        "the same shape and dtype")


def jvp(fun: Callable, primals, tangents):
    """`(fun(*primals), d fun(primals) . tangents)` for tuples of pytrees."""
    primals_flat, in_tree = tree_flatten(tuple(primals))
    tangents_flat = treedef_flatten_up_to(in_tree, tuple(tangents))
    for p, t in zip(primals_flat, tangents_flat):
        _check_tangent(p, t)
    store = {}

    def flat_fun(*flat):
        out = fun(*tree_unflatten(in_tree, flat))
        out_flat, store["tree"] = tree_flatten(out)
        return out_flat

    outs, t_outs = jvp_flat(flat_fun, primals_flat, tangents_flat)
    return (tree_unflatten(store["tree"], [_as_array(o) for o in outs]),
            tree_unflatten(store["tree"], [_as_array(t) for t in t_outs]))


# ---------------------------------------------------------------- partial evaluation


def partial_eval_jaxpr(jaxpr: Jaxpr, in_unknowns: list[bool],
                       instantiate: list[bool] | None = None):
    """Split `jaxpr` into a known part, computable from the known inputs, and an unknown
    part. Returns (known, unknown, out_unknowns, num_residuals): known maps the known
    inputs to the known outputs followed by the residuals; unknown maps the residuals
    followed by the unknown inputs to the unknown outputs. Outputs marked in `instantiate`
    are unknown even when computable (a known value is passed through as a residual)."""
    unknown: set[int] = {v.id for v, u in zip(jaxpr.in_binders, in_unknowns) if u}
    known_eqns, unknown_eqns = [], []
    residuals: dict[int, Var] = {}
    for eqn in jaxpr.eqns:
        unks = [isinstance(x, Var) and x.id in unknown for x in eqn.inputs]
        if not any(unks):
            known_eqns.append(eqn)
            continue
        rule = partial_eval_rules.get(eqn.primitive)
        if rule is not None:
            k_eqns, u_eqns, out_unks, res = rule(eqn, unks)
            known_eqns += k_eqns
            unknown_eqns += u_eqns
            unknown.update(v.id for v, u in zip(eqn.out_binders, out_unks) if u)
            residuals.update((v.id, v) for v in res)
            continue
        unknown_eqns.append(eqn)
        unknown.update(v.id for v in eqn.out_binders)
        for x, u in zip(eqn.inputs, unks):
            if not u and isinstance(x, Var):
                residuals[x.id] = x
    out_unknowns = [isinstance(v, Var) and v.id in unknown for v in jaxpr.outs]
    if instantiate is not None:
        outs = list(jaxpr.outs)
        for k, (v, inst) in enumerate(zip(outs, instantiate)):
            if inst and not out_unknowns[k]:
                if isinstance(v, Lit):
                    v = outs[k] = _literal_var(v, known_eqns)
                residuals[v.id] = v
                out_unknowns[k] = True
        jaxpr = Jaxpr(jaxpr.in_binders, jaxpr.eqns, outs)
    res_vars = list(residuals.values())
    known_ins = [v for v, u in zip(jaxpr.in_binders, in_unknowns) if not u]
    unknown_ins = [v for v, u in zip(jaxpr.in_binders, in_unknowns) if u]
    known_outs = [v for v, u in zip(jaxpr.outs, out_unknowns) if not u]
    unknown_outs = [v for v, u in zip(jaxpr.outs, out_unknowns) if u]
    known = Jaxpr(known_ins, known_eqns, known_outs + res_vars)
    unknown_jaxpr = Jaxpr(res_vars + unknown_ins, unknown_eqns, unknown_outs)
    return dce_jaxpr(known), unknown_jaxpr, out_unknowns, len(res_vars)


def _literal_var(lit: Lit, eqns: list) -> Var:
    """A variable holding a literal's value (so it can be a residual)."""
    from .primitives import convert_element_type_p
    var = Var(lit.aval)
    eqns.append(JaxprEqn(convert_element_type_p, [lit],
                         dict(new_dtype=lit.aval.dtype, weak_type=lit.aval.weak_type), [var]))
    return var


def dce_jaxpr(jaxpr: Jaxpr) -> Jaxpr:
    """Drop equations whose outputs are never used (all primitives are pure)."""
    live = {v.id for v in jaxpr.outs if isinstance(v, Var)}
    kept = []
    for eqn in reversed(jaxpr.eqns):
        if any(v.id in live for v in eqn.out_binders):
            kept.append(eqn)
            live.update(x.id for x in eqn.inputs if isinstance(x, Var))
    kept.reverse()
    if len(kept) == len(jaxpr.eqns):
        return jaxpr
    return Jaxpr(jaxpr.in_binders, kept, jaxpr.outs)


# ---------------------------------------------------------------- transposition


def backward_pass(jaxpr: Jaxpr, residuals: list, cts_out: list) -> list:
    """Cotangents of the linear inputs of `jaxpr` (binders after the residuals) given
    cotangents of its outputs (None: zero)."""
    num_res = len(residuals)
    primal_env = {v.id: val for v, val in zip(jaxpr.in_binders[:num_res], residuals)}
    ct_env: dict[int, object] = {}

    def read_primal(x):
        if isinstance(x, Lit):
            return x.val
        if x.id in primal_env:
            return primal_env[x.id]
        return UndefinedPrimal(x.aval)

    def write_ct(x, ct):
        if ct is None or not isinstance(x, Var) or x.id in primal_env:
            return
        ct_env[x.id] = add(ct_env[x.id], ct) if x.id in ct_env else ct

    for v, ct in zip(jaxpr.outs, cts_out):
        write_ct(v, ct)
    for eqn in reversed(jaxpr.eqns):
        cts = [ct_env.pop(v.id, None) for v in eqn.out_binders]
        if all(ct is None for ct in cts):
            continue
        cts = [zeros_like_aval(v.aval) if ct is None else ct
               for v, ct in zip(eqn.out_binders, cts)]
        rule = transpose_rules.get(eqn.primitive)
        if rule is None:
            raise NotImplementedError(
                f"reverse-mode differentiation: no transpose rule for '{eqn.primitive}'")
        invals = [read_primal(x) for x in eqn.inputs]
        cts_in = rule(cts, *invals, **eqn.params)
        for x, ct in zip(eqn.inputs, cts_in):
            write_ct(x, ct)
    return [ct_env.get(v.id) for v in jaxpr.in_binders[num_res:]]


class LinearizeTracer(JaxprTracer):
    """A tracer of the linearization: either staged (a tangent) or known (`known` holds the
    value, which `full_lower` hands back so primal computations stay concrete)."""

    __slots__ = ("known",)

    def __init__(self, trace, aval, known=_UNKNOWN):
        super().__init__(trace, aval)
        self.known = known

    def full_lower(self):
        return self if self.known is _UNKNOWN else full_lower(self.known)


class LinearizeTrace(JaxprTrace):
    """JAX's partial evaluation, on the fly: primitives whose inputs are all known run now
    (at the level below), the others are staged into the linear (tangent) jaxpr. Primitives
    holding jaxprs (scan, cond, while) are split by their `partial_eval_rules` entry."""

    def new_arg(self, aval):
        tracer = LinearizeTracer(self, aval)
        self.builder.tracers.append(tracer)
        self.builder.add_var(tracer)
        return tracer

    def pure(self, val):
        tracer = self.builder.const_tracers.get(id(val))
        if tracer is None:
            tracer = LinearizeTracer(self, get_aval(val), val)
            self.builder.tracers += [tracer, val]
            self.builder.add_const(tracer, val)
            self.builder.const_tracers[id(val)] = tracer
        return tracer

    lift = pure

    def process_primitive(self, primitive, tracers, params):
        known = [t.known is not _UNKNOWN for t in tracers]
        if all(known):
            return [self.pure(v) for v in bind(primitive, *[t.known for t in tracers],
                                               **params)]
        rule = partial_eval_rules.get(primitive)
        if rule is None:
            return self._stage(primitive, tracers, params)
        avals_out = abstract_eval_rules[primitive](*[t.aval for t in tracers], **params)
        in_vars = [Var(t.aval) for t in tracers]
        eqn = JaxprEqn(primitive, in_vars, params, [Var(a) for a in avals_out])
        k_eqns, u_eqns, out_unknowns, _ = rule(eqn, [not k for k in known])
        env = {v.id: t for v, t in zip(in_vars, tracers)}
        values = {v.id: t.known for v, t in zip(in_vars, tracers) if t.known is not _UNKNOWN}
        for e in k_eqns:  # the known part runs now
            outs = bind(e.primitive, *[x.val if isinstance(x, Lit) else values[x.id]
                                       for x in e.inputs], **e.params)
            values.update((v.id, o) for v, o in zip(e.out_binders, outs))
        for e in u_eqns:  # the rest is staged
            ins = [self.pure(x.val) if isinstance(x, Lit) else
                   env[x.id] if x.id in env else self.pure(values[x.id]) for x in e.inputs]
            outs = self._stage(e.primitive, ins, e.params)
            env.update((v.id, o) for v, o in zip(e.out_binders, outs))
        return [env[v.id] if uk else self.pure(values[v.id])
                for v, uk in zip(eqn.out_binders, out_unknowns)]

    def _stage(self, primitive, tracers, params):
        avals_out = abstract_eval_rules[primitive](*[t.aval for t in tracers], **params)
        out_tracers = [LinearizeTracer(self, a) for a in avals_out]
        self.builder.tracers += out_tracers
        inputs = [self.builder.getvar(t) for t in tracers]
        outvars = [self.builder.add_var(t) for t in out_tracers]
        self.builder.eqns.append(JaxprEqn(primitive, inputs, params, outvars))
        return out_tracers


def linearize_flat(f: Callable, primals: list, num_aux: Callable[[], int] = lambda: 0):
    """Evaluate f at primals; return (outputs, aux, vjp function on flat cotangents).
    The last `num_aux()` outputs of f (known once f is traced) are not differentiated.
    The primal computation runs as it goes (so Python control flow on its values works,
    as in JAX); the tangent computation is staged into a linear jaxpr, then transposed."""
    avals = [get_aval(x) for x in primals]
    builder = JaxprBuilder()
    with TRACE_STACK.new_main(LinearizeTrace, builder) as main:
        trace = LinearizeTrace(main)
        tangents_in = [trace.new_arg(a.strip_weak_type()) for a in avals]
        outs, t_outs = jvp_flat(f, list(primals), tangents_in)
        n_aux = num_aux()
        num_out = len(outs) - n_aux
        t_outs = [full_raise(trace, t) for t in t_outs[:num_out]]
        linear, residuals = builder.build(tangents_in, t_outs)
    outs = [full_lower(o) for o in outs]
    if any(isinstance(o, LinearizeTracer) for o in outs):
        raise RuntimeError("internal error: a primal output depends on tangents")
    num_res = len(residuals)
    linear = Jaxpr(linear.in_binders, linear.eqns, linear.outs)

    def vjp_flat(cts):
        cts_in = backward_pass(linear, residuals, list(cts))
        return [zeros_like_aval(a) if ct is None else ct for a, ct in zip(avals, cts_in)]

    return outs[:num_out], outs[num_out:], vjp_flat


def vjp(fun: Callable, *primals, has_aux: bool = False):
    primals_flat, in_tree = tree_flatten(primals)
    store = {}

    def flat_fun(*flat):
        out = fun(*tree_unflatten(in_tree, flat))
        if has_aux:
            if not (isinstance(out, (tuple, list)) and len(out) == 2):
                raise TypeError("a function with has_aux=True must return a pair (out, aux)")
            out, aux = out
            aux_flat, store["aux_tree"] = tree_flatten(aux)
        else:
            aux_flat = []
        out_flat, store["out_tree"] = tree_flatten(out)
        store["num_aux"] = len(aux_flat)
        return out_flat + aux_flat

    outs, aux, vjp_flat_fn = linearize_flat(flat_fun, primals_flat,
                                            lambda: store["num_aux"])
    out_tree = store["out_tree"]

    def vjp_fn(*cts):
        ct = cts[0] if len(cts) == 1 else cts
        cts_flat = treedef_flatten_up_to(out_tree, ct)
        for o, c in zip(outs, cts_flat):
            oa, ca = get_aval(o), get_aval(c)
            if oa.shape != ca.shape:
                raise ValueError(f"vjp: cotangent {ca.str_short()} does not match output "
                                 f"{oa.str_short()}")
        grads = vjp_flat_fn(cts_flat)
        return tree_unflatten(in_tree, [_as_array(g) for g in grads])

    out = tree_unflatten(out_tree, [_as_array(o) for o in outs])
    if has_aux:
        return out, vjp_fn, tree_unflatten(store["aux_tree"], [_as_array(a) for a in aux])
    return out, vjp_fn


def _check_grad_input(x, argnum):
    aval = get_aval(x)
    if not is_float(aval.dtype):
        raise TypeError(f"grad requires real-valued (floating-point) inputs, but argument "
                        f"{argnum} has dtype {aval.dtype}; use a float dtype or exclude it from "
                        "argnums")


def value_and_grad(fun: Callable, argnums=0, has_aux: bool = False):
    int_argnums = isinstance(argnums, int)
    nums = (argnums,) if int_argnums else tuple(argnums)

    def value_and_grad_fun(*args, **kwargs):
        if any(i >= len(args) for i in nums):
            raise TypeError(f"differentiating with respect to argnums={argnums} requires at "
                            f"least {max(nums) + 1} positional arguments, got {len(args)}")
        dyn = [args[i] for i in nums]
        for i, a in zip(nums, dyn):
            for leaf in tree_flatten(a)[0]:
                _check_grad_input(leaf, i)

        def f_partial(*dyn_args):
            full = list(args)
            for i, a in zip(nums, dyn_args):
                full[i] = a
            return fun(*full, **kwargs)

        if has_aux:
            out, vjp_fn, aux = vjp(f_partial, *dyn, has_aux=True)
        else:
            out, vjp_fn = vjp(f_partial, *dyn)
        out_aval = get_aval(out) if not isinstance(out, (tuple, list, dict)) else None
        if out_aval is None or out_aval.shape != ():
            shape = out_aval.shape if out_aval is not None else type(out).__name__
            raise TypeError(f"grad requires a scalar output, but the function returned "
                            f"shape {shape}")
        if not is_float(out_aval.dtype):
            raise TypeError(f"grad requires a real-valued output, got {out_aval.dtype}")
        grads = vjp_fn(np.ones((), out_aval.dtype))
        grads = grads[0] if int_argnums else tuple(grads)
        return ((out, aux) if has_aux else out), grads

    return value_and_grad_fun


def grad(fun: Callable, argnums=0, has_aux: bool = False):
    vg = value_and_grad(fun, argnums, has_aux)

    def grad_fun(*args, **kwargs):
        value, g = vg(*args, **kwargs)
        return (g, value[1]) if has_aux else g

    return grad_fun


def jacfwd(fun: Callable, argnums: int = 0):
    """The Jacobian by forward mode: one jvp per input element (vmapped)."""
    from .batching import vmap
    from .numpy_api import asarray, eye, reshape

    def jac(*args):
        x = asarray(args[argnums])
        shape = x.shape

        def pushforward(t):
            full = list(args)
            return jvp(lambda v: fun(*full[:argnums], v, *full[argnums + 1:]), (x,),
                       (reshape(t, shape),))[1]

        basis = eye(int(np.prod(shape)), dtype=x.dtype)
        out = vmap(pushforward, out_axes=-1)(basis)
        return reshape(out, out.shape[:-1] + shape)

    return jac


def jacrev(fun: Callable, argnums: int = 0):
    """The Jacobian by reverse mode: one vjp per output element (vmapped)."""
    from .batching import vmap
    from .numpy_api import eye, reshape

    def jac(*args):
        def f_arg(v):
            full = list(args)
            full[argnums] = v
            return fun(*full)

        out, pullback = vjp(f_arg, args[argnums])
        out_shape = get_aval(out).shape
        basis = eye(int(np.prod(out_shape)), dtype=get_aval(out).dtype)
        rows = vmap(lambda ct: pullback(reshape(ct, out_shape))[0])(basis)
        return reshape(rows, out_shape + rows.shape[1:])

    return jac


def hessian(fun: Callable, argnums: int = 0):
    return jacfwd(jacrev(fun, argnums), argnums)


class custom_jvp:  # noqa: N801  (named as in JAX)
    """A function with a hand-written jvp rule, as `jax.custom_jvp`:

        @custom_jvp
        def f(x): ...
        @f.defjvp
        def f_jvp(primals, tangents): return f(*primals), tangent_out

    The rule is used when the innermost transformation of the arguments is forward/reverse
    differentiation; under others (vmap, jit staging) `f` itself is traced, and a
    differentiation further out then differentiates f's primitives."""

    def __init__(self, fun: Callable, nondiff_argnums: tuple = ()):
        import functools
        functools.update_wrapper(self, fun)
        self.fun = fun
        self.nondiff_argnums = tuple(nondiff_argnums)
        self.jvp_rule = None

    def defjvp(self, jvp: Callable) -> Callable:
        self.jvp_rule = jvp
        return jvp

    def __call__(self, *args):
        from .core import find_top_trace
        leaves = tree_flatten(args)[0]
        top = find_top_trace(leaves)
        if self.jvp_rule is None or not isinstance(top, JVPTrace):
            return self.fun(*args)
        nondiff = [args[i] for i in self.nondiff_argnums]
        diff_pos = [i for i in range(len(args)) if i not in self.nondiff_argnums]
        primals, tangents = [], []
        for i in diff_pos:
            p_leaves, tree = tree_flatten(args[i])
            raised = [full_raise(top, x) for x in p_leaves]
            primals.append(tree_unflatten(tree, [t.primal for t in raised]))
            tangents.append(tree_unflatten(tree, [t.tangent for t in raised]))
        out, t_out = self.jvp_rule(*nondiff, tuple(primals), tuple(tangents))
        out_leaves, out_tree = tree_flatten(out)
        t_leaves = treedef_flatten_up_to(out_tree, t_out)
        return tree_unflatten(out_tree, [JVPTracer(top, o, t)
                                         for o, t in zip(out_leaves, t_leaves)])
