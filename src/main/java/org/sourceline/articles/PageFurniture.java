package org.sourceline.articles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What is on a news page but is not the article, and its removal. Two passes, because the extractor drops the
 * class names the first one reads:
 *
 * <h2>By markup, on the whole page before the article is looked for</h2>
 * <ul>
 *   <li>elements: {@code nav}, {@code aside}, {@code footer}, a {@code header} outside the article, {@code form},
 *       {@code dialog}, {@code figure} and {@code figcaption} (pictures, their captions and credits), media,
 *       {@code iframe}, {@code ins} (ads), buttons and inputs;
 *   <li>ARIA roles of page furniture: navigation, banner, contentinfo, complementary, search, dialog, menu…;
 *   <li>what the browser hides: {@code hidden}, and {@code display:none} or {@code visibility:hidden} styles;
 *   <li>a class or id naming furniture as a word of its own (so {@code share-bar} and {@code article__comments}
 *       match, {@code shareholder} does not): navigation and breadcrumbs, share buttons, comments, related and
 *       "lire aussi" links, ads and sponsors, newsletters and paywalls, sidebars and widgets, cookie banners,
 *       captions and credits, bylines and dates, tags ({@link #FURNITURE_WORDS}).
 * </ul>
 * The article itself is kept whatever its classes say: the element marked {@code itemprop=articleBody}, else the
 * {@code <article>} with the most paragraph text, else {@code <main>}, and every element around it. So is, except
 * for comments, an element holding half or more of that article's (or the page's) paragraph text: a wrapper named
 * {@code content has-ads} is not an ad.
 *
 * <h2>By text, on what the extractor kept</h2>
 * In a block (a paragraph, a list, a division…, or an inline element standing between blocks), except a quote:
 * <ul>
 *   <li>"À lire aussi", "Lire aussi", "À lire :", "Voir aussi", "Read more", "Related", "Sujets associés",
 *       "Tags"… ({@link #READ_ALSO}): a block that starts so and whose remaining text is mostly links, or that
 *       starts so followed by a colon and holds no other block; a block that is only such a heading goes, and so
 *       does the next block if it is mostly links;
 *   <li>a block that is mostly links: a list whose every item is at least 80% link text, a paragraph at least
 *       90%;
 *   <li>ad labels ("Publicité", "Advertisement"), photo credits ("© …", "Crédit photo : …", "DR"), newsletter
 *       invitations, share prompts, paywall labels ("Article réservé aux abonnés", "Il vous reste 45 % de cet
 *       article à lire"), reading times, bylines ("Par Jean Dupont") and date lines ("Publié le …", "Le
 *       27/05/2022 à 17h53"), when short and alone in their block; a byline or a date line that ends as a
 *       sentence ends ("By March, prices had doubled.") is the article's text and stays.
 * </ul>
 */
final class PageFurniture {
    /** Words that name furniture in a class or an id, matched between non-letters. */
    static final List<String> FURNITURE_WORDS = List.of(
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "ariane", "fil-ariane", "pagination",
            "pager", "skip-link", "skiplink", "masthead", "topbar", "top-bar",
            "share", "shares", "sharing", "sharebar", "share-bar", "social", "socials", "partage", "partager",
            "addthis", "sharethis",
            "comment", "comments", "commentaire", "commentaires", "disqus", "reactions", "respond",
            "related", "read-more", "readmore", "lire-aussi", "lireaussi", "a-lire", "alire", "voir-aussi",
            "see-also", "also-read", "recommended", "recommendations", "suggestions", "most-read", "mostread",
            "plus-lus", "popular", "trending", "outbrain", "taboola", "more-stories", "tags", "tag-list",
            "keywords", "sujets-associes",
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot", "ad-slot",
            "dfp", "gpt", "pub", "publicite", "sponsor", "sponsored", "sponsorise", "promo", "banner", "teads",
            "newsletter", "newsletters", "subscribe", "subscription", "signup", "sign-up", "inscription",
            "abonnement", "paywall",
            "sidebar", "widget", "widgets", "footer", "cookie", "cookies", "consent", "gdpr", "rgpd", "modal",
            "popup", "overlay",
            "caption", "credit", "credits", "legend", "legende", "wp-caption", "photo-credit",
            "byline", "author", "authors", "dateline", "date", "published", "timestamp", "meta",
            "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "print-only");
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "commentaire", "commentaires",
            "disqus", "reactions", "respond");
    private static final Pattern FURNITURE_CLASS = Pattern.compile("(?<![a-z])("
            + String.join("|", FURNITURE_WORDS.stream().map(Pattern::quote).toList()) + ")(?![a-z])");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "dialog", "figure",
            "figcaption", "picture", "img", "video", "audio", "svg", "canvas", "iframe", "object", "embed", "ins",
            "button", "select", "input", "textarea", "noscript", "script", "style", "template");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    /** The heading of a block of related links, in French or English. */
    static final Pattern READ_ALSO = Pattern.compile("^[\\p{So}\\p{Sm}►▶→»>•*\\s]*(?:"
            + "(?:à|a)\\s+lire\\s+(?:aussi|également|egalement)|(?:à|a)\\s+lire|lire\\s+(?:aussi|également|egalement)"
            + "|(?:à\\s+|a\\s+)?voir\\s+aussi|(?:à|a)\\s+(?:voir|écouter|regarder)|sur\\s+le\\s+même\\s+sujet"
            + "|dans\\s+la\\s+même\\s+rubrique|(?:pour\\s+)?aller\\s+plus\\s+loin|articles?\\s+(?:liés|associés)"
            + "|sujets\\s+associés|mots[-\\s]clés|lire\\s+la\\s+suite|read\\s+(?:more|also|next)|see\\s+also"
            + "|also\\s+read|related(?:\\s+(?:articles?|stories|content|news|coverage))?"
            + "|more\\s+on\\s+this\\s+(?:story|topic)|tags)(?![\\p{L}\\p{N}])\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("^[:：»›→>|\\-–—]");
    private static final Pattern AD_LABEL = Pattern.compile(
            "publicité|publicite|pub|annonce|advertisement|advertising|ad|sponsorisé|sponsorise|sponsored",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:©|\\(c\\)\\s|crédits?\\s*(?:photos?)?\\s*:|credits?\\s*:|photo\\s*(?:credit)?\\s*:|dr$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEWSLETTER = Pattern.compile(
            "(?:inscri|abonne|abonnez|recevez|subscribe|sign\\s+up|get\\s+our).*newsletter"
                    + "|newsletter.*(?:inscri|abonne|abonnez|recevez|subscribe|sign\\s+up)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SHARE = Pattern.compile(
            "^(?:partager|partagez|share)(?:\\s+(?:sur|on|this|cet|l'article|l’article|via)\\b.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAYWALL_LABEL = Pattern.compile(
            "^(?:article\\s+)?réservé\\s+(?:aux|à\\s+nos)\\s+abonnés\\.?$|^(?:subscribers?\\s+only|premium)$"
                    + "|^il\\s+vous\\s+reste\\s+[\\d.,]+\\s*%",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern READING_TIME = Pattern.compile(
            "^(?:temps\\s+de\\s+)?lecture\\s*:?\\s*\\d+\\s*min|^\\d+\\s*min(?:utes?)?\\.?\\s+(?:de\\s+lecture|read)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BYLINE = Pattern.compile("^(?:[Pp]ar|[Bb]y)\\s+\\p{Lu}");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:publié|mis\\s+à\\s+jour|modifié|actualisé|updated|published|posted)\\b"
                    + "|^(?:le\\s+)?\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How a sentence ends; a byline or a date line does not end so. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»”\"]$");
    private static final int SHORT = 200;

    private PageFurniture() {
    }

    /** Removes furniture by markup from a whole page. */
    static void removeByMarkup(Document page) {
        Element body = page.body();
        Element article = mainArticle(page);
        Set<Element> protectedElements = new HashSet<>();
        if (article != null) {
            for (Element e = article; e != null; e = e.parent()) {
                protectedElements.add(e);
            }
        }
        int articleText = paragraphText(article != null ? article : body);
        new MarkupPass(protectedElements, article, articleText).clean(body);
    }

    private record MarkupPass(Set<Element> protectedElements, Element article, int articleText) {
        void clean(Element parent) {
            for (Element child : new ArrayList<>(parent.children())) {
                if (!protectedElements.contains(child) && isFurniture(child)) {
                    child.remove();
                } else {
                    clean(child);
                }
            }
        }

        private boolean isFurniture(Element e) {
            String tag = e.normalName();
            if (tag.equals("header")) {
                return article == null || !isInside(e, article);
            }
            if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                    || e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                return !holdsTheArticle(e, false);
            }
            String word = furnitureWord(e);
            return word != null && !holdsTheArticle(e, COMMENT_WORDS.contains(word));
        }

        /** A wrapper with a misleading name: it holds half the article's text (never so for comments). */
        private boolean holdsTheArticle(Element e, boolean comments) {
            return !comments && articleText > 0 && paragraphText(e) * 2 >= articleText;
        }
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first furniture word in the element's classes or id, or null. */
    static String furnitureWord(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        names.add(e.id());
        for (String name : names) {
            var matcher = FURNITURE_CLASS.matcher(name.toLowerCase(Locale.ROOT));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /** The element that holds the article: see the class comment; null when the page does not mark one. */
    static Element mainArticle(Document page) {
        Element body = page.selectFirst("[itemprop=articleBody]");
        if (body != null) {
            return body;
        }
        Element best = null;
        int bestText = 0;
        for (Element article : page.select("article")) {
            int text = paragraphText(article);
            if (best == null || text > bestText) {
                best = article;
                bestText = text;
            }
        }
        return best != null ? best : page.selectFirst("main, [role=main]");
    }

    private static int paragraphText(Element root) {
        int length = 0;
        for (Element p : root.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    /** Removes furniture by text from what an extractor kept (or from a page). */
    static void removeByText(Element root) {
        List<Element> children = new ArrayList<>(root.children());
        // An inline element among blocks (a <span> between two <p>) is a line of its own.
        boolean amongBlocks = !isLeaf(root);
        for (int i = 0; i < children.size(); i++) {
            Element child = children.get(i);
            if (child.parent() == null) {
                continue; // removed with the heading before it
            }
            String tag = child.normalName();
            if (!(PageText.BLOCKS.contains(tag) || amongBlocks) || tag.equals("blockquote")) {
                removeByText(child);
                continue;
            }
            String text = matchable(child.text());
            var readAlso = READ_ALSO.matcher(text);
            if (readAlso.lookingAt()) {
                String rest = text.substring(readAlso.end());
                boolean leaf = isLeaf(child);
                if (SEPARATOR.matcher(rest).replaceFirst("").isBlank() && leaf) {
                    child.remove();
                    Element next = i + 1 < children.size() ? children.get(i + 1) : null;
                    if (next != null && linkShare(next, next.text().length()) >= 0.5) {
                        next.remove();
                    }
                    continue;
                }
                if (linkShare(child, rest.length()) >= 0.5 || leaf && SEPARATOR.matcher(rest).lookingAt()) {
                    child.remove();
                    continue;
                }
            }
            if (isLinkList(child) || isLeaf(child) && isShortFurniture(child, text)) {
                child.remove();
                continue;
            }
            removeByText(child);
        }
    }

    private static boolean isShortFurniture(Element block, String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (linkShare(block, text.length()) >= 0.9) {
            return true;
        }
        if (text.length() > SHORT) {
            return false;
        }
        return AD_LABEL.matcher(text).matches() || CREDIT.matcher(text).find() || NEWSLETTER.matcher(text).find()
                || SHARE.matcher(text).matches() || PAYWALL_LABEL.matcher(text).find()
                || READING_TIME.matcher(text).find() || text.length() < 100
                && !SENTENCE_END.matcher(text).find()
                && (BYLINE.matcher(text).find() || DATELINE.matcher(text).find());
    }

    private static boolean isLinkList(Element e) {
        String tag = e.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        List<Element> items = e.children().stream().filter(c -> c.normalName().equals("li")).toList();
        return !items.isEmpty()
                && items.stream().allMatch(li -> li.text().isBlank() || linkShare(li, li.text().length()) >= 0.8);
    }

    /** The share of {@code length} characters of text that is in links. */
    private static double linkShare(Element e, int length) {
        if (length <= 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) length);
    }

    /** No block element inside. */
    private static boolean isLeaf(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && PageText.BLOCKS.contains(d.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Text on one line, no-break spaces read as spaces, for the patterns. */
    private static String matchable(String text) {
        return Paragraphs.oneLine(text.replace('\u00A0', ' ').replace('\u202F', ' '));
    }
}
