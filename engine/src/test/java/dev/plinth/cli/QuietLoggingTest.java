package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The one-shot commands log only what someone should act on. */
@ExtendWith(OutputCaptureExtension.class)
class QuietLoggingTest {

    @Test
    void keepsWarningsAndDropsTheRest(CapturedOutput output) {
        QuietLogging.apply();
        Logger log = LoggerFactory.getLogger("dev.plinth.cli.QuietLoggingTest");

        log.info("routine chatter");
        log.warn("something to act on");

        assertThat(output.getAll()).contains("something to act on").doesNotContain("routine chatter");
    }
}
