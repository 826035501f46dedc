package dev.emcee.bench;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.sources.ScheduleImporter;
import dev.emcee.sources.read.ScheduleLoadException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing each real export in {@code shared/schedules}, warm (the JIT has seen the importer; the file is in the
 * page cache): reading the file, detecting its format, parsing, validating and building the schedule.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx1g"})
public class ImportBenchmark {
    @Param({"frab_xml_fosdem2021.xml", "frab_xml_39c3_2025_hub.xml", "frab_xml_debconf23.xml",
        "c3voc_json_frab_camp2019.json", "c3voc_json_pretalx_rc3_channels2020.json", "ics_linux_conf_au_2020.ics",
        "ics_jres_2022.ics", "ics_moca2024_hackertracker.ics", "sessionize_all_dddmelbourne2024.json"})
    public String file;

    private Path path;
    private final ScheduleImporter importer = new ScheduleImporter();

    @Setup(Level.Trial)
    public void find() {
        path = RealSchedules.file(file);
        RealSchedules.load(path);
    }

    @Benchmark
    public Schedule read() throws ScheduleLoadException {
        return RealSchedules.read(importer, path);
    }
}
