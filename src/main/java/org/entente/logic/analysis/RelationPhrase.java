package org.entente.logic.analysis;

import java.util.Map;

/**
 * How to say a relation type in plain English in both directions: "X leads Y" (active, read from the
 * source) and "Y is led by X" (passive, read from the target). Relative clauses reuse them:
 * "…, which leads Y" and "…, which X leads". Unknown types fall back to their words.
 *
 * @param active  the verb phrase after the source: "leads", "is part of", "takes part in"
 * @param passive the verb phrase after the target: "is led by", "includes", "involves"
 */
public record RelationPhrase(String active, String passive) {

    private static final Map<String, RelationPhrase> PHRASES = Map.ofEntries(
            Map.entry("member-of", new RelationPhrase("is a member of", "has as a member")),
            Map.entry("observer-of", new RelationPhrase("is an observer of", "has as an observer")),
            Map.entry("part-of", new RelationPhrase("is part of", "includes")),
            Map.entry("signatory-of", new RelationPhrase("has signed", "was signed by")),
            Map.entry("partner-of", new RelationPhrase("is a partner of", "is a partner of")),
            Map.entry("cooperates-with", new RelationPhrase("cooperates with", "cooperates with")),
            Map.entry("allied-with", new RelationPhrase("is allied with", "is allied with")),
            Map.entry("recognizes", new RelationPhrase("recognizes", "is recognized by")),
            Map.entry("develops", new RelationPhrase("develops", "is developed by")),
            Map.entry("participates-in", new RelationPhrase("takes part in", "involves")),
            Map.entry("attends", new RelationPhrase("attends", "is attended by")),
            Map.entry("supports", new RelationPhrase("supports", "is supported by")),
            Map.entry("supplies", new RelationPhrase("supplies", "is supplied by")),
            Map.entry("aids", new RelationPhrase("aids", "is aided by")),
            Map.entry("funds", new RelationPhrase("funds", "is funded by")),
            Map.entry("opposes", new RelationPhrase("opposes", "is opposed by")),
            Map.entry("criticizes", new RelationPhrase("criticizes", "is criticized by")),
            Map.entry("attacks", new RelationPhrase("attacks", "is attacked by")),
            Map.entry("sanctions", new RelationPhrase("sanctions", "is sanctioned by")),
            Map.entry("claims", new RelationPhrase("claims", "is claimed by")),
            Map.entry("disputes-with", new RelationPhrase("is in a dispute with", "is in a dispute with")),
            Map.entry("leads", new RelationPhrase("leads", "is led by")),
            Map.entry("serves-in", new RelationPhrase("serves in", "has serving in it")),
            Map.entry("speaks-for", new RelationPhrase("speaks for", "is represented by")),
            Map.entry("hosts", new RelationPhrase("hosts", "is hosted by")),
            Map.entry("located-in", new RelationPhrase("is located in", "is the location of")),
            Map.entry("based-in", new RelationPhrase("is based in", "is the base of")));

    /** The phrase for a type; unknown types read "has a 'trains' tie with" both ways, keeping the type visible. */
    public static RelationPhrase of(String type) {
        RelationPhrase p = PHRASES.get(type);
        if (p != null) {
            return p;
        }
        String words = type == null ? "related" : type.replace('-', ' ').replace('_', ' ').trim();
        return new RelationPhrase("has a '" + words + "' tie to", "has a '" + words + "' tie from");
    }
}
