package deferredsim.lessons.internal;

import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;

/** Finding places in a recording by time, for verdicts that step to "where things stood then". */
final class Recordings {
    private Recordings() {}

    /** The index of the last event at or before {@code time}, or 0 when none is. */
    static int lastAtOrBefore(Recording recording, Time time) {
        int found = 0;
        for (int i = 0; i < recording.size(); i++) {
            if (!time.isBefore(recording.get(i).time())) {
                found = i;
            }
        }
        return found;
    }

    /**
     * The index of the last event of process {@code who} at or before {@code time}, or, when it has
     * none by then, {@link #lastAtOrBefore}.
     */
    static int lastOfAtOrBefore(Recording recording, String who, Time time) {
        int found = -1;
        for (int i = 0; i < recording.size(); i++) {
            SimEvent event = recording.get(i);
            if (!time.isBefore(event.time())
                    && event instanceof SimEvent.ReactorEvent reactor
                    && reactor.who().equals(who)) {
                found = i;
            }
        }
        return found >= 0 ? found : lastAtOrBefore(recording, time);
    }

    /** The times of the events at {@code indexes}: "t=0, 0.5, 1 and 1.5"; past {@code limit} of them, "t=0, 0.1, 0.2 and 99 more". */
    static String times(Recording recording, List<Integer> indexes, int limit) {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < indexes.size() && i < limit; i++) {
            times.add(recording.get(indexes.get(i)).time().toString());
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
