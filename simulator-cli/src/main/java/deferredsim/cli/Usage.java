package deferredsim.cli;

/** The {@code --help} text. */
final class Usage {
    private Usage() {}

    static final String TEXT = String.join(
            "\n",
            "Usage: deferred-sim [--narrow] [FILE.json]   simulate in the terminal",
            "       deferred-sim [--narrow] SHARE-LINE    open a shared scenario (dsim1:...)",
            "       deferred-sim trace FILE.json          print a scenario's canonical trace",
            "       deferred-sim trace --batch DIR        traces of every DIR/*.json, one JVM",
            "                  [--jsonl]                  (pure JSON Lines, each naming its file)",
            "       deferred-sim export python FILE.json  a Twisted script that prints the same trace",
            "       deferred-sim export text FILE.json    the run told in sentences",
            "       deferred-sim share FILE.json          print the scenario as one line to share",
            "       deferred-sim gui [FILE.json]          open the window",
            "       deferred-sim record SCRIPT.py [ARGS...] [-o FILE]",
            "                                             run a Twisted program and record its Deferreds",
            "       deferred-sim --version                the version, and what it models",
            "",
            "With standard input piped, deferred-sim reads pair lines (CALLBACK ERRBACK, each",
            "return V, fail V or passthru, any prefix) up to a blank line and prints only the",
            "classic diagram; --narrow prints the one-column layout.",
            "FILE - reads the scenario from standard input; -- ends the options (for file names",
            "starting with -).",
            "");
}
