package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Thousands of broken timeline files, made by cutting, inserting and replacing characters of a valid one: every
 * one is either read or refused with located problems, never an unexpected exception.
 */
class ImportFuzzTest {
    private static final String VALID = String.join("\n", new TimelineFixture()
            .withEvent(TimelineFixture.goodEvent("e1"))
            .withEvent(TimelineFixture.event("e2", "2022-05-24/2022-05-26", "le ministre"))
            .lines()) + "\n";
    private static final ArticleFiles ARTICLES = name -> {
        if (!name.equals("a.txt")) {
            throw new NoSuchFileException(name);
        }
        return TimelineFixture.ARTICLE.getBytes(StandardCharsets.UTF_8);
    };

    record Edit(int position, int deleted, String inserted) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, VALID.length()),
                Arbitraries.integers().between(0, 12),
                Arbitraries.oneOf(Arbitraries.strings().withChars("{}[]\":,0123456789-/.~?tnul \\\n").ofMaxLength(4),
                        Arbitraries.strings().all().ofMaxLength(3)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 3000)
    void everyBrokenFileIsReadOrRefusedWithLocatedProblems(@ForAll("edits") List<Edit> edits) throws Exception {
        StringBuilder text = new StringBuilder(VALID);
        for (Edit e : edits) {
            int at = Math.min(e.position(), text.length());
            text.replace(at, Math.min(text.length(), at + e.deleted()), e.inserted());
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            TimelineReader.read("fuzz.json", new ByteArrayInputStream(bytes), ARTICLES);
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("fuzz.json");
                assertThat(p.line()).isPositive();
                assertThat(p.column()).isPositive();
                assertThat(p.message()).isNotBlank();
            });
        }
    }

    @Property(tries = 500)
    void randomBytesAreRefusedWithLocatedProblems(@ForAll byte[] bytes) throws Exception {
        try {
            TimelineReader.read("bytes.json", new ByteArrayInputStream(bytes), ARTICLES);
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        }
    }
}
