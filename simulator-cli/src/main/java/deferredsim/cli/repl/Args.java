package deferredsim.cli.repl;

import deferredsim.core.scenario.FireMethod;
import deferredsim.core.time.Time;
import java.math.BigDecimal;

/** Reading command arguments, with messages that say which word is wrong and what was expected. */
final class Args {
    private Args() {}

    /**
     * Token {@code index} as a stage number, counted from 0 as the trace, 'explain' and 'step'
     * count them: 0 to {@code count - 1}.
     */
    static int stageNumber(Tokens args, int index, int count) throws InputError {
        String word = require(args, index, "a stage number, from 0 (see 'list')");
        OptionalNumber number = parse(word);
        if (number.valid() && number.value() >= 0 && number.value() < count) {
            return number.value();
        }
        String range = count == 0 ? "there are no stages yet" : "expected 0 to " + (count - 1);
        throw new InputError(args.get(index).column(), "'" + word + "' is not a stage number; " + range);
    }

    /** Token {@code index} as the number of one of {@code count} {@code things}, counted from 1. */
    static int number(Tokens args, int index, int count, String thing) throws InputError {
        String word = require(args, index, "an " + thing + " number");
        OptionalNumber number = parse(word);
        if (number.valid() && number.value() >= 1 && number.value() <= count) {
            return number.value();
        }
        String range = count == 0 ? "there are none yet" : "expected 1 to " + count;
        throw new InputError(args.get(index).column(), "'" + word + "' is not an " + thing + " number; " + range);
    }

    private record OptionalNumber(boolean valid, int value) {}

    private static OptionalNumber parse(String word) {
        try {
            return new OptionalNumber(true, Integer.parseInt(word));
        } catch (NumberFormatException notANumber) {
            return new OptionalNumber(false, 0);
        }
    }

    /** Token {@code index} as a time in seconds (0, 1.5, 2). */
    static Time time(Tokens args, int index) throws InputError {
        String word = require(args, index, "a time in seconds, e.g. 2 or 0.5");
        try {
            return Time.ofSeconds(new BigDecimal(word));
        } catch (NumberFormatException e) {
            throw new InputError(
                    args.get(index).column(), "'" + word + "' is not a time; write seconds, e.g. 2 or 0.5");
        } catch (IllegalArgumentException e) {
            throw new InputError(args.get(index).column(), "'" + word + "': " + e.getMessage());
        }
    }

    /** Token {@code index} as {@code callback} or {@code errback} (any prefix). */
    static FireMethod method(Tokens args, int index) throws InputError {
        String word = require(args, index, "callback or errback");
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if ("callback".startsWith(lower)) {
            return FireMethod.CALLBACK;
        }
        if ("errback".startsWith(lower)) {
            return FireMethod.ERRBACK;
        }
        throw new InputError(args.get(index).column(), "'" + word + "' is neither callback nor errback");
    }

    /** Token {@code index}, or an error saying {@code expected} is missing there. */
    static String require(Tokens args, int index, String expected) throws InputError {
        if (index >= args.size()) {
            throw new InputError(args.endColumn(), "expected " + expected + " here");
        }
        return args.text(index);
    }

    /** Fails when there are words after index {@code end - 1}. */
    static void noMore(Tokens args, int end) throws InputError {
        if (end < args.size()) {
            throw new InputError(args.get(end).column(), "unexpected '" + args.text(end) + "' at the end");
        }
    }

    /** Token {@code index} as a deferred's name: no whitespace (guaranteed), not a keyword-like word. */
    static String name(Tokens args, int index) throws InputError {
        return require(args, index, "the name of a deferred");
    }
}
