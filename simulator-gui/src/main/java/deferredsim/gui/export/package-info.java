/**
 * Pictures of the window for slides and chats: PNG at any scale, an animated GIF of a run, and the
 * code-drawn views whole as SVG.
 */
package deferredsim.gui.export;
