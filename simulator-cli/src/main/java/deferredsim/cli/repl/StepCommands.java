package deferredsim.cli.repl;

import deferredsim.cli.diagram.CodeLine;
import deferredsim.cli.diagram.Stepper;
import deferredsim.cli.diagram.Timeline;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.code.CodeListing;
import deferredsim.core.reading.Playhead;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Stepping through a run one event per key, and the timeline of the virtual clock. */
final class StepCommands {
    static final String KEYS = "n/→ next   b/← back   f first   l last   q quit";

    private StepCommands() {}

    static void register(CommandRegistry registry) {
        registry.add(new Command(
                        "step",
                        "step [errback] [N]",
                        "step through the run, one event per key",
                        "Shows the diagram as it was after each event, with the active stage and the value in flight\n"
                                + "marked, the timeline under it, and what happened in one sentence. Keys: " + KEYS
                                + ".\n"
                                + "Without a firing of d's own, 'step' follows d.callback(initial) and 'step errback'\n"
                                + "d.errback(initial*). 'step N' starts at event N.",
                        Command.Arguments.WORDS,
                        () -> List.of("errback"),
                        StepCommands::step)
                .worksOnAnything());
        registry.add(new Command(
                        "timeline",
                        "timeline",
                        "the virtual clock's events, time by time",
                        "Lists every event of the run under its time: fires, stage runs, waits, resumes, cancels,\n"
                                + "pauses, delayed calls scheduled and run, and the results.",
                        Command.Arguments.NONE,
                        (args, ctx) -> {
                            Args.noMore(args, 0);
                            if (ctx.reactor != null) {
                                ViewCommands.show(ctx);
                                return;
                            }
                            for (Runs.Firing firing : Runs.firings(ctx)) {
                                ctx.printer.println(Printer.Tone.HEADING, "# " + firing.label());
                                ctx.printer.print(Timeline.of(firing.scenario(), firing.record())
                                        .render(-1, ctx.printer.width(), Integer.MAX_VALUE));
                            }
                        })
                .worksOnAnything());
    }

    private static void step(Tokens args, ReplContext ctx) throws InputError {
        if (ctx.reactor != null) {
            stepReactor(ctx, ctx.reactor, Playhead.after(0));
            return;
        }
        List<Runs.Firing> firings = Runs.firings(ctx);
        int index = 0;
        Playhead start = Playhead.START;
        for (int i = 0; i < args.size(); i++) {
            String word = args.text(i).toLowerCase(Locale.ROOT);
            if ("errback".startsWith(word) && firings.size() > 1) {
                index = 1;
            } else {
                try {
                    start = new Playhead(Math.max(0, Integer.parseInt(word)));
                } catch (NumberFormatException e) {
                    throw new InputError(
                            args.get(i).column(), "expected 'errback' or an event number, not '" + args.text(i) + "'");
                }
            }
        }
        Runs.Firing firing = firings.get(index);
        deferredsim.core.recording.Recording recording = firing.record();
        walk(ctx, firing.label(), Stepper.of(firing.scenario(), recording).withCode(firing.code(recording)), start);
    }

    /** Steps {@code stepper} from {@code start} until the learner quits; used by 'why' too. */
    static void walk(ReplContext ctx, String label, Stepper stepper, Playhead start) {
        stepper.seek(start);
        while (true) {
            ctx.printer.clearScreen();
            List<StyledLine> frame = new ArrayList<>();
            frame.add(StyledLine.plain("# " + label));
            frame.addAll(stepper.frame(ctx.printer.width(), Math.max(10, ctx.printer.height() - 3)));
            ctx.printer.print(frame);
            ctx.printer.println(Printer.Tone.HINT, KEYS);
            ctx.printer.flush();
            int key = ctx.keys.read();
            switch (key) {
                case 'n':
                case ' ':
                case '\r':
                case '\n':
                    stepper.next();
                    break;
                case 'b':
                    stepper.back();
                    break;
                case 'f':
                    stepper.first();
                    break;
                case 'l':
                    stepper.last();
                    break;
                case 'q':
                case Keys.EOF:
                case 4:
                case 3:
                    return;
                default:
                    break;
            }
        }
    }

    /** Steps a reactor scenario's timeline one event per key. */
    static void stepReactor(ReplContext ctx, LoadedReactor reactor, Playhead start) {
        int size = reactor.recording.size();
        int position = Math.max(0, Math.min(start.lastEvent(), size - 1));
        while (true) {
            ctx.printer.clearScreen();
            ctx.printer.println(
                    Printer.Tone.HEADING, "# " + reactor.name + "   event " + (position + 1) + " of " + size);
            CodeListing code = reactor.code();
            if (code != null) {
                ctx.printer.print(List.of(CodeLine.at(code, Playhead.after(position), ctx.printer.width())));
            }
            List<String> lines = reactor.timelineAt(ctx.printer.width(), position);
            int room = Math.max(10, ctx.printer.height() - 3 - (code == null ? 0 : 1));
            ctx.printer.printAll(lines.size() > room ? lines.subList(0, room) : lines);
            ctx.printer.println(Printer.Tone.HINT, KEYS);
            ctx.printer.flush();
            int key = ctx.keys.read();
            if (key == 'n' || key == ' ' || key == '\r' || key == '\n') {
                position = Math.min(size - 1, position + 1);
            } else if (key == 'b') {
                position = Math.max(0, position - 1);
            } else if (key == 'f') {
                position = 0;
            } else if (key == 'l') {
                position = size - 1;
            } else if (key == 'q' || key == Keys.EOF || key == 3 || key == 4) {
                return;
            }
        }
    }
}
