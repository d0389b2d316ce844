package dev.licensemanager.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

/**
 * The app's logging, set up in code (found by logback through {@code ServiceLoader}; module-info and
 * META-INF/services name it). It replaces a logback.xml because parsing XML (JAXP, Joran) cost about 0.1 s of
 * every start (bench/RESULTS.md).
 *
 * <p>A rolling file {@code license-manager.log} (2 MB, 3 old files) in {@code lm.log.dir} (Main sets it to the
 * app-data folder before logging starts), INFO or {@code lm.log.level}; nothing goes to the console, so the
 * CLI's stdout/stderr carry only its own output. When a {@code logback-test.xml} is on the class path (the
 * tests), logback's own XML configuration runs instead.
 *
 * <p>When the folder cannot be written (a read-only home, {@code LM_HOME} pointing at a file), logging falls back
 * quietly to warnings and errors on stderr, and the tool goes on working. Logback's own status lines never reach
 * the console: they went to stdout, before the one JSON object of {@code --json}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    public LoggingSetup() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        // Any registered listener stops logback from printing its status to stdout after start-up.
        ctx.getStatusManager().add(new ch.qos.logback.core.status.NopStatusListener());
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if ((cl == null ? ClassLoader.getSystemClassLoader() : cl).getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureFile(ctx, System.getProperty("lm.log.dir",
                System.getProperty("java.io.tmpdir") + java.io.File.separator + "license-manager-logs"),
                System.getProperty("lm.log.level"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The file appender in {@code dir} at {@code level} (null: INFO); the configuration proper, for tests too. */
    void configureFile(LoggerContext ctx, String dir, String level) {
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(level, Level.INFO));
        ctx.getLogger("oshi").setLevel(Level.WARN);
        if (!writable(java.nio.file.Path.of(dir))) {
            root.addAppender(stderr(ctx));
            return;
        }
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("FILE");
        file.setFile(dir + java.io.File.separator + "license-manager.log");

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + java.io.File.separator + "license-manager.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf("2MB"));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern(PATTERN);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
    }

    /** The log folder exists or can be made, and the log file can be appended to. */
    static boolean writable(java.nio.file.Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
        java.nio.file.Path log = dir.resolve("license-manager.log");
        return java.nio.file.Files.isWritable(dir) && (!java.nio.file.Files.exists(log) || java.nio.file.Files.isWritable(log));
    }

    /** Warnings and errors on stderr (never stdout: it carries the CLI's output and JSON). */
    private static ch.qos.logback.core.ConsoleAppender<ILoggingEvent> stderr(LoggerContext ctx) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("license-manager: %-5level %logger{36} - %msg%n");
        encoder.start();
        ch.qos.logback.classic.filter.ThresholdFilter warn = new ch.qos.logback.classic.filter.ThresholdFilter();
        warn.setLevel("WARN");
        warn.start();
        ch.qos.logback.core.ConsoleAppender<ILoggingEvent> console = new ch.qos.logback.core.ConsoleAppender<>();
        console.setContext(ctx);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(warn);
        console.start();
        return console;
    }
}
