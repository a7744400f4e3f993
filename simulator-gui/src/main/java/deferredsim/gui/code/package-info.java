/** The code pane: the run as code beside the lanes, the line of the current event highlighted. */
package deferredsim.gui.code;
