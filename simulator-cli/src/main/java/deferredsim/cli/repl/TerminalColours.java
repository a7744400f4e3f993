package deferredsim.cli.repl;

import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Whether the prompt uses colour: only on a terminal that has at least 8 colours, is not dumb,
 * and when {@code NO_COLOR} is unset or empty (no-color.org). The one decision for the printed
 * output, the line being typed and the completion lists.
 */
final class TerminalColours {
    private TerminalColours() {}

    /** True when {@code terminal} should show colour, given the process environment {@code env}. */
    static boolean wanted(Terminal terminal, Map<String, String> env) {
        String noColour = env.get("NO_COLOR");
        if (noColour != null && !noColour.isEmpty()) {
            return false;
        }
        if (isDumb(terminal)) {
            return false;
        }
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        return colours != null && colours >= 8;
    }

    /** True for JLine's dumb terminals (type {@code dumb}; {@code dumb-color} has colour). */
    static boolean isDumb(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType());
    }
}
