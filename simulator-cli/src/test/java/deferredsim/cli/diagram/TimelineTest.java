package deferredsim.cli.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import deferredsim.core.recording.SimEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    // When the inner-deferred scenario's timeline is rendered with the marker on x's firing, then it equals the golden
    // text.
    @Test
    void render_innerDeferredFiresLater_matchesGolden() {
        Timeline timeline = Runs.corpus("inner-deferred-fires-later").timeline();

        Runs.assertGolden(Runs.texts(timeline.render(10)), "inner-deferred-fires-later.timeline.txt");
    }

    // When a timeline is rendered whole, then it has one row per event, in order.
    @Test
    void render_whole_hasOneRowPerEvent() {
        Runs.Run run = Runs.corpus("inline-yields-list-and-inline");

        assertThat(run.timeline().render(-1)).hasSize(run.recording().size());
        assertThat(run.timeline().size()).isEqualTo(run.recording().size());
    }

    // When several events happen at one time, then only the first row of that time shows it, and the final results are
    // grouped under "end".
    @Test
    void render_eventsAtOneTime_showTheTimeOnceAndEndLast() {
        List<String> rows =
                Runs.texts(Runs.corpus("inner-deferred-fires-later").timeline().render(-1));

        assertThat(rows.stream().filter(row -> row.startsWith("  t=0 "))).hasSize(1);
        assertThat(rows.stream().filter(row -> row.startsWith("  t=2 "))).hasSize(1);
        assertThat(rows.stream().filter(row -> row.startsWith("  end "))).hasSize(1);
        assertThat(rows.get(rows.size() - 2)).startsWith("  end  result  d: fired: after");
    }

    // When a marker is given, then exactly that event's row starts with => and is drawn in the active style.
    @Test
    void render_marker_marksOnlyThatRowActive() {
        Runs.Run run = Runs.corpus("inner-deferred-fires-later");
        int stage = indexOf(run, e -> e instanceof SimEvent.StageRan);
        List<StyledLine> rows = run.timeline().render(stage);

        assertThat(rows.stream().filter(row -> row.text().startsWith("=>"))).hasSize(1);
        StyledLine marked = rows.get(stage);
        assertThat(marked.text()).startsWith("=>").contains("d: cb0 → <x>");
        assertThat(marked.spans()).containsExactly(new StyledLine.Span(0, marked.length(), Style.ACTIVE));
    }

    // When a long recording is shown in a window, then at most maxRows lines come back, with the marked row and counts
    // of the rows left out.
    @Test
    void renderWindow_longRecording_showsMarkedRowWithinMaxRows() {
        Runs.Run run = Runs.mixedChain(30_000);
        int marker = run.recording().size() / 2 + 1_000;
        while (!(run.recording().get(marker) instanceof SimEvent.StageRan)) {
            marker++;
        }

        List<String> rows = Runs.texts(run.timeline().render(marker, 100, 12));

        assertThat(rows).hasSizeLessThanOrEqualTo(12);
        assertThat(rows.get(0)).matches("  \\.\\.\\. \\d+ earlier events");
        assertThat(rows.get(rows.size() - 1)).matches("  \\.\\.\\. \\d+ later events");
        int stage = ((SimEvent.StageRan) run.recording().get(marker)).stage();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("=>").containsPattern("d: [ce]b" + stage + " "));
        assertThat(rows.get(1)).startsWith("  t=0 ");
    }

    // When rows are longer than the width, then they wrap at spaces onto indented continuation lines no wider than the
    // width.
    @Test
    void renderWindow_narrowWidth_wrapsLongRows() {
        Runs.Run run = Runs.corpus("list-fire-on-one-errback");

        List<String> rows = Runs.texts(run.timeline().render(-1, 40, 100));

        assertThat(rows).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(40));
        assertThat(rows).hasSizeGreaterThan(run.recording().size());
        assertThat(rows)
                .anySatisfy(row -> assertThat(row).startsWith(" ".repeat(15)).doesNotStartWith(" ".repeat(16)));
    }

    private static int indexOf(Runs.Run run, java.util.function.Predicate<SimEvent> test) {
        for (int i = 0; i < run.recording().size(); i++) {
            if (test.test(run.recording().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }

    // If a window of less than one row is asked for, then render refuses it.
    @Test
    void renderWindow_noRows_throws() {
        Timeline timeline = Runs.corpus("chain-callback-basic").timeline();

        assertThatThrownBy(() -> timeline.render(0, 80, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
