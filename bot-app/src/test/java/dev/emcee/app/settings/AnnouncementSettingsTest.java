package dev.emcee.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code announcements:} section bound by the app's settings mapper, as {@link SettingsLoader} binds it. */
@Timeout(10)
class AnnouncementSettingsTest {
    private final JsonMapper binder = SettingsLoader.binder();

    /** Reads the section the way the loader does: YAML to a tree, the tree to the record. */
    private AnnouncementSettings read(String yaml) throws Exception {
        return binder.treeToValue(new YAMLMapper().readTree(yaml), AnnouncementSettings.class);
    }

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

        AnnouncementSettings s = read(text);

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
        AnnouncementSettings s = read("{}");

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
        assertThatThrownBy(() -> read("grace-window: soon"))
                .hasMessageContaining("write it like 5m, 90s, 1h or 1h30m");
        assertThatThrownBy(() -> new AnnouncementSettings(null, List.of(Duration.ofMinutes(-5)), null, null, null, null))
                .hasMessageContaining("announcements.leads");
    }
}
