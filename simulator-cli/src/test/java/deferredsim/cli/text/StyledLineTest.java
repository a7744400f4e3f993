package deferredsim.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyledLineTest {
    // When a line is built from styled runs, then text() is the plain text and the spans cover exactly the styled runs.
    @Test
    void builder_styledRuns_keepsPlainTextAndSpans() {
        StyledLine line = StyledLine.builder()
                .append("t=2", Style.TIME)
                .append(" fires ")
                .append("bad*", Style.FAILURE_VALUE)
                .build();

        assertThat(line.text()).isEqualTo("t=2 fires bad*");
        assertThat(line.spans())
                .containsExactly(
                        new StyledLine.Span(0, 3, Style.TIME), new StyledLine.Span(10, 14, Style.FAILURE_VALUE));
        assertThat(line.styleAt(1)).contains(Style.TIME);
        assertThat(line.styleAt(5)).isEmpty();
    }

    // When two adjacent runs have the same style, then they become one span.
    @Test
    void builder_adjacentRunsOfOneStyle_mergeIntoOneSpan() {
        StyledLine line = StyledLine.builder()
                .append("ab", Style.MUTED)
                .append("cd", Style.MUTED)
                .build();

        assertThat(line.spans()).containsExactly(new StyledLine.Span(0, 4, Style.MUTED));
    }

    // If spans overlap or reach past the text, then of() refuses them.
    @Test
    void of_overlappingSpans_throws() {
        List<StyledLine.Span> overlapping =
                List.of(new StyledLine.Span(0, 3, Style.MUTED), new StyledLine.Span(2, 4, Style.TIME));

        assertThatThrownBy(() -> StyledLine.of("abcd", overlapping)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StyledLine.of("ab", List.of(new StyledLine.Span(0, 3, Style.MUTED))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // When a line is sliced, then the slice keeps the styles of the characters it keeps, shifted to its start.
    @Test
    void slice_acrossSpans_shiftsAndClipsSpans() {
        StyledLine line = StyledLine.builder()
                .append("abc", Style.CALLBACK)
                .append("def")
                .append("gh", Style.ERRBACK)
                .build();

        StyledLine slice = line.slice(2, 7);

        assertThat(slice.text()).isEqualTo("cdefg");
        assertThat(slice.spans())
                .containsExactly(new StyledLine.Span(0, 1, Style.CALLBACK), new StyledLine.Span(4, 5, Style.ERRBACK));
        assertThat(line.slice(5, 100).text()).isEqualTo("fgh");
    }

    // When two lines have the same text and spans, then they are equal, and toString() is the plain text.
    @Test
    void equals_sameTextAndSpans_isEqualAndPrintsPlainText() {
        assertThat(StyledLine.of("x", Style.ACTIVE)).isEqualTo(StyledLine.of("x", Style.ACTIVE));
        assertThat(StyledLine.of("x", Style.ACTIVE)).isNotEqualTo(StyledLine.plain("x"));
        assertThat(StyledLine.of("x", Style.ACTIVE)).hasToString("x");
    }

    // When a line is appended to another, then the spans of the second are moved past the first's text.
    @Test
    void append_twoStyledLines_offsetsTheSecondsSpans() {
        StyledLine line = StyledLine.of("ab", Style.TIME).append(StyledLine.of("cd", Style.WARNING));

        assertThat(line.text()).isEqualTo("abcd");
        assertThat(line.styleAt(2)).contains(Style.WARNING);
        assertThat(line.has(Style.TIME)).isTrue();
    }
}
