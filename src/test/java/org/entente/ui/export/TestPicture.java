package org.entente.ui.export;

import java.util.List;

import javafx.scene.paint.Color;

import org.entente.ui.render.Area;
import org.entente.ui.render.LegendItem;
import org.entente.ui.render.RenderOptions;
import org.entente.ui.render.Renderable;
import org.entente.ui.render.Surface;

/** A stand-in view: fills its area's middle with one colour and has a two-item legend with solid swatches. */
final class TestPicture implements Renderable {

    static final Color BODY = Color.web("#0072B2");
    static final Color SWATCH = Color.web("#D55E00");

    Area lastArea;

    @Override
    public void render(Surface s, Area area, RenderOptions options) {
        lastArea = area;
        s.setFill(BODY);
        s.fillRect(area.x() + area.width() * 0.25, area.y() + area.height() * 0.25, area.width() * 0.5, area.height() * 0.5);
        s.setStroke(BODY);
        s.setLineWidth(2 * options.pixelScale());
        s.strokeRect(area.x(), area.y(), area.width(), area.height());
    }

    @Override
    public List<LegendItem> legend() {
        return List.of(
                new LegendItem("Kinds", "State", (s, cx, cy, size, p) -> {
                    s.setFill(SWATCH);
                    s.fillRect(cx - size / 2, cy - size / 2, size, size);
                }),
                new LegendItem("Ties", "Membership", (s, cx, cy, size, p) -> {
                    s.setFill(SWATCH);
                    s.fillOval(cx - size / 2, cy - size / 2, size, size);
                }));
    }

    @Override
    public double[] preferredSize() {
        return new double[] {800, 500};
    }
}
