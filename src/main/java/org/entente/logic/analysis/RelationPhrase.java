package org.entente.logic.analysis;

import java.util.Locale;
import java.util.Map;

/**
 * How to say a relation type in plain English in both directions: "X leads Y" (active, read from the
 * source) and "Y is led by X" (passive, read from the target). Relative clauses reuse them:
 * "…, which leads Y" and "…, which X leads". Unknown types fall back to their words.
 *
 * Lists (the details panel) use the shorter labels: Japan's ties read "member of G7", the G7's read
 * "has member Japan". One table holds both forms so that a new type is worded everywhere at once.
 *
 * @param active        the verb phrase after the source: "leads", "is part of", "takes part in"
 * @param passive       the verb phrase after the target: "is led by", "includes", "involves"
 * @param label         the short label from the source's side, before the target's name: "member of"
 * @param reverseLabel  the short label from the target's side, before the source's name: "has member"
 */
public record RelationPhrase(String active, String passive, String label, String reverseLabel) {

    private static final Map<String, RelationPhrase> PHRASES = Map.ofEntries(
            Map.entry("member-of", new RelationPhrase("is a member of", "has as a member", "member of", "has member")),
            Map.entry("observer-of", new RelationPhrase("is an observer of", "has as an observer", "observer of", "has observer")),
            Map.entry("part-of", new RelationPhrase("is part of", "includes", "part of", "includes")),
            Map.entry("signatory-of", new RelationPhrase("has signed", "was signed by", "signatory of", "signed by")),
            Map.entry("partner-of", new RelationPhrase("is a partner of", "is a partner of", "partner of", "partner of")),
            Map.entry("cooperates-with", new RelationPhrase("cooperates with", "cooperates with", "cooperates with", "cooperates with")),
            Map.entry("allied-with", new RelationPhrase("is allied with", "is allied with", "allied with", "allied with")),
            Map.entry("recognizes", new RelationPhrase("recognizes", "is recognized by", "recognizes", "recognized by")),
            Map.entry("develops", new RelationPhrase("develops", "is developed by", "develops", "developed by")),
            Map.entry("participates-in", new RelationPhrase("takes part in", "involves", "participates in", "has participant")),
            Map.entry("attends", new RelationPhrase("attends", "is attended by", "attends", "attended by")),
            Map.entry("visits", new RelationPhrase("visits", "is visited by", "visits", "visited by")),
            Map.entry("meets", new RelationPhrase("meets", "is met by", "meets", "met by")),
            Map.entry("supports", new RelationPhrase("supports", "is supported by", "supports", "supported by")),
            Map.entry("supplies", new RelationPhrase("supplies", "is supplied by", "supplies", "supplied by")),
            Map.entry("aids", new RelationPhrase("aids", "is aided by", "aids", "aided by")),
            Map.entry("funds", new RelationPhrase("funds", "is funded by", "funds", "funded by")),
            Map.entry("opposes", new RelationPhrase("opposes", "is opposed by", "opposes", "opposed by")),
            Map.entry("criticizes", new RelationPhrase("criticizes", "is criticized by", "criticizes", "criticized by")),
            Map.entry("attacks", new RelationPhrase("attacks", "is attacked by", "attacks", "attacked by")),
            Map.entry("sanctions", new RelationPhrase("sanctions", "is sanctioned by", "sanctions", "sanctioned by")),
            Map.entry("claims", new RelationPhrase("claims", "is claimed by", "claims", "claimed by")),
            Map.entry("disputes-with", new RelationPhrase("is in a dispute with", "is in a dispute with", "in dispute with", "in dispute with")),
            Map.entry("leads", new RelationPhrase("leads", "is led by", "leads", "led by")),
            Map.entry("serves-in", new RelationPhrase("serves in", "has serving in it", "serves in", "served by")),
            Map.entry("speaks-for", new RelationPhrase("speaks for", "is represented by", "speaks for", "represented by")),
            Map.entry("succeeds", new RelationPhrase("succeeds", "is succeeded by", "succeeds", "succeeded by")),
            Map.entry("hosts", new RelationPhrase("hosts", "is hosted by", "hosts", "hosted by")),
            Map.entry("located-in", new RelationPhrase("is located in", "is the location of", "located in", "location of")),
            Map.entry("based-in", new RelationPhrase("is based in", "is the base of", "based in", "base of")));

    /**
     * The phrase for a type; unknown types read "has a 'trains' tie to" in sentences and "trains" /
     * "trains (from)" in lists, keeping the type and its direction visible.
     */
    public static RelationPhrase of(String type) {
        RelationPhrase p = PHRASES.get(type);
        if (p != null) {
            return p;
        }
        String words = type == null ? "related" : words(type);
        String label = type == null ? "related to" : words;
        return new RelationPhrase("has a '" + words + "' tie to", "has a '" + words + "' tie from", label, label + " (from)");
    }

    /** The type as words, without direction: "member-of" becomes "member of". */
    public static String words(String type) {
        return type == null ? "related to" : type.replace('-', ' ').replace('_', ' ').trim().toLowerCase(Locale.ROOT);
    }
}
