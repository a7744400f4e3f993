package deferredsim.gui.timeline;

import deferredsim.gui.theme.Theme;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The timeline, drawn in code on a viewport-sized canvas with a horizontal scroll bar. Clicking
 * (or dragging) on it seeks to the nearest event; hovering names the event under the pointer. It
 * keeps the playhead in sight while playback moves.
 */
public final class TimelineView extends Region {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "timeline-view";

    private final TimelineViewModel model;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final Tooltip hover = new Tooltip();

    /** A view of {@code model}. */
    public TimelineView(TimelineViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setId("timeline");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        getChildren().addAll(canvas, horizontal);
        setMinHeight(90);
        setPrefHeight(170);
        hover.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, hover);
    }

    private void init() {
        for (ObservableValue<?> v : new ObservableValue<?>[] {theme, horizontal.valueProperty()}) {
            v.addListener((obs, old, now) -> repaint());
        }
        zoom.addListener((obs, old, now) -> requestLayout());
        model.layoutProperty().addListener((obs, old, now) -> requestLayout());
        model.positionProperty().addListener((obs, old, now) -> {
            follow();
            repaint();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::seek);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::seek);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int i = model.getLayout().nearest(unitAt(e.getX()));
            hover.setText(
                    i < 0
                            ? ""
                            : "#" + (i + 1) + "  " + model.getLayout().reading().sentence(i));
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            horizontal.setValue(Math.max(0, Math.min(horizontal.getMax(), horizontal.getValue() - delta * 2)));
            e.consume();
        });
    }

    private void seek(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getX() > TimelinePainter.LABELS * zoom.get()) {
            model.seekNear(unitAt(e.getX()));
        }
    }

    /** The axis unit under screen x {@code x}. */
    double unitAt(double x) {
        return (x + horizontal.getValue() - TimelinePainter.LABELS * zoom.get()) / zoom.get();
    }

    /** The screen x (in this view) of event {@code index}, for tests and tooltips. */
    public double screenXOf(int index) {
        return TimelinePainter.LABELS * zoom.get() + model.getLayout().x(index) * zoom.get() - horizontal.getValue();
    }

    private void follow() {
        TimelineLayout layout = model.getLayout();
        double x = layout.playheadX(model.positionProperty().get()) * zoom.get();
        double w = canvas.getWidth() - TimelinePainter.LABELS * zoom.get();
        double v = horizontal.getValue();
        if (x < v + 20 || x > v + w - 40) {
            horizontal.setValue(Math.max(0, Math.min(horizontal.getMax(), x - w * 0.3)));
        }
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double w = getWidth();
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        horizontal.resizeRelocate(0, h, w, bar);
        double content = model.getLayout().width() * zoom.get() + TimelinePainter.LABELS * zoom.get();
        horizontal.setMax(Math.max(0, content - w));
        horizontal.setVisibleAmount(horizontal.getMax() * w / Math.max(1, content));
        horizontal.setUnitIncrement(TimelineLayout.EVENT_GAP * zoom.get() * 4);
        horizontal.setBlockIncrement(w * 0.8);
        horizontal.setValue(Math.max(0, Math.min(horizontal.getMax(), horizontal.getValue())));
        repaint();
    }

    /** Draws the visible part now. */
    public void repaint() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        new TimelinePainter(
                        canvas.getGraphicsContext2D(),
                        theme.get().palette(),
                        zoom.get(),
                        horizontal.getValue(),
                        canvas.getWidth(),
                        canvas.getHeight())
                .paint(model.getLayout(), model.positionProperty().get());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
