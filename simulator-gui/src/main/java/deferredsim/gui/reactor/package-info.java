/**
 * The view of a reactor-model run (the {@code reactor-scenario/1} files of Parts 1–8) shown in place
 * of the lanes: one row per event of the recording up to the playhead, with its time, the process
 * it belongs to and its trace text, so the transport controls step through the run.
 */
package deferredsim.gui.reactor;
