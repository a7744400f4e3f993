package deferredsim.gui.reactor;

/** How a part of the reactor picture is drawn: each a colour and a shape the legend explains. */
public enum Look {
    /** A task on the CPU (Part 1). */
    CPU("on the CPU"),
    /** A task waiting for I/O (Part 1). */
    WAIT("waiting for I/O"),
    /** A task ready to run, with no CPU free (Part 1). */
    READY("ready, no CPU"),
    /** The CPU idle (Part 1). */
    IDLE("CPU idle"),
    /** A process's only thread held by a sleep, CPU work or a blocking read. */
    HELD("thread held"),
    /** A reactor waiting in select, its thread free. */
    SELECT("waiting in select"),
    /** A reactor running its loop. */
    RUNNING("reactor running"),
    /** A reactor stopping, stopped, or left waiting for ever. */
    STOPPED("reactor stopped"),
    /** A timed call waiting to be due. */
    SCHEDULED("timed call scheduled"),
    /** A timed call due but not run yet: how late it is. */
    LATE("late"),
    /** When a timed call is due. */
    DUE("due"),
    /** A timed call ran. */
    RAN("ran"),
    /** A timed call was cancelled. */
    CANCELLED("cancelled"),
    /** A reactor's select returned. */
    WAKE("select wakes up"),
    /** A callWhenRunning trigger was added. */
    TRIGGER("callWhenRunning"),
    /** A function call (protocol callback, timed call, deferred callback). */
    CALL("call"),
    /** A printed line. */
    PRINT("print"),
    /** An open connection. */
    CONNECTION("connection open"),
    /** Bytes arrived in a client's hands. */
    READ("bytes read"),
    /** A server sent bytes. */
    SEND("bytes sent"),
    /** A server accepted a connection, or a client connected. */
    CONNECT("connect / accept"),
    /** A connection was refused. */
    REFUSED("refused"),
    /** A connection was closed, or a read found the end. */
    CLOSE("close / end"),
    /** An error was logged, or a process crashed. */
    ERROR("error"),
    /** A process ended. */
    EXIT("exit");

    private final String words;

    Look(String words) {
        this.words = words;
    }

    /** For the legend. */
    public String words() {
        return words;
    }
}
