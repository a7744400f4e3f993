package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.code.CodeListing;
import deferredsim.core.code.SourceLine;
import deferredsim.core.reading.Playhead;
import java.util.Optional;

/**
 * The line of code a step view shows under its status line: where the event at the playhead
 * happened ({@code program.py:12  reactor.callLater(1, tick)}), or a muted note when it has no
 * line. Static methods only.
 */
public final class CodeLine {
    private CodeLine() {}

    /** {@code code}'s line of the event at {@code playhead}, cut to {@code width} columns. */
    public static StyledLine at(CodeListing code, Playhead playhead, int width) {
        Optional<SourceLine> line = code.lineAt(playhead);
        if (line.isEmpty()) {
            String note =
                    playhead.atStart() ? "code: " + code.title() : "code: (no line of the code: Twisted's own step)";
            return StyledLine.of(cut(note, width), Style.MUTED);
        }
        String where = code.file(line.get()).path() + ":" + line.get().line() + "  ";
        return StyledLine.builder()
                .append(cut(where, width), Style.TIME)
                .append(cut(code.text(line.get()), Math.max(0, width - where.length())), Style.ACTIVE)
                .build();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }
}
