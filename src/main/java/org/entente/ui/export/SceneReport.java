package org.entente.ui.export;

import java.util.List;
import java.util.Locale;

import org.entente.ui.render.Area;
import org.entente.ui.render.SceneItem;
import org.entente.ui.render.SceneRecorder;

/**
 * What an exported picture shows, in its own pixels: every node (id, box), every name label (id, text,
 * box), every tie drawn (id, from, to), and the boxes of the legend, the graph and the timeline. Written
 * beside a picture by {@code export --report}, so that anyone (and the tests) can check a picture, for
 * instance that no label sits on another, without looking at it.
 *
 * @param items what the painters announced while drawing the picture
 */
public record SceneReport(int width, int height, List<SceneItem> items) {

    /** Format name written into the file, so readers can tell versions apart. */
    public static final String FORMAT = "entente-scene/1";

    public SceneReport {
        items = List.copyOf(items);
    }

    /** Draws {@code picture} at {@code size} through a recorder (no pixels) and keeps what it showed. Call on the JavaFX thread. */
    public static SceneReport of(ComposedPicture picture, PictureSize size, ExportRequest request) {
        SceneRecorder recorder = new SceneRecorder(size.width(), size.height());
        picture.render(recorder, new Area(0, 0, size.width(), size.height()), Exporter.options(request, size));
        return new SceneReport(size.width(), size.height(), recorder.items());
    }

    public List<SceneItem> of(SceneItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** The report as JSON text. */
    public String toJson() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\n  \"format\": ").append(str(FORMAT)).append(",\n  \"width\": ").append(width)
                .append(",\n  \"height\": ").append(height);
        for (SceneItem.Kind area : new SceneItem.Kind[] {SceneItem.Kind.GRAPH, SceneItem.Kind.TIMELINE, SceneItem.Kind.LEGEND}) {
            List<SceneItem> found = of(area);
            sb.append(",\n  ").append(str(area.name().toLowerCase(Locale.ROOT))).append(": ")
                    .append(found.isEmpty() ? "null" : box(found.get(0), new StringBuilder("{")).append('}'));
        }
        list(sb, "nodes", SceneItem.Kind.NODE);
        list(sb, "labels", SceneItem.Kind.LABEL);
        list(sb, "ties", SceneItem.Kind.TIE);
        list(sb, "timeline_events", SceneItem.Kind.EVENT);
        list(sb, "timeline_bars", SceneItem.Kind.BAR);
        list(sb, "timeline_bar_labels", SceneItem.Kind.BAR_LABEL);
        return sb.append("\n}\n").toString();
    }

    private void list(StringBuilder sb, String name, SceneItem.Kind kind) {
        sb.append(",\n  ").append(str(name)).append(": [");
        boolean first = true;
        for (SceneItem i : of(kind)) {
            sb.append(first ? "\n    {" : ",\n    {");
            first = false;
            sb.append("\"id\": ").append(str(i.id()));
            switch (kind) {
                case TIE -> sb.append(", \"from\": ").append(str(i.from())).append(", \"to\": ").append(str(i.to()));
                case LABEL, EVENT, BAR_LABEL -> box(i, sb.append(", \"text\": ").append(str(i.text())).append(", "));
                default -> box(i, sb.append(", "));
            }
            sb.append('}');
        }
        sb.append(first ? "]" : "\n  ]");
    }

    private static StringBuilder box(SceneItem i, StringBuilder sb) {
        return sb.append("\"x\": ").append(num(i.x())).append(", \"y\": ").append(num(i.y()))
                .append(", \"w\": ").append(num(i.w())).append(", \"h\": ").append(num(i.h()));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "null";
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
