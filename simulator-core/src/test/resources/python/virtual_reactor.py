"""Runs a Twisted module on Twisted's own select reactor with a virtual clock; reports what it did.

Usage: python3 virtual_reactor.py MODULE.py CONFIG.json
   or: python3 virtual_reactor.py --serve
(--serve reads one request per line, {"module": PATH, "config": PATH, "dir": PATH}, runs each in a
fork of itself, whose Twisted is imported once, in the folder DIR, and prints {"event": "done"}
after each run's records.)

CONFIG: {"until": SECONDS, "servers": [{"port": 10000, "text": "...", "chunk": 10, "delay": 0.1}],
"fastServers": [{"port": 10000, "text": "..."}]}
(a server with "bytes" instead of "text" serves that many bytes of filler, which prints report as
"<N bytes>"). A server serves one client at a time, as the book's blocking slowpoetry.py does; a
fast server is Part 11's Twisted server, which writes the whole poem in connectionMade and closes. Every call to connectTCP goes to the server on that port, served here on a free local
port, or to a closed port when there is none.

Time is virtual: it stands still while anything runs, jumps to the next timed call when the reactor
waits, and time.sleep moves it on. Sockets are real; when some are open, the reactor first waits a
moment of real time for them before time jumps. Prints one JSON object per line on the real
standard output: {"t", "event": "print", "text", "stream"}, {"t", "event": "log", "error"},
{"t", "event": "stop"}, and at the end {"t", "event": "exit"}, "crash" (with "error"), "idle-forever"
or "limit".
"""
import builtins
import io
import json
import os
import re
import runpy
import select
import socket
import sys
import time

# None of these installs a reactor: each run installs its own (VirtualReactor), and in --serve mode
# a fork that inherits these modules already imported starts in a fraction of Python's start-up.
import twisted.internet.defer  # noqa: F401 (imported for the programs, once)
import twisted.internet.error  # noqa: F401
import twisted.internet.task  # noqa: F401
from twisted.internet.main import installReactor
from twisted.internet.protocol import Protocol, Factory
from twisted.internet.selectreactor import SelectReactor
from twisted.logger import globalLogPublisher

real_stdout = sys.stdout
real_print = builtins.print


def emit(record):
    real_stdout.write(json.dumps(record) + "\n")
    real_stdout.flush()


def error_of(value):
    name = type(value).__name__
    text = str(value)
    return name + (": " + text if text else "")


class VirtualReactor(SelectReactor):
    def __init__(self):
        self.now = 0.0
        self.until = 3600.0
        self.ports = {}
        SelectReactor.__init__(self)

    def seconds(self):
        return self.now

    def stop(self):
        SelectReactor.stop(self)
        emit({"t": self.now, "event": "stop"})

    def connectTCP(self, host, port, factory, timeout=30, bindAddress=None):
        return SelectReactor.connectTCP(self, "127.0.0.1", self.ports.get(port, closed_port()), factory, timeout, bindAddress)

    def _descriptors(self):
        """The sockets the reactor watches, without its own wakers."""
        return [r for r in self._reads if not type(r).__name__.endswith("Waker")] + list(self._writes)

    def doIteration(self, timeout):
        if timeout is not None and timeout <= 0:  # 0, or False once the reactor is stopping
            SelectReactor.doIteration(self, 0)
            return
        if self._descriptors():
            reads = [r for r in self._reads if not type(r).__name__.endswith("Waker")]
            ready = select.select(reads, list(self._writes), [], 0.002)
            if ready[0] or ready[1]:
                SelectReactor.doIteration(self, 0)
                return
        # A cancelled call stays in Twisted's queue until its time; waking for it does nothing.
        live = [call.getTime() for call in self.getDelayedCalls()]
        if not live:
            emit({"t": self.now, "event": "idle-forever"})
            os._exit(0)
        due = max(self.now, min(live))
        if due > self.until:
            emit({"t": self.until, "event": "limit"})
            os._exit(0)
        self.now = due


def closed_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


reactor = None  # the run's VirtualReactor, installed by run()

labels = {}


