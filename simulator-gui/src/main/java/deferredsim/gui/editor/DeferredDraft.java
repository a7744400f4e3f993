package deferredsim.gui.editor;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One deferred as typed: its name, kind and chain, how it is fired (plain), its members (list) or
 * its steps (inline, one per line). The properties are the editable fields; {@link
 * #problemProperty()} is set by {@link EditorViewModel} when the scenario check points here.
 *
 * <p>The chain is changed through the editor's intents ({@code addPair}, {@code movePair}, ...),
 * which keep it observable for the views.
 */
public final class DeferredDraft {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<DeferredKindChoice> kind =
            new SimpleObjectProperty<>(this, "kind", DeferredKindChoice.PLAIN);
    final ObservableList<PairDraft> pairs = FXCollections.observableArrayList(p -> p.observables());
    private final ObservableList<PairDraft> pairsView = FXCollections.unmodifiableObservableList(pairs);
    private final ObjectProperty<FireChoice> fire = new SimpleObjectProperty<>(this, "fire", FireChoice.NONE);
    private final StringProperty fireValue = new SimpleStringProperty(this, "fireValue", "");
    private final StringProperty fireAfter = new SimpleStringProperty(this, "fireAfter", "0");
    private final StringProperty canceller = new SimpleStringProperty(this, "canceller", "");
    private final StringProperty members = new SimpleStringProperty(this, "members", "");
    private final BooleanProperty gather = new SimpleBooleanProperty(this, "gather");
    private final BooleanProperty fireOnOneCallback = new SimpleBooleanProperty(this, "fireOnOneCallback");
    private final BooleanProperty fireOnOneErrback = new SimpleBooleanProperty(this, "fireOnOneErrback");
    private final BooleanProperty consumeErrors = new SimpleBooleanProperty(this, "consumeErrors");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "");
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    final ReadOnlyStringWrapper problemPath = new ReadOnlyStringWrapper(this, "problemPath", "");

    /** A plain deferred named {@code name}, with an empty chain, not fired. */
    public DeferredDraft(String name) {
        this.name.set(name);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String getName() {
        return name.get();
    }

    public ObjectProperty<DeferredKindChoice> kindProperty() {
        return kind;
    }

    public DeferredKindChoice getKind() {
        return kind.get();
    }

    /** The chain's pairs, in order; change it through the editor's intents. */
    public ObservableList<PairDraft> getPairs() {
        return pairsView;
    }

    /** How a plain deferred fires by itself. */
    public ObjectProperty<FireChoice> fireProperty() {
        return fire;
    }

    public StringProperty fireValueProperty() {
        return fireValue;
    }

    /** Seconds after creation, as typed. */
    public StringProperty fireAfterProperty() {
        return fireAfter;
    }

    /** "" (no canceller), {@code nothing}, {@code callback V} or {@code errback V}. */
    public StringProperty cancellerProperty() {
        return canceller;
    }

    /** A list's member names, separated by spaces or commas. */
    public StringProperty membersProperty() {
        return members;
    }

    public BooleanProperty gatherProperty() {
        return gather;
    }

    public BooleanProperty fireOnOneCallbackProperty() {
        return fireOnOneCallback;
    }

    public BooleanProperty fireOnOneErrbackProperty() {
        return fireOnOneErrback;
    }

    public BooleanProperty consumeErrorsProperty() {
        return consumeErrors;
    }

    /** A generator's steps, one per line: {@code yield a}, {@code yield a catch}, {@code return v}, {@code raise v}. */
    public StringProperty stepsProperty() {
        return steps;
    }

    /** "" or what the scenario check found wrong with this deferred's own fields. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * "" or the JSON path of the field the problem is about, relative to this deferred (e.g.
     * {@code .fire.after}, {@code .name}, {@code .list[1]}), so a view can mark that field.
     */
    public ReadOnlyStringProperty problemPathProperty() {
        return problemPath.getReadOnlyProperty();
    }

    Observable[] observables() {
        return new Observable[] {
            name,
            kind,
            pairs,
            fire,
            fireValue,
            fireAfter,
            canceller,
            members,
            gather,
            fireOnOneCallback,
            fireOnOneErrback,
            consumeErrors,
            steps
        };
    }

    @Override
    public String toString() {
        return name.get();
    }
}
