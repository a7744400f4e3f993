/**
 * A small, strict JSON reader (RFC 8259) and string quoting, with no dependencies.
 *
 * <p>{@link deferredsim.core.json.Json#parse(String)} turns a JSON text into a tree of {@link
 * deferredsim.core.json.JsonNode}s, each remembering its 1-based line and column in the source so
 * that readers built on it (the scenario reader) can say exactly where a value is wrong. Syntax
 * errors, duplicate keys included, raise a {@link deferredsim.core.json.JsonSyntaxException} with
 * the position and what was expected there.
 *
 * <p>{@link deferredsim.core.json.Json#quote(String)} writes a string the way Python's {@code
 * json.dumps} does with {@code ensure_ascii=True}, so that written scenarios and traces compare
 * byte for byte with the ones Python produced.
 */
package deferredsim.core.json;
