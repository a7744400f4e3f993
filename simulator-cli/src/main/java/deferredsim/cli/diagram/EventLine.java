package deferredsim.cli.diagram;

import deferredsim.cli.text.Style;
import deferredsim.core.reading.MomentKind;
import deferredsim.core.reading.Reading;

/**
 * One timeline row's words for an event: a short tag for its kind ({@code fire}, {@code run},
 * {@code clock}) and the reading's label, after the deferred it concerns ({@code d: cb0 → <x>}).
 */
record EventLine(String tag, String text, Style style) {
    /** Width of the tag column. */
    static final int TAG_WIDTH = 7;

    /** The row of event {@code index} of {@code reading}. */
    static EventLine of(Reading reading, int index) {
        MomentKind kind = reading.kind(index);
        String subject = reading.subject(index).map(name -> name + ": ").orElse("");
        return new EventLine(kind.word(), subject + reading.label(index), style(kind));
    }

    private static Style style(MomentKind kind) {
        return switch (kind) {
            case FIRE, CANCEL, PAUSE -> Style.HEADER;
            case PROBLEM -> Style.WARNING;
            case CLOCK, CREATE -> Style.MUTED;
            case WAIT -> Style.WAITING;
            default -> null;
        };
    }
}
