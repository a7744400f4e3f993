package deferredsim.cli;

/** The {@code --help} text. */
final class Usage {
    private Usage() {}

    static final String TEXT = String.join(
            "\n",
            "Usage: deferred-sim [--narrow] [FILE.json]   simulate in the terminal",
            "       deferred-sim trace FILE.json          print a scenario's canonical trace",
            "       deferred-sim trace --batch DIR        traces of every DIR/*.json, one JVM",
            "       deferred-sim export python FILE.json  a Twisted script that prints the same trace",
            "       deferred-sim export text FILE.json    the run told in sentences",
            "       deferred-sim gui [FILE.json]          open the window",
            "       deferred-sim record SCRIPT.py [ARGS...] [-o FILE]",
            "                                             run a Twisted program and record its Deferreds",
            "",
            "With standard input piped, deferred-sim reads pair lines (CALLBACK ERRBACK, each",
            "return V, fail V or passthru, any prefix) up to a blank line and prints only the",
            "classic diagram; --narrow prints the one-column layout.",
            "");
}
