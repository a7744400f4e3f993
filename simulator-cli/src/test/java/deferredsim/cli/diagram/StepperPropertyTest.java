package deferredsim.cli.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import deferredsim.core.engine.Simulation;
import deferredsim.core.reading.Playhead;
import deferredsim.core.recording.Recording;
import deferredsim.core.testing.ScenarioGenerators;
import org.junit.jupiter.api.Test;

/** Generated valid scenarios through the layout and the stepper. */
class StepperPropertyTest {
    // When any valid scenario is laid out at 80 or 200 columns, then no two visible marks collide at any position and
    // every frame renders.
    @Test
    void layout_generatedScenarios_neverOverlapAndAlwaysRender() {
        qt().withExamples(300).forAll(ScenarioGenerators.scenarios()).checkAssert(scenario -> {
            Recording recording = Simulation.runOnThisThread(scenario);
            Scene scene = Scene.of(scenario, recording);
            for (int width : new int[] {80, 200}) {
                Drawing drawing = Layout.draw(scene, width);
                Stepper stepper = Stepper.of(scenario, recording);
                for (int position = -1; position < recording.size(); position++) {
                    assertThat(drawing.collisions(position))
                            .as("width %d, position %d", width, position)
                            .isEmpty();
                    stepper.seek(Playhead.after(position));
                    assertThat(stepper.frame(width, 30)).isNotEmpty();
                }
                assertThat(ScenarioDiagram.of(scenario, recording).render(width))
                        .isNotEmpty();
            }
        });
    }
}
