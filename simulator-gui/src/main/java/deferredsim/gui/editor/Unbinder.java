package deferredsim.gui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Remembers bindings made to one draft so a view can let go of them when it shows another. */
final class Unbinder {
    private final List<Runnable> undo = new ArrayList<>();

    /** Binds {@code field} both ways to {@code draft}. */
    <T> void both(Property<T> field, Property<T> draft) {
        field.bindBidirectional(draft);
        undo.add(() -> field.unbindBidirectional(draft));
    }

    /** Binds {@code target} one way to {@code source}. */
    <T> void one(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        undo.add(target::unbind);
    }

    /** Calls {@code listener} now and on every change of {@code source}. */
    <T> void listen(ObservableValue<T> source, ChangeListener<? super T> listener) {
        source.addListener(listener);
        listener.changed(source, null, source.getValue());
        undo.add(() -> source.removeListener(listener));
    }

    /** Undoes everything bound so far. */
    void release() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
