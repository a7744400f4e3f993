package deferredsim.core.reactor;

import deferredsim.core.value.Failure;
import java.util.Objects;

/**
 * A Python exception raised inside the simulated program: its type name and message, as Python
 * would print them ({@code Exception: I fall down.}). The reactor logs the ones that escape its
 * callbacks; a Deferred turns the ones raised by its callbacks into a {@link Failure}.
 *
 * <p>Twisted's own errors are subclasses ({@link ReactorNotRunning}, {@link AlreadyCalled}, …);
 * others are made with {@link #of(String, String)}.
 */
public class SimulatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final String text;

    /** An exception of Python type {@code type} with message {@code message} (may be empty). */
    protected SimulatedException(String type, String message) {
        super(render(type, message), null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.text = Objects.requireNonNull(message, "message");
    }

    /** {@code type(message)}: {@code of("Exception", "I fall down.")}. */
    public static SimulatedException of(String type, String message) {
        return new SimulatedException(type, message);
    }

    /**
     * The exception inside {@code failure}, re-raised: {@code Exception(message)} for a plain
     * failure, the named error otherwise ({@code CancelledError}, {@code AlreadyCalledError}).
     */
    public static SimulatedException from(Failure failure) {
        String rendered = failure.error().render();
        return failure.error() instanceof deferredsim.core.value.ErrorValue.Raised
                ? new SimulatedException("Exception", rendered)
                : new SimulatedException(rendered, "");
    }

    /** The Python type name: {@code Exception}, {@code ReactorNotRunning}. */
    public String type() {
        return type;
    }

    /** The message; empty when the exception has none. */
    public String text() {
        return text;
    }

    /** As Python's traceback ends: {@code Exception: I fall down.}, or just the type without a message. */
    public String render() {
        return render(type, text);
    }

    /**
     * The failure a Deferred holds when a callback raises this: {@code Failure(Exception(message))}
     * for a plain {@code Exception}, whose trace form is {@code message*}; for other types the
     * failure names the type ({@code ConnectionRefusedError*}, {@code AlreadyCalledError*}).
     */
    public Failure toFailure() {
        if (type.equals("AlreadyCalledError")) {
            return Failure.alreadyCalled();
        }
        if (type.equals("CancelledError")) {
            return Failure.cancelled();
        }
        return Failure.raised(type.equals("Exception") ? text : type);
    }

    private static String render(String type, String message) {
        return message.isEmpty() ? type : type + ": " + message;
    }
}
