package org.sourceline.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.DateTraits;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.Event;

/**
 * Every event of a store as a timeline needs it, in time order (start, end, id), in a few flat arrays: bounds,
 * {@link DateTraits}, a category number, and the id, titles, date texts and actor ids as UTF-8 in one byte array. A million
 * events take about 120 MB here against well over twice that as records, and the whole table is one blob that the
 * store keeps ready, so that opening a store costs one read instead of a million row fetches.
 *
 * <p>Immutable once built. {@link #row} rebuilds an {@link EventRow} (parsing its date) for the few events a user
 * looks at.
 */
public final class EventColumns implements EventTable {
    /** Version of the blob layout; a store holding another one rebuilds it. */
    public static final int FORMAT = 1;
    private static final int MAGIC = 0x534C4543;   // "SLEC"
    private static final int ID = 0;
    private static final int TITLE = 1;
    private static final int TITLE_EN = 2;
    private static final int DATE = 3;
    private static final int DISPLAY_DATE = 4;
    /** The event's actor ids, in order, joined by {@link #ACTOR_SEPARATOR}. */
    private static final int ACTORS = 5;
    private static final int FIELDS = 6;
    public static final char ACTOR_SEPARATOR = '\u001F';
    /** Marks a missing optional text (title in English, display date) in the traits. */
    private static final int NO_TITLE_EN = 1 << 8;
    private static final int NO_DISPLAY_DATE = 1 << 9;

    public static final EventColumns EMPTY = new Builder().build();

    private final int size;
    private final long[] start;
    private final long[] end;
    private final short[] traits;
    private final short[] category;
    private final String[] categories;
    private final byte[] text;
    private final int[] offsets;
    /** Positions ordered by id bytes, for {@link #positionOf}. */
    private final int[] byId;

