package dev.emcee.sources.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON document that remembers the line where each object starts, so problems can name a line.
 *
 * <p>Objects are addressed by JSON Pointer ({@code /schedule/conference/days/0}).
 */
public final class JsonDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;
    private final Map<String, Integer> objectLines;

    private JsonDocuments(JsonNode root, Map<String, Integer> objectLines) {
        this.root = root;
        this.objectLines = objectLines;
    }

    /** Parses the source, or refuses it with the line and column of the syntax error. */
    public static JsonDocuments parse(SourceText source) throws ScheduleLoadException {
        try {
            JsonNode root = MAPPER.readTree(source.bytes());
            if (root == null || root.isMissingNode()) {
                throw ScheduleLoadException.of(source.name(), 0, "", "the file is empty");
            }
            return new JsonDocuments(root, lines(source.bytes()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            throw ScheduleLoadException.of(source.name(), line, "", "not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw ScheduleLoadException.of(source.name(), 0, "", "cannot read the JSON: " + e.getMessage());
        }
    }

    private static Map<String, Integer> lines(byte[] bytes) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    lines.put(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }

    /** The document's root. */
    public JsonNode root() {
        return root;
    }

    /** The line where the object or array at {@code pointer} starts, 0 when unknown. */
    public int line(String pointer) {
        return objectLines.getOrDefault(pointer, 0);
    }

    /** A node's text, stripped; empty when missing, null or blank. Numbers are given as text too. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
