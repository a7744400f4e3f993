package deferredsim.core.reactor.script;

import java.util.Objects;

/**
 * A callable named in a program: a function ({@code got_poem}), or a method of an object ({@code
 * reactor.stop}, {@code d.callback}, {@code lc.stop}, {@code call.cancel}, {@code A.count}).
 * {@code method} is null for a function.
 */
public record Ref(String target, String method) {
    public Ref {
        Objects.requireNonNull(target, "target");
    }

    /** True for a plain function name. */
    public boolean isFunction() {
        return method == null;
    }

    /** As written: {@code got_poem}, {@code d.callback}. */
    @Override
    public String toString() {
        return method == null ? target : target + "." + method;
    }
}
