"""Deferred Simulator's tracer: records the life of every Twisted Deferred of a program.

    python3 deferred_sim_trace.py EVENTS_FILE SCRIPT.py [ARGS...]

runs SCRIPT.py as ``python3 SCRIPT.py ARGS...`` would (as ``__main__``, with its
folder first on ``sys.path``), after patching Twisted's ``Deferred``,
``DeferredList``, ``gatherResults``, ``inlineCallbacks``, ``reactor.callLater``
and ``task.Clock`` so that they write what happens, one JSON object per line,
to EVENTS_FILE (the raw events of the "deferred-recording/1" format; see
docs/recording-format.md). The program's own output is left alone.

Everything is observed, nothing is decided here: a stage's input and output are
what the callback received and returned, a wait is the continuation Twisted
appends to the inner deferred, a taken result is Twisted popping that
continuation, the end of a pass is Twisted finding the chain empty. The tracer
keeps no strong reference to any Deferred, so garbage collection (and Twisted's
"Unhandled error in Deferred" report) happens as it would without it.

Environment: DEFERRED_SIM_MAX_EVENTS caps the number of events (default 20000);
when the cap is reached the tracer writes a "limit" event and ends the program.
"""

import ast
import atexit
import itertools
import json
import os
import runpy
import site
import sys
import sysconfig
import time
import traceback
import weakref

MAX_TEXT = 1000
MAX_SOURCE = 200_000
MAX_NAME = 40

_t0 = time.monotonic()
_out = None
_count = 0
_max_events = int(os.environ.get("DEFERRED_SIM_MAX_EVENTS", "20000"))
_stopping = False

_files = {}  # absolute path -> index
_script_dir = None
_user_cache = {}  # code filename -> bool
_library_dirs = []
_assign_cache = {}  # filename -> {line: target text}
_tree_cache = {}  # filename -> (ast tree, source) or None

_names_used = {}
_alive = weakref.WeakValueDictionary()  # name -> Deferred
_order = []  # names in creation order
_stages = {}  # name -> next stage number
_pending_return = {}  # name -> name of the Deferred its last stage returned
_yields = {}  # generator deferred name -> number of deferreds yielded so far
_thrown = {}  # generator deferred name -> (resume id, exception thrown in)
_resume_ids = itertools.count(1)
_timer_ids = itertools.count(1)
_clock = None  # weak reference to the first task.Clock
_internal_restarts = {}
_hidden = set()  # names of the Deferreds the reactor makes for its own startup and shutdown
_timed_code = None  # the code of a timed call's wrapper, where a fire's place is where it was scheduled
_due_now = []  # while a task.Clock's delayed call runs: its due time (Clock.advance has already jumped past it)


# ---------------------------------------------------------------- writing


def _now():
    return round(time.monotonic() - _t0, 6)


_complained = False


def _emit(event_kind, at=None, **fields):
    """Writes one event; a problem of the tracer's own is reported once and never reaches the program."""
    global _complained
    try:
        _write_event(event_kind, at, fields)
    except Exception as problem:  # noqa: BLE001 - the program must run as it would without the tracer
        if not _complained:
            _complained = True
            sys.stderr.write("[deferred-sim] the tracer missed an event (%s: %s); the program goes on\n"
                             % (type(problem).__name__, problem))


def _write_event(event_kind, at, fields):
    global _count, _stopping
    if _out is None or _stopping:
        return
    if _hidden and any(fields.get(k) in _hidden for k in ("d", "inner", "member")):
        return
    event = {"t": _now()}
    clock = _clock() if _clock is not None else None
    if clock is not None:
        event["v"] = _due_now[-1] if _due_now else float(clock.seconds())
    event["e"] = event_kind
    event.update(fields)
    if at is not None:
        event["at"] = at
    _out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":"), default=str) + "\n")
    _out.flush()
    _count += 1
    if _count >= _max_events:
        _stopping = True
        _out.write(json.dumps({"t": _now(), "e": "limit", "what": "events", "count": _count}) + "\n")
        _out.flush()
        sys.stdout.flush()
        sys.stderr.write("\n[deferred-sim] stopped the program: %d events recorded (the limit)\n" % _count)
        sys.stderr.flush()
        os._exit(3)


# ---------------------------------------------------------------- source code


def _is_user_file(filename):
    known = _user_cache.get(filename)
    if known is not None:
        return known
    result = True
    if not filename or filename.startswith("<"):
        result = False
    else:
        path = os.path.abspath(filename)
        if path == os.path.abspath(__file__):
            result = False
        for library in _library_dirs:
            if path.startswith(library):
                result = False
                break
    _user_cache[filename] = result
    return result


