package deferredsim.gui.lessons;

import deferredsim.gui.fxml.Fxml;
import deferredsim.lessons.Checkpoint;
import deferredsim.lessons.DeferredScenario;
import deferredsim.lessons.Lesson;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.LessonSection;
import deferredsim.lessons.ReactorScenario;
import deferredsim.lessons.RecordedScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The lessons panel ({@code lessons.fxml}): binds the lesson list and the progress problem to a
 * {@link LessonsViewModel} and builds the selected lesson's content (objectives, text, scenarios,
 * checkpoints, exercise cards) in code whenever the selection changes.
 */
public final class LessonsController {
    private final LessonsViewModel model;

    @FXML
    private VBox panel;

    @FXML
    private ListView<LessonsViewModel.LessonItem> lessonList;

    @FXML
    private Label problemLabel;

    @FXML
    private ScrollPane lessonScroll;

    @FXML
    private VBox lessonContent;

    private LessonsController(LessonsViewModel model) {
        this.model = model;
    }

    /** Loads the panel for {@code model}; the controller is the root's user data. */
    public static Parent load(LessonsViewModel model) {
        return Fxml.load("lessons.fxml", new LessonsController(model));
    }

    @FXML
    private void initialize() {
        panel.setId("lessonsPanel");
        lessonList.setId("lessonList");
        lessonList.setCellFactory(v -> new ItemCell());
        lessonList.getItems().setAll(model.getItems());
        model.itemsProperty().addListener((obs, old, now) -> {
            int at = lessonList.getSelectionModel().getSelectedIndex();
            lessonList.getItems().setAll(now);
            lessonList.getSelectionModel().select(at);
        });
        lessonList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null
                    && (model.getSelected() == null || model.getSelected().number() != now.number())) {
                model.select(now.number());
            }
        });
        problemLabel.setId("progressProblem");
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        show(model.getSelected());
    }

    /** Selects lesson {@code number} in the list (and so in the model). */
    public void select(int number) {
        for (int i = 0; i < lessonList.getItems().size(); i++) {
            if (lessonList.getItems().get(i).number() == number) {
                lessonList.getSelectionModel().select(i);
                lessonList.scrollTo(Math.max(0, i - 3));
            }
        }
    }

    private void show(Lesson lesson) {
        lessonContent.getChildren().clear();
        lessonScroll.setVvalue(0);
        if (lesson == null) {
            Label pick =
                    new Label("Pick a lesson above. Each follows a Part of the Twisted introduction, with scenarios to "
                            + "run and exercises the engine checks.");
            pick.setWrapText(true);
            pick.getStyleClass().add("muted");
            lessonContent.getChildren().add(pick);
            return;
        }
        Label title = new Label(lesson.displayTitle());
        title.setId("lessonTitle");
        title.setWrapText(true);
        title.getStyleClass().add("lesson-title");
        lessonContent.getChildren().add(title);
        heading("After this lesson you will be able to");
        StringBuilder objectives = new StringBuilder();
        lesson.objectives().forEach(o -> objectives.append("- ").append(o).append('\n'));
        lessonContent.getChildren().addAll(MarkdownNodes.render(objectives.toString()));
        if (!lesson.scenarios().isEmpty()) {
            heading("Scenarios");
            lesson.scenarios().forEach(this::scenario);
        }
        for (LessonSection section : lesson.sections()) {
            section(lesson, section);
        }
        List<Checkpoint> unplaced =
                lesson.checkpoints().stream().filter(c -> c.section().isEmpty()).toList();
        if (!unplaced.isEmpty()) {
            heading("Checkpoints: where learners often go wrong");
            unplaced.forEach(this::checkpoint);
        }
        if (!model.getExercises().isEmpty()) {
            heading("Exercises");
            for (ExerciseViewModel exercise : model.getExercises()) {
                lessonContent.getChildren().add(new ExerciseCard(exercise, lesson.number()));
            }
        }
        lessonContent.getChildren().forEach(child -> {
            if (child instanceof javafx.scene.layout.Region) {
                ((javafx.scene.layout.Region) child).setMinWidth(0);
            }
        });
    }

    private void heading(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("md-heading", "md-h2", "lesson-part");
        lessonContent.getChildren().add(label);
    }

    private void scenario(LessonScenario scenario) {
        Label title = new Label(scenario.title());
        title.setWrapText(true);
        title.getStyleClass().add("md-strong-label");
        Label kind = new Label(
                switch (scenario) {
                    case DeferredScenario chain -> "Deferred chain";
                    case ReactorScenario reactor -> "reactor model";
                    case RecordedScenario recorded -> "recorded Twisted program";
                });
        kind.getStyleClass().add("muted");
        Button open = new Button("Open in simulator");
        open.setId("open-" + scenario.name());
        open.getStyleClass().add("small-button");
        open.setOnAction(e -> model.open(scenario));
        BorderPane head = new BorderPane();
        head.setLeft(kind);
        head.setRight(open);
        VBox card = new VBox(4, title, MarkdownNodes.flow(scenario.description(), MarkdownNodes.PARAGRAPH), head);
        card.getStyleClass().add("lesson-card");
        lessonContent.getChildren().add(card);
    }

    /**
     * One section of the text. A section that opens with checkpoints asks them first, as the
     * terminal does: the questions, then a "Read on" button; the text (which may give the answers
     * away) and the answers stay hidden until it is pressed.
     */
    private void section(Lesson lesson, LessonSection section) {
        lessonContent.getChildren().addAll(MarkdownNodes.render("## " + section.title()));
        List<Checkpoint> asked = lesson.checkpointsAfter(section.title());
        if (asked.isEmpty()) {
            lessonContent.getChildren().addAll(MarkdownNodes.render(section.markdown()));
            return;
        }
        VBox rest = new VBox(6);
        rest.getChildren().addAll(MarkdownNodes.render(section.markdown()));
        rest.setVisible(false);
        rest.managedProperty().bind(rest.visibleProperty());
        List<Node> answers = new ArrayList<>();
        VBox card = new VBox(4);
        card.getStyleClass().add("lesson-card");
        Label predict = new Label("Predict before you read on");
        predict.getStyleClass().add("md-strong-label");
        card.getChildren().add(predict);
        for (Checkpoint checkpoint : asked) {
            card.getChildren().add(MarkdownNodes.flow("**" + checkpoint.question() + "**", MarkdownNodes.PARAGRAPH));
            checkpoint
                    .exercise()
                    .flatMap(id -> exerciseNumber(lesson, id))
                    .ifPresent(n -> card.getChildren()
                            .add(MarkdownNodes.flow(
                                    "Exercise " + n + " below checks your prediction with the engine.",
                                    MarkdownNodes.PARAGRAPH)));
            VBox answer = MarkdownNodes.box("Answer: " + checkpoint.answer());
            answer.setVisible(false);
            answer.managedProperty().bind(answer.visibleProperty());
            answers.add(answer);
            card.getChildren().add(answer);
        }
        Button readOn = new Button("I have my prediction: read on");
        readOn.setId("read-on-" + asked.get(0).id());
        readOn.getStyleClass().add("small-button");
        readOn.setOnAction(e -> {
            rest.setVisible(true);
            answers.forEach(a -> a.setVisible(true));
            readOn.setDisable(true);
        });
        card.getChildren().add(readOn);
        lessonContent.getChildren().addAll(card, rest);
    }

    /** The number shown on the card of exercise {@code id} (1 for the first), if the lesson has it. */
    private static Optional<Integer> exerciseNumber(Lesson lesson, String id) {
        for (int i = 0; i < lesson.exercises().size(); i++) {
            if (lesson.exercises().get(i).id().equals(id)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private void checkpoint(Checkpoint checkpoint) {
        VBox answer = MarkdownNodes.box(checkpoint.answer());
        answer.setVisible(false);
        answer.managedProperty().bind(answer.visibleProperty());
        Button reveal = new Button("Show the answer");
        reveal.getStyleClass().add("small-button");
        reveal.setOnAction(e -> {
            answer.setVisible(!answer.isVisible());
            reveal.setText(answer.isVisible() ? "Hide the answer" : "Show the answer");
        });
        VBox card = new VBox(
                4, MarkdownNodes.flow("**" + checkpoint.question() + "**", MarkdownNodes.PARAGRAPH), reveal, answer);
        card.getStyleClass().add("lesson-card");
        lessonContent.getChildren().add(card);
    }

    private static final class ItemCell extends ListCell<LessonsViewModel.LessonItem> {
        private final Label label = new Label();
        private final Label progress = new Label();
        private final BorderPane box = new BorderPane();

        ItemCell() {
            progress.getStyleClass().add("lesson-progress");
            label.setMinWidth(0);
            box.setCenter(label);
            box.setRight(progress);
            BorderPane.setAlignment(label, javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(LessonsViewModel.LessonItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            label.setText(item.label());
            progress.setText(item.progress());
            setGraphic(box);
        }
    }
}
