package org.entente.logic.layout;

/**
 * Lays out a graph: the chosen arrangement, then overlap removal. The one entry point shared by the
 * on-screen view (in the background, animated through the {@link LayoutMonitor}), the headless export
 * and the benchmark, so every picture of the same data has the same layout.
 */
public final class GraphLayouter {

    private static final double STOP_STEP = 0.15;
    /**
     * Up to this many nodes, label boxes take part in overlap removal; beyond it most labels are hidden at
     * any overview zoom anyway, and keeping them apart would spread the graph too thin.
     */
    static final int LABEL_BOX_LIMIT = 600;

    /** Force iterations that settle the actors in no group around the groupings layout's groups. */
    private static final int GROUPING_ITERATIONS = 150;

    private GraphLayouter() {
    }

    public static LayoutResult layout(LayoutInput in, LayoutSettings settings, LayoutMonitor monitor) {
        int n = in.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double k = settings.edgeLength();
        int iterations = 0;
        boolean converged = true;
        if (n > 0) {
            if (settings.kind() == LayoutKind.GROUPINGS) {
                boolean[] hold = GroupingLayout.keepKnown(in, GroupingLayout.place(in, k, x, y), x, y);
                // the groups (or, as the date plays on, the actors drawn before) stay where they were put; the
                // others find their place around them by the same forces as the force-directed layout, instead
                // of piling up beside their neighbours
                boolean[] wasFixed = in.fixed.clone();
                double[] startX = in.initX.clone(), startY = in.initY.clone();
                for (int i = 0; i < n; i++) {
                    if (hold[i] && !in.fixed[i]) in.pin(i, x[i], y[i]);
                }
                try {
                    ForceLayout force = new ForceLayout(in, k, x, y);
                    for (iterations = 0; iterations < GROUPING_ITERATIONS; iterations++) {
                        double progress = (double) iterations / GROUPING_ITERATIONS;
                        force.step(k * Math.pow(1 - progress, 1.6) + 0.05);
                        if (iterations % 10 == 0 && !monitor.progress(progress, x, y)) {
                            return new LayoutResult(in.ids.clone(), x, y, iterations, false);
                        }
                    }
                } finally {
                    for (int i = 0; i < n; i++) {
                        if (!wasFixed[i] && in.fixed[i]) {
                            in.fixed[i] = false;
                            in.initX[i] = startX[i];
                            in.initY[i] = startY[i];
                        }
                    }
                }
            } else {
                ForceLayout.initialPositions(in, k, settings.seed(), x, y);
                int known = in.knownCount();
                boolean stable = known * 2 >= n && known > 0;
                int budget = settings.maxIterations() > 0 ? settings.maxIterations()
                        : stable ? 120 : n <= 400 ? 500 : n <= 3000 ? 110 : 70;
                double t0 = stable ? k * 0.5 : k * (1 + Math.sqrt(n) * 0.15);
                ForceLayout force = new ForceLayout(in, k, x, y);
                if (stable) force.keepEarlierNodesNear();
                converged = false;
                int every = Math.max(1, budget / 40);
                for (iterations = 0; iterations < budget; iterations++) {
                    double progress = (double) iterations / budget;
                    double t = t0 * Math.pow(1 - progress, 1.6) + 0.05;
                    double maxStep = force.step(t);
                    // small graphs settle when no node moves; large ones when nodes move little on average
                    double step = n <= ForceLayout.EXACT_LIMIT ? maxStep : force.meanStep() * 4;
                    if (iterations % every == 0 && !monitor.progress(progress, x, y)) {
                        return new LayoutResult(in.ids.clone(), x, y, iterations, false);
                    }
                    if (step < STOP_STEP && iterations > 10) {
                        converged = true;
                        iterations++;
                        break;
                    }
                }
                SmallComponents.shelve(in, k, x, y);
            }
            OverlapRemoval.apply(in, x, y, settings.labelsCount() && n <= LABEL_BOX_LIMIT);
        }
        monitor.progress(1, x, y);
        return new LayoutResult(in.ids.clone(), x, y, iterations, converged);
    }
}
