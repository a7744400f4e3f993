package deferredsim.core.code;

import java.util.ArrayList;
import java.util.List;

/** Lines of Python being written, numbered from 1 as a listing numbers them. Mutable; used while writing only. */
final class PythonLines {
    private final List<String> lines = new ArrayList<>();

    /** Appends {@code line}; returns its number. */
    int add(String line) {
        lines.add(line);
        return lines.size();
    }

    /** Ends with exactly {@code count} empty lines (fewer when there are no lines yet), as between definitions. */
    void blank(int count) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (!lines.isEmpty()) {
            for (int i = 0; i < count; i++) {
                lines.add("");
            }
        }
    }

    /** The lines so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }
}
