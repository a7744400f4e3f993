/**
 * The Deferred Simulator's engine: scenarios, the Deferred engine and the reactor model that run
 * them, the recording of a run, its canonical trace, and its one reading (what every view shows);
 * recordings of real Twisted programs ({@code program}) and runs as code ({@code code}).
 *
 * <p>Exported: what the terminal, the window and the lessons use. Internal: the reactor model's
 * machinery (the reactor, its processes, network, poetry clients and script interpreter) and the
 * engine's clock, reached only through {@code reactor.scenario} and {@code engine}.
 */
module deferredsim.core {
    exports deferredsim.core.code;
    exports deferredsim.core.engine;
    exports deferredsim.core.io;
    exports deferredsim.core.json;
    exports deferredsim.core.launch;
    exports deferredsim.core.load;
    exports deferredsim.core.program;
    exports deferredsim.core.reactor.event;
    exports deferredsim.core.reactor.scenario;
    exports deferredsim.core.reading;
    exports deferredsim.core.recording;
    exports deferredsim.core.scenario;
    exports deferredsim.core.share;
    exports deferredsim.core.time;
    exports deferredsim.core.trace;
    exports deferredsim.core.value;
}
