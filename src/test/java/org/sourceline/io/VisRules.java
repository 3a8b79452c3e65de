package org.sourceline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What vis-timeline needs of its data (https://visjs.github.io/vis-timeline/docs/timeline/#Items): unique item
 * ids, a content, a start that its date parser (moment's ISO 8601 forms) reads, an end after the start for ranges
 * and backgrounds, a known type, and groups that exist.
 */
final class VisRules {
    private static final Pattern ISO = Pattern.compile(
            "(?:([+-]\\d{6})-(\\d{2})-(\\d{2})|(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?)"
                    + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Set<String> TYPES = Set.of("box", "point", "range", "background");

    private final List<String> breaches = new ArrayList<>();

    private VisRules() {
    }

    static List<String> check(byte[] json) throws IOException {
        VisRules rules = new VisRules();
        rules.document(new ObjectMapper().readTree(json));
        return rules.breaches;
    }

    private void document(JsonNode root) {
        JsonNode items = root.isArray() ? root : root.get("items");
        if (items == null || !items.isArray()) {
            breaches.add("no items");
            return;
        }
        Set<String> groups = null;
        if (root.has("groups")) {
            groups = new HashSet<>();
            for (JsonNode group : root.get("groups")) {
                if (!group.has("id") || !group.has("content")) {
                    breaches.add("group " + group + " lacks an id or a content");
                } else if (!groups.add(group.get("id").asText())) {
                    breaches.add("group id " + group.get("id").asText() + " used twice");
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode item : items) {
            String id = item.has("id") ? item.get("id").asText() : null;
            String where = "item " + id;
            if (id == null || !ids.add(id)) {
                breaches.add(where + ": missing or repeated id");
            }
            String type = item.has("type") ? item.get("type").asText() : "box";
            if (!TYPES.contains(type)) {
                breaches.add(where + ": unknown type " + type);
            }
            if (!type.equals("background") && (!item.has("content") || !item.get("content").isTextual())) {
                breaches.add(where + ": no content");
            }
            LocalDateTime start = instant(item.get("start"), where + ".start");
            LocalDateTime end = item.has("end") ? instant(item.get("end"), where + ".end") : null;
            if ((type.equals("range") || type.equals("background")) && end == null) {
                breaches.add(where + ": a " + type + " needs an end");
            }
            if (start != null && end != null && !end.isAfter(start)) {
                breaches.add(where + ": ends at or before its start");
            }
            if (item.has("group")) {
                if (groups == null || !groups.contains(item.get("group").asText())) {
                    breaches.add(where + ": group " + item.get("group").asText() + " is not in groups");
                }
            }
            if (item.has("title") && !item.get("title").isTextual()) {
                breaches.add(where + ": title is not a string");
            }
        }
    }

    /** The instant a date string stands for, in UTC; null after recording a breach. */
    private LocalDateTime instant(JsonNode value, String where) {
        if (value == null) {
            breaches.add(where + ": missing");
            return null;
        }
        if (value.isIntegralNumber()) {
            return LocalDateTime.ofEpochSecond(Math.floorDiv(value.asLong(), 1000), 0, ZoneOffset.UTC);
        }
        Matcher m = ISO.matcher(value.asText());
        if (!m.matches()) {
            breaches.add(where + ": \"" + value.asText() + "\" is not a form moment reads as ISO 8601");
            return null;
        }
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        int month = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(5) == null ? "1" : m.group(5));
        int day = Integer.parseInt(m.group(1) != null ? m.group(3) : m.group(6) == null ? "1" : m.group(6));
        LocalDateTime t = LocalDate.of(year, month, day).atStartOfDay();
        if (m.group(7) != null) {
            t = t.withHour(Integer.parseInt(m.group(7))).withMinute(Integer.parseInt(m.group(8)))
                    .withSecond(m.group(9) == null ? 0 : Integer.parseInt(m.group(9)));
            if (m.group(10) != null) {
                t = OffsetDateTime.of(t, m.group(10).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(10)))
                        .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
        }
        return t;
    }
}
