/** The canonical JSON-Lines trace of a recording, exactly as the conformance corpus writes it. */
package deferredsim.core.trace;
