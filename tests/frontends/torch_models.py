"""Small models the torch frontend tests run: an MLP, a ResNet-style CNN, a GPT block."""
from __future__ import annotations

import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, d_in=16, hidden=32, d_out=4):
        super().__init__()
        self.fc1 = nn.Linear(d_in, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.out = nn.Linear(hidden, d_out)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        x = F.silu(self.fc2(x))
        return self.out(x)


class ResidualBlock(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        return F.relu(x + self.bn2(self.conv2(y)))


class SmallResNet(nn.Module):
    def __init__(self, classes=5):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, stride=1, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.block = ResidualBlock(8)
        self.pool = nn.MaxPool2d(2)
        self.avg = nn.AvgPool2d(2)
        self.head = nn.Linear(8, classes)

    def forward(self, x):
        x = F.relu(self.bn(self.stem(x)))
        x = self.pool(self.block(x))
        x = self.avg(x)
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


class DecoderBlock(nn.Module):
    def __init__(self, d_model=32, heads=4, dropout=0.0):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.ln2 = nn.LayerNorm(d_model)
        self.fc = nn.Linear(d_model, 4 * d_model)
        self.fc_out = nn.Linear(4 * d_model, d_model)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        b, t, c = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(c, dim=2)
        q, k, v = (z.view(b, t, self.heads, c // self.heads).transpose(1, 2) for z in (q, k, v))
        att = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.dropout(self.proj(att.transpose(1, 2).reshape(b, t, c)))
        return x + self.dropout(self.fc_out(F.gelu(self.fc(self.ln2(x)))))


class TinyGPT(nn.Module):
    def __init__(self, vocab=50, d_model=32, block_size=16, heads=4, dropout=0.0):
        super().__init__()
        self.tok = nn.Embedding(vocab, d_model)
        self.pos = nn.Embedding(block_size, d_model)
        self.block = DecoderBlock(d_model, heads, dropout)
        self.ln = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, vocab, bias=False)

    def forward(self, idx):
        t = idx.shape[1]
        x = self.tok(idx) + self.pos(torch.arange(t, device=idx.device))
        x = self.ln(self.block(x))
        return F.log_softmax(self.head(x), dim=-1)


def mlp_case():
    torch.manual_seed(0)
    model = MLP()
    x = torch.randn(8, 16)
    target = torch.randint(0, 4, (8,))
    return model, (x,), lambda out: F.cross_entropy(out, target)


def cnn_case():
    torch.manual_seed(0)
    model = SmallResNet()
    x = torch.randn(4, 3, 8, 8)
    target = torch.randint(0, 5, (4,))
    return model, (x,), lambda out: F.cross_entropy(out, target)


def gpt_case():
    torch.manual_seed(0)
    model = TinyGPT()
    idx = torch.randint(0, 50, (2, 16))
    target = torch.randint(0, 50, (2, 16))
    return model, (idx,), lambda out: F.nll_loss(out.reshape(-1, 50), target.reshape(-1))


CASES = {"mlp": mlp_case, "cnn": cnn_case, "gpt": gpt_case}
