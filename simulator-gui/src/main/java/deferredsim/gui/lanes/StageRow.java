package deferredsim.gui.lanes;

/**
 * One pair of a deferred's chain as the lanes draw it: the callback and errback texts as the
 * scenario (or the reading's record of {@code addCallbacks}) wrote them, and, for a pair added
 * after the deferred was made, when ({@code addedAt}, e.g. {@code t=2}; else null).
 */
public record StageRow(int stage, String callback, String errback, String addedAt) {}
