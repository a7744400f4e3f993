package deferredsim.core.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A JSON object: its members in source order, keys unique (the parser rejects duplicates). */
public record JsonObject(List<Member> members, int line, int column) implements JsonNode {
    public JsonObject {
        members = List.copyOf(members);
    }

    /** One {@code "key": value} member; {@code line}/{@code column} are those of the key's opening quote. */
    public record Member(String key, int line, int column, JsonNode value) {
        public Member {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The member called {@code key}, if present. */
    public Optional<Member> member(String key) {
        return members.stream().filter(member -> member.key().equals(key)).findFirst();
    }

    /** The value of the member called {@code key}, or null when there is none. */
    public JsonNode get(String key) {
        return member(key).map(Member::value).orElse(null);
    }

    /** True when a member is called {@code key}. */
    public boolean has(String key) {
        return member(key).isPresent();
    }

    @Override
    public String describe() {
        return "an object";
    }
}
