"""One micro-batcher shared by every stream of the process.

Streams submit pair lists and await the probabilities. A single worker thread takes what is queued, waits
up to ``max_wait_ms`` for more (never past ``max_batch`` pairs), runs one classifier call off the event
loop, and hands each stream its slice. Why a thread and not a task: the batcher must outlive any one
request and serve every event loop in the process; ONNX Runtime releases the GIL while it computes.

- Backpressure: at most ``max_queue`` pairs wait; ``submit`` waits (asynchronously) for room beyond that.
- Cancellation: a stream that goes away cancels its ``submit``; its pairs are dropped before inference if
  they have not started yet.
- A classifier exception fails the requests of that batch (each gets the exception), not the worker.
"""
from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol, Sequence

import numpy as np

from .runtime import guard_threshold_of


class PairClassifier(Protocol):
    threshold: float

    def predict(self, pairs: Sequence[tuple[Any, ...]]) -> np.ndarray: ...


@dataclass(eq=False)
class _Request:
    pairs: list[tuple[Any, ...]]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[np.ndarray]
    cancelled: bool = False
    enqueued: float = field(default_factory=time.perf_counter)


class MicroBatcher:
    """Batch checks from all streams into shared classifier calls.

    Example::

        batcher = MicroBatcher(clf, max_batch=32, max_wait_ms=2)
        probs = await batcher.submit([(earlier, later, question), ...])
    """

    def __init__(self, classifier: PairClassifier, *, max_batch: int = 32, max_wait_ms: float = 2.0,
                 max_queue: int = 4096, on_batch: Callable[[int, float], None] | None = None) -> None:
        if max_batch < 1:
            raise ValueError(f"max_batch={max_batch!r} is not allowed: use a whole number of at least 1")
        if max_queue < max_batch:
            raise ValueError(f"max_queue={max_queue!r} is not allowed: use at least max_batch ({max_batch})")
        if not 0 <= max_wait_ms <= 1000:
            raise ValueError(f"max_wait_ms={max_wait_ms!r} is not allowed: use 0 to 1000 milliseconds")
        self.classifier = classifier
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self.max_queue = max_queue
        self.on_batch = on_batch
        self._queue: deque[_Request] = deque()
        self._queued_pairs = 0
        self._cond = threading.Condition()
        self._room: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._thread: threading.Thread | None = None
        self._closed = False
        self.batches = 0
        self.pairs_done = 0

    @property
    def threshold(self) -> float:
        return guard_threshold_of(self.classifier)

    @property
    def queued_pairs(self) -> int:
        return self._queued_pairs

    def _ensure_worker(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._work, name="streamguard-batcher", daemon=True)
            self._thread.start()

    async def submit(self, pairs: Sequence[tuple[Any, ...]]) -> np.ndarray:
        if not pairs:
            return np.zeros(0, dtype=np.float32)
        if self._closed:
            raise RuntimeError("the micro-batcher is closed")
        loop = asyncio.get_running_loop()
        while True:
            with self._cond:
                if self._queued_pairs == 0 or self._queued_pairs + len(pairs) <= self.max_queue:
                    req = _Request(list(pairs), loop, loop.create_future())
                    self._queue.append(req)
                    self._queued_pairs += len(req.pairs)
                    self._ensure_worker()
                    self._cond.notify()
                    break
                room: asyncio.Future[None] = loop.create_future()
                self._room.append((loop, room))
            await room
        try:
            return await req.future
        except asyncio.CancelledError:
            req.cancelled = True
            raise

    def _take(self) -> list[_Request]:
        """Wait for work, then gather up to max_batch pairs, waiting at most max_wait for more."""
        with self._cond:
            while not self._queue and not self._closed:
                self._cond.wait()
            if self._closed and not self._queue:
                return []
            deadline = time.perf_counter() + self.max_wait
            while self._queued_pairs < self.max_batch:
                left = deadline - time.perf_counter()
                if left <= 0 or not self._cond.wait(left):
                    break
            taken, n = [], 0
            while self._queue and (not taken or n + len(self._queue[0].pairs) <= self.max_batch):
                req = self._queue.popleft()
                self._queued_pairs -= len(req.pairs)
                if req.cancelled or req.future.cancelled():
                    continue
                taken.append(req)
                n += len(req.pairs)
            waiters, self._room = self._room, []
        for loop, fut in waiters:
            _post(loop, _resolve, fut, None)
        return taken

    def _work(self) -> None:
        while not self._closed or self._queue:
            taken = self._take()
            if not taken:
                continue
            pairs = [p for req in taken for p in req.pairs]
            start = time.perf_counter()
            try:
                probs = np.asarray(self.classifier.predict(pairs), dtype=np.float32)
                error: BaseException | None = None
            except Exception as exc:  # delivered to each waiting stream; the worker lives on
                probs, error = np.zeros(0, dtype=np.float32), exc
            self.batches += 1
            self.pairs_done += len(pairs)
            if self.on_batch is not None:
                self.on_batch(len(pairs), time.perf_counter() - start)
            offset = 0
            for req in taken:
                n = len(req.pairs)
                if error is not None:
                    _post(req.loop, _fail, req.future, error)
                else:
                    _post(req.loop, _resolve, req.future, probs[offset:offset + n])
                offset += n

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


def _resolve(fut: asyncio.Future[Any], value: Any) -> None:
    if not fut.done():
        fut.set_result(value)


def _fail(fut: asyncio.Future[Any], exc: BaseException) -> None:
    if not fut.done():
        fut.set_exception(exc)


def _post(loop: asyncio.AbstractEventLoop, fn: Callable[..., None], *args: Any) -> None:
    try:
        loop.call_soon_threadsafe(fn, *args)
    except RuntimeError:  # that stream's event loop has closed: nobody is waiting any more
        pass
