package dev.emcee.core.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AnnouncementSettingsTest {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void bindsKebabCaseKeysAndShortDurations() throws Exception {
        String text = """
                leads: [5m, 0m]
                grace-window: 90s
                skip-kinds: [break, Lightning]
                change-notices: false
                channels:
                  slack:
                    digest: C0123
                    rooms: {ll21ab: C0222}
                    tracks: {distributed-systems: C0333}
                  discord:
                    digest: "112233"
                """;

        AnnouncementSettings s = yaml.readValue(text, AnnouncementSettings.class);

        assertThat(s.leads()).containsExactly(Duration.ofMinutes(5), Duration.ZERO);
        assertThat(s.graceWindow()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.skipKinds()).containsExactlyInAnyOrder(SessionKind.BREAK, SessionKind.LIGHTNING);
        assertThat(s.changeNotices()).isFalse();
        assertThat(s.channels().get("slack").rooms()).containsEntry("ll21ab", "C0222");
        assertThat(s.channels().get("discord").digest()).isEqualTo("112233");
        assertThat(s.channels().get("discord").rooms()).isEmpty();
    }

    @Test
    void defaultsWhenTheSectionIsEmpty() throws Exception {
        AnnouncementSettings s = yaml.readValue("{}", AnnouncementSettings.class);

        assertThat(s).isEqualTo(AnnouncementSettings.defaults());
        assertThat(s.enabled()).isTrue();
        assertThat(s.leads()).containsExactly(Duration.ofMinutes(5));
        assertThat(s.graceWindow()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.skipKinds()).isEqualTo(Set.of(SessionKind.BREAK, SessionKind.MEAL, SessionKind.SERVICE));
        assertThat(s.changeNotices()).isTrue();
        assertThat(s.channels()).isEmpty();
    }

    @Test
    void aBadDurationNamesTheAcceptedForms() {
        assertThatThrownBy(() -> yaml.readValue("grace-window: soon", AnnouncementSettings.class))
                .hasMessageContaining("write it like 5m, 90s, 1h or 1h30m");
        assertThatThrownBy(() -> new AnnouncementSettings(null, List.of(Duration.ofMinutes(-5)), null, null, null, null))
                .hasMessageContaining("announcements.leads");
    }

    @Test
    void durationTextReadsAndWritesTheShortForms() {
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("0m")).isEqualTo(Duration.ZERO);
        assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(DurationText.format(Duration.ofMinutes(60))).isEqualTo("1h");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0m");
        assertThatThrownBy(() -> DurationText.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationText.parse("5 minutes")).isInstanceOf(IllegalArgumentException.class);
    }
}
