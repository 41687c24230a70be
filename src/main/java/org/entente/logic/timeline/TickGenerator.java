package org.entente.logic.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the time axis ticks for a zoom: the finest calendar unit (days, months, quarters, years, decades)
 * whose labels still fit side by side without touching, so the axis is as precise as the space allows and
 * never a smear of overlapping text. Labels are drawn left-aligned just after their tick.
 */
public final class TickGenerator {

    /** One candidate spacing, finest first. */
    private record Step(TickUnit unit, int step, double minDays, String widest) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(TickUnit.DAY, 1, 1, "28"),
            new Step(TickUnit.DAY, 2, 2, "28"),
            new Step(TickUnit.DAY, 7, 7, "28"),
            new Step(TickUnit.MONTH, 1, 28, "May"),
            new Step(TickUnit.QUARTER, 1, 90, "Q4"),
            new Step(TickUnit.YEAR, 1, 365, "2000"),
            new Step(TickUnit.YEAR, 2, 730, "2000"),
            new Step(TickUnit.YEAR, 5, 1826, "2000"),
            new Step(TickUnit.DECADE, 1, 3652, "2000"),
            new Step(TickUnit.DECADE, 2, 7305, "2000"),
            new Step(TickUnit.DECADE, 5, 18262, "2000"),
            new Step(TickUnit.DECADE, 10, 36524, "2000"));

    private final LabelWidth measure;
    private final double gap;

    /**
     * @param measure how wide labels are drawn
     * @param gap     the least free space between one label's end and the next tick, in pixels
     */
    public TickGenerator(LabelWidth measure, double gap) {
        this.measure = measure;
        this.gap = gap;
    }

    /** The ticks for {@code span} drawn across {@code width} pixels. */
    public AxisTicks ticks(TimeSpan span, double width) {
        double perDay = span.pixelsPerDay(width);
        Step chosen = STEPS.get(STEPS.size() - 1);
        for (Step s : STEPS) {
            if (s.minDays * perDay >= widest(s) + gap) {
                chosen = s;
                break;
            }
        }
        LocalDate from = span.startDate();
        LocalDate to = span.endDate();
        return new AxisTicks(chosen.unit, chosen.step, fine(chosen, from, to), context(chosen.unit, from, to));
    }

    private double widest(Step s) {
        if (s.unit == TickUnit.MONTH) {
            double w = 0;
            for (Month m : Month.values()) {
                w = Math.max(w, measure.of(monthShort(m.getValue())));
            }
            return w;
        }
        return measure.of(s.widest);
    }

    private static List<Tick> fine(Step s, LocalDate from, LocalDate to) {
        List<Tick> out = new ArrayList<>();
        switch (s.unit) {
            case DAY -> {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    int dom = d.getDayOfMonth();
                    if ((dom - 1) % s.step == 0 && (s.step == 1 || dom + s.step / 2 <= d.lengthOfMonth())) {
                        out.add(new Tick(d, Integer.toString(dom)));
                    }
                }
            }
            case MONTH, QUARTER -> {
                int every = s.unit == TickUnit.MONTH ? 1 : 3;
                for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
                    if ((m.getMonthValue() - 1) % every == 0 && !m.atDay(1).isBefore(from)) {
                        String label = every == 1 ? monthShort(m.getMonthValue()) : "Q" + ((m.getMonthValue() - 1) / 3 + 1);
                        out.add(new Tick(m.atDay(1), label));
                    }
                }
            }
            case YEAR, DECADE -> {
                int every = s.unit == TickUnit.YEAR ? s.step : s.step * 10;
                int first = Math.floorDiv(from.getYear(), every) * every;
                for (int y = first; y <= to.getYear(); y += every) {
                    LocalDate d = LocalDate.of(y, 1, 1);
                    if (!d.isBefore(from)) {
                        out.add(new Tick(d, Integer.toString(y)));
                    }
                }
            }
        }
        return out;
    }

    /** Context marks, starting with the one that contains {@code from} (its date may lie before it). */
    private static List<Tick> context(TickUnit unit, LocalDate from, LocalDate to) {
        List<Tick> out = new ArrayList<>();
        if (unit == TickUnit.DAY) {
            for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
                out.add(new Tick(m.atDay(1), Month.of(m.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear()));
            }
        } else if (unit == TickUnit.MONTH || unit == TickUnit.QUARTER) {
            for (int y = from.getYear(); y <= to.getYear(); y++) {
                out.add(new Tick(LocalDate.of(y, 1, 1), Integer.toString(y)));
            }
        }
        return out;
    }

    private static String monthShort(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
