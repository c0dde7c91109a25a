"""An MLP trained with hlox.grad + SGD on a synthetic task reaches the expected loss."""
from __future__ import annotations

import numpy as np

import hlox
import hlox.nn as hnn
import hlox.numpy as hnp
import hlox.random as hr
from hlox.frontends.tracer import tree_map


def init_mlp(key, sizes):
    # one draw of 1000 normals (the program test_tracer_core's random test compiles too)
    draws = np.asarray(hr.normal(key, (1000,)))
    params, start = [], 0
    for a, b in zip(sizes[:-1], sizes[1:]):
        w = draws[start:start + a * b].reshape(a, b) * np.float32(np.sqrt(2.0 / a))
        params.append((w, np.zeros(b, np.float32)))
        start += a * b
    return params


def predict(params, x):
    for w, b in params[:-1]:
        x = hnn.relu(x @ w + b)
    w, b = params[-1]
    return x @ w + b


def loss_fn(params, x, labels):
    logits = predict(params, x)
    return -hnp.mean(hnp.sum(hnn.log_softmax(logits) * hnn.one_hot(labels, 2), axis=-1))


def two_moons(n, seed):
    r = np.random.default_rng(seed)
    t = r.uniform(0, np.pi, n)
    upper = r.integers(0, 2, n)
    x = np.where(upper[:, None] == 1,
                 np.stack([np.cos(t), np.sin(t)], 1),
                 np.stack([1 - np.cos(t), 0.5 - np.sin(t)], 1))
    x += r.normal(0, 0.05, x.shape)
    return x.astype(np.float32), upper.astype(np.int32)


def test_mlp_trains_with_grad_and_sgd():
    x, y = two_moons(256, seed=0)
    params = init_mlp(hr.PRNGKey(0), (2, 16, 16, 2))

    @hlox.jit
    def step(params, x, y):
        loss, grads = hlox.value_and_grad(loss_fn)(params, x, y)
        return tree_map(lambda p, g: p - 0.2 * g, params, grads), loss

    losses = []
    for _ in range(300):
        params, loss = step(params, x, y)
        losses.append(float(loss))
    assert step.cache_size() == 1  # every step reused the one compiled program
    assert losses[0] > 0.4
    assert losses[-1] < 0.05, f"final loss {losses[-1]:.4f}"
    x_test, y_test = two_moons(256, seed=1)
    accuracy = float(hlox.jit(lambda p, x, y: hnp.mean(hnp.argmax(predict(p, x), -1) == y))(
        params, x_test, y_test))
    assert accuracy > 0.97
