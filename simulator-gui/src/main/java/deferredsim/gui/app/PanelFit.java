package deferredsim.gui.app;

/**
 * Which side panels the window shows beside the lanes at a width: each panel wanted is shown when
 * it fits at its least width, so no field is crushed; when both are wanted but only one fits, the
 * one the learner asked for last stays and the other folds into a rail at the window's edge.
 *
 * @param editor whether the editor is shown
 * @param lessons whether the lessons panel is shown
 */
record PanelFit(boolean editor, boolean lessons) {
    /** The least widths, in pixels at 100 %: the editor, the lanes area, the lessons panel, a folded rail. */
    static final double EDITOR = 340;

    static final double LANES = 400;
    static final double LESSONS = 320;
    static final double RAIL = 30;

    /**
     * The panels to show in {@code width} pixels (at {@code scale} times the least widths), given
     * which are wanted and whether the lessons panel was asked for after the editor.
     */
    static PanelFit of(double width, double scale, boolean editorWanted, boolean lessonsWanted, boolean lessonsLast) {
        double editor = EDITOR * scale;
        double lanes = LANES * scale;
        double lessons = LESSONS * scale;
        double rail = RAIL * scale;
        if (editorWanted && lessonsWanted) {
            if (width >= editor + lanes + lessons) {
                return new PanelFit(true, true);
            }
            boolean lessonsFit = width >= lanes + lessons + rail;
            boolean editorFits = width >= editor + lanes + rail;
            if (lessonsLast) {
                return lessonsFit ? new PanelFit(false, true) : new PanelFit(editorFits, false);
            }
            return editorFits ? new PanelFit(true, false) : new PanelFit(false, lessonsFit);
        }
        return new PanelFit(editorWanted && width >= editor + lanes, lessonsWanted && width >= lanes + lessons);
    }
}
