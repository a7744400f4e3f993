package deferredsim.gui.editor;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One timed action as typed: at a time, do fire / cancel / pause / unpause / add to a top-level
 * deferred. Fields a verb does not use are kept but not written.
 */
public final class ActionDraft {
    private final StringProperty at = new SimpleStringProperty(this, "at", "1");
    private final ObjectProperty<ActionVerb> verb = new SimpleObjectProperty<>(this, "verb", ActionVerb.CANCEL);
    private final StringProperty deferred = new SimpleStringProperty(this, "deferred", "");
    private final ObjectProperty<FireChoice> method = new SimpleObjectProperty<>(this, "method", FireChoice.CALLBACK);
    private final StringProperty value = new SimpleStringProperty(this, "value", "late");
    private final StringProperty pairCallback = new SimpleStringProperty(this, "pairCallback", "passthru");
    private final StringProperty pairErrback = new SimpleStringProperty(this, "pairErrback", "passthru");
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** {@code verb} on {@code deferred} at {@code at} seconds. */
    public ActionDraft(String at, ActionVerb verb, String deferred) {
        this.at.set(at);
        this.verb.set(verb);
        this.deferred.set(deferred);
    }

    public StringProperty atProperty() {
        return at;
    }

    public ObjectProperty<ActionVerb> verbProperty() {
        return verb;
    }

    public StringProperty deferredProperty() {
        return deferred;
    }

    /** For {@code fire}: callback or errback (never NONE). */
    public ObjectProperty<FireChoice> methodProperty() {
        return method;
    }

    /** For {@code fire}: the value. */
    public StringProperty valueProperty() {
        return value;
    }

    /** For {@code add}: the pair's callback text. */
    public StringProperty pairCallbackProperty() {
        return pairCallback;
    }

    /** For {@code add}: the pair's errback text. */
    public StringProperty pairErrbackProperty() {
        return pairErrback;
    }

    /** "" or what is wrong with this action. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    Observable[] observables() {
        return new Observable[] {at, verb, deferred, method, value, pairCallback, pairErrback};
    }
}
