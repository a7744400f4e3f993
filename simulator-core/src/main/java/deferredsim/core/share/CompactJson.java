package deferredsim.core.share;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonArray;
import deferredsim.core.json.JsonBoolean;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonNull;
import deferredsim.core.json.JsonNumber;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;

/**
 * Writes a parsed JSON tree back as text with no whitespace: keys in their order, numbers exactly
 * as they were written, strings as {@link Json#quote} writes them. Parsing the result gives the
 * same tree (positions aside).
 */
final class CompactJson {
    private CompactJson() {}

    static String write(JsonNode root) {
        StringBuilder out = new StringBuilder();
        append(root, out);
        return out.toString();
    }

    private static void append(JsonNode node, StringBuilder out) {
        switch (node) {
            case JsonObject object -> {
                out.append('{');
                String comma = "";
                for (JsonObject.Member member : object.members()) {
                    out.append(comma).append(Json.quote(member.key())).append(':');
                    append(member.value(), out);
                    comma = ",";
                }
                out.append('}');
            }
            case JsonArray array -> {
                out.append('[');
                String comma = "";
                for (JsonNode element : array.elements()) {
                    out.append(comma);
                    append(element, out);
                    comma = ",";
                }
                out.append(']');
            }
            case JsonString string -> out.append(Json.quote(string.value()));
            case JsonNumber number -> out.append(number.text());
            case JsonBoolean bool -> out.append(bool.value());
            case JsonNull none -> out.append("null");
        }
    }
}
