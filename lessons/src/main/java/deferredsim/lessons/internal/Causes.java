package deferredsim.lessons.internal;

import deferredsim.core.reading.Beat;
import deferredsim.core.reading.DeferredSnapshot;
import deferredsim.core.reading.FiredBy;
import deferredsim.core.reading.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** What led to an event, read from the beats of the deferred it is about. */
final class Causes {
    private Causes() {}

    /** The stage run at {@code index}, if that event ran a stage of the deferred it is about. */
    static Optional<Beat.StageRan> stageRun(Reading reading, int index) {
        return reading.subject(index)
                .flatMap(d -> reading.beats(d).stream()
                        .filter(beat -> beat.index() == index && beat instanceof Beat.StageRan)
                        .map(Beat.StageRan.class::cast)
                        .findFirst());
    }

    /**
     * For a stage run at {@code index}: the event that gave that stage its input (the fire, the
     * inner deferred's result it took, or the stage before it).
     */
    static OptionalInt inputOf(Reading reading, int index) {
        return before(reading, index, false);
    }

    /**
     * For a stage run at {@code index}: the event that let it run then: what gave it its input, or a
     * later {@code unpause()} or {@code addCallbacks} on a deferred that had its result already.
     */
    static OptionalInt trigger(Reading reading, int index) {
        return before(reading, index, true);
    }

    private static OptionalInt before(Reading reading, int index, boolean triggers) {
        if (stageRun(reading, index).isEmpty()) {
            return OptionalInt.empty();
        }
        List<Beat> beats = reading.beats(reading.subject(index).orElseThrow());
        for (int i = beats.size() - 1; i >= 0; i--) {
            Beat beat = beats.get(i);
            if (beat.index() >= index) {
                continue;
            }
            boolean gaveInput = switch (beat) {
                case Beat.Fired f -> true;
                case Beat.Takes t -> true;
                case Beat.StageRan s -> true;
                default -> false;
            };
            boolean letItRun = switch (beat) {
                case Beat.Unpaused u -> u.pauses() == 0;
                case Beat.PairAdded p -> !p.atCreation();
                default -> false;
            };
            if (gaveInput || (triggers && letItRun)) {
                return OptionalInt.of(beat.index());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * What else happened to {@code deferred} on the way to its result, in order: for a DeferredList
     * or gatherResults, each member's result it recorded and its own fire; for an inlineCallbacks
     * deferred, where its generator resumed and how it finished (through Twisted's internal
     * deferred too, after a cancel); for any deferred, each cancel that reached it and each late
     * fire, which did not change its result.
     */
    static List<Integer> story(Reading reading, String deferred) {
        List<Integer> story = new ArrayList<>();
        for (String name : withInternals(reading, deferred)) {
            for (Beat beat : reading.beats(name)) {
                boolean told = switch (beat) {
                    case Beat.Recorded r -> true;
                    case Beat.Resumed r -> true;
                    case Beat.CancelArrived c -> true;
                    case Beat.LateFire l -> true;
                    case Beat.Fired f ->
                        isListFire(f.firing().by())
                                || isGeneratorFire(f.firing().by());
                    default -> false;
                };
                if (told && !story.contains(beat.index())) {
                    story.add(beat.index());
                }
            }
        }
        story.sort(null);
        return story;
    }

    /** {@code deferred} and the deferreds Twisted made for it (an inlineCallbacks deferred's internal wait). */
    private static List<String> withInternals(Reading reading, String deferred) {
        List<String> names = new ArrayList<>(List.of(deferred));
        for (String name : reading.deferreds()) {
            DeferredSnapshot last = reading.deferred(name, reading.end());
            if (last.internal() && deferred.equals(last.createdBy())) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean isGeneratorFire(FiredBy by) {
        return switch (by) {
            case GENERATOR_RETURNED, GENERATOR_RAISED, GENERATOR_CANCELLED -> true;
            default -> false;
        };
    }

    private static boolean isListFire(FiredBy by) {
        return switch (by) {
            case LIST_EMPTY, LIST_COMPLETE, LIST_FIRST_SUCCESS, LIST_FIRST_FAILURE -> true;
            default -> false;
        };
    }
}