    private EventColumns(int size, long[] start, long[] end, short[] traits, short[] category, String[] categories,
                         byte[] text, int[] offsets, int[] byId) {
        this.size = size;
        this.start = start;
        this.end = end;
        this.traits = traits;
        this.category = category;
        this.categories = categories;
        this.text = text;
        this.offsets = offsets;
        this.byId = byId;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long start(int i) {
        return start[i];
    }

    @Override
    public long end(int i) {
        return end[i];
    }

    /** The date's {@link DateTraits}. */
    @Override
    public int traits(int i) {
        return traits[i] & 0xFF;
    }

    @Override
    public String category(int i) {
        return categories[category[i]];
    }

    @Override
    public String id(int i) {
        return field(i, ID);
    }

    @Override
    public String title(int i) {
        return field(i, TITLE);
    }

    /** The English title, or null. */
    @Override
    public String titleEn(int i) {
        return (traits[i] & NO_TITLE_EN) != 0 ? null : field(i, TITLE_EN);
    }

    @Override
    public String dateText(int i) {
        return field(i, DATE);
    }

    /** The display date, or null. */
    @Override
    public String displayDate(int i) {
        return (traits[i] & NO_DISPLAY_DATE) != 0 ? null : field(i, DISPLAY_DATE);
    }

    /** The ids of the event's actors, in their order. */
    @Override
    public List<String> actors(int i) {
        String joined = field(i, ACTORS);
        return joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(ACTOR_SEPARATOR)));
    }

    /** The event at position {@code i} as a row; parses its date. */
    @Override
    public EventRow row(int i) {
        return new EventRow(id(i), title(i), titleEn(i), EdtfDate.parse(dateText(i)), displayDate(i), category(i),
                start[i], end[i]);
    }

    /** The position of the event with this id, or -1. */
    @Override
    public int positionOf(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int p = byId[mid];
            int c = Arrays.compareUnsigned(text, offsets[p * FIELDS + ID], offsets[p * FIELDS + ID + 1], key, 0,
                    key.length);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return p;
            }
        }
        return -1;
    }

    private String field(int i, int f) {
        int k = i * FIELDS + f;
        return new String(text, offsets[k], offsets[k + 1] - offsets[k], StandardCharsets.UTF_8);
    }

    /**
     * The same events with some removed and others inserted, at once: the edit is laid over these columns, which
     * stay as they are ({@link EditedEvents}); many edits later the columns are built anew.
     */
    @Override
    public Edited edited(Collection<String> removedIds, List<Row> added) {
        EventTable.requireNew(this, removedIds, added);
        int[] removed = removedIds.stream().mapToInt(this::positionOf).filter(p -> p >= 0).distinct().sorted()
                .toArray();
        EventTable table = EditedEvents.of(this, removed, added);
        return new Edited(table, EventTable.shift(table, removed, added));
    }

    @Override
    public EventColumns compacted() {
        return this;
    }

    /**
     * The same columns with some events removed and others inserted at their places in time order, made by copying
     * stretches of the arrays: a few events changed among a million cost a copy of the arrays, not a sort.
     *
     * @param removed the positions of the events to remove, ascending
     * @param added   the events to insert; none may have an id the columns keep
     */
    EventColumns rebuilt(int[] removed, List<Row> added) {
        boolean[] gone = new boolean[size];
        for (int p : removed) {
            gone[p] = true;
        }
        List<Row> rows = new ArrayList<>(added);
        rows.sort(Comparator.<Row>comparingLong(r -> r.date().earliestEpochSecond())
                .thenComparingLong(r -> r.date().latestEpochSecond())
                .thenComparing((a, b) -> Arrays.compareUnsigned(utf8(a.id()), utf8(b.id()))));
        // Where each new row goes among the old positions: before the first old event that sorts after it.
        int[] before = new int[rows.size()];
        for (int j = 0; j < rows.size(); j++) {
            before[j] = firstAfter(rows.get(j));
        }
        int n = size - removed.length + rows.size();
        List<String> names = new ArrayList<>(List.of(categories));
        long[] s = new long[n];
        long[] e = new long[n];
        short[] t = new short[n];
        short[] c = new short[n];
        int[] o = new int[n * FIELDS + 1];
        byte[][] rowText = new byte[rows.size()][];
        int grow = 0;
        for (int j = 0; j < rows.size(); j++) {
            rowText[j] = rowBytes(rows.get(j));
            grow += rowText[j].length;
        }
        int shrink = 0;
        for (int p : removed) {
            shrink += offsets[(p + 1) * FIELDS] - offsets[p * FIELDS];
        }
        byte[] bytes = new byte[text.length - shrink + grow];
        int[] oldToNew = new int[size];
        int[] inserted = new int[rows.size()];
        int at = 0;
        int textAt = 0;
        int j = 0;
        int p = 0;
        while (p <= size) {
            // Rows that go before old position p, then the stretch of kept old events up to the next edit.
            while (j < rows.size() && before[j] == p) {
                Row row = rows.get(j);
                s[at] = row.date().earliestEpochSecond();
                e[at] = row.date().latestEpochSecond();
                t[at] = (short) traits(row);
                c[at] = code(names, row.category());
                fieldOffsets(row, textAt, o, at);
                System.arraycopy(rowText[j], 0, bytes, textAt, rowText[j].length);
                textAt += rowText[j].length;
                inserted[j] = at++;
                j++;
            }
            if (p == size) {
                break;
            }
            if (gone[p]) {
                oldToNew[p] = -1;
                p++;
                continue;
            }
            int next = j < rows.size() ? Math.min(before[j], size) : size;
            int end = p;
            while (end < next && !gone[end]) {
                end++;
            }
            int count = end - p;
            System.arraycopy(start, p, s, at, count);
            System.arraycopy(this.end, p, e, at, count);
            System.arraycopy(traits, p, t, at, count);
            System.arraycopy(category, p, c, at, count);
            int from = offsets[p * FIELDS];
            int to = offsets[end * FIELDS];
            System.arraycopy(text, from, bytes, textAt, to - from);
            int delta = textAt - from;
            for (int k = 0; k < count * FIELDS; k++) {
                o[at * FIELDS + k] = offsets[p * FIELDS + k] + delta;
            }
            for (int k = 0; k < count; k++) {
                oldToNew[p + k] = at + k;
            }
            textAt += to - from;
            at += count;
            p = end;
        }
        o[n * FIELDS] = textAt;
        // Id order: the kept events in their order, with the new ones merged in.
        int[] newById = new int[n];
        Integer[] newRows = new Integer[rows.size()];
        for (int k = 0; k < newRows.length; k++) {
            newRows[k] = inserted[k];
        }
        Arrays.sort(newRows, (a, b) -> Arrays.compareUnsigned(bytes, o[a * FIELDS], o[a * FIELDS + 1], bytes,
                o[b * FIELDS], o[b * FIELDS + 1]));
        int w = 0;
        int r = 0;
        for (int k = 0; k < size; k++) {
            int kept = oldToNew[byId[k]];
            if (kept < 0) {
                continue;
            }
            while (r < newRows.length && Arrays.compareUnsigned(bytes, o[newRows[r] * FIELDS],
                    o[newRows[r] * FIELDS + 1], bytes, o[kept * FIELDS], o[kept * FIELDS + 1]) < 0) {
                newById[w++] = newRows[r++];
            }
            newById[w++] = kept;
        }
        while (r < newRows.length) {
            newById[w++] = newRows[r++];
        }
        return new EventColumns(n, s, e, t, c, names.toArray(String[]::new), bytes, o, newById);
    }

    /** The first position whose event sorts after the row (start, end, id), or the size. */
    int firstAfter(Row row) {
        long rs = row.date().earliestEpochSecond();
        long re = row.date().latestEpochSecond();
        byte[] id = utf8(row.id());
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = Long.compare(start[mid], rs);
            if (cmp == 0) {
                cmp = Long.compare(end[mid], re);
            }
            if (cmp == 0) {
                cmp = Arrays.compareUnsigned(text, offsets[mid * FIELDS + ID], offsets[mid * FIELDS + ID + 1], id, 0,
                        id.length);
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int traits(Row row) {
        int t = DateTraits.of(row.date());
        if (row.titleEn() == null) {
            t |= NO_TITLE_EN;
        }
        if (row.displayDate() == null) {
            t |= NO_DISPLAY_DATE;
        }
        return t;
    }

    private static short code(List<String> names, String category) {
        int code = names.indexOf(category);
        if (code < 0) {
            if (names.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " categories");
            }
            names.add(category);
            code = names.size() - 1;
        }
        return (short) code;
    }

    private static String[] fields(Row row) {
        String[] f = new String[FIELDS];
        f[ID] = row.id();
        f[TITLE] = row.title();
        f[TITLE_EN] = row.titleEn() == null ? "" : row.titleEn();
        f[DATE] = row.date().toString();
        f[DISPLAY_DATE] = row.displayDate() == null ? "" : row.displayDate();
        f[ACTORS] = String.join(String.valueOf(ACTOR_SEPARATOR), row.actors());
        return f;
    }

    private static byte[] rowBytes(Row row) {
        StringBuilder all = new StringBuilder();
        for (String f : fields(row)) {
            all.append(f);
        }
        return utf8(all.toString());
    }

    private static void fieldOffsets(Row row, int textAt, int[] o, int at) {
        int offset = textAt;
        for (int f = 0; f < FIELDS; f++) {
            o[at * FIELDS + f] = offset;
            offset += utf8(fields(row)[f]).length;
        }
    }

    /** The columns as one blob, read back by {@link #fromBytes}. */
    public byte[] toBytes() {
        byte[][] names = new byte[categories.length][];
        int namesLength = 0;
        for (int c = 0; c < categories.length; c++) {
            names[c] = categories[c].getBytes(StandardCharsets.UTF_8);
            namesLength += 4 + names[c].length;
        }
        long length = 16L + namesLength + size * (8L + 8 + 2 + 2 + 4) + (size * (long) FIELDS + 1) * 4 + 4
                + text.length;
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many events to keep as one blob: " + size);
        }
        ByteBuffer b = ByteBuffer.allocate((int) length);
        b.putInt(MAGIC).putInt(FORMAT).putInt(size).putInt(categories.length);
        for (byte[] name : names) {
            b.putInt(name.length).put(name);
        }
        b.asLongBuffer().put(start, 0, size);
        b.position(b.position() + size * 8);
        b.asLongBuffer().put(end, 0, size);
        b.position(b.position() + size * 8);
        b.asShortBuffer().put(traits, 0, size);
        b.position(b.position() + size * 2);
        b.asShortBuffer().put(category, 0, size);
        b.position(b.position() + size * 2);
        b.asIntBuffer().put(byId, 0, size);
        b.position(b.position() + size * 4);
        b.asIntBuffer().put(offsets, 0, size * FIELDS + 1);
        b.position(b.position() + (size * FIELDS + 1) * 4);
        b.putInt(text.length).put(text);
        return b.array();
    }

    /**
     * Reads a blob written by {@link #toBytes}.
     *
     * @throws IllegalArgumentException if it is not one, or of another format version
     */
    public static EventColumns fromBytes(byte[] data) {
        try {
            ByteBuffer b = ByteBuffer.wrap(data);
            if (b.getInt() != MAGIC || b.getInt() != FORMAT) {
                throw new IllegalArgumentException("not an event table of format " + FORMAT);
            }
            int size = b.getInt();
            String[] categories = new String[b.getInt()];
            for (int c = 0; c < categories.length; c++) {
                byte[] name = new byte[b.getInt()];
                b.get(name);
                categories[c] = new String(name, StandardCharsets.UTF_8);
            }
            long[] start = new long[size];
            b.asLongBuffer().get(start);
            b.position(b.position() + size * 8);
            long[] end = new long[size];
            b.asLongBuffer().get(end);
            b.position(b.position() + size * 8);
            short[] traits = new short[size];
            b.asShortBuffer().get(traits);
            b.position(b.position() + size * 2);
            short[] category = new short[size];
            b.asShortBuffer().get(category);
            b.position(b.position() + size * 2);
            int[] byId = new int[size];
            b.asIntBuffer().get(byId);
            b.position(b.position() + size * 4);
            int[] offsets = new int[size * FIELDS + 1];
            b.asIntBuffer().get(offsets);
            b.position(b.position() + offsets.length * 4);
            byte[] text = new byte[b.getInt()];
            b.get(text);
            if (b.hasRemaining() || offsets[offsets.length - 1] != text.length) {
                throw new IllegalArgumentException("event table of the wrong length");
            }
            return new EventColumns(size, start, end, traits, category, categories, text, offsets, byId);
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated event table", e);
        }
    }

    /** Collects events in any order; {@link #build} sorts them by time. */
    public static final class Builder {
        private final List<String> categoryNames = new ArrayList<>();
        private final Map<String, Short> categoryCodes = new HashMap<>();
        private long[] start = new long[1024];
        private long[] end = new long[1024];
        private short[] traits = new short[1024];
        private short[] category = new short[1024];
        private byte[] text = new byte[1 << 16];
        private int[] offsets = new int[1024 * FIELDS + 1];
        private int size;
        private int textLength;

        public Builder add(String id, String title, String titleEn, EdtfDate date, String dateText,
                           String displayDate, String category, List<String> actors) {
            if (size == start.length) {
                int n = size * 2;
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                traits = Arrays.copyOf(traits, n);
                this.category = Arrays.copyOf(this.category, n);
                offsets = Arrays.copyOf(offsets, n * FIELDS + 1);
            }
            start[size] = date.earliestEpochSecond();
            end[size] = date.latestEpochSecond();
            int t = DateTraits.of(date);
            if (titleEn == null) {
                t |= NO_TITLE_EN;
            }
            if (displayDate == null) {
                t |= NO_DISPLAY_DATE;
            }
            traits[size] = (short) t;
            Short code = categoryCodes.get(category);
            if (code == null) {
                if (categoryNames.size() == Short.MAX_VALUE) {
                    throw new IllegalStateException("more than " + Short.MAX_VALUE + " categories");
                }
                code = (short) categoryNames.size();
                categoryNames.add(category);
                categoryCodes.put(category, code);
            }
            this.category[size] = code;
            int k = size * FIELDS;
            append(k + ID, id);
            append(k + TITLE, title);
            append(k + TITLE_EN, titleEn == null ? "" : titleEn);
            append(k + DATE, dateText);
            append(k + DISPLAY_DATE, displayDate == null ? "" : displayDate);
            append(k + ACTORS, String.join(String.valueOf(ACTOR_SEPARATOR), actors));
            size++;
            return this;
        }

        private void append(int k, String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (textLength + bytes.length > text.length) {
                long grown = Math.max(text.length * 2L, textLength + (long) bytes.length);
                if (grown > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("event texts exceed 2 GB");
                }
                text = Arrays.copyOf(text, (int) grown);
            }
            offsets[k] = textLength;
            System.arraycopy(bytes, 0, text, textLength, bytes.length);
            textLength += bytes.length;
            offsets[k + 1] = textLength;
        }

        /** The columns in time order: by start, then end, then id. */
        public EventColumns build() {
            int n = size;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Long.compare(start[a], start[b]);
                if (c == 0) {
                    c = Long.compare(end[a], end[b]);
                }
                return c != 0 ? c : compareIds(a, b);
            });
            long[] s = new long[n];
            long[] e = new long[n];
            short[] t = new short[n];
            short[] c = new short[n];
            int[] o = new int[n * FIELDS + 1];
            byte[] bytes = new byte[textLength];
            int at = 0;
            for (int p = 0; p < n; p++) {
                int i = order[p];
                s[p] = start[i];
                e[p] = end[i];
                t[p] = traits[i];
                c[p] = category[i];
                int from = offsets[i * FIELDS];
                int to = offsets[i * FIELDS + FIELDS - 1 + 1];
                for (int f = 0; f < FIELDS; f++) {
                    o[p * FIELDS + f] = at + offsets[i * FIELDS + f] - from;
                }
                System.arraycopy(text, from, bytes, at, to - from);
                at += to - from;
            }
            o[n * FIELDS] = at;
            Integer[] ids = new Integer[n];
            for (int p = 0; p < n; p++) {
                ids[p] = p;
            }
            Arrays.sort(ids, (a, b) -> Arrays.compareUnsigned(bytes, o[a * FIELDS], o[a * FIELDS + 1], bytes,
                    o[b * FIELDS], o[b * FIELDS + 1]));
            int[] byId = new int[n];
            for (int p = 0; p < n; p++) {
                byId[p] = ids[p];
            }
            return new EventColumns(n, s, e, t, c, categoryNames.toArray(String[]::new), bytes, o, byId);
        }

        private int compareIds(int a, int b) {
            return Arrays.compareUnsigned(text, offsets[a * FIELDS], offsets[a * FIELDS + 1], text,
                    offsets[b * FIELDS], offsets[b * FIELDS + 1]);
        }
    }
}
