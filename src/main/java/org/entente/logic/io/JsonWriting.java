package org.entente.logic.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.entente.logic.filter.FilterCriteria;
import org.entente.logic.tour.Camera;

/** Builds the JSON of the shared parts of tours and saved views (filter, camera, dates, id lists). */
final class JsonWriting {

    private JsonWriting() {
    }

    static void date(JsonObject o, String key, LocalDate date) {
        if (date != null) o.addProperty(key, date.toString());
    }

    static JsonArray strings(Collection<String> values, boolean sorted) {
        JsonArray a = new JsonArray();
        (sorted ? new TreeSet<>(values) : values).forEach(a::add);
        return a;
    }

    static JsonObject filter(FilterCriteria f) {
        JsonObject o = new JsonObject();
        o.add("kinds", strings(f.kinds(), true));
        o.add("relationTypes", strings(f.relationTypes(), true));
        o.add("regions", strings(f.regions(), true));
        o.addProperty("onlyDisputed", f.onlyDisputed());
        o.addProperty("minTies", f.minTies());
        o.addProperty("hideIsolated", f.hideIsolated());
        return o;
    }

    static JsonObject camera(Camera c) {
        JsonObject o = new JsonObject();
        o.addProperty("centreX", c.centreX());
        o.addProperty("centreY", c.centreY());
        o.addProperty("zoom", c.zoom());
        return o;
    }
}
