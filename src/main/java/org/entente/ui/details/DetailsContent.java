package org.entente.ui.details;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the details panel shows for one selection: a kicker ("State · Indo-Pacific"), a title and
 * headed sections. Plain data, produced by {@link DetailsViewModel} and drawn by the panel's skin.
 */
public record DetailsContent(String kicker, String title, List<DetailSection> sections) {

    public DetailsContent {
        sections = List.copyOf(sections);
    }

    public Optional<DetailSection> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The whole panel as text, in reading order: for tests and for copying. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        if (kicker != null && !kicker.isEmpty()) sb.append(kicker).append('\n');
        sb.append(title);
        for (DetailSection s : sections) {
            sb.append("\n\n");
            if (s.heading() != null && !s.heading().isEmpty()) sb.append(s.heading()).append('\n');
            sb.append(s.plainText());
        }
        return sb.toString();
    }

    /** Every link in the panel, in order. */
    public List<Fragment> links() {
        return sections.stream().flatMap(s -> s.lines().stream()).flatMap(l -> l.links().stream())
                .collect(Collectors.toList());
    }
}
