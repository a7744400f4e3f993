package deferredsim.gui.editor;

import deferredsim.core.scenario.MemberSpec;
import deferredsim.core.scenario.MemberSyntaxException;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One callback/errback pair as typed. The two texts are the editable fields; each has a problem
 * property, empty when {@code MemberSpec.parse} accepts the text, set as the learner types.
 */
public final class PairDraft {
    private final StringProperty callback = new SimpleStringProperty(this, "callback");
    private final StringProperty errback = new SimpleStringProperty(this, "errback");
    private final ReadOnlyStringWrapper callbackProblem = new ReadOnlyStringWrapper(this, "callbackProblem", "");
    private final ReadOnlyStringWrapper errbackProblem = new ReadOnlyStringWrapper(this, "errbackProblem", "");

    /** A pair with these texts, e.g. {@code "return good"}, {@code "fail bad"}. */
    public PairDraft(String callbackText, String errbackText) {
        // Invalidation listeners run before the editor's (registered later), so the check sees fresh problems.
        callback.addListener((Observable obs) -> callbackProblem.set(stageProblem(callback.get())));
        errback.addListener((Observable obs) -> errbackProblem.set(stageProblem(errback.get())));
        callback.set(callbackText);
        errback.set(errbackText);
    }

    /** What is wrong with a stage text, in {@code MemberSpec.parse}'s words, or "" when nothing is. */
    static String stageProblem(String text) {
        try {
            MemberSpec.parse(text == null ? "" : text);
            return "";
        } catch (MemberSyntaxException broken) {
            return broken.getMessage();
        }
    }

    public StringProperty callbackProperty() {
        return callback;
    }

    public String getCallback() {
        return callback.get();
    }

    public StringProperty errbackProperty() {
        return errback;
    }

    public String getErrback() {
        return errback.get();
    }

    /** "" or what is wrong with the callback text. */
    public ReadOnlyStringProperty callbackProblemProperty() {
        return callbackProblem.getReadOnlyProperty();
    }

    /** "" or what is wrong with the errback text. */
    public ReadOnlyStringProperty errbackProblemProperty() {
        return errbackProblem.getReadOnlyProperty();
    }

    /** True when both texts parse. */
    public boolean isValid() {
        return callbackProblem.get().isEmpty() && errbackProblem.get().isEmpty();
    }

    Observable[] observables() {
        return new Observable[] {callback, errback};
    }
}
