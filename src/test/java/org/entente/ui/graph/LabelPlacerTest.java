package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Label placement: labels never overlap one another or other nodes; crowded ones give way. */
class LabelPlacerTest {

    static void assertNoOverlaps(List<LabelPlacer.Box> boxes) {
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertFalse(boxes.get(a).overlaps(boxes.get(b)), boxes.get(a) + " overlaps " + boxes.get(b));
            }
        }
    }

    @Test
    void aLabelGoesBelowItsNodeWhenThereIsRoom() {
        LabelPlacer p = new LabelPlacer();
        p.obstacle(0, 100, 100, 10);
        LabelPlacer.Box b = p.placeAroundNode(0, 100, 100, 10, 60, 16, 2);
        assertNotNull(b);
        assertEquals(70, b.x(), 1e-9);
        assertTrue(b.y() >= 110, "below the disc");
    }

    @Test
    void aSecondLabelTakesAnotherSpotAndACrowdedOneIsHidden() {
        LabelPlacer p = new LabelPlacer();
        for (int i = 0; i < 3; i++) p.obstacle(i, 100 + i * 4, 100, 6);
        LabelPlacer.Box first = p.placeAroundNode(0, 100, 100, 6, 80, 16, 2);
        LabelPlacer.Box second = p.placeAroundNode(1, 104, 100, 6, 80, 16, 2);
        assertNotNull(first);
        assertNotNull(second, "the second label finds a free spot (above)");
        assertFalse(first.overlaps(second));
        int shown = 2;
        for (int k = 0; k < 30; k++) {
            if (p.placeAroundNode(2, 108, 100, 6, 80, 16, 2) != null) shown++;
        }
        assertTrue(shown <= 10, "only a few more fit around the same place");
        assertNoOverlaps(p.placed());
    }

    @Test
    void aNameAtTheEdgeOfThePictureGoesOnTheSideThatIsInside() {
        LabelPlacer p = new LabelPlacer();
        p.keepWithin(0, 0, 800, 600);
        p.obstacle(0, 12, 300, 8);
        LabelPlacer.Box b = p.placeAroundNode(0, 12, 300, 8, 120, 16, 2);
        assertNotNull(b);
        assertTrue(b.x() >= 0, "not cut at the left edge (centred below it would start at x = -48): x = " + b.x());
        assertTrue(b.x() > 12, "to the right of the node");

        LabelPlacer free = new LabelPlacer();
        free.obstacle(0, 12, 300, 8);
        assertEquals(-48, free.placeAroundNode(0, 12, 300, 8, 120, 16, 2).x(), 1e-9, "without an area, below and centred");
    }

    @Test
    void labelsAvoidOtherNodes() {
        LabelPlacer p = new LabelPlacer();
        p.obstacle(0, 100, 100, 8);
        p.obstacle(1, 100, 130, 8);
        LabelPlacer.Box b = p.placeAroundNode(0, 100, 100, 8, 60, 16, 2);
        assertNotNull(b);
        assertFalse(b.overlaps(new LabelPlacer.Box(1, 92, 122, 16, 16, false)), "not on top of the node below");
    }

    @Test
    void aTagWithNoRoomIsDropped() {
        LabelPlacer p = new LabelPlacer();
        p.obstacle(0, 50, 50, 20);
        assertNull(p.placeCentred(-5, 50, 50, 20, 10));
    }
}
