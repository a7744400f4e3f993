/**
 * Lesson Markdown for views: {@link deferredsim.lessons.text.Markdown} splits it into {@link
 * deferredsim.lessons.text.Block}s and {@link deferredsim.lessons.text.Inline} into styled spans
 * (what a window needs to build its own nodes); {@link deferredsim.lessons.text.TerminalText}
 * renders it as plain, word-wrapped terminal lines. Pure Java, no terminal library.
 */
package deferredsim.lessons.text;
