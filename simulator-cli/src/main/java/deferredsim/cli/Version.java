package deferredsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code deferred-sim --version}: the program's version, what it models and the Java it runs on. */
final class Version {
    private static final String RESOURCE = "version.properties";

    private Version() {}

    /**
     * The version line, e.g. {@code deferred-sim 0.1.0-SNAPSHOT (Twisted 22.4 semantics, trace
     * contract v1.1; Java 25.0.1)}; the version is {@code unknown} when the build left no record.
     */
    static String line() {
        return "deferred-sim " + number() + " (Twisted 22.4 semantics, trace contract v1.1; Java " + Runtime.version()
                + ")";
    }

    /** The project version Maven wrote into {@value #RESOURCE}, or {@code unknown}. */
    static String number() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException | IllegalArgumentException unreadable) {
            return "unknown";
        }
    }
}
