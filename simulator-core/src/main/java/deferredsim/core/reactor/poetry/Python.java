package deferredsim.core.reactor.poetry;

import deferredsim.core.time.Time;
import java.util.List;
import java.util.Locale;

/** How Python prints the things the book's programs print. */
public final class Python {
    private Python() {}

    /**
     * {@code str(datetime.timedelta(seconds=t))}: {@code 0:00:23}, {@code 0:00:10.100000} (whole
     * microseconds, as timedelta keeps them).
     */
    public static String timedelta(Time t) {
        long micros = t.nanos() / 1_000;
        long seconds = micros / 1_000_000;
        long fraction = micros % 1_000_000;
        String whole = String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        return fraction == 0 ? whole : whole + String.format(Locale.ROOT, ".%06d", fraction);
    }

    /** Python's repr of a string: {@code 'abc'}. */
    public static String repr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    /** Python's repr of a tuple of strings: {@code ()}, {@code ('a',)}, {@code ('a', 'b')}. */
    public static String tupleRepr(List<String> items) {
        if (items.isEmpty()) {
            return "()";
        }
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(repr(items.get(i)));
        }
        return out.append(items.size() == 1 ? ",)" : ")").toString();
    }

    /** Twisted's {@code IPv4Address} repr for a loopback port. */
    public static String address(int port) {
        return "IPv4Address(type='TCP', host='127.0.0.1', port=" + port + ")";
    }
}
