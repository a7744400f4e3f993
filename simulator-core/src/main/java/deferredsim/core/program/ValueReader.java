package deferredsim.core.program;

import deferredsim.core.json.JsonNull;
import deferredsim.core.json.JsonString;
import deferredsim.core.scenario.Located;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.value.ErrorValue;
import deferredsim.core.value.Failure;
import deferredsim.core.value.PyObject;
import deferredsim.core.value.PySequence;
import deferredsim.core.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a recorded value (docs/recording-format.md, "Values"): a JSON string is a Python {@code
 * str}, {@code null} is None, {@code {"repr": ...}} any other object, {@code {"list": [...]}} and
 * {@code {"tuple": [...]}} lists and tuples, {@code {"failure": TYPE, "message": ...}} a failure,
 * {@code {"deferred": NAME}} a Deferred held as a value.
 */
final class ValueReader {
    private static final int MAX_DEPTH = 8;

    private ValueReader() {}

    static Value value(Located at) throws ScenarioException {
        return value(at, 0);
    }

    private static Value value(Located at, int depth) throws ScenarioException {
        if (at.node() instanceof JsonString string) {
            return Value.text(string.value());
        }
        if (at.node() instanceof JsonNull) {
            return Value.NONE;
        }
        String expected = "a value: a string, null, or an object with repr, list, tuple, failure or deferred";
        at.object(expected);
        if (depth > MAX_DEPTH) {
            throw at.error("values nest at most " + MAX_DEPTH + " deep");
        }
        if (at.optional("repr").isPresent()) {
            at.allowOnly(List.of("repr"), "a value");
            return new PyObject(at.optional("repr").get().string("Python's repr of the value"));
        }
        if (at.optional("deferred").isPresent()) {
            at.allowOnly(List.of("deferred"), "a value");
            return new PyObject("<" + at.optional("deferred").get().string("a deferred's name") + ">");
        }
        for (String kind : List.of("list", "tuple")) {
            if (at.optional(kind).isPresent()) {
                at.allowOnly(List.of(kind), "a value");
                List<Value> items = new ArrayList<>();
                for (Located item : at.optional(kind).get().elements("an array of values")) {
                    items.add(value(item, depth + 1));
                }
                return new PySequence(items, kind.equals("tuple"));
            }
        }
        if (at.optional("failure").isPresent()) {
            return new Failure(error(at, depth));
        }
        throw at.error("expected " + expected);
    }

    private static ErrorValue error(Located at, int depth) throws ScenarioException {
        String type = at.optional("failure").get().string("the exception's type");
        if (type.equals("FirstError") && at.optional("sub").isPresent()) {
            at.allowOnly(List.of("failure", "sub", "index"), "a FirstError failure");
            Value sub = value(at.optional("sub").get(), depth + 1);
            if (!(sub instanceof Failure subFailure)) {
                throw at.optional("sub").get().error("expected the failure a FirstError wraps");
            }
            int index = at.required("index", "a FirstError failure").integer(0, Integer.MAX_VALUE, "an index");
            return new ErrorValue.FirstError(subFailure, index);
        }
        at.allowOnly(List.of("failure", "message"), "a failure");
        String message = at.optional("message").isPresent()
                ? at.optional("message").get().string("the exception's message")
                : "";
        return switch (type) {
            case "Exception" -> new ErrorValue.Raised(message);
            case "CancelledError" ->
                message.isEmpty() ? ErrorValue.Cancelled.INSTANCE : new ErrorValue.Typed(type, message);
            case "AlreadyCalledError" ->
                message.isEmpty() ? ErrorValue.AlreadyCalled.INSTANCE : new ErrorValue.Typed(type, message);
            case "_InternalInlineCallbacksCancelledError" -> ErrorValue.InlineCancelled.INSTANCE;
            default -> new ErrorValue.Typed(type, message);
        };
    }
}
