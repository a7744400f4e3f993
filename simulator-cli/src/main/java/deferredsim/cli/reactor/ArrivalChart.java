package deferredsim.cli.reactor;

import deferredsim.core.reactor.event.NetworkEvents;
import deferredsim.core.reactor.event.ProcessEvents;
import deferredsim.core.recording.SimEvent;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 2 on: for each client process, one row per connection showing when bytes arrived in the
 * client's hands ({@code #}: a read), while the connection was open but nothing was read ({@code
 * -}), and a refused connection ({@code x}). The blocking client's rows follow one another; the
 * asynchronous client's overlap.
 */
final class ArrivalChart {
    static final String LEGEND = "# bytes read   - connected, nothing read yet   x connection refused";

    private ArrivalChart() {}

    static boolean applies(List<SimEvent> all) {
        return all.stream().anyMatch(e -> e instanceof NetworkEvents.Connected || e instanceof NetworkEvents.Refused);
    }

    private static final class Row {
        final String label;
        final char[] cells;
        Time opened;

        Row(String label, char[] cells, Time opened) {
            this.label = label;
            this.cells = cells;
            this.opened = opened;
        }
    }

    static List<String> render(List<SimEvent> all, List<SimEvent> seen, Time now, TimeScale scale, int labelWidth) {
        Map<String, Map<String, Row>> clients = new LinkedHashMap<>();
        Map<String, Time> exits = new LinkedHashMap<>();
        for (SimEvent event : all) {
            if (event instanceof NetworkEvents.Connected || event instanceof NetworkEvents.Refused) {
                clients.computeIfAbsent(((SimEvent.ReactorEvent) event).who(), c -> new LinkedHashMap<>());
            }
        }
        for (SimEvent event : seen) {
            if (event instanceof NetworkEvents.Connected) {
                NetworkEvents.Connected c = (NetworkEvents.Connected) event;
                clients.get(c.who())
                        .put(c.connection(), new Row("  " + c.connection() + " :" + c.port(), scale.blank(), c.time()));
            } else if (event instanceof NetworkEvents.Refused) {
                NetworkEvents.Refused r = (NetworkEvents.Refused) event;
                Row row = new Row("  :" + r.port() + " refused", scale.blank(), null);
                row.cells[scale.column(r.time())] = 'x';
                clients.get(r.who()).put("refused " + r.port() + " " + r.time(), row);
            } else if (event instanceof NetworkEvents.Received) {
                NetworkEvents.Received r = (NetworkEvents.Received) event;
                Row row = rowOf(clients, r.who(), r.connection());
                if (row != null) {
                    connected(row, r.time(), scale);
                    row.cells[scale.column(r.time())] = '#';
                }
            } else if (event instanceof NetworkEvents.Closed || event instanceof NetworkEvents.EndOfFile) {
                String who = ((SimEvent.ReactorEvent) event).who();
                String connection = event instanceof NetworkEvents.Closed
                        ? ((NetworkEvents.Closed) event).connection()
                        : ((NetworkEvents.EndOfFile) event).connection();
                Row row = rowOf(clients, who, connection);
                if (row != null) {
                    connected(row, event.time(), scale);
                    row.opened = null;
                }
            } else if (event instanceof ProcessEvents.Exited
                    && clients.containsKey(((ProcessEvents.Exited) event).who())) {
                exits.put(((ProcessEvents.Exited) event).who(), event.time());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(Text.pad("", labelWidth) + " " + scale.axis());
        clients.forEach((client, rows) -> {
            Time exit = exits.get(client);
            lines.add(client + (exit == null ? "" : "   done at " + exit + " s"));
            for (Row row : rows.values()) {
                if (row.opened != null) {
                    connected(row, now, scale);
                }
                lines.add(Text.pad(row.label, labelWidth) + "|" + new String(row.cells).stripTrailing());
            }
        });
        lines.add(LEGEND);
        return lines;
    }

    private static Row rowOf(Map<String, Map<String, Row>> clients, String who, String connection) {
        Map<String, Row> rows = clients.get(who);
        return rows == null ? null : rows.get(connection);
    }

    /** Marks the open span up to {@code until} with {@code -} where nothing else is drawn. */
    private static void connected(Row row, Time until, TimeScale scale) {
        if (row.opened == null) {
            return;
        }
        char[] span = scale.blank();
        scale.fill(span, row.opened, until, until, '-');
        for (int c = 0; c < span.length; c++) {
            if (span[c] == '-' && row.cells[c] == ' ') {
                row.cells[c] = '-';
            }
        }
    }
}
