package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.entente.model.PartialDate;

/**
 * TimelineJS JSON: events and eras (eras become events with an end, tagged "era"), dates as precise as their
 * year/month/day fields (negative years are BCE; a year beyond a billion years is reported), the group as a
 * tag, and the media credit and caption as the event's source.
 */
public final class TimelineJsImporter implements DatasetImporter {

    @Override
    public String format() {
        return "timelinejs";
    }

    @Override
    public String description() {
        return "TimelineJS JSON";
    }

    @Override
    public int detect(ImportInput input) {
        String h = JsonInput.squeezedHead(input);
        return h.startsWith("{") && (h.contains("\"events\":[") || h.contains("\"title\":{")) && h.contains("\"start_date\"")
                || h.startsWith("{") && h.contains("\"events\":[{") && input.lowerName().endsWith(".json") ? 14 : 0;
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        JsonElement root = JsonInput.parse(input, context, "TimelineJS");
        if (root == null) return;
        JsonArray events = JsonInput.arr(root, "events");
        JsonArray eras = JsonInput.arr(root, "eras");
        if (events == null && eras == null) {
            context.report().error(input.name(), "", "no TimelineJS events: expected \"events\": [ ... ]");
            return;
        }
        read(input, context, events, "events", false);
        read(input, context, eras, "eras", true);
    }

    private void read(ImportInput input, ImportContext context, JsonArray items, String name, boolean era) {
        if (items == null) return;
        DatasetBuilder b = context.builder();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof JsonObject o)) continue;
            String place = name + "[" + i + "]";
            JsonObject startObj = JsonInput.obj(o, "start_date");
            PartialDate start = date(startObj, JsonInput.str(o, "display_date"), context, input.name(), place + ".start_date");
            if (start == null) {
                if (startObj == null) context.report().skipped(input.name(), place, "an event needs a start_date");
                continue;
            }
            PartialDate end = date(JsonInput.obj(o, "end_date"), null, context, input.name(), place + ".end_date");
            JsonObject text = JsonInput.obj(o, "text");
            String headline = JsonInput.str(text, "headline");
            String body = JsonInput.str(text, "text");
            if (headline == null) headline = body == null ? null : body.replaceAll("<[^>]*>", "").strip();
            if (headline == null || headline.isEmpty()) {
                context.report().skipped(input.name(), place, "an event needs a headline or a text");
                continue;
            }
            if (headline.length() > 120) headline = headline.substring(0, 119) + "…";
            List<String> tags = new ArrayList<>();
            if (era) tags.add("era");
            String group = JsonInput.str(o, "group");
            if (group != null) tags.add(group);
            String entTags = JsonInput.str(o, "entente_tags");
            if (entTags != null) tags = new ArrayList<>(List.of(entTags.split("\\|")));
            List<String> actors = new ArrayList<>();
            String entActors = JsonInput.str(o, "entente_actors");
            if (entActors != null) for (String a : entActors.split("\\|")) actors.add(b.actorRef(a, input.name(), place));
            List<String> sources = new ArrayList<>();
            JsonObject media = JsonInput.obj(o, "media");
            String credit = JsonInput.str(media, "credit");
            String caption = JsonInput.str(media, "caption");
            if (credit != null || caption != null) {
                String title = credit != null && caption != null ? caption + " — " + credit : credit != null ? credit : caption;
                sources.add(b.source(null, title.replaceAll("<[^>]*>", ""), null, null, null, JsonInput.str(media, "url"), null));
            }
            b.event(JsonInput.str(o, "unique_id"), start, end, headline.replaceAll("<[^>]*>", ""),
                    body == null ? null : body.replaceAll("<[^>]*>", ""), actors, tags, null, sources, input.name(), place);
        }
    }

    private static PartialDate date(JsonObject d, String display, ImportContext context, String file, String place) {
        if (d == null) return null;
        String y = JsonInput.str(d, "year");
        if (y == null) {
            context.report().skipped(file, place, "a date needs a year");
            return null;
        }
        String m = JsonInput.str(d, "month");
        String day = JsonInput.str(d, "day");
        String text = (y.startsWith("-") ? y : y) + (m != null ? "-" + pad(m) + (day != null ? "-" + pad(day) : "") : "");
        DateReader.Result r = new DateReader().read(text, DayOrder.UNSET);
        if (r instanceof DateReader.Ok ok) {
            boolean approx = display != null && display.toLowerCase(java.util.Locale.ROOT).matches("^(about|c\\.|circa|~).*");
            return approx ? ok.start().approximately() : ok.start();
        }
        context.report().skipped(file, place, "year " + Quote.of(y) + (m != null ? " month " + Quote.of(m) : "")
                + (day != null ? " day " + Quote.of(day) : "") + ": " + ((DateReader.Bad) r).why());
        return null;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
