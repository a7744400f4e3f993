package deferredsim.cli.repl;

/** The keys a command reads: none once its {@link CommandRunner.Gate} is closed (it was stopped). */
final class GatedKeys implements Keys {
    private final Keys keys;
    private final CommandRunner.Gate gate;

    GatedKeys(Keys keys, CommandRunner.Gate gate) {
        this.keys = keys;
        this.gate = gate;
    }

    @Override
    public int read() {
        gate.check();
        int key = keys.read();
        gate.check();
        return key;
    }
}
