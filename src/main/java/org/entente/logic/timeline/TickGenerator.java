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
            new Step(TickUnit.DECADE, 10, 36524, "2000"),
            new Step(TickUnit.MILLENNIUM, 250, 91310, "2000 BCE"),
            new Step(TickUnit.MILLENNIUM, 500, 182621, "2000 BCE"),
            new Step(TickUnit.MILLENNIUM, 1000, 365242, "20,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 2500, 913106, "20,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 5000, 1826212, "20,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 10_000, 3652425, "200,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 25_000, 9131062, "200,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 50_000, 18262125, "200,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 100_000, 36524250, "200,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 250_000, 91310625, "200,000 BCE"),
            new Step(TickUnit.MILLENNIUM, 500_000, 182621250, "200,000 BCE"),
            new Step(TickUnit.MEGAYEAR, 1_000_000, 365242500, "200 million years ago"),
            new Step(TickUnit.MEGAYEAR, 5_000_000, 1826212500, "200 million years ago"),
            new Step(TickUnit.MEGAYEAR, 10_000_000, 3652425000.0, "200 million years ago"),
            new Step(TickUnit.MEGAYEAR, 50_000_000, 18262125000.0, "200 million years ago"),
            new Step(TickUnit.MEGAYEAR, 100_000_000, 36524250000.0, "200 million years ago"),
            new Step(TickUnit.MEGAYEAR, 250_000_000, 91310625000.0, "250 million years ago"),
            new Step(TickUnit.MEGAYEAR, 500_000_000, 182621250000.0, "500 million years ago"),
            new Step(TickUnit.MEGAYEAR, 1_000_000_000, 365242500000.0, "10 billion years ago"),
            new Step(TickUnit.MEGAYEAR, 2_000_000_000, 730485000000.0, "10 billion years ago"));

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
        return new AxisTicks(chosen.unit, chosen.step, fine(chosen, span, from, to), context(chosen.unit, from, to));
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

    private static List<Tick> fine(Step s, TimeSpan span, LocalDate from, LocalDate to) {
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
            case YEAR, DECADE, MILLENNIUM, MEGAYEAR -> {
                long every = s.unit == TickUnit.DECADE ? s.step * 10L : s.step;
                long last = TimeSpan.yearAt(span.end() - 1e-9);
                long first = Math.floorDiv(TimeSpan.yearAt(span.start()), every) * every;
                for (long y = first; y <= last; y += every) {
                    if (y == 0) {
                        continue;
                    }
                    if (y < LocalDate.MIN.getYear() || y > LocalDate.MAX.getYear()) {
                        Tick t = Tick.deepYear(y, yearLabel(y));
                        if (t.day() >= span.start()) out.add(t);
                        continue;
                    }
                    LocalDate d = LocalDate.of((int) (y < 0 ? y + 1 : y), 1, 1);
                    if (!d.isBefore(from)) {
                        out.add(new Tick(d, yearLabel(y)));
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
                out.add(new Tick(LocalDate.of(y, 1, 1), yearLabel(historical(y))));
            }
        }
        return out;
    }

    /** The historian's year (no year zero, negative BCE) of an ISO year. */
    private static long historical(int isoYear) {
        return isoYear <= 0 ? isoYear - 1L : isoYear;
    }

    /** "1990", "480 BCE", "20,000 BCE", "65 million years ago", "13.8 billion years ago". */
    static String yearLabel(long year) {
        if (year > 0) {
            return Long.toString(year);
        }
        long bce = -year;
        if (bce >= 1_000_000_000) {
            double g = bce / 1_000_000_000.0;
            String n = g == Math.rint(g) ? Long.toString((long) g) : String.format(Locale.ROOT, "%.1f", g);
            return n + " billion years ago";
        }
        if (bce >= 1_000_000) {
            double m = bce / 1_000_000.0;
            String n = m == Math.rint(m) ? Long.toString((long) m) : String.format(Locale.ROOT, "%.1f", m);
            return n + " million years ago";
        }
        return String.format(Locale.ENGLISH, bce >= 10_000 ? "%,d BCE" : "%d BCE", bce);
    }

    private static String monthShort(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
