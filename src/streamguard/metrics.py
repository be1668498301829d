"""Prometheus metrics, all prefixed ``streamguard_``.

One ``GuardMetrics`` per registry; the process-wide default uses its own ``CollectorRegistry`` so that
importing streamguard never touches an application's global registry. Label values are closed sets
(outcome, error kind, mode): nothing from a request — no key, path or model name — becomes a label.
"""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

SEGMENT_OUTCOMES = ("held", "released", "withheld", "annotated", "checked", "skipped")
ERROR_KINDS = ("classifier", "decode", "upstream", "overflow", "disconnect")


class GuardMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.segments = Counter("streamguard_segments", "Segments by outcome.", ["outcome"], registry=r)
        self.verdict_latency = Histogram(
            "streamguard_verdict_latency_seconds", "Time from a segment's completion to its verdict.",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0), registry=r)
        self.deadline_misses = Counter("streamguard_deadline_misses", "Verdicts not ready when a hold budget ran out.", registry=r)
        self.fail_open = Counter("streamguard_fail_open", "Held text released without its verdict (on_deadline=release).", registry=r)
        self.fail_closed = Counter("streamguard_fail_closed", "Held text withheld without its verdict (on_deadline=withhold).", registry=r)
        self.batch_size = Histogram("streamguard_classifier_batch_size", "Pairs per classifier call.",
                                    buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256), registry=r)
        self.streams_in_flight = Gauge("streamguard_streams_in_flight", "Guarded streams now open.", registry=r)
        self.streams = Counter("streamguard_streams", "Guarded streams by mode.", ["mode"], registry=r)
        self.errors = Counter("streamguard_errors", "Errors by kind.", ["kind"], registry=r)
        self.upstream_retries = Counter(
            "streamguard_upstream_retries",
            "Proxy requests sent again on a fresh connection after a reused upstream connection failed "
            "before any response byte.", registry=r)
        for outcome in SEGMENT_OUTCOMES:
            self.segments.labels(outcome=outcome)
        for kind in ERROR_KINDS:
            self.errors.labels(kind=kind)

    def exposition(self) -> tuple[bytes, str]:
        """The text format body and its content type, for a /metrics endpoint."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


_default: GuardMetrics | None = None


def default_metrics() -> GuardMetrics:
    global _default
    if _default is None:
        _default = GuardMetrics()
    return _default
