package deferredsim.gui.timeline;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.gui.canvas.CanvasPen;
import deferredsim.gui.canvas.Drawing;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.ScrollBars;
import deferredsim.gui.theme.Palette;
import deferredsim.gui.theme.Theme;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The timeline, drawn in code on a viewport-sized canvas with a scroll bar each way: tracks
 * scroll vertically under a fixed axis and a fixed legend strip. The time axis is to scale ({@link
 * TimeAxis}), fitted to the view's width times the model's time scale. Clicking (or dragging)
 * seeks to the nearest event and takes the keyboard focus; Ctrl+wheel zooms the time axis;
 * hovering tells the event under the pointer in the reading's words. It keeps the playhead and the
 * current event's track in sight while playback moves.
 */
public final class TimelineView extends Region {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "timeline-view";

    private final TimelineViewModel model;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Canvas canvas = new Canvas();
    private final CanvasPen pen = new CanvasPen(canvas.getGraphicsContext2D());
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Tooltip hover = new Tooltip();
    private TimeAxis axis;
    private Reading axisReading;
    private double axisScale = -1;
    private boolean followPending;

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
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setFocusTraversable(false);
        vertical.setFocusTraversable(false);
        hover.setShowDelay(Duration.millis(150));
        hover.setWrapText(true);
        hover.setMaxWidth(520);
        Tooltip.install(canvas, hover);
        getChildren().addAll(canvas, horizontal, vertical);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription("timeline");
        setMinSize(160, 90);
    }

    private void init() {
        accessibleTextProperty().bind(model.accessibleTextProperty());
        for (ObservableValue<?> v :
                new ObservableValue<?>[] {theme, horizontal.valueProperty(), vertical.valueProperty()}) {
            v.addListener((obs, old, now) -> repaint());
        }
        zoom.addListener((obs, old, now) -> requestLayout());
        model.timeScaleProperty().addListener((obs, old, now) -> rescale(old.doubleValue(), now.doubleValue()));
        model.layoutProperty().addListener((obs, old, now) -> {
            horizontal.setValue(0);
            vertical.setValue(0);
            followPending = true;
            requestLayout();
        });
        model.playheadProperty().addListener((obs, old, now) -> {
            follow();
            repaint();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            seek(e);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::seek);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int i = axis().nearestInFan(axisX(e.getX()));
            hover.setText(i < 0 ? "" : "#" + (i + 1) + "  " + model.getReading().sentence(i));
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                if (e.getDeltaY() > 0) {
                    model.zoomTimeIn();
                } else if (e.getDeltaY() < 0) {
                    model.zoomTimeOut();
                }
            } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
                ScrollBars.set(horizontal, horizontal.getValue() - delta * 2);
            } else {
                ScrollBars.set(vertical, vertical.getValue() - e.getDeltaY());
            }
            e.consume();
        });
    }

    /** Keeps the playhead where it was on screen while the time scale changes. */
    private void rescale(double old, double now) {
        double before = axis().playheadFanX(model.playheadProperty().get()) - horizontal.getValue();
        axisScale = -1;
        requestLayout();
        layout();
        double after = axis().playheadFanX(model.playheadProperty().get());
        ScrollBars.set(horizontal, after - before);
    }

    private void seek(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getX() > TimelinePainter.LABELS * zoom.get()) {
            model.seekTo(axis().nearestInFan(axisX(e.getX())));
        }
    }

    /** The axis position under screen x {@code x}. */
    double axisX(double x) {
        return x + horizontal.getValue() - TimelinePainter.LABELS * zoom.get();
    }

    /** The screen x (in this view) of event {@code index}, for tests and tooltips. */
    public double screenXOf(int index) {
        return TimelinePainter.LABELS * zoom.get() + axis().fanX(index) - horizontal.getValue();
    }

    /** The screen y (in this view) of the middle of the track of event {@code index}. */
    public double screenYOf(int index) {
        double th = TimelinePainter.trackHeight(zoom.get());
        return TimelinePainter.AXIS * zoom.get() + model.getLayout().track(index) * th + th / 2 - vertical.getValue();
    }

    /** The axis the view draws on: fitted to its width, times the model's time scale. */
    public TimeAxis axis() {
        Reading reading = model.getLayout().reading();
        double scale = model.getTimeScale() * zoom.get();
        if (axis == null || axisReading != reading || axisScale != scale) {
            double gap = 16 * zoom.get();
            double room = Math.max(200, canvas.getWidth() - TimelinePainter.LABELS * zoom.get());
            axis = TimeAxis.of(reading, TimeAxis.fit(reading, room) * model.getTimeScale(), gap);
            axisReading = reading;
            axisScale = scale;
        }
        return axis;
    }

    private void follow() {
        Playhead at = model.playheadProperty().get();
        ScrollBars.keepInSight(
                horizontal, axis().playheadFanX(at), canvas.getWidth() - TimelinePainter.LABELS * zoom.get(), 40, 0.3);
        if (!at.atStart() && at.lastEvent() < model.getLayout().size()) {
            double th = TimelinePainter.trackHeight(zoom.get());
            double y = model.getLayout().track(at.lastEvent()) * th;
            double room = tracksRoom();
            if (y < vertical.getValue() || y + th > vertical.getValue() + room) {
                ScrollBars.set(vertical, y - room / 2 + th / 2);
            }
        }
    }

    private double tracksRoom() {
        return Math.max(0, canvas.getHeight() - (TimelinePainter.AXIS + TimelinePainter.LEGEND) * zoom.get());
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        horizontal.resizeRelocate(0, h, w, bar);
        vertical.resizeRelocate(w, 0, bar, h);
        axisScale = -1;
        double content = axis().width() + TimelinePainter.LABELS * zoom.get();
        ScrollBars.fit(horizontal, content, w, 16 * zoom.get() * 4);
        double tracks = model.getLayout().trackNames().size() * TimelinePainter.trackHeight(zoom.get());
        ScrollBars.fit(vertical, tracks, tracksRoom(), TimelinePainter.trackHeight(zoom.get()));
        vertical.setDisable(vertical.getMax() <= 0);
        if (followPending && w > 0 && h > 0) {
            followPending = false;
            follow();
        }
        repaint();
    }

    /** Draws the visible part now. */
    public void repaint() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        new TimelinePainter(
                        pen,
                        theme.get().palette(),
                        zoom.get(),
                        horizontal.getValue(),
                        vertical.getValue(),
                        canvas.getWidth(),
                        canvas.getHeight())
                .paint(model.getLayout(), axis(), model.playheadProperty().get());
    }

    /**
     * The whole timeline at the playhead: the axis as the view scales it now, from its start to its
     * end, every track, with the track names and the legend.
     */
    public Drawing wholeDrawing() {
        TimeAxis whole = axis();
        TimelineLayout layout = model.getLayout();
        Playhead at = model.playheadProperty().get();
        Palette palette = theme.get().palette();
        double z = zoom.get();
        double width = TimelinePainter.LABELS * z
                + Math.max(whole.width(), TimelinePainter.labelEnd(layout, whole, at, z))
                + 24 * z;
        double height = (TimelinePainter.AXIS + TimelinePainter.LEGEND) * z
                + layout.trackNames().size() * TimelinePainter.trackHeight(z);
        return new Drawing() {
            @Override
            public double width() {
                return width;
            }

            @Override
            public double height() {
                return height;
            }

            @Override
            public void paint(Pen pen, double wide) {
                new TimelinePainter(pen, palette, z, 0, 0, Math.max(width, wide), height).paint(layout, whole, at);
            }
        };
    }

    /** True when the middle of event {@code index}'s mark is inside the tracks area now. */
    public boolean showsEvent(int index) {
        double x = screenXOf(index);
        double y = screenYOf(index);
        return x >= TimelinePainter.LABELS * zoom.get()
                && x <= canvas.getWidth()
                && y >= TimelinePainter.AXIS * zoom.get()
                && y <= canvas.getHeight() - TimelinePainter.LEGEND * zoom.get();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
