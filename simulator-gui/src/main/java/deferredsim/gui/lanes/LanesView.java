package deferredsim.gui.lanes;

import deferredsim.core.reading.Playhead;
import deferredsim.gui.theme.Theme;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The lanes, drawn in code on a viewport-sized canvas with two scroll bars. Binds to a {@link
 * LanesViewModel} (the index and the position), a theme and a zoom; copies nothing.
 *
 * <p>When the position changes, tokens glide from their old place to the new one over {@link
 * #animationDurationProperty()}; {@link Duration#ZERO} draws the end state at once (tests use it).
 * The view scrolls itself to keep the token of the deferred the last event is about in sight.
 */
public final class LanesView extends Region {
    /** Style class of the view. */
    public static final String STYLE_CLASS = "lanes-view";

    private final LanesViewModel model;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<Duration> animationDuration =
            new SimpleObjectProperty<>(this, "animationDuration", Duration.millis(280));
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 1);
    private final Canvas canvas = new Canvas();
    private final Pane tokenLayer = new Pane();
    private final Rectangle tokenClip = new Rectangle();
    private final Map<String, TokenView> tokens = new HashMap<>();
    private boolean fading;
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private Timeline glide;
    private Playhead previous = Playhead.START;
    private Playhead shown = Playhead.START;

    /** A view of {@code model}. */
    public LanesView(LanesViewModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setId("lanes");
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        tokenLayer.setMouseTransparent(true);
        tokenLayer.setManaged(false);
        tokenLayer.setClip(tokenClip);
        getChildren().addAll(canvas, tokenLayer, vertical, horizontal);
        setFocusTraversable(false);
        setMinSize(120, 120);
    }

    private void init() {
        model.playheadProperty().addListener((obs, old, now) -> moved(old, now));
        model.indexProperty().addListener((obs, old, now) -> {
            previous = model.getPlayhead();
            shown = previous;
            tokenLayer.getChildren().clear();
            tokens.clear();
            requestLayout();
            repaint();
        });
        for (ObservableValue<?> v :
                new ObservableValue<?>[] {theme, vertical.valueProperty(), horizontal.valueProperty()}) {
            v.addListener((obs, old, now) -> repaint());
        }
        // While gliding only the tokens move; the drawing is repainted only when a new column fades in.
        progress.addListener((obs, old, now) -> {
            if (fading) {
                repaint();
            } else {
                placeTokens();
            }
        });
        zoom.addListener((obs, old, now) -> {
            double ratio = now.doubleValue() / old.doubleValue();
            vertical.setValue(vertical.getValue() * ratio);
            horizontal.setValue(horizontal.getValue() * ratio);
            requestLayout();
            repaint();
        });
        addEventFilter(ScrollEvent.SCROLL, e -> {
            ScrollBar bar =
                    e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? horizontal : vertical;
            double delta = bar == horizontal && e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            bar.setValue(clamp(bar.getValue() - delta * 1.5, bar.getMin(), bar.getMax()));
            e.consume();
        });
        model.focusProperty().addListener((obs, old, now) -> follow());
    }

    private void moved(Playhead from, Playhead to) {
        previous = from;
        shown = to;
        if (glide != null) {
            glide.stop();
        }
        fading = false;
        for (Column c : model.getIndex().columns()) {
            if (!c.state(from).snapshot().exists() && c.state(to).snapshot().exists()) {
                fading = true;
            }
        }
        int step = to.position() - from.position();
        Duration d = animationDuration.get();
        if (d == null || d.lessThanOrEqualTo(Duration.ZERO) || Math.abs(step) != 1) {
            progress.set(1);
            previous = to;
        } else {
            progress.set(0);
            glide = new Timeline(new KeyFrame(d, new KeyValue(progress, 1)));
            glide.setOnFinished(e -> previous = shown);
            glide.play();
        }
        double sx = horizontal.getValue();
        double sy = vertical.getValue();
        follow();
        if (fading || Math.abs(step) != 1 || sx != horizontal.getValue() || sy != vertical.getValue()) {
            repaint();
        } else {
            repaintRowsOf(Math.max(from.position(), to.position()) - 1);
        }
    }

    /** Repaints only the rows event {@code eventIndex} changes (all of them if it may change more). */
    private void repaintRowsOf(int eventIndex) {
        LaneIndex index = model.getIndex();
        if (eventIndex < 0 || eventIndex >= index.eventCount() || canvas.getWidth() <= 0) {
            repaint();
            return;
        }
        java.util.List<Integer> rows = DirtyRows.of(index, eventIndex);
        if (rows == null) {
            repaint();
            return;
        }
        LaneGeometry g = geometry();
        LanePainter painter = new LanePainter(
                canvas.getGraphicsContext2D(),
                theme.get().palette(),
                g,
                horizontal.getValue(),
                vertical.getValue(),
                canvas.getWidth(),
                canvas.getHeight());
        for (int row : new java.util.TreeSet<>(rows)) {
            double top = g.rowY(row) - vertical.getValue();
            painter.paintBand(index, shown, previous, progress.get(), top, top + g.rowHeight());
        }
        placeTokens();
    }

    /** Scrolls so the focused deferred's token (or header) is in sight. */
    private void follow() {
        String name = model.focusProperty().get();
        Column c = name == null ? null : model.getIndex().column(name);
        if (c == null) {
            return;
        }
        LaneGeometry g = geometry();
        ColumnState s = c.state(shown);
        double y = g.rowY(c.rowOffset() + (s.hasToken() ? s.token().row() : 0));
        double h = canvas.getHeight();
        if (y < vertical.getValue() + g.rowHeight() || y > vertical.getValue() + h - g.rowHeight()) {
            vertical.setValue(clamp(y - h / 3, 0, vertical.getMax()));
        }
        double x0 = g.columnX(c.order());
        double w = canvas.getWidth();
        if (x0 < horizontal.getValue() || x0 + g.columnWidth() > horizontal.getValue() + w) {
            horizontal.setValue(clamp(x0 - g.margin(), 0, horizontal.getMax()));
        }
    }

    private LaneGeometry geometry() {
        return new LaneGeometry(zoom.get());
    }

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(0, 0);
        tokenLayer.resizeRelocate(0, 0, w, h);
        tokenClip.setWidth(w);
        tokenClip.setHeight(h);
        vertical.resizeRelocate(w, 0, bar, h);
        horizontal.resizeRelocate(0, h, w, bar);
        LaneGeometry g = geometry();
        LaneIndex index = model.getIndex();
        double contentH = g.totalHeight(index.rowCount());
        double contentW = g.totalWidth(index.columns().size());
        vertical.setMax(Math.max(0, contentH - h));
        vertical.setVisibleAmount(vertical.getMax() * h / Math.max(1, contentH));
        vertical.setBlockIncrement(h * 0.9);
        vertical.setUnitIncrement(g.rowHeight());
        horizontal.setMax(Math.max(0, contentW - w));
        horizontal.setVisibleAmount(horizontal.getMax() * w / Math.max(1, contentW));
        horizontal.setBlockIncrement(w * 0.9);
        horizontal.setUnitIncrement(g.columnWidth() / 4);
        vertical.setValue(clamp(vertical.getValue(), 0, vertical.getMax()));
        horizontal.setValue(clamp(horizontal.getValue(), 0, horizontal.getMax()));
        repaint();
    }

    /** Draws the visible part now. */
    public void repaint() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        new LanePainter(
                        canvas.getGraphicsContext2D(),
                        theme.get().palette(),
                        geometry(),
                        horizontal.getValue(),
                        vertical.getValue(),
                        canvas.getWidth(),
                        canvas.getHeight())
                .paint(model.getIndex(), shown, previous, progress.get());
        placeTokens();
    }

    /**
     * Shows each visible column's token where it rests, or on its way there while gliding (through
     * the box of a stage the step ran, see {@link TokenMotion}).
     */
    private void placeTokens() {
        LaneGeometry g = geometry();
        double sx = horizontal.getValue();
        double sy = vertical.getValue();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double t = progress.get();
        boolean forward = shown.position() == previous.position() + 1;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Column c : model.getIndex().columns()) {
            double left = g.columnX(c.order()) - sx;
            if (left > w || left + g.columnWidth() < 0) {
                continue;
            }
            TokenPlace now = c.state(shown).token();
            if (now == null) {
                continue;
            }
            TokenMotion m = t >= 1
                    ? TokenMotion.at(now)
                    : TokenMotion.between(
                            c, c.state(previous).token(), now, forward ? c.runAt(previous.position()) : null, t);
            double x = g.laneCenter(c.order(), deferredsim.core.recording.Side.CALLBACK)
                    + (g.laneCenter(c.order(), deferredsim.core.recording.Side.ERRBACK)
                                    - g.laneCenter(c.order(), deferredsim.core.recording.Side.CALLBACK))
                            * m.lane();
            double y = g.rowY(c.rowOffset() + m.row());
            if (y - sy < -g.rowHeight() || y - sy > h + g.rowHeight()) {
                continue;
            }
            TokenView token = tokens.computeIfAbsent(c.name(), name -> {
                TokenView v = new TokenView();
                v.setId("token-" + name.replaceAll("[^A-Za-z0-9_-]", "_"));
                tokenLayer.getChildren().add(v);
                return v;
            });
            token.show(m, theme.get().palette(), g);
            token.placeAt(x - sx, y - sy);
            token.setVisible(true);
            seen.add(c.name());
        }
        for (Map.Entry<String, TokenView> e : tokens.entrySet()) {
            if (!seen.contains(e.getKey())) {
                e.getValue().setVisible(false);
            }
        }
    }

    /** Scrolls to the top-left corner. */
    public void scrollHome() {
        vertical.setValue(0);
        horizontal.setValue(0);
    }

    /** Scrolls down by {@code pixels} (negative: up), within the content. */
    public void scrollBy(double pixels) {
        vertical.setValue(clamp(vertical.getValue() + pixels, 0, vertical.getMax()));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The theme whose palette the lanes use. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** 1.0 = 100 %. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** How long a token takes to glide one step; {@link Duration#ZERO} jumps to the end state. */
    public ObjectProperty<Duration> animationDurationProperty() {
        return animationDuration;
    }

    /** Vertical scroll position in pixels. */
    public ReadOnlyDoubleProperty scrollYProperty() {
        return vertical.valueProperty();
    }

    /** The scroll bars, for keyboard scrolling from the window. */
    public ScrollBar verticalBar() {
        return vertical;
    }
}
