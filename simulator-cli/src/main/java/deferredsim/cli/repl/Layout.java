package deferredsim.cli.repl;

/** The classic layouts. */
enum Layout {
    AUTO,
    WIDE,
    NARROW
}
