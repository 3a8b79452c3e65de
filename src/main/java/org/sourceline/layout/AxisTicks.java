package org.sourceline.layout;

import java.util.List;

/**
 * The ticks of a time axis: fine minor ticks, and coarser major ticks with fuller labels.
 * Both lists are in increasing time. A minor tick may share its time with a major one.
 * The first major tick may lie before the view (negative x) so that the period the view opens
 * in is always named.
 */
public record AxisTicks(TickUnit majorUnit, List<Tick> major, TickUnit minorUnit, List<Tick> minor) {

    public AxisTicks {
        major = List.copyOf(major);
        minor = List.copyOf(minor);
    }
}
