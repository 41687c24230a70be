package org.entente.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented default kinds and relation types. Both vocabularies are open: an unknown kind or type
 * still loads (with a warning from the validator and a default style in the views), because curators
 * must be able to say something new without waiting for a code change.
 */
public final class Vocabulary {

    /** Default actor kinds, in legend order. */
    public static final List<String> DEFAULT_KINDS = List.of(
            "state", "alliance", "organization", "initiative", "agreement", "policy", "meeting",
            "person", "place", "company");

    /** Default relation types and the family each belongs to. */
    public static final Map<String, RelationFamily> DEFAULT_TYPES;

    static {
        Map<String, RelationFamily> m = new LinkedHashMap<>();
        for (String t : List.of("member-of", "observer-of", "part-of", "signatory-of")) m.put(t, RelationFamily.MEMBERSHIP);
        for (String t : List.of("partner-of", "cooperates-with", "allied-with", "recognizes", "develops")) m.put(t, RelationFamily.PARTNERSHIP);
        for (String t : List.of("participates-in", "attends", "visits", "meets")) m.put(t, RelationFamily.PARTICIPATION);
        for (String t : List.of("supports", "supplies", "aids", "funds")) m.put(t, RelationFamily.SUPPORT);
        for (String t : List.of("opposes", "criticizes", "attacks", "sanctions", "claims", "disputes-with")) m.put(t, RelationFamily.OPPOSITION);
        for (String t : List.of("leads", "serves-in", "speaks-for", "succeeds")) m.put(t, RelationFamily.LEADERSHIP);
        for (String t : List.of("hosts", "located-in", "based-in")) m.put(t, RelationFamily.LOCATION);
        DEFAULT_TYPES = java.util.Collections.unmodifiableMap(m);
    }

    /** Default regions, in legend order. */
    public static final List<String> DEFAULT_REGIONS = List.of(
            "europe", "indo-pacific", "north-america", "eurasia", "transatlantic", "middle-east", "global", "other");

    private Vocabulary() {
    }

    /** The family of a relation type; {@link RelationFamily#OTHER} for unknown types. */
    public static RelationFamily familyOf(String type) {
        return DEFAULT_TYPES.getOrDefault(type, RelationFamily.OTHER);
    }

    public static boolean isKnownKind(String kind) {
        return DEFAULT_KINDS.contains(kind);
    }

    public static boolean isKnownType(String type) {
        return DEFAULT_TYPES.containsKey(type);
    }
}
