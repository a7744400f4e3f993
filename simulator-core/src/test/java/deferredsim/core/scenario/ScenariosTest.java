package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.load.AnyScenario;
import deferredsim.core.load.Scenarios;
import deferredsim.core.share.ShareLine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One reader for every file the simulator opens, told apart by the format it declares. */
class ScenariosTest {
    private static final String CHAIN = "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\","
        + " \"chain\": [[\"r ok\", \"p\"]], \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": 0}}]}";

    /** When a Deferred scenario is read, then it is a chain whose run is the engine's. */
    @Test
    void parse_deferredScenario_isAChainThatRuns() throws Exception {
        AnyScenario read = Scenarios.parse(CHAIN);

        assertThat(read).isInstanceOf(AnyScenario.Chain.class);
        assertThat(read.recording().outcomes()).hasSize(1);
    }

    /** When a draft is read, then it is a draft, and running it says what is missing. */
    @Test
    void parse_incompleteDraft_isADraftThatCannotRunYet() throws Exception {
        AnyScenario read =
                Scenarios.parse("{\"format\": \"deferred-scenario-draft/1\", \"deferreds\": [{\"name\": \"d\","
                        + " \"chain\": [[\"defer x\", \"p\"]]}]}");

        assertThat(read).isInstanceOf(AnyScenario.Draft.class);
        assertThatThrownBy(read::recording)
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("x");
    }

    /** When a reactor example is read from its file, then it is a reactor scenario that runs. */
    @Test
    void read_reactorScenarioFile_isAReactorScenario() throws Exception {
        AnyScenario read = Scenarios.read(Path.of("..", "examples", "reactor", "part3-1-three-countdowns.json"));

        assertThat(read).isInstanceOf(AnyScenario.Reactor.class);
        assertThat(read.recording().size()).isPositive();
    }

    /** When a share line is read, then it gives the scenario it encodes. */
    @Test
    void read_shareLine_isTheScenarioItEncodes() throws Exception {
        assertThat(Scenarios.read(ShareLine.encode(CHAIN))).isInstanceOf(AnyScenario.Chain.class);
    }

    /** If the text declares no known format, then the Deferred scenario reader says what it expected. */
    @Test
    void parse_unknownFormat_isRefusedWithThePlace() {
        assertThatThrownBy(() -> Scenarios.parse("{\"format\": \"nope/1\"}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("format");
    }
}
