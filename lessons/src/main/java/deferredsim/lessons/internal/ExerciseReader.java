package deferredsim.lessons.internal;

import deferredsim.core.code.ReactorPython;
import deferredsim.core.recording.DeferredState;
import deferredsim.core.scenario.Action;
import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.time.Time;
import deferredsim.lessons.Checkpoint;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Exercise;
import deferredsim.lessons.ExerciseKind;
import deferredsim.lessons.LessonFormatException;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.LessonSection;
import deferredsim.lessons.ReactorScenario;
import deferredsim.lessons.RecordedScenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a lesson's {@code exercises.json}: its exercises and checkpoints. */
final class ExerciseReader {
    static final String FORMAT = "deferred-exercises/1";

    private static final List<String> TOP_KEYS = List.of("format", "exercises", "checkpoints");
    private static final List<String> COMMON_KEYS =
            List.of("id", "kind", "scenario", "prompt", "answer", "choices", "hints", "explanation", "feedback");
    private static final List<String> CHECKPOINT_KEYS =
            List.of("id", "misconception", "question", "answer", "section", "exercise", "scenario");
    private static final List<String> GOAL_KEYS = List.of(
            "deferred",
            "state",
            "value",
            "unhandled",
            "sides",
            "pairs",
            "takes",
            "refused",
            "recovers",
            "quiet",
            "clean");
    private static final List<String> REACTOR_GOAL_KEYS = List.of("prints", "stops", "logged", "late");
    private static final List<String> SELECTOR_KEYS = List.of("d", "event", "stage", "side", "step");
    private static final String ID = "[a-z0-9][a-z0-9-]*";

    private final List<Exercise> exercises;
    private final List<Checkpoint> checkpoints;

    private ExerciseReader(List<Exercise> exercises, List<Checkpoint> checkpoints) {
        this.exercises = List.copyOf(exercises);
        this.checkpoints = List.copyOf(checkpoints);
    }

    List<Exercise> exercises() {
        return exercises;
    }

    List<Checkpoint> checkpoints() {
        return checkpoints;
    }

    static ExerciseReader read(
            LessonSource source,
            String directory,
            int lesson,
            List<LessonScenario> scenarios,
            List<LessonSection> sections)
            throws LessonFormatException {
        String file = directory + "/exercises.json";
        Node root = Node.parse(file, LessonReader.readText(source, file)).object("an exercises file", TOP_KEYS);
        Node format = root.required("format");
        if (!format.string().equals(FORMAT)) {
            throw format.error("expected \"" + FORMAT + "\"");
        }
        List<Exercise> exercises = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node entry : root.required("exercises").elements()) {
            Exercise exercise = exercise(entry, lesson, scenarios);
            if (!ids.add(exercise.id())) {
                throw entry.required("id").error("a second exercise with id " + exercise.id());
            }
            exercises.add(exercise);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        Set<String> checkpointIds = new HashSet<>();
        Optional<Node> checkpointList = root.optional("checkpoints");
        if (checkpointList.isPresent()) {
            for (Node entry : checkpointList.get().elements()) {
                Checkpoint checkpoint = checkpoint(entry, ids, scenarios, sections);
                if (!checkpointIds.add(checkpoint.id())) {
                    throw entry.required("id").error("a second checkpoint with id " + checkpoint.id());
                }
                checkpoints.add(checkpoint);
            }
        }
        return new ExerciseReader(exercises, checkpoints);
    }

    private static Exercise exercise(Node entry, int lesson, List<LessonScenario> scenarios)
            throws LessonFormatException {
        entry.object("an exercise", entry.keys());
        Node kindAt = entry.required("kind");
        ExerciseKind kind = ExerciseKind.fromWord(kindAt.string());
        if (kind == null) {
            throw kindAt.error("expected one of "
                    + Arrays.stream(ExerciseKind.values())
                            .map(ExerciseKind::word)
                            .toList());
        }
        entry.object("a " + kind.word() + " exercise", allowedKeys(kind));
        Node idAt = entry.required("id");
        String id = idAt.text();
        if (!id.matches(ID)) {
            throw idAt.error("an id is lower-case letters, digits and dashes, not \"" + id + "\"");
        }
        LessonScenario scenario = LessonReader.scenarioNamed(scenarios, entry.required("scenario"));
        List<String> hints = entry.required("hints").texts();
        if (hints.isEmpty()) {
            throw entry.required("hints").error("expected at least one hint");
        }
        List<String> choices = entry.optional("choices").isPresent()
                ? entry.required("choices").texts()
                : List.of();
        ExerciseData data = new ExerciseData(
                lesson,
                id,
                kind,
                entry.required("prompt").text(),
                scenario,
                choices,
                hints,
                entry.required("explanation").text(),
                entry.required("answer").scalar(),
                feedback(entry));
        return kindSpecific(entry, kind, data, scenario);
    }

