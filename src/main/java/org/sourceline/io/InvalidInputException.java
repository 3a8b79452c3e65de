package org.sourceline.io;

import java.util.List;
import java.util.stream.Collectors;

/** An input file was refused; it carries every problem found, not only the first. */
public class InvalidInputException extends Exception {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
