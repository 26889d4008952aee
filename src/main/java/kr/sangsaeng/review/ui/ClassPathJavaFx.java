package kr.sangsaeng.review.ui;

import java.util.logging.Logger;
import javafx.application.Application;

/**
 * JavaFX warns at every start "Unsupported JavaFX configuration: classes were loaded from 'unnamed
 * module'" when it runs from the class path, as it does inside the single jar. The app image and
 * {@code mvn javafx:run} start JavaFX from its modules and never see it; the single jar holds one
 * JavaFX of one version for one platform, tested as such, so there the warning tells a user
 * nothing they can act on. It is filtered out, and only it: every other JavaFX message still shows.
 * To run the jar on JavaFX's modules instead, see the README ("Faster start").
 */
final class ClassPathJavaFx {
    private static final String WARNING = "Unsupported JavaFX configuration";
    /** Held so the configured logger is not collected (java.util.logging keeps loggers weakly). */
    private static Logger javafxLogger;

    private ClassPathJavaFx() {
    }

    static void quietStartWarning() {
        if (Application.class.getModule().isNamed()) {
            return;
        }
        javafxLogger = Logger.getLogger("javafx");
        javafxLogger.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(WARNING));
    }
}
