"""What a person would notice is broken on a rendered page, gathered while it loads."""

from dataclasses import dataclass, field
from urllib.parse import urlparse

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ERROR_TEXTS = ("Javascript Error", "Traceback (most recent call last)", "Error displaying widget")


@dataclass
class PageProblems:
    """Console errors, uncaught exceptions and failed local requests of one page."""

    errors: list[str] = field(default_factory=list)

    def watch(self, page) -> None:
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("console", self._console)
        page.on("requestfailed", self._request_failed)

    def _console(self, message) -> None:
        # The widget manager asks a CDN for Font Awesome; this machine is offline, and a
        # missing icon font is not a fault of ours. Local failures are caught below.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(f"console: {message.text}")

    def _request_failed(self, request) -> None:
        if urlparse(request.url).hostname in LOCAL_HOSTS:
            self.errors.append(f"request failed: {request.url} ({request.failure})")


def visible_faults(page) -> list[str]:
    """Error text and stderr outputs shown on the page itself."""
    text = page.inner_text("body")
    faults = [f"page shows {t!r}" for t in ERROR_TEXTS if t in text]
    stderr = page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count()
    if stderr:
        faults.append(f"{stderr} stderr output(s) on the page")
    return faults
