package dev.emcee.sources.text;

import dev.emcee.core.answer.LinkedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads the organizers' Markdown ({@code [the code of conduct](https://...)}, bare {@code https://} addresses) into
 * {@link LinkedText}: links kept as links, everything else as plain text (emphasis and headings lose their marks).
 */
public final class LinkedTexts {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>()\\[\\]]+[^\\s<>()\\[\\].,;:!?'\"]",
            Pattern.CASE_INSENSITIVE);

    private LinkedTexts() {
    }

    /** A link whose address is not http(s), found while reading. */
    public record BadLink(String label, String url) {
    }

    /** The text read, and the links it had to drop (to report them). */
    public record Read(LinkedText text, List<BadLink> badLinks) {
    }

    /** Reads {@code markdown}; links that are not http(s) are reported and kept as their label. */
    public static Read of(String markdown) {
        Collector collector = new Collector();
        MARKDOWN.parse(markdown.strip()).accept(collector);
        collector.flush();
        return new Read(new LinkedText(collector.parts), List.copyOf(collector.bad));
    }

    /** Walks the Markdown tree, gathering runs of text and links. */
    private static final class Collector extends AbstractVisitor {
        private final List<LinkedText.Part> parts = new ArrayList<>();
        private final List<BadLink> bad = new ArrayList<>();
        private final StringBuilder plain = new StringBuilder();

        @Override
        public void visit(Text text) {
            Matcher m = BARE_URL.matcher(text.getLiteral());
            int at = 0;
            while (m.find()) {
                plain.append(text.getLiteral(), at, m.start());
                flush();
                parts.add(new LinkedText.Link(m.group(), m.group()));
                at = m.end();
            }
            plain.append(text.getLiteral().substring(at));
        }

        @Override
        public void visit(Code code) {
            plain.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            plain.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            plain.append('\n');
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (!parts.isEmpty() || plain.length() > 0) {
                plain.append("\n\n");
            }
            visitChildren(paragraph);
        }

        @Override
        public void visit(Link link) {
            String label = textOf(link);
            if (LinkedText.isWebUrl(link.getDestination())) {
                flush();
                parts.add(new LinkedText.Link(label, link.getDestination()));
            } else {
                bad.add(new BadLink(label, link.getDestination()));
                plain.append(label);
            }
        }

        void flush() {
            if (plain.length() > 0) {
                parts.add(new LinkedText.Plain(plain.toString()));
                plain.setLength(0);
            }
        }

        private static String textOf(Node node) {
            StringBuilder out = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    out.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    out.append(code.getLiteral());
                }
            });
            return out.toString().strip();
        }
    }
}
