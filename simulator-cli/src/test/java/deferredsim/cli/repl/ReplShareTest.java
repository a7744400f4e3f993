package deferredsim.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplShareTest {
    private static final Pattern LINE = Pattern.compile("dsim1:[A-Za-z0-9_-]+");

    @TempDir
    Path home;

    // When share prints a line and another session loads it, then that session has the same chain, firing and actions.
    @Test
    void share_thenLoadInAnotherSession_rebuildsTheSameScenario() throws Exception {
        Path a = home.resolve("a.json");
        Path b = home.resolve("b.json");
        String first = ReplSession.type(
                home, "r good f bad\nf googly p\nfire errback boom after 2\nat 3 cancel d\nshare\nsave " + a + "\n");
        String line = shareLineIn(first);

        String second = ReplSession.type(home, "load " + line + "\nsave " + b + "\n");

        assertThat(second).contains("loaded the share line: 1 deferred(s), 1 action(s)");
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
    }

    // When the session starts from a share line (deferred-sim LINE), then the scenario is loaded at the prompt.
    @Test
    void start_withShareLine_loadsIt() {
        String line = shareLineIn(ReplSession.type(home, "r x p\nshare\n"));

        String screen = ReplSession.type(home, "list\n", 200, line);

        assertThat(screen).contains("loaded the share line", "return x");
    }

    // If a loaded share line is damaged, then the message says so and what was there stays.
    @Test
    void load_damagedLine_keepsTheBench() {
        String screen = ReplSession.type(home, "r kept p\nload dsim1:AAAA*\nlist\n");

        assertThat(screen).contains("the share line: not a share line: it has '*'", "return kept");
    }

    private static String shareLineIn(String screen) {
        Matcher found = LINE.matcher(screen);
        assertThat(found.find()).as("a share line in:\n" + screen).isTrue();
        return found.group();
    }
}
