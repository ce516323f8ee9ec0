package dev.dartboard.nas.search;

import org.nd4j.linalg.schedule.ISchedule;

/** lr(t) = min + (max − min)·(1 + cos(π·min(t, T)/T))/2 over iterations t; epochs ignored. Immutable. */
record CosineSchedule(double max, double min, int total) implements ISchedule {
    @Override
    public double valueAt(int iteration, int epoch) {
        double t = Math.min(iteration, Math.max(1, total)) / (double) Math.max(1, total);
        return min + (max - min) * (1 + Math.cos(Math.PI * t)) / 2;
    }

    @Override
    public ISchedule clone() { return this; }
}
