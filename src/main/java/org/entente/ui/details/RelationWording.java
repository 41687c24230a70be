package org.entente.ui.details;

import java.util.Locale;
import java.util.Map;

/**
 * Reads a directed relation type from either end, so that the details of Japan say "member of G7" and
 * the details of the G7 say "has member Japan". Types outside the default vocabulary fall back to their
 * words ("trains" / "trains (from X)") rather than being hidden.
 */
public final class RelationWording {

    private record Phrase(String outgoing, String incoming) {
    }

    private static final Map<String, Phrase> PHRASES = Map.ofEntries(
            Map.entry("member-of", new Phrase("member of", "has member")),
            Map.entry("observer-of", new Phrase("observer of", "has observer")),
            Map.entry("part-of", new Phrase("part of", "includes")),
            Map.entry("signatory-of", new Phrase("signatory of", "signed by")),
            Map.entry("partner-of", new Phrase("partner of", "partner of")),
            Map.entry("cooperates-with", new Phrase("cooperates with", "cooperates with")),
            Map.entry("allied-with", new Phrase("allied with", "allied with")),
            Map.entry("recognizes", new Phrase("recognizes", "recognized by")),
            Map.entry("develops", new Phrase("develops", "developed by")),
            Map.entry("participates-in", new Phrase("participates in", "has participant")),
            Map.entry("attends", new Phrase("attends", "attended by")),
            Map.entry("supports", new Phrase("supports", "supported by")),
            Map.entry("supplies", new Phrase("supplies", "supplied by")),
            Map.entry("aids", new Phrase("aids", "aided by")),
            Map.entry("funds", new Phrase("funds", "funded by")),
            Map.entry("opposes", new Phrase("opposes", "opposed by")),
            Map.entry("criticizes", new Phrase("criticizes", "criticized by")),
            Map.entry("attacks", new Phrase("attacks", "attacked by")),
            Map.entry("sanctions", new Phrase("sanctions", "sanctioned by")),
            Map.entry("claims", new Phrase("claims", "claimed by")),
            Map.entry("disputes-with", new Phrase("in dispute with", "in dispute with")),
            Map.entry("leads", new Phrase("leads", "led by")),
            Map.entry("serves-in", new Phrase("serves in", "served by")),
            Map.entry("speaks-for", new Phrase("speaks for", "represented by")),
            Map.entry("hosts", new Phrase("hosts", "hosted by")),
            Map.entry("located-in", new Phrase("located in", "location of")),
            Map.entry("based-in", new Phrase("based in", "base of")));

    private RelationWording() {
    }

    /** The type as words, without direction: "member-of" becomes "member of". */
    public static String words(String type) {
        return type == null ? "related to" : type.replace('-', ' ').replace('_', ' ').trim().toLowerCase(Locale.ROOT);
    }

    /** What the tie says from its source end, before the target's name: "member of". */
    public static String outgoing(String type) {
        Phrase p = PHRASES.get(type);
        return p != null ? p.outgoing() : words(type);
    }

    /**
     * What the tie says from its target end, before the source's name: "has member". Unknown types read
     * "trains (from)" so the direction is never lost.
     */
    public static String incoming(String type) {
        Phrase p = PHRASES.get(type);
        return p != null ? p.incoming() : words(type) + " (from)";
    }
}
