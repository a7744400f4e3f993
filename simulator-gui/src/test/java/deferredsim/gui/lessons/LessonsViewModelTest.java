package deferredsim.gui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import deferredsim.core.recording.Recording;
import deferredsim.lessons.Exercise;
import deferredsim.lessons.LessonCatalog;
import deferredsim.lessons.LessonScenario;
import deferredsim.lessons.Verdict;
import deferredsim.lessons.progress.ProgressStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lessons panel's model, without a toolkit: lesson list, answers, hints, show me where. */
class LessonsViewModelTest {
    private static LessonCatalog catalog;

    @TempDir
    Path home;

    private final List<Object[]> opened = new ArrayList<>();
    private LessonsViewModel model;

    @BeforeAll
    static void loadCatalog() throws Exception {
        catalog = LessonCatalog.load();
    }

    @BeforeEach
    void open() {
        model = new LessonsViewModel(
                catalog,
                store(),
                (scenario, recording, position) -> opened.add(new Object[] {scenario, recording, position}));
    }

    private ProgressStore store() {
        return ProgressStore.open(home, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    /** The lesson-9 exercise whose stored answer is "errback" (a lane, answered in a text field). */
    private ExerciseViewModel laneExercise() {
        model.select(9);
        return model.getExercises().stream()
                .filter(e -> e.exercise().id().equals("criss-cross-lane"))
                .findFirst()
                .orElseThrow();
    }

    /** When the model opens, then it lists all nineteen lessons in order with nothing solved. */
    @Test
    void items_freshStore_listsNineteenLessonsUnsolved() {
        List<LessonsViewModel.LessonItem> items = model.getItems();
        assertEquals(19, items.size());
        for (int i = 0; i < 19; i++) {
            assertEquals(i + 1, items.get(i).number());
            assertEquals(0, items.get(i).solved());
            assertTrue(items.get(i).total() >= 3, "lesson " + (i + 1) + " has at least three exercises");
        }
        assertEquals("", model.getProblem());
        assertNull(model.getSelected());
    }

    /** If a lesson is selected, then its exercises are offered in order with no verdict or hint yet. */
    @Test
    void select_lessonNine_offersItsExercisesFresh() {
        model.select(9);
        assertEquals(9, model.getSelected().number());
        assertEquals(
                catalog.lesson(9).orElseThrow().exercises().size(),
                model.getExercises().size());
        assertEquals(1, model.getExercises().get(0).number());
        assertNull(model.getExercises().get(0).getVerdict());
        assertTrue(model.getExercises().get(0).getHints().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> model.select(99));
    }

    /** If the right answer is checked, then the exercise is solved, the count goes up and the store keeps it. */
    @Test
    void check_correctAnswer_marksSolvedAndCounts() {
        ExerciseViewModel lane = laneExercise();
        lane.check("errback");
        assertEquals(Verdict.Status.CORRECT, lane.getVerdict().status());
        assertTrue(lane.isSolved());
        assertFalse(lane.canShowWhereProperty().get());
        assertEquals(1, model.getItems().get(8).solved());
        assertTrue(store().isSolved(lane.exercise()), "a new store over the same directory sees the solve");
    }

    /** If a wrong answer is checked, then the verdict is incorrect, nothing is solved and show-me-where is offered. */
    @Test
    void check_wrongAnswer_isIncorrectAndOffersShowMeWhere() {
        ExerciseViewModel lane = laneExercise();
        lane.check("callback");
        assertEquals(Verdict.Status.INCORRECT, lane.getVerdict().status());
        assertFalse(lane.isSolved());
        assertTrue(lane.canShowWhereProperty().get());
        assertEquals(0, model.getItems().get(8).solved());
    }

    /** If a first answer is wrong, then the card tells what does not give the answer away; a second miss tells all. */
    @Test
    void check_wrongTwice_tellsTheExplanationOnlyAfterTheSecondMiss() {
        ExerciseViewModel lane = laneExercise();
        lane.check("callback");
        assertEquals(lane.getVerdict().firstTry(), lane.getTold());
        assertFalse(
                lane.getTold().contains(lane.getVerdict().explanation()), "the first miss keeps the explanation back");

        lane.check("callback");
        assertEquals(lane.getVerdict().explanation(), lane.getTold());
    }

    /** If the learner asks for the answer, then it is shown, and a right answer afterwards does not count as solved. */
    @Test
    void reveal_showsTheAnswerAndARightAnswerAfterItIsNotCounted() {
        ExerciseViewModel lane = laneExercise();
        lane.reveal();
        assertEquals(lane.exercise().reveal(), lane.getTold());

        lane.check("errback");
        assertEquals(Verdict.Status.CORRECT, lane.getVerdict().status());
        assertFalse(lane.isSolved());
    }

    /** If an answer cannot be read, then the verdict says so and show-me-where is not offered. */
    @Test
    void check_unreadableAnswer_offersNoShowMeWhere() {
        ExerciseViewModel lane = laneExercise();
        lane.check("sideways");
        assertEquals(Verdict.Status.UNREADABLE, lane.getVerdict().status());
        assertFalse(lane.canShowWhereProperty().get());
        assertThrows(IllegalStateException.class, lane::showMeWhere);
    }

    /** When hints are asked for one by one, then they appear mildest first and stop at the last. */
    @Test
    void nextHint_repeated_revealsHintsInOrderThenStops() {
        ExerciseViewModel lane = laneExercise();
        List<String> all = lane.exercise().hints();
        assertTrue(all.size() >= 2);
        lane.nextHint();
        assertEquals(List.of(all.get(0)), lane.getHints());
        assertTrue(lane.moreHintsProperty().get());
        for (int i = 0; i < all.size() + 2; i++) {
            lane.nextHint();
        }
        assertEquals(all, lane.getHints());
        assertFalse(lane.moreHintsProperty().get());
    }

    /** If show-me-where follows a wrong answer, then the scenario opens just after the diverging event of the verdict's run. */
    @Test
    void showMeWhere_afterWrongAnswer_opensScenarioAtDivergence() {
        ExerciseViewModel lane = laneExercise();
        lane.check("callback");
        Verdict verdict = lane.getVerdict();
        lane.showMeWhere();
        assertEquals(1, opened.size());
        assertEquals(lane.exercise().scenario(), opened.get(0)[0]);
        assertEquals(verdict.recording(), opened.get(0)[1]);
        assertEquals(verdict.divergence().getAsInt() + 1, opened.get(0)[2]);
    }

    /** When a scenario is opened from the list, then it opens at its start with its own recording. */
    @Test
    void open_scenario_opensAtStart() {
        model.select(1);
        LessonScenario first = model.getSelected().scenarios().get(0);
        model.open(first);
        assertEquals(first, opened.get(0)[0]);
        assertEquals(first.recording(), (Recording) opened.get(0)[1]);
        assertEquals(0, opened.get(0)[2]);
    }

    /** If the progress file is corrupt, then the model reports the problem and starts with nothing solved. */
    @Test
    void problem_corruptProgressFile_isReported() throws Exception {
        Files.writeString(home.resolve(ProgressStore.FILE_NAME), "{not json");
        LessonsViewModel fresh = new LessonsViewModel(catalog, store(), (s, r, p) -> {});
        assertTrue(fresh.getProblem().contains("not valid"), fresh.getProblem());
        assertEquals(0, fresh.getItems().get(0).solved());
    }

    /** If an exercise was solved in an earlier session, then it shows as solved when its lesson is selected. */
    @Test
    void select_solvedEarlier_showsSolved() throws Exception {
        Exercise first = catalog.lesson(9).orElseThrow().exercises().get(0);
        store().markSolved(first);
        LessonsViewModel fresh = new LessonsViewModel(catalog, store(), (s, r, p) -> {});
        fresh.select(9);
        assertTrue(fresh.getExercises().get(0).isSolved());
        assertEquals(1, fresh.getItems().get(8).solved());
    }
}
