package deferredsim.core.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number, held exactly: {@code value} is the decimal the source wrote ({@code 1.50} keeps
 * its scale) and {@code text} is the source text itself, for messages.
 */
public record JsonNumber(BigDecimal value, String text, int line, int column) implements JsonNode {
    public JsonNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String describe() {
        return "a number";
    }
}
