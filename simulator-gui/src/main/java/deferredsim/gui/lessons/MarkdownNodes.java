package deferredsim.gui.lessons;

import deferredsim.lessons.text.Block;
import deferredsim.lessons.text.Inline;
import deferredsim.lessons.text.Markdown;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Lesson Markdown as JavaFX nodes: headings as labels, paragraphs and list items as wrapping {@link
 * TextFlow}s whose {@link Text} runs carry the span's style class ({@code md-code}, {@code
 * md-emphasis}, {@code md-strong}, {@code md-link}), code blocks as monospaced labels. Colours and
 * fonts come from the theme's CSS.
 */
public final class MarkdownNodes {
    /** Style classes. */
    public static final String PARAGRAPH = "md-paragraph";

    public static final String TEXT = "md-text";

    private MarkdownNodes() {}

    /** The blocks of {@code markdown}, one node each, in order. */
    public static List<Node> render(String markdown) {
        List<Node> nodes = new ArrayList<>();
        for (Block block : Markdown.parse(markdown)) {
            nodes.add(block(block));
        }
        return nodes;
    }

    /** {@code markdown} as one node (a box of its blocks). */
    public static VBox box(String markdown) {
        VBox box = new VBox(6);
        box.getChildren().setAll(render(markdown));
        return box;
    }

    private static Node block(Block block) {
        if (block instanceof Block.Heading) {
            Block.Heading heading = (Block.Heading) block;
            Label label = new Label(Inline.plain(heading.text()).replace("`", ""));
            label.setWrapText(true);
            label.getStyleClass().addAll("md-heading", "md-h" + heading.level());
            return label;
        } else if (block instanceof Block.Paragraph) {
            return flow(((Block.Paragraph) block).text(), PARAGRAPH);
        } else if (block instanceof Block.Quote) {
            return flow(((Block.Quote) block).text(), "md-quote");
        } else if (block instanceof Block.ListBlock) {
            Block.ListBlock list = (Block.ListBlock) block;
            VBox items = new VBox(3);
            for (int i = 0; i < list.items().size(); i++) {
                Label mark = new Label(list.ordered() ? (list.start() + i) + "." : "•");
                mark.getStyleClass().add("md-bullet");
                mark.setMinWidth(22);
                TextFlow text = flow(list.items().get(i), PARAGRAPH);
                HBox.setHgrow(text, Priority.ALWAYS);
                items.getChildren().add(new HBox(4, mark, text));
            }
            items.getStyleClass().add("md-list");
            return items;
        } else if (block instanceof Block.Code) {
            Label code = new Label(String.join("\n", ((Block.Code) block).lines()));
            code.getStyleClass().add("md-code-block");
            code.setMaxWidth(Double.MAX_VALUE);
            return code;
        }
        throw new AssertionError("unknown block " + block);
    }

    /** Inline Markdown as a wrapping flow of styled text runs. */
    public static TextFlow flow(String inline, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Inline.Span span : Inline.spans(inline)) {
            Text text = new Text(span.text());
            text.getStyleClass().add(TEXT);
            switch (span.style()) {
                case CODE:
                    text.getStyleClass().add("md-code");
                    break;
                case EMPHASIS:
                    text.getStyleClass().add("md-emphasis");
                    break;
                case STRONG:
                    text.getStyleClass().add("md-strong");
                    break;
                case LINK:
                    text.getStyleClass().add("md-link");
                    break;
                default:
                    break;
            }
            flow.getChildren().add(text);
        }
        return flow;
    }
}
