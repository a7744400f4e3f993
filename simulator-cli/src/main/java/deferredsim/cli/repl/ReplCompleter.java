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
            StageWords.KEYWORDS.forEach(k -> candidates.add(new Candidate(k, k, "stages", null, null, null, true)));
            return;
        }
        String first = words.get(0);
        if (StageWords.keyword(first) != null) {
            completePair(words, index, candidates);
            return;
        }
        Optional<Command> command = registry.find(first);
        if (command.isEmpty()) {
            return;
        }
        switch (command.get().arguments()) {
            case FILE:
                files.complete(reader, line, candidates);
                break;
            case DEFERRED_NAMES:
                workbench.names().forEach(n -> candidates.add(new Candidate(n)));
                break;
            case WORDS:
                command.get().words().get().forEach(w -> candidates.add(new Candidate(w)));
                workbench.names().forEach(n -> candidates.add(new Candidate(n)));
                break;
            case LESSON_SCENARIOS:
                if (lessons.lesson != null) {
                    lessons.lesson
                            .scenarios()
                            .forEach(s -> candidates.add(
                                    new Candidate(s.name(), s.name(), null, s.title(), null, null, true)));
                }
                break;
            case PAIR:
                StageWords.KEYWORDS.forEach(k -> candidates.add(new Candidate(k)));
                break;
            default:
                break;
        }
    }

    /** Offers keywords where the errback starts (after {@code passthru} or after a keyword's argument). */
    private void completePair(List<String> words, int index, List<Candidate> candidates) {
        String first = StageWords.keyword(words.get(0));
        int errbackAt = "passthru".equals(first) ? 1 : 2;
        if (index == errbackAt) {
            StageWords.KEYWORDS.forEach(k -> candidates.add(new Candidate(k)));
        } else if ((index == 1 && "defer".equals(first))
                || (index == errbackAt + 1
                        && index < words.size()
                        && "defer".equals(StageWords.keyword(words.get(errbackAt))))) {
            workbench.names().forEach(n -> candidates.add(new Candidate(n)));
        }
    }
}
