package org.entente.ui.details;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A headed part of the details panel ("Relations — Membership", "Sources", "Disputed"), made of entries;
 * each entry is one or more lines that belong together (a source's title, publisher and address).
 *
 * @param id stable name for tests and styling ("relations-membership", "sources", ...)
 */
public record DetailSection(String id, String heading, List<List<DetailLine>> entries) {

    public DetailSection {
        entries = entries.stream().map(List::copyOf).toList();
    }

    public String plainText() {
        return entries.stream().flatMap(List::stream).map(DetailLine::plainText).collect(Collectors.joining("\n"));
    }

    /** Every line of every entry, in order. */
    public List<DetailLine> lines() {
        return entries.stream().flatMap(List::stream).toList();
    }
}
