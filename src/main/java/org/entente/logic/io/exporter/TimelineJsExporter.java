package org.entente.logic.io.exporter;

import java.io.IOException;
import java.nio.file.Path;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.entente.logic.io.AtomicWrite;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;

/**
 * A TimelineJS JSON file of the dataset's events: dates only as precise as known (year, month, day fields),
 * approximate dates shown as "about ...", BCE years negative as TimelineJS expects, the first tag as the group;
 * actors and all tags in extra fields TimelineJS ignores and Entente's importer reads back.
 */
public final class TimelineJsExporter implements DatasetExporter {

    @Override
    public String format() {
        return "timelinejs";
    }

    @Override
    public void export(Dataset d, Path target) throws IOException {
        JsonObject root = new JsonObject();
        JsonObject title = new JsonObject();
        JsonObject titleText = new JsonObject();
        titleText.addProperty("headline", d.title());
        titleText.addProperty("text", d.description());
        title.add("text", titleText);
        root.add("title", title);
        JsonArray events = new JsonArray();
        for (Event e : d.events()) {
            JsonObject o = new JsonObject();
            o.addProperty("unique_id", e.id());
            o.add("start_date", date(e.date()));
            if (e.end() != null) o.add("end_date", date(e.end()));
            if (e.date().isApproximate()) o.addProperty("display_date", e.date().display());
            JsonObject text = new JsonObject();
            text.addProperty("headline", e.title());
            if (e.summary() != null) text.addProperty("text", e.summary());
            o.add("text", text);
            if (!e.tags().isEmpty()) o.addProperty("group", e.tags().get(0));
            if (!e.actors().isEmpty()) o.addProperty("entente_actors", String.join("|", e.actors()));
            if (!e.tags().isEmpty()) o.addProperty("entente_tags", String.join("|", e.tags()));
            events.add(o);
        }
        root.add("events", events);
        AtomicWrite.writeString(target, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n");
    }

    private static JsonObject date(PartialDate d) {
        JsonObject o = new JsonObject();
        o.addProperty("year", String.valueOf(d.longYear()));
        if (d.month() != 0) o.addProperty("month", String.valueOf(d.month()));
        if (d.day() != 0) o.addProperty("day", String.valueOf(d.day()));
        return o;
    }
}
