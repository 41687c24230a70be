package org.entente.logic.io.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.entente.model.Vocabulary;

/**
 * Maps the kinds and tie types other tools and teachers use ("Country", "member", "Alliance membership") to
 * Entente's vocabulary where they clearly mean the same, and keeps every other value as written, recording
 * it in the report so the teacher sees which ones get the default style.
 */
public final class VocabularyMapper {

    private static final Map<String, String> KINDS = new HashMap<>();
    private static final Map<String, String> TYPES = new HashMap<>();

    static {
        for (String k : Vocabulary.DEFAULT_KINDS) KINDS.put(k, k);
        kinds("state", "country", "nation", "nation-state", "states", "countries", "sovereign-state");
        kinds("alliance", "alliances", "military-alliance", "defence-pact", "defense-pact", "pact");
        kinds("organization", "organisation", "org", "international-organization", "international-organisation", "igo", "ngo", "institution");
        kinds("agreement", "treaty", "accord", "convention", "agreements", "treaties");
        kinds("person", "people", "individual", "persons", "leader", "politician");
        kinds("place", "city", "location", "region", "town", "site");
        kinds("company", "firm", "business", "corporation", "enterprise");
        kinds("meeting", "summit", "conference");
        kinds("initiative", "programme", "program", "project");
        for (String t : Vocabulary.DEFAULT_TYPES.keySet()) TYPES.put(t, t);
        types("member-of", "member", "membership", "memberof", "is-member-of", "belongs-to", "joined", "member-state");
        types("allied-with", "ally", "allies", "alliance", "allied", "defense-pact", "defence-pact");
        types("partner-of", "partner", "partnership", "partners");
        types("cooperates-with", "cooperation", "cooperates", "co-operation", "collaborates-with", "collaboration");
        types("supports", "support", "supporter");
        types("opposes", "opposition", "enemy", "rival", "rivalry", "conflict");
        types("leads", "leader-of", "head-of", "leader");
        types("signatory-of", "signatory", "signed", "signs");
        types("observer-of", "observer");
        types("participates-in", "participant", "participation", "participates");
        types("funds", "funding", "funder");
        types("located-in", "location", "in");
        types("sanctions", "sanction");
    }

    private static void kinds(String to, String... from) {
        for (String f : from) KINDS.put(f, to);
    }

    private static void types(String to, String... from) {
        for (String f : from) TYPES.put(f, to);
    }

    private final ImportReport report;

    public VocabularyMapper(ImportReport report) {
        this.report = report;
    }

    /** Entente's kind for {@code value}, or the value as written (reported as kept) when none matches. */
    public String kind(String value) {
        return map(value, KINDS, "kind");
    }

    /** Entente's tie type for {@code value}, or the value as written (reported as kept) when none matches. */
    public String type(String value) {
        return map(value, TYPES, "tie type");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s_]+");
    /** Values already mapped (a ties sheet repeats a handful of types over many rows). */
    private final Map<String, String> seen = new java.util.HashMap<>();

    private String map(String value, Map<String, String> known, String what) {
        String key = what + '\u0000' + value;
        String before = seen.get(key);
        if (before != null) return before;
        String result = mapOnce(value, known, what);
        if (seen.size() < 10_000) seen.put(key, result);
        return result;
    }

    private String mapOnce(String value, Map<String, String> known, String what) {
        String norm = SPACES.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        String mapped = known.get(norm);
        if (mapped != null) {
            return mapped;
        }
        String kept = value.strip();
        report.keptAsIs(what, kept);
        return kept;
    }
}
