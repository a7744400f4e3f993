package deferredsim.cli;

import deferredsim.core.io.InputException;
import deferredsim.core.io.TextInput;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a command reads a scenario from: a file, or standard input when the operand is {@code -}.
 * Either way at most {@link deferredsim.core.io.InputLimits#maxBytes()} bytes are held.
 *
 * @param operand what the user typed ({@code -} or a file name)
 * @param name what messages call it ({@code standard input} or the file name)
 */
record ScenarioInput(String operand, String name) {
    /** The input {@code operand} names. */
    static ScenarioInput of(String operand) {
        return new ScenarioInput(operand, operand.equals(Operands.STANDARD_INPUT) ? TextInput.STANDARD_INPUT : operand);
    }

    /** True for standard input. */
    boolean isStandardInput() {
        return operand.equals(Operands.STANDARD_INPUT);
    }

    /**
     * Reads the whole text, from {@code stdin} for {@code -}.
     *
     * @throws InputException when it cannot be read, is too large or is not UTF-8
     */
    String read(InputStream stdin) throws InputException {
        if (isStandardInput()) {
            return TextInput.read(stdin, TextInput.STANDARD_INPUT);
        }
        try {
            return TextInput.read(Path.of(operand));
        } catch (InvalidPathException notAName) {
            throw new InputException(name, "not a file name this system accepts (" + notAName.getReason() + ")");
        }
    }
}
