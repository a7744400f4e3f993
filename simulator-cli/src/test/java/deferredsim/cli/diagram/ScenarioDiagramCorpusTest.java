package deferredsim.cli.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.cli.text.StyledLine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario of the trace corpus drawn at a narrow and a wide terminal width. */
class ScenarioDiagramCorpusTest {
    static Stream<Runs.Run> runs() {
        return Runs.corpus();
    }

    // When a corpus scenario is drawn 80 columns wide, then it renders, fits in 80 columns or says how wide it is, and
    // ends with the legend.
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void render_corpusScenarioAt80_fitsOrSaysHowWide(Runs.Run run) {
        assertRendersWithin(run, 80);
    }

    // When a corpus scenario is drawn 200 columns wide, then it renders, fits in 200 columns or says how wide it is,
    // and ends with the legend.
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void render_corpusScenarioAt200_fitsOrSaysHowWide(Runs.Run run) {
        assertRendersWithin(run, 200);
    }

    // When a corpus scenario is laid out at 80 or 200 columns, then at no position do two visible marks put different
    // characters in one cell.
    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void draw_corpusScenarioAtEveryPosition_hasNoOverlappingMarks(Runs.Run run) {
        Scene scene = run.scene();
        for (int width : new int[] {80, 200}) {
            Drawing drawing = Layout.draw(scene, width);
            for (int position = -1; position < run.recording().size(); position++) {
                assertThat(drawing.collisions(position))
                        .as("width %d, position %d", width, position)
                        .isEmpty();
            }
        }
    }

    // When the corpus is listed, then all 140 scenarios are there, so none is silently skipped.
    @Test
    void runs_corpus_hasAllScenarios() {
        assertThat(runs()).hasSize(140);
    }

    private static void assertRendersWithin(Runs.Run run, int width) {
        ScenarioDiagram diagram = run.diagram();
        List<StyledLine> lines = diagram.render(width);
        int widest = lines.stream().skip(1).mapToInt(StyledLine::length).max().orElse(0);
        int needed = diagram.widthFor(width);

        assertThat(lines.subList(lines.size() - ScenarioDiagram.legend(width).size(), lines.size()))
                .isEqualTo(ScenarioDiagram.legend(width));
        if (needed > width) {
            assertThat(lines.get(0).text()).startsWith("(this diagram is " + needed + " columns wide");
        } else {
            assertThat(widest).isLessThanOrEqualTo(width);
            assertThat(lines.get(0).text()).doesNotStartWith("(this diagram is");
        }
        for (String name : List.copyOf(run.scene().lanes.keySet())) {
            assertThat(Runs.texts(lines)).as("header of %s", name).anyMatch(line -> line.contains(name + " = "));
        }
    }
}
