/**
 * Share lines: a whole scenario (either format) as one line of text to paste into a chat, a
 * prompt or the window, and back.
 */
package deferredsim.core.share;
