package dev.emcee.core.faq;

import dev.emcee.core.answer.LinkedText;
import java.util.List;
import java.util.Objects;

/**
 * One question the organizers answer once for everybody: a few ways attendees put it, and the answer.
 *
 * @param id the entry's name in the FAQ file ("wifi"), for logs and checks
 * @param phrasings how attendees ask it ("what is the wifi password?", "wifi"); the first is the answer's heading
 * @param answer the organizers' text, with links
 */
public record FaqEntry(String id, List<String> phrasings, LinkedText answer) {
    public FaqEntry {
        Objects.requireNonNull(id, "id");
        phrasings = List.copyOf(phrasings);
        Objects.requireNonNull(answer, "answer");
        if (phrasings.isEmpty()) {
            throw new IllegalArgumentException("an FAQ entry needs at least one phrasing: " + id);
        }
    }

    /** The heading of the answer: the first phrasing. */
    public String topic() {
        return phrasings.get(0);
    }
}
