package dev.emcee.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code emcee.yaml}, applies {@code EMCEE_<PATH>} environment overrides, and binds the result to
 * {@link Settings}, refusing unknown keys and wrong types with the key's path and a hint.
 *
 * <p>The override name of a setting is its path in upper case with dots and dashes as underscores:
 * {@code questions.rate-limit-per-minute} is {@code EMCEE_QUESTIONS_RATE_LIMIT_PER_MINUTE}. List settings take
 * comma-separated values. Each override may also come from a file named by {@code <NAME>_FILE}.
 */
public final class SettingsLoader {
    /** The settings file inside the config folder. */
    public static final String FILE_NAME = "emcee.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsLoader.class);
    private static final String PREFIX = "EMCEE_";
    /** Variables that start with the prefix but are not settings. */
    private static final List<String> NOT_SETTINGS = List.of("EMCEE_JAVA_OPTS", "EMCEE_LOG_FORMAT", "EMCEE_LOG_LEVEL");

    private final JsonMapper binder = binder();

    /** One setting that an environment variable can override. */
    public record Override(String path, String variable, boolean list) {
    }

    /** Loads the settings of a config folder; a missing {@code emcee.yaml} means every default. */
    public Settings load(Path configDirectory, Environment environment) {
        Path file = configDirectory.resolve(FILE_NAME);
        ObjectNode tree = read(file);
        applyOverrides(tree, environment);
        try {
            return binder.treeToValue(tree, Settings.class);
        } catch (JsonProcessingException e) {
            throw new SettingsException(explain(e, file));
        }
    }

    /** The mapper that binds the settings tree to {@link Settings} and the sections' records of other modules. */
    static JsonMapper binder() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(new JavaTimeModule())
                .addModule(new SettingsModule())
                .build();
    }

    /** Every setting that has an environment override, in the order of the settings records. */
    public static List<Override> overrides() {
        List<Override> out = new ArrayList<>();
        collect(Settings.class, "", out);
        return out;
    }

    private ObjectNode read(Path file) {
        if (!Files.exists(file)) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = new YAMLMapper().readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new SettingsException(file + ": expected settings as 'key: value' lines at the top level");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new SettingsException(file + ": not valid YAML at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SettingsException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private void applyOverrides(ObjectNode tree, Environment environment) {
        List<Override> known = overrides();
        for (Override override : known) {
            environment.get(override.variable()).ifPresent(value -> set(tree, override, value));
        }
        List<String> names = known.stream().map(Override::variable).toList();
        for (String variable : environment.all().keySet()) {
            String base = variable.endsWith("_FILE") ? variable.substring(0, variable.length() - 5) : variable;
            if (variable.startsWith(PREFIX) && !names.contains(base) && !NOT_SETTINGS.contains(base)) {
                LOG.warn("Ignoring {}: no setting has that name (settings: see the README's settings table)",
                        variable);
            }
        }
    }

    private static void set(ObjectNode tree, Override override, String value) {
        String[] parts = override.path().split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        String leaf = parts[parts.length - 1];
        if (override.list()) {
            ArrayNode array = node.putArray(leaf);
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    array.add(item.strip());
                }
            }
        } else {
            node.put(leaf, value);
        }
    }

    private static void collect(Class<?> type, String prefix, List<Override> out) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + kebab(component.getName());
            Class<?> kind = component.getType();
            if (kind.isRecord()) {
                collect(kind, path + ".", out);
            } else if (!Map.class.isAssignableFrom(kind)) {
                boolean list = Collection.class.isAssignableFrom(kind) && isListOfScalars(component.getGenericType());
                if (list || !Collection.class.isAssignableFrom(kind)) {
                    out.add(new Override(path, PREFIX + path.toUpperCase(Locale.ROOT).replace('.', '_')
                            .replace('-', '_'), list));
                }
            }
        }
    }

    private static boolean isListOfScalars(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> item) {
            return !item.isRecord();
        }
        return false;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String explain(JsonProcessingException e, Path file) {
        String where = " (in " + file + " or its EMCEE_ override)";
        if (e instanceof UnrecognizedPropertyException u) {
            String path = path(u);
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown setting '" + path + "'" + where + "; known settings here: " + known;
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof SettingsException s) {
            return s.getMessage() + where;
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException a) {
            return a.getMessage() + where; // the adapters' settings records (no dependency on this module)
        }
        if (e instanceof InvalidFormatException f) {
            return "setting '" + path(f) + "' must be " + typeName(f.getTargetType()) + ", not '" + f.getValue() + "'"
                    + where;
        }
        if (e instanceof MismatchedInputException m) {
            return "setting '" + path(m) + "' must be " + typeName(m.getTargetType()) + where;
        }
        return "settings" + where + ": " + e.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDateTime.class) {
            return "a local date-time such as 2018-06-14T11:00";
        }
        if (type == java.time.Duration.class) {
            return "a duration such as PT5M";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString()
                    .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type.isRecord()) {
            return "a section of settings";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
