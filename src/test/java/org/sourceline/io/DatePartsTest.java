package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourceline.model.EdtfDate;

class DatePartsTest {
    @Test
    void thePrecisionIsWhatIsGiven() {
        assertThat(new DateParts(2022, null, null, null, null, null).toEdtf()).hasToString("2022");
        assertThat(new DateParts(2022, 5, null, null, null, null).toEdtf()).hasToString("2022-05");
        assertThat(new DateParts(2022, 5, 25, null, null, null).toEdtf()).hasToString("2022-05-25");
        assertThat(new DateParts(2022, 5, 25, 14, 30, null).toEdtf()).hasToString("2022-05-25T14:30");
        assertThat(new DateParts(2022, 5, 25, 14, 30, 5).toEdtf()).hasToString("2022-05-25T14:30:05");
    }

    @Test
    void anHourWithoutMinutesIsTheWholeHour() {
        assertThat(new DateParts(2022, 5, 25, 14, null, null).toEdtf()).hasToString("2022-05-25T14:00/2022-05-25T14:59");
    }

    @Test
    void yearsBeforeOneAndBeyondNineThousand() {
        assertThat(new DateParts(-43, 3, 15, null, null, null).toEdtf()).hasToString("-0043-03-15");
        assertThat(new DateParts(-170000, null, null, null, null, null).toEdtf()).hasToString("Y-170000");
        assertThatThrownBy(() -> new DateParts(12000, 5, null, null, null, null))
                .hasMessageContaining("beyond 9999 can only be given alone");
    }

    @Test
    void impossibleDatesAreRefusedInWords() {
        assertThatThrownBy(() -> new DateParts(2022, 13, null, null, null, null))
                .hasMessage("month 13 is not between 1 and 12");
        assertThatThrownBy(() -> new DateParts(2023, 2, 29, null, null, null))
                .hasMessage("day 29 does not exist in February 2023");
        assertThatThrownBy(() -> new DateParts(2022, null, 3, null, null, null))
                .hasMessage("a day is given without a month");
        assertThatThrownBy(() -> new DateParts(2022, 5, 3, 24, 0, null)).hasMessage("hour 24 is not between 0 and 23");
        assertThatThrownBy(() -> new DateParts(2022, 5, null, 10, null, null)).hasMessage("a time is given without a day");
        assertThat(new DateParts(2024, 2, 29, null, null, null).toEdtf()).hasToString("2024-02-29");
    }

    @Test
    void anEdtfDateGivesItsNumbersAndSaysWhetherTheyAreAll() {
        DateParts parts = DateParts.of(EdtfDate.parse("2022-05-25T14:30:00+02:00"));
        assertThat(parts).isEqualTo(new DateParts(2022, 5, 25, 14, 30, 0));
        assertThat(DateParts.isPlain(EdtfDate.parse("2022-05-25T14:30:00+02:00"))).isFalse();
        assertThat(DateParts.isPlain(EdtfDate.parse("2022-05-25T14:30:00Z"))).isTrue();
        assertThat(DateParts.isPlain(EdtfDate.parse("2022-05~"))).isFalse();
        assertThat(DateParts.of(EdtfDate.parse("201X"))).isEqualTo(new DateParts(2010, null, null, null, null, null));
        assertThat(DateParts.lastYear(EdtfDate.parse("201X"))).isEqualTo(2019);
        assertThat(DateParts.of(EdtfDate.parse("1985-04-XX"))).isEqualTo(new DateParts(1985, 4, null, null, null, null));
        assertThat(DateParts.of(EdtfDate.parse("Y-170000"))).isEqualTo(new DateParts(-170000, null, null, null, null, null));
    }
}
