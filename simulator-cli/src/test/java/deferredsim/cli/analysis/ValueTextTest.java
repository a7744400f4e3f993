package deferredsim.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.value.Failure;
import deferredsim.core.value.FiredFirst;
import deferredsim.core.value.Gathered;
import deferredsim.core.value.ListResult;
import deferredsim.core.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTextTest {
    // When a string and None are shown, then the string is quoted and None is not, so they look different.
    @Test
    void of_quotesStringsButNotNone() {
        assertThat(ValueText.of(Value.text("None"))).isEqualTo("'None'");
        assertThat(ValueText.of(Value.NONE)).isEqualTo("None");
    }

    // When failures are shown, then they are the exception and a star, FirstError with its quoted sub-failure.
    @Test
    void of_showsFailuresWithAStar() {
        assertThat(ValueText.of(Failure.raised("bad"))).isEqualTo("bad*");
        assertThat(ValueText.of(Failure.cancelled())).isEqualTo("CancelledError*");
        assertThat(ValueText.of(Failure.firstError(Failure.raised("two"), 1))).isEqualTo("FirstError(two*, 1)*");
    }

    // When list results are shown, then they use Python's notation with quoted strings.
    @Test
    void of_showsListResultsInPythonNotation() {
        Value list = new ListResult(
                List.of(new ListResult.Entry(true, Value.text("a")), new ListResult.Entry(false, Failure.raised("b"))));

        assertThat(ValueText.of(list)).isEqualTo("[(True, 'a'), (False, b*)]");
        assertThat(ValueText.of(new FiredFirst(Value.text("a"), 0))).isEqualTo("('a', 0)");
        assertThat(ValueText.of(new Gathered(List.of(Value.text("a"), Value.NONE))))
                .isEqualTo("['a', None]");
    }

    // If a value holds quotes, backslashes or terminal control characters, then they are escaped.
    @Test
    void quote_escapesQuotesBackslashesAndControlCharacters() {
        assertThat(ValueText.quote("it's\\\u001b[2J\n\u2028")).isEqualTo("'it\\'s\\\\\\x1b[2J\\n\\u2028'");
    }

    // When a name is made printable, then only characters that do not print are escaped.
    @Test
    void printable_escapesOnlyWhatDoesNotPrint() {
        assertThat(ValueText.printable("caf\u00e9\\'\u0007\ud83d\ude00")).isEqualTo("caf\u00e9\\'\\x07\ud83d\ude00");
        assertThat(ValueText.printable("\ud83d")).isEqualTo("\\ud83d");
    }
}
