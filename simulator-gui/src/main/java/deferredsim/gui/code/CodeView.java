package deferredsim.gui.code;

import deferredsim.core.code.CodeListing;
import deferredsim.core.code.SourceFile;
import deferredsim.core.code.SourceLine;
import deferredsim.core.reading.Playhead;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The run as code: the listing's file that holds the current line (the main file at the start),
 * numbered, with the line of the last event that happened highlighted and scrolled into view as
 * the playhead moves, forward or back. Shows a note instead when there is no listing.
 */
public final class CodeView extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ObjectProperty<CodeListing> listing = new SimpleObjectProperty<>(this, "listing");
    private final Label title = new Label();
    private final Label where = new Label();
    private final ListView<String> lines = new ListView<>();
    private int file = -1;
    private int current = -1;

    /** A pane that follows {@code playhead}. */
    public CodeView(ReadOnlyObjectProperty<Playhead> playhead) {
        setId("codeView");
        getStyleClass().add("code-pane");
        title.getStyleClass().add("lanes-title");
        title.setId("codeTitle");
        where.getStyleClass().add("muted");
        where.setId("codeWhere");
        lines.setId("codeLines");
        lines.getStyleClass().add("code-lines");
        lines.setFocusTraversable(false);
        lines.setCellFactory(list -> new LineCell());
        VBox.setVgrow(lines, Priority.ALWAYS);
        getChildren().addAll(title, where, lines);
        setMinWidth(160);
        listing.addListener((obs, old, now) -> {
            file = -1;
            follow(playhead.get());
        });
        playhead.addListener((obs, old, now) -> follow(now));
    }

    /** The code on show; null for none. */
    public ObjectProperty<CodeListing> listingProperty() {
        return listing;
    }

    /** The number of the highlighted line (1-based), or -1 when none is. */
    public int currentLine() {
        return current < 0 ? -1 : current + 1;
    }

    /** The text of the highlighted line, stripped, or "" when none is. */
    public String currentText() {
        return current < 0 || current >= lines.getItems().size()
                ? ""
                : lines.getItems().get(current).strip();
    }

    private void follow(Playhead at) {
        CodeListing code = listing.get();
        if (code == null) {
            title.setText("Code");
            where.setText("No code for this run.");
            lines.getItems().clear();
            file = -1;
            current = -1;
            return;
        }
        Optional<SourceLine> line = at == null ? Optional.empty() : code.lineAt(at);
        int wanted = line.map(SourceLine::file).orElse(file < 0 ? 0 : file);
        if (wanted != file) {
            file = wanted;
            SourceFile source = code.files().get(file);
            lines.getItems().setAll(source.lines());
            title.setText(code.title());
        }
        current = line.map(l -> l.line() - 1).orElse(-1);
        where.setText(line.map(l -> code.file(l).path() + ":" + l.line())
                .orElse(at == null || at.atStart() ? "before the first event" : "no line for this event"));
        lines.refresh();
        if (current >= 0) {
            lines.scrollTo(Math.max(0, current - 4));
            lines.getSelectionModel().clearSelection();
        }
    }

    /** The lines shown, for tests. */
    List<String> shownLines() {
        return List.copyOf(lines.getItems());
    }

    private final class LineCell extends ListCell<String> {
        LineCell() {
            getStyleClass().add("code-line");
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            if (empty || text == null) {
                setText(null);
                pseudoClassStateChanged(CURRENT, false);
                return;
            }
            setText(String.format("%4d  %s", getIndex() + 1, text));
            pseudoClassStateChanged(CURRENT, getIndex() == current);
        }
    }
}
