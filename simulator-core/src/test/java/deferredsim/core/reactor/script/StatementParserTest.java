package deferredsim.core.reactor.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import deferredsim.core.time.Time;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link StatementParser} reads program statements and {@link Template} fills them in. */
class StatementParserTest {
    // If a statement takes the rest of the line as text, then quotes around it are dropped and spaces kept.
    @Test
    void parse_textStatements() throws StatementSyntaxException {
        assertThat(StatementParser.parse("print Starting the reactor."))
                .isEqualTo(new Statement.Print(new Template("Starting the reactor."), false));
        assertThat(StatementParser.parse("print >>sys.stderr, 'I am terribly sorry'"))
                .isEqualTo(new Statement.Print(new Template("I am terribly sorry"), true));
        assertThat(StatementParser.parse("d.callback 'First result'"))
                .isEqualTo(new Statement.Fire("d", false, new Template("First result")));
        assertThat(StatementParser.parse("return")).isEqualTo(new Statement.Return(null));
    }

    // If a callable takes arguments, then each word (or quoted phrase) is one argument.
    @Test
    void parse_callablesWithArguments() throws StatementSyntaxException {
        assertThat(StatementParser.parse("call = reactor.callLater 1.5 d.callback 'a poem' x"))
                .isEqualTo(new Statement.CallLater(
                        "call",
                        Time.ofSeconds(new java.math.BigDecimal("1.5")),
                        new Ref("d", "callback"),
                        List.of(new Template("a poem"), new Template("x"))));
        assertThat(StatementParser.parse("d.addErrback report localhost 10004"))
                .isEqualTo(new Statement.AddCallbacks(
                        "d",
                        Statement.AddKind.ERRBACK,
                        null,
                        new Ref("report", null),
                        List.of(new Template("localhost"), new Template("10004"))));
        assertThat(StatementParser.parse("poem_done"))
                .isEqualTo(new Statement.Invoke(new Ref("poem_done", null), List.of()));
    }

    // If a LoopingCall starts without calling at once, then now=False is read.
    @Test
    void parse_loopingCallStart() throws StatementSyntaxException {
        assertThat(StatementParser.parse("d = lc.start 2 now=False"))
                .isEqualTo(new Statement.StartLoop("d", "lc", Time.ofSeconds(2), false));
        assertThat(StatementParser.parse("lc.stop")).isEqualTo(new Statement.Method("lc", "stop"));
    }

    // If get_poetry has the wrong shape, then the message names both client forms.
    @Test
    void parse_rejectsGetPoetryWithoutCallbackOrVariable() {
        StatementSyntaxException broken =
                catchThrowableOfType(StatementSyntaxException.class, () -> StatementParser.parse("get_poetry 10000"));

        assertThat(broken)
                .hasMessage("expected get_poetry PORT CALLBACK [ERRBACK] (client 3.x), or D = get_poetry PORT (client"
                        + " 4.0)");
        assertThat(broken.index()).isEqualTo(16);
    }

    // If a quote is not closed, then the index is at the opening quote.
    @Test
    void parse_rejectsAnOpenQuote() {
        StatementSyntaxException broken = catchThrowableOfType(
                StatementSyntaxException.class, () -> StatementParser.parse("reactor.callWhenRunning f 'abc"));

        assertThat(broken.index()).isEqualTo(26);
    }

    // If a template is one placeholder, then it stands for the argument itself; otherwise arguments are formatted into
    // text.
    @Test
    void template_placeholders() {
        Failure failure = Failure.raised("x");

        assertThat(new Template("{0}").evaluate(List.of(failure))).isEqualTo(failure);
        assertThat(new Template("failed: {0} at {1}").evaluate(List.of(failure, Value.text("h"))))
                .isEqualTo(Value.text("failed: [Failure instance: x] at h"));
        assertThat(new Template("None").evaluate(List.of())).isEqualTo(Value.NONE);
        assertThat(new Template("{2}").highestPlaceholder()).isEqualTo(2);
    }
}
