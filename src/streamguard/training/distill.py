"""Distil the trained cross-encoder into a shallower student built from some of its own layers.

Run-time cost grows with depth, so a shallower model is the direct way to a faster check. Two choices make
the student keep what the teacher learned:

- It starts as the teacher minus some layers (its embeddings, the kept layers, pooler and head), not from the
  sentence encoder: the layers already carry the task.
- It learns the teacher's probabilities (soft targets, weight ``soft_weight``) as well as the labels, on the
  same training pairs; the soft targets say how sure the teacher is, which a 0/1 label does not.

Measured on this machine before it was wired in (teacher: the shipped 6-layer model; each student trained on
the first steps x 32 training pairs; PyTorch fp32; teacher: own dev F1 0.867, ChatProtect validation AUC
0.749, validation F1 0.435):

- 5 layers (0,1,2,3,5), 1,000 steps, 13 minutes: dev F1 0.860, validation AUC 0.768, validation F1 0.427;
- 4 layers (0,1,3,5), 1,200 steps, 14 minutes: dev F1 0.822, validation AUC 0.705, validation F1 0.409;
- 4 layers (0,1,2,5), 1,500 steps, 19 minutes: dev F1 0.839, validation AUC 0.666, validation F1 0.345.

Four layers lose too much; five keep the teacher's quality on these figures.
"""
from __future__ import annotations

import copy
import logging
import random
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("streamguard.training")


def parse_layers(text: str, depth: int) -> list[int]:
    """``"0,1,2,5"`` -> [0, 1, 2, 5]: distinct layer indices of a ``depth``-layer teacher, in order."""
    try:
        keep = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise ValueError(f"student layers {text!r} are not allowed: give comma-separated layer numbers, e.g. 0,1,2,5") from None
    if not keep or sorted(set(keep)) != keep or keep[0] < 0 or keep[-1] >= depth or len(keep) >= depth:
        raise ValueError(f"student layers {text!r} are not allowed: give increasing, distinct layer numbers from 0 to "
                         f"{depth - 1}, fewer than the teacher's {depth}")
    return keep


def distillation_pairs(train_set: list[dict], extra: list[dict], n: int) -> list[dict]:
    """The ``n`` pairs a student learns from: ``extra`` twice (all of it, however small ``n``: they are what the
    teacher was tuned on), then the first training pairs."""
    pairs = list(extra) * 2
    return pairs + train_set[:max(0, n - len(pairs))]


def distill(teacher_dir: Path, out_dir: Path, *, keep: list[int], train_set: list[dict], dev_set: list[dict],
            steps: int, ffn: int | None = None, extra: list[dict] | None = None, batch_size: int = 32, lr: float = 3e-5,
            warmup: float = 0.06, max_length: int = 128, soft_weight: float = 0.7, seed: int = 13, device: Any = None) -> tuple[float, float]:
    """Train the student, save it to ``out_dir``; return its (dev F1, F1-best dev threshold).

    ``ffn``: also narrow each kept layer's feed-forward block to this many units (``train.keep_ffn``). ``extra``:
    pairs shown (twice) among the training pairs, e.g. the hand-written pairs a tuned teacher was trained on, so
    that the student learns the teacher's judgement on them too."""
    import torch
    from tqdm import tqdm
    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
    )

    from .train import Optimizer, best_f1, evaluate, keep_ffn, keep_layers, make_batches

    device = device or torch.device("cpu")
    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(teacher_dir)
    teacher = AutoModelForSequenceClassification.from_pretrained(teacher_dir, attn_implementation="eager").to(device).eval()
    student = copy.deepcopy(teacher)
    keep_layers(student, keep)
    batches = make_batches(distillation_pairs(train_set, extra or [], steps * batch_size), tokenizer, batch_size=batch_size, max_length=max_length,
                           rng=random.Random(seed), flip=0.25)[:steps]
    if ffn:
        keep_ffn(student, ffn, [{k: v.to(device) for k, v in b.items()} for b in batches[:16]])
    student.train()
    dev_batches = make_batches(dev_set, tokenizer, batch_size=64, max_length=max_length, rng=random.Random(1), flip=0.0)
    optimizer = Optimizer(student, lr=lr, steps=len(batches), warmup=warmup)
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    log.info("distilling layers %s of %d (feed-forward width %d) into %s: %d steps", keep, teacher.config.num_hidden_layers,
             student.config.intermediate_size, out_dir, len(batches))
    t0 = time.time()
    for step, b in enumerate(tqdm(batches, desc="distill", mininterval=5), 1):
        b = {k: v.to(device) for k, v in b.items()}
        labels = b.pop("labels")
        with torch.inference_mode():
            soft = torch.sigmoid(teacher(**b).logits[:, 0])
        logits = student(**b).logits[:, 0]
        loss = soft_weight * bce(logits, soft.clone()) + (1 - soft_weight) * bce(logits, labels)
        optimizer.update(loss)
        if step % 50 == 0:
            log.info("distill step %d/%d loss %.4f %.2f s/step", step, len(batches), loss.item(), (time.time() - t0) / step)
    f1, threshold, p, r = best_f1(*evaluate(student, dev_batches, device))
    log.info("student dev F1 %.4f at threshold %.3f (P %.3f R %.3f), %.1f min", f1, threshold, p, r, (time.time() - t0) / 60)
    student.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return f1, threshold
