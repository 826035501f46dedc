package dev.emcee.app.command;

import dev.emcee.app.Launch;
import dev.emcee.app.CommandContext;
import dev.emcee.app.doctor.Doctor;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code emcee doctor}: checks the installation and says how to fix each problem. */
@Command(name = "doctor", description = "Check the configuration, the schedule, the data folder and each configured "
        + "platform; print what is wrong and how to fix it. Exit code 1 when something is wrong.")
public final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Override
    public Integer call() {
        Launch launch = main.launch();
        PrintWriter out = new PrintWriter(launch.out(), true, StandardCharsets.UTF_8);
        return new Doctor().examine(main.options().config(), main.options().data(),
                main.options().schedules(), launch.environment(), out);
    }
}
