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
import deferredsim.lessons.ReactorScenario;
import deferredsim.lessons.Verdict;
import deferredsim.lessons.progress.Progress;
import deferredsim.lessons.text.TerminalText;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The course at the prompt: lesson, open, exercise, answer, hint, why. */
final class LessonCommands {
    private LessonCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                        "lesson",
                        "lesson [N]",
                        "the lessons, with your progress; 'lesson 9' opens one",
                        "'lesson' lists the lessons (after the Parts of the Twisted introduction) and how many of\n"
                            + "each one's exercises you have solved. 'lesson N' shows lesson N, its scenarios ('open"
                            + " NAME')\n"
                            + "and its exercises ('exercise N').",
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
                        "exercise",
                        "exercise N",
                        "show exercise N of the open lesson",
                        "Shows the exercise's question. Predict first, then 'answer ...'; 'hint' helps when stuck.",
                        Command.Arguments.NONE,
                        LessonCommands::exercise)
                .worksOnAnything());
        registry.add(new Command(
                        "answer",
                        "answer TEXT",
                        "answer the current exercise",
                        "Checks your answer with the engine. When it is wrong, you see why, and 'why' shows the run\n"
                                + "up to the event where your prediction and the real run part.",
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
        session.lesson = lesson;
        show(lesson, ctx);
    }

    private static void show(Lesson lesson, ReplContext ctx) throws InputError {
        int width = Math.min(ctx.printer.width(), 100);
        ctx.printer.println(Printer.Tone.HEADING, lesson.displayTitle());
        ctx.printer.println("");
        ctx.printer.println(Printer.Tone.HEADING, "After this lesson you will be able to:");
        lesson.objectives().forEach(o -> ctx.printer.println("  - " + o));
        ctx.printer.println("");
        ctx.printer.printAll(TerminalText.render(lesson.markdown(), width));
        if (!lesson.checkpoints().isEmpty()) {
            ctx.printer.println("");
            ctx.printer.println(Printer.Tone.HEADING, "Checkpoints: where learners often go wrong");
            for (Checkpoint checkpoint : lesson.checkpoints()) {
                ctx.printer.printAll(
                        TerminalText.render("- *" + checkpoint.question() + "* " + checkpoint.answer(), width));
            }
        }
        ctx.printer.println("");
        ctx.printer.println(Printer.Tone.HEADING, "Scenarios ('open NAME')");
        for (LessonScenario scenario : lesson.scenarios()) {
            ctx.printer.println(String.format(Locale.ROOT, "  %-28s %s", scenario.name(), scenario.title()));
        }
        ctx.printer.println(Printer.Tone.HEADING, "Exercises ('exercise N')");
        List<Exercise> exercises = lesson.exercises();
        for (int i = 0; i < exercises.size(); i++) {
            boolean solved = ctx.lessons.progress().isSolved(exercises.get(i));
            ctx.printer.println(String.format(
                    Locale.ROOT,
                    "  %2d  %s %s",
                    i + 1,
                    solved ? "[solved]" : "[      ]",
                    firstLine(exercises.get(i).prompt())));
        }
    }

    private static String firstLine(String prompt) {
        String plain = prompt.replace("`", "");
        return plain.length() > 70 ? plain.substring(0, 67) + "..." : plain;
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
        }
        ctx.printer.println(Printer.Tone.GOOD, scenario.title() + ": " + scenario.description());
        ViewCommands.show(ctx);
    }

    private static void exercise(Tokens args, ReplContext ctx) throws InputError {
        Lesson lesson = openLesson(ctx);
        int n = Args.number(args, 0, lesson.exercises().size(), "exercise");
        Args.noMore(args, 1);
        Exercise exercise = lesson.exercises().get(n - 1);
        ctx.lessons.start(exercise);
        int width = Math.min(ctx.printer.width(), 100);
        ctx.printer.println(
                Printer.Tone.HEADING,
                "Exercise " + lesson.number() + "." + n + " (" + exercise.kind().word() + ")");
        ctx.printer.printAll(TerminalText.render(exercise.prompt(), width));
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
                try {
                    ctx.lessons.progress().markSolved(exercise);
                } catch (IOException e) {
                    ctx.printer.println(Printer.Tone.PROBLEM, "(progress could not be saved: " + e.getMessage() + ")");
                }
                break;
            case INCORRECT:
                printWrapped(ctx, Printer.Tone.PROBLEM, verdict.explanation());
                ctx.lessons.lastVerdict = verdict;
                ctx.printer.println(
                        Printer.Tone.HINT,
                        "'why' shows the run up to where it went differently; try again, or 'hint'.");
                break;
            default:
                printWrapped(ctx, Printer.Tone.PROBLEM, verdict.explanation());
        }
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
        DeferredScenario deferred = (DeferredScenario) exercise.scenario();
        Stepper stepper = Stepper.of(deferred.scenario(), verdict.recording());
        StepCommands.walk(
                ctx,
                "exercise " + exercise.key() + ": where the prediction and the run part",
                stepper,
                Playhead.after(divergence));
    }
}