def poem_of(spec):
    if "text" in spec:
        return spec["text"].encode("utf-8")
    n = spec["bytes"]
    poem = (b"slow poetry " * (n // 12 + 1))[:n]
    labels[poem.decode("utf-8")] = "<%d bytes>" % n
    return poem


def serve_fast(spec):
    poem = poem_of(spec)

    class FastPoetry(Protocol):
        def connectionMade(self):
            self.transport.write(poem)
            self.transport.loseConnection()

    listening = reactor.listenTCP(0, Factory.forProtocol(FastPoetry), interface="127.0.0.1")
    reactor.ports[spec["port"]] = listening.getHost().port


def serve(spec):
    poem = poem_of(spec)
    chunk, delay = spec["chunk"], spec["delay"]

    waiting = []  # like the book's blocking server: one client at a time, the others wait their turn

    class SlowPoetry(Protocol):
        def connectionMade(self):
            waiting.append(self)
            if len(waiting) == 1:
                self.serve()

        def serve(self):
            parts = [poem[i:i + chunk] for i in range(0, len(poem), chunk)]
            for k, part in enumerate(parts):
                reactor.callLater(k * delay, self.transport.write, part)
            reactor.callLater(len(parts) * delay, self.done)

        def done(self):
            self.transport.loseConnection()
            waiting.pop(0)
            if waiting:
                waiting[0].serve()

    factory = Factory.forProtocol(SlowPoetry)
    listening = reactor.listenTCP(0, factory, interface="127.0.0.1")
    reactor.ports[spec["port"]] = listening.getHost().port


def captured_print(*args, sep=" ", end="\n", file=None, flush=False):
    buffer = io.StringIO()
    real_print(*args, sep=sep, end="", file=buffer)
    text = buffer.getvalue()
    for poem, label in labels.items():
        text = text.replace(poem, label)
    text = FAILURE.sub(failure_as_simulated, text)
    emit({"t": reactor.now, "event": "print", "text": text,
          "stream": "stderr" if file is sys.stderr else "stdout"})


FAILURE = re.compile(r"\[Failure instance: Traceback[^<]*<class '([\w.]+)'>: (.*?)\n.*?\]", re.DOTALL)


def failure_as_simulated(match):
    """A failure as the simulator prints it: an exception's message, a Twisted error's class name."""
    name = match.group(1)
    return "[Failure instance: " + (match.group(2) if name == "Exception" else name.rsplit(".", 1)[-1]) + "]"


def sleep(seconds):
    reactor.now += seconds


def observe(event):
    failure = event.get("log_failure", event.get("failure"))
    if failure is not None and "Unhandled error in Deferred" not in str(event.get("log_format", "")):
        emit({"t": reactor.now, "event": "log", "error": error_of(failure.value)})


def run(module, config):
    """Runs MODULE on a fresh VirtualReactor as CONFIG says, prints its records, and ends the process."""
    global reactor
    reactor = VirtualReactor()
    installReactor(reactor)
    reactor.until = float(config.get("until", 3600))
    for spec in config.get("servers", []):
        serve(spec)
    for spec in config.get("fastServers", []):
        serve_fast(spec)
    globalLogPublisher.addObserver(observe)
    builtins.print = captured_print
    time.sleep = sleep
    try:
        runpy.run_path(module, run_name="__main__")
    except BaseException as raised:  # what escapes the module crashes it
        emit({"t": reactor.now, "event": "crash", "error": error_of(raised)})
        os._exit(0)
    emit({"t": reactor.now, "event": "exit"})
    os._exit(0)


def serve_requests():
    """Runs each requested module in a fork of this process; prints {"event": "done"} after each."""
    assert "twisted.internet.reactor" not in sys.modules, "a reactor was installed before the fork"
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        real_stdout.flush()
        child = os.fork()
        if child == 0:
            try:  # run() ends the process itself; anything it raises must not reach this loop in the fork
                os.chdir(request["dir"])
                run(request["module"], json.load(open(request["config"])))
            finally:
                os._exit(1)
        os.waitpid(child, 0)
        emit({"event": "done"})


if sys.argv[1] == "--serve":
    serve_requests()
else:
    run(sys.argv[1], json.load(open(sys.argv[2])))
