package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.sangsaeng.review.demo.SamplePdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Documents that a careless or hostile submission could bring, generated for tests. */
public final class HostileDocuments {
    private HostileDocuments() {
    }

    /** A readable PDF of {@code pages} pages, each saying its number and the given words. */
    public static Path pdf(Path file, int pages, String words) throws IOException {
        List<SamplePdf.Page> list = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            list.add(new SamplePdf.Page("쪽 " + i, List.of(words, "page " + i + " of " + pages), "test " + i));
        }
        SamplePdf.write(file, "test", list);
        return file;
    }

    public static Path truncatedPdf(Path file) throws IOException {
        Path whole = pdf(file.resolveSibling("whole-" + file.getFileName()), 3, "잘린 문서");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(whole);
        return file;
    }

    public static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path scriptedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification());
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 100, 20));
            link.setAction(launch);
            page.getAnnotations().add(link);
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path manyPagesPdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A small archive that unpacks to {@code megabytes} MB of zeros, dressed up as an HWPX document. */
    public static Path zipBombHwpx(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/hwp+zip".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Contents/section0.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A well-formed HWPX holding the given paragraphs. */
    public static Path hwpx(Path file, String... paragraphs) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/hwp+zip".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("Contents/section0.xml"));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" "
                    + "xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\">");
            for (String p : paragraphs) {
                xml.append("<hp:p><hp:run><hp:t>").append(p).append("</hp:t></hp:run></hp:p>");
            }
            zip.write(xml.append("</hs:sec>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A ZIP archive named as a PDF. */
    public static Path zipNamedPdf(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a pdf".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return file;
    }

    public static Path empty(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return file;
        }
    }
}
