package deferredsim.core.reactor.execution;

/** The three ways of running the same tasks that Part 1 compares (Figs 1–3). */
public enum ExecutionModel {
    /** One thread, one task after another; a WAIT blocks the whole program (Figs 1 and 4). */
    SYNCHRONOUS("synchronous"),
    /** One thread per task, each on its own core when there are enough (Fig 2). */
    THREADED("threaded"),
    /** One thread; a task runs until it waits, then another ready task runs (Fig 3). */
    ASYNCHRONOUS("asynchronous");

    private final String word;

    ExecutionModel(String word) {
        this.word = word;
    }

    /** The word in scenario files and traces; also the model's process name. */
    public String word() {
        return word;
    }

    /** The model named {@code word}, or null. */
    public static ExecutionModel fromWord(String word) {
        for (ExecutionModel model : values()) {
            if (model.word.equals(word)) {
                return model;
            }
        }
        return null;
    }
}
