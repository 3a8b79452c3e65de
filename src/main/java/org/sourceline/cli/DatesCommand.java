package org.sourceline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourceline.dates.DateFinder;
import org.sourceline.dates.FoundDate;
import org.sourceline.dates.Sentence;
import org.sourceline.io.ArticleFiles;
import org.sourceline.model.EdtfDate;
import org.sourceline.model.EdtfException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Prints every date expression in an article's text, one per line: where it stands (UTF-16"
                + " offsets), the words as written, the EDTF date they give and what it means; or as JSON.",
                "Days without a year and phrases such as \"hier\" or \"last week\" are read from the publication"
                        + " date. See docs/dates.md for what is recognised."})
final class DatesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The article's text, in UTF-8.")
    Path file;

    @Option(names = "--published", required = true, paramLabel = "EDTF",
            description = "The article's publication date, in EDTF (2022-05-28, or 2022-05 if only the month is"
                    + " known).")
    String published;

    @Option(names = "--language", paramLabel = "fr|en",
            description = "The article's language (default: guessed from the text, French when unsure).")
    String language;

    @Option(names = "--json", description = "Print a JSON array of {text, start, end, edtf, sentence, kind,"
            + " problems}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EdtfDate publication;
        try {
            publication = EdtfDate.parse(published);
        } catch (EdtfException e) {
            throw new ParameterException(spec.commandLine(), "--published: \"" + published
                    + "\" is not an EDTF date (" + e.getMessage() + "); for example 2022-05-28 or 2022-05");
        }
        if (language != null && !language.equals("fr") && !language.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--language must be fr or en, got \"" + language + "\"");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Inputs.isFile(file, spec)) {
            return 1;
        }
        String text;
        try {
            if (Files.size(file) > ArticleFiles.MAX_BYTES) {
                err.println("sourceline: " + file + ": " + Files.size(file) / 1_000_000 + " MB is too large for an"
                        + " article (at most " + ArticleFiles.MAX_BYTES / 1_000_000 + " MB are read)");
                return 1;
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            err.println("sourceline: " + file + ": not UTF-8 text; save it as UTF-8 and try again");
            return 1;
        } catch (IOException e) {
            err.println("sourceline: " + file + ": cannot read: " + e.getMessage());
            return 1;
        }
        Locale locale = language != null ? Locale.forLanguageTag(language) : DateFinder.guessLanguage(text);
        List<FoundDate> found = DateFinder.find(text, publication, locale);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (FoundDate f : found) {
                ObjectNode node = array.addObject();
                node.put("text", f.text());
                node.put("start", f.start());
                node.put("end", f.end());
                node.put("edtf", f.date().toString());
                node.put("sentence", Sentence.around(text, f.start()).text(text));
                node.put("kind", f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                ArrayNode problems = node.putArray("problems");
                f.problems().forEach(p -> problems.add(p.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            for (FoundDate f : found) {
                out.println(f.start() + "-" + f.end() + "\t" + f.text() + "\t" + f.date() + "\t"
                        + DateFinder.meaning(f, locale));
            }
        }
        out.flush();
        return 0;
    }
}
