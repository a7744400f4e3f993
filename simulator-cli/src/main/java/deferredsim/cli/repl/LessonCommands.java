package deferredsim.cli.repl;

import deferredsim.cli.diagram.Stepper;
import deferredsim.core.reading.Playhead;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.trace.TraceWriter;
import deferredsim.lessons.Checkpoint;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Exercise;
import deferredsim.lessons.ExerciseKind;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.LessonSection;
import deferredsim.lessons.ReactorScenario;
import deferredsim.lessons.RecordedScenario;
import deferredsim.lessons.Verdict;
import deferredsim.lessons.progress.Progress;
import deferredsim.lessons.text.Inline;
import deferredsim.lessons.text.TerminalText;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The course at the prompt: lesson, continue, open, exercise, answer, hint, why, reveal. A lesson
 * is read section by section, stopping at each checkpoint until it is answered; an exercise gets a
 * second try after targeted feedback and a hint, and shows its answer only after a second miss or
 * when asked ('reveal').
 */
final class LessonCommands {
    private LessonCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                        "lesson",
                        "lesson [N]",
                        "the lessons, with your progress; 'lesson 9' opens one",
                        "'lesson' lists the lessons (after the Parts of the Twisted introduction) and how many of\n"
                                + "each one's exercises you have solved. 'lesson N' opens lesson N and reads it up to"
                                + " its\n"
                                + "first checkpoint, a question to answer before reading on ('continue'); at the end"
                                + " come\n"
                                + "its scenarios ('open NAME') and its exercises ('exercise N').",
                        Command.Arguments.NONE,
                        LessonCommands::lesson)
                .worksOnAnything());
        registry.add(new Command(
                        "open",
                        "open SCENARIO",
                        "load a scenario of the open lesson and draw it",
                        "Loads the lesson's scenario into the simulator (replacing what you built) and draws it; then\n"
                                + "'step', 'trace', 'explain' and the editing commands all work on it.",
                        Command.Arguments.LESSON_SCENARIOS,
                        LessonCommands::open)
                .worksOnAnything());
        registry.add(new Command(
                        "continue",
                        "continue",
                        "read on in the open lesson, after its checkpoint",
                        "Reads the open lesson on up to its next checkpoint. A checkpoint is answered first ('answer"
                                + " ...'),\nor its answer shown with 'reveal'.",
                        Command.Arguments.NONE,
                        LessonCommands::readOn)
                .worksOnAnything());
        registry.add(new Command(
                        "reveal",
                        "reveal",
                        "show the answer to the current exercise or checkpoint",
                        "Shows the answer and why. Predict and answer first: a second wrong answer shows it too.",
                        Command.Arguments.NONE,
                        LessonCommands::reveal)
                .worksOnAnything());
        registry.add(new Command(
                        "exercise",
                        "exercise [N]",
                        "show exercise N of the open lesson; 'exercise' lists them",
                        "Shows the exercise's question. Predict first, then 'answer ...': a wrong answer gets feedback"
                                + " and a hint,\nand you try again; the answer comes after a second miss or with"
                                + " 'reveal'.",
                        Command.Arguments.NONE,
                        LessonCommands::exercise)
                .worksOnAnything());
        registry.add(new Command(
                        "answer",
                        "answer TEXT",
                        "answer the current exercise",
                        "Checks your answer with the engine. When it is wrong, you get feedback and a hint and try\n"
                            + "again; after a second miss you see the answer and why. 'why' shows the run up to the\n"
                            + "event where your prediction and the real run part. At a checkpoint with no exercise,\n"
                            + "'answer' commits your prediction in your own words, then shows the answer.",
                        Command.Arguments.NONE,
                        LessonCommands::answer)
                .worksOnAnything());
        registry.add(new Command(
                        "hint",
                        "hint",
                        "the next hint for the current exercise",
                        "Shows one more hint each time.",
                        Command.Arguments.NONE,
                        LessonCommands::hint)
                .worksOnAnything());
        registry.add(new Command(
                        "why",
                        "why",
                        "the run up to where the last answer went wrong",
                        "After a wrong answer: the trace of the exercise's run, with a marker at the event where the\n"
                                + "prediction failed.",
                        Command.Arguments.NONE,
                        LessonCommands::why)
                .worksOnAnything());
        registry.alias("lessons", "lesson");
    }

    private static void lesson(Tokens args, ReplContext ctx) throws InputError {
        LessonSession session = ctx.lessons;
        if (args.isEmpty()) {
            Progress progress = session.progress().progress();
            ctx.printer.println(
                    Printer.Tone.HEADING,
                    "Lessons (after \"An Introduction to Asynchronous Programming and Twisted\")");
            for (Lesson lesson : session.catalog().lessons()) {
                long solved = lesson.exercises().stream()
                        .filter(e -> progress.isSolved(e.key()))
                        .count();
                String mark = solved == lesson.exercises().size() && solved > 0
                        ? "done"
                        : solved + "/" + lesson.exercises().size();
                ctx.printer.println(
                        String.format(Locale.ROOT, "  %2d  %-52s %s", lesson.number(), lesson.title(), mark));
            }
            session.progress().problems().forEach(p -> ctx.printer.println(Printer.Tone.PROBLEM, p));
            ctx.printer.println(Printer.Tone.HINT, "'lesson N' opens one");
            return;
        }
        String word = args.text(0);
        int number;
        try {
            number = Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw new InputError(args.get(0).column(), "'" + word + "' is not a lesson number; 'lesson' lists them");
        }
        Args.noMore(args, 1);
        Lesson lesson = session.catalog()
                .lesson(number)
                .orElseThrow(() -> new InputError(
                        args.get(0).column(), "there is no lesson " + number + " yet; 'lesson' lists them"));
        putAwayOtherLessonsScenario(ctx, number);
        session.open(lesson);
        ctx.printer.println(Printer.Tone.HEADING, lesson.displayTitle());
        ctx.printer.println("");
        ctx.printer.println(Printer.Tone.HEADING, "After this lesson you will be able to:");
        ctx.printer.printAll(TerminalText.render(
                String.join(
                        "\n", lesson.objectives().stream().map(o -> "- " + o).toList()),
                Math.min(ctx.printer.width(), 100)));
        ctx.printer.println("");
        readOn(ctx);
    }

    /**
     * Opening lesson {@code number} puts away the scenario another lesson's 'open' loaded, so that the
     * prompt and the drawings do not go on naming it: a reactor scenario is left, and the workbench
     * is cleared unless it holds changes (which stay, with a note).
     */
    private static void putAwayOtherLessonsScenario(ReplContext ctx, int number) {
        LessonSession session = ctx.lessons;
        int from = session.scenarioLesson;
        if (from == 0 || from == number) {
            return;
        }
        session.scenarioLesson = 0;
        ctx.reactor = null;
        ctx.workbench.forgetProgram();
        if (ctx.hasUnsavedWork()) {
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "(your changes to lesson " + from + "'s scenario stay on the workbench: "
                            + UnsavedWork.summary(ctx.workbench) + ")");
            return;
        }
        ctx.workbench.clear();
        ctx.file = null;
        ctx.markSaved();
    }

    /**
     * 'continue': asks the next checkpoint of the section just read, or reads the next section and
     * asks its first checkpoint; after the last section, lists the scenarios and exercises.
     */
    private static void readOn(Tokens args, ReplContext ctx) throws InputError {
        Lesson lesson = openLesson(ctx);
        LessonSession session = ctx.lessons;
        if (session.checkpointOpen()) {
            if (session.answersCheckpoint()) {
                throw new InputError("answer the checkpoint first ('answer ...'), or 'reveal' its answer");
            }
            // Another exercise was opened meanwhile: ask the checkpoint again.
            ask(ctx, lesson, session.checkpoint);
            return;
        }
        if (session.nextSection >= lesson.sections().size()
                && session.bodyPending < 0
                && session.checkpointsToAsk.isEmpty()
                && session.unsectionedAsked) {
            ctx.printer.println(Printer.Tone.HINT, "that was the end of lesson " + lesson.number() + ":");
            listScenariosAndExercises(lesson, ctx);
            return;
        }
        readOn(ctx);
    }

    private static void readOn(ReplContext ctx) throws InputError {
        LessonSession session = ctx.lessons;
        Lesson lesson = session.lesson;
        int width = Math.min(ctx.printer.width(), 100);
        while (session.checkpointsToAsk.isEmpty()) {
            if (session.bodyPending >= 0) {
                // The section's checkpoints are answered: now its text, which may give their answers.
                LessonSection section = lesson.sections().get(session.bodyPending);
                session.bodyPending = -1;
                ctx.printer.printAll(TerminalText.render(section.markdown(), width));
                ctx.printer.println("");
            } else if (session.nextSection < lesson.sections().size()) {
                int index = session.nextSection++;
                LessonSection section = lesson.sections().get(index);
                ctx.printer.printAll(TerminalText.render("## " + section.title(), width));
                session.checkpointsToAsk.addAll(lesson.checkpointsAfter(section.title()));
                session.bodyPending = index;
            } else if (!session.unsectionedAsked) {
                session.unsectionedAsked = true;
                lesson.checkpoints().stream()
                        .filter(c -> c.section().isEmpty()
                                || lesson.sections().stream()
                                        .noneMatch(s ->
                                                s.title().equals(c.section().get())))
                        .forEach(session.checkpointsToAsk::add);
            } else {
                listScenariosAndExercises(lesson, ctx);
                return;
            }
        }
        ask(ctx, lesson, session.checkpointsToAsk.poll());
    }

    /** Asks {@code checkpoint}: its question, and the exercise that checks it, if it has one. */
    private static void ask(ReplContext ctx, Lesson lesson, Checkpoint checkpoint) throws InputError {
        LessonSession session = ctx.lessons;
        if (session.checkpoint != checkpoint) {
            session.checkpointsAsked++;
        }
        session.checkpoint = checkpoint;
        session.checkpointSettled = false;
        int width = Math.min(ctx.printer.width(), 100);
        int number = session.checkpointsAsked;
        ctx.printer.println(
                Printer.Tone.HEADING,
                "Checkpoint " + number + " of " + lesson.checkpoints().size()
                        + ": predict before you read this section");
        ctx.printer.printAll(TerminalText.render(checkpoint.question(), width));
        Optional<Exercise> exercise = checkpoint.exercise().flatMap(lesson::exercise);
        if (exercise.isPresent()) {
            ctx.printer.println("");
            present(ctx, lesson, exercise.get(), "The engine checks it with exercise ");
        } else {
            session.start(null);
            ctx.printer.println(
                    Printer.Tone.HINT,
                    "Commit to a prediction: 'answer ...' in your own words; then you see the answer and compare.");
        }
    }

    /** Marks the open checkpoint answered and shows its answer, if the current target is it. */
    private static void settleCheckpoint(ReplContext ctx) {
        LessonSession session = ctx.lessons;
        if (!session.answersCheckpoint()) {
            return;
        }
        session.checkpointSettled = true;
        printWrapped(ctx, Printer.Tone.HEADING, "Checkpoint answer: " + session.checkpoint.answer());
        ctx.printer.println(Printer.Tone.HINT, "'continue' reads on.");
    }

    private static void listScenariosAndExercises(Lesson lesson, ReplContext ctx) throws InputError {
        ctx.printer.println(Printer.Tone.HEADING, "Scenarios ('open NAME')");
        for (LessonScenario scenario : lesson.scenarios()) {
            ctx.printer.println(
                    String.format(Locale.ROOT, "  %-28s %s", scenario.name(), oneLine(scenario.title(), 70)));
        }
        listExercises(lesson, ctx);
    }

    private static void listExercises(Lesson lesson, ReplContext ctx) {
        ctx.printer.println(Printer.Tone.HEADING, "Exercises ('exercise N')");
        List<Exercise> exercises = lesson.exercises();
        for (int i = 0; i < exercises.size(); i++) {
            boolean solved = ctx.lessons.progress().isSolved(exercises.get(i));
            ctx.printer.println(String.format(
                    Locale.ROOT,
                    "  %2d  %s %s",
                    i + 1,
                    solved ? "[solved]" : "[      ]",
                    oneLine(exercises.get(i).prompt(), 70)));
        }
    }

    /** The Markdown {@code text} as plain text on one line, cut to {@code max} characters. */
    static String oneLine(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (Inline.Span span : Inline.spans(text.replaceAll("\\s+", " ").strip())) {
            out.append(span.text());
        }
        String plain = out.toString();
        return plain.length() > max ? plain.substring(0, max - 3) + "..." : plain;
    }

    private static Lesson openLesson(ReplContext ctx) throws InputError {
        if (ctx.lessons.lesson == null) {
            throw new InputError("open a lesson first: 'lesson' lists them, 'lesson 9' opens one");
        }
        return ctx.lessons.lesson;
    }

    private static void open(Tokens args, ReplContext ctx) throws InputError {
        Lesson lesson = openLesson(ctx);
        String name = Args.require(args, 0, "the name of one of the lesson's scenarios");
        Args.noMore(args, 1);
        LessonScenario scenario = lesson.scenario(name)
                .orElseThrow(() -> new InputError(
                        args.get(0).column(),
                        "lesson " + lesson.number() + " has no scenario '" + name + "'; it has "
                                + lesson.scenarios().stream()
                                        .map(LessonScenario::name)
                                        .toList()));
        switch (scenario) {
            case DeferredScenario deferred -> {
                if (!UnsavedWork.mayReplace(ctx, "'open'")) {
                    return;
                }
                ctx.workbench.load(deferred.scenario());
                ctx.reactor = null;
                ctx.file = null;
                ctx.markSaved();
            }
            case ReactorScenario reactor ->
                ctx.reactor = new LoadedReactor(scenario.name(), reactor.scenario(), reactor.recording());
            case RecordedScenario recorded -> {
                // As 'load' shows a recording: instead of the chains, which stay as they are.
                ctx.workbench.showProgram(recorded.program());
                ctx.reactor = null;
            }
        }
        ctx.lessons.scenarioLesson = lesson.number();
        ctx.printer.println(Printer.Tone.GOOD, scenario.title() + ": " + scenario.description());
        ViewCommands.show(ctx);
    }

    private static void exercise(Tokens args, ReplContext ctx) throws InputError {
        Lesson lesson = openLesson(ctx);
        if (args.isEmpty()) {
            listExercises(lesson, ctx);
            return;
        }
        int n = Args.number(args, 0, lesson.exercises().size(), "exercise");
        Args.noMore(args, 1);
        present(ctx, lesson, lesson.exercises().get(n - 1), "Exercise ");
    }

    /** Makes {@code exercise} the one being answered and shows its question. */
    private static void present(ReplContext ctx, Lesson lesson, Exercise exercise, String heading) {
        ctx.lessons.start(exercise);
        int n = lesson.exercises().indexOf(exercise) + 1;
        int width = Math.min(ctx.printer.width(), 100);
        ctx.printer.println(
                Printer.Tone.HEADING,
                heading + lesson.number() + "." + n + " (" + exercise.kind().word() + ")");
        ctx.printer.printAll(TerminalText.render(exercise.prompt(), width));
        if (!exercise.code().isEmpty()) {
            ctx.printer.println("");
            exercise.code().forEach(line -> ctx.printer.println("    " + line));
            ctx.printer.println("");
        }
        exercise.shownLines().forEach(line -> ctx.printer.println("    " + line));
        List<String> choices = exercise.choices();
        for (int i = 0; i < choices.size(); i++) {
            ctx.printer.println("  " + (i + 1) + ") " + choices.get(i));
        }
        ctx.printer.println(
                Printer.Tone.HINT,
                "Predict, then 'answer ...' (" + exercise.answerFormat() + "). 'open "
                        + exercise.scenario().name() + "' shows the scenario; 'hint' helps.");
    }

    private static Exercise current(ReplContext ctx) throws InputError {
        if (ctx.lessons.exercise == null) {
            throw new InputError("no exercise is open: 'lesson N' then 'exercise N'");
        }
        return ctx.lessons.exercise;
    }

    private static void answer(Tokens args, ReplContext ctx) throws InputError {
        LessonSession session = ctx.lessons;
        if (session.answersCheckpoint() && session.exercise == null) {
            if (args.isEmpty()) {
                throw new InputError(args.endColumn(), "write your prediction after 'answer', in your own words");
            }
            ctx.printer.println(Printer.Tone.GOOD, "Your prediction is noted. Compare it with the answer:");
            settleCheckpoint(ctx);
            return;
        }
        Exercise exercise = current(ctx);
        if (args.isEmpty()) {
            throw new InputError(
                    args.endColumn(), "write your answer after 'answer' (" + exercise.answerFormat() + ")");
        }
        String text = args.line().substring(args.get(0).column() - 1).strip();
        Verdict verdict = exercise.check(text);
        switch (verdict.status()) {
            case CORRECT:
                printWrapped(ctx, Printer.Tone.GOOD, verdict.explanation());
                if (session.revealed) {
                    ctx.printer.println(
                            Printer.Tone.HINT, "(the answer had been shown, so this one is not counted as solved)");
                } else {
                    try {
                        session.progress().markSolved(exercise);
                    } catch (IOException e) {
                        ctx.printer.println(
                                Printer.Tone.PROBLEM, "(progress could not be saved: " + e.getMessage() + ")");
                    }
                }
                settleCheckpoint(ctx);
                break;
            case INCORRECT:
                session.lastVerdict = verdict;
                session.misses++;
                if (session.misses == 1 && !session.revealed) {
                    printWrapped(ctx, Printer.Tone.PROBLEM, verdict.firstTry());
                    List<String> hints = exercise.hints();
                    if (session.hintsShown < hints.size()) {
                        printWrapped(
                                ctx,
                                Printer.Tone.HINT,
                                "Hint " + (session.hintsShown + 1) + ": " + hints.get(session.hintsShown));
                        session.hintsShown++;
                    }
                    printWrapped(
                            ctx,
                            Printer.Tone.HINT,
                            "Try again ('answer ...'). 'why' shows the run up to where it parts from your prediction;"
                                    + " 'reveal' gives the answer.");
                } else {
                    printWrapped(ctx, Printer.Tone.PROBLEM, verdict.explanation());
                    if (!session.revealed) {
                        printWrapped(ctx, Printer.Tone.HEADING, answerLine(exercise, verdict));
                        session.revealed = true;
                    }
                    ctx.printer.println(Printer.Tone.HINT, "'why' shows the run up to where it went differently.");
                    settleCheckpoint(ctx);
                }
                break;
            default:
                printWrapped(ctx, Printer.Tone.PROBLEM, verdict.explanation());
        }
    }

    private static String answerLine(Exercise exercise, Verdict verdict) {
        return (exercise.kind() == ExerciseKind.BUILD ? "One chain that meets the goal: " : "The answer: ") + "`"
                + verdict.expected().replace("`", "'") + "`";
    }

    private static void reveal(Tokens args, ReplContext ctx) throws InputError {
        Args.noMore(args, 0);
        LessonSession session = ctx.lessons;
        if (session.answersCheckpoint() && session.exercise == null) {
            settleCheckpoint(ctx);
            return;
        }
        if (session.exercise == null) {
            throw new InputError("nothing to reveal: open a lesson's exercise first ('exercise N')");
        }
        printWrapped(ctx, Printer.Tone.HEADING, session.exercise.reveal());
        session.revealed = true;
        settleCheckpoint(ctx);
    }

    /** Prints Markdown text wrapped to the terminal, the first paragraph in {@code tone}. */
    private static void printWrapped(ReplContext ctx, Printer.Tone tone, String markdown) {
        List<String> lines = TerminalText.render(markdown, Math.min(ctx.printer.width(), 100));
        boolean first = true;
        for (String line : lines) {
            ctx.printer.println(first ? tone : Printer.Tone.PLAIN, line);
            first = first && !line.isBlank();
            if (line.isBlank()) {
                first = false;
            }
        }
    }

    private static void hint(Tokens args, ReplContext ctx) throws InputError {
        Exercise exercise = current(ctx);
        List<String> hints = exercise.hints();
        if (ctx.lessons.hintsShown >= hints.size()) {
            ctx.printer.println(
                    Printer.Tone.HINT,
                    hints.isEmpty()
                            ? "this exercise has no hints; 'open "
                                    + exercise.scenario().name() + "' and 'step' through it"
                            : "no more hints; 'open " + exercise.scenario().name() + "' and 'step' through the run");
            return;
        }
        printWrapped(
                ctx,
                Printer.Tone.HINT,
                "Hint " + (ctx.lessons.hintsShown + 1) + ": " + hints.get(ctx.lessons.hintsShown));
        ctx.lessons.hintsShown++;
    }

    private static void why(Tokens args, ReplContext ctx) throws InputError {
        Verdict verdict = ctx.lessons.lastVerdict;
        if (verdict == null || verdict.divergence().isEmpty()) {
            throw new InputError("'why' follows a wrong answer: it shows the run up to where the prediction failed");
        }
        Exercise exercise = ctx.lessons.exercise;
        int divergence = verdict.divergence().getAsInt();
        if (exercise.kind() == ExerciseKind.BUILD) {
            // The learner's own chain ran: show its trace with the marker, since the stepper draws
            // from the lesson's scenario.
            List<SimEvent> events = verdict.recording().events();
            ctx.printer.println(Printer.Tone.HEADING, "Your chain's run, up to where it leaves the goal (>>):");
            for (int i = 0; i <= divergence && i < events.size(); i++) {
                if (events.get(i).inTrace()) {
                    ctx.printer.println(
                            i == divergence ? Printer.Tone.PROBLEM : Printer.Tone.PLAIN,
                            (i == divergence ? ">> " : "   ") + TraceWriter.line(events.get(i)));
                }
            }
            // The event may be one of Twisted's internal steps, which has no trace line: tell it as every view does.
            ctx.printer.println(Printer.Tone.PROBLEM, ">> " + verdict.reading().sentence(divergence));
            return;
        }
        if (exercise.scenario() instanceof ReactorScenario) {
            ReactorScenario reactor = (ReactorScenario) exercise.scenario();
            StepCommands.stepReactor(
                    ctx,
                    new LoadedReactor(reactor.name(), reactor.scenario(), verdict.recording()),
                    Playhead.after(divergence));
            return;
        }
        Stepper stepper = exercise.scenario() instanceof RecordedScenario recorded
                ? Stepper.of(recorded.program().cast(), verdict.recording())
                        .withCode(recorded.program().code())
                : Stepper.of(((DeferredScenario) exercise.scenario()).scenario(), verdict.recording());
        StepCommands.walk(
                ctx,
                "exercise " + exercise.key() + ": where the prediction and the run part",
                stepper,
                Playhead.after(divergence));
    }
}
