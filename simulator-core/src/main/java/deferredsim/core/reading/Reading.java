package deferredsim.core.reading;

import deferredsim.core.recording.DeferredKind;
import deferredsim.core.recording.Recording;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one interpretation of a recording that every view reads: where each deferred stands at any
 * {@link Playhead} ({@link #deferred}), what happened to it along the run ({@link #beats}), and
 * each event told as a sentence that gives the Twisted rule behind it ({@link #sentence}) or in a
 * word or two ({@link #label}).
 *
 * <p>Reading a recording costs one pass over its events; every later question is a lookup or a
 * binary search, so views step backwards as cheaply as forwards. Immutable after construction (the
 * reactor side is read on first use); not thread-safe.
 *
 * <p>Get one with {@link #of(Recording)} from any recording: a scenario's, a reactor scenario's, or
 * a recorded program's.
 */
public final class Reading {
    private final Recording recording;
    private final Map<String, History> histories;
    private final Map<String, List<Beat>> beats;
    private final Map<String, Map<Integer, Beat.PairAdded>> pairs;
    private final String[][] subjects;
    private final List<ClockCall> clockCalls;
    private final Narrator narrator;
    private ReactorReading reactor;

    Reading(
            Recording recording,
            Map<String, History> histories,
            Map<String, List<Beat>> beats,
            Map<String, Map<Integer, Beat.PairAdded>> pairs,
            String[][] subjects,
            List<ClockCall> clockCalls) {
        this.recording = recording;
        this.histories = histories;
        this.beats = beats;
        this.pairs = pairs;
        this.subjects = subjects;
        this.clockCalls = clockCalls;
        this.narrator = new Narrator(this);
    }

    /** Reads {@code recording}. */
    public static Reading of(Recording recording) {
        return new ReadingBuilder(recording).build();
    }

    /** The recording read. */
    public Recording recording() {
        return recording;
    }

    /** The number of events. */
    public int size() {
        return recording.size();
    }

    /** The playhead after the last event. */
    public Playhead end() {
        return new Playhead(recording.size());
    }

    /** The event at {@code index}. */
    public SimEvent event(int index) {
        return recording.get(index);
    }

    /** When event {@code index} happened. */
    public Time time(int index) {
        return recording.get(index).time();
    }

    /** The virtual time at {@code at}: the time of the last event that happened, 0 at the start. */
    public Time time(Playhead at) {
        return at.atStart() ? Time.ZERO : time(at.lastEvent());
    }

    /** Every deferred created during the run, in creation order (Twisted's internal ones included). */
    public List<String> deferreds() {
        return List.copyOf(histories.keySet());
    }

    /** True when a deferred of that name was created during the run. */
    public boolean knows(String name) {
        return histories.containsKey(name);
    }

    /**
     * Where deferred {@code name} stands at {@code at}: {@link DeferredPhase#NOT_CREATED} before it
     * is created, and throughout for a name the run never created (a branch that did not run).
     */
    public DeferredSnapshot deferred(String name, Playhead at) {
        History history = histories.get(name);
        return history == null ? DeferredSnapshot.notCreated(name, DeferredKind.PLAIN) : history.at(at);
    }

    /** Where every deferred created by {@code at} stands then, in creation order. */
    public List<DeferredSnapshot> deferreds(Playhead at) {
        List<DeferredSnapshot> all = new ArrayList<>();
        for (History history : histories.values()) {
            DeferredSnapshot snapshot = history.at(at);
            if (snapshot.exists()) {
                all.add(snapshot);
            }
        }
        return all;
    }

    /** What happened to {@code name}, in order; empty for a deferred never created. */
    public List<Beat> beats(String name) {
        return List.copyOf(beats.getOrDefault(name, List.of()));
    }

    /** The stages of {@code name}'s chain that ran, in the order they ran. */
    public List<DeferredSnapshot.StageRun> stageRuns(String name) {
        List<DeferredSnapshot.StageRun> runs = new ArrayList<>();
        for (Beat beat : beats.getOrDefault(name, List.of())) {
            if (beat instanceof Beat.StageRan ran) {
                runs.add(ran.run());
            }
        }
        return runs;
    }

    /** The deferreds event {@code index} concerns, the main one first; empty for the clock's own events. */
    public List<String> subjects(int index) {
        return List.of(subjects[index]);
    }

    /** The deferred event {@code index} is mainly about, if any. */
    public Optional<String> subject(int index) {
        return subjects[index].length == 0 ? Optional.empty() : Optional.of(subjects[index][0]);
    }

    /**
     * The family event {@code index} belongs to, for marks and legends: a {@code callback()} on a
     * deferred that already had its result is a {@link EventFamily#LATE_FIRE}, not a fire.
     */
    public EventFamily family(int index) {
        EventFamily family = EventFamily.of(event(index));
        if (family == EventFamily.FIRE && subjects[index].length > 0) {
            for (DeferredSnapshot.LateFire late :
                    deferred(subjects[index][0], Playhead.after(index)).lateFires()) {
                if (late.index() == index) {
                    return EventFamily.LATE_FIRE;
                }
            }
        }
        return family;
    }

    /** The reactor model's side of the run: processes, lanes, timers, connections (empty for a plain scenario). */
    public ReactorReading reactor() {
        if (reactor == null) {
            reactor = ReactorReading.of(recording);
        }
        return reactor;
    }

    /**
     * Who event {@code index} is about, for a log's "who" column: the process of a reactor event,
     * else the deferred it concerns, else {@code clock}.
     */
    public String actor(int index) {
        if (recording.get(index) instanceof SimEvent.ReactorEvent reactorEvent) {
            return reactorEvent.who();
        }
        return subject(index).orElse("clock");
    }

    /** The calls put on the virtual clock, in the order they were scheduled. */
    public List<ClockCall> clockCalls() {
        return clockCalls;
    }

    /**
     * Event {@code index} as a sentence for a learner, with its time ({@code t=2: x fires with
     * callback('w'); d was waiting on x and resumes at stage 1.}) and, where one applies, the
     * Twisted rule that explains it.
     */
    public String sentence(int index) {
        return narrator.sentence(index);
    }

    /** The sentence of event {@code index} without its time: {@code x has its result 'w' now: ...}. */
    public String sentenceWithoutTime(int index) {
        return narrator.withoutTime(index);
    }

    /** The sentence for the start of a run, before any event. */
    public String startSentence() {
        return Narrator.START;
    }

    /** Event {@code index} in a word or two, for timelines: {@code callback}, {@code cb1 → ok}, {@code wait x}. */
    public String label(int index) {
        return narrator.label(index);
    }

    /**
     * Event {@code index} as one line of a log kept beside the name of who did it ({@link
     * #actor}): {@code print: Start!}, {@code -> got_poem('...')} indented by call depth, {@code
     * timer #1 tick runs, 2 s late (due at 1)}; for a Deferred's events, its {@link #label}.
     */
    public String line(int index) {
        return recording.get(index) instanceof SimEvent.ReactorEvent reactorEvent
                ? ReactorTelling.line(reactorEvent)
                : label(index);
    }

    /** What sort of moment event {@code index} is: a fire, a stage, a wait, the clock, ... */
    public MomentKind kind(int index) {
        return narrator.kind(index);
    }

    /**
     * The pair added as stage {@code stage} of {@code deferred}, as {@code [callback, errback]}
     * texts, if the recording says.
     */
    public Optional<Beat.PairAdded> pair(String deferred, int stage) {
        return Optional.ofNullable(pairs.getOrDefault(deferred, Map.of()).get(stage));
    }
}
