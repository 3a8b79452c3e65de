package org.sourceline.ui.reader;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which addresses the reader hands to the system browser. */
public final class Links {
    private Links() {
    }

    /**
     * True only for an absolute http or https address with a host. Anything else ({@code javascript:},
     * {@code file:}, {@code data:}, a custom scheme that starts a local program) is refused: a dataset is someone
     * else's file, and opening one must not run anything on the reader's machine.
     */
    public static boolean isSafeWebLink(String url) {
        if (url == null || url.isEmpty() || !url.equals(url.strip())) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return false;
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && uri.getHost() != null && !uri.getHost().isEmpty();
    }
}
