"""A fault-injecting HTTP proxy in front of the real LRS: answers 500, or answers slowly, on demand.

Ralph itself never fails on purpose; a department's LRS behind a busy load balancer does. The
proxy forwards every request unchanged (method, path, headers, body) unless told to fail.
"""

from __future__ import annotations

import http.server
import threading
import time
import urllib.error
import urllib.request

from tests.services.lrs.ralph import free_port


class FaultProxy:
    def __init__(self, upstream_port: int):
        self.upstream = f"http://127.0.0.1:{upstream_port}"
        self.fail_next = 0  # answer this many requests with 500 before forwarding again
        self.delay = 0.0  # seconds to wait before forwarding each request
        self.requests: list[tuple[str, str, int]] = []  # (method, path, status answered)
        self.port = free_port()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if proxy.delay:
                    time.sleep(proxy.delay)
                if proxy.fail_next > 0:
                    proxy.fail_next -= 1
                    self._answer(500, b'{"detail": "internal error (injected)"}')
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                req = urllib.request.Request(proxy.upstream + self.path, data=body or None, method=self.command,
                                             headers=headers)
                try:
                    with urllib.request.urlopen(req, timeout=30) as resp:
                        self._answer(resp.status, resp.read())
                except urllib.error.HTTPError as exc:
                    self._answer(exc.code, exc.read())

            def _answer(self, status: int, body: bytes) -> None:
                proxy.requests.append((self.command, self.path, status))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a "slow LRS" test)

            do_GET = do_POST = do_PUT = _handle

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
