package org.sourceline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final double HOUR = 3600;
    private static final double DAY = 86400;
    private static final double YEAR = 365.2425 * DAY;

    private static double epoch(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    @Test
    void defaultLimitsAreOneHourToHundredFiftyYears() {
        assertThat(ZoomLimits.DEFAULT.minSpan()).isEqualTo(3600.0);
        assertThat(ZoomLimits.DEFAULT.maxSpan()).isEqualTo(150 * 365.2425 * 86400.0);
    }

    @Test
    void mapsTimeToPixelsLinearly() {
        double start = epoch(2022, 5, 1);
        TimeScale scale = new TimeScale(start, DAY / 100, 1000);

        assertThat(scale.xFor(start)).isEqualTo(0.0);
        assertThat(scale.xFor(epoch(2022, 5, 2))).isCloseTo(100.0, within(1e-9));
        assertThat(scale.xFor(epoch(2022, 4, 30))).isCloseTo(-100.0, within(1e-9));
        assertThat(scale.span()).isCloseTo(10 * DAY, within(1e-6));
        assertThat(scale.end()).isCloseTo(epoch(2022, 5, 11), within(1e-6));
    }

    @Test
    void roundTripsPixelToTimeToPixel() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            double start = (random.nextDouble() - 0.7) * 4000 * YEAR;
            double spp = Math.pow(10, random.nextDouble() * 7);
            TimeScale scale = new TimeScale(start, spp, 1600);
            double x = random.nextDouble() * 1600;
            assertThat(scale.xFor(scale.timeFor(x))).isCloseTo(x, within(1e-3));
            double t = start + random.nextDouble() * scale.span();
            assertThat(scale.timeFor(scale.xFor(t))).isCloseTo(t, within(Math.abs(t) * 1e-12 + 1e-6));
        }
    }

    @Test
    void zoomKeepsTheTimeUnderThePointerFixed() {
        double[] starts = {epoch(2022, 5, 1), epoch(-500, 1, 1), 0.0, epoch(1789, 7, 14)};
        double[] factors = {1.1, 1 / 1.1, 2, 0.5, 10, 0.1, 1.0};
        for (double start : starts) {
            TimeScale scale = new TimeScale(start, 10 * YEAR / 1600, 1600);
            for (double factor : factors) {
                for (double x = -200; x <= 1800; x += 37.5) {
                    double pinned = scale.timeFor(x);
                    TimeScale zoomed = scale.zoomAround(x, factor, ZoomLimits.DEFAULT);
                    double tolerance = 1e-6 * Math.max(Math.abs(pinned), zoomed.span());
                    assertThat(zoomed.timeFor(x)).isCloseTo(pinned, within(tolerance));
                    assertThat(zoomed.width()).isEqualTo(1600.0);
                }
            }
        }
    }

    @Test
    void zoomFactorAboveOneZoomsIn() {
        TimeScale scale = new TimeScale(epoch(2000, 1, 1), YEAR / 1000, 1000);
        assertThat(scale.zoomAround(500, 2, ZoomLimits.DEFAULT).span()).isCloseTo(YEAR / 2, within(1e-3));
        assertThat(scale.zoomAround(500, 0.5, ZoomLimits.DEFAULT).span()).isCloseTo(2 * YEAR, within(1e-3));
    }

    @Test
    void zoomIsClampedAtBothLimitsAndStillPinsThePointer() {
        TimeScale scale = new TimeScale(epoch(2022, 5, 1), DAY / 1600, 1600);
        double x = 400;
        double pinned = scale.timeFor(x);

        TimeScale in = scale.zoomAround(x, 1000, ZoomLimits.DEFAULT);
        assertThat(in.span()).isCloseTo(HOUR, within(1e-6));
        assertThat(in.timeFor(x)).isCloseTo(pinned, within(1e-6 * Math.abs(pinned)));

        TimeScale out = scale.zoomAround(x, 1e-9, ZoomLimits.DEFAULT);
        assertThat(out.span()).isCloseTo(150 * YEAR, within(1.0));
        assertThat(out.timeFor(x)).isCloseTo(pinned, within(1e-6 * Math.abs(pinned)));
    }

    @Test
    void zoomAtTheLimitChangesNothing() {
        TimeScale atMin = new TimeScale(epoch(2022, 5, 1), HOUR / 1600, 1600);
        TimeScale again = atMin.zoomAround(800, 1.5, ZoomLimits.DEFAULT);
        assertThat(again.secondsPerPixel()).isCloseTo(atMin.secondsPerPixel(), within(1e-12));
        assertThat(again.start()).isCloseTo(atMin.start(), within(1e-6));
    }

    @Test
    void positivePanShowsLaterTimes() {
        TimeScale scale = new TimeScale(epoch(2022, 5, 1), DAY / 100, 1000);
        TimeScale panned = scale.panBy(100);
        assertThat(panned.start()).isCloseTo(epoch(2022, 5, 2), within(1e-6));
        assertThat(panned.xFor(epoch(2022, 5, 3))).isCloseTo(scale.xFor(epoch(2022, 5, 3)) - 100, within(1e-9));
        assertThat(scale.panBy(-100).start()).isCloseTo(epoch(2022, 4, 30), within(1e-6));
    }

    @Test
    void widerWindowShowsMoreAtTheSameResolution() {
        TimeScale scale = new TimeScale(epoch(2022, 5, 1), DAY / 100, 1000);
        TimeScale wider = scale.withWidth(2000);
        assertThat(wider.start()).isEqualTo(scale.start());
        assertThat(wider.secondsPerPixel()).isEqualTo(scale.secondsPerPixel());
        assertThat(wider.end()).isCloseTo(epoch(2022, 5, 21), within(1e-6));
    }

    @Test
    void centeredOnKeepsResolution() {
        TimeScale scale = new TimeScale(0, DAY / 100, 1000);
        double t = epoch(-44, 3, 15);
        TimeScale centred = scale.centeredOn(t);
        assertThat(centred.xFor(t)).isCloseTo(500.0, within(1e-6));
        assertThat(centred.secondsPerPixel()).isEqualTo(scale.secondsPerPixel());
    }

    @Test
    void fitShowsTheIntervalCentredWithMargins() {
        double t0 = epoch(1914, 7, 28);
        double t1 = epoch(1918, 11, 11);
        TimeScale scale = TimeScale.fit(t0, t1, 1600, 0.05, ZoomLimits.DEFAULT);
        assertThat(scale.xFor(t0)).isCloseTo(80.0, within(1e-6));
        assertThat(scale.xFor(t1)).isCloseTo(1520.0, within(1e-6));
        assertThat(scale.width()).isEqualTo(1600.0);
        // Order of the bounds does not matter.
        TimeScale swapped = TimeScale.fit(t1, t0, 1600, 0.05, ZoomLimits.DEFAULT);
        assertThat(swapped.start()).isCloseTo(scale.start(), within(1e-3));
    }

    @Test
    void fitOfAnInstantShowsADayAroundIt() {
        double t = epoch(1969, 7, 20) + 20 * HOUR + 17 * 60;
        TimeScale scale = TimeScale.fit(t, t, 1200, 0.1, ZoomLimits.DEFAULT);
        assertThat(scale.span()).isCloseTo(DAY, within(1e-6));
        assertThat(scale.xFor(t)).isCloseTo(600.0, within(1e-6));
    }

    @Test
    void fitIsClampedToLimits() {
        double t = epoch(2022, 5, 1);
        TimeScale shortOne = TimeScale.fit(t, t + 60, 1000, 0.05, ZoomLimits.DEFAULT);
        assertThat(shortOne.span()).isCloseTo(HOUR, within(1e-6));
        assertThat(shortOne.xFor(t + 30)).isCloseTo(500.0, within(1e-6));

        double old = epoch(-1500, 1, 1);
        TimeScale longOne = TimeScale.fit(old, t, 1000, 0.05, ZoomLimits.DEFAULT);
        assertThat(longOne.span()).isCloseTo(150 * YEAR, within(1.0));
    }

    @Test
    void includingAnExtentAllowsFittingAllOfIt() {
        double t0 = epoch(-1000, 1, 1);
        double t1 = epoch(2000, 1, 1);
        ZoomLimits limits = ZoomLimits.DEFAULT.including(t1 - t0);
        assertThat(limits.maxSpan()).isCloseTo(1.25 * (t1 - t0), within(1.0));
        assertThat(limits.minSpan()).isEqualTo(HOUR);

        TimeScale all = TimeScale.fit(t0, t1, 1600, 0.05, limits);
        assertThat(all.xFor(t0)).isCloseTo(80.0, within(1e-6));
        assertThat(all.xFor(t1)).isCloseTo(1520.0, within(1e-6));

        assertThat(ZoomLimits.DEFAULT.including(10 * YEAR)).isEqualTo(ZoomLimits.DEFAULT);
    }

    @Test
    void handlesTimesBeforeTheCommonEra() {
        double t0 = epoch(-500, 1, 1);
        // 2400 Gregorian years are six 146097-day cycles; 1900 to 1970 is 25567 days.
        assertThat(t0).isEqualTo(-(6 * 146097.0 + 25567) * DAY);
        double t1 = epoch(-490, 1, 1);
        TimeScale scale = TimeScale.fit(t0, t1, 1000, 0, ZoomLimits.DEFAULT);
        assertThat(scale.start()).isCloseTo(t0, within(1e-3));
        assertThat(scale.end()).isCloseTo(t1, within(1e-3));
        assertThat(scale.xFor(epoch(-495, 1, 1))).isCloseTo(1000.0 * (epoch(-495, 1, 1) - t0) / (t1 - t0), within(1e-6));
    }

    @Test
    void rejectsInvalidValues() {
        assertThatThrownBy(() -> new TimeScale(Double.NaN, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(0, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(0, Double.POSITIVE_INFINITY, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeScale(0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZoomLimits(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZoomLimits(0, 5)).isInstanceOf(IllegalArgumentException.class);
        TimeScale scale = new TimeScale(0, 1, 10);
        assertThatThrownBy(() -> scale.zoomAround(5, 0, ZoomLimits.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeScale.fit(0, 1, 10, 0.5, ZoomLimits.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
    }
}
