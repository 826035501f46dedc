package dev.emcee.core.announce;

import java.time.Duration;
import java.util.Objects;

/** Whether an announcement that is due now is posted (and with which wording) or skipped (and why). */
public sealed interface PostingDecision permits PostingDecision.Post, PostingDecision.Skip {

    /**
     * Post it.
     *
     * @param wording how the start reads at the moment of posting: "starting in 5 minutes", "starting now"
     * @param late how long after the planned moment it is posted (zero when on time)
     */
    record Post(String wording, Duration late) implements PostingDecision {
        public Post {
            Objects.requireNonNull(wording, "wording");
            Objects.requireNonNull(late, "late");
        }
    }

    /**
     * Do not post it.
     *
     * @param reason for the log: "4 minutes late, past the grace window of 2 minutes"
     */
    record Skip(String reason) implements PostingDecision {
        public Skip {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
