package deferredsim.core.value;

import java.util.Objects;

/**
 * A value of a recorded program that is neither a string, None, a failure nor a list or tuple:
 * a number, a boolean, a dict, an object. It is rendered as Python's {@code repr} of it, which
 * the recording keeps ({@code 3}, {@code True}, {@code {'a': 1}}, {@code <Poem object at 0x7f…>}).
 */
public record PyObject(String repr) implements Value {
    public PyObject {
        Objects.requireNonNull(repr, "repr");
    }

    @Override
    public String render() {
        return repr;
    }
}
