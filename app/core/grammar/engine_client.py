"""The GUI process's side of the engine process: start it, ask it, notice when it dies or hangs.

:class:`EngineProcess` starts ``python -m app.core.grammar.engine_host`` on first use and sends it one
request at a time (callers on several threads queue on a lock). Every request has a deadline; a
process that has died (EngineCrashed) or not answered in time (EngineHung, then it is killed) is
started afresh by the next request. A thread per process reads the answers, so a caller waits without
holding the interpreter lock and the window's thread never waits at all. No Qt here.
"""

from __future__ import annotations

import atexit
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

from app.core.grammar.engine_protocol import EngineCrashed, EngineHung, read_frame, write_frame
from app.core.phrase import Phrase, phrase

LOAD_DEADLINE = 120.0  # seconds for a fresh process to load its engine (seconds normally, more on a busy machine)
CHECK_DEADLINE = 30.0  # a check, plus CHECK_DEADLINE_PER_CHAR for every character checked
CHECK_DEADLINE_PER_CHAR = 0.01
CLOSE_GRACE = 0.1  # seconds to wait for the killed process to be reaped

_APP_ROOT = str(Path(__file__).resolve().parents[3])  # the folder holding the ``app`` package


class EngineProcess:
    def __init__(self, load_deadline: float = LOAD_DEADLINE, check_deadline: float = CHECK_DEADLINE) -> None:
        self.load_deadline, self.check_deadline = load_deadline, check_deadline
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._answers: queue.Queue = queue.Queue()
        self._next_id = 0
        self._fresh = True  # no request answered yet: the first one also waits for the engine to load
        self.starts = 0  # processes started so far, for the indicator and for tests
        self.closed = False
        atexit.register(self.close)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def call(self, op: str, args: dict):
        """Send one request and return its value; raises what the engine raised, or EngineFailure."""
        with self._lock:
            if self.closed:
                raise EngineCrashed(phrase("Программа закрывается: проверка остановлена."))
            if self._proc is None or self._proc.poll() is not None:
                self._start()
            self._next_id += 1
            request_id = self._next_id
            deadline = self._deadline(op, args)
            try:
                write_frame(self._proc.stdin, {"id": request_id, "op": op, "args": args})
            except OSError:
                self._kill()
                raise EngineCrashed(self._crash_message()) from None
            answer = self._wait(request_id, deadline)
            self._fresh = False
        if "error" in answer:
            raise answer["error"]
        return answer["ok"]

    def close(self) -> None:
        """End the process at once: nothing in it needs saving. A LanguageTool server it started is in
        its process group (POSIX) and gets SIGTERM, so it stops by itself."""
        # No lock: another thread may be waiting inside call(), and must not hold up the exit.
        self.closed = True
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        _signal(proc, getattr(signal, "SIGTERM", None))
        proc.kill()
        try:
            proc.wait(CLOSE_GRACE)
        except subprocess.TimeoutExpired:  # gone by the time anyone looks; the system reaps it
            pass

    def _start(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [_APP_ROOT, os.environ.get("PYTHONPATH")]))}
        flags = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)  # Windows; POSIX lowers its own priority
        # Its own process group (POSIX), so that ending it also ends a LanguageTool server it started.
        self._proc = subprocess.Popen([sys.executable, "-m", "app.core.grammar.engine_host"],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, creationflags=flags,
                                      start_new_session=os.name == "posix")
        self._answers = queue.Queue()
        self._fresh = True
        self.starts += 1
        threading.Thread(target=_read_answers, args=(self._proc.stdout, self._answers),
                         name="grammar-engine-reader", daemon=True).start()

    def _deadline(self, op: str, args: dict) -> float:
        text = args.get("text") or args.get("reply") or ""
        seconds = self.load_deadline if op == "load" else self.check_deadline + CHECK_DEADLINE_PER_CHAR * len(text)
        if self._fresh and op != "load":
            seconds += self.load_deadline
        return seconds

    def _wait(self, request_id: int, seconds: float) -> dict:
        answers = self._answers
        while True:
            try:
                answer = answers.get(timeout=seconds)
            except queue.Empty:
                self._kill()
                raise EngineHung(phrase("Движок проверки не ответил за {seconds:.0f} с и перезапускается.", seconds=seconds)) from None
            if answer is None:
                self._kill()
                raise EngineCrashed(self._crash_message())
            if answer.get("id") == request_id:
                return answer

    def _crash_message(self) -> Phrase:
        code = self._proc.returncode if self._proc is not None else None
        if code in (None, 0):
            return phrase("Движок проверки неожиданно завершился и перезапускается.")
        return phrase("Движок проверки неожиданно завершился (код {code}) и перезапускается.", code=code)

    def _kill(self) -> None:
        if self._proc is not None:
            _signal(self._proc, getattr(signal, "SIGKILL", None))
            self._proc.wait()


def _signal(proc: subprocess.Popen, signum) -> None:
    """Signal the process and its group (POSIX: a LanguageTool server too); elsewhere, terminate it."""
    try:
        if signum is not None and os.name == "posix":
            os.killpg(proc.pid, signum)
        else:
            proc.terminate()
    except (ProcessLookupError, PermissionError):
        pass  # already gone


def _read_answers(stream, answers: queue.Queue) -> None:
    """Runs on the reader thread: every answer into the queue, then None when the process is gone."""
    try:
        while (answer := read_frame(stream)) is not None:
            answers.put(answer)
    except Exception:  # a broken stream counts as a dead process: the caller restarts it
        pass
    finally:
        answers.put(None)
