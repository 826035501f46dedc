package dev.emcee.discord;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who sees Emcee's answers to slash commands: only the person who asked, or the whole channel. */
public enum ReplyVisibility {
    /** Only the person who asked sees the answer (Discord's "Only you can see this"). */
    @JsonProperty("ephemeral")
    EPHEMERAL,
    /** Everyone in the channel sees the answer. */
    @JsonProperty("public")
    PUBLIC;

    /** Whether slash-command replies are ephemeral. */
    public boolean ephemeral() {
        return this == EPHEMERAL;
    }
}
