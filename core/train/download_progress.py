"""How far a torchvision download has got, for the Train tab's progress bar.

torchvision writes its download progress with tqdm to the terminal, where a desktop app's user
never looks. While a dataset loads, the `tqdm` its download helper uses is replaced by a stand-in
that reports (bytes done, bytes in all) to a callback; torchvision is left as it was afterwards.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

DownloadReport = Callable[[int, int], None]  # bytes done, bytes in all (0: not known)
REPORT_INTERVAL_S = 0.1  # a few reports a second: a progress bar needs no more


def _stand_in(report: DownloadReport) -> type:
    class ReportingBar:
        """What torchvision's download loop uses of tqdm: a total, update(n), a context."""

        def __init__(self, *_args: Any, total: int | None = None, **_kwargs: Any) -> None:
            self.total = int(total or 0)
            self.n = 0
            self._reported_at = 0.0
            report(0, self.total)

        def update(self, n: int = 1) -> None:
            self.n += n
            now = time.perf_counter()
            if now - self._reported_at >= REPORT_INTERVAL_S or (self.total and self.n >= self.total):
                self._reported_at = now
                report(self.n, self.total)

        def close(self) -> None:
            report(self.n, self.total)

        def set_description(self, *_args: Any, **_kwargs: Any) -> None:
            pass

        def __enter__(self) -> ReportingBar:
            return self

        def __exit__(self, *_exc: object) -> None:
            self.close()

    return ReportingBar


@contextmanager
def reporting_downloads(report: DownloadReport | None) -> Iterator[None]:
    """Within the block, torchvision's downloads report their progress to `report`."""
    utils = sys.modules.get("torchvision.datasets.utils")
    if report is None or utils is None or not hasattr(utils, "tqdm"):
        yield
        return
    original = utils.tqdm
    utils.tqdm = _stand_in(report)
    try:
        yield
    finally:
        utils.tqdm = original
