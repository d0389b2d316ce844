package dev.licensemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's logging set up in code: the rolling file in lm.log.dir, INFO, nothing on the console. */
class LoggingSetupTest {

    @Test
    void writesTheRollingFileOnlyAndDefersToLogbackTestXml(@TempDir Path dir) throws Exception {
        // In the test JVM logback-test.xml is on the class path: the setup steps aside for it.
        LoggerContext tests = new LoggerContext();
        assertThat(new LoggingSetup().configure(tests)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);

        LoggerContext ctx = new LoggerContext();
        ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // the SLF4J provider does this in the app
        new LoggingSetup().configureFile(ctx, dir.toString(), null);
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<String> appenders = new java.util.ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(a -> appenders.add(a.getClass().getSimpleName() + ":" + a.getName()));
        assertThat(appenders).containsExactly("RollingFileAppender:FILE");
        ctx.getLogger("dev.licensemanager.x").info("hello {}", "file");
        ctx.getLogger("dev.licensemanager.x").debug("not at INFO");
        ctx.getLogger("oshi.x").info("oshi is WARN only");
        ctx.stop();
        String log = Files.readString(dir.resolve("license-manager.log"));
        assertThat(log).matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}.* INFO  \\[.*\\] dev\\.licensemanager\\.x - hello file\\n")
                .doesNotContain("not at INFO").doesNotContain("oshi");
    }
}
