/**
 * The terminal: the prompt (JLine), the classic and scenario diagrams, stepping, traces and
 * exports. A program, not a library: it exports nothing.
 */
@SuppressWarnings("requires-automatic") // JLine names its module in its manifest (org.jline)
module deferredsim.cli {
    requires deferredsim.lessons;
    requires org.jline;
    requires jdk.unsupported; // sun.misc.Signal: Ctrl-C during 'record' keeps the recording
}
