package deferredsim.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments split the usual way: options start with {@code -} (but {@code -} alone is
 * an operand, standard input), and {@code --} ends the options, so every argument after it is an
 * operand even when it starts with {@code -}.
 *
 * @param options the options in the order given, {@code --} excluded
 * @param operands the file and directory names in the order given
 */
record Operands(List<String> options, List<String> operands) {
    /** What names standard input where a file is expected. */
    static final String STANDARD_INPUT = "-";

    Operands {
        options = List.copyOf(options);
        operands = List.copyOf(operands);
    }

    /** Splits {@code args} into options and operands. */
    static Operands of(String[] args) {
        List<String> options = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        boolean optionsEnded = false;
        for (String arg : args) {
            if (optionsEnded || arg.equals(STANDARD_INPUT) || !arg.startsWith("-")) {
                operands.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else {
                options.add(arg);
            }
        }
        return new Operands(options, operands);
    }

    /** True when {@code option} was given. */
    boolean has(String option) {
        return options.contains(option);
    }

    /** The first option not in {@code known}, or null when all are known. */
    String unknownOption(List<String> known) {
        return options.stream().filter(o -> !known.contains(o)).findFirst().orElse(null);
    }
}
