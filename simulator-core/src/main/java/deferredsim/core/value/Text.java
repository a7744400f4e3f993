package deferredsim.core.value;

import java.util.Objects;

/** A plain string result, rendered as itself ({@code "None"} the string also renders as {@code None}). */
public record Text(String text) implements Value {
    public Text {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String render() {
        return text;
    }
}
