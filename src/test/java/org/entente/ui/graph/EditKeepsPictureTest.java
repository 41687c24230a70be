package org.entente.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Actor;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An edit patches the graph's picture instead of building it again: the nodes the edit did not touch stay
 * exactly where they are drawn, even mid-animation, and the keyboard cursor stays on its actor.
 */
class EditKeepsPictureTest {

    private AppState state;
    private GraphViewModel vm;

    @BeforeEach
    void setUp() {
        state = GraphFixtures.state();
        vm = new GraphViewModel(state, new ImmediateExecutor());
        vm.setViewport(1000, 700);
        vm.settle();
    }

    private void apply(Edit e) {
        state.applyEdit(e.applyTo(state.getDataset()), e.change().removed(), e.change().touched());
    }

    private Edit rename(String id, String name) {
        Actor a = state.getDataset().actor(id).orElseThrow();
        return DatasetEdits.changeActor(state.getDataset(), new Actor(a.id(), name, a.kind(), a.aliases(), a.region(), a.summary(),
                a.start(), a.end(), a.note(), a.figures(), a.sources(), a.shortName()));
    }

    @Test
    void anEditLeavesTheOtherNodesWhereTheyAreDrawnMidAnimationAndTheCursorOnItsActor() {
        // a new actor lays the graph out again: the nodes start easing to their new places
        apply(DatasetEdits.addActor(state.getDataset(), new Actor("atlantis", "Atlantis", "state", List.of(), null, "new",
                null, null, null, List.of(), List.of(state.getDataset().sources().get(0).id()))));
        vm.tick();
        GraphSnapshot before = vm.snapshot();
        boolean moving = false;
        for (int i = 0; i < before.nodeCount(); i++) moving |= before.x[i] != before.tx[i];
        assertTrue(moving, "some node is caught mid-animation");
        vm.cursorStep(true);
        String cursor = vm.cursorActor();
        int built = vm.picturesBuilt();

        apply(rename("ukraine", "Ukraine (renamed)"));

        GraphSnapshot after = vm.snapshot();
        assertEquals("Ukraine (renamed)", after.actor(after.indexOf("ukraine")).name());
        for (int i = 0; i < before.nodeCount(); i++) {
            String id = before.actor(i).id();
            int j = after.indexOf(id);
            assertEquals(before.x[i], after.x[j], id + " stays where it is drawn");
            assertEquals(before.y[i], after.y[j], id + " stays where it is drawn");
        }
        assertEquals(cursor, vm.cursorActor(), "the keyboard cursor stays on its actor");
        assertEquals(built, vm.picturesBuilt(), "the picture was patched, not built again");
    }

    @Test
    void aDeletedActorComesBackWhereItWasWhenTheDeleteIsUndone() {
        GraphSnapshot before = vm.snapshot();
        int i = before.indexOf("ukraine");
        double x = before.x[i], y = before.y[i];
        int built = vm.picturesBuilt();
        Edit delete = DatasetEdits.deleteActors(state.getDataset(), List.of("ukraine"));
        apply(delete);
        assertEquals(-1, vm.snapshot().indexOf("ukraine"));
        vm.settle(); // the others move on meanwhile
        apply(delete.inverse());
        GraphSnapshot back = vm.snapshot();
        int j = back.indexOf("ukraine");
        assertTrue(j >= 0, "Ukraine is drawn again");
        assertEquals(x, back.x[j], "drawn where it was");
        assertEquals(y, back.y[j], "drawn where it was");
        assertEquals(built, vm.picturesBuilt(), "neither edit built the picture again");
    }
}