    private static List<String> allowedKeys(ExerciseKind kind) {
        List<String> keys = new ArrayList<>(COMMON_KEYS);
        switch (kind) {
            case RESULT:
            case UNHANDLED:
                keys.add("deferred");
                break;
            case LANE:
                keys.addAll(List.of("deferred", "stage"));
                break;
            case TIME:
            case COUNT:
            case HAPPENS:
                keys.add("event");
                break;
            case NEXT_LINE:
                keys.add("after");
                break;
            case BUILD:
                keys.removeAll(List.of("choices", "feedback"));
                keys.addAll(List.of("deferred", "goal"));
                break;
            case ORDER:
                keys.addAll(List.of("event", "after", "first", "deferred"));
                break;
            case DURATION:
                keys.addAll(List.of("event", "measure"));
                break;
            case FIX_LINE:
                keys.remove("choices");
                keys.addAll(List.of("goal", "fixes"));
                break;
            case CODE_LINE:
                keys.addAll(List.of("event", "next"));
                break;
            default:
                throw new AssertionError(kind);
        }
        return keys;
    }

    private static Map<String, String> feedback(Node entry) throws LessonFormatException {
        Map<String, String> feedback = new LinkedHashMap<>();
        Optional<Node> at = entry.optional("feedback");
        if (at.isPresent()) {
            Node object = at.get()
                    .object(
                            "feedback: {\"wrong answer\": \"what it overlooks\"}",
                            at.get().keys());
            for (String key : object.keys()) {
                feedback.put(key, object.required(key).text());
            }
        }
        return feedback;
    }

