package deferredsim.lessons.internal;

/** The Markdown pieces verdicts are written with. */
final class Md {
    private static final String SPECIAL = "\\`*_[]";

    private Md() {}

    /** {@code text} as inline code, so values like {@code b*} are not read as emphasis. */
    static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    /**
     * {@code text} with every character Markdown could read as markup escaped, so that it renders
     * exactly as written: the Reading's sentences go into verdicts this way, and a learner reads
     * the same words as in the terminal's stepper and the window's status line.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
