package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.ui.render.SceneItem;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * The graph in the running window, checked from what its last frame drew: on the bundled dataset as of
 * 9 April 2025, in every theme, at the window a 1024×768 projector and a 1920×1080 screen give, the 30
 * most important actors are named, no name sits on another name or on another actor's node, and the
 * legend covers neither names nor nodes.
 */
class LiveGraphNamesTest extends LiveBundledGraphTest {

    @Test
    void theThirtyMostImportantActorsAreNamedClearOfEachOtherAndOfTheLegend() {
        // 1024x768 and 1920x1080 screens, with the margins the window leaves (see MainWindow.show)
        double[][] sizes = {{983, 722}, {1840, 1015}};
        List<String> problems = new ArrayList<>();
        for (double[] size : sizes) {
            for (Theme theme : Theme.values()) {
                String where = (int) size[0] + "x" + (int) size[1] + " " + theme + ": ";
                List<SceneItem> frame = frameAt(size[0], size[1], theme);
                GraphSnapshot g = view().viewModel().snapshot();
                Map<String, SceneItem> nodes = new HashMap<>();
                List<SceneItem> labels = new ArrayList<>();
                SceneItem legend = null;
                for (SceneItem i : frame) {
                    if (i.kind() == SceneItem.Kind.NODE) nodes.put(i.id(), i);
                    if (i.kind() == SceneItem.Kind.LABEL) labels.add(i);
                    if (i.kind() == SceneItem.Kind.LEGEND) legend = i;
                }
                assertFalse(nodes.isEmpty(), where + "the graph is drawn");
                Set<String> named = new HashSet<>();
                labels.forEach(l -> named.add(l.id()));
                int[] order = g.byImportance();
                for (int k = 0; k < Math.min(LabelLayer.ALWAYS_NAMED, order.length); k++) {
                    String id = g.actor(order[k]).id();
                    if (!named.contains(id)) problems.add(where + id + " has no name");
                }
                for (int a = 0; a < labels.size(); a++) {
                    SceneItem la = labels.get(a);
                    if (legend != null && la.overlaps(legend)) problems.add(where + la.text() + " on the legend");
                    for (int b = a + 1; b < labels.size(); b++) {
                        if (la.overlaps(labels.get(b))) problems.add(where + la.text() + " on " + labels.get(b).text());
                    }
                    for (SceneItem n : nodes.values()) {
                        if (!n.id().equals(la.id()) && la.overlaps(n)) problems.add(where + la.text() + " on the node of " + n.id());
                    }
                }
                if (legend != null) {
                    for (SceneItem n : nodes.values()) if (n.overlaps(legend)) problems.add(where + "the legend covers " + n.id());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The story's main actor reads as such wherever its name has to go: in the projector theme at 1024×768
     * Japan's name only fits in reduced type, and there it used to lose its bold weight, looking less
     * important than the names around it.
     */
    @Test
    void theMostImportantActorIsNamedInBoldInEveryThemeAndSize() {
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{983, 722}, {1840, 1015}}) {
            for (Theme theme : Theme.values()) {
                frameAt(size[0], size[1], theme);
                GraphSnapshot g = view().viewModel().snapshot();
                String name = LabelText.of(g.actor(g.byImportance()[0]));
                List<org.entente.ui.render.SceneRecorder.Text> drawn = new ArrayList<>();
                interact(() -> {
                    var recorder = new org.entente.ui.render.SceneRecorder(view().getWidth(), view().getHeight());
                    view().renderable().render(recorder, new org.entente.ui.render.Area(0, 0, view().getWidth(), view().getHeight()),
                            new org.entente.ui.render.RenderOptions(theme.palette(), false, 1, false));
                    drawn.addAll(recorder.texts());
                });
                var label = drawn.stream().filter(t -> t.text().equals(name)).findFirst();
                String where = (int) size[0] + "x" + (int) size[1] + " " + theme + ": ";
                if (label.isEmpty()) problems.add(where + name + " is not named");
                else if (!label.get().font().getStyle().contains("Bold")) problems.add(where + name + " is named in " + label.get().font().getStyle());
            }
        }
        assertEquals(List.of(), problems);
    }
}
