package deferredsim.core.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * One member of a callback/errback pair, as a scenario writes it: {@code return V}, {@code fail V},
 * {@code passthru} or {@code defer NAME}.
 *
 * <p>{@link #parse(String)} accepts the contract's grammar: any prefix of the keyword in any case,
 * then (except for passthru) one argument without whitespace, where whitespace is Python's ({@link
 * PythonWhitespace}). {@link #toString()} writes the
 * canonical long form, which {@code parse} reads back to an equal value.
 */
public sealed interface MemberSpec {
    /** The canonical text: {@code return V}, {@code fail V}, {@code passthru}, {@code defer N}. */
    @Override
    String toString();

    /** {@code return V}: the stage returns the string V. */
    record Return(String value) implements MemberSpec {
        public Return {
            requireWord(value, "value");
        }

        @Override
        public String toString() {
            return "return " + value;
        }
    }

    /** {@code fail V}: the stage raises {@code Exception(V)}. */
    record Fail(String value) implements MemberSpec {
        public Fail {
            requireWord(value, "value");
        }

        @Override
        public String toString() {
            return "fail " + value;
        }
    }

    /** {@code passthru}: the stage returns its argument unchanged. */
    enum Passthru implements MemberSpec {
        INSTANCE;

        @Override
        public String toString() {
            return "passthru";
        }
    }

    /** {@code defer NAME}: the stage returns the deferred NAME, creating it when it runs. */
    record Defer(String name) implements MemberSpec {
        public Defer {
            requireWord(name, "name");
        }

        @Override
        public String toString() {
            return "defer " + name;
        }
    }

    /** The pass-through member: Twisted's default when only one side of a pair is given. */
    static MemberSpec passthru() {
        return Passthru.INSTANCE;
    }

    /**
     * Parses a stage string.
     *
     * @throws MemberSyntaxException naming the 0-based column where the text stops making sense and
     *     what was expected there
     */
    static MemberSpec parse(String text) throws MemberSyntaxException {
        Objects.requireNonNull(text, "text");
        int start = skipSpaces(text, 0);
        if (start == text.length()) {
            throw new MemberSyntaxException(start, "a stage: return V, fail V, passthru or defer NAME");
        }
        int keywordEnd = nextSpace(text, start);
        String keyword = text.substring(start, keywordEnd).toLowerCase(Locale.ROOT);
        Keyword kind = Keyword.matching(keyword);
        if (kind == null) {
            throw new MemberSyntaxException(
                    start,
                    "return, fail, passthru or defer (or a prefix of one), not "
                            + Located.show(text.substring(start, keywordEnd)));
        }
        int argStart = skipSpaces(text, keywordEnd);
        int argEnd = nextSpace(text, argStart);
        String argument = text.substring(argStart, argEnd);
        int rest = skipSpaces(text, argEnd);
        if (kind == Keyword.PASSTHRU) {
            if (!argument.isEmpty()) {
                throw new MemberSyntaxException(argStart, "nothing after passthru, not " + Located.show(argument));
            }
            return Passthru.INSTANCE;
        }
        if (argument.isEmpty()) {
            throw new MemberSyntaxException(argStart, kind.argumentDescription + " after " + kind.word);
        }
        if (rest != text.length()) {
            throw new MemberSyntaxException(
                    rest,
                    "the end of the stage after " + Located.show(argument) + " (" + kind.argumentDescription
                            + " has no spaces)");
        }
        switch (kind) {
            case RETURN:
                return new Return(argument);
            case FAIL:
                return new Fail(argument);
            default:
                return new Defer(argument);
        }
    }

    /** The keywords and what follows them. */
    enum Keyword {
        RETURN("return", "a value"),
        FAIL("fail", "a value"),
        PASSTHRU("passthru", ""),
        DEFER("defer", "a deferred's name");

        final String word;
        final String argumentDescription;

        Keyword(String word, String argumentDescription) {
            this.word = word;
            this.argumentDescription = argumentDescription;
        }

        /** The keyword that {@code prefix} (lower case, non-empty) abbreviates, or null. */
        static Keyword matching(String prefix) {
            for (Keyword keyword : values()) {
                if (keyword.word.startsWith(prefix)) {
                    return keyword;
                }
            }
            return null;
        }
    }

    private static int skipSpaces(String text, int from) {
        return PythonWhitespace.skipSpaces(text, from);
    }

    private static int nextSpace(String text, int from) {
        return PythonWhitespace.nextSpace(text, from);
    }

    private static void requireWord(String word, String what) {
        Objects.requireNonNull(word, what);
        if (!PythonWhitespace.isWord(word)) {
            throw new IllegalArgumentException(
                    "a " + what + " is one or more characters without whitespace: " + Located.show(word));
        }
    }
}
