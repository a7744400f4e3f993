package deferredsim.gui.reactor;

import deferredsim.core.reading.Playhead;
import deferredsim.core.reading.Reading;
import deferredsim.gui.canvas.CanvasPen;
import deferredsim.gui.canvas.Drawing;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.ScrollBars;
import deferredsim.gui.theme.Palette;
import deferredsim.gui.theme.Theme;
import deferredsim.gui.timeline.TimeAxis;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A reactor run drawn as what it is ({@link ReactorPicture}) on a time axis to scale, in code on a
 * viewport-sized canvas with a scroll bar each way; a title line above. The axis is fitted to the
 * view's width times the model's time scale (Ctrl+wheel zooms it). Clicking a shape seeks to its
 * event and takes the keyboard focus; hovering tells it in the reading's words. It keeps the
 * playhead and the current event's process in sight while playback moves.
 */
public final class ReactorView extends Region {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "reactor-view";

    private static final String NO_EVENTS = "This run has no reactor events.";

    private final ReactorViewModel model;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final Label title = new Label();
    private final Canvas canvas = new Canvas();
    private final CanvasPen pen = new CanvasPen(canvas.getGraphicsContext2D());
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Tooltip hover = new Tooltip();
    private TimeAxis axis;
    private ReactorPicture picture = new ReactorPicture(java.util.List.of());
    private ReactorRows rows = new ReactorRows(picture, 1);
    private Reading built;
    private double builtScale = -1;
    private double builtWidth = -1;
    private double[] fanDots = new double[0];
    private boolean followPending;

