package deferredsim.cli.reactor;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.ReactorReading;
import deferredsim.core.reading.Reading;
import deferredsim.core.time.Time;
import java.util.ArrayList;
import java.util.List;

/**
 * Part 2 on: for each server, one row of what it sent ({@code #}: bytes went out) while its port
 * listened ({@code -}), from its listen to its {@code stopListening} ({@code |}), or to now. Slow
 * poetry servers and Twisted servers alike; the clients' side is {@link ArrivalChart}.
 */
final class ServerChart {
    static final String LEGEND = "# bytes sent   - listening, nothing sent   | stopped listening";

    private ServerChart() {}

    static boolean applies(ReactorReading reactor) {
        return !reactor.servers().isEmpty();
    }

    static List<String> render(Reading reading, Playhead at, Time now, TimeScale scale, int labelWidth) {
        List<String> lines = new ArrayList<>();
        lines.add(Text.pad("", labelWidth) + " " + scale.axis());
        for (ReactorReading.Server server : reading.reactor().servers()) {
            if (server.index() >= at.position()) {
                continue;
            }
            boolean stopped = server.stoppedIndex() >= 0 && server.stoppedIndex() < at.position();
            Time until = stopped ? reading.time(server.stoppedIndex()) : now;
            char[] cells = scale.blank();
            scale.fill(cells, reading.time(server.index()), until, now, '-');
            for (ReactorReading.Send send : server.sends()) {
                if (send.index() < at.position()) {
                    cells[scale.column(send.time())] = '#';
                }
            }
            if (stopped) {
                cells[scale.column(until)] = '|';
            }
            lines.add(server.who());
            lines.add(Text.pad("  :" + server.port(), labelWidth) + "|" + new String(cells).stripTrailing());
        }
        lines.add(LEGEND);
        return lines;
    }
}