    private static Exercise kindSpecific(Node entry, ExerciseKind kind, ExerciseData data, LessonScenario scenario)
            throws LessonFormatException {
        switch (kind) {
            case RESULT:
                return new ResultExercise(data, deferredIn(scenario, entry.required("deferred")));
            case UNHANDLED:
                return new UnhandledExercise(data, deferredIn(scenario, entry.required("deferred")));
            case LANE: {
                String deferred = deferredIn(scenario, entry.required("deferred"));
                Node stageAt = entry.required("stage");
                int stage = stageAt.integer(0);
                if (scenario instanceof DeferredScenario deferredScenario) {
                    int stages = stagesOf(deferredScenario.scenario(), deferred);
                    if (stage >= stages) {
                        throw stageAt.error(deferred + " has " + stages + " stages (0 to " + (stages - 1)
                                + "), so there is no stage " + stage);
                    }
                }
                return new LaneExercise(data, deferred, stage);
            }
            case TIME:
                return new TimeExercise(data, selector(entry.required("event"), scenario));
            case NEXT_LINE:
                return new NextLineExercise(data, entry.required("after").integer(0));
            case BUILD: {
                if (!(scenario instanceof DeferredScenario target)) {
                    throw entry.required("scenario")
                            .error("a build exercise needs a " + DeferredScenario.FORMAT + " scenario, not "
                                    + scenario.format());
                }
                String deferred = deferredIn(scenario, entry.required("deferred"));
                return new BuildExercise(
                        data, target, deferred, goal(entry.required("goal"), target.scenario(), deferred));
            }
            case COUNT:
                return new CountExercise(data, pattern(entry.required("event")));
            case HAPPENS:
                return new HappensExercise(data, selector(entry.required("event"), scenario));
            case ORDER: {
                if (entry.optional("deferred").isPresent()) {
                    if (entry.optional("event").isPresent()
                            || entry.optional("after").isPresent()
                            || entry.optional("first").isPresent()) {
                        throw entry.required("deferred")
                                .error("an order of a deferred's steps has no event, after or first");
                    }
                    return new StepOrderExercise(data, deferredIn(scenario, entry.required("deferred")));
                }
                TracePattern pattern = pattern(entry.required("event"));
                if (!OrderExercise.NAMED.contains(pattern.event())) {
                    throw entry.required("event")
                            .required("event")
                            .error("an order exercise lists the names of " + OrderExercise.NAMED + " lines, not of "
                                    + pattern.event() + " lines");
                }
                Selector after =
                        entry.optional("after").isPresent() ? selector(entry.required("after"), scenario) : null;
                int first = entry.optional("first").isPresent()
                        ? entry.required("first").integer(1)
                        : 0;
                return new OrderExercise(data, pattern, after, first);
            }
            case DURATION: {
                TracePattern pattern = pattern(entry.required("event"));
                Node measureAt = entry.required("measure");
                String measure = measureAt.text();
                List<String> measures = DurationExercise.MEASURES.get(pattern.event());
                if (measures == null) {
                    throw entry.required("event")
                            .required("event")
                            .error("a duration is measured on " + DurationExercise.MEASURES.keySet() + " lines, not on "
                                    + pattern.event() + " lines");
                }
                if (!measures.contains(measure)) {
                    throw measureAt.error("a " + pattern.event() + " line measures " + measures + ", not " + measure);
                }
                return new DurationExercise(data, pattern, measure);
            }
            case FIX_LINE: {
                if (scenario instanceof ReactorScenario reactor) {
                    return reactorFixLine(entry, data, reactor);
                }
                if (!(scenario instanceof DeferredScenario buggy)) {
                    throw entry.required("scenario")
                            .error("a fix-line exercise needs a " + DeferredScenario.FORMAT + " or "
                                    + ReactorScenario.FORMAT + " scenario, not "
                                    + scenario.format());
                }
                Node goalAt = entry.required("goal");
                if (goalAt.optional("deferred").isEmpty()) {
                    throw goalAt.error("a fix-line goal names its deferred");
                }
                String deferred = deferredIn(buggy.scenario(), goalAt.required("deferred"));
                Goal goal = goal(goalAt, buggy.scenario(), deferred);
                List<LineChange> fixes = new ArrayList<>();
                for (Node fixAt : entry.required("fixes").elements()) {
                    fixes.add(fix(fixAt, buggy.scenario()));
                }
                if (fixes.isEmpty()) {
                    throw entry.required("fixes").error("expected at least one fix");
                }
                return new FixLineExercise(data, buggy, goal, fixes);
            }
            case CODE_LINE: {
                if (scenario instanceof ReactorScenario) {
                    throw entry.required("scenario")
                            .error("a code-line exercise needs a scenario with code (" + DeferredScenario.FORMAT
                                    + " or " + RecordedScenario.FORMAT + "), not " + scenario.format());
                }
                boolean next = entry.optional("next").isPresent()
                        && entry.required("next").bool();
                return new CodeLineExercise(data, selector(entry.required("event"), scenario), next);
            }
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * A fix-line exercise on a reactor scenario's program: its goal ({@link ReactorGoal}: {@code
     * prints}, {@code stops}, {@code logged}, {@code late}) and, optionally, {@code fixes}: other
     * right answers, written as the learner would, which the build checks as the stored answer.
     */
    private static Exercise reactorFixLine(Node entry, ExerciseData data, ReactorScenario buggy)
            throws LessonFormatException {
        if (!ReactorPython.hasCode(buggy.scenario())) {
            throw entry.required("scenario")
                    .error("a fix-line exercise on a reactor scenario needs one with a program");
        }
        Node goalAt = entry.required("goal").object("a reactor program's goal", REACTOR_GOAL_KEYS);
        List<ReactorGoal.Print> prints = new ArrayList<>();
        if (goalAt.optional("prints").isPresent()) {
            for (Node line : goalAt.required("prints").elements()) {
                if (line.has("text")) {
                    line.object("a printed line: {\"text\": \"...\", \"t\": 2}", List.of("text", "t"));
                    prints.add(new ReactorGoal.Print(
                            line.required("text").string(),
                            line.optional("t").isPresent() ? time(line.required("t")) : null));
                } else {
                    prints.add(new ReactorGoal.Print(line.string(), null));
                }
            }
        }
        Optional<Time> stops = Optional.empty();
        if (goalAt.optional("stops").isPresent()) {
            Node stopsAt = goalAt.required("stops");
            stops = Optional.of(stopsAt.scalar().equals("never") ? ReactorGoal.NEVER : time(stopsAt));
        }
        Optional<Boolean> logged = goalAt.optional("logged").isPresent()
                ? Optional.of(goalAt.required("logged").bool())
                : Optional.empty();
        Optional<Boolean> late = goalAt.optional("late").isPresent()
                ? Optional.of(goalAt.required("late").bool())
                : Optional.empty();
        ReactorGoal goal = new ReactorGoal(prints, stops, logged, late);
        if (goal.isEmpty()) {
            throw goalAt.error("a goal checks something: prints, stops, logged or late");
        }
        List<String> fixes =
                entry.optional("fixes").isPresent() ? entry.required("fixes").texts() : List.of();
        return new ReactorFixLineExercise(data, buggy, goal, fixes);
    }

