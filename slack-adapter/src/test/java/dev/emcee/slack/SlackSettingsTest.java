package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void bindsKebabCaseKeys() throws Exception {
        SlackSettings settings = yaml.readValue("""
                command: /conf
                reply-visibility: public
                api-url: http://127.0.0.1:8999/api
                """, SlackSettings.class);

        assertThat(settings).isEqualTo(new SlackSettings("/conf", ReplyVisibility.PUBLIC, "http://127.0.0.1:8999/api/"));
    }

    @Test
    void anEmptySectionMeansTheDefaults() throws Exception {
        assertThat(yaml.readValue("{}", SlackSettings.class)).isEqualTo(SlackSettings.defaults());
        assertThat(SlackSettings.defaults()).isEqualTo(new SlackSettings("/emcee", ReplyVisibility.EPHEMERAL,
                "https://slack.com/api/"));
    }

    @Test
    void badValuesAreExplained() {
        assertThatThrownBy(() -> yaml.readValue("reply-visibility: loud", SlackSettings.class))
                .hasMessageContaining("slack.reply-visibility must be 'ephemeral' or 'public', not 'loud'");
        assertThatThrownBy(() -> new SlackSettings("emcee", null, null)).hasMessageContaining("slack.command");
        assertThatThrownBy(() -> new SlackSettings(null, null, "slack.com")).hasMessageContaining("slack.api-url");
        assertThatThrownBy(() -> yaml.readValue("colour: red", SlackSettings.class)).hasMessageContaining("colour");
    }
}
