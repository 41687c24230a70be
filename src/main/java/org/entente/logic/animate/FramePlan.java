package org.entente.logic.animate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/**
 * The as-of dates of an animation's frames, from {@code from} to {@code to}: every month or year, or every
 * day something dated happens (an event, a tie that starts or ends). Frame N of the file shows date N of
 * this list, so the file, its metadata and the tests agree on what each frame means.
 */
public record FramePlan(List<LocalDate> dates, FrameStep step) {

    /** Most frames an animation may have: a few minutes of video at a few frames per second. */
    public static final int MAX_FRAMES = 2000;

    public FramePlan {
        dates = List.copyOf(dates);
        if (dates.isEmpty()) throw new IllegalArgumentException("an animation needs at least one frame");
    }

    /** The frames from {@code from} to {@code to} (both included) of {@code dataset}. */
    public static FramePlan of(Dataset dataset, LocalDate from, LocalDate to, FrameStep step) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the end date " + to + " is before the start date " + from);
        }
        List<LocalDate> dates = new ArrayList<>();
        switch (step) {
            case MONTH, YEAR -> {
                for (LocalDate d = from; !d.isAfter(to); d = step == FrameStep.MONTH ? d.plusMonths(1) : d.plusYears(1)) {
                    dates.add(d);
                    if (dates.size() > MAX_FRAMES) throw tooMany(from, to, step);
                }
            }
            case EVENTS -> {
                TreeSet<LocalDate> days = new TreeSet<>();
                days.add(from);
                days.add(to);
                for (Event e : dataset.events()) add(days, e.date(), from, to);
                for (Relation r : dataset.relations()) {
                    add(days, r.start(), from, to);
                    if (r.end() != null) {
                        LocalDate after = r.end().latest().plusDays(1);
                        if (!after.isBefore(from) && !after.isAfter(to)) days.add(after);
                    }
                }
                if (days.size() > MAX_FRAMES) throw tooMany(from, to, step);
                dates.addAll(days);
            }
            default -> throw new IllegalStateException(step.toString());
        }
        return new FramePlan(dates, step);
    }

    private static void add(TreeSet<LocalDate> days, PartialDate date, LocalDate from, LocalDate to) {
        if (date == null) return;
        LocalDate d = date.earliest();
        if (!d.isBefore(from) && !d.isAfter(to)) days.add(d);
    }

    private static IllegalArgumentException tooMany(LocalDate from, LocalDate to, FrameStep step) {
        return new IllegalArgumentException("from " + from + " to " + to + " by " + step.word() + " makes more than "
                + MAX_FRAMES + " frames; choose a shorter range or a longer step");
    }

    public int size() { return dates.size(); }

    public LocalDate date(int frame) { return dates.get(frame); }

    /**
     * Where {@code day} falls between frames as a fractional frame index: 2.5 is half way from frame 2 to
     * frame 3; before the first frame it is negative infinity, after the last positive infinity.
     */
    public double position(LocalDate day) {
        if (day.isBefore(dates.get(0))) return Double.NEGATIVE_INFINITY;
        if (day.isAfter(dates.get(dates.size() - 1))) return Double.POSITIVE_INFINITY;
        int lo = 0;
        int hi = dates.size() - 1;
        while (lo < hi) { // first frame whose date is on or after day
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).isBefore(day)) lo = mid + 1; else hi = mid;
        }
        if (dates.get(lo).equals(day) || lo == 0) return lo;
        LocalDate a = dates.get(lo - 1);
        LocalDate b = dates.get(lo);
        double span = b.toEpochDay() - a.toEpochDay();
        return lo - 1 + (day.toEpochDay() - a.toEpochDay()) / span;
    }
}
