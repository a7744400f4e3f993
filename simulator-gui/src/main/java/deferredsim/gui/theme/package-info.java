/**
 * The window's two looks: {@link deferredsim.gui.theme.Theme} picks a style sheet for the controls
 * and a {@link deferredsim.gui.theme.Palette} for what the lanes and the timeline draw in code,
 * so both follow the same light or dark choice.
 */
package deferredsim.gui.theme;
