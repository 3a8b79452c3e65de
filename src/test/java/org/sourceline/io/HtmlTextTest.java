package org.sourceline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourceline.io.HtmlText.Block;
import org.sourceline.io.HtmlText.Kind;

class HtmlTextTest {
    @Test
    void scriptsAndStylesGoWithTheirContentAndEveryTagGoes() {
        String html = "<p>Before<script type=\"text/javascript\">document.write('<p>injected</p>')</script>"
                + " <STYLE>p { display: none }</STYLE><b>after</b></p><!-- a <p>comment</p> --><img src=x"
                + " onerror=\"alert(1)\">";

        assertThat(HtmlText.text(html)).isEqualTo("Before after");
    }

    @Test
    void characterReferencesAreDecodedAndUnknownOnesKeptAsWritten() {
        assertThat(HtmlText.text("Caf&eacute; &amp; th&#233; &#x2019;&nbsp;&hellip; AT&T &bogus; &lt;b&gt;"))
                .isEqualTo("Café & thé ’\u00A0… AT&T &bogus; <b>");
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceAndBlocksBecomeParagraphs() {
        String html = "  <h1>Title\n  here</h1>\n<div>First\tline<br>second line</div><ul><li>one</li><li>two</li></ul>";

        assertThat(HtmlText.text(html)).isEqualTo("Title here\n\nFirst line\nsecond line\n\none\n\ntwo");
        assertThat(HtmlText.line(html)).isEqualTo("Title here First line second line one two");
    }

    @Test
    void aLessThanSignThatStartsNoTagIsText() {
        assertThat(HtmlText.text("3 < 4 and 5 <= 6, <3")).isEqualTo("3 < 4 and 5 <= 6, <3");
    }

    @Test
    void quotesCitesAndTimesKeepTheirRole() {
        List<Block> blocks = HtmlText.blocks("<p><time datetime=\"2022-02~\">about Feb&shy;ruary</time></p>"
                + "<p>Summary.</p><blockquote><p>First quote.</p><p>Second quote.</p>"
                + "<cite><a href=\"https://example.org/a?x=1&amp;y=2\">An article</a></cite></blockquote>");

        assertThat(blocks).containsExactly(
                new Block(Kind.TIME, "about Feb\u00ADruary", null, "2022-02~"),
                new Block(Kind.TEXT, "Summary.", null, null),
                new Block(Kind.QUOTE, "First quote.", null, null),
                new Block(Kind.QUOTE, "Second quote.", null, null),
                new Block(Kind.CITE, "An article", "https://example.org/a?x=1&y=2", null));
    }

    @Test
    void onlyWebLinksAreKept() {
        assertThat(HtmlText.blocks("<cite><a href=\"javascript:alert(1)\">Evil</a></cite>"))
                .containsExactly(new Block(Kind.CITE, "Evil", null, null));
        assertThat(HtmlText.blocks("<cite><a href='  http://example.org/  '>Fine</a></cite>"))
                .containsExactly(new Block(Kind.CITE, "Fine", "http://example.org/", null));
    }

    @Test
    void attributesMayHoldAClosingBracket() {
        assertThat(HtmlText.text("<a title=\"a > b\" href='x'>link</a> text")).isEqualTo("link text");
    }

    @Test
    void anUnclosedScriptDropsTheRest() {
        assertThat(HtmlText.text("Visible<script>var x = '")).isEqualTo("Visible");
    }

    @Test
    void textIsEscapedForHtmlAndParagraphsRoundTrip() {
        String text = "Brutus & \"Cassius\" <flee>.\nNext line.\n\nNew paragraph.";

        String html = HtmlText.paragraphs(text);

        assertThat(html).isEqualTo("<p>Brutus &amp; &quot;Cassius&quot; &lt;flee&gt;.<br>Next line.</p>"
                + "<p>New paragraph.</p>");
        assertThat(HtmlText.text(html)).isEqualTo(text);
    }
}
