package deferredsim.gui.lanes;

import deferredsim.core.reading.Playhead;
import deferredsim.core.recording.Side;
import deferredsim.gui.canvas.CanvasPen;
import deferredsim.gui.canvas.Drawing;
import deferredsim.gui.canvas.Pen;
import deferredsim.gui.canvas.ScrollBars;
import deferredsim.gui.theme.Palette;
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
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
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
 * The view scrolls itself to keep the deferreds the last event is about (header and token, and the
 * list or deferred that made them when both fit) in sight, also right after a new run is loaded at
 * a playhead ("Show me where"). Columns that do not fit side by side wrap onto shelves below.
 * Clicking the lanes takes the keyboard focus, so Space and the arrows drive playback.
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
    private final CanvasPen pen = new CanvasPen(canvas.getGraphicsContext2D());
    private final Pane tokenLayer = new Pane();
    private final Rectangle tokenClip = new Rectangle();
    private final Map<String, TokenView> tokens = new HashMap<>();
    private boolean fading;
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private Timeline glide;
    private boolean followPending;
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
        vertical.setFocusTraversable(false);
        horizontal.setFocusTraversable(false);
        getChildren().addAll(canvas, tokenLayer, vertical, horizontal);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription("callback and errback lanes");
        setMinSize(120, 120);
    }

    private void init() {
        model.playheadProperty().addListener((obs, old, now) -> moved(old, now));
        accessibleTextProperty().bind(model.accessibleTextProperty());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        model.indexProperty().addListener((obs, old, now) -> {
            previous = model.getPlayhead();
            shown = previous;
            tokenLayer.getChildren().clear();
            tokens.clear();
            followPending = true;
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
            bar.setValue(ScrollBars.clamp(bar.getValue() - delta * 1.5, bar.getMin(), bar.getMax()));
            e.consume();
        });
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
                pen,
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

    /**
     * Scrolls so the deferreds the last event is about are in sight: each one's header and token,
     * and the deferred that made it when both fit; nothing moves for the end-of-run outcomes.
     */
    private void follow() {
        LaneIndex index = model.getIndex();
        Playhead at = model.getPlayhead();
        if (index.reading() == null || at.atStart() || at.lastEvent() >= index.eventCount()) {
            return;
        }
        if (index.reading().family(at.lastEvent()) == deferredsim.core.reading.EventFamily.OUTCOME) {
            return;
        }
        java.util.List<Column> wanted = new java.util.ArrayList<>();
        for (String name : index.reading().subjects(at.lastEvent())) {
            Column c = index.column(name);
            if (c != null) {
                wanted.add(c);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Column main = wanted.get(0);
        double[] box = box(wanted, at);
        Column parent = main.parent() == null ? null : index.column(main.parent());
        if (parent != null) {
            java.util.List<Column> withParent = new java.util.ArrayList<>(wanted);
            withParent.add(parent);
            double[] bigger = box(withParent, at);
            if (bigger[2] - bigger[0] <= canvas.getWidth() && bigger[3] - bigger[1] <= canvas.getHeight()) {
                box = bigger;
            }
        }
        reveal(box);
    }

    /** The drawing-space box {x0, y0, x1, y1} around {@code columns}' headers and tokens at {@code at}. */
    private double[] box(java.util.List<Column> columns, Playhead at) {
        LaneGeometry g = geometry();
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Column c : columns) {
            ColumnState s = c.state(at);
            double tokenRow = s.hasToken() ? s.token().row() + 0.6 : 1;
            x0 = Math.min(x0, g.columnX(c.order()) - g.margin());
            x1 = Math.max(x1, g.columnX(c.order()) + g.columnWidth() + g.margin());
            y0 = Math.min(y0, g.rowY(c.rowOffset()) - g.margin());
            y1 = Math.max(y1, g.rowY(c.rowOffset() + Math.max(1, tokenRow)) + g.margin());
        }
        return new double[] {x0, y0, x1, y1};
    }

    /** Scrolls as little as needed to bring {@code box} into view (its top-left first when it is too big). */
    private void reveal(double[] box) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            followPending = true;
            return;
        }
        double sx = horizontal.getValue();
        double sy = vertical.getValue();
        if (box[0] < sx || box[2] - box[0] > w) {
            sx = box[0];
        } else if (box[2] > sx + w) {
            sx = box[2] - w;
        }
        if (box[1] < sy || box[3] - box[1] > h) {
            sy = box[1];
        } else if (box[3] > sy + h) {
            sy = box[3] - h;
        }
        ScrollBars.set(horizontal, sx);
        ScrollBars.set(vertical, sy);
    }

    /** True when {@code name}'s column header is fully in view now (tests ask it after "Show me where"). */
    public boolean showsHeader(String name) {
        Column c = model.getIndex().column(name);
        if (c == null) {
            return false;
        }
        LaneGeometry g = geometry();
        double x = g.columnX(c.order()) - horizontal.getValue();
        double y = g.rowY(c.rowOffset()) - vertical.getValue();
        return x >= 0
                && x + g.columnWidth() <= canvas.getWidth() + 0.5
                && y >= 0
                && y + g.rowHeight() <= canvas.getHeight() + 0.5;
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
        int across = (int) Math.max(
                1,
                Math.floor((w - 2 * g.margin() + LaneGeometry.COLUMN_GAP * g.zoom())
                        / (g.columnWidth() + LaneGeometry.COLUMN_GAP * g.zoom())));
        model.fitAcross(across);
        LaneIndex index = model.getIndex();
        double contentH = g.totalHeight(index.rowCount());
        double contentW = g.totalWidth(
                index.columns().stream().mapToInt(Column::order).max().orElse(-1) + 1);
        ScrollBars.fit(vertical, contentH, h, g.rowHeight());
        ScrollBars.fit(horizontal, contentW, w, g.columnWidth() / 4);
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
        new LanePainter(
                        pen,
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
            double x = tokenX(g, c, m);
            double y = tokenY(g, c, m);
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

    /** Where the centre of {@code c}'s token {@code m} is across the drawing. */
    private static double tokenX(LaneGeometry g, Column c, TokenMotion m) {
        double callback = g.laneCenter(c.order(), Side.CALLBACK);
        return callback + (g.laneCenter(c.order(), Side.ERRBACK) - callback) * m.lane();
    }

    /** Where the centre of {@code c}'s token {@code m} is down the drawing. */
    private static double tokenY(LaneGeometry g, Column c, TokenMotion m) {
        return g.rowY(c.rowOffset() + m.row());
    }

    /**
     * The whole lanes drawing at the playhead, as the view shows it once the step's glide is over:
     * every column on its shelf, every row, and each token at rest where it is now.
     */
    public Drawing wholeDrawing() {
        LaneGeometry g = geometry();
        LaneIndex index = model.getIndex();
        Playhead at = shown;
        Palette palette = theme.get().palette();
        double contentWidth = g.totalWidth(
                index.columns().stream().mapToInt(Column::order).max().orElse(-1) + 1);
        double width = Math.max(contentWidth, index.columns().isEmpty() ? 420 * g.zoom() : 0);
        double height = index.columns().isEmpty() ? g.rowHeight() : g.totalHeight(index.rowCount());
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
            public int minimumShapes() {
                long stages = index.columns().stream()
                        .mapToLong(c -> c.stages().size())
                        .sum();
                return (int) Math.min(Integer.MAX_VALUE, stages * LanePainter.SHAPES_PER_STAGE_ROW);
            }

            @Override
            public void paint(Pen pen, double wide) {
                new LanePainter(pen, palette, g, 0, 0, Math.max(width, wide), height).paint(index, at, at, 1);
                for (Column c : index.columns()) {
                    TokenPlace place = c.state(at).token();
                    if (place != null) {
                        TokenMotion m = TokenMotion.at(place);
                        TokenPicture.of(m, g).paint(pen, palette, tokenX(g, c, m), tokenY(g, c, m));
                    }
                }
            }
        };
    }

    /** Scrolls to the top-left corner. */
    public void scrollHome() {
        vertical.setValue(0);
        horizontal.setValue(0);
    }

    /** Scrolls down by {@code pixels} (negative: up), within the content. */
    public void scrollBy(double pixels) {
        ScrollBars.set(vertical, vertical.getValue() + pixels);
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
