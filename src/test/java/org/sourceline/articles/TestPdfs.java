package org.sourceline.articles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made for tests: pages of paragraphs set in Helvetica. */
public final class TestPdfs {
    static final float LINE = 14;
    /** A gap between lines wide enough for a new paragraph. */
    static final float PARAGRAPH_GAP = 40;

    private TestPdfs() {
    }

    public interface DocumentContent {
        void fill(PDDocument document) throws IOException;
    }

    public static byte[] pdf(DocumentContent content) throws IOException {
        try (PDDocument document = new PDDocument()) {
            content.fill(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A page of paragraphs, each a list of lines, set in Helvetica with a wide gap between paragraphs. */
    @SafeVarargs
    public static void page(PDDocument document, List<String>... paragraphs) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            boolean first = true;
            for (List<String> paragraph : paragraphs) {
                if (!first) {
                    content.newLineAtOffset(0, -PARAGRAPH_GAP);
                }
                first = false;
                for (int i = 0; i < paragraph.size(); i++) {
                    if (i > 0) {
                        content.newLineAtOffset(0, -LINE);
                    }
                    content.showText(paragraph.get(i));
                }
            }
            content.endText();
        }
    }
}
