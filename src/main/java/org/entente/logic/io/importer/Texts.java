package org.entente.logic.io.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers the importers share: decoding, trimming, and turning names into ids. */
final class Texts {

    private Texts() {
    }

    /** UTF-8 with its BOM removed; Windows-1252 (what older Excel writes) when the bytes are not UTF-8. */
    static String decode(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, Charset.forName("windows-1252"));
        }
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Trimmed text, or null when blank or a usual "nothing" marker (NA, N/A, null, -). */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("null")
                || t.equals("-") || t.equals("—")) {
            return null;
        }
        return t;
    }

    /** A readable id part: lower-case ASCII words joined by hyphens ("Côte d'Ivoire" becomes "cote-d-ivoire"). */
    static String slug(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (n.length() > 60) {
            n = n.substring(0, 60).replaceAll("-+$", "");
        }
        return n;
    }

    /** A header normalised for synonym lookup: lower-case letters and digits only. */
    static String key(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
