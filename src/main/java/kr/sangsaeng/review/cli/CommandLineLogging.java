package kr.sangsaeng.review.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import kr.sangsaeng.review.app.DesktopLogging;
import org.slf4j.Logger;

/**
 * Logging for the command line, set up in code: warnings and errors on stderr, so that a command's
 * output on stdout stays clean for scripts. Reading an XML configuration took about a third of a
 * second of every command's start, more than a report of a small round takes. Found by logback
 * through {@code META-INF/services}; for the desktop app (which sets {@code sangsaeng.logDir}) it
 * sets up {@link DesktopLogging} instead; it steps aside when a configuration is named
 * ({@code logback.configurationFile}) or the tests bring {@code logback-test.xml}.
 */
public final class CommandLineLogging extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || CommandLineLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String logDir = System.getProperty(DesktopLogging.LOG_DIR);
        if (logDir != null) {
            DesktopLogging.configure(context, logDir);
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
