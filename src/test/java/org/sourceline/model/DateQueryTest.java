package org.sourceline.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateQueryTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2022-05|2022-05",
        "2022-05-25|2022-05-25",
        "25 mai 2022|2022-05-25",
        "1er mai 2022|2022-05-01",
        "  25   Mai   2022 |2022-05-25",
        "mai 2022|2022-05",
        "février 2022|2022-02",
        "fevrier 2022|2022-02",
        "14 juillet 1789|1789-07-14",
        "May 25, 2022|2022-05-25",
        "25 May 2022|2022-05-25",
        "May 2022|2022-05",
        "Sept. 2022|2022-09",
        "25/05/2022|2022-05-25",
        "2022|2022",
        "21 avril 2024|2024-04-21",
        "fin mai 2022|[2022-05-21..2022-05-31]",
        "du 24 au 26 mai 2022|2022-05-24/2022-05-26",
        "vers 2019|2019~"})
    void understandsEdtfAndHowPeopleWriteDates(String typed, String edtf) {
        assertThat(DateQuery.parse(typed)).map(EdtfDate::toString).contains(edtf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hier", "30 février 2022", "32 mai 2022", "13/13/2022", "mai", "foo 2022",
        "25/05/22", "jeudi 25 mai 2022", "du 26 au 24 mai 2022", "2022-05-2x"})
    void refusesWhatIsNotADate(String typed) {
        assertThat(DateQuery.parse(typed)).isEmpty();
    }

    @Test
    void aNullTextIsNoDate() {
        assertThat(DateQuery.parse(null)).isEmpty();
    }
}
