package deferredsim.cli.classic;

import static deferredsim.cli.classic.Steps.bad;
import static deferredsim.cli.classic.Steps.callback;
import static deferredsim.cli.classic.Steps.errback;
import static deferredsim.cli.classic.Steps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicRendererTest {
    /** {@code f googly p}, with the firings written out by hand as the engine would record them. */
    private static final ClassicSnapshot F_GOOGLY_P = new ClassicSnapshot(
            List.of(new PairSpec(new MemberSpec.Fail("googly"), MemberSpec.passthru())),
            new Firing(ok("initial"), List.of(callback(0, ok("initial"), bad("googly"))), bad("googly")),
            new Firing(bad("initial"), List.of(errback(0, bad("initial"), bad("initial"))), bad("initial")));

    // When the snapshot of the instructions' example 'f googly p' is drawn wide, then it is the original's text.
    @Test
    void wide_instructionsExample_matchesOriginal() {
        assertThat(ClassicRenderer.wide(F_GOOGLY_P))
                .isEqualTo(ClassicCorpus.named("f-googly-p").wide());
    }

    // When the snapshot of 'f googly p' is drawn narrow, then it is the original's text.
    @Test
    void narrow_instructionsExample_matchesOriginal() {
        assertThat(ClassicRenderer.narrow(F_GOOGLY_P))
                .isEqualTo(ClassicCorpus.named("f-googly-p").narrow());
    }

    // If a diagram is drawn in either layout, then no line ends in a space and the last line is not blank.
    @Test
    void render_anyLayout_hasNoTrailingSpacesOrBlankLastLine() {
        for (List<String> lines : List.of(ClassicRenderer.wide(F_GOOGLY_P), ClassicRenderer.narrow(F_GOOGLY_P))) {
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
            assertThat(lines.get(lines.size() - 1)).isNotBlank();
        }
    }

    // When a failure is handled by an errback that returns a value, then the arrow crosses back to the callback column.
    @Test
    void narrow_errbackRecovers_arrowCrossesToCallbackColumn() {
        ClassicSnapshot snapshot = new ClassicSnapshot(
                List.of(new PairSpec(MemberSpec.passthru(), new MemberSpec.Return("fine"))),
                new Firing(ok("initial"), List.of(callback(0, ok("initial"), ok("initial"))), ok("initial")),
                new Firing(bad("initial"), List.of(errback(0, bad("initial"), ok("fine"))), ok("fine")));

        List<String> lines = ClassicRenderer.narrow(snapshot);

        assertThat(lines.subList(lines.size() - 4, lines.size()))
                .containsExactly(
                        "                            |", "        |-------------------|", "       \\|/", "       fine");
    }

    // When the engine's values include a string ending in '*', then it is drawn in the callback column, unlike a
    // failure.
    @Test
    void narrow_stringWithStar_staysInCallbackColumn() {
        ClassicSnapshot snapshot = new ClassicSnapshot(
                List.of(new PairSpec(new MemberSpec.Return("a*"), MemberSpec.passthru())),
                new Firing(ok("initial"), List.of(callback(0, ok("initial"), ok("a*"))), ok("a*")),
                new Firing(bad("initial"), List.of(errback(0, bad("initial"), bad("initial"))), bad("initial")));

        List<String> lines = ClassicRenderer.narrow(snapshot);

        assertThat(lines).contains("        a*").doesNotContain("                          a*");
    }

    // When a value is longer than the original allows, then every box widens and the arrows stay in the boxes' middle.
    @Test
    void narrow_longValue_widensBoxesAndCentresArrows() {
        List<String> lines = ClassicRenderer.narrow(GeometryTest.returning("abcdefghijkl"));

        assertThat(lines)
                .contains(
                        "------------------------  ------------------------",
                        "| return abcdefghijkl  |  |       passthru       |",
                        "|     abcdefghijkl     |",
                        "          \\|/",
                        "      abcdefghijkl");
    }
}
