package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad option value is a usage error, exit code 2 as the README says, with the option and a way to write it. */
class UsageErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            run           | --now   | tomorrow 3pm | 2018-06-14T11:00
            ask           | --now   | 3pm          | 2018-06-14T11:00
            chat          | --speed | 0            | --speed 60
            run           | --speed | -2           | --speed 60
            run           | --speed | fast         | --speed 60
            check         | --zone  | Mars/Base    | America/Los_Angeles
            announcements | --from  | tomorrow     | 2018-06-14T11:00
            announcements | --to    | 5pm          | 2018-06-14T11:00
            """)
    void aBadOptionValueExitsWithTwoAndSaysHowToWriteIt(String command, String option, String value, String hint) {
        Cli.Result r = new Cli().run(command, option, value);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .contains("'" + option + "'", "'" + value + "'", hint));
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void goodValuesStillWork() {
        Cli.Result r = new Cli().run("ask", "--now", "2018-06-14T15:00", "--speed", "1.5", "--zone",
                "America/Los_Angeles", "what's next");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Kyle Kingsbury", "in 40 minutes");
    }
}
