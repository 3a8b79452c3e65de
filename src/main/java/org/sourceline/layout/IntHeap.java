package org.sourceline.layout;

import java.util.NoSuchElementException;
import java.util.function.IntToDoubleFunction;

/** A binary min-heap of ints ordered by a key looked up when compared; the key must not change while a value is in the heap. */
final class IntHeap {

    private final int[] values;
    private final IntToDoubleFunction key;
    private int size;

    IntHeap(int capacity, IntToDoubleFunction key) {
        this.values = new int[capacity];
        this.key = key;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int peek() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return values[0];
    }

    void add(int value) {
        int i = size++;
        double k = key.applyAsDouble(value);
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (key.applyAsDouble(values[parent]) <= k) {
                break;
            }
            values[i] = values[parent];
            i = parent;
        }
        values[i] = value;
    }

    int poll() {
        int top = peek();
        int last = values[--size];
        double k = key.applyAsDouble(last);
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && key.applyAsDouble(values[child + 1]) < key.applyAsDouble(values[child])) {
                child++;
            }
            if (key.applyAsDouble(values[child]) >= k) {
                break;
            }
            values[i] = values[child];
            i = child;
        }
        values[i] = last;
        return top;
    }
}
