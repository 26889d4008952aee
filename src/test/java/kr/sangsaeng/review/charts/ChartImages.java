package kr.sangsaeng.review.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/** Pixel checks that tell a drawn chart from an empty or broken one. */
final class ChartImages {
    private ChartImages() {
    }

    /** Where the tests leave their PNGs, to look at by eye after a run. */
    static Path outputDir() throws IOException {
        return Files.createDirectories(Path.of("target", "chart-previews"));
    }

    static BufferedImage pngRoundTrip(JFreeChart chart, String name, int w, int h) throws IOException {
        Path file = outputDir().resolve(name + ".png");
        ChartExport.png(chart, file, w, h);
        return ImageIO.read(file.toFile());
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    static double nonWhiteShare(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n / (double) (img.getWidth() * img.getHeight());
    }

    /** Pixels within a tolerance of a colour: proves a series in that colour was drawn. */
    static long pixelsNear(BufferedImage img, java.awt.Color c, int tolerance) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xFF) - c.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
