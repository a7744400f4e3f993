package deferredsim.cli.repl;

import deferredsim.core.scenario.PairSpec;

/** A pair line at the prompt: {@code CALLBACK ERRBACK}, e.g. {@code r good f bad} or {@code d x p}. */
final class PairInput {
    private PairInput() {}

    /** True when the line's first word is a stage keyword, so the line is meant as a pair. */
    static boolean looksLikePair(Tokens tokens) {
        return !tokens.isEmpty() && MemberWords.keyword(tokens.text(0)) != null;
    }

    /**
     * Parses a whole pair from {@code tokens} starting at {@code at}; nothing may follow it.
     *
     * @throws InputError naming the column and what was expected
     */
    static PairSpec parse(Tokens tokens, int at) throws InputError {
        MemberWords.Parsed callback = MemberWords.read(tokens, at, "callback");
        MemberWords.Parsed errback = MemberWords.read(tokens, callback.next(), "errback");
        if (errback.next() < tokens.size()) {
            throw new InputError(
                    tokens.get(errback.next()).column(),
                    "a pair ends after its errback; '" + tokens.text(errback.next()) + "' is one word too many"
                            + " (values cannot contain spaces)");
        }
        return new PairSpec(callback.stage(), errback.stage());
    }
}
