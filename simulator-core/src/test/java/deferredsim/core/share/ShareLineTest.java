package deferredsim.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.json.Json;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.ShippedScenarios;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ShareLineTest {
    private static final String CLASSIC = "{\n  \"format\": \"deferred-scenario/1\",\n  \"deferreds\": [\n"
            + "    {\"name\": \"d\", \"chain\": [[\"r good\", \"f bad\"], [\"f googly\", \"p\"]],\n"
            + "     \"fire\": {\"method\": \"callback\", \"value\": \"caf\\u00e9\\ud83d\\ude00\", \"after\": 1.50}}\n"
            + "  ]\n}\n";

    // When a scenario is encoded, then the line is the prefix and URL-safe base64 only, on one line.
    @Test
    void encode_givesOnePrefixedUrlSafeLine() throws ScenarioException {
        String line = ShareLine.encode(CLASSIC);

        assertThat(line).startsWith(ShareLine.PREFIX).matches("dsim1:[A-Za-z0-9_-]+");
        assertThat(line.length()).isLessThan(CLASSIC.length());
    }

    // When a line is decoded, then the JSON is the original with its whitespace gone: same keys, numbers and strings.
    @Test
    void decode_givesBackTheCompactJson() throws Exception {
        String json = ShareLine.decode(ShareLine.encode(CLASSIC));

        assertThat(json)
                .isEqualTo("{\"format\":\"deferred-scenario/1\",\"deferreds\":[{\"name\":\"d\",\"chain\":"
                        + "[[\"r good\",\"f bad\"],[\"f googly\",\"p\"]],\"fire\":{\"method\":\"callback\","
                        + "\"value\":\"caf\\u00e9\\ud83d\\ude00\",\"after\":1.50}}]}");
        assertThat(ScenarioReader.read(json)).isEqualTo(ScenarioReader.read(CLASSIC));
    }

    // When every scenario the project ships goes through a share line, then it reads back to the same scenario.
    @Test
    void roundTrip_everyShippedScenarioReadsTheSame() throws Exception {
        List<Path> files = ShippedScenarios.all();
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String json = Files.readString(file);
            String back = ShareLine.decode(ShareLine.encode(json));
            if (ReactorScenarioReader.declaresReactorFormat(json)) {
                assertThat(ReactorScenarioReader.read(back))
                        .as(file.toString())
                        .isEqualTo(ReactorScenarioReader.read(json));
            } else {
                assertThat(ScenarioReader.read(back)).as(file.toString()).isEqualTo(ScenarioReader.read(json));
            }
        }
    }

    // When a line was wrapped by a chat (spaces and newlines inside), then it still decodes.
    @Test
    void decode_ignoresWhitespaceInside() throws Exception {
        String line = ShareLine.encode(CLASSIC);
        String wrapped =
                "  " + line.substring(0, 20) + "\n " + line.substring(20, 40) + "\r\n" + line.substring(40) + "\n";

        assertThat(ShareLine.decode(wrapped)).isEqualTo(ShareLine.decode(line));
        assertThat(ShareLine.isShareLine(wrapped)).isTrue();
    }

    // If the line was cut short, then the message says so and shows what a share line looks like.
    @Test
    void decode_cutShort_saysSo() throws Exception {
        String line = ShareLine.encode(CLASSIC);

        assertThatThrownBy(() -> ShareLine.decode(line.substring(0, line.length() / 2)))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("not a share line: it was cut short")
                .hasMessageContaining("expected dsim1: followed by letters, digits, '-' and '_'");
    }

    // If the line holds a character outside URL-safe base64, then the message names it and where.
    @Test
    void decode_foreignCharacter_namesIt() {
        assertThatThrownBy(() -> ShareLine.decode("dsim1:abc+def"))
                .hasMessageStartingWith("not a share line: it has '+' at character 10");
    }

    // If the text lacks the prefix, then it is not taken as a share line.
    @Test
    void isShareLine_withoutPrefix_isFalse() {
        assertThat(ShareLine.isShareLine("scenario.json")).isFalse();
        assertThat(ShareLine.isShareLine("{\"format\": \"deferred-scenario/1\"}"))
                .isFalse();
        assertThatThrownBy(() -> ShareLine.decode("dsim2:AAAA")).hasMessageContaining("does not start with dsim1:");
    }

    // If a line expands to more than the limit, then it is refused before it is all in memory.
    @Test
    void decode_bomb_isRefused() throws ScenarioException {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] spaces = new byte[1 << 16];
        java.util.Arrays.fill(spaces, (byte) ' ');
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int i = 0; i < 17; i++) {
            deflater.setInput(spaces);
            while (!deflater.needsInput()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        String line = ShareLine.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(packed.toByteArray());

        assertThat(line.length()).isLessThan(10_000);
        assertThatThrownBy(() -> ShareLine.decode(line, 1 << 20)).hasMessageContaining("more than 1 MiB of JSON");
        assertThat(ShareLine.decode(line, 2 << 20)).hasSize(17 << 16);
    }

    // If the text to encode is not JSON, then the message gives the line and column.
    @Test
    void encode_notJson_givesThePlace() {
        assertThatThrownBy(() -> ShareLine.encode("{\"format\": \n  oops}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("2:3: ");
    }

    // When the text is JSON rather than a share line, then jsonOf passes it through unchanged.
    @Test
    void jsonOf_plainJson_isUnchanged() throws Exception {
        assertThat(ShareLine.jsonOf(CLASSIC)).isSameAs(CLASSIC);
        assertThat(Json.parse(ShareLine.jsonOf(ShareLine.encode(CLASSIC)))).isNotNull();
    }
}
