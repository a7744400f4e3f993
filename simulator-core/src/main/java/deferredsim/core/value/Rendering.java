package deferredsim.core.value;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Renders values and errors in the trace contract's canonical form with an explicit stack, so a
 * result nested any depth (lists of lists of lists…) renders in constant Java stack and in time
 * linear in its length.
 */
final class Rendering {
    private Rendering() {}

    /** The canonical form of {@code value}. */
    static String of(Value value) {
        return render(value);
    }

    /** The canonical form of {@code error} (without a failure's {@code *}). */
    static String of(ErrorValue error) {
        return render(error);
    }

    private static String render(Object root) {
        StringBuilder out = new StringBuilder();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            switch (next) {
                case String text -> out.append(text);
                case Text text -> out.append(text.text());
                case NoneValue none -> out.append("None");
                case Failure failure -> {
                    todo.push("*");
                    todo.push(failure.error());
                }
                case ErrorValue.FirstError first -> {
                    todo.push(", " + first.index() + ")");
                    todo.push(first.subFailure());
                    todo.push("FirstError(");
                }
                case ErrorValue.Raised raised -> out.append(raised.message());
                case ErrorValue error -> out.append(error.render());
                case FiredFirst first -> {
                    todo.push(", " + first.index() + ")");
                    todo.push(first.result());
                    todo.push("(");
                }
                case ListResult list -> {
                    List<ListResult.Entry> entries = list.entries();
                    todo.push("]");
                    for (int i = entries.size() - 1; i >= 0; i--) {
                        ListResult.Entry entry = entries.get(i);
                        todo.push(")");
                        todo.push(entry.result());
                        todo.push((i == 0 ? "(" : ", (") + (entry.succeeded() ? "True" : "False") + ", ");
                    }
                    todo.push("[");
                }
                case Gathered gathered -> {
                    List<Value> results = gathered.results();
                    todo.push("]");
                    for (int i = results.size() - 1; i >= 0; i--) {
                        todo.push(results.get(i));
                        if (i > 0) {
                            todo.push(", ");
                        }
                    }
                    todo.push("[");
                }
                default -> throw new IllegalArgumentException("cannot render " + next.getClass());
            }
        }
        return out.toString();
    }
}
