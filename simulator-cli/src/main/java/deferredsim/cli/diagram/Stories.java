package deferredsim.cli.diagram;

import deferredsim.core.recording.SimEvent;
import deferredsim.core.scenario.InlineStep;
import java.util.List;

/** The narrator's sentences about creation, generators and passes over a chain. */
final class Stories {
    private Stories() {}

    /** {@code x = Deferred() is created: d's stage 0 returned it.} */
    static String created(Scene scene, SimEvent.Created created) {
        String d = created.deferred();
        String constructor =
                scene.scenario.deferred(d).map(Phrases::constructor).orElse(d);
        Lane lane = scene.lane(d);
        String origin = lane == null || lane.origin.isEmpty() ? "" : "; it is " + lane.origin;
        String start;
        switch (created.kind()) {
            case INLINE:
                start = "; its generator starts running at once";
                break;
            case LIST:
            case GATHER:
                start = "; it waits for its members";
                break;
            default:
                start = "";
        }
        return constructor + " is created" + origin + start + ".";
    }

    /** {@code g's generator resumes at step 0 (yield a) with 'one'; then it returns 'done'.} */
    static String resumed(Scene scene, SimEvent.GeneratorResumed resumed) {
        String head = resumed.deferred() + "'s generator resumes at step " + resumed.step();
        List<InlineStep> steps = steps(scene, resumed.deferred());
        if (resumed.step() >= steps.size()) {
            return head + " " + received(scene, resumed) + ".";
        }
        head += " (" + steps.get(resumed.step()) + ") " + received(scene, resumed);
        boolean goesOn = !resumed.in().isFailure() || ((InlineStep.Yield) steps.get(resumed.step())).catching();
        if (!goesOn) {
            return head + ".";
        }
        int next = resumed.step() + 1;
        if (next >= steps.size()) {
            return head + "; it then falls off the end, returning None.";
        }
        InlineStep step = steps.get(next);
        if (step instanceof InlineStep.Return) {
            return head + "; then it returns '" + ((InlineStep.Return) step).value() + "'.";
        }
        if (step instanceof InlineStep.Raise) {
            return head + "; then it raises " + ((InlineStep.Raise) step).value() + "*.";
        }
        return head + "; it goes on to step " + next + " (" + step + ").";
    }

    /** How a resumed generator received its value: {@code with 'one'}, or the failure raised at the yield. */
    static String received(Scene scene, SimEvent.GeneratorResumed resumed) {
        List<InlineStep> steps = steps(scene, resumed.deferred());
        if (!resumed.in().isFailure()) {
            return "with " + Phrases.prose(resumed.in());
        }
        boolean catching = resumed.step() < steps.size()
                && steps.get(resumed.step()) instanceof InlineStep.Yield
                && ((InlineStep.Yield) steps.get(resumed.step())).catching();
        return catching
                ? "and " + resumed.in().render() + " is raised at the yield and caught"
                : "and " + resumed.in().render()
                        + " is raised at the yield and not caught, so the generator fails with it";
    }

    /** {@code d's chain has run as far as it can for now: d holds 'after'.} */
    static String settled(Scene scene, int index, SimEvent.Settled settled) {
        String d = settled.deferred();
        Lane lane = scene.lane(d);
        if (lane == null) {
            String held = settled.result() == null ? "is waiting" : "holds " + Phrases.prose(settled.result());
            return "Twisted's internal deferred " + d + " " + held + ".";
        }
        if (settled.result() == null) {
            String state = lane.versionAt(index);
            return d + "'s chain stops here for now: " + (state == null ? "it is waiting" : "it is " + state) + ".";
        }
        String unhandled = settled.unhandled() ? " The failure is unhandled so far." : "";
        return d + "'s chain has run as far as it can: " + d + " holds " + Phrases.prose(settled.result()) + "."
                + unhandled;
    }

    private static List<InlineStep> steps(Scene scene, String name) {
        Lane lane = scene.lane(name);
        return lane == null
                ? List.of()
                : lane.steps.stream().map(step -> step.step).toList();
    }
}
