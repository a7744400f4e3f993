package deferredsim.cli.repl;

/** Reads single key presses for stepping; a line-based fallback reads whole lines. */
interface Keys {
    /** Sentinel for the end of input. */
    int EOF = -1;

    /**
     * Waits for the next key and returns its character (or {@link #EOF}); arrow keys come back as
     * 'n' (right/down) and 'b' (left/up).
     */
    int read();
}
