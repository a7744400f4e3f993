package deferredsim.gui.timeline;

/** Track names shortened to fit the label strip. */
final class TimelineLayoutNames {
    private TimelineLayoutNames() {}

    /** {@code name}, cut with an ellipsis to at most {@code max} characters. */
    static String shortName(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max - 1) + "…";
    }
}
