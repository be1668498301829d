"""Export a trained cross-encoder to ONNX: fp32 (reference), int8 with per-token activation scales (CPU), fp16 (CUDA).

The export uses eager attention so that the graph holds plain MatMul/Softmax nodes, which the int8
quantizer (``quantize.py``) and ONNX Runtime's own graph optimizations understand. Batch and sequence axes are dynamic.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path


def export_onnx(model_dir: Path, out_dir: Path, *, opset: int = 17) -> Path:
    import torch
    from transformers import AutoModelForSequenceClassification

    out_dir.mkdir(parents=True, exist_ok=True)
    model = AutoModelForSequenceClassification.from_pretrained(model_dir, attn_implementation="eager").eval()
    sample = {
        "input_ids": torch.tensor([[101, 2023, 2003, 1037, 3231, 102, 2009, 2003, 2025, 102]] * 2),
        "attention_mask": torch.ones(2, 10, dtype=torch.long),
        "token_type_ids": torch.tensor([[0] * 6 + [1] * 4] * 2),
    }
    fp32 = out_dir / "model.fp32.onnx"

    class Wrapped(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).logits

    with torch.inference_mode():
        torch.onnx.export(
            Wrapped(model), (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]), str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
            dynamic_axes={k: {0: "batch", 1: "sequence"} for k in sample} | {"logits": {0: "batch"}},
            opset_version=opset, dynamo=False)
    return fp32


def quantize_int8(fp32: Path, out: Path) -> Path:
    """int8 for the CPU with one activation scale per token (``quantize.py``), so scores do not depend on the batch."""
    from .quantize import quantize_per_token

    return quantize_per_token(fp32, out)


def convert_fp16(fp32: Path, out: Path) -> Path:
    import onnx
    from onnxruntime.transformers.float16 import convert_float_to_float16

    model = onnx.load(str(fp32))
    onnx.save(convert_float_to_float16(model, keep_io_types=True), str(out))
    return out


def export_all(model_dir: Path, out_dir: Path, *, threshold: float, max_length: int, extra_meta: dict | None = None,
               keep_fp32: bool = False) -> dict[str, Path]:
    """Write model.int8.onnx, model.fp16.onnx, tokenizer.json and streamguard.json into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fp32 = export_onnx(model_dir, out_dir)
    files = {"fp32": fp32, "int8": quantize_int8(fp32, out_dir / "model.int8.onnx"),
             "fp16": convert_fp16(fp32, out_dir / "model.fp16.onnx")}
    shutil.copy(Path(model_dir) / "tokenizer.json", out_dir / "tokenizer.json")
    meta = {"threshold": threshold, "max_length": max_length, "labels": ["not_contradiction", "contradiction"],
            "input": "earlier (with optional 'question [SEP] ' prefix) / later",
            "int8_activation_scales": "per-token", **(extra_meta or {})}
    (out_dir / "streamguard.json").write_text(json.dumps(meta, indent=2) + "\n")
    if not keep_fp32:
        fp32.unlink()
        files.pop("fp32")
    return files
