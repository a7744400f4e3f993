package deferredsim.cli.reactor;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;

/**
 * Part 2 on: for each client process, one row per connection showing when bytes arrived in the
 * client's hands ({@code #}: a read), while the connection was open but nothing was read ({@code
 * -}), and a refused connection ({@code x}). The blocking client's rows follow one another; the
 * asynchronous client's overlap.
 */
final class ArrivalChart {
    static final String LEGEND = "# bytes read   - connected, nothing read yet   x connection refused";

    private ArrivalChart() {}

    static boolean applies(ReactorReading reactor) {
        return !reactor.clients().isEmpty();
    }

    static List<String> render(ReactorReading reactor, Playhead at, Time now, TimeScale scale, int labelWidth) {
        List<String> lines = new ArrayList<>();
        lines.add(Text.pad("", labelWidth) + " " + scale.axis());
        for (ReactorReading.Client client : reactor.clients()) {
            boolean exited = client.exitIndex() >= 0 && client.exitIndex() < at.position();
            lines.add(client.who() + (exited ? "   done at " + client.exited() + " s" : ""));
            for (ReactorReading.Connection connection : client.connections()) {
                if (connection.index() >= at.position()) {
                    continue;
                }
                char[] cells = scale.blank();
                String label;
                if (connection.refused()) {
                    cells[scale.column(connection.opened())] = 'x';
                    label = "  :" + connection.port() + " refused";
                } else {
                    boolean closed = connection.closedIndex() >= 0 && connection.closedIndex() < at.position();
                    scale.fill(cells, connection.opened(), closed ? connection.closed() : now, now, '-');
                    for (ReactorReading.Read read : connection.reads()) {
                        if (read.index() < at.position()) {
                            cells[scale.column(read.time())] = '#';
                        }
                    }
                    label = "  " + connection.name() + " :" + connection.port();
                }
                lines.add(Text.pad(label, labelWidth) + "|" + new String(cells).stripTrailing());
            }
        }
        lines.add(LEGEND);
        return lines;
    }
}
