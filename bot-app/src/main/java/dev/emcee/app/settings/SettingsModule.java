package dev.emcee.app.settings;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.util.Set;

/**
 * How {@code emcee.yaml} binds to the settings records of the other modules, which stay plain records: every
 * duration is written the short way ({@code 5m}, {@code 90s}, {@code 1h30m}), and session kinds in any case. Keys
 * are the records' component names in kebab case ({@link SettingsLoader}'s naming strategy).
 */
final class SettingsModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    SettingsModule() {
        super("emcee-settings");
        addDeserializer(Duration.class, new ShortDurationDeserializer());
        setMixInAnnotation(AnnouncementSettings.class, AnnouncementSettingsBinding.class);
    }

    /** {@code skip-kinds: [break, Lightning]}: the kinds as operators write them. */
    private abstract static class AnnouncementSettingsBinding {
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
        abstract Set<SessionKind> skipKinds();
    }
}
