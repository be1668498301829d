"""streamguard's benchmark suite: classifier, segmenter, end-to-end stall, concurrency (and a GPU check).

Run it with ``python -m benchmarks`` (``--quick`` for the under-two-minutes smoke run that CI exercises).
Each module's docstring states its workload; ``benchmarks/README.md`` explains the method and
``benchmarks/RESULTS.md`` holds the latest figures. The benchmarks compare alternatives side by side in one
run — never against remembered numbers — because this machine is noisy.
"""
