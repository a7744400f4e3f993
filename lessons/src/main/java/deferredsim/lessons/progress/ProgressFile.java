package deferredsim.lessons.progress;

import deferredsim.core.json.Json;
import deferredsim.core.json.JsonNode;
import deferredsim.core.json.JsonObject;
import deferredsim.core.json.JsonString;
import deferredsim.core.json.JsonSyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/** The text of {@code progress.json}: reading it strictly and writing it. */
final class ProgressFile {
    static final String FORMAT = "deferred-progress/1";

    /** The file is not progress this version can read; {@link #newer} when it says it is a later format. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        final boolean newer;

        Unreadable(String message, boolean newer) {
            super(message);
            this.newer = newer;
        }
    }

    private ProgressFile() {}

    static Progress parse(String text) throws Unreadable {
        JsonNode root;
        try {
            root = Json.parse(text);
        } catch (JsonSyntaxException broken) {
            throw new Unreadable(broken.getMessage(), false);
        }
        if (!(root instanceof JsonObject)) {
            throw new Unreadable(root.line() + ":" + root.column() + ": expected a JSON object", false);
        }
        JsonObject object = (JsonObject) root;
        JsonNode format = object.get("format");
        if (!(format instanceof JsonString)) {
            JsonNode at = format == null ? object : format;
            throw new Unreadable(at.line() + ":" + at.column() + ": no \"format\": \"" + FORMAT + "\"", false);
        }
        String formatName = ((JsonString) format).value();
        if (!formatName.equals(FORMAT)) {
            throw new Unreadable(
                    format.line() + ":" + format.column() + ": its format is " + Json.quote(formatName) + ", not "
                            + FORMAT,
                    formatName.startsWith("deferred-progress/"));
        }
        for (JsonObject.Member member : object.members()) {
            if (!member.key().equals("format") && !member.key().equals("solved")) {
                throw new Unreadable(
                        member.line() + ":" + member.column() + ": unknown key " + Json.quote(member.key()), false);
            }
        }
        JsonNode solved = object.get("solved");
        if (!(solved instanceof JsonObject)) {
            JsonNode at = solved == null ? object : solved;
            throw new Unreadable(
                    at.line() + ":" + at.column() + ": \"solved\" must be an object of exercise keys to times", false);
        }
        Map<String, Instant> result = new TreeMap<>();
        for (JsonObject.Member member : ((JsonObject) solved).members()) {
            if (!(member.value() instanceof JsonString)) {
                throw new Unreadable(
                        member.line() + ":" + member.column() + ": the time of " + Json.quote(member.key())
                                + " must be a string",
                        false);
            }
            try {
                result.put(member.key(), Instant.parse(((JsonString) member.value()).value()));
            } catch (DateTimeParseException broken) {
                throw new Unreadable(
                        member.line() + ":" + member.column() + ": the time of " + Json.quote(member.key())
                                + " is not an ISO instant",
                        false);
            }
        }
        return new Progress(result);
    }

    static String write(Progress progress) {
        StringBuilder out =
                new StringBuilder("{\"format\": ").append(Json.quote(FORMAT)).append(",\n \"solved\": {");
        String separator = "\n  ";
        for (Map.Entry<String, Instant> entry : new TreeMap<>(progress.solved()).entrySet()) {
            out.append(separator)
                    .append(Json.quote(entry.getKey()))
                    .append(": ")
                    .append(Json.quote(entry.getValue().toString()));
            separator = ",\n  ";
        }
        return out.append(progress.solved().isEmpty() ? "}}\n" : "\n }}\n").toString();
    }
}
