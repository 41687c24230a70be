package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import javafx.geometry.Point2D;

import org.entente.ui.render.LegendItem;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.state.ViewCamera;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The graph's behaviour without a screen: hit-testing, selection, pins, camera, time and changes. */
class GraphViewModelTest {

    private AppState state;
    private GraphViewModel vm;

    @BeforeEach
    void setUp() {
        state = GraphFixtures.state();
        vm = new GraphViewModel(state, new ImmediateExecutor());
        vm.setViewport(1000, 700);
        vm.settle();
    }

    private Point2D at(String id) {
        Point2D p = vm.screenPosition(id);
        assertNotNull(p, id + " is drawn");
        return p;
    }

    @Test
    void paintingTheLegendNeverWritesTheSharedStateTheFramingFollowsBeforeTheNextFrame() {
        var before = state.graphCameraProperty().get();
        int[] writes = {0};
        state.graphCameraProperty().addListener(obs -> writes[0]++);
        vm.setLegendReserve(120, 0); // what the painter reports while painting
        assertEquals(0, writes[0], "painting wrote the camera");
        vm.tick(); // the next animation step, before the next frame
        assertEquals(1, writes[0]);
        org.junit.jupiter.api.Assertions.assertNotEquals(before, state.graphCameraProperty().get(), "the graph is framed clear of the legend");
    }

    @Test
    void escapeOrTheBackgroundClearsTheSelectionAndEveryHighlight() {
        state.select(Selection.actor("japan"));
        state.highlight(org.entente.logic.tour.Highlights.Owner.SEARCH, java.util.Set.of("japan"));
        vm.click(2, 2); // the background
        assertEquals(Selection.NONE, state.getSelection());
        assertTrue(state.highlighted().isEmpty(), "nothing stays dimmed");
    }

    @Test
    void clickingANodeSelectsItsActorAndClickingATieSelectsTheRelation() {
        Point2D japan = at("japan");
        vm.click(japan.getX(), japan.getY());
        assertEquals(Selection.actor("japan"), state.getSelection());

        GraphSnapshot g = vm.snapshot();
        int e = g.edgeIndexOf("r22-japan-ukraine");
        double[] seg = EdgeGeometry.segment(g, vm.camera(), e, 1);
        vm.click(seg[6], seg[7]);
        assertEquals(Selection.relation("r22-japan-ukraine"), state.getSelection());

        double[] far = {2, 2};
        assertEquals(-1, vm.nodeAt(far[0], far[1]), "the corner is background");
        vm.click(far[0], far[1]);
        assertTrue(state.getSelection().isNone(), "clicking the background clears the selection");
    }

    @Test
    void draggingANodePinsItWhereItWasDroppedAndDoubleClickUnpins() {
        Point2D japan = at("japan");
        int i = vm.snapshot().indexOf("japan");
        vm.dragNode(i, japan.getX() + 120, japan.getY() + 40);
        vm.dropNode(i);
        vm.settle();
        Point2D pin = state.pinned().get("japan");
        assertNotNull(pin, "the dropped node is pinned in the shared state");
        Point2D now = at("japan");
        assertEquals(japan.getX() + 120, now.getX(), 0.5);
        assertEquals(japan.getY() + 40, now.getY(), 0.5);
        vm.unpinAt(now.getX(), now.getY());
        assertFalse(state.pinned().containsKey("japan"));
    }

