package deferredsim.gui.editor;

/** What an action does, with the scenario file's word for it. */
public enum ActionVerb {
    FIRE("fire"),
    CANCEL("cancel"),
    PAUSE("pause"),
    UNPAUSE("unpause"),
    ADD("add");

    private final String word;

    ActionVerb(String word) {
        this.word = word;
    }

    /** The word in scenario files. */
    public String word() {
        return word;
    }

    /** The verb for {@code word}, or null. */
    public static ActionVerb of(String word) {
        for (ActionVerb verb : values()) {
            if (verb.word.equals(word)) {
                return verb;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return word;
    }
}
