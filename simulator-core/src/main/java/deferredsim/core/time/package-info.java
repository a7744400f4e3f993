/**
 * Virtual time: {@link deferredsim.core.time.Time} holds seconds exactly as nanosecond ticks, so
 * scenario times add up without float error and print in the canonical trace form.
 */
package deferredsim.core.time;
