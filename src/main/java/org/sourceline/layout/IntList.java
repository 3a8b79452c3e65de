package org.sourceline.layout;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** An immutable list of ints kept as an array: a lane of a million events costs 4 MB, not a million Integers. */
final class IntList extends AbstractList<Integer> implements RandomAccess {
    private final int[] values;

    private IntList(int[] values) {
        this.values = values;
    }

    static IntList of(List<Integer> list) {
        if (list instanceof IntList ints) {
            return ints;
        }
        int[] values = new int[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = list.get(i);
        }
        return new IntList(values);
    }

    /** Takes the array as it is: the caller gives it up. */
    static IntList wrap(int[] values) {
        return new IntList(values);
    }

    int getInt(int index) {
        return values[index];
    }

    @Override
    public Integer get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }

    int[] toIntArray() {
        return values.clone();
    }

    /** Where {@code value} is in this ascending list, or {@code -(insertion point) - 1}. */
    int search(int value) {
        return Arrays.binarySearch(values, value);
    }
}
