package org.sourceline.articles;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourceline.articles.ArticleException.Reason;

/**
 * Bytes told from binary data, and decoded as text.
 *
 * <h2>Which encoding</h2>
 * <ol>
 *   <li>A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE. The mark is not part of the text.
 *   <li>For a web page, a {@code <meta charset>} (or {@code http-equiv} Content-Type) in its first 4 KB, as a
 *       browser reads it: {@code iso-8859-1}, {@code latin1} and {@code us-ascii} mean windows-1252, and a
 *       declared UTF-16 means UTF-8. A declared UTF-8 that the bytes break is not believed (next steps).
 *   <li>Bytes that are valid UTF-8 are UTF-8 (plain ASCII is).
 *   <li>Otherwise windows-1252, the encoding of Western European text saved by older Windows programs and a
 *       superset of ISO-8859-1, when the text is plausibly that: none of the five bytes windows-1252 leaves
 *       undefined (0x81 0x8D 0x8F 0x90 0x9D), every byte from 0x80 up stands for a letter (é, à, ç, œ…) or a
 *       sign that such text uses (« » ‘ ’ “ ” – — … € ° © no-break space and a few more), and at least one of
 *       them touches an ASCII letter, as the é in "été" does; and its bytes from 0x80 up do not mostly form
 *       UTF-8 sequences (that is UTF-8 with a few damaged bytes, not windows-1252).
 *   <li>A page that declares UTF-8 is then read as UTF-8, damaged bytes shown as U+FFFD, as a browser shows them.
 *   <li>Otherwise the encoding cannot be told: {@link Reason#BAD_ENCODING}.
 * </ol>
 *
 * <h2>What is not text</h2>
 * A file with a NUL byte in its first 8 KB, or more than 1% of control characters other than tab, line feed,
 * form feed and carriage return there, is binary ({@link Reason#BINARY}), unless it starts with a UTF-16 mark.
 * One whose NUL bytes fall on every other byte is UTF-16 without a mark ({@link Reason#BAD_ENCODING}).
 */
final class TextBytes {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 8192;
    private static final int META_PRESCAN = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** The signs, beyond letters, that windows-1252 text plausibly holds from 0x80 up. */
    private static final String WESTERN_SIGNS = "\u00A0«»‘’‚“”„–—…•·€£¢¥°§©®™±×÷¹²³¼½¾¿¡ªºµ¶†‰‹›";

    /** Text and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    private TextBytes() {
    }

    /** The encoding a byte-order mark names, if the bytes start with one. */
    static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static int markLength(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Refuses bytes that are not text; see the class comment. */
    static void requireText(byte[] bytes, String where) throws ArticleException {
        if (byteOrderMark(bytes).filter(c -> !c.equals(StandardCharsets.UTF_8)).isPresent()) {
            return;
        }
        String format = knownBinaryFormat(bytes);
        if (format != null) {
            throw new ArticleException(Reason.BINARY, where, "this is " + format + ", not an article");
        }
        int n = Math.min(bytes.length, SAMPLE);
        int nuls = 0;
        int evenNuls = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nuls++;
                if (i % 2 == 0) {
                    evenNuls++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                controls++;
            }
        }
        if (nuls > 0) {
            int pairs = n / 2;
            int oddNuls = nuls - evenNuls;
            boolean alternate = pairs > 0 && (evenNuls * 10 >= pairs * 4 && oddNuls * 20 < pairs
                    || oddNuls * 10 >= pairs * 4 && evenNuls * 20 < pairs);
            if (alternate) {
                throw new ArticleException(Reason.BAD_ENCODING, where,
                        "the text looks like UTF-16 without a byte-order mark; save it as UTF-8");
            }
            throw new ArticleException(Reason.BINARY, where,
                    "the file holds binary data: it is not text, a web page or a PDF");
        }
        if (controls * 100 > n) {
            throw new ArticleException(Reason.BINARY, where,
                    "the file holds control characters: it is not text, a web page or a PDF");
        }
    }

    /** A name for a few common formats that are not articles, for a clearer message; null for others. */
    private static String knownBinaryFormat(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12 && bytes[8] == 'W' && bytes[9] == 'E'
                && bytes[10] == 'B' && bytes[11] == 'P') {
            return "a WebP image";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or a document made of one, such as .docx, .odt or .epub)";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        return null;
    }

    /** Plain text: a byte-order mark, else UTF-8, else plausible windows-1252. */
    static Decoded decodeText(byte[] bytes, String where) throws ArticleException {
        return decode(bytes, where, null);
    }

    /** A web page: a byte-order mark, else its declared charset, else as plain text. */
    static Decoded decodePage(byte[] bytes, String where) throws ArticleException {
        return decode(bytes, where, declaredCharset(bytes));
    }

    private static Decoded decode(byte[] bytes, String where, Charset declared) throws ArticleException {
        Optional<Charset> mark = byteOrderMark(bytes);
        if (mark.isPresent()) {
            Charset charset = mark.get();
            int skip = markLength(charset);
            try {
                return new Decoded(strict(charset, bytes, skip), charset);
            } catch (CharacterCodingException e) {
                throw new ArticleException(Reason.BAD_ENCODING, where,
                        "the text starts with a " + charset.name() + " byte-order mark but is not valid "
                                + charset.name(), e);
            }
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, declared), declared);
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            if (isPlausibleWindows1252(bytes)) {
                return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
            }
            if (declared != null) {
                // The page says UTF-8: show its broken bytes as U+FFFD, as the browser did.
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            }
            throw new ArticleException(Reason.BAD_ENCODING, where,
                    "the text is not UTF-8 and its encoding cannot be told; save it as UTF-8", notUtf8);
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    static boolean isPlausibleWindows1252(byte[] bytes) {
        boolean touchesLetter = false;
        int utf8Sequences = 0;
        int others = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            int sequence = utf8SequenceAt(bytes, i);
            if (sequence > 0) {
                utf8Sequences++;
                i += sequence - 1;
                continue;
            }
            others++;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
            char c = new String(bytes, i, 1, WINDOWS_1252).charAt(0);
            if (!Character.isLetter(c) && WESTERN_SIGNS.indexOf(c) < 0) {
                return false;
            }
            touchesLetter |= i > 0 && isAsciiLetter(bytes[i - 1])
                    || i + 1 < bytes.length && isAsciiLetter(bytes[i + 1]);
        }
        // Many well-formed UTF-8 sequences make UTF-8 with a few damaged bytes, not windows-1252.
        return touchesLetter && utf8Sequences * 10 <= others;
    }

    /** The length of a well-formed UTF-8 multi-byte sequence starting at {@code i}, or 0. */
    private static int utf8SequenceAt(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static boolean isAsciiLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    /** The charset a page declares in a {@code <meta>} near its start, as a browser takes it; null if none. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return null;
        }
        String label = meta.group(1).toLowerCase(Locale.ROOT);
        switch (label) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252" -> {
                return WINDOWS_1252;
            }
            case "utf-16", "utf-16le", "utf-16be" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(label);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }
        }
    }
}
