package deferredsim.core.value;

/**
 * A result as it travels down a Deferred's chain: what Python code would hold in {@code
 * current.result}, reduced to what the simulator's stages can produce.
 *
 * <p>Values are immutable and compared by content. {@link #render()} gives the canonical form of
 * the trace contract: a string as itself, {@code None}, a failure as its message and {@code *},
 * and the results of DeferredList and gatherResults in Python's tuple and list notation.
 *
 * <p>A recorded program's values are {@link Text} (a Python {@code str}), {@link #NONE}, {@link
 * Failure}, {@link PySequence} (a list or tuple) and {@link PyObject} (anything else, by its
 * {@code repr}).
 *
 * <p>Create them with {@link #text(String)}, {@link #NONE}, {@link Failure#raised(String)} and the
 * other records' constructors.
 */
public sealed interface Value permits Text, NoneValue, Failure, ListResult, FiredFirst, Gathered, PyObject, PySequence {
    /** Python's {@code None}: what an inner deferred holds after handing its result on. */
    Value NONE = NoneValue.INSTANCE;

    /** The canonical rendering used in traces and diagrams. */
    String render();

    /** True for a {@link Failure}: the errback side runs next. */
    default boolean isFailure() {
        return false;
    }

    /** Returns the string value {@code s}. */
    static Value text(String s) {
        return new Text(s);
    }
}
