package dev.emcee.sources.testing;

import dev.emcee.core.faq.Faq;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.yaml.EmceeYamlReader;
import dev.emcee.sources.yaml.FaqYamlReader;
import java.util.Optional;

/** The bundled demo conference read from {@code config/} by Emcee's own YAML reader, for tests of every module. */
public final class BundledSchedule {
    /** The demo FAQ's file name under {@code config/}. */
    public static final String FAQ_FILE = "faq.yaml";

    private BundledSchedule() {
    }

    /** The bundled conference, loaded and validated. */
    public static Schedule load() {
        try {
            return new EmceeYamlReader(Optional.empty())
                    .read(BundledConference.configDirectory().resolve(BundledConference.FILE)).schedule();
        } catch (ScheduleLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The bundled demo FAQ ({@code config/faq.yaml}), loaded and validated. */
    public static Faq faq() {
        try {
            return new FaqYamlReader().read(BundledConference.configDirectory().resolve(FAQ_FILE)).faq();
        } catch (ScheduleLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A chat harness on the bundled conference and its demo FAQ, at a local time such as "2018-06-14T11:00". */
    public static ChatHarness chatWithFaqAt(String localDateTime) {
        ChatHarness chat = chatAt(localDateTime);
        chat.emcee().useFaq(faq());
        return chat;
    }

    /** A chat harness on the bundled conference at a local time such as "2018-06-14T11:00". */
    public static ChatHarness chatAt(String localDateTime) {
        return new ChatHarness(load(), BundledConference.at(localDateTime));
    }
}
