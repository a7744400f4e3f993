package deferredsim.cli.classic;

import static deferredsim.cli.classic.Steps.bad;
import static deferredsim.cli.classic.Steps.callback;
import static deferredsim.cli.classic.Steps.errback;
import static deferredsim.cli.classic.Steps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.PairSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryTest {
    // When every value has at most seven characters, then the boxes keep the original width of 18.
    @Test
    void fitting_sevenCharacterValues_keepsOriginalWidth() {
        assertThat(Geometry.fitting(returning("abcdefg")).boxWidth()).isEqualTo(Geometry.ORIGINAL_BOX_WIDTH);
    }

    // When a caption is too long for the original boxes, then they widen to keep a space each side, rounded up to even.
    @Test
    void fitting_longCaption_widensToEvenWidth() {
        // 'return abcdefgh' is 15 characters: 15 + 2 spaces + 2 borders = 19, rounded up to 20.
        assertThat(Geometry.fitting(returning("abcdefgh")).boxWidth()).isEqualTo(20);
    }

    // If a box width is odd or narrower than the original, then the geometry is refused.
    @Test
    void geometry_oddWidth_isRefused() {
        assertThatThrownBy(() -> new Geometry(19)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The snapshot of one pair {@code return VALUE passthru}, fired both ways. */
    static ClassicSnapshot returning(String value) {
        return new ClassicSnapshot(
                List.of(new PairSpec(new MemberSpec.Return(value), MemberSpec.passthru())),
                new Firing(ok("initial"), List.of(callback(0, ok("initial"), ok(value))), ok(value)),
                new Firing(bad("initial"), List.of(errback(0, bad("initial"), bad("initial"))), bad("initial")));
    }
}