def _file_index(filename):
    path = os.path.abspath(filename)
    index = _files.get(path)
    if index is None:
        index = len(_files)
        _files[path] = index
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read(MAX_SOURCE + 1)
        except OSError:
            text = ""
        shown = os.path.relpath(path, _script_dir) if path.startswith(_script_dir + os.sep) else path
        _emit("source", file=index, path=shown, text=text[:MAX_SOURCE], cut=len(text) > MAX_SOURCE)
    return index


def _user_frame(frame):
    """The innermost frame, from ``frame`` outwards, that runs the program's own code."""
    while frame is not None and not _is_user_file(frame.f_code.co_filename):
        frame = frame.f_back
    return frame


def _where(frame):
    """Where in the program's code ``frame`` is: its innermost frame of the program's own, or,
    for something a timed call does, the line that scheduled that call."""
    while frame is not None:
        if frame.f_code is _timed_code:
            return frame.f_locals["self"].where
        if _is_user_file(frame.f_code.co_filename):
            return [_file_index(frame.f_code.co_filename), frame.f_lineno]
        frame = frame.f_back
    return None


def _tree(filename):
    if filename not in _tree_cache:
        try:
            with open(filename, encoding="utf-8") as f:
                source = f.read()
            _tree_cache[filename] = (ast.parse(source), source)
        except (OSError, SyntaxError, ValueError):
            _tree_cache[filename] = None
    return _tree_cache[filename]


def _segment(source, node):
    text = ast.get_source_segment(source, node) or ""
    return "".join(c for c in " ".join(text.split()) if c != "\x00")


def _assignment(filename, line):
    """The target of the assignment statement on ``line``: ``d``, ``self.deferred``; or None."""
    targets = _assign_cache.get(filename)
    if targets is None:
        targets = {}
        parsed = _tree(filename)
        if parsed is not None:
            tree, source = parsed
            for node in ast.walk(tree):
                target = None
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target = node.targets[0]
                elif isinstance(node, (ast.AnnAssign, ast.NamedExpr)):
                    target = node.target
                if isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)):
                    text = "".join(c for c in _segment(source, target) if not c.isspace())
                    for n in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                        targets.setdefault(n, text)
        _assign_cache[filename] = targets
    return targets.get(line)


_ADDERS = {"addCallback": 1, "addErrback": 1, "addBoth": 1, "addCallbacks": 2}


def _adder_arguments(filename, line, method):
    """The argument texts of the ``d.METHOD(...)`` call on ``line``, as written, or None."""
    parsed = _tree(filename)
    if parsed is None:
        return None
    tree, source = parsed
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == method
            and node.lineno <= line <= (node.end_lineno or node.lineno)
        ):
            texts = [_segment(source, a) for a in node.args[: _ADDERS[method]]]
            for keyword in node.keywords:
                if keyword.arg in ("callback", "errback"):
                    texts.append(_segment(source, keyword.value))
            return texts
    return None


def _short(text, limit=MAX_NAME):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# ---------------------------------------------------------------- callback lines

_watches = {}  # id of the calling frame -> [code, line it returned or raised at]


def _profile(frame, event, arg):
    if event == "return":
        watch = _watches.get(id(frame.f_back))
        if watch is not None and frame.f_code is watch[0]:
            watch[1] = frame.f_lineno


def _watch_return(code):
    """Starts watching for ``code`` returning to our caller; returns the watch, or None."""
    current = sys.getprofile()
    if current is not None and current is not _profile:
        return None  # someone else profiles this program: leave them alone
    watch = [code, None]
    _watches[id(sys._getframe(1))] = watch
    sys.setprofile(_profile)
    return watch


def _unwatch(watch):
    if watch is None:
        return
    for key, value in list(_watches.items()):
        if value is watch:
            del _watches[key]
    if not _watches:
        sys.setprofile(None)


# ---------------------------------------------------------------- values


