package deferredsim.cli.repl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The REPL's commands by name, in the order help lists them. */
final class CommandRegistry {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    /** Adds {@code command}; its name must be new and must not abbreviate a stage keyword. */
    CommandRegistry add(Command command) {
        if (MemberWords.keyword(command.name()) != null) {
            throw new IllegalArgumentException(command.name() + " would read as a stage keyword");
        }
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalArgumentException("two commands named " + command.name());
        }
        return this;
    }

    /** Lets {@code alias} stand for {@code name}. */
    CommandRegistry alias(String alias, String name) {
        aliases.put(alias, name);
        return this;
    }

    /** The command {@code word} names (exactly, in any case, or by alias). */
    Optional<Command> find(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Command command = commands.get(lower);
        if (command == null && aliases.containsKey(lower)) {
            command = commands.get(aliases.get(lower));
        }
        return Optional.ofNullable(command);
    }

    Collection<Command> all() {
        return commands.values();
    }

    /** Every name and alias, for completion. */
    List<String> words() {
        List<String> words = new ArrayList<>(commands.keySet());
        words.addAll(aliases.keySet());
        return words;
    }
}
