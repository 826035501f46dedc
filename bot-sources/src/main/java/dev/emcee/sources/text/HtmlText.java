package dev.emcee.sources.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML to plain text that keeps paragraphs, line breaks, list items and link addresses. */
final class HtmlText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "blockquote", "pre", "ul",
            "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt", "dd");

    private final StringBuilder out = new StringBuilder();

    private HtmlText() {
    }

    static String toText(String html) {
        HtmlText visitor = new HtmlText();
        NodeTraversor.traverse(visitor, Jsoup.parseBodyFragment(html).body());
        return visitor.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String value = text.getWholeText().replaceAll("\\s+", " ");
            if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                value = value.stripLeading();
            }
            out.append(value);
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                out.append('\n');
            } else if (tag.equals("li")) {
                newLine();
                out.append("• ");
            } else if (BLOCKS.contains(tag)) {
                paragraph();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                String href = element.attr("href");
                if (href.startsWith("http") && !element.text().contains(href)) {
                    out.append(" (").append(href).append(')');
                }
            } else if (BLOCKS.contains(tag)) {
                paragraph();
            }
        }
    }

    private void newLine() {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void paragraph() {
        newLine();
        if (out.length() >= 2 && out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }
}
