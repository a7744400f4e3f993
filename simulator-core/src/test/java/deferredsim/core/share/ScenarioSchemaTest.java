package deferredsim.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import deferredsim.core.reactor.scenario.ReactorScenarioReader;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import deferredsim.core.testing.ShippedScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code docs/schema/} (for editors: completion and checks as you type) agree
 * with the readers: every scenario the project ships passes its schema, and typical mistakes the
 * readers reject fail it too.
 */
class ScenarioSchemaTest {
    private static final Path DOCS = ShippedScenarios.projectRoot().resolve("docs/schema");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema DEFERRED = load("deferred-scenario-1.schema.json");
    private static final Schema REACTOR = load("reactor-scenario-1.schema.json");

    private static final String GOOD = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
        + " \"chain\": [[\"r good\", \"FAIL bad\"], [\"d x\", \"passthru\"]], \"canceller\": \"errback stop\","
        + " \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0.5}}, {\"name\": \"x\"}, {\"name\":"
        + " \"L\", \"list\": [\"a\"], \"gather\": true}, {\"name\": \"a\"}, {\"name\": \"g\", \"inline\": [\"yield b"
        + " catch\", \"return r\"]}, {\"name\": \"b\"}, {\"name\": \"t\"}], \"actions\": [{\"at\": 2, \"do\": \"add\","
        + " \"deferred\": \"d\", \"pair\": [\"p\", \"p\"]}, {\"at\": 3, \"do\": \"fire\", \"deferred\": \"t\","
        + " \"method\": \"errback\", \"value\": \"e\"}]}";

    // When every shipped scenario is checked against the schema of its format, then none has an error.
    @Test
    void everyShippedScenario_passesItsSchema() throws IOException {
        List<Path> files = ShippedScenarios.all();
        List<String> failures = new ArrayList<>();
        int reactor = 0;
        for (Path file : files) {
            String json = Files.readString(file);
            reactor += ShippedScenarios.isReactor(json) ? 1 : 0;
            List<Error> errors = schemaFor(json).validate(json, InputFormat.JSON);
            if (!errors.isEmpty()) {
                failures.add(ShippedScenarios.projectRoot().relativize(file) + ": " + errors);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(reactor).as("reactor scenarios checked").isGreaterThan(50);
        assertThat(files.size() - reactor).as("deferred scenarios checked").isGreaterThan(50);
    }

    // When a scenario uses every kind of deferred, action, stage and canceller, then the reader and the schema both
    // accept it.
    @Test
    void everyConstruct_passesReaderAndSchema() throws ScenarioException {
        ScenarioReader.read(GOOD);

        assertThat(deferredSchema().validate(GOOD, InputFormat.JSON)).isEmpty();
    }

    // If a scenario has one of the usual mistakes, then the reader rejects it and so does the schema.
    @Test
    void usualMistakes_failReaderAndSchema() {
        List<String> broken = List.of(
                GOOD.replace("\"r good\"", "\"retrun good\""),
                GOOD.replace("\"r good\"", "\"return\""),
                GOOD.replace("\"r good\"", "\"return two words\""),
                GOOD.replace("\"d x\", \"passthru\"", "\"d x\", \"passthru extra\""),
                GOOD.replace("deferred-scenario/1", "deferred-scenario/2"),
                GOOD.replace("\"name\": \"d\",", "\"name\": \"d\", \"colour\": \"red\","),
                GOOD.replace("\"value\": \"v\"", "\"value\": \"two words\""),
                GOOD.replace(", \"after\": 0.5", ""),
                GOOD.replace("\"after\": 0.5", "\"after\": -1"),
                GOOD.replace("\"errback stop\"", "\"explode\""),
                GOOD.replace("\"yield b catch\"", "\"yield b finally\""),
                GOOD.replace("\"gather\": true", "\"gather\": true, \"consumeErrors\": true"),
                GOOD.replace("\"method\": \"errback\"", "\"method\": \"error\""),
                GOOD.replace("\"pair\": [\"p\", \"p\"]", "\"pair\": [\"p\"]"),
                GOOD.replace("\"list\": [\"a\"]", "\"list\": [\"a\"], \"inline\": []"));
        assertBothReject(broken, deferredSchema());
    }

    // If a reactor scenario has one of the usual mistakes, then the reader rejects it and so does the schema.
    @Test
    void usualReactorMistakes_failReaderAndSchema() throws ScenarioException {
        String good = "{\"format\": \"reactor-scenario/1\", \"servers\": [{\"port\": 10000, \"bytes\": 30,"
                + " \"chunk\": 10, \"delay\": 0.1}], \"clients\": [{\"kind\": \"async\", \"ports\": [10000]}]}";
        ReactorScenarioReader.read(good);
        assertThat(reactorSchema().validate(good, InputFormat.JSON)).isEmpty();
        List<String> broken = List.of(
                good.replace("10000, \"bytes\"", "70000, \"bytes\""),
                good.replace("\"bytes\": 30,", "\"bytes\": 30, \"text\": \"abc\","),
                good.replace("\"async\"", "\"threaded\""),
                good.replace(", \"clients\": [{\"kind\": \"async\", \"ports\": [10000]}]", ""),
                good.replace("\"chunk\": 10", "\"chunk\": 0"),
                good.replace("reactor-scenario/1\"", "reactor-scenario/1\", \"reactor\": \"epoll\""));
        assertBothReject(broken, reactorSchema());
    }

    private static void assertBothReject(List<String> broken, Schema schema) {
        for (String json : broken) {
            assertThat(readerRejects(json)).as("the reader rejects " + json).isTrue();
            assertThat(schema.validate(json, InputFormat.JSON))
                    .as("the schema rejects " + json)
                    .isNotEmpty();
        }
    }

    private static boolean readerRejects(String json) {
        try {
            if (ShippedScenarios.isReactor(json)) {
                ReactorScenarioReader.read(json);
            } else {
                ScenarioReader.read(json);
            }
            return false;
        } catch (ScenarioException rejected) {
            return true;
        }
    }

    private static Schema schemaFor(String json) {
        return ShippedScenarios.isReactor(json) ? reactorSchema() : deferredSchema();
    }

    private static Schema deferredSchema() {
        return DEFERRED;
    }

    private static Schema reactorSchema() {
        return REACTOR;
    }

    private static Schema load(String name) {
        try {
            return REGISTRY.getSchema(Files.readString(DOCS.resolve(name)), InputFormat.JSON);
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read the schema " + name, unreadable);
        }
    }
}
