"""Training-time code: data loading, pair generation, dataset building (needs the ``train`` extra only for the trainer)."""
