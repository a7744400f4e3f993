package deferredsim.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.recording.Side;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A problem's place as typed parts, so an editor attaches it to a field without reading JSON paths. */
class ScenarioPlaceTest {

    /** When a rule is broken in a pair's member, then the place names the deferred, the pair and the member. */
    @Test
    void place_ofAMissingReference_isTheMemberOfThePair() {
        ScenarioException broken = problemOf("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + "{\"name\": \"d\", \"chain\": [[\"p\", \"p\"], [\"p\", \"defer x\"]]}]}");

        assertThat(broken.place())
                .isEqualTo(new ScenarioPlace.InDeferred(0, new ScenarioPlace.Part.Pair(1, Optional.of(Side.ERRBACK))));
        assertThat(broken.place().words(List.of("d"))).isEqualTo("d, pair 2, errback");
    }

    /** When an action's time is wrong, then the place is that action's field. */
    @Test
    void place_ofAnActionsTime_isTheActionField() {
        ScenarioException broken = problemOf(
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\": []}], \"actions\":"
                        + " [{\"at\": -1, \"do\": \"cancel\", \"deferred\": \"d\"}]}");

        assertThat(broken.place()).isEqualTo(new ScenarioPlace.InAction(0, "at", Optional.empty()));
        assertThat(broken.place().words(List.of("d"))).isEqualTo("action 1, at");
    }

    /** When a deferred's other field is named, then it is a field of that deferred, said in words. */
    @Test
    void of_fireAfter_isAFieldOfTheDeferred() {
        ScenarioPlace place = ScenarioPlace.of("$.deferreds[2].fire.after");

        assertThat(place).isEqualTo(new ScenarioPlace.InDeferred(2, new ScenarioPlace.Part.Field("fire.after")));
        assertThat(place.words(List.of("a", "b"))).isEqualTo("deferred 3, fire after");
    }

    /** If the path names no deferred or action, then the place is the whole scenario. */
    @Test
    void of_topLevel_isTheWholeScenario() {
        assertThat(ScenarioPlace.of("$.format")).isEqualTo(new ScenarioPlace.Whole());
        assertThat(ScenarioPlace.of("")).isEqualTo(new ScenarioPlace.Whole());
    }

    private static ScenarioException problemOf(String json) {
        try {
            ScenarioReader.read(json);
        } catch (ScenarioException broken) {
            return broken;
        }
        throw new AssertionError("accepted: " + json);
    }
}
