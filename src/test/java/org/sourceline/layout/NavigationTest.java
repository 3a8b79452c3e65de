package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.model.SupportedYears;

class NavigationTest {
    private static final double DAY = 86_400;

    private static TimelineItem day(String id, double start) {
        return new TimelineItem(id, id, start, start + DAY, ItemShape.POINT, "c", false, false, false);
    }

    @Test
    void anEventAlreadyInViewDoesNotMoveTheView() {
        TimeScale scale = new TimeScale(0, DAY, 1000);   // days 0 to 1000 across 1000 px

        assertThat(Navigation.reveal(scale, day("near-left-edge", 10 * DAY))).isEqualTo(scale);
        assertThat(Navigation.reveal(scale, day("near-right-edge", 995 * DAY))).isEqualTo(scale);
    }

    @Test
    void anEventOutOfViewIsBroughtInBesideTheEdgeItWasBehind() {
        TimeScale scale = new TimeScale(0, DAY, 1000);
        double margin = 1000 * Navigation.MARGIN;

        TimeScale right = Navigation.reveal(scale, day("later", 1500 * DAY));
        assertThat(right.secondsPerPixel()).isEqualTo(scale.secondsPerPixel());
        assertThat(right.xFor(1501 * DAY)).isCloseTo(1000 - margin, within(1e-6));

        TimeScale left = Navigation.reveal(scale, day("earlier", -300 * DAY));
        assertThat(left.xFor(-300 * DAY)).isCloseTo(margin, within(1e-6));
    }

    @Test
    void fitAllThenStepToTheFirstEventKeepsTheView() {
        List<TimelineItem> items = List.of(
                new TimelineItem("month", "m", 0, 28 * DAY, ItemShape.FUZZY, "c", false, false, false),
                day("later", 800 * DAY));
        TimeScale fitted = Navigation.fitAll(items, 950, ZoomLimits.DEFAULT);

        assertThat(Navigation.reveal(fitted, items.get(0))).isEqualTo(fitted);
    }

    @Test
    void theViewStaysWithinReachOfTheSupportedYears() {
        double earliest = SupportedYears.EARLIEST_EPOCH_SECOND;
        double latest = SupportedYears.LATEST_EPOCH_SECOND;
        TimeScale nearTheEnd = new TimeScale(latest - 500 * DAY, DAY, 1000);

        TimeScale pannedFar = Navigation.withinReach(nearTheEnd.panBy(1e15));
        TimeScale pannedBack = Navigation.withinReach(nearTheEnd.panBy(-1e16));
        TimeScale zoomedOut = Navigation.withinReach(new TimeScale(0, 1e14, 1000));

        assertThat(pannedFar.end()).isEqualTo(Navigation.LATEST_VIEW);
        assertThat(pannedFar.secondsPerPixel()).isEqualTo(DAY);
        assertThat(pannedBack.start()).isEqualTo(Navigation.EARLIEST_VIEW);
        assertThat(zoomedOut.start()).isEqualTo(Navigation.EARLIEST_VIEW);
        assertThat(zoomedOut.end()).isCloseTo(Navigation.LATEST_VIEW, within(1e3));
        assertThat(Navigation.withinReach(nearTheEnd)).isSameAs(nearTheEnd);
        assertThat(Navigation.EARLIEST_VIEW).isLessThan(earliest);
        assertThat(Navigation.LATEST_VIEW).isGreaterThan(latest);
    }

    @Test
    void fittingEventsAtBothEndsOfTheSupportedYearsIsWithinReach() {
        List<TimelineItem> items = List.of(
                day("first", SupportedYears.EARLIEST_EPOCH_SECOND),
                new TimelineItem("last", "last", SupportedYears.LATEST_EPOCH_SECOND - 365 * DAY,
                        SupportedYears.LATEST_EPOCH_SECOND, ItemShape.FUZZY, "c", false, false, false));

        for (double width : new double[] {300, 1000, 4000}) {
            TimeScale fitted = Navigation.fitAll(items, width,
                    ZoomLimits.DEFAULT.including(SupportedYears.LATEST_EPOCH_SECOND
                            - (double) SupportedYears.EARLIEST_EPOCH_SECOND));

            assertThat(Navigation.withinReach(fitted)).as("width %s", width).isEqualTo(fitted);
            assertThat(fitted.xFor(SupportedYears.EARLIEST_EPOCH_SECOND)).isPositive();
            assertThat(fitted.xFor(SupportedYears.LATEST_EPOCH_SECOND)).isLessThan(width);
        }
    }
}
