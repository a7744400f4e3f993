package deferredsim.cli.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.cli.text.Style;
import deferredsim.cli.text.StyledLine;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScenarioDiagramTest {
    // When a stage returns an inner deferred that fires later, then the inner lane starts on the row of the outer's <x>
    // arrow and its result line carries the arrow back.
    @Test
    void render_innerDeferredFiresLater_drawsInnerBesideOuterWithResumeArrow() {
        List<String> lines =
                Runs.texts(Runs.corpus("inner-deferred-fires-later").diagram().render(80));

        assertThat(lines).anySatisfy(line -> assertThat(line).matches(".*\\|  <x>  -+>   x = Deferred\\(\\)"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).matches(".*\\|<-- inner -+   fired: None \\(handed to d\\)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(":  waiting for x"));
    }

    // When the terminal is too narrow for an inner deferred beside its outer one, then the outer names it "(see below)"
    // and the inner gets a tree of its own below.
    @Test
    void render_innerTooWideToFitBeside_drawsItBelowAndSaysSo() {
        List<String> lines =
                Runs.texts(Runs.corpus("inner-deferred-fires-later").diagram().render(60));

        int pointer = indexOf(lines, "<x>  (see below)");
        int header = indexOf(lines, "   x = Deferred()");
        assertThat(pointer).isPositive();
        assertThat(header).isGreaterThan(indexOf(lines, "fired: after"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("|<-- inner from x"));
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
    }

    // When a value is longer than the terminal is wide, then the lane widens to show it whole and the first line says
    // how wide the diagram is.
    @Test
    void render_valueWiderThanTerminal_widensLaneAndSaysHowWide() {
        String value = "v".repeat(100);
        Runs.Run run = Runs.json(
                "long",
                "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\"," + " \"chain\": [[\"return "
                        + value
                        + "\", \"passthru\"]], \"fire\": {\"method\": \"callback\", \"value\": \"go\", \"after\":"
                        + " 0}}]}");

        List<String> lines = Runs.texts(run.diagram().render(80));

        int widest = lines.stream().mapToInt(String::length).max().orElse(0);
        assertThat(lines.get(0))
                .isEqualTo("(this diagram is " + run.diagram().widthFor(80)
                        + " columns wide, wider than the 80 available: widen the terminal or scroll sideways)");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("> return " + value));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("fired: " + value));
        assertThat(run.diagram().widthFor(80)).isGreaterThan(100).isLessThanOrEqualTo(widest);
    }

    // When a deferred of the scenario is never created, then a line under the lanes names it and the stage that would
    // have made it.
    @Test
    void render_unusedBranch_explainsWhyNeverCreated() {
        List<String> lines =
                Runs.texts(Runs.corpus("inner-deferred-unused-branch").diagram().render(80));

        assertThat(lines).contains("x: unused, never created (d's stage 0 errback, defer x, never ran)");
    }

    // When a stage ran, then its ran side is marked > in its side's style, the side it skipped is muted, and failures
    // and unhandled errors have their styles.
    @Test
    void render_stagesAndValues_carryTextMarkersAndStyles() {
        List<StyledLine> lines =
                Runs.corpus("chain-failure-passes-through-unhandled").diagram().render(80);

        StyledLine box = lines.stream()
                .filter(line -> line.text().contains("|") && line.text().contains(">"))
                .findFirst()
                .orElseThrow();
        int ran = box.text().indexOf('>');
        assertThat(box.styleAt(ran)).isPresent();
        assertThat(box.has(Style.MUTED)).isTrue();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line.has(Style.FAILURE_VALUE)).isTrue());
        StyledLine result = lines.stream()
                .filter(line -> line.text().contains("[unhandled error]"))
                .findFirst()
                .orElseThrow();
        assertThat(result.styleAt(result.text().indexOf("[unhandled"))).contains(Style.WARNING);
    }

    // When many top-level deferreds are drawn, then they go side by side while they fit and on in bands below, never
    // wider than the terminal.
    @Test
    void render_manyTopLevelDeferreds_laysThemOutInColumnsAndRows() {
        String deferreds = IntStream.range(0, 10)
                .mapToObj(i -> "{\"name\": \"d" + i + "\", \"chain\": [[\"return r" + i + "\", \"passthru\"]],"
                        + " \"fire\": {\"method\": \"callback\", \"value\": \"v\", \"after\": " + i + "}}")
                .collect(Collectors.joining(", "));
        Runs.Run run = Runs.json("ten", "{\"format\": \"deferred-scenario/1\", \"deferreds\": [" + deferreds + "]}");

        List<String> lines = Runs.texts(run.diagram().render(80));

        long headerRows =
                lines.stream().filter(line -> line.contains(" = Deferred()")).count();
        long headers = lines.stream()
                .mapToLong(line -> line.split(" = Deferred\\(\\)", -1).length - 1)
                .sum();
        assertThat(headers).isEqualTo(10);
        assertThat(headerRows).isGreaterThan(1).isLessThan(10);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    // If the width is less than one column, then render refuses it.
    @Test
    void render_widthBelowOne_throws() {
        ScenarioDiagram diagram = Runs.corpus("chain-callback-basic").diagram();

        assertThatThrownBy(() -> diagram.render(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    // When values hold CJK characters and emoji, then every line of a box is as wide on the screen as the others.
    @Test
    void render_wideCharactersInValues_keepTheBoxesAligned() {
        List<StyledLine> lines = Runs.json(
                        "wide",
                        "{\"format\": \"deferred-scenario/1\", \"deferreds\": [{\"name\": \"d\", \"chain\":"
                                + " [[\"return 中文中文中文\", \"fail 🎉🎉\"], [\"passthru\", \"passthru\"]],"
                                + " \"fire\": {\"method\": \"callback\", \"value\": \"開始\", \"after\": 0}}]}")
                .diagram()
                .render(120);

        List<StyledLine> borders = lines.stream()
                .filter(line -> line.text().strip().startsWith("+-"))
                .toList();
        List<StyledLine> rows = lines.stream()
                .filter(line -> line.text().strip().matches("\\d+ \\|.*\\|"))
                .toList();
        assertThat(borders).isNotEmpty();
        assertThat(rows).isNotEmpty();
        int width = borders.get(0).columns();
        assertThat(borders).allSatisfy(line -> assertThat(line.columns()).isEqualTo(width));
        assertThat(rows).allSatisfy(line -> assertThat(line.columns()).isEqualTo(width));
    }
}
