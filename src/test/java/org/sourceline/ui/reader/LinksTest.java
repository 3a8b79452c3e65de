package org.sourceline.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.org/2022/05/28/mondial-securite",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/A?b=c#d",
        "https://www.example.org:8443/path"
    })
    void webAddressesAreOpened(String url) {
        assertThat(Links.isSafeWebLink(url)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "javascript://example.org/%0Aalert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "mailto:redaction@example.org",
        "ftp://example.org/article.txt",
        "ms-settings:privacy",
        "//example.org/article",
        "example.org/article",
        "http:example.org",
        "https://",
        " https://example.org",
        "https://example.org/a b",
        "https://example.org\n/a"
    })
    void anythingElseIsRefused(String url) {
        assertThat(Links.isSafeWebLink(url)).isFalse();
    }
}
