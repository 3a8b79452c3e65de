package org.sourceline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sourceline.app.Stores;
import org.sourceline.model.Original;
import org.sourceline.model.Source;
import org.sourceline.model.SourceDocument;
import org.sourceline.store.Store;
import org.sourceline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Prints a source's metadata and its article's body as the reader shows it (the text that"
                + " citations quote and whose offsets they count in).")
final class SourceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The source's id.")
    String id;

    @Option(names = "--db", required = true, paramLabel = "DB", description = "The store to read.")
    Path db;

    @Option(names = "--json", description = "Print one JSON object: id, title, outlet, author, published, url,"
            + " language, note, file, original {file, media_type, bytes, pages} and body.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<SourceDocument> found;
        try (Store store = Stores.openExisting(db)) {
            found = store.sourceDocument(id);
        } catch (StoreException e) {
            err.println("sourceline: " + e.getMessage());
            return 1;
        }
        if (found.isEmpty()) {
            err.println("sourceline: " + db + ": no source \"" + id + "\"");
            return 1;
        }
        Source s = found.get().source();
        Original original = found.get().original();
        String body = found.get().article().body();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode node = mapper.createObjectNode();
            node.put("id", s.id());
            node.put("title", s.title());
            node.put("outlet", s.outlet());
            node.put("author", s.author());
            node.put("published", s.published().toString());
            node.put("url", s.url());
            node.put("language", s.language());
            node.put("note", s.note());
            node.put("file", s.file());
            if (original == null) {
                node.putNull("original");
            } else {
                ObjectNode o = node.putObject("original");
                o.put("file", original.fileName());
                o.put("media_type", original.mediaType());
                o.put("bytes", original.size());
                var pages = o.putArray("pages");
                original.pageLines().forEach(pages::add);
            }
            node.put("body", body);
            out.println(mapper.writeValueAsString(node));
        } else {
            line(out, "id", s.id());
            line(out, "title", s.title());
            line(out, "outlet", s.outlet());
            line(out, "author", s.author());
            line(out, "published", s.published().toString());
            line(out, "url", s.url());
            line(out, "language", s.language());
            line(out, "note", s.note());
            if (original != null) {
                line(out, "original", original.fileName() + " (" + original.mediaType() + ", " + original.size()
                        + " bytes" + (original.pageLines().isEmpty() ? "" : ", " + original.pageLines().size()
                        + " pages") + ")");
            }
            out.println();
            out.println(body);
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String key, String value) {
        if (value != null) {
            out.println(key + ": " + value);
        }
    }
}
