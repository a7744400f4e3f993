/** Pictures of the window for slides and chats: PNG at any scale, an animated GIF of a run. */
package deferredsim.gui.export;
