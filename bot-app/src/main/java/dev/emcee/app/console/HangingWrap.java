package dev.emcee.app.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a plain-text answer for a terminal of a given width, so that a long line (an abstract, a list of topics)
 * continues under its own indent instead of at column 0: "  In 2007, Pat Helland ..." goes on two spaces in, and the
 * text of a "• " item goes on under the text, not under the bullet.
 */
final class HangingWrap {
    /** Narrower than this, wrapping would only make a column of single words. */
    private static final int MIN_TEXT = 20;

    private HangingWrap() {
    }

    /**
     * {@code text} with every line wrapped at {@code width} columns; each line is printed after {@code margin}
     * (the prompt's width: the first line follows the prompt, the others are indented as far).
     */
    static List<String> lines(String text, int margin, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            wrapLine(line, margin, width, out);
        }
        return out;
    }

    private static void wrapLine(String line, int margin, int width, List<String> out) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        int hang = line.startsWith("• ", lead) ? lead + 2 : lead;
        int room = width - margin - hang;
        if (line.length() + margin <= width || room < MIN_TEXT) {
            out.add(line);
            return;
        }
        String indent = " ".repeat(hang);
        StringBuilder current = new StringBuilder(line.substring(0, hang));
        boolean first = true;
        for (String word : line.substring(hang).split(" ")) {
            boolean empty = current.length() == hang;
            if (!empty && current.length() + 1 + word.length() + margin > width) {
                out.add(current.toString());
                current = new StringBuilder(indent);
                empty = true;
                first = false;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > hang || first) {
            out.add(current.toString());
        }
    }
}
