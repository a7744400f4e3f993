package deferredsim.cli.repl;

import org.jline.reader.LineReader;

/**
 * Takes the colour out of JLine's own completion lists, for sessions without colour ({@code
 * NO_COLOR}, a dumb terminal): groups stay bold and the selected entry inverse, which are not
 * colours.
 */
final class PlainStyles {
    private PlainStyles() {}

    static void apply(LineReader reader) {
        for (String name : new String[] {
            LineReader.COMPLETION_STYLE_STARTING,
            LineReader.COMPLETION_STYLE_LIST_STARTING,
            LineReader.COMPLETION_STYLE_DESCRIPTION,
            LineReader.COMPLETION_STYLE_LIST_DESCRIPTION,
            LineReader.COMPLETION_STYLE_BACKGROUND,
            LineReader.COMPLETION_STYLE_LIST_BACKGROUND
        }) {
            reader.setVariable(name, "");
        }
        reader.setVariable(LineReader.COMPLETION_STYLE_GROUP, "bold");
        reader.setVariable(LineReader.COMPLETION_STYLE_LIST_GROUP, "bold");
        reader.setVariable(LineReader.COMPLETION_STYLE_SELECTION, "inverse");
        reader.setVariable(LineReader.COMPLETION_STYLE_LIST_SELECTION, "inverse");
    }
}
