package org.sourceline.layout;

/** How events are grouped into horizontal lanes. */
public enum LaneMode {
    CATEGORY, ACTOR, SINGLE
}