    @Test
    void theCameraIsSharedBothWays() {
        vm.pan(100, 0);
        ViewCamera afterPan = state.graphCameraProperty().get();
        assertNotNull(afterPan);
        double zoom = vm.zoom();
        vm.zoomAt(500, 350, 2);
        assertEquals(zoom * 2, state.graphCameraProperty().get().zoom(), 1e-9);
        state.graphCameraProperty().set(new ViewCamera(10, 20, 1.5));
        assertEquals(1.5, vm.zoom(), 1e-9);
        assertEquals(500, vm.camera().sx(10), 1e-9, "the shared centre is in the middle of the view");
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorInPlace() {
        Point2D japan = at("japan");
        vm.zoomAt(japan.getX(), japan.getY(), 3);
        Point2D after = at("japan");
        assertEquals(japan.getX(), after.getX(), 1e-6);
        assertEquals(japan.getY(), after.getY(), 1e-6);
    }

    @Test
    void movingTheDateChangesWhatIsDrawnAndSurvivorsKeepTheirPlaces() {
        int before = vm.snapshot().nodeCount();
        double[] japan = {vm.snapshot().x(vm.snapshot().indexOf("japan")), vm.snapshot().y(vm.snapshot().indexOf("japan"))};
        state.asOfProperty().set(LocalDate.of(2023, 1, 1));
        vm.settle();
        assertEquals(-1, vm.snapshot().indexOf("nsatu"), "NSATU did not exist in 2023");
        assertTrue(vm.snapshot().nodeCount() < before);
        int j = vm.snapshot().indexOf("japan");
        double moved = Math.hypot(vm.snapshot().x(j) - japan[0], vm.snapshot().y(j) - japan[1]);
        assertTrue(moved < 60, "Japan stays near where it was (moved " + moved + ")");
    }

    @Test
    void changesSinceMarksNewAndEndedTies() {
        state.compareDateProperty().set(LocalDate.of(2019, 1, 1));
        GraphSnapshot g = vm.snapshot();
        assertEquals(EdgeStatus.GONE, g.status(g.edgeIndexOf("r28-uk-eu")), "the UK left the EU in 2020");
        assertEquals(EdgeStatus.NEW, g.status(g.edgeIndexOf("r10-japan-ip4")), "the IP4 started in 2022");
        assertEquals(EdgeStatus.SAME, g.status(g.edgeIndexOf("r6-usa-nato")));
        assertTrue(vm.legend().stream().anyMatch(i -> i.label().startsWith("Ended since")));
        state.compareDateProperty().set(null);
        assertEquals(-1, vm.snapshot().edgeIndexOf("r28-uk-eu"), "without comparison, ended ties are not drawn");
    }

    @Test
    void clickingANodeAndChoosingItInSearchGiveTheSameEmphasis() {
        Point2D japan = at("japan");
        vm.click(japan.getX(), japan.getY());
        vm.hover(Double.NaN, Double.NaN);
        java.util.Map<String, Boolean> byClick = dimmedMap();
        assertFalse(byClick.get("ukraine"), "Japan aids Ukraine: a neighbour stays bright");
        assertTrue(byClick.get("russia"), "Russia is not tied to Japan: dimmed");
        state.select(Selection.NONE);
        assertFalse(vm.isDimmed("russia"), "nothing selected, nothing dimmed");
        // what search does: select the actor and highlight it
        state.select(Selection.actor("japan"));
        state.highlight(org.entente.logic.tour.Highlights.Owner.SEARCH, java.util.Set.of("japan"));
        assertEquals(byClick, dimmedMap(), "search shows the same neighbourhood as a click");
    }

    private java.util.Map<String, Boolean> dimmedMap() {
        java.util.Map<String, Boolean> m = new java.util.TreeMap<>();
        GraphSnapshot g = vm.snapshot();
        for (int i = 0; i < g.nodeCount(); i++) m.put(g.actor(i).id(), vm.isDimmed(g.actor(i).id()));
        return m;
    }

    @Test
    void hoveringANodeDimsEverythingButItsNeighbours() {
        Point2D japan = at("japan");
        vm.hover(japan.getX(), japan.getY());
        assertFalse(vm.isDimmed("japan"));
        assertFalse(vm.isDimmed("ukraine"), "Japan aids Ukraine: a neighbour stays bright");
        assertTrue(vm.isDimmed("russia"), "Russia is not tied to Japan: dimmed");
        assertNotNull(vm.tooltipText());
        assertTrue(vm.tooltipText().startsWith("Japan"));
        vm.hover(Double.NaN, Double.NaN);
        assertFalse(vm.isDimmed("russia"));
        assertNull(vm.tooltipText());
    }

    @Test
    void theLegendListsOnlyWhatIsOnScreen() {
        long kindsAll = vm.legend().stream().filter(i -> i.group().equals(GraphLegend.KINDS)).count();
        Point2D company = at("mhi");
        vm.zoomAt(company.getX(), company.getY(), 12);
        vm.pan(vm.camera().width() / 2 - at("mhi").getX(), vm.camera().height() / 2 - at("mhi").getY());
        java.util.List<LegendItem> close = vm.legend();
        long kindsClose = close.stream().filter(i -> i.group().equals(GraphLegend.KINDS)).count();
        assertTrue(kindsClose < kindsAll, kindsClose + " kinds close up, " + kindsAll + " in the whole graph");
        assertTrue(close.stream().anyMatch(i -> i.label().equals("Company")));
    }

    @Test
    void theKeyboardCursorWalksNodesByImportanceAndEnterSelects() {
        vm.cursorStep(true);
        String first = vm.cursorActor();
        assertEquals(vm.snapshot().actor(vm.snapshot().byImportance()[0]).id(), first, "Tab starts at the most important actor");
        vm.cursorStep(true);
        String second = vm.cursorActor();
        assertFalse(first.equals(second));
        vm.cursorMove(1, 0);
        vm.selectCursor();
        assertEquals(Selection.actor(vm.cursorActor()), state.getSelection());
    }

    @Test
    void analysisWeightsResizeNodesAndCommunitiesRecolourThem() {
        int japan = vm.snapshot().indexOf("japan");
        double before = vm.snapshot().radius(japan);
        state.nodeWeightsProperty().set(java.util.Map.of("japan", 0.0, "mhi", 1.0));
        assertTrue(vm.snapshot().radius(vm.snapshot().indexOf("japan")) < before);
        state.communitiesProperty().set(java.util.Map.of("japan", 0, "usa", 1));
        assertTrue(vm.legend().stream().anyMatch(i -> i.group().equals(GraphLegend.COMMUNITIES)));
    }

    @Test
    void aFittedGraphStaysFittedWhenTheViewGrowsButAZoomedOneKeepsItsZoom() {
        vm.fit();
        double small = vm.zoom();
        vm.setViewport(2000, 1400);
        assertTrue(vm.zoom() > 1.8 * small, "going full screen frames the graph again, about twice as large: " + small + " -> " + vm.zoom());

        vm.zoomBy(1.5);
        double zoomed = vm.zoom();
        vm.setViewport(1000, 700);
        assertEquals(zoomed, vm.zoom(), 1e-9, "after the user zooms, a resize leaves the zoom alone");
    }
}
