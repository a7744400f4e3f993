package deferredsim.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.engine.Deferred;
import deferredsim.core.value.Failure;
import deferredsim.core.value.Value;

/**
 * Assertions that check every observer of a deferred at once, like trial's {@code
 * successResultOf}, {@code failureResultOf} and {@code assertNoResult}. Shipped in the core's
 * test-jar for the other modules.
 */
public final class DeferredAssertions {
    private DeferredAssertions() {}

    /** {@code d} has fired, is not waiting, and holds the success {@code expected}. */
    public static void assertSucceededWith(Deferred d, String expected) {
        assertSucceededWith(d, Value.text(expected));
    }

    /** {@code d} has fired, is not waiting, and holds the success {@code expected}. */
    public static void assertSucceededWith(Deferred d, Value expected) {
        assertThat(d.isCalled()).as("%s fired", d).isTrue();
        assertThat(d.isWaiting()).as("%s waiting", d).isFalse();
        assertThat(d.result()).as("%s result", d).isEqualTo(expected);
        assertThat(d.isUnhandled()).as("%s unhandled", d).isFalse();
    }

    /** {@code d} has fired, is not waiting, and holds a failure rendered {@code rendered} (e.g. {@code bad*}). */
    public static void assertFailedWith(Deferred d, String rendered) {
        assertThat(d.isCalled()).as("%s fired", d).isTrue();
        assertThat(d.isWaiting()).as("%s waiting", d).isFalse();
        assertThat(d.result()).as("%s result", d).isInstanceOf(Failure.class);
        assertThat(d.result().render()).isEqualTo(rendered);
        assertThat(d.isUnhandled()).as("%s unhandled", d).isTrue();
    }

    /** {@code d} has not fired. */
    public static void assertNoResult(Deferred d) {
        assertThat(d.isCalled()).as("%s fired", d).isFalse();
        assertThat(d.result()).isNull();
    }
}
