package deferredsim.gui.editor;

/**
 * Something wrong with what the learner typed.
 *
 * @param path the JSON path of the field in scenario-file terms, e.g. {@code $.deferreds[0].chain[1][0]}
 * @param where the field in words, e.g. {@code d, pair 2, callback}
 * @param message what is wrong and what was expected, in the reader's words
 */
public record Problem(String path, String where, String message) {
    /** {@code where: message}. */
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
