package deferredsim.lessons.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineTest {
    // When text has code, emphasis, strong and a link, then each becomes a span of its style.
    @Test
    void spans_splitStyles() {
        assertThat(Inline.spans("call `d.callback(x)` *now*, **once**, see [docs](http://x)"))
                .containsExactly(
                        new Inline.Span(Inline.Style.PLAIN, "call ", null),
                        new Inline.Span(Inline.Style.CODE, "d.callback(x)", null),
                        new Inline.Span(Inline.Style.PLAIN, " ", null),
                        new Inline.Span(Inline.Style.EMPHASIS, "now", null),
                        new Inline.Span(Inline.Style.PLAIN, ", ", null),
                        new Inline.Span(Inline.Style.STRONG, "once", null),
                        new Inline.Span(Inline.Style.PLAIN, ", see ", null),
                        new Inline.Span(Inline.Style.LINK, "docs", "http://x"));
    }

    // When a failure value like b* stands in plain text, then its star is kept, not read as emphasis.
    @Test
    void plain_failureStar_isKept() {
        assertThat(Inline.plain("it holds b*, then c* after")).isEqualTo("it holds b*, then c* after");
    }

    // When text has markup, then plain keeps code in backticks, drops emphasis marks, and spells out links.
    @Test
    void plain_rendersMarkupAsText() {
        assertThat(Inline.plain("*a* **b** `c` [d](e) \\*f")).isEqualTo("a b `c` d (e) *f");
    }

    // When a backtick is never closed, then it stays as a character.
    @Test
    void plain_unclosedBacktick_staysText() {
        assertThat(Inline.plain("a ` b")).isEqualTo("a ` b");
    }
}
