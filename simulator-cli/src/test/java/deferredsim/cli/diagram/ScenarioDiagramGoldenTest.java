package deferredsim.cli.diagram;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole diagrams of representative corpus scenarios, compared with golden text checked by eye:
 * {@code src/test/resources/diagram/NAME.wWIDTH.txt}.
 */
class ScenarioDiagramGoldenTest {
    // When a representative scenario is drawn at its width, then the text equals the golden picture line for line.
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "inner-deferred-fires-later, 80",
        "inner-deferred-own-chain, 80",
        "errback-returns-deferred, 100",
        "inner-nested-three-levels, 80",
        "inline-yields-list-and-inline, 200",
        "list-fire-on-one-errback, 120",
        "cancel-unfired-no-canceller-fired-twice, 80",
        "pause-after-fire-then-add-then-unpause, 80"
    })
    void render_representativeScenario_matchesGolden(String name, int width) {
        Runs.Run run = Runs.corpus(name);

        Runs.assertGolden(Runs.texts(run.diagram().render(width)), name + ".w" + width + ".txt");
    }
}
