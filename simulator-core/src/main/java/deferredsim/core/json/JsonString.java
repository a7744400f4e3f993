package deferredsim.core.json;

import java.util.Arrays;
import java.util.Objects;

/**
 * A JSON string: its decoded {@link #value()} and where it stands in the source. A JSON string
 * cannot contain a raw line break, so all of it lies on {@link #line()}; {@link #columnAt(int)}
 * maps a position in the decoded value back to a source column, escapes included.
 */
public final class JsonString implements JsonNode {
    private final String value;
    private final int line;
    private final int column;
    private final int[] sourceColumns;

    /**
     * A string whose opening quote is at {@code line}:{@code column}.
     *
     * @param sourceColumns for each index {@code i} of {@code value} (and for {@code
     *     value.length()}, the closing quote) the 1-based source column where the text producing
     *     that character starts; null when the string has no escapes, so that index {@code i} is at
     *     {@code column + 1 + i}
     */
    public JsonString(String value, int line, int column, int[] sourceColumns) {
        this.value = Objects.requireNonNull(value, "value");
        this.line = line;
        this.column = column;
        if (sourceColumns != null && sourceColumns.length != value.length() + 1) {
            throw new IllegalArgumentException("one source column per character and one for the closing quote");
        }
        this.sourceColumns = sourceColumns == null ? null : sourceColumns.clone();
    }

    /** A string without escapes whose opening quote is at {@code line}:{@code column}. */
    public JsonString(String value, int line, int column) {
        this(value, line, column, null);
    }

    /** The decoded text. */
    public String value() {
        return value;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    /**
     * The 1-based source column of the character at {@code index} of {@link #value()}; for an
     * escape that is the column of its backslash, and for {@code value().length()} the column of
     * the closing quote.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index <= value().length()}
     */
    public int columnAt(int index) {
        Objects.checkIndex(index, value.length() + 1);
        return sourceColumns == null ? column + 1 + index : sourceColumns[index];
    }

    @Override
    public String describe() {
        return "a string";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonString
                && ((JsonString) other).value.equals(value)
                && ((JsonString) other).line == line
                && ((JsonString) other).column == column
                && Arrays.equals(((JsonString) other).sourceColumns, sourceColumns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, line, column);
    }

    @Override
    public String toString() {
        return "JsonString[value=" + Json.quote(value) + ", line=" + line + ", column=" + column + "]";
    }
}
