package org.entente.ui.details;

import java.util.ArrayList;
import java.util.List;

import org.entente.model.Dataset;
import org.entente.ui.details.DetailLine.Role;

/**
 * What the panel shows when nothing is selected: the dataset's title, description and size, and a hint
 * on how to use the panel, so a first-time user is never faced with an empty pane.
 */
final class OverviewDetails {

    static final String HINT = "Click an actor, tie or event to see its details and sources.";

    static final String EMPTY_HINT = "No dataset is open: use File → Open… (Ctrl+O), drop a .json file on the window, "
            + "or File → Open the bundled dataset.";

    DetailsContent build(Dataset d) {
        if (d.actors().isEmpty() && d.relations().isEmpty() && d.events().isEmpty()) {
            return new DetailsContent("", "No dataset", List.of(new DetailSection("hint", "",
                    List.of(List.of(DetailLine.of(Role.TEXT, EMPTY_HINT))))));
        }
        List<DetailSection> sections = new ArrayList<>();
        if (CommonSections.present(d.description())) {
            sections.add(new DetailSection("about", "", List.of(List.of(DetailLine.of(Role.TEXT, d.description().trim())))));
        }
        String counts = count(d.actors().size(), "actor") + " · " + count(d.relations().size(), "tie") + " · "
                + count(d.events().size(), "event") + " · " + count(d.sources().size(), "source");
        List<List<DetailLine>> size = new ArrayList<>();
        size.add(List.of(DetailLine.of(Role.MUTED, counts)));
        if (!d.disputes().isEmpty()) size.add(List.of(DetailLine.of(Role.MUTED, count(d.disputes().size(), "disputed point"))));
        sections.add(new DetailSection("counts", "In this dataset", size));
        sections.add(new DetailSection("hint", "", List.of(List.of(DetailLine.of(Role.EMPHASIS, HINT)))));
        return new DetailsContent("Dataset", d.title() == null ? "Untitled dataset" : d.title(), sections);
    }

    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
