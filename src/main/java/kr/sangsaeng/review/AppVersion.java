package kr.sangsaeng.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, written into {@code app.properties} by the build. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("app.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
