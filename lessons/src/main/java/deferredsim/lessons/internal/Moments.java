package deferredsim.lessons.internal;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.reading.Reading;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding events of a read run by time, for verdicts that step to "where things stood then". */
final class Moments {
    private Moments() {}

    /** The index of the last event at or before {@code time}, or 0 when none is. */
    static int lastAtOrBefore(Reading reading, Time time) {
        int found = 0;
        for (int i = 0; i < reading.size(); i++) {
            if (!time.isBefore(reading.time(i))) {
                found = i;
            }
        }
        return found;
    }

    /**
     * The index of the last event at or before {@code time} about what {@code selector} picks from:
     * its deferred's events, or its process's; otherwise, or when there is none by then, {@link
     * #lastAtOrBefore}.
     */
    static int lastAbout(Reading reading, Selector selector, Time time) {
        return lastAbout(reading, selector.aboutDeferred(), selector.process(), time);
    }

    /** The index of the last event of process {@code who} at or before {@code time}, else {@link #lastAtOrBefore}. */
    static int lastOf(Reading reading, String who, Time time) {
        return lastAbout(reading, Optional.empty(), Optional.of(who), time);
    }

    private static int lastAbout(Reading reading, Optional<String> deferred, Optional<String> process, Time time) {
        int found = -1;
        for (int i = 0; i < reading.size() && !time.isBefore(reading.time(i)); i++) {
            boolean about = deferred.isPresent()
                    ? reading.subjects(i).contains(deferred.get())
                    : process.isPresent() && process.equals(reading.reactor().processOf(i));
            if (about) {
                found = i;
            }
        }
        return found >= 0 ? found : lastAtOrBefore(reading, time);
    }

    /**
     * Where what {@code selector} picks from stands just after event {@code index}, in the Reading's
     * words: "`d` is paused", "`program` is blocked by time.sleep(3)"; empty when it names neither a
     * deferred nor a process.
     */
    static String standing(Reading reading, Selector selector, int index) {
        Playhead after = Playhead.after(index);
        if (selector.aboutDeferred().isPresent()) {
            String d = selector.aboutDeferred().get();
            return Md.code(d) + " is " + Md.escape(reading.deferred(d, after).status());
        }
        if (selector.process().isPresent() && !reading.reactor().isEmpty()) {
            String who = selector.process().get();
            ReactorReading.ProcessSnapshot process = reading.reactor().process(who, after);
            String phase = switch (process.phase()) {
                case NOT_STARTED -> "not started";
                case RUNNING -> "running";
                case BLOCKED -> "blocked by " + process.blockedBy();
                case WAITING_IN_SELECT -> "waiting in select";
                case EXITED -> "exited";
                case CRASHED -> "crashed";
            };
            return Md.code(who) + " is " + Md.escape(phase);
        }
        return "";
    }

    /** The times of the events at {@code indexes}: "t=0, 0.5, 1 and 1.5"; past {@code limit} of them, "t=0, 0.1, 0.2 and 99 more". */
    static String times(Reading reading, List<Integer> indexes, int limit) {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < indexes.size() && i < limit; i++) {
            times.add(reading.time(indexes.get(i)).toString());
        }
        if (times.isEmpty()) {
            return "";
        }
        if (indexes.size() > limit) {
            return "t=" + String.join(", ", times) + " and " + (indexes.size() - limit) + " more";
        }
        if (times.size() == 1) {
            return "t=" + times.get(0);
        }
        return "t=" + String.join(", ", times.subList(0, times.size() - 1)) + " and " + times.get(times.size() - 1);
    }
}
