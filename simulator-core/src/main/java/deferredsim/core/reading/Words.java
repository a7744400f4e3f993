package deferredsim.core.reading;

import deferredsim.core.recording.Side;
import deferredsim.core.scenario.FireMethod;
import deferredsim.core.time.Time;
import deferredsim.core.value.ErrorValue;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Text;
import deferredsim.core.value.Value;

/** The words every view uses for values, calls, times and sides: one vocabulary, in one place. */
public final class Words {
    private Words() {}

    /** A value in a sentence: a string quoted ({@code 'good'}), anything else as rendered ({@code bad*}, {@code None}). */
    public static String prose(Value value) {
        return value instanceof Text text ? "'" + text.text() + "'" : value.render();
    }

    /** A fire as Python writes it: {@code d.callback('v')}, {@code d.errback(Exception('v'))}. */
    public static String call(String deferred, FireMethod method, String value) {
        return deferred
                + "."
                + method.word()
                + (method == FireMethod.CALLBACK ? "('" + value + "')" : "(Exception('" + value + "'))");
    }

    /**
     * A recorded program's fire as Python writes it: {@code d.callback(3)}, {@code
     * d.callback('poem')}, {@code d.errback(ValueError('x'))}; a failure's exception written as
     * {@code Exception('bad')} for a plain Exception and {@code Type('message')} otherwise.
     */
    public static String call(String deferred, FireMethod method, Value value) {
        String argument = value instanceof Failure failure ? exception(failure.error()) : prose(value);
        return deferred + "." + method.word() + "(" + argument + ")";
    }

    private static String exception(ErrorValue error) {
        return switch (error) {
            case ErrorValue.Raised raised -> "Exception(" + literal(raised.message()) + ")";
            case ErrorValue.Typed typed ->
                typed.type() + "(" + (typed.message().isEmpty() ? "" : argument(typed.type(), typed.message())) + ")";
            default -> error.render() + (error.render().endsWith(")") ? "" : "()");
        };
    }

    /** An exception's argument from its message: a KeyError's message is already its key's repr. */
    private static String argument(String type, String message) {
        boolean quoted = message.length() >= 2
                && (message.charAt(0) == '\'' || message.charAt(0) == '"')
                && message.charAt(message.length() - 1) == message.charAt(0);
        return type.equals("KeyError") && quoted ? message : literal(message);
    }

    /** {@code text} as a Python string literal: single quotes unless it holds one and no double quote. */
    private static String literal(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append(quote).toString();
    }

    /** {@code t=2}, {@code t=0.5}. */
    public static String time(Time time) {
        return "t=" + time;
    }

    /** The side a value travels down: errback for a failure, callback otherwise. */
    public static Side sideOf(Value value) {
        return value.isFailure() ? Side.ERRBACK : Side.CALLBACK;
    }

    /** {@code 1 member}, {@code 3 members}. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * How a deferred got its result, in a few words: {@code from d.callback('v')}, {@code from its
     * canceller's x.callback('c')}, {@code CancelledError from cancel()}, {@code from its members},
     * {@code from its generator}; {@code its result} when {@code firing} is null.
     */
    public static String how(DeferredSnapshot.Firing firing) {
        if (firing == null) {
            return "its result";
        }
        return switch (firing.by()) {
            case CALL -> "from " + firing.call();
            case CANCELLER -> "from its canceller's " + firing.call();
            case CANCEL -> "CancelledError from cancel()";
            case LIST_EMPTY, LIST_COMPLETE, LIST_FIRST_SUCCESS, LIST_FIRST_FAILURE -> "from its members";
            case GENERATOR_RETURNED, GENERATOR_RAISED -> "from its generator";
            case GENERATOR_CANCELLED -> "from its cancelled generator";
        };
    }
}
