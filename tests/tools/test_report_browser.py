"""The report of a transformer block, opened in a real headless Chromium.

Chromium is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: file
descriptors 3 and 4, NUL-terminated JSON messages), so the test sees every console error,
uncaught exception and network request, runs the page's own scripts, clicks its links and
takes screenshots (saved in pytest's tmp dir; their paths are printed).

`make test` installs Debian's `chromium` when it is missing. The test is skipped only when
no Chromium binary can be found (HLOX_CHROMIUM names one explicitly).
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from hlox.tools.cli import main

TRANSFORMER = Path(__file__).parents[1] / "fixtures" / "jax" / "transformer_block.hlo"
TIMEOUT = 30.0


def _chromium() -> str | None:
    if os.environ.get("HLOX_CHROMIUM"):
        return os.environ["HLOX_CHROMIUM"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


class Browser:
    """A headless Chromium and one page in it, spoken to over the DevTools pipe."""

    def __init__(self, binary: str, profile: Path):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-extensions",
                 "--disable-dev-shm-usage", "--remote-debugging-pipe",
                 f"--user-data-dir={profile}", "about:blank"]
        def onto_3_and_4():  # the browser reads commands on fd 3, writes replies on fd 4
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
                    for fd in (to_browser_r, from_browser_w)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.process = subprocess.Popen(
            # Python's own descriptors are not inherited (PEP 446): the browser gets 3 and 4
            [binary, *flags], close_fds=False, preexec_fn=onto_3_and_4,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._replies: dict[int, dict] = {}
        self._events: queue.Queue = queue.Queue()
        self.events: list[dict] = []
        self._lock = threading.Condition()
        self._next_id = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._stderr: list[bytes] = []
        threading.Thread(target=lambda: self._stderr.extend(self.process.stderr), daemon=True
                         ).start()
        self.session = None
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_browser, 1 << 16):
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._lock:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._lock.notify_all()

    def send(self, method: str, params: dict | None = None, session: bool = True) -> dict:
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
        message = {"id": message_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        with self._lock:
            while message_id not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise AssertionError(f"no reply to {method} from Chromium: "
                                         + b"".join(self._stderr).decode(errors="replace")[-2000:])
                self._lock.wait(min(left, 0.5))
            reply = self._replies.pop(message_id)
        if "error" in reply:
            raise AssertionError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_for(self, method: str, after: int = 0) -> dict:
        deadline = time.monotonic() + TIMEOUT
        with self._lock:
            while True:
                for event in self.events[after:]:
                    if event.get("method") == method:
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"Chromium sent no {method}")
                self._lock.wait(min(left, 0.5))

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def navigate(self, url: str) -> None:
        mark = len(self.events)
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired", mark)

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, log errors so far."""
        found = []
        with self._lock:
            events = list(self.events)
        for event in events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails']}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error",
                                                                                  "warning",
                                                                                  "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error",
                                                                              "warning"):
                found.append(f"log: {params['entry']}")
        return found

    def forget_events(self) -> None:
        with self._lock:
            self.events.clear()

    def requests(self) -> list[str]:
        with self._lock:
            return [e["params"]["request"]["url"] for e in self.events
                    if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False)
        except AssertionError:
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = _chromium()
    if binary is None:
        pytest.skip("Chromium is not installed (make test installs Debian's `chromium`)")
    session = Browser(binary, tmp_path_factory.mktemp("chromium-profile"))
    yield session
    session.close()


