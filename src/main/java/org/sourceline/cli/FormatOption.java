package org.sourceline.cli;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.sourceline.io.DataFormat;
import picocli.CommandLine;

/** {@code --format}: one of the formats by its id, or {@code auto} where the file can tell. */
final class FormatOption {
    static final String AUTO = "auto";

    private FormatOption() {
    }

    /** Null for {@code auto}. */
    static final class WithAuto implements CommandLine.ITypeConverter<DataFormat> {
        @Override
        public DataFormat convert(String value) {
            if (AUTO.equalsIgnoreCase(value)) {
                return null;
            }
            DataFormat format = DataFormat.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (expected one of " + String.join(", ", readableIds()) + ")"));
            if (!format.readable()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is a format written only (expected "
                        + AUTO + " or one of " + String.join(", ", readableIds()) + ")");
            }
            return format;
        }
    }

    static final class Formats implements CommandLine.ITypeConverter<DataFormat> {
        @Override
        public DataFormat convert(String value) {
            return parse(value);
        }

        static DataFormat parse(String value) {
            return DataFormat.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (expected one of " + String.join(", ", ids()) + ")"));
        }
    }

    static List<String> ids() {
        return Stream.of(DataFormat.values()).map(DataFormat::id).toList();
    }

    static List<String> readableIds() {
        return Stream.of(DataFormat.values()).filter(DataFormat::readable).map(DataFormat::id).toList();
    }

    static final class ImportCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Stream.of(AUTO), readableIds().stream()).iterator();
        }
    }

    static final class ExportCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids().iterator();
        }
    }
}