def _render(value, depth=0):
    """A value as the recording stores it (see docs/recording-format.md, "Values")."""
    from twisted.internet.defer import Deferred, FirstError
    from twisted.python.failure import Failure

    if value is None:
        return None
    if isinstance(value, str):
        return value if len(value) <= MAX_TEXT else value[:MAX_TEXT] + "\u2026"
    if isinstance(value, Failure):
        return _render_exception(value.value, value.type, depth)
    if isinstance(value, BaseException):
        return _render_exception(value, type(value), depth)
    if isinstance(value, Deferred):
        return {"deferred": _name_of(value)}
    if isinstance(value, (list, tuple)) and depth < 4:
        items = [_render(v, depth + 1) for v in value[:50]]
        if len(value) > 50:
            items.append({"repr": "\u2026"})
        return {"list" if isinstance(value, list) else "tuple": items}
    try:
        text = repr(value)
    except Exception as broken:  # a __repr__ that raises
        text = "<%s object (repr raised %s)>" % (type(value).__name__, type(broken).__name__)
    return {"repr": text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "\u2026"}


def _render_exception(exc, kind, depth):
    from twisted.internet.defer import FirstError

    name = getattr(kind, "__name__", str(kind))
    if isinstance(exc, FirstError) and depth < 4:
        return {
            "failure": "FirstError",
            "sub": _render(exc.subFailure, depth + 1),
            "index": exc.index,
        }
    try:
        message = str(exc) if exc is not None else ""
    except Exception:
        message = "?"
    if len(message) > MAX_TEXT:
        message = message[:MAX_TEXT] + "\u2026"
    return {"failure": name, "message": message}


# ---------------------------------------------------------------- names


def _unique(base):
    base = "".join(c for c in base if not c.isspace()) or "Deferred"
    base = _short(base)
    seen = _names_used.get(base, 0) + 1
    _names_used[base] = seen
    return base if seen == 1 else "%s#%d" % (base, seen)


def _name_of(d):
    name = d.__dict__.get("_dsim_name")
    if name is None:  # made before the tracer was installed
        name = _unique("Deferred")
        d.__dict__["_dsim_name"] = name
    return name


# ---------------------------------------------------------------- install


