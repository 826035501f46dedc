package dev.emcee.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.PlainTextRenderer;
import java.io.UncheckedIOException;

/**
 * The JSON form of answers for tools ({@code ask --format json}, {@code ask --batch}): each answer is an object
 * with a {@code kind} (UpNext, PersonProfile, ...) and its fields; times are ISO-8601 instants, absent values are
 * left out.
 */
public final class AnswerJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.NON_ABSENT))
            .addMixIn(Answer.class, KindMixin.class)
            .build();

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    private interface KindMixin {
    }

    private AnswerJson() {
    }

    /** The structured answer as a JSON object. */
    public static ObjectNode answer(Answer answer) {
        return MAPPER.valueToTree(answer);
    }

    /** One JSON Lines record: {@code {"question": ..., "text": ..., "answer": {...}}}, on one line. */
    public static String line(String question, Answer answer) {
        ObjectNode record = MAPPER.createObjectNode();
        record.put("question", question);
        record.put("text", PlainTextRenderer.render(answer));
        record.set("answer", answer(answer));
        return write(record);
    }

    /** A record for a question that got no answer (only after a rate-limit notice; not on the console). */
    public static String silent(String question) {
        ObjectNode record = MAPPER.createObjectNode();
        record.put("question", question);
        record.putNull("text");
        record.putNull("answer");
        return write(record);
    }

    /** Pretty JSON of the structured answer. */
    public static String pretty(Answer answer) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(answer(answer));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
