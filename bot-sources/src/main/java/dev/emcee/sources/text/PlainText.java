package dev.emcee.sources.text;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

/**
 * Turns the text a schedule carries (HTML, HTML-escaped HTML, Markdown, indented XML text, CRLF) into clean plain
 * text that chat messages can show as it is.
 *
 * <p>Paragraphs survive as blank lines; markup, entities and indentation do not. Links keep their address in
 * brackets, since the address is often the point of the link.
 */
public final class PlainText {
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\n{3,}");
    /** Separator lines ("***", "____", "-----") and the stray "**" of bold that Markdown did not accept. */
    private static final Pattern LEFTOVER_MARKUP = Pattern.compile("(?<!\\S)([_*=~-])\\1{2,}(?!\\S)|\\*\\*");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();

    private PlainText() {
    }

    /** Clean multi-line text from an abstract or a bio; empty for null or blank input. */
    public static String of(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String text = dedent(normaliseBreaks(raw));
        if (HTML_TAG.matcher(text).find() || ENTITY.matcher(text).find()) {
            text = HtmlText.toText(text);
            if (HTML_TAG.matcher(text).find() || ENTITY.matcher(text).find()) {
                // Escaped HTML (&lt;p&gt; in XML, FOSDEM) is HTML once decoded: a second pass.
                text = HtmlText.toText(text);
            }
        } else {
            text = TEXT.render(MARKDOWN.parse(text));
        }
        return tidy(text);
    }

    /** Clean single-line text for titles, names and rooms: entities decoded, tags dropped, spaces collapsed. */
    public static String line(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String text = normaliseBreaks(raw);
        if (HTML_TAG.matcher(text).find() || ENTITY.matcher(text).find()) {
            text = Jsoup.parse(text).text();
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String normaliseBreaks(String raw) {
        // Some exports escape line breaks twice, leaving a literal backslash-r-backslash-n in the text.
        return raw.replace("\\r\\n", "\n").replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replace('\u2029', '\n')
                .replace('\u00A0', ' ');
    }

    /** Strips each line: XML exports indent their text, and Markdown would read four spaces as code. */
    private static String dedent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return out.toString();
    }

    private static String tidy(String text) {
        String stripped = dedent(LEFTOVER_MARKUP.matcher(text.replace("\r", "")).replaceAll(""));
        return MANY_BLANK_LINES.matcher(stripped).replaceAll("\n\n").strip();
    }
}
