package deferredsim.gui.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.reading.Reading;
import deferredsim.gui.timeline.TimeAxis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reactor runs of Parts 1, 2, 3 and 8 drawn as what they are, on an axis to scale. */
class ReactorPictureTest {
    private static ReactorPicture picture(Reading reading) {
        return ReactorPicture.of(reading, TimeAxis.of(reading, 100, 12));
    }

    private static ReactorPicture.Row row(ReactorPicture picture, String who, String title) {
        return picture.group(who).rows().stream()
                .filter(r -> r.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + title + " in " + who));
    }

    private static <T extends ReactorPicture.Shape> List<T> shapes(ReactorPicture.Row row, Class<T> type) {
        return row.shapes().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** When Part 1's three execution models run, then each has a lane per line of execution, CPU segments carry their task's letter, and their widths are their durations. */
    @Test
    void part1_lanesPerLineOfExecutionWithLetteredSegmentsToScale() throws Exception {
        ReactorPicture picture = picture(ReactorRuns.read("part1-1-tasks-that-wait"));

        assertThat(picture.groups())
                .extracting(ReactorPicture.Group::title)
                .contains("synchronous model", "threaded model", "asynchronous model");
        assertThat(picture.group("threaded").rows())
                .extracting(ReactorPicture.Row::title)
                .containsExactly("lane A", "lane B", "lane C");
        List<ReactorPicture.Span> main = shapes(row(picture, "asynchronous", "lane main"), ReactorPicture.Span.class);
        assertThat(main)
                .filteredOn(s -> s.look() == Look.CPU)
                .extracting(ReactorPicture.Span::text)
                .contains("A", "B", "C");
        assertThat(main).anySatisfy(s -> assertThat(s.look()).isEqualTo(Look.IDLE));
        ReactorPicture.Span waitA = shapes(row(picture, "synchronous", "lane main"), ReactorPicture.Span.class).stream()
                .filter(s -> s.look() == Look.WAIT)
                .findFirst()
                .orElseThrow();
        ReactorPicture.Span cpuA = main.get(0);
        assertThat((waitA.to() - waitA.from()) / (cpuA.to() - cpuA.from()))
                .isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(picture.group("synchronous").summary()).isEqualTo("all done at t=15 · CPU busy 6 s · idle 9 s");
    }

    /** When twistd stops its service tree (Part 16), then the server's row marks where its port stopped listening. */
    @Test
    void part16_serverRowMarksTheStopListening() throws Exception {
        Reading reading = ReactorRuns.read("part16-1-start-stop-order");
        ReactorPicture picture = picture(reading);

        List<ReactorPicture.Mark> marks = picture.groups().stream()
                .flatMap(g -> g.rows().stream())
                .filter(r -> r.title().startsWith("port 10000"))
                .flatMap(r -> shapes(r, ReactorPicture.Mark.class).stream())
                .toList();

        assertThat(marks)
                .extracting(ReactorPicture.Mark::text)
                .startsWith("listen")
                .contains("stopListening");
        assertThat(marks)
                .filteredOn(m -> m.text().equals("stopListening"))
                .singleElement()
                .extracting(ReactorPicture.Mark::index)
                .isEqualTo(reading.reactor().servers().get(0).stoppedIndex());
    }

    /** When Part 2's servers and clients run, then each server's sends and each connection's byte arrivals are drawn, and the async client's select wake-ups. */
    @Test
    void part2_serversSendClientsReceiveSelectWakes() throws Exception {
        ReactorPicture picture = picture(ReactorRuns.read("part2-1-book-servers"));

        ReactorPicture.Row server =
                picture.group("server 10000 for async").rows().get(0);
        assertThat(server.title()).startsWith("port 10000: ecstasy");
        assertThat(shapes(server, ReactorPicture.Bar.class)).isNotEmpty().allMatch(b -> b.look() == Look.SEND);
        ReactorPicture.Row connection = row(picture, "async", "connection c2 to port 10000");
        assertThat(shapes(connection, ReactorPicture.Bar.class))
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.look()).isEqualTo(Look.READ));
        assertThat(shapes(row(picture, "async", "reactor"), ReactorPicture.Mark.class))
                .anySatisfy(m -> assertThat(m.look()).isEqualTo(Look.WAKE));
    }

    /** When Part 3's three countdowns run, then each countdown's timed calls are a row of their own, not one "program" row. */
    @Test
    void part3_eachCountdownHasItsOwnRow() throws Exception {
        ReactorPicture picture = picture(ReactorRuns.read("part3-1-three-countdowns"));

        assertThat(picture.group("program").rows())
                .extracting(ReactorPicture.Row::title)
                .contains("reactor", "timed call A.count", "timed call B.count", "timed call C.count");
        assertThat(shapes(row(picture, "program", "reactor"), ReactorPicture.Mark.class))
                .filteredOn(m -> m.look() == Look.TRIGGER)
                .hasSize(3);
    }

    /** When Part 8's blocking callback holds the reactor, then the thread row shows the sleeps, and the tick due at 1 s shows as run 10.5 s late. */
    @Test
    void part8_deferBlock_threadHeldAndTheTimerLate() throws Exception {
        Reading reading = ReactorRuns.read("part8-1-defer-block");
        ReactorPicture picture = picture(reading);

        List<ReactorPicture.Span> held = shapes(row(picture, "program", "thread"), ReactorPicture.Span.class);
        assertThat(held).extracting(ReactorPicture.Span::text).contains("time.sleep(0.6)", "time.sleep(2)");
        ReactorPicture.Row tick = row(picture, "program", "timed call tick");
        ReactorPicture.Span late = shapes(tick, ReactorPicture.Span.class).stream()
                .filter(s -> s.look() == Look.LATE)
                .findFirst()
                .orElseThrow();
        assertThat(late.text()).isEqualTo("10.5 s late");
        assertThat(shapes(tick, ReactorPicture.Mark.class))
                .extracting(ReactorPicture.Mark::look)
                .contains(Look.DUE, Look.RAN);
        ReactorPicture.Span sleep2 = held.stream()
                .filter(s -> s.text().equals("time.sleep(2)"))
                .findFirst()
                .orElseThrow();
        ReactorPicture.Span sleep04 = held.stream()
                .filter(s -> s.text().equals("time.sleep(0.4)"))
                .findFirst()
                .orElseThrow();
        assertThat((sleep2.to() - sleep2.from()) / (sleep04.to() - sleep04.from()))
                .isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
