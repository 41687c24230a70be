package org.entente.logic.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.entente.model.Event;
import org.entente.model.Relation;

/**
 * One horizontal lane of the timeline: its events and relation spans, each held in arrays sorted by start
 * so that the painter finds what is visible with a binary search instead of scanning every item on every
 * frame (20,000 events must still draw in a few milliseconds).
 */
public final class Lane {

    private final String key;
    private final String title;
    private final Event[] events;
    private final Extent[] extents;
    private final double[] starts;
    private final double longestEvent;
    private final Relation[] relations;
    private final SpanExtent[] spans;

    /**
     * @param key   a stable identity (for remembering whether the lane is collapsed)
     * @param title what the lane header says
     */
    public Lane(String key, String title, List<Event> events, List<Relation> relations) {
        this.key = key;
        this.title = title;
        List<Event> sortedEvents = new ArrayList<>(events);
        List<Extent> eventExtents = new ArrayList<>();
        sortedEvents.sort(Comparator.comparingDouble((Event e) -> Extent.of(e.date(), e.end()).start()).thenComparing(Event::id));
        for (Event e : sortedEvents) {
            eventExtents.add(Extent.of(e.date(), e.end()));
        }
        this.events = sortedEvents.toArray(Event[]::new);
        this.extents = eventExtents.toArray(Extent[]::new);
        this.starts = new double[this.events.length];
        double longest = 0;
        for (int i = 0; i < this.events.length; i++) {
            starts[i] = extents[i].start();
            longest = Math.max(longest, extents[i].days());
        }
        this.longestEvent = longest;
        List<Relation> sortedRelations = new ArrayList<>(relations);
        sortedRelations.sort(Comparator.comparingDouble((Relation r) -> SpanExtent.of(r).from()).thenComparing(Relation::id));
        this.relations = sortedRelations.toArray(Relation[]::new);
        this.spans = new SpanExtent[this.relations.length];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = SpanExtent.of(this.relations[i]);
        }
    }

    public String key() { return key; }

    public String title() { return title; }

    public int eventCount() { return events.length; }

    public Event event(int i) { return events[i]; }

    public Extent extent(int i) { return extents[i]; }

    /** Event start days, ascending (shared, do not modify). */
    public double[] starts() { return starts; }

    public int relationCount() { return relations.length; }

    public Relation relation(int i) { return relations[i]; }

    public SpanExtent span(int i) { return spans[i]; }

    /** The first event index that may be visible in {@code visible}. */
    public int firstVisibleEvent(TimeSpan visible) {
        return DensityBuckets.lowerBound(starts, visible.start() - longestEvent);
    }

    /** One past the last event index that may be visible in {@code visible}. */
    public int endVisibleEvent(TimeSpan visible) {
        return DensityBuckets.lowerBound(starts, visible.end());
    }

    /** Indices of the events that overlap {@code visible}, in start order. */
    public int visibleEvents(TimeSpan visible, int[] out) {
        int n = 0;
        for (int i = firstVisibleEvent(visible), end = endVisibleEvent(visible); i < end; i++) {
            if (extents[i].end() > visible.start()) {
                out[n++] = i;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return title + " (" + events.length + " events, " + relations.length + " ties)";
    }
}
