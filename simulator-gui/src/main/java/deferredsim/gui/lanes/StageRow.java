package deferredsim.gui.lanes;

/**
 * One pair of a deferred's chain as the lanes draw it: the callback and errback texts as the
 * scenario wrote them, and, for a pair added by an {@code add} action, when ({@code addedAt},
 * else null).
 */
public record StageRow(int stage, String callback, String errback, String addedAt) {}
