package deferredsim.core.engine;

import java.util.ArrayDeque;

/**
 * The engine's own call stack. Operations that nest the way Twisted's Python calls nest (a stage
 * that creates a deferred and fires it, a list member firing its list, a generator resumed by the
 * deferred it yielded, a cancellation reaching the members of nested lists) run as {@link Frame}s
 * here instead of as nested Java calls, so any depth of nesting runs in constant Java stack with
 * the calls in exactly the order the nested calls would make them.
 *
 * <p>{@link #run(Frame)} runs a frame and everything it calls to completion on the calling thread.
 * Inside a frame, {@link #call(Frame)} calls another frame: the caller's {@link Frame#step} runs
 * again once the callee has returned, and takes the callee's result with {@link #result()}, which
 * rethrows what the callee threw. Not thread-safe; one engine run uses it from one thread.
 */
final class Frames {
    /* Overview: a frame's step() runs until it calls a frame (call), returns (ret) or throws. The
     * loop then runs the callee, or pops the frame and hands its result (or exception) to the frame
     * below, whose step() runs again. A step that does neither is run again at once. What a callee
     * returned is there for the caller's next step only; an exception the caller does not take with
     * result() goes on down the stack as if it had. */

    private final ArrayDeque<Frame> stack = new ArrayDeque<>();
    private Object returned;
    private RuntimeException thrown;
    private boolean done;
    private Object value;

    private Frames() {}

    /**
     * Runs {@code first} and every frame it calls, on the calling thread, and returns what {@code
     * first} returns.
     *
     * @throws RuntimeException what {@code first} throws (or a callee throws and it does not catch)
     */
    static Object run(Frame first) {
        return new Frames().loop(first);
    }

    /** Calls {@code callee}: it runs next, then the calling frame's step runs again. */
    void call(Frame callee) {
        stack.push(callee);
    }

    /** Returns {@code result} from the running frame to the frame that called it. */
    void ret(Object result) {
        done = true;
        value = result;
    }

    /**
     * What the frame last called returned.
     *
     * @throws RuntimeException what that frame threw instead
     */
    Object result() {
        if (thrown != null) {
            RuntimeException raised = thrown;
            thrown = null;
            throw raised;
        }
        return returned;
    }

    private Object loop(Frame first) {
        stack.push(first);
        while (true) {
            Frame top = stack.peek();
            int depth = stack.size();
            done = false;
            RuntimeException raised = null;
            try {
                top.step(this);
            } catch (RuntimeException broken) {
                raised = broken;
            }
            if (raised == null && thrown != null) {
                raised = thrown; // the frame did not take its callee's exception: it goes on down
            }
            returned = null;
            thrown = null;
            if (raised != null) {
                while (stack.size() > depth) {
                    stack.pop(); // a call it made before throwing never runs
                }
            }
            if (raised == null && !done) {
                continue; // it called a frame, or has more to do at once
            }
            if (stack.peek() != top) {
                throw new IllegalStateException("a frame both called another and returned: " + top);
            }
            stack.pop();
            if (stack.isEmpty()) {
                if (raised != null) {
                    throw raised;
                }
                return value;
            }
            returned = raised == null ? value : null;
            thrown = raised;
            value = null;
        }
    }

    /**
     * One activation of a nesting operation, with its own state: where it is, what it has so far.
     * Subclasses keep that state in fields and move on in {@link #step}.
     */
    abstract static class Frame {
        /**
         * Does the next part of the work: ends by {@link Frames#call calling} a frame, by {@link
         * Frames#ret returning}, or by throwing; after a call it runs again and starts with {@link
         * Frames#result()}.
         */
        abstract void step(Frames frames);
    }
}
