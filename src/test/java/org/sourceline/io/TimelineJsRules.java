package org.sourceline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of TimelineJS 3's JSON format (https://timeline.knightlab.com/docs/json-format.html) and what
 * TimelineJS itself checks on load (TimelineConfig: a start date for every slide, a start and a different end for
 * every era, unique ids), as a checker that lists every breach.
 */
public final class TimelineJsRules {
    private static final Set<String> TOP = Set.of("title", "events", "eras", "scale");
    private static final Set<String> SLIDE = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "background", "autolink", "unique_id");
    private static final Set<String> DATE = Set.of("year", "month", "day", "hour", "minute", "second",
            "millisecond", "display_date", "format");
    private static final Set<String> TEXT = Set.of("headline", "text");
    private static final Set<String> MEDIA = Set.of("url", "caption", "credit", "thumbnail", "alt", "title", "link",
            "link_target");
    private static final Set<String> ERA = Set.of("start_date", "end_date", "text");

    private final List<String> breaches = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private TimelineJsRules() {
    }

    public static List<String> check(byte[] json) throws IOException {
        TimelineJsRules rules = new TimelineJsRules();
        rules.document(new ObjectMapper().readTree(json));
        return rules.breaches;
    }

    private void breach(String where, String what) {
        breaches.add(where + ": " + what);
    }

    private void document(JsonNode root) {
        if (!root.isObject()) {
            breach("top", "not an object");
            return;
        }
        keys(root, TOP, "top");
        if (root.has("scale") && !Set.of("human", "cosmological").contains(root.get("scale").asText())) {
            breach("scale", "neither human nor cosmological");
        }
        if (root.has("title")) {
            slide(root.get("title"), "title", false);
        }
        JsonNode events = root.get("events");
        if (events == null || !events.isArray()) {
            breach("events", "missing or not a list");
        } else if (events.isEmpty()) {
            breach("events", "empty: TimelineJS refuses a timeline with no events");
        } else {
            for (int i = 0; i < events.size(); i++) {
                slide(events.get(i), "events[" + i + "]", true);
            }
        }
        JsonNode eras = root.get("eras");
        if (eras != null) {
            if (!eras.isArray()) {
                breach("eras", "not a list");
            } else {
                for (int i = 0; i < eras.size(); i++) {
                    era(eras.get(i), "eras[" + i + "]");
                }
            }
        }
    }

    private void slide(JsonNode slide, String where, boolean needsStart) {
        if (!slide.isObject()) {
            breach(where, "not an object");
            return;
        }
        keys(slide, SLIDE, where);
        if (slide.has("start_date")) {
            date(slide.get("start_date"), where + ".start_date");
        } else if (needsStart) {
            breach(where, "no start_date");
        }
        if (slide.has("end_date")) {
            date(slide.get("end_date"), where + ".end_date");
        }
        if (slide.has("text")) {
            JsonNode text = slide.get("text");
            if (!text.isObject()) {
                breach(where + ".text", "not an object");
            } else {
                keys(text, TEXT, where + ".text");
                strings(text, where + ".text", "headline", "text");
            }
        }
        if (slide.has("media")) {
            JsonNode media = slide.get("media");
            if (!media.isObject()) {
                breach(where + ".media", "not an object");
            } else {
                keys(media, MEDIA, where + ".media");
                if (!media.has("url") || !media.get("url").isTextual() || media.get("url").asText().isBlank()) {
                    breach(where + ".media", "no url");
                }
                strings(media, where + ".media", "caption", "credit", "thumbnail");
            }
        }
        strings(slide, where, "group", "display_date", "unique_id");
        if (slide.has("unique_id") && !ids.add(slide.get("unique_id").asText())) {
            breach(where, "unique_id " + slide.get("unique_id").asText() + " used twice");
        }
    }

    private void era(JsonNode era, String where) {
        if (!era.isObject()) {
            breach(where, "not an object");
            return;
        }
        keys(era, ERA, where);
        JsonNode start = era.get("start_date");
        JsonNode end = era.get("end_date");
        if (start == null || end == null) {
            breach(where, "an era needs a start_date and an end_date");
            return;
        }
        date(start, where + ".start_date");
        date(end, where + ".end_date");
        if (start.equals(end)) {
            breach(where, "end_date equal to start_date: TimelineJS drops it, then refuses the era");
        }
        if (era.has("text")) {
            strings(era.get("text"), where + ".text", "headline", "text");
        }
    }

    private void date(JsonNode date, String where) {
        if (!date.isObject()) {
            breach(where, "not an object");
            return;
        }
        keys(date, DATE, where);
        Long year = number(date, "year", where);
        if (!date.has("year")) {
            breach(where, "no year");
        }
        Long month = number(date, "month", where);
        Long day = number(date, "day", where);
        range(number(date, "hour", where), 0, 23, where + ".hour");
        range(number(date, "minute", where), 0, 59, where + ".minute");
        range(number(date, "second", where), 0, 59, where + ".second");
        range(number(date, "millisecond", where), 0, 999, where + ".millisecond");
        range(month, 1, 12, where + ".month");
        if (day != null) {
            if (month == null) {
                breach(where, "a day without a month");
            } else if (year != null && month >= 1 && month <= 12) {
                range(day, 1, YearMonth.of(year.intValue(), month.intValue()).lengthOfMonth(), where + ".day");
            }
        }
        strings(date, where, "display_date");
    }

    /** A number, or a string of one (the format allows both); null when absent. */
    private Long number(JsonNode object, String key, String where) {
        JsonNode value = object.get(key);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("-?\\d+")) {
            return Long.parseLong(value.asText());
        }
        breach(where + "." + key, "not a whole number: " + value);
        return null;
    }

    private void range(Long value, long min, long max, String where) {
        if (value != null && (value < min || value > max)) {
            breach(where, value + " is not within " + min + "-" + max);
        }
    }

    private void strings(JsonNode object, String where, String... keys) {
        for (String key : keys) {
            if (object.has(key) && !object.get(key).isTextual()) {
                breach(where + "." + key, "not a string");
            }
        }
    }

    private void keys(JsonNode object, Set<String> allowed, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!allowed.contains(key)) {
                breach(where, "key \"" + key + "\" is not in the format");
            }
        }
    }
}
