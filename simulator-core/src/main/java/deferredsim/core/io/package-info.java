/**
 * Reading and writing the files users own without surprises: {@link deferredsim.core.io.TextInput}
 * reads UTF-8 text within a size limit and says where a file stops being readable; {@link
 * deferredsim.core.io.AtomicFile} replaces a file's content so that a kill at any moment leaves
 * either the old or the new content, never half of one.
 */
package deferredsim.core.io;
