package deferredsim.core.reactor.service;

import deferredsim.core.engine.Deferred;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Twisted's {@code MultiService}: a service holding children. It passes {@code
 * privilegedStartService} and {@code startService} on to them in the order they were added, and
 * stops them in reverse order, returning a {@code DeferredList} of what each {@code stopService}
 * returned (through {@code maybeDeferred}: a plain return becomes an already-fired Deferred), so
 * it has stopped only when every child has.
 */
public class MultiService extends Service {
    private final List<Service> children = new ArrayList<>();

    public MultiService(String name) {
        super(name);
    }

    /** {@code child.setServiceParent(this)}: adds it last. */
    public void addService(Service child) {
        children.add(child);
    }

    /** The children, in the order they were added. */
    public List<Service> children() {
        return List.copyOf(children);
    }

    @Override
    public void privilegedStartService(Twistd twistd) {
        for (Service child : children) {
            twistd.privilegedStart(child);
        }
    }

    @Override
    public void startService(Twistd twistd) {
        super.startService(twistd);
        for (Service child : children) {
            twistd.start(child);
        }
    }

    @Override
    public Deferred stopService(Twistd twistd) {
        super.stopService(twistd);
        List<Service> reversed = new ArrayList<>(children);
        Collections.reverse(reversed);
        List<Deferred> stopped = new ArrayList<>();
        for (Service child : reversed) {
            stopped.add(twistd.maybeDeferredStop(child));
        }
        return twistd.deferredList(name() + "_stopped", stopped, name() + ".stopService");
    }
}
