/**
 * A tiny styled-text model for the terminal's diagrams, free of any terminal library.
 *
 * <p>Renderers produce {@link deferredsim.cli.text.StyledLine}s: plain text plus spans of semantic
 * {@link deferredsim.cli.text.Style}s (callback, errback, failure value, the active element, ...),
 * usually by drawing on a {@link deferredsim.cli.text.StyledCanvas}. The REPL turns styles into
 * colours only when the terminal has them, so the text alone must carry the meaning: markers such
 * as {@code >} and {@code =>} go with every style that matters.
 */
package deferredsim.cli.text;
