package org.entente.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.entente.logic.edit.Edit;
import org.entente.logic.load.DatasetLoader;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.junit.jupiter.api.Test;

/** The data view's tables without the toolkit: filter, edit in place, delete with dependants, paste. */
class DataViewModelTest {

    private final Dataset bundled = new DatasetLoader().loadBundled().dataset().orElseThrow();

    @Test
    void editingATieInItsRowChangesOnlyThatTie() throws Exception {
        Relation r = bundled.relations().get(0);
        DataColumn<Relation> end = DataViewModel.tieColumns().stream().filter(c -> c.heading().equals("End")).findFirst().orElseThrow();
        Edit edit = DataViewModel.cellEdit(bundled, r, end, "2030-01");
        Dataset after = edit.applyTo(bundled);
        assertEquals("2030-01", after.relation(r.id()).orElseThrow().end().toString());
        assertEquals(List.of(r.id()), List.copyOf(edit.change().changed()));
        var refused = assertThrows(DataViewModel.Refused.class, () -> DataViewModel.cellEdit(bundled, r, end, "soon"));
        assertTrue(refused.getMessage().contains("'soon' is not a date"), refused.getMessage());
        DataColumn<Relation> to = DataViewModel.tieColumns().stream().filter(c -> c.heading().equals("To")).findFirst().orElseThrow();
        assertThrows(DataViewModel.Refused.class, () -> DataViewModel.cellEdit(bundled, r, to, "atlantis"));
    }

    @Test
    void theFilterKeepsRowsWithTheTextInAnyColumn() {
        long kept = bundled.actors().stream().filter(DataViewModel.filter(DataViewModel.actorColumns(), "JAPAN")).count();
        assertTrue(kept >= 1 && kept < bundled.actors().size(), "kept " + kept);
    }

    @Test
    void deletingSeveralRowsSaysWhatDependsOnThem() {
        Edit edit = DataViewModel.delete(bundled, DataViewModel.Table.ACTORS, List.of("japan", "nsatu"));
        assertTrue(edit.consequence().startsWith("deleting 2 actors also removes "), edit.consequence());
        assertTrue(edit.inverse().applyTo(edit.applyTo(bundled)).sameContent(bundled));
    }

    @Test
    void rowsPastedFromASpreadsheetBecomeItemsInOneStep() throws Exception {
        String src = bundled.sources().get(0).id();
        Edit actors = DataViewModel.paste(bundled, DataViewModel.Table.ACTORS,
                "Name\tKind\tRegion\nRuritania\tstate\tEurope\nBaltic Council\talliance\t\n", src).orElseThrow();
        Dataset d = actors.applyTo(bundled);
        assertEquals("paste 2 actors", actors.name());
        assertEquals("Europe", d.actor("ruritania").orElseThrow().region());
        Edit ties = DataViewModel.paste(d, DataViewModel.Table.TIES, "Ruritania\tmember-of\tBaltic Council\t2024\n", src).orElseThrow();
        Dataset d2 = ties.applyTo(d);
        assertTrue(d2.relation("ruritania-member-of-baltic-council").isPresent(), d2.relations().toString());
        var refused = assertThrows(DataViewModel.Refused.class,
                () -> DataViewModel.paste(d, DataViewModel.Table.TIES, "Ruritania\tmember-of\tAtlantis\n", src));
        assertEquals("line 1: no actor is called 'Atlantis'", refused.getMessage());
    }
}
