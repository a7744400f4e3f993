package deferredsim.cli.repl;

import java.util.List;
import java.util.Optional;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: commands and stage keywords first; then, by command, deferred names, file names
 * or the command's own words; inside a pair line, stage keywords where a member starts.
 */
final class ReplCompleter implements Completer {
    private final CommandRegistry registry;
    private final Workbench workbench;
    private final LessonSession lessons;
    private final Completer files = new Completers.FileNameCompleter();

    ReplCompleter(CommandRegistry registry, ReplContext context) {
        this.registry = registry;
        this.workbench = context.workbench;
        this.lessons = context.lessons;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        if (index == 0) {
            registry.all()
                    .forEach(c -> candidates.add(
                            new Candidate(c.name(), c.name(), "commands", c.summary(), null, null, true)));
            MemberWords.KEYWORDS.forEach(k -> candidates.add(new Candidate(k, k, "stages", null, null, null, true)));
            return;
        }
        String first = words.get(0);
        if (MemberWords.keyword(first) != null) {
            completePair(words, index, candidates);
            return;
        }
        Optional<Command> command = registry.find(first);
        if (command.isEmpty()) {
            return;
        }
        complete(command.get(), words, index, reader, line, candidates);
    }

    /**
     * Offers what is valid at argument {@code index} of {@code command}: a command's own words
     * only where they go (the first argument), deferred names where a name goes, file names where
     * a file goes, stage keywords where a stage starts.
     */
    private void complete(
            Command command, List<String> words, int index, LineReader reader, ParsedLine line, List<Candidate> out) {
        List<String> own = command.words().get();
        switch (command.name()) {
            case "at" -> completeAction(words, index, out);
            case "fire", "canceller" -> {
                if (index == 1) {
                    names(out);
                    own(fireWords(command.name()), out);
                } else if (index == 2 && workbench.draft(words.get(1)).isPresent()) {
                    own(fireWords(command.name()), out);
                }
            }
            case "dlist", "gather" -> {
                names(out);
                if (index > 1 && command.name().equals("dlist")) {
                    own(List.of("fireOnOneCallback", "fireOnOneErrback", "consumeErrors"), out);
                }
            }
            default -> completeByKind(command, own, words, index, reader, line, out);
        }
    }

    private void completeByKind(
            Command command,
            List<String> own,
            List<String> words,
            int index,
            LineReader reader,
            ParsedLine line,
            List<Candidate> out) {
        switch (command.arguments()) {
            case FILE -> files.complete(reader, line, out);
            case DEFERRED_NAMES -> {
                if (index == 1) {
                    names(out);
                }
            }
            case WORDS -> {
                if (index == 1) {
                    own(own, out);
                }
            }
            case WORDS_THEN_FILE -> {
                if (index == 1) {
                    own(own, out);
                } else if (index == 2) {
                    files.complete(reader, line, out);
                }
            }
            case LESSON_SCENARIOS -> {
                if (index == 1 && lessons.lesson != null) {
                    lessons.lesson
                            .scenarios()
                            .forEach(
                                    s -> out.add(new Candidate(s.name(), s.name(), null, s.title(), null, null, true)));
                }
            }
            case PAIR -> {
                if (index >= 2) {
                    completePair(words.subList(2, words.size()), index - 2, out);
                }
            }
            case NONE -> {}
        }
    }

    /** {@code at T VERB NAME ...}: the verbs, then the names, then what the verb takes. */
    private void completeAction(List<String> words, int index, List<Candidate> out) {
        if (index == 2) {
            own(ActionCommands.VERBS, out);
        } else if (index == 3) {
            names(out);
        } else if (index == 4 && words.size() > 2 && words.get(2).equalsIgnoreCase("fire")) {
            own(List.of("callback", "errback"), out);
        } else if (index >= 4 && words.size() > 2 && words.get(2).equalsIgnoreCase("add")) {
            completePair(words.subList(4, words.size()), index - 4, out);
        }
    }

    private static List<String> fireWords(String command) {
        return command.equals("fire")
                ? List.of("callback", "errback", "none")
                : List.of("nothing", "callback", "errback", "none");
    }

    private void names(List<Candidate> out) {
        workbench.names().forEach(n -> out.add(new Candidate(n)));
    }

    private static void own(List<String> words, List<Candidate> out) {
        words.forEach(w -> out.add(new Candidate(w)));
    }

    /**
     * Offers keywords where a member starts ({@code words} begin with the pair's first word, or are
     * empty when the pair has not started yet) and names after {@code defer}.
     */
    private void completePair(List<String> words, int index, List<Candidate> candidates) {
        if (index == 0 || words.isEmpty()) {
            MemberWords.KEYWORDS.forEach(k -> candidates.add(new Candidate(k)));
            return;
        }
        String first = MemberWords.keyword(words.get(0));
        if (first == null) {
            return;
        }
        int errbackAt = "passthru".equals(first) ? 1 : 2;
        if (index == errbackAt) {
            MemberWords.KEYWORDS.forEach(k -> candidates.add(new Candidate(k)));
        } else if ((index == 1 && "defer".equals(first))
                || (index == errbackAt + 1
                        && index < words.size()
                        && "defer".equals(MemberWords.keyword(words.get(errbackAt))))) {
            workbench.names().forEach(n -> candidates.add(new Candidate(n)));
        }
    }
}
