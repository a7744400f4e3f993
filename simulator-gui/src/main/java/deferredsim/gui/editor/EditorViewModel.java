package deferredsim.gui.editor;

import deferredsim.core.json.JsonSyntaxException;
import deferredsim.core.scenario.Scenario;
import deferredsim.core.scenario.ScenarioException;
import deferredsim.core.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chain editor's model: the drafts being typed, the intents that reshape them, and the result
 * of checking them after every change.
 *
 * <p>What holds after every change (once the check has run, see {@link #setCheckScheduler}):
 * {@link #scenarioProperty()} is the scenario the drafts describe when they are valid, else null;
 * {@link #problemsProperty()} lists what is wrong (every stage text that does not parse and every
 * time that is not a number, or else the first problem {@code ScenarioReader} finds), and each
 * problem is also shown on its draft; {@link #revisionProperty()} has grown by one.
 */
public final class EditorViewModel {
    private final ObservableList<DeferredDraft> deferreds = FXCollections.observableArrayList(d -> d.observables());
    private final ObservableList<ActionDraft> actions = FXCollections.observableArrayList(a -> a.observables());
    // One read-only view each, kept: the views' listeners are registered weakly on the source lists.
    private final ObservableList<DeferredDraft> deferredsView = FXCollections.unmodifiableObservableList(deferreds);
    private final ObservableList<ActionDraft> actionsView = FXCollections.unmodifiableObservableList(actions);
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyListWrapper<Problem> problems =
            new ReadOnlyListWrapper<>(this, "problems", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private Consumer<Runnable> checkScheduler = Runnable::run;
    private boolean loading;
    private boolean checkPending;

    /** An editor holding the empty scenario. */
    public EditorViewModel() {
        InvalidationListener changed = obs -> changed();
        deferreds.addListener(changed);
        actions.addListener(changed);
        check();
    }

    /**
     * Sets how checks are run after a change: at once (the default, used by tests) or later, e.g.
     * debounced on the FX thread for very large scenarios. Several changes before a scheduled check
     * runs are checked once.
     */
    public void setCheckScheduler(Consumer<Runnable> scheduler) {
        this.checkScheduler = scheduler;
    }

    // ---- intents -------------------------------------------------------------------------

    /**
     * Replaces everything with {@code loaded}'s deferreds and actions, in canonical texts, and
     * publishes {@code loaded} itself: drafts made from a valid scenario are valid, so it is not
     * checked again (a 100,000-pair chain opens without a second read).
     */
    public void load(Scenario loaded) {
        replace(ScenarioDrafts.of(loaded));
        revision.set(revision.get() + 1);
        checkPending = false;
        for (DeferredDraft d : deferreds) {
            d.problem.set("");
        }
        problems.clear();
        summary.set("");
        scenario.set(loaded);
    }

    private void replace(DraftReader.Drafts drafts) {
        loading = true;
        try {
            deferreds.setAll(drafts.deferreds());
            actions.setAll(drafts.actions());
        } finally {
            loading = false;
        }
    }

    /**
     * Replaces everything with the drafts in scenario JSON, read leniently (autosaved work may be
     * invalid).
     *
     * @throws JsonSyntaxException when the text is not JSON; nothing changes then
     */
    public void loadJson(String json) throws JsonSyntaxException {
        replace(DraftReader.read(json));
        changed();
    }

    /** The drafts as scenario JSON, exactly as typed (for autosave). */
    public String toJson() {
        return DraftJson.write(deferreds, actions);
    }

    /** Adds a plain deferred with a fresh name and one pair, fired by callback at once; returns it. */
    public DeferredDraft addDeferred() {
        DeferredDraft d = new DeferredDraft(freshName());
        d.pairs.add(new PairDraft("return ok", "passthru"));
        d.fireProperty().set(FireChoice.CALLBACK);
        d.fireValueProperty().set("start");
        deferreds.add(d);
        return d;
    }

    /** Removes {@code d} (references to it then show as problems). */
    public void removeDeferred(DeferredDraft d) {
        deferreds.remove(d);
    }

    /** Appends a {@code passthru / passthru} pair to {@code d}'s chain and returns it. */
    public PairDraft addPair(DeferredDraft d) {
        return insertPair(d, d.pairs.size());
    }

    /** Inserts a {@code passthru / passthru} pair at {@code index} (clamped) of {@code d}'s chain and returns it. */
    public PairDraft insertPair(DeferredDraft d, int index) {
        PairDraft pair = new PairDraft("passthru", "passthru");
        d.pairs.add(Math.max(0, Math.min(d.pairs.size(), index)), pair);
        return pair;
    }

    /** Removes {@code pair} from {@code d}'s chain. */
    public void removePair(DeferredDraft d, PairDraft pair) {
        d.pairs.remove(pair);
    }

    /** Moves {@code pair} by {@code delta} places in {@code d}'s chain (clamped); does nothing for an unknown pair. */
    public void movePair(DeferredDraft d, PairDraft pair, int delta) {
        int from = d.pairs.indexOf(pair);
        if (from < 0) {
            return;
        }
        int to = Math.max(0, Math.min(d.pairs.size() - 1, from + delta));
        if (to != from) {
            d.pairs.remove(from);
            d.pairs.add(to, pair);
        }
    }

    /** Adds a {@code cancel} action at t=1 on the first deferred and returns it. */
    public ActionDraft addAction() {
        ActionDraft a = new ActionDraft(
                "1",
                ActionVerb.CANCEL,
                deferreds.isEmpty() ? "d" : deferreds.get(0).getName());
        actions.add(a);
        return a;
    }

    /** Removes {@code a}. */
    public void removeAction(ActionDraft a) {
        actions.remove(a);
    }

    // ---- checking ------------------------------------------------------------------------

    private void changed() {
        if (loading) {
            return;
        }
        revision.set(revision.get() + 1);
        if (!checkPending) {
            checkPending = true;
            checkScheduler.accept(this::check);
        }
    }

    /** Checks the drafts now (normally run by the scheduler after a change). */
    public void check() {
        checkPending = false;
        List<Problem> found = ProblemFinder.localProblems(deferreds, actions);
        Scenario valid = null;
        if (found.isEmpty()) {
            try {
                valid = ScenarioReader.read(toJson());
            } catch (ScenarioException broken) {
                found.add(ProblemFinder.fromReader(broken, deferreds));
            }
        }
        for (DeferredDraft d : deferreds) {
            d.problem.set("");
            d.problemPath.set("");
        }
        for (ActionDraft a : actions) {
            a.problem.set("");
        }
        for (Problem p : found) {
            ProblemFinder.attach(p, deferreds, actions);
        }
        problems.setAll(found);
        summary.set(
                found.isEmpty()
                        ? ""
                        : found.size() == 1
                                ? found.get(0).toString()
                                : found.get(0) + "  (and " + (found.size() - 1) + " more)");
        scenario.set(valid);
    }

    private String freshName() {
        List<String> taken = new ArrayList<>();
        deferreds.forEach(d -> taken.add(d.getName()));
        for (String candidate : List.of("d", "x", "y", "z", "inner", "outer")) {
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        int n = 2;
        while (taken.contains("d" + n)) {
            n++;
        }
        return "d" + n;
    }

    // ---- properties ----------------------------------------------------------------------

    /** How many pairs all chains have together (views use it to decide how eagerly to check). */
    public int totalPairs() {
        int total = 0;
        for (DeferredDraft d : deferreds) {
            total += d.pairs.size();
        }
        return total;
    }

    /** The deferreds being edited, in declaration order (change them through the intents). */
    public ObservableList<DeferredDraft> getDeferreds() {
        return deferredsView;
    }

    /** The actions being edited, in listed order. */
    public ObservableList<ActionDraft> getActions() {
        return actionsView;
    }

    /** The valid scenario the drafts describe, or null while something is wrong. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    /** What is wrong, in the order found; empty when the scenario is valid. */
    public ReadOnlyListProperty<Problem> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The first problem in a line (and how many more), or "". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Grows by one with every change the learner makes (not with loads). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
