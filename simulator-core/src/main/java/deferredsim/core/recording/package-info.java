/**
 * What a simulation records: {@link deferredsim.core.recording.SimEvent}s in a {@link
 * deferredsim.core.recording.Recording}, the single source every view reads.
 */
package deferredsim.core.recording;
