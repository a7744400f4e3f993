/**
 * What the code-drawn views (lanes, timeline, reactor picture) share about scrolling their
 * viewport-sized canvases.
 */
package deferredsim.gui.canvas;