@pytest.fixture(scope="module")
def dumps(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser-report")
    code = main(["compile", str(TRANSFORMER), "--dump-dir", str(root / "dumps"), "--report"])
    assert code == 0 and (root / "dumps" / "report.html").exists()
    return root / "dumps"


# The built-in layout always; Graphviz's too where `dot` is installed.
LAYOUTS = ["builtin"] + (["dot"] if shutil.which("dot") else [])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_report_in_chromium(browser, dumps, layout, tmp_path):
    browser.forget_events()  # what an earlier page did is not this one's
    report_file = tmp_path / f"report-{layout}.html"
    assert main(["explore", str(dumps), "-o", str(report_file), "--layout", layout]) == 0
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1400, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    url = report_file.as_uri()
    browser.navigate(url)
    assert browser.evaluate("document.body.getAttribute('data-ready')") == "1"
    assert browser.problems() == []

    # Offline: the page asked for nothing but itself.
    assert [u for u in browser.requests() if u != url and not u.startswith("data:")] == []

    # The graph and the buffer chart have content, laid out with a real size.
    drawn = browser.evaluate("""(() => {
        const graph = document.querySelector('svg.graph');
        const chart = document.querySelector('svg.buffers');
        const box = (el) => { const r = el.getBoundingClientRect(); return [r.width, r.height]; };
        return {nodes: graph.querySelectorAll('.node').length,
                clusters: graph.querySelectorAll('.cluster').length,
                graphSize: box(graph), boxes: chart.querySelectorAll('.buf').length,
                chartSize: box(chart), peak: !!chart.querySelector('#buffer-peak'),
                firstBox: box(chart.querySelector('.buf rect'))};
    })()""")
    buffers = [line for line in next(dumps.glob("*.buffer-assignment.txt")).read_text()
               .splitlines() if line.startswith("buffer ")]
    assert drawn["nodes"] > 20 and drawn["clusters"] > 3, drawn
    assert min(drawn["graphSize"]) > 200 and min(drawn["chartSize"]) > 200, drawn
    assert drawn["boxes"] == len(buffers) and drawn["peak"], drawn
    assert min(drawn["firstBox"]) > 0, drawn
    assert browser.evaluate("document.querySelector('svg.graph').getAttribute('data-layout')"
                            ) == layout
    shot = browser.screenshot(tmp_path / "report.png")
    print(f"\nscreenshot of the report: {shot}")

    # Every in-page link leads somewhere.
    dangling = browser.evaluate("""Array.from(document.querySelectorAll('a[href^="#"]'))
        .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
        .filter(id => !document.getElementById(id))""")
    assert dangling == []

    # The pass links: a click opens that pass (a closed <details>) and shows its diff.
    opened = browser.evaluate("""(() => {
        const results = [];
        for (const a of document.querySelectorAll('nav a[href^="#pass-"]')) {
            const id = a.getAttribute('href').slice(1);
            const target = document.getElementById(id);
            const wasOpen = target.open;
            a.click();
            const listing = target.querySelector('pre');
            results.push({id, wasOpen, open: target.open, hash: location.hash,
                          visible: !!listing && listing.getBoundingClientRect().height > 0});
        }
        return results;
    })()""")
    assert len(opened) >= 3
    for item in opened:
        assert not item["wasOpen"] and item["open"] and item["visible"], item
        assert item["hash"] == "#" + item["id"], item

    # One fusion, followed from the graph to its kernel card, its HLO and its C.
    followed = browser.evaluate("""(() => {
        const cluster = document.querySelector('svg.graph .cluster');
        const title = cluster.querySelector('a[href^="#kernel-"]');
        title.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
        const card = document.getElementById(location.hash.slice(1));
        const hlo = card.querySelector('a[href^="#hlo-"]');
        const c = card.querySelector('a[href^="#c-"]');
        c.click();
        const cLine = document.getElementById(location.hash.slice(1));
        const cTop = cLine.getBoundingClientRect().top;
        hlo.click();
        const hloLine = document.getElementById(location.hash.slice(1));
        return {card: card.id, cLine: cLine.textContent.slice(0, 80),
                cInView: cTop >= 0 && cTop < innerHeight,
                hloLine: hloLine.textContent.slice(0, 80)};
    })()""")
    assert followed["card"].startswith("kernel-"), followed
    assert "void k_" in followed["cLine"] and followed["cInView"], followed
    name = followed["card"][len("kernel-"):]
    assert name in followed["hloLine"] and "fusion(" in followed["hloLine"], followed

    fitted = browser.evaluate("""(() => {
        const before = document.querySelector('svg.graph').getBoundingClientRect().width;
        document.querySelector('button.zoom').click();
        const after = document.querySelector('svg.graph').getBoundingClientRect().width;
        document.getElementById('graph').scrollIntoView({block: 'start'});
        return [before, after, document.getElementById('graph-box').clientWidth];
    })()""")
    assert abs(fitted[1] - fitted[2]) < 30, fitted  # "fit" makes it as wide as its box
    print(f"screenshot of the graph: {browser.screenshot(tmp_path / 'report-graph.png')}")
    browser.evaluate("document.getElementById('buffers').scrollIntoView({block: 'start'})")
    print(f"screenshot of the buffers: {browser.screenshot(tmp_path / 'report-buffers.png')}")
    assert browser.problems() == []

    # The listener does catch errors: an uncaught exception shows up as one.
    mark = len(browser.events)
    browser.evaluate("setTimeout(() => { throw new Error('probe'); }, 0); 1")
    browser.wait_for("Runtime.exceptionThrown", mark)
    assert any("probe" in p for p in browser.problems())
    browser.forget_events()  # the next page starts with none
