package deferredsim.gui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import deferredsim.core.scenario.DeferredSpec;
import deferredsim.core.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {
    private static EditorViewModel withClassic() throws Exception {
        EditorViewModel editor = new EditorViewModel();
        editor.load(ScenarioReader.read("{\"format\": \"deferred-scenario/1\", \"deferreds\": ["
                + "{\"name\": \"d\", \"chain\": [[\"return good\", \"fail bad\"], [\"fail oops\", \"passthru\"]],"
                + " \"fire\": {\"method\": \"callback\", \"value\": \"initial\", \"after\": 0}}]}"));
        return editor;
    }

    @Test
    void load_publishesTheValidScenario() throws Exception {
        // If a valid scenario is loaded, then the editor publishes it and shows no problems.
        EditorViewModel editor = withClassic();
        assertThat(editor.getScenario()).isNotNull();
        assertThat(editor.getScenario().deferreds()).hasSize(1);
        assertThat(editor.problemsProperty()).isEmpty();
    }

    @Test
    void typing_aBadStageShowsTheParsersMessageOnThatField() throws Exception {
        // When the learner types a stage text that does not parse, then that pair shows MemberSpec.parse's message and
        // no scenario is published.
        EditorViewModel editor = withClassic();
        PairDraft pair = editor.getDeferreds().get(0).getPairs().get(1);
        pair.callbackProperty().set("retrun x");
        assertThat(pair.callbackProblemProperty().get()).contains("return, fail, passthru or defer");
        assertThat(editor.getScenario()).isNull();
        assertThat(editor.problemsProperty())
                .singleElement()
                .satisfies(p -> assertThat(p.where()).isEqualTo("d, pair 2, callback"));
        pair.callbackProperty().set("r x");
        assertThat(editor.getScenario()).isNotNull();
        assertThat(pair.callbackProblemProperty().get()).isEmpty();
    }

    @Test
    void referencingAnUnknownDeferred_showsTheReadersMessageOnTheDeferred() throws Exception {
        // If a stage returns a deferred that is not declared, then ScenarioReader's message is shown on that deferred.
        EditorViewModel editor = withClassic();
        DeferredDraft d = editor.getDeferreds().get(0);
        d.getPairs().get(0).callbackProperty().set("defer nowhere");
        assertThat(editor.getScenario()).isNull();
        assertThat(d.problemProperty().get()).contains("nowhere");
        assertThat(editor.summaryProperty().get()).startsWith("d, pair 1, callback");
    }

    @Test
    void aTimeThatIsNotANumber_isAProblemOfItsField() throws Exception {
        // When the fire delay is not a number, then the problem names the fire's after field.
        EditorViewModel editor = withClassic();
        editor.getDeferreds().get(0).fireAfterProperty().set("soon");
        assertThat(editor.problemsProperty())
                .singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$.deferreds[0].fire.after"));
        assertThat(editor.getDeferreds().get(0).problemPathProperty().get()).isEqualTo(".fire.after");
        editor.getDeferreds().get(0).fireAfterProperty().set("1.5");
        assertThat(editor.getDeferreds().get(0).problemPathProperty().get()).isEmpty();
    }

    @Test
    void movePair_reordersTheChain() throws Exception {
        // If the second pair is moved up, then the published chain has it first.
        EditorViewModel editor = withClassic();
        DeferredDraft d = editor.getDeferreds().get(0);
        editor.movePair(d, d.getPairs().get(1), -1);
        assertThat(editor.getScenario()
                        .deferreds()
                        .get(0)
                        .chain()
                        .get(0)
                        .callback()
                        .toString())
                .isEqualTo("fail oops");
    }

    @Test
    void addAndRemovePair_changeTheChain() throws Exception {
        // When a pair is added and another removed, then the chain has the new pair and not the removed one.
        EditorViewModel editor = withClassic();
        DeferredDraft d = editor.getDeferreds().get(0);
        PairDraft added = editor.addPair(d);
        added.errbackProperty().set("return fixed");
        editor.removePair(d, d.getPairs().get(0));
        assertThat(editor.getScenario().deferreds().get(0).chain())
                .extracting(p -> p.callback() + " / " + p.errback())
                .containsExactly("fail oops / passthru", "passthru / return fixed");
    }

    @Test
    void innerDeferred_withItsOwnChainAndTime() throws Exception {
        // If the learner adds an inner deferred and returns it from a stage, then the scenario has both with the
        // inner's firing time.
        EditorViewModel editor = withClassic();
        DeferredDraft x = editor.addDeferred();
        x.nameProperty().set("x");
        x.fireAfterProperty().set("2");
        editor.getDeferreds().get(0).getPairs().get(0).callbackProperty().set("defer x");
        assertThat(editor.getScenario()).isNotNull();
        DeferredSpec.Plain inner =
                (DeferredSpec.Plain) editor.getScenario().deferred("x").orElseThrow();
        assertThat(inner.fire().orElseThrow().after().toString()).isEqualTo("2");
        assertThat(editor.getScenario().isTopLevel("x")).isFalse();
    }

    @Test
    void actions_areWrittenAndChecked() throws Exception {
        // When a cancel action at t=1 is added, then the scenario has it; an action on an unknown deferred is a problem
        // of that action.
        EditorViewModel editor = withClassic();
        ActionDraft a = editor.addAction();
        assertThat(editor.getScenario().actions()).hasSize(1);
        a.deferredProperty().set("ghost");
        assertThat(editor.getScenario()).isNull();
        assertThat(a.problemProperty().get()).contains("ghost");
    }

    @Test
    void listAndInlineKinds_areWritten() throws Exception {
        // If deferreds are made a DeferredList and an inlineCallbacks generator, then the scenario has those kinds.
        EditorViewModel editor = withClassic();
        DeferredDraft a = editor.addDeferred();
        DeferredDraft list = editor.addDeferred();
        list.kindProperty().set(DeferredKindChoice.LIST);
        list.membersProperty().set(a.getName());
        editor.removePair(list, list.getPairs().get(0));
        DeferredDraft gen = editor.addDeferred();
        gen.kindProperty().set(DeferredKindChoice.INLINE);
        gen.stepsProperty().set("\nreturn done\n");
        assertThat(editor.problemsProperty()).isEmpty();
        assertThat(editor.getScenario().deferred(list.getName()).orElseThrow()).isInstanceOf(DeferredSpec.ListOf.class);
        assertThat(editor.getScenario().deferred(gen.getName()).orElseThrow()).isInstanceOf(DeferredSpec.Inline.class);
    }

    @Test
    void toJsonAndLoadJson_bringBackHalfTypedWork() throws Exception {
        // If the drafts hold an invalid stage and time, then their JSON loads back with the same texts (what autosave
        // relies on).
        EditorViewModel editor = withClassic();
        DeferredDraft d = editor.getDeferreds().get(0);
        d.getPairs().get(0).callbackProperty().set("retrun");
        d.fireAfterProperty().set("soon");
        String json = editor.toJson();
        EditorViewModel restored = new EditorViewModel();
        restored.loadJson(json);
        DeferredDraft back = restored.getDeferreds().get(0);
        assertThat(back.getPairs().get(0).getCallback()).isEqualTo("retrun");
        assertThat(back.fireAfterProperty().get()).isEqualTo("soon");
        assertThat(restored.problemsProperty()).hasSize(2);
    }

    @Test
    void revision_growsWithEditsButNotWithLoads() throws Exception {
        // When the learner edits, then the revision grows; loading a scenario counts once.
        EditorViewModel editor = withClassic();
        long before = editor.revisionProperty().get();
        editor.getDeferreds().get(0).fireValueProperty().set("other");
        assertThat(editor.revisionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void checkScheduler_coalescesChanges() throws Exception {
        // If checks are scheduled for later, then several edits are checked once, when the scheduled check runs.
        EditorViewModel editor = withClassic();
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        editor.setCheckScheduler(pending::add);
        PairDraft pair = editor.getDeferreds().get(0).getPairs().get(0);
        pair.callbackProperty().set("return a");
        pair.callbackProperty().set("return b");
        assertThat(pending).hasSize(1);
        pending.get(0).run();
        assertThat(editor.getScenario()
                        .deferreds()
                        .get(0)
                        .chain()
                        .get(0)
                        .callback()
                        .toString())
                .isEqualTo("return b");
    }
}
