package deferredsim.gui.lessons;

import deferredsim.lessons.Exercise;
import deferredsim.lessons.Verdict;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One exercise in the panel, bound to an {@link ExerciseViewModel}: the prompt, shown lines, the
 * choices as buttons or a text field with Check, Hint, the verdict with its explanation, and "Show
 * me where" after a wrong answer. Node ids end in the exercise's number: {@code answer-1}, {@code
 * check-1}, {@code choice-1-2}, {@code hint-1}, {@code verdict-1}, {@code where-1}.
 */
final class ExerciseCard extends VBox {
    private static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    private static final PseudoClass INCORRECT = PseudoClass.getPseudoClass("incorrect");

    private final ExerciseViewModel model;
    private final Label verdictLabel = new Label();
    private final VBox explanation = new VBox(4);
    private final VBox hints = new VBox(4);

    ExerciseCard(ExerciseViewModel model, int lesson) {
        super(6);
        this.model = model;
        createView(lesson);
        init();
    }

    private void createView(int lesson) {
        Exercise exercise = model.exercise();
        int n = model.number();
        setId("exercise-" + n);
        getStyleClass().addAll("lesson-card", "exercise-card");
        Label title = new Label(
                "Exercise " + lesson + "." + n + "  (" + exercise.kind().word() + ")");
        title.getStyleClass().add("md-strong-label");
        Label solved = new Label("✓ solved");
        solved.getStyleClass().add("exercise-solved");
        solved.visibleProperty().bind(model.solvedProperty());
        HBox head = new HBox(10, title, solved);
        getChildren().add(head);
        getChildren().addAll(MarkdownNodes.render(exercise.prompt()));
        if (!exercise.code().isEmpty()) {
            // The code a find-the-bug exercise is about, with the line numbers its answers use: not wrapped.
            Label code = new Label(String.join("\n", exercise.code()));
            code.setId("code-" + n);
            code.getStyleClass().addAll("md-code-block", "exercise-code");
            code.setStyle("-fx-wrap-text: false;");
            code.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // Long lines scroll sideways instead of widening the card.
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(code);
            scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
            scroll.setFitToHeight(true);
            scroll.setPrefViewportWidth(200);
            scroll.setMinWidth(0);
            scroll.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(scroll);
        }
        if (!exercise.shownLines().isEmpty()) {
            Label lines = new Label(String.join("\n", exercise.shownLines()));
            lines.getStyleClass().add("md-code-block");
            lines.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(lines);
        }
        Button hint = new Button("Hint");
        hint.setId("hint-" + n);
        hint.getStyleClass().add("small-button");
        hint.setOnAction(e -> model.nextHint());
        hint.disableProperty().bind(model.moreHintsProperty().not());
        Button where = new Button("Show me where");
        where.setId("where-" + n);
        where.getStyleClass().add("small-button");
        where.setOnAction(e -> model.showMeWhere());
        where.visibleProperty().bind(model.canShowWhereProperty());
        where.managedProperty().bind(where.visibleProperty());
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button answerButton = new Button("Show the answer");
        answerButton.setId("reveal-" + n);
        answerButton.getStyleClass().add("small-button");
        answerButton.setOnAction(e -> model.reveal());
        answerButton.disableProperty().bind(model.revealedProperty());
        answerButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        List<String> choices = exercise.choices();
        if (choices.isEmpty()) {
            TextField answer = new TextField();
            answer.setId("answer-" + n);
            answer.setPromptText(exercise.answerFormat());
            Button check = new Button("Check");
            check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            hint.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            check.setId("check-" + n);
            check.setDefaultButton(false);
            check.setOnAction(e -> model.check(answer.getText()));
            answer.setOnAction(e -> model.check(answer.getText()));
            HBox.setHgrow(answer, Priority.ALWAYS);
            getChildren().add(new HBox(6, answer, check, hint));
        } else {
            // One answer per line, as wide as the card, wrapping: never cut (with the full text as a tooltip too).
            VBox buttons = new VBox(6);
            for (int i = 0; i < choices.size(); i++) {
                String choice = choices.get(i);
                Button button = new Button(choice);
                button.setId("choice-" + n + "-" + (i + 1));
                button.setWrapText(true);
                button.setMaxWidth(Double.MAX_VALUE);
                button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                button.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                button.setTooltip(new javafx.scene.control.Tooltip(choice));
                button.getStyleClass().add("choice-button");
                button.setOnAction(e -> model.check(choice));
                buttons.getChildren().add(button);
            }
            hint.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            buttons.getChildren().add(hint);
            getChildren().add(buttons);
        }
        verdictLabel.setId("verdict-" + n);
        verdictLabel.setWrapText(true);
        verdictLabel.getStyleClass().add("verdict");
        hints.getStyleClass().add("exercise-hints");
        getChildren().addAll(hints, verdictLabel, explanation, new HBox(6, where, answerButton));
        // Let the card take the panel's width and wrap, rather than push the panel wider.
        setMinWidth(0);
        getChildren().forEach(child -> {
            if (child instanceof javafx.scene.layout.Region) {
                ((javafx.scene.layout.Region) child).setMinWidth(0);
            }
        });
    }

    private void init() {
        model.hintsProperty().addListener((obs, old, now) -> showHints(now));
        model.verdictProperty().addListener((obs, old, now) -> showVerdict(now));
        model.toldProperty().addListener((obs, old, now) -> showTold(now));
        showHints(model.getHints());
        showVerdict(model.getVerdict());
    }

    private void showHints(List<String> shown) {
        hints.getChildren().clear();
        for (int i = 0; i < shown.size(); i++) {
            hints.getChildren().add(MarkdownNodes.flow("**Hint " + (i + 1) + ":** " + shown.get(i), "exercise-hint"));
        }
    }

    private void showVerdict(Verdict verdict) {
        boolean none = verdict == null;
        verdictLabel.setVisible(!none);
        verdictLabel.setManaged(!none);
        explanation.getChildren().clear();
        if (none && !model.getTold().isEmpty()) {
            showTold(model.getTold());
        }
        pseudoClassStateChanged(CORRECT, !none && verdict.isCorrect());
        pseudoClassStateChanged(INCORRECT, !none && verdict.status() == Verdict.Status.INCORRECT);
        verdictLabel.pseudoClassStateChanged(CORRECT, !none && verdict.isCorrect());
        verdictLabel.pseudoClassStateChanged(INCORRECT, !none && !verdict.isCorrect());
        if (none) {
            return;
        }
        switch (verdict.status()) {
            case CORRECT:
                verdictLabel.setText("✓ Solved");
                break;
            case INCORRECT:
                verdictLabel.setText("✗ Try again");
                break;
            default:
                verdictLabel.setText("? Could not read that answer");
        }
        showTold(model.getTold());
    }

    private void showTold(String markdown) {
        explanation.getChildren().setAll(MarkdownNodes.render(markdown == null ? "" : markdown));
    }
}
