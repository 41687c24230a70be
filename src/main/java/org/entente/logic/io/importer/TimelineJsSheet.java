package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TimelineJS's Google Sheet template (Year, Month, Day, Time, End Year, ..., Headline, Text, Media, Media
 * Credit, Media Caption, Group, Type): its split date columns are joined into one Date and one End column,
 * the media credit and caption into a citation and the media address into a URL, so the events table maps
 * like any other.
 */
final class TimelineJsSheet {

    private TimelineJsSheet() {
    }

    static boolean isTemplate(Table t) {
        List<String> keys = t.header().stream().map(Texts::key).toList();
        return keys.contains("year") && keys.contains("month") && keys.contains("day") && keys.contains("headline");
    }

    static Table combine(Table t) {
        List<String> keys = t.header().stream().map(Texts::key).toList();
        List<String> header = List.of("Date", "End", "Headline", "Text", "Group", "Citation", "URL", "Display Date", "Type");
        List<Table.Row> rows = new ArrayList<>();
        for (Table.Row r : t.rows()) {
            String type = cell(r, keys, "type");
            String credit = cell(r, keys, "mediacredit");
            String caption = cell(r, keys, "mediacaption");
            String citation = credit != null && caption != null ? caption + " — " + credit : credit != null ? credit : caption;
            String display = cell(r, keys, "displaydate");
            String date = date(r, keys, "");
            if (date != null && display != null && display.toLowerCase(Locale.ROOT).matches("^(about|c\\.|circa|~).*")) date = "~" + date;
            rows.add(new Table.Row(r.number(), java.util.Arrays.asList(date, date(r, keys, "end"), cell(r, keys, "headline"),
                    cell(r, keys, "text"), type != null && type.equalsIgnoreCase("era") ? "era" : cell(r, keys, "group"),
                    citation, cell(r, keys, "media"), display, type)));
        }
        return new Table(t.file(), t.sheet(), header, rows);
    }

    private static String date(Table.Row r, List<String> keys, String prefix) {
        String y = cell(r, keys, prefix + "year");
        if (y == null) return null;
        String m = cell(r, keys, prefix + "month");
        String d = cell(r, keys, prefix + "day");
        return y + (m != null ? "-" + pad(m) + (d != null ? "-" + pad(d) : "") : "");
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private static String cell(Table.Row r, List<String> keys, String key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : Texts.clean(r.cell(i));
    }
}