def _install():
    global _clock
    from twisted.internet import base, defer, task
    from twisted.python.failure import Failure

    defer_file = os.path.abspath(defer.__file__)
    if defer_file.endswith((".pyc", ".pyo")):
        defer_file = defer_file[:-1]
    Deferred = defer.Deferred
    DeferredList = defer.DeferredList
    CONTINUE = getattr(defer, "_CONTINUE", None)
    run_callbacks_code = Deferred._runCallbacks.__code__

    def in_defer(frame):
        return frame is not None and os.path.abspath(frame.f_code.co_filename) == defer_file

    def defer_function(frame):
        return frame.f_code.co_name if in_defer(frame) else None

    # -- the chain list: waits, taken results and the end of each pass

    class _Chain(list):
        """Deferred.callbacks, watched: Twisted appends, pops and tests it in _runCallbacks."""

        def __init__(self, items, owner):
            list.__init__(self, items)
            self.owner = weakref.ref(owner)

        def __len__(self):
            n = list.__len__(self)
            if sys._getframe(1).f_code is run_callbacks_code:
                d = self.owner()
                if d is not None:
                    _check_taken(d)
                    if n == 0:
                        result = d.__dict__.get("result")
                        _emit(
                            "settled",
                            at=_where(sys._getframe(1)),
                            d=_name_of(d),
                            result=_render(result),
                            unhandled=isinstance(result, Failure),
                        )
            return n

        def append(self, item):
            list.append(self, item)
            if _is_continuation(item):
                d = self.owner()
                chainee = item[0][1][0]
                if d is not None:
                    _pending_return.pop(_name_of(chainee), None)
                    at = _where(sys._getframe(1))
                    _emit("waiting", at=at, d=_name_of(chainee), inner=_name_of(d))
                    _emit("settled", at=at, d=_name_of(chainee), unhandled=False)

        def pop(self, *index):
            item = list.pop(self, *index)
            if _is_continuation(item) and sys._getframe(1).f_code is run_callbacks_code:
                d = self.owner()
                if d is not None:
                    _emit(
                        "taken",
                        at=_where(sys._getframe(1)),
                        d=_name_of(item[0][1][0]),
                        inner=_name_of(d),
                        value=_render(d.__dict__.get("result")),
                        immediately=False,
                    )
            return item

    def _is_continuation(item):
        try:
            return CONTINUE is not None and item[0][0] is CONTINUE
        except (TypeError, IndexError, KeyError):
            return False

    def _check_taken(d):
        """A stage returned a Deferred that had its result: Twisted took it without waiting."""
        name = _name_of(d)
        inner_name = _pending_return.pop(name, None)
        if inner_name is not None:
            _emit(
                "taken",
                at=_where(sys._getframe(2)),
                d=name,
                inner=inner_name,
                value=_render(d.__dict__.get("result")),
                immediately=True,
            )

    def __setattr__(self, attribute, value):
        if attribute == "callbacks" and type(value) is list:
            value = _Chain(value, self)
        object.__setattr__(self, attribute, value)

    Deferred.__setattr__ = __setattr__

    # -- creation

    original_init = Deferred.__init__

    def __init__(self, canceller=None):
        original_init(self, canceller)
        _created(self, sys._getframe(1))

    Deferred.__init__ = __init__

    constructors = {"DeferredList", "gatherResults", "_cancellableInlineCallbacks", "unwindGenerator",
                    "fromCoroutine", "ensureDeferred", "__init__"}

    def _created(d, caller):
        creator = caller.f_back if isinstance(d, DeferredList) else caller
        if creator is not None and creator.f_code.co_name == "fireEvent" and creator.f_code.co_filename.endswith(
            os.path.join("internet", "base.py")
        ):
            # The list the reactor makes to run its own startup and shutdown triggers.
            name = "reactor-trigger#%d" % (len(_hidden) + 1)
            d.__dict__["_dsim_name"] = name
            _hidden.add(name)
            return
        fields = {}
        kind = "plain"
        function = defer_function(caller)
        if isinstance(d, DeferredList):
            outer = caller.f_back
            kind = "gather" if defer_function(outer) == "gatherResults" else "list"
            fields["members"] = [_name_of(m) for m in getattr(d, "_deferredList", [])]
            if kind == "list":
                options = {}
                for flag in ("fireOnOneCallback", "fireOnOneErrback", "consumeErrors"):
                    if caller.f_locals.get(flag):
                        options[flag] = True
                fields["options"] = options
            base = "gatherResults" if kind == "gather" else "DeferredList"
            d.__dict__["_dsim_kind"] = kind
        elif function == "_cancellableInlineCallbacks":
            kind = "inline"
            gen = caller.f_locals.get("gen")
            base = getattr(gen, "__name__", "inlineCallbacks") + "()"
            fields["function"] = getattr(gen, "__qualname__", base)
        elif function == "handleCancel":
            kind = "internal"
            status = caller.f_locals.get("status")
            owner = getattr(status, "deferred", None)
            owner_name = owner.__dict__.get("_dsim_owner", _name_of(owner)) if owner is not None else "?"
            restarts = _internal_restarts.get(owner_name, 0) + 1
            _internal_restarts[owner_name] = restarts
            name = owner_name + "'s internal wait" + (" %d" % restarts if restarts > 1 else "")
            d.__dict__["_dsim_name"] = name
            d.__dict__["_dsim_owner"] = owner_name
            _alive[name] = d
            _emit("created", d=name, kind=kind, by=owner_name)
            return
        else:
            base = caller.f_code.co_name if function is None and not _is_user_file(caller.f_code.co_filename) else None
            base = base or ("Deferred" if function is None else function)
        # The variable it is assigned to, when the line that made it (directly, or through one
        # Twisted helper such as succeed or gatherResults) assigns it.
        user = _user_frame(caller)
        frame, depth = caller, 0
        while frame is not None and frame is not user:
            if not (in_defer(frame) and frame.f_code.co_name in constructors):
                depth += 1
            frame = frame.f_back
        if user is not None and depth <= 1:
            target = _assignment(user.f_code.co_filename, user.f_lineno)
            if target:
                base = target
        name = _unique(base)
        d.__dict__["_dsim_name"] = name
        _alive[name] = d
        _order.append(name)
        _emit("created", at=_where(caller), d=name, kind=kind, **fields)

    # -- callbacks

    original_add = Deferred.addCallbacks
    import inspect

    add_signature = inspect.signature(original_add)

    def addCallbacks(self, *args, **kwargs):
        bound = add_signature.bind(self, *args, **kwargs)
        bound.apply_defaults()
        callback = bound.arguments["callback"]
        errback = bound.arguments["errback"]
        if errback is None:
            errback = defer._failthru
        caller = sys._getframe(1)
        if caller.f_code.co_name in _ADDERS and in_defer(caller):
            method, caller = caller.f_code.co_name, caller.f_back
        else:
            method = "addCallbacks"
        name = _name_of(self)
        role = _internal_role(callback) or _internal_role(errback)
        if role == "list":
            bound.arguments["callback"] = _ListMember(callback, name)
            bound.arguments["errback"] = _ListMember(errback, name)
        elif role == "generator":
            owner = _generator_of(callback)
            step = _yields.get(owner, 0)
            _yields[owner] = step + 1
            previous = _thrown.pop(owner, None)
            if previous is not None:
                _emit("caught", resume=previous[0], caught=True)
            gen = caller.f_locals.get("gen")
            frame = getattr(gen, "gi_frame", None) or getattr(gen, "cr_frame", None)
            if frame is not None and _is_user_file(frame.f_code.co_filename):
                yield_at = [_file_index(frame.f_code.co_filename), frame.f_lineno]
            else:
                yield_at = _where(caller)
            resume = _Resume(callback, owner, step, name, yield_at)
            bound.arguments["callback"] = resume
            bound.arguments["errback"] = resume
            result = original_add(*bound.args, **bound.kwargs)
            if not resume.ran:
                _emit("suspended", at=yield_at, d=owner, step=step, awaited=name)
            return result
        elif role == "silent":
            bound.arguments["callback"] = _Silent(callback, name)
            bound.arguments["errback"] = _Silent(errback, name)
        else:
            stage = _stages.get(name, 0)
            _stages[name] = stage + 1
            where = _where(caller)
            texts = _pair_texts(callback, errback, caller, method)
            _emit(
                "pair",
                at=where,
                d=name,
                stage=stage,
                callback=texts[0],
                errback=texts[1],
                before=not self.called,
            )
            bound.arguments["callback"] = _Stage(callback, name, stage, "callback", where)
            bound.arguments["errback"] = _Stage(errback, name, stage, "errback", where)
        return original_add(*bound.args, **bound.kwargs)

    Deferred.addCallbacks = addCallbacks

    def _internal_role(callback):
        function = getattr(callback, "__func__", callback)
        code = getattr(function, "__code__", None)
        if code is None or os.path.abspath(code.co_filename) != defer_file:
            return None
        if code.co_name == "_cbDeferred":
            return "list"
        if code.co_name == "gotResult" and "status" in code.co_freevars:
            return "generator"
        if code.co_name in ("_parseDeferredListResult", "handleCancel"):
            return "silent"
        return None

    def _generator_of(got_result):
        cells = dict(zip(got_result.__code__.co_freevars, got_result.__closure__ or ()))
        status = cells["status"].cell_contents
        d = status.deferred
        return d.__dict__.get("_dsim_owner", _name_of(d))

    def _pair_texts(callback, errback, caller, method):
        texts = None
        user = _user_frame(caller)
        if user is caller:
            texts = _adder_arguments(caller.f_code.co_filename, caller.f_lineno, method)
        described = [_describe(callback), _describe(errback)]
        if not texts:
            return described
        written = {
            "addCallback": lambda t: [t[0], "passthru"],
            "addErrback": lambda t: ["passthru", t[0]],
            "addBoth": lambda t: [t[0], t[0]],
            "addCallbacks": lambda t: [t[0], t[1] if len(t) > 1 else "passthru"],
        }[method](texts)
        return [_short(w) if w else d for w, d in zip(written, described)]

    def _describe(fn):
        if fn is defer.passthru or fn is getattr(defer, "_failthru", None):
            return "passthru"
        function = getattr(fn, "__func__", None)
        owner = getattr(fn, "__self__", None)
        if function is not None and owner is not None:
            owner_name = _name_of(owner) if isinstance(owner, Deferred) else type(owner).__name__
            return _short(owner_name + "." + function.__name__)
        name = getattr(fn, "__name__", None)
        if name == "<lambda>":
            return "lambda (line %d)" % fn.__code__.co_firstlineno
        if name is None and hasattr(fn, "func"):  # functools.partial
            return _short("partial(%s)" % _describe(fn.func))
        return _short(name or type(fn).__name__)

    class _Stage:
        """A callback or errback of the program's, reporting what it received and returned."""

        def __init__(self, fn, deferred, stage, side, added):
            self.fn, self.deferred, self.stage, self.side, self.added = fn, deferred, stage, side, added

        def __call__(self, result, *args, **kwargs):
            received = _render(result)
            function = getattr(self.fn, "__func__", self.fn)
            code = getattr(function, "__code__", None)
            line = _watch_return(code) if code is not None and _is_user_file(code.co_filename) else None
            try:
                out = self.fn(result, *args, **kwargs)
            except BaseException as raised:
                _unwatch(line)
                self._ran(code, line, received, out=_render_exception(raised, type(raised), 0))
                raise
            _unwatch(line)
            if isinstance(out, Deferred):
                inner = _name_of(out)
                self._ran(code, line, received, returned=inner)
                _pending_return[self.deferred] = inner
            else:
                self._ran(code, line, received, out=_render(out))
            return out

        def _ran(self, code, line, received, **result):
            seen = line is not None and line[1] is not None
            at = [_file_index(code.co_filename), line[1]] if seen else self.added
            _emit("run", at=at, d=self.deferred, stage=self.stage, side=self.side, **{"in": received}, **result)

    class _ListMember:
        """DeferredList's own callback on a member: records the member's result in the list."""

        def __init__(self, fn, member):
            self.fn, self.member = fn, member

        def __call__(self, result, index, succeeded):
            the_list = self.fn.__self__
            _emit(
                "list-recorded",
                at=_where(sys._getframe(1)),
                d=_name_of(the_list),
                index=index,
                member=self.member,
                result=_render(result),
                consumed=bool(not succeeded and the_list.consumeErrors),
            )
            return self.fn(result, index, succeeded)

    class _Silent:
        """Twisted's own callbacks that the model folds into other events."""

        def __init__(self, fn, deferred):
            self.fn, self.deferred = fn, deferred

        def __call__(self, result, *args, **kwargs):
            out = self.fn(result, *args, **kwargs)
            if isinstance(out, Deferred):
                _pending_return[self.deferred] = _name_of(out)
            return out

    class _Resume:
        """inlineCallbacks' gotResult on a yielded Deferred: the generator gets its value."""

        def __init__(self, fn, generator, step, awaited, where):
            self.fn, self.generator, self.step, self.awaited, self.where = fn, generator, step, awaited, where
            self.ran = False

        def __call__(self, result):
            self.ran = True
            resume = next(_resume_ids)
            if isinstance(result, Failure):
                _thrown[self.generator] = (resume, result.value)
            _emit(
                "resume",
                at=self.where,
                d=self.generator,
                step=self.step,
                awaited=self.awaited,
                id=resume,
                **{"in": _render(result)},
            )
            return self.fn(result)

    # -- firing

    original_callback = Deferred.callback
    original_errback = Deferred.errback

    def callback(self, result):
        return _fire(self, "callback", result, sys._getframe(1), lambda: original_callback(self, result))

    def errback(self, fail=None):
        if fail is None:
            fail = Failure(captureVars=self.debug)
        elif not isinstance(fail, Failure):
            fail = Failure(fail)
        return _fire(self, "errback", fail, sys._getframe(1), lambda: original_errback(self, fail))

    Deferred.callback = callback
    Deferred.errback = errback

    _finish_at = [None]

    def _raised_at(exception):
        """The last line of the program's own code in ``exception``'s traceback, or None."""
        found = None
        tb = getattr(exception, "__traceback__", None)
        while tb is not None:
            if _is_user_file(tb.tb_frame.f_code.co_filename):
                found = [_file_index(tb.tb_frame.f_code.co_filename), tb.tb_lineno]
            tb = tb.tb_next
        return found

    def _fire(d, method, value, caller, fire):
        name = _name_of(d)
        _finish_at[0] = None
        cause = _internal_cause(d, method, value, caller)
        if cause is not None:
            shown = value
            if cause == "list-complete" and getattr(d, "_dsim_kind", None) == "gather":
                shown = [entry[1] for entry in value]
            at = _finish_at[0] or _where(caller)
            _emit("internal-fire", at=at, d=name, value=_render(shown), cause=cause)
            return fire()
        swallow = d.called and d._suppressAlreadyCalled
        _emit("fire", at=_where(caller), d=name, method=method, value=_render(value))
        try:
            result = fire()
        except defer.AlreadyCalledError:
            _emit("already-called", at=_where(caller), d=name)
            raise
        if swallow:
            _emit("swallowed", at=_where(caller), d=name)
        return result

    def _internal_cause(d, method, value, caller):
        function = defer_function(caller)
        if function == "_cbDeferred":
            if method == "errback":
                return "list-first-failure"
            if getattr(d, "fireOnOneCallback", False) and isinstance(value, tuple):
                return "list-first-success"
            return "list-complete"
        if function == "__init__" and isinstance(d, DeferredList):
            return "list-empty"
        if function == "cancel":
            error = value.value if isinstance(value, Failure) else None
            if isinstance(error, defer.CancelledError):
                return "cancelled"
            if type(error).__name__ == "_InternalInlineCallbacksCancelledError":
                return "generator-cancelled"
        if function == "_inlineCallbacks":
            raised = caller.f_locals.get("e") if method == "callback" else sys.exc_info()[1]
            where = _raised_at(raised)
            if where is not None:
                _finish_at[0] = where
            owner = d.__dict__.get("_dsim_owner", _name_of(d))
            thrown = _thrown.pop(owner, None)
            if method == "callback":
                if thrown is not None:
                    _emit("caught", resume=thrown[0], caught=True)
                return "generator-returned"
            if thrown is not None:
                _emit("caught", resume=thrown[0], caught=value.value is not thrown[1])
            return "generator-raised"
        return None

    # -- cancel, pause, unpause

    original_cancel = Deferred.cancel
    original_list_cancel = DeferredList.cancel

    def _cancel_effect(d):
        if not d.called:
            if isinstance(d, DeferredList):
                return "members", None
            canceller = d._canceller
            code = getattr(canceller, "__code__", None)
            if code is not None and code.co_name == "cancel" and os.path.abspath(code.co_filename) == defer_file:
                return "generator", None
            return ("canceller" if canceller else "no-canceller"), None
        result = d.__dict__.get("result")
        if isinstance(result, Deferred):
            return "forwarded", _name_of(result)
        return "no-effect", None

    def _cancelling(d, caller):
        name = _name_of(d)
        if defer_function(caller) not in ("cancel", "handleCancel"):
            _emit("cancel", at=_where(caller), d=name)
        effect, goes_on_to = _cancel_effect(d)
        fields = {"goesOnTo": goes_on_to} if goes_on_to else {}
        _emit("cancel-arrived", at=_where(caller), d=name, effect=effect, **fields)

    def cancel(self):
        _cancelling(self, sys._getframe(1))
        return original_cancel(self)

    def list_cancel(self):
        _cancelling(self, sys._getframe(1))
        return original_list_cancel(self)

    Deferred.cancel = cancel
    DeferredList.cancel = list_cancel

    original_pause = Deferred.pause
    original_unpause = Deferred.unpause

    def pause(self):
        caller = sys._getframe(1)
        if caller.f_code is not run_callbacks_code:
            _emit("pause", at=_where(caller), d=_name_of(self))
        return original_pause(self)

    def unpause(self):
        caller = sys._getframe(1)
        if caller.f_code is not run_callbacks_code:
            _emit("unpause", at=_where(caller), d=_name_of(self))
        return original_unpause(self)

    Deferred.pause = pause
    Deferred.unpause = unpause

    # -- timed calls

    def _describe_call(f, args):
        target = getattr(f, "__self__", None)
        function = getattr(f, "__func__", None)
        if isinstance(target, Deferred) and function is not None:
            head = _name_of(target) + "." + function.__name__
        else:
            head = _describe(f)
        shown = ", ".join(_short(repr(a), 30) for a in args[:3]) + (", \u2026" if len(args) > 3 else "")
        return _short("%s(%s)" % (head, shown), 60)

    class _Timed:
        def __init__(self, fn, call, description, where):
            self.fn, self.call, self.description, self.where = fn, call, description, where
            self.due = None  # the due time on the recorded task.Clock, None for the reactor's calls
            self.__name__ = getattr(fn, "__name__", "call")

        def __call__(self, *args, **kwargs):
            if self.due is None:
                _emit("timer-ran", at=self.where, id=self.call, desc=self.description)
                return self.fn(*args, **kwargs)
            _due_now.append(self.due)
            try:
                _emit("timer-ran", at=self.where, id=self.call, desc=self.description)
                return self.fn(*args, **kwargs)
            finally:
                _due_now.pop()

    global _timed_code
    _timed_code = _Timed.__call__.__code__

    def timed(original, virtual):
        def callLater(self, delay, f, *args, **kwargs):
            call = next(_timer_ids)
            description = _describe_call(f, args)
            where = _where(sys._getframe(1))
            timed_call = _Timed(f, call, description, where)
            delayed = original(self, delay, timed_call, *args, **kwargs)
            delayed.__dict__["_dsim_call"] = call
            clock = _clock() if _clock is not None else None
            if virtual and clock is self:
                due = float(self.seconds()) + delay
                timed_call.due = due
            else:
                due = _now() + delay
            _emit("timer", at=where, id=call, due=round(due, 6), desc=description)
            return delayed

        return callLater

    base.ReactorBase.callLater = timed(base.ReactorBase.callLater, False)
    task.Clock.callLater = timed(task.Clock.callLater, True)

    original_delayed_cancel = base.DelayedCall.cancel

    def delayed_cancel(self):
        # Twisted deletes func, args and kw from a cancelled call: read them first.
        description = getattr(getattr(self, "func", None), "description", "call")
        result = original_delayed_cancel(self)
        call = self.__dict__.get("_dsim_call")
        if call is not None:
            _emit("timer-cancelled", at=_where(sys._getframe(1)), id=call, desc=description)
        return result

    base.DelayedCall.cancel = delayed_cancel

    original_clock_init = task.Clock.__init__

    def clock_init(self, *args, **kwargs):
        global _clock
        original_clock_init(self, *args, **kwargs)
        if _clock is None:
            _clock = weakref.ref(self)
            _emit("clock", at=_where(sys._getframe(1)))

    task.Clock.__init__ = clock_init

    original_start = base.ReactorBase.startRunning

    def startRunning(self, *args, **kwargs):
        _emit("reactor-run", at=_where(sys._getframe(1)))
        return original_start(self, *args, **kwargs)

    base.ReactorBase.startRunning = startRunning

    def outcomes():
        for name in _order:
            d = _alive.get(name)
            if d is None:
                continue
            debug = d.__dict__.get("_debugInfo")
            unhandled = debug is not None and getattr(debug, "failResult", None) is not None
            if not d.called:
                _emit("outcome", d=name, state="pending", unhandled=unhandled)
            elif d.paused or isinstance(d.__dict__.get("result"), Deferred):
                _emit("outcome", d=name, state="waiting", unhandled=unhandled)
            else:
                _emit("outcome", d=name, state="fired", value=_render(d.result), unhandled=unhandled)

    return outcomes


