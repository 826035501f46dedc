package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Text written by the organizers, with links in it: plain runs and labelled links, so that each platform renders
 * the links its own way (Block Kit {@code <url|label>}, Discord {@code [label](url)}, "label (url)" in a terminal).
 */
public record LinkedText(List<Part> parts) {
    private static final Pattern WEB_URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    public LinkedText {
        parts = List.copyOf(parts);
    }

    /** A run of text or a link. */
    public sealed interface Part permits Plain, Link {
    }

    /** A run of text, shown as written. */
    public record Plain(String text) implements Part {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link to a web page; only http(s) URLs, so that no link can run code or open a chat command. */
    public record Link(String label, String url) implements Part {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
            if (!isWebUrl(url)) {
                throw new IllegalArgumentException("a link must be an http(s) URL, not " + url);
            }
            label = label.isBlank() ? url : label;
        }
    }

    /** Text without links. */
    public static LinkedText plain(String text) {
        return new LinkedText(List.of(new Plain(text)));
    }

    /** Whether {@code url} is an http(s) URL with no spaces. */
    public static boolean isWebUrl(String url) {
        return WEB_URL.matcher(url).matches();
    }

    /** The text for a terminal or a notification: each link as "label (url)", or the URL alone when it is its label. */
    public String plainText() {
        return parts.stream().map(part -> part instanceof Link l
                ? l.label().equals(l.url()) ? l.url() : l.label() + " (" + l.url() + ")"
                : ((Plain) part).text()).collect(Collectors.joining());
    }
}
