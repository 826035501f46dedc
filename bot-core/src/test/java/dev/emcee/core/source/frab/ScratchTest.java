package dev.emcee.core.source.frab;

import dev.emcee.core.source.*;
import dev.emcee.core.source.ical.IcalReader;
import dev.emcee.core.source.pretalx.ScheduleJsonReader;
import dev.emcee.core.source.sessionize.SessionizeReader;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        Object[][] files = {
            {"LISTING", new dev.emcee.core.source.listing.ListingReader(), "America/Los_Angeles"},
            {"c3voc_json_frab_camp2019.json", new ScheduleJsonReader(), null},
            {"c3voc_json_pretalx_rc3_channels2020.json", new ScheduleJsonReader(), null},
            {"sessionize_all_dddmelbourne2024.json", new SessionizeReader(), "Australia/Melbourne"},
            {"ics_linux_conf_au_2020.ics", new IcalReader(), null},
            {"ics_jres_2022.ics", new IcalReader(), null},
            {"ics_moca2024_hackertracker.ics", new IcalReader(), null},
        };
        for (Object[] row : files) {
            String f = (String) row[0];
            try {
                LoadedSchedule l = ((ScheduleReader) row[1]).read((f.equals("LISTING") ? new SourceText("listing.txt", getClass().getResourceAsStream("/listing/velocity-2018-distributed-systems.txt").readAllBytes()) : SharedSchedules.source(f)), row[2] == null ? ReadOptions.none() : ReadOptions.withZone(ZoneId.of((String) row[2])));
                var s = l.schedule();
                System.out.println("=== " + f + " sessions " + s.sessions().size() + " rooms " + s.rooms().size() + " speakers " + s.speakers().size() + " tracks " + s.tracks().size() + " zone " + s.zone() + " days " + s.sessionDays() + " name " + s.conference().name());
                l.warnings().stream().limit(6).forEach(System.out::println);
                System.out.println(l.warnings().size() + " warnings"); if (f.equals("LISTING")) System.out.println(s.conference() + "\n" + s.tracks() + "\n" + s.speakers());
                s.rooms().forEach(r -> System.out.print(r.name() + " | "));
                System.out.println();
                s.sessions().stream().skip(f.equals("LISTING") ? 0 : 3).limit(f.equals("LISTING") ? 4 : 2).forEach(x -> System.out.println(x.id() + " " + x.title() + " " + x.start() + " " + x.room() + " " + x.kind() + " " + s.speakersOf(x) + "\n" + x.abstractText().substring(0, Math.min(400, x.abstractText().length()))));
            } catch (ScheduleLoadException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
