/**
 * What the code-drawn views (lanes, timeline, reactor picture) share: scrolling their
 * viewport-sized canvases, and the {@link deferredsim.gui.canvas.Pen} their painters draw with, on
 * a canvas ({@link deferredsim.gui.canvas.CanvasPen}) or into an SVG document ({@link
 * deferredsim.gui.canvas.SvgPen}), so the window and the SVG export draw with the same code.
 */
package deferredsim.gui.canvas;
