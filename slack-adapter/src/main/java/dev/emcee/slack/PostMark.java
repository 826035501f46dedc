package dev.emcee.slack;

import com.slack.api.model.Message;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeVisitor;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.notice.SessionsStarting;
import java.util.Map;
import java.util.Objects;

/**
 * What a notice's message carries so that it can be found again: Slack message metadata whose {@code event_type}
 * says what kind of notice it is ({@code emcee_announcement}, {@code emcee_change}, {@code emcee_reminder},
 * {@code emcee_speaker_reminder}, {@code emcee_broadcast}) and whose
 * {@code event_payload} holds the delivery key.
 */
record PostMark(String eventType, DeliveryKey key) {
    /** The payload field that holds the key. */
    static final String KEY_FIELD = "key";
    /** Every event type Emcee writes begins so. */
    static final String EVENT_TYPE_PREFIX = "emcee_";

    PostMark {
        Objects.requireNonNull(key, "key");
        if (!eventType.startsWith(EVENT_TYPE_PREFIX)) {
            throw new IllegalArgumentException("Emcee's event types begin with " + EVENT_TYPE_PREFIX);
        }
    }

    /** The mark of this notice's delivery. */
    static PostMark of(Notice notice, DeliveryKey key) {
        return new PostMark(notice.accept(new NoticeVisitor<String>() {
            @Override
            public String sessionsStarting(SessionsStarting starting) {
                return "emcee_announcement";
            }

            @Override
            public String scheduleChanged(ScheduleChanged changed) {
                return "emcee_change";
            }

            @Override
            public String sessionReminder(SessionReminder reminder) {
                return reminder.reason() == SessionReminder.Reason.SPEAKING ? "emcee_speaker_reminder"
                        : "emcee_reminder";
            }

            @Override
            public String broadcast(Broadcast broadcast) {
                return "emcee_broadcast";
            }
        }), key);
    }

    /** The metadata to post with the message. */
    Message.Metadata metadata() {
        return new Message.Metadata(eventType, Map.of(KEY_FIELD, key.value()));
    }

    /** Whether a message in the channel's history carries this mark. */
    boolean isOn(Message message) {
        Message.Metadata metadata = message.getMetadata();
        return metadata != null && eventType.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                && key.value().equals(String.valueOf(metadata.getEventPayload().get(KEY_FIELD)));
    }
}