    /** A view of {@code model}. */
    public ReactorView(ReactorViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setId("reactorView");
        title.getStyleClass().add("lanes-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setId("reactorTitle");
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setFocusTraversable(false);
        vertical.setFocusTraversable(false);
        hover.setShowDelay(Duration.millis(150));
        hover.setWrapText(true);
        hover.setMaxWidth(520);
        Tooltip.install(canvas, hover);
        getChildren().addAll(title, canvas, horizontal, vertical);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription("reactor run");
        setMinSize(200, 140);
    }

    private void init() {
        title.textProperty().bind(model.titleProperty());
        accessibleTextProperty().bind(model.accessibleTextProperty());
        for (ObservableValue<?> v :
                new ObservableValue<?>[] {theme, horizontal.valueProperty(), vertical.valueProperty()}) {
            v.addListener((obs, old, now) -> repaint());
        }
        zoom.addListener((obs, old, now) -> requestLayout());
        model.timeScaleProperty().addListener((obs, old, now) -> {
            double before = axisNow().playheadX(model.playheadProperty().get()) - horizontal.getValue();
            requestLayout();
            layout();
            ScrollBars.set(
                    horizontal, axisNow().playheadX(model.playheadProperty().get()) - before);
        });
        model.readingProperty().addListener((obs, old, now) -> {
            horizontal.setValue(0);
            vertical.setValue(0);
            followPending = true;
            requestLayout();
        });
        model.playheadProperty().addListener((obs, old, now) -> {
            if (getScene() != null) {
                follow();
                repaint();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getX() > ReactorPainter.LABELS * zoom.get()) {
                int index = e.getY() < ReactorPainter.AXIS * zoom.get()
                        ? fanEventAt(e.getX())
                        : eventAt(e.getX(), e.getY());
                model.seekTo(index);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            int index =
                    e.getY() < ReactorPainter.AXIS * zoom.get() ? fanEventAt(e.getX()) : eventAt(e.getX(), e.getY());
            hover.setText(index < 0 ? "" : model.getReading().sentence(index));
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
                ScrollBars.set(horizontal, horizontal.getValue() - delta * 2);
            } else if (!e.isShortcutDown()) {
                ScrollBars.set(vertical, vertical.getValue() - e.getDeltaY());
            }
            e.consume();
        });
    }

    /** The event of the "same instant" strip nearest to screen x {@code x}, or -1. */
    private int fanEventAt(double x) {
        int best = -1;
        for (int i = 0; i < fanDots.length; i++) {
            if (!Double.isNaN(fanDots[i]) && (best < 0 || Math.abs(fanDots[i] - x) < Math.abs(fanDots[best] - x))) {
                best = i;
            }
        }
        return best;
    }

    /** The event of the shape under ({@code x}, {@code y}), or -1. */
    private int eventAt(double x, double y) {
        ReactorRows.Entry entry = rows.at(y - ReactorPainter.AXIS * zoom.get() + vertical.getValue());
        if (entry == null || entry.row() == null) {
            return -1;
        }
        double ax = axisX(x);
        double slack = 6 * zoom.get();
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (ReactorPicture.Shape shape : entry.row().shapes()) {
            double distance = switch (shape) {
                case ReactorPicture.Span s -> ax >= s.from() && ax <= s.to() ? slack : Double.MAX_VALUE;
                case ReactorPicture.Mark m -> Math.abs(m.x() - ax);
                case ReactorPicture.Bar b -> Math.abs(b.x() - ax);
            };
            if (distance <= slack && distance < bestDistance) {
                best = shape.index();
                bestDistance = distance;
            }
        }
        return best;
    }

    private double axisX(double x) {
        return x + horizontal.getValue() - ReactorPainter.LABELS * zoom.get();
    }

    /** The axis and picture for the current run, width, zoom and time scale. */
    private TimeAxis axisNow() {
        Reading reading = model.getReading();
        double scale = model.timeScaleProperty().get() * zoom.get();
        double w = canvas.getWidth();
        if (axis == null || built != reading || builtScale != scale || builtWidth != w) {
            double gap = 14 * zoom.get();
            double room = Math.max(200, w - ReactorPainter.LABELS * zoom.get());
            axis = TimeAxis.of(
                    reading,
                    TimeAxis.fit(reading, room) * model.timeScaleProperty().get(),
                    gap);
            picture = ReactorPicture.of(reading, axis);
            rows = new ReactorRows(picture, zoom.get());
            built = reading;
            builtScale = scale;
            builtWidth = w;
        }
        return axis;
    }

    /**
     * True when event {@code index} is in sight: its time on the axis lies inside the view, and so
     * does the header of its process's group (when it has one).
     */
    public boolean showsEvent(int index) {
        double labels = ReactorPainter.LABELS * zoom.get();
        double x = labels + axisNow().eventX(index) - horizontal.getValue();
        if (x < labels || x > canvas.getWidth()) {
            return false;
        }
        String who = model.getReading().reactor().who(index).orElse(null);
        ReactorRows.Entry header = who == null ? null : rows.group(who);
        if (header == null) {
            return true;
        }
        double y = ReactorPainter.AXIS * zoom.get() + header.top() - vertical.getValue();
        return y >= ReactorPainter.AXIS * zoom.get()
                && y + header.height() <= canvas.getHeight() - ReactorPainter.LEGEND * zoom.get();
    }

    /** The picture on show (tests read it). */
    public ReactorPicture picture() {
        axisNow();
        return picture;
    }

    private void follow() {
        Playhead at = model.playheadProperty().get();
        ScrollBars.keepInSight(
                horizontal, axisNow().playheadX(at), canvas.getWidth() - ReactorPainter.LABELS * zoom.get(), 40, 0.3);
        if (!at.atStart() && at.lastEvent() < model.getReading().size()) {
            model.getReading().reactor().who(at.lastEvent()).ifPresent(this::showGroup);
        }
    }

    /** Scrolls so that the group of {@code who} is in sight, its header first. */
    private void showGroup(String who) {
        ReactorRows.Entry header = rows.group(who);
        if (header == null) {
            return;
        }
        double room = rowsRoom();
        double top = header.top();
        double bottom = rows.groupBottom(who);
        double v = vertical.getValue();
        if (top < v || bottom > v + room) {
            ScrollBars.set(vertical, bottom - top <= room ? top - (room - (bottom - top)) / 2 : top);
        }
    }

    private double rowsRoom() {
        return Math.max(0, canvas.getHeight() - (ReactorPainter.AXIS + ReactorPainter.LEGEND) * zoom.get());
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double th = title.prefHeight(getWidth());
        title.resizeRelocate(0, 0, getWidth(), th);
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar - th);
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(0, th);
        horizontal.resizeRelocate(0, th + h, w, bar);
        vertical.resizeRelocate(w, th, bar, h);
        axisNow();
        double content = axis.scaleWidth() + ReactorPainter.LABELS * zoom.get();
        ScrollBars.fit(horizontal, content, w, 60 * zoom.get());
        ScrollBars.fit(vertical, rows.height(), rowsRoom(), ReactorRows.ROW * zoom.get());
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
        axisNow();
        ReactorPainter painter = new ReactorPainter(
                pen,
                theme.get().palette(),
                zoom.get(),
                horizontal.getValue(),
                vertical.getValue(),
                canvas.getWidth(),
                canvas.getHeight());
        painter.paint(
                model.getReading(),
                picture,
                rows,
                axis,
                model.playheadProperty().get(),
                model.processStatesProperty().get(),
                NO_EVENTS);
        fanDots = painter.fanDots();
    }

    /**
     * The whole picture at the playhead: the axis as the view scales it now, from its start to its
     * end, every group and row, with the row names, the "same instant" strip and the legend.
     */
    public Drawing wholeDrawing() {
        TimeAxis whole = axisNow();
        ReactorPicture shapes = picture;
        ReactorRows lines = rows;
        Reading reading = model.getReading();
        Playhead at = model.playheadProperty().get();
        java.util.Map<String, String> states = model.processStatesProperty().get();
        Palette palette = theme.get().palette();
        double z = zoom.get();
        double width = ReactorPainter.LABELS * z
                + Math.max(whole.scaleWidth(), ReactorPainter.labelsEnd(lines, at, z))
                + 24 * z;
        double height = (ReactorPainter.AXIS + ReactorPainter.LEGEND) * z + Math.max(lines.height(), 40 * z);
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
                new ReactorPainter(pen, palette, z, 0, 0, Math.max(width, wide), height)
                        .paint(reading, shapes, lines, whole, at, states, NO_EVENTS);
            }
        };
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
