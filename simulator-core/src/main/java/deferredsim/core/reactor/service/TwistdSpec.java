package deferredsim.core.reactor.service;

import deferredsim.core.time.Time;
import java.util.List;
import java.util.Objects;

/**
 * {@code twistd} running an application named {@code application} whose top service holds {@code
 * services}; Ctrl-C ({@code SIGINT}) arrives at {@code sigint} (null: never).
 */
public record TwistdSpec(String application, List<ServiceSpec> services, Time sigint) {
    public TwistdSpec {
        Objects.requireNonNull(application, "application");
        services = List.copyOf(services);
    }

    /** Its process name. */
    public static final String WHO = "twistd";
}