def _library_folders():
    folders = set()
    paths = sysconfig.get_paths()
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        if paths.get(key):
            folders.add(paths[key])
    try:
        folders.update(site.getsitepackages())
        folders.add(site.getusersitepackages())
    except AttributeError:  # a virtualenv's old site.py
        pass
    for entry in sys.path:
        if entry.rstrip("/").endswith(("site-packages", "dist-packages")):
            folders.add(entry)
    import twisted

    folders.add(os.path.dirname(os.path.abspath(twisted.__file__)))
    return [os.path.abspath(f) + os.sep for f in folders if f]


def main(argv):
    global _out, _script_dir, _library_dirs
    if len(argv) < 3:
        sys.stderr.write("usage: deferred_sim_trace.py EVENTS_FILE SCRIPT.py [ARGS...]\n")
        return 2
    events, script = argv[1], argv[2]
    script_path = os.path.abspath(script)
    _script_dir = os.path.dirname(script_path)
    try:
        import twisted.internet.defer  # noqa: F401
    except ImportError as missing:
        sys.stderr.write("deferred-sim: this Python cannot import Twisted (%s)\n" % missing)
        return 4
    _library_dirs = [f for f in _library_folders() if not _script_dir.startswith(f.rstrip(os.sep))]
    _out = open(events, "w", encoding="utf-8")
    import twisted

    global _t0
    _t0 = time.monotonic()
    _emit("start", python=sys.version.split()[0], twisted=twisted.__version__, script=script)
    outcomes = _install()
    _file_index(script_path)
    sys.argv = [script] + argv[3:]
    sys.path[0] = _script_dir
    status = 0

    def finish():
        try:
            outcomes()
        finally:
            _emit("exit", status=status)
            _out.flush()

    atexit.register(finish)
    try:
        runpy.run_path(script_path, run_name="__main__")
    except SystemExit as leaving:
        code = leaving.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
        if not isinstance(code, int) and code is not None:
            sys.stderr.write(str(code) + "\n")
    except KeyboardInterrupt:
        sys.stderr.write("KeyboardInterrupt\n")
        status = 130
    except BaseException:
        # The traceback from the script's own frames on, as python3 SCRIPT.py would print it.
        kind, value, tb = sys.exc_info()
        while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) != script_path:
            tb = tb.tb_next
        me = os.path.abspath(__file__)
        frames = [f for f in traceback.extract_tb(tb) if os.path.abspath(f.filename) != me]
        text = ["Traceback (most recent call last):\n"] if frames else []
        text += traceback.format_list(frames) + traceback.format_exception_only(kind, value)
        sys.stderr.write("".join(text))
        status = 1
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