    /** A time in seconds, as a number or "never". */
    private static Time time(Node at) throws LessonFormatException {
        String text = at.scalar();
        try {
            return Time.ofSeconds(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException notTime) {
            throw at.error("expected a time in seconds, such as 2 or 0.5, not " + text);
        } catch (IllegalArgumentException notTime) {
            throw at.error("expected a time in seconds >= 0 with at most nine decimals, not " + text);
        }
    }

    /**
     * A fix of a fix-line exercise, a change to the scenario, in the words an answer uses ({@link
     * LineEdit}): {@code {"deferred": D, "stage": N, "pairs": "r a p; p r c"}} replaces a pair of D's
     * own chain, {@code {"deferred": D, "step": N, "to": "yield x catch"}} a step of D's generator,
     * {@code {"list": D, "flags": "consumeErrors"}} the flags DeferredList D is made with, {@code
     * {"made": D, "to": "succeed V"}} makes D with its result; {@code "delete": true} instead of the
     * new words takes a pair or a step out, and {@code {"action": N, "delete": true}} timed action N
     * (from 0), {@code {"fire": D, "delete": true}} D's own fire.
     */
    private static LineChange fix(Node at, Scenario scenario) throws LessonFormatException {
        at.object(
                "a fix",
                List.of(
                        "deferred",
                        "stage",
                        "pairs",
                        "step",
                        "to",
                        "list",
                        "flags",
                        "made",
                        "delete",
                        "action",
                        "fire"));
        boolean delete =
                at.optional("delete").isPresent() && at.required("delete").bool();
        try {
            if (at.optional("action").isPresent()) {
                int index = at.required("action").integer(0);
                if (index >= scenario.actions().size() || !delete) {
                    throw at.error("an action fix is {\"action\": N, \"delete\": true} with N below "
                            + scenario.actions().size());
                }
                return new LineChange.DeleteAction(index);
            }
            if (at.optional("fire").isPresent()) {
                String deferred = deferredIn(scenario, at.required("fire"));
                if (!delete) {
                    throw at.error("a fire fix is {\"fire\": D, \"delete\": true}");
                }
                return new LineChange.DeleteFire(deferred);
            }
            if (at.optional("list").isPresent()) {
                String deferred = deferredIn(scenario, at.required("list"));
                if (!(scenario.deferred(deferred).orElseThrow() instanceof DeferredSpec.ListOf)) {
                    throw at.required("list").error(deferred + " is no DeferredList");
                }
                return new LineChange.Flags(
                        deferred, LineEdit.flags(at.required("flags").text()));
            }
            if (at.optional("made").isPresent()) {
                String deferred = deferredIn(scenario, at.required("made"));
                if (!(scenario.deferred(deferred).orElseThrow() instanceof DeferredSpec.Plain)) {
                    throw at.required("made").error(deferred + " is no plain deferred");
                }
                return new LineChange.MadeFired(
                        deferred, LineEdit.made(at.required("to").text()));
            }
            String deferred = deferredIn(scenario, at.required("deferred"));
            DeferredSpec spec = scenario.deferred(deferred).orElseThrow();
            if (at.optional("step").isPresent()) {
                Node stepAt = at.required("step");
                int step = stepAt.integer(0);
                int steps = spec instanceof DeferredSpec.Inline inline
                        ? inline.steps().size()
                        : 0;
                if (step >= steps) {
                    throw stepAt.error(deferred + "'s generator has " + steps + " steps, so there is no step " + step);
                }
                return delete
                        ? new LineChange.DeleteStep(deferred, step)
                        : new LineChange.ReplaceStep(
                                deferred, step, LineEdit.step(at.required("to").text()));
            }
            Node stageAt = at.required("stage");
            int stage = stageAt.integer(0);
            int pairs = spec.chain().size();
            if (stage >= pairs) {
                throw stageAt.error(deferred + "'s own chain has " + pairs + " pairs, so there is no pair " + stage);
            }
            return delete
                    ? new LineChange.DeletePair(deferred, stage)
                    : new LineChange.Replace(
                            deferred,
                            stage,
                            ChainInput.parse(at.required("pairs").text()));
        } catch (ChainInput.Unreadable unreadable) {
            throw at.error(unreadable.getMessage());
        }
    }

    /**
     * The deferred named at {@code at}. A Deferred scenario declares its deferreds and a recording
     * lists those its program made, so the name is checked here; a reactor scenario's program makes
     * them as it runs, so the build checks the name against the run ({@link
     * Exercise#verifyStoredAnswer()}).
     */
    private static String deferredIn(LessonScenario scenario, Node at) throws LessonFormatException {
        String name = at.text();
        if (scenario instanceof DeferredScenario deferred
                && deferred.scenario().deferred(name).isEmpty()) {
            throw at.error("the scenario has no deferred called " + name);
        }
        if (scenario instanceof RecordedScenario recorded
                && recorded.program().cast().deferred(name).isEmpty()) {
            throw at.error("the recording has no deferred called " + name + "; it has "
                    + recorded.program().cast().deferreds().stream()
                            .map(DeferredSpec::name)
                            .toList());
        }
        return name;
    }

    /** The deferred named at {@code at}, which {@code scenario} must declare. */
    private static String deferredIn(Scenario scenario, Node at) throws LessonFormatException {
        String name = at.text();
        if (scenario.deferred(name).isEmpty()) {
            throw at.error("the scenario has no deferred called " + name);
        }
        return name;
    }

    /** The pairs the chain of {@code deferred} will have: its own and those added by actions. */
    private static int stagesOf(Scenario scenario, String deferred) {
        DeferredSpec spec = scenario.deferred(deferred).orElseThrow();
        int added = (int) scenario.actions().stream()
                .filter(action ->
                        action instanceof Action.Add && action.deferred().equals(deferred))
                .count();
        return spec.chain().size() + added;
    }

    /**
     * An event selector: with a {@code d} key, a Deferred's event in the words of {@link
     * EventSelector}; otherwise a {@link TracePattern}.
     */
    private static Selector selector(Node at, LessonScenario scenario) throws LessonFormatException {
        if (!at.has("d")) {
            return pattern(at);
        }
        at.object("an event: {\"d\": NAME, \"event\": \"run\", \"stage\": N}", SELECTOR_KEYS);
        String deferred = deferredIn(scenario, at.required("d"));
        Node eventAt = at.required("event");
        String event = eventAt.text();
        if (!EventSelector.EVENTS.contains(event)) {
            throw eventAt.error("expected one of " + EventSelector.EVENTS);
        }
        int stage = at.optional("stage").isPresent() ? at.required("stage").integer(0) : -1;
        String side = null;
        if (at.optional("side").isPresent()) {
            side = at.required("side").text();
            if (!side.equals("callback") && !side.equals("errback")) {
                throw at.required("side").error("expected callback or errback");
            }
        }
        int step = at.optional("step").isPresent() ? at.required("step").integer(0) : -1;
        if ((stage >= 0 || side != null) && !event.equals("run")) {
            throw at.error("stage and side go with \"event\": \"run\" only");
        }
        if (step >= 0 && !event.equals("resume")) {
            throw at.error("step goes with \"event\": \"resume\" only");
        }
        return new EventSelector(deferred, event, stage, side, step);
    }

    /** A {@link TracePattern}: part of a trace line, {@code event} required, keys ending in {@code ~} holding regexes. */
    private static TracePattern pattern(Node at) throws LessonFormatException {
        at.object("a trace line pattern: {\"who\": \"program\", \"event\": \"timer\", \"call\": \"tick\"}", at.keys());
        Node eventAt = at.required("event");
        String event = eventAt.text();
        if (!TracePattern.REACTOR_EVENTS.contains(event) && !TracePattern.DEFERRED_EVENTS.contains(event)) {
            throw eventAt.error("expected a trace line's event: one of " + TracePattern.REACTOR_EVENTS + " or "
                    + TracePattern.DEFERRED_EVENTS);
        }
        List<TracePattern.Field> fields = new ArrayList<>();
        for (String key : at.keys()) {
            if (key.equals("event")) {
                continue;
            }
            Node value = at.required(key);
            if (key.endsWith("~")) {
                String regex = value.text();
                try {
                    fields.add(
                            new TracePattern.Field(key.substring(0, key.length() - 1), null, Pattern.compile(regex)));
                } catch (PatternSyntaxException broken) {
                    throw value.error("not a regular expression: " + broken.getDescription());
                }
            } else if (key.equals("t") || key.isEmpty()) {
                throw value.error("a pattern picks lines by what happened, not by time; ask for the time instead");
            } else {
                fields.add(new TracePattern.Field(key, value.json(), null));
            }
        }
        return new TracePattern(event, fields);
    }

    private static Goal goal(Node at, Scenario scenario, String built) throws LessonFormatException {
        at.object("a goal", GOAL_KEYS);
        String deferred = at.optional("deferred").isPresent() ? deferredIn(scenario, at.required("deferred")) : built;
        Optional<DeferredState> state = Optional.empty();
        if (at.optional("state").isPresent()) {
            Node stateAt = at.required("state");
            String word = stateAt.text();
            state = Arrays.stream(DeferredState.values())
                    .filter(s -> s.word().equals(word))
                    .findFirst();
            if (state.isEmpty()) {
                throw stateAt.error("expected unused, pending, waiting or fired");
            }
        }
        Optional<String> value = at.optional("value").isPresent()
                ? Optional.of(at.required("value").text())
                : Optional.empty();
        Optional<Boolean> unhandled = at.optional("unhandled").isPresent()
                ? Optional.of(at.required("unhandled").bool())
                : Optional.empty();
        List<String> sides = new ArrayList<>();
        if (at.optional("sides").isPresent()) {
            for (Node side : at.required("sides").elements()) {
                String word = side.text();
                if (!word.equals("callback") && !word.equals("errback")) {
                    throw side.error("expected callback or errback");
                }
                sides.add(word);
            }
        }
        int pairs = at.optional("pairs").isPresent() ? at.required("pairs").integer(1) : 0;
        Optional<String> takes = at.optional("takes").isPresent()
                ? Optional.of(deferredIn(scenario, at.required("takes")))
                : Optional.empty();
        Optional<Boolean> refused = at.optional("refused").isPresent()
                ? Optional.of(at.required("refused").bool())
                : Optional.empty();
        Optional<String> recovers = at.optional("recovers").isPresent()
                ? Optional.of(at.required("recovers").text())
                : Optional.empty();
        boolean quiet = at.optional("quiet").isPresent() && at.required("quiet").bool();
        boolean clean = at.optional("clean").isPresent() && at.required("clean").bool();
        return new Goal(deferred, state, value, unhandled, sides, pairs, takes, refused, recovers, quiet, clean);
    }

    private static Checkpoint checkpoint(
            Node entry, Set<String> exerciseIds, List<LessonScenario> scenarios, List<LessonSection> sections)
            throws LessonFormatException {
        entry.object("a checkpoint", CHECKPOINT_KEYS);
        Node idAt = entry.required("id");
        if (!idAt.text().matches(ID)) {
            throw idAt.error("an id is lower-case letters, digits and dashes");
        }
        Optional<String> section = Optional.empty();
        if (entry.optional("section").isPresent()) {
            Node sectionAt = entry.required("section");
            String title = sectionAt.text();
            if (sections.stream().noneMatch(s -> s.title().equals(title))) {
                throw sectionAt.error("lesson.md has no section titled " + title);
            }
            section = Optional.of(title);
        }
        Optional<String> exercise = Optional.empty();
        if (entry.optional("exercise").isPresent()) {
            Node exerciseAt = entry.required("exercise");
            if (!exerciseIds.contains(exerciseAt.text())) {
                throw exerciseAt.error("no exercise with id " + exerciseAt.text() + " in this file");
            }
            exercise = Optional.of(exerciseAt.text());
        }
        Optional<String> scenario = Optional.empty();
        if (entry.optional("scenario").isPresent()) {
            scenario = Optional.of(LessonReader.scenarioNamed(scenarios, entry.required("scenario"))
                    .name());
        }
        return new Checkpoint(
                idAt.text(),
                entry.required("misconception").text(),
                entry.required("question").text(),
                entry.required("answer").text(),
                section,
                exercise,
                scenario);
    }
}
