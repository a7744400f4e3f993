package deferredsim.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical form of every kind of value, and of values nested far deeper than a Java stack could recurse. */
class ValueRenderingTest {
    // When each kind of value is rendered, then it reads as the contract's table says.
    @Test
    void render_eachKind_asTheContractSays() {
        Failure bad = Failure.raised("b");
        assertThat(Value.text("a").render()).isEqualTo("a");
        assertThat(Value.NONE.render()).isEqualTo("None");
        assertThat(bad.render()).isEqualTo("b*");
        assertThat(Failure.cancelled().render()).isEqualTo("CancelledError*");
        assertThat(new ListResult(
                                List.of(new ListResult.Entry(true, Value.text("a")), new ListResult.Entry(false, bad)))
                        .render())
                .isEqualTo("[(True, a), (False, b*)]");
        assertThat(new ListResult(List.of()).render()).isEqualTo("[]");
        assertThat(new FiredFirst(Value.text("a"), 0).render()).isEqualTo("(a, 0)");
        assertThat(Failure.firstError(bad, 1).render()).isEqualTo("FirstError(b*, 1)*");
        assertThat(new Gathered(List.of(Value.text("a"), Value.text("b"))).render())
                .isEqualTo("[a, b]");
        assertThat(new Gathered(List.of()).render()).isEqualTo("[]");
    }

    // When values are nested 100,000 deep in each composite kind, then they render without recursion, to the exact
    // text.
    @Test
    void render_nestedHundredThousandDeep_rendersWithoutRecursion() {
        int depth = 100_000;
        Value list = Value.text("v");
        Value gathered = Value.text("v");
        Value first = Value.text("v");
        Failure firstError = Failure.raised("x");
        for (int i = 0; i < depth; i++) {
            list = new ListResult(List.of(new ListResult.Entry(i % 2 == 0, list)));
            gathered = new Gathered(List.of(gathered, Value.NONE));
            first = new FiredFirst(first, i % 10);
            firstError = Failure.firstError(firstError, 1);
        }

        String renderedList = list.render();
        assertThat(renderedList)
                .hasSize(depth * "[(True, )]".length() + 1 + depth / 2)
                .startsWith("[(False, [(True, ");
        assertThat(gathered.render())
                .startsWith("[[[")
                .contains("[[v, None], None]")
                .endsWith("None], None]");
        assertThat(first.render())
                .startsWith("((((")
                .contains("(v, 0), 1), 2), 3)")
                .endsWith(", 7), 8), 9)");
        assertThat(firstError.render())
                .startsWith("FirstError(FirstError(")
                .contains("FirstError(x*, 1)*, 1)*")
                .endsWith(", 1)*, 1)*")
                .hasSize(depth * "FirstError(*, 1)".length() + "x*".length());
    }
}
