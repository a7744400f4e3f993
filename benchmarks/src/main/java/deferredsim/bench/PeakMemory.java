package deferredsim.bench;

import deferredsim.core.engine.Simulation;
import deferredsim.core.recording.Recording;
import deferredsim.core.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Peak heap of the stress runs, against a one-stage baseline measured in the same JVM. Run:
 * {@code java -Xss4m -cp benchmarks/target/benchmarks.jar deferredsim.bench.PeakMemory}.
 */
public final class PeakMemory {
    private PeakMemory() {}

    public static void main(String[] args) {
        report("baseline: 1-stage chain", () -> Chains.mixedChain(1));
        report("1,000,000-stage chain", () -> Chains.mixedChain(1_000_000));
        report("100,000 nested inner deferreds", () -> Chains.nestedInner(100_000));
    }

    private static void report(String label, Supplier<Scenario> scenario) {
        Scenario built = scenario.get();
        System.gc();
        long before = usedHeap();
        resetPeaks();
        long start = System.nanoTime();
        Recording recording = Simulation.runOnThisThread(built);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = peakHeap() - before;
        System.out.printf(
                Locale.ROOT,
                "%-34s %,10d events  %6d ms  peak heap +%,d MiB%n",
                label,
                recording.size(),
                millis,
                Math.max(0, peak) >> 20);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
