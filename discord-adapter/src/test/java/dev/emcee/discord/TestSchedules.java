package dev.emcee.discord;

import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.source.ScheduleLoadException;
import dev.emcee.core.source.yaml.EmceeYamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The bundled demo conference from the repository's config/ folder, read with the core's YAML reader. */
final class TestSchedules {
    private TestSchedules() {
    }

    static CurrentSchedule bundled() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path file = p.resolve("config").resolve("velocity-2018-distributed-systems.yaml");
            if (Files.isRegularFile(file)) {
                try {
                    return new CurrentSchedule(new EmceeYamlReader(Optional.empty()).read(file).schedule());
                } catch (ScheduleLoadException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        }
        throw new IllegalStateException("config/velocity-2018-distributed-systems.yaml not found above " + dir);
    }
}
