import json
import sys

from twisted.internet import defer, task
from twisted.python.failure import Failure

# ---------------------------------------------------------------------------
# Runtime helpers (the same in every exported script).
#
# The scenario below uses real Twisted: defer.Deferred, defer.DeferredList,
# defer.gatherResults, defer.inlineCallbacks, with task.Clock as the reactor.
# These helpers only *print* what happens, one JSON line per event, in the
# simulator's canonical trace format; Twisted alone decides what runs when.
# ---------------------------------------------------------------------------

if hasattr(sys.stdout, "reconfigure"):
    sys.stdout.reconfigure(encoding="utf-8")  # the trace is UTF-8 whatever the locale says
clock = task.Clock()  # the virtual reactor clock: time moves only in run_clock()
deferreds = {}  # name -> Deferred, filled in as each deferred is created


def now():
    """The clock's time as the trace prints it: repr of the float without a final .0 (0, 0.5, 1e+16)."""
    text = repr(clock.seconds())
    return text[:-2] if text.endswith(".0") else text


def text(value):
    """A string as the trace writes it: JSON, with non-ASCII characters as themselves."""
    return json.dumps(value, ensure_ascii=False)


def emit(name, event, *fields):
    """Prints one trace line; fields are (key, value) pairs, in order."""
    parts = ['"t":' + now(), '"d":' + text(name), '"event":' + text(event)]
    parts += ['"%s":%s' % (key, text(value)) for key, value in fields]
    print("{" + ",".join(parts) + "}")


def render(value):
    """A result in canonical form: 'a', a failure as 'a*', None, [(True, a)], (a, 0)."""
    if isinstance(value, Failure):
        return render_error(value.value) + "*"
    if isinstance(value, BaseException):
        return render_error(value) + "*"
    if isinstance(value, list):
        return "[" + ", ".join(render(item) for item in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(render(item) for item in value) + ")"
    return str(value)  # a string, None, True/False, or an index


def render_error(error):
    """An exception without the '*': Exception('a') is 'a'."""
    if isinstance(error, defer.FirstError):
        return "FirstError(%s, %d)" % (render(error.subFailure), error.index)
    if type(error) is Exception and len(error.args) == 1:
        return error.args[0]
    return type(error).__name__  # CancelledError, AlreadyCalledError, ...


def ran(name, stage, side, result, out):
    emit(name, "run", ("stage", stage), ("side", side), ("in", render(result)), ("out", out))


# The four kinds of stage. Each makes the function that addCallbacks gets for
# one member (side) of one stage; it prints a "run" line, then does its job.


def returns(value, name, stage, side):
    """'return V': the member returns the string V."""
    def member(result):
        ran(name, stage, side, result, value)
        return value
    return member


def raises(value, name, stage, side):
    """'fail V': the member raises Exception(V)."""
    def member(result):
        ran(name, stage, side, result, value + "*")
        raise Exception(value)
    return member


def passes(name, stage, side):
    """'passthru': the member returns its argument (a Failure stays a failure)."""
    def member(result):
        ran(name, stage, side, result, render(result))
        return result
    return member


def returns_deferred(inner, name, stage, side):
    """'defer NAME': the member creates deferred NAME and returns it."""
    def member(result):
        ran(name, stage, side, result, "<" + inner + ">")
        return create(inner)
    return member


def create(name):
    """Creates deferred `name` with its make_... function and returns it."""
    return MAKERS[name]()


def fire(name, method, value):
    """d.callback(value) or d.errback(Exception(value)), as the scenario says."""
    d = deferreds[name]
    emit(name, "fire", ("method", method), ("value", value))
    try:
        if method == "callback":
            d.callback(value)
        else:
            d.errback(Exception(value))
    except defer.AlreadyCalledError:
        emit(name, "error", ("error", "AlreadyCalledError"))


def canceller(name, method=None, value=None):
    """A canceller for Deferred(canceller): does nothing, or fires the deferred itself."""
    def cancel_it(d):
        if method is not None:
            fire(name, method, value)
    return cancel_it


def cancel(name):
    emit(name, "cancel")
    deferreds[name].cancel()


def pause(name):
    emit(name, "pause")
    deferreds[name].pause()


def unpause(name):
    emit(name, "unpause")
    deferreds[name].unpause()


def add(name, callback, errback):
    """An 'add' action: d.addCallbacks(...) later on (it runs at once if d has fired)."""
    deferreds[name].addCallbacks(callback, errback)


def resumed(name, step, received):
    """An inlineCallbacks generator got `received` (a value, or an exception) at a yield."""
    emit(name, "resume", ("step", step), ("in", render(received)))


def run_clock():
    """Runs every scheduled call, earliest first (ties in scheduling order), until none is left."""
    clock.advance(0)
    while clock.getDelayedCalls():
        clock.advance(clock.getDelayedCalls()[0].getTime() - clock.seconds())


def report(name):
    """The result line: where deferred `name` stands once nothing is left to run."""
    d = deferreds.get(name)
    value = None
    if d is None:
        state = "unused"
    elif not d.called:
        state = "pending"
    elif d.paused or isinstance(d.result, defer.Deferred):
        state = "waiting"
    else:
        state, value = "fired", render(d.result)
    # Twisted's own flag: it would log "Unhandled error in Deferred" for this one.
    unhandled = d is not None and d._debugInfo is not None and d._debugInfo.failResult is not None
    emit(name, "result", ("state", state), ("value", value), ("unhandled", unhandled))
