package kr.sangsaeng.review.exchange.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwplib.writer.HWPWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HwpDocumentTest {
    @TempDir
    Path dir;

    private Path hwp(String name, String text) throws Exception {
        HWPFile file = BlankFileMaker.make();
        Paragraph p = file.getBodyText().getSectionList().get(0).getParagraph(0);
        if (p.getText() == null) {
            p.createText();
        }
        p.getText().addString(text);
        Path out = dir.resolve(name);
        HWPWriter.toFile(file, out.toString());
        return out;
    }

    @Test
    void recognisesAnHwpByItsContentAndReadsItsText() throws Exception {
        Path f = hwp("2022-03_신청서.hwp", "풍수해보험료 지원 약 3만 명");
        assertThat(DocumentInspector.inspect(f, "2022-03_신청서.hwp", 100L << 20).kind()).isEqualTo(DocumentKind.HWP);
        assertThat(DocumentText.text(f, DocumentKind.HWP)).contains("풍수해보험료 지원 약 3만 명");
    }

    @Test
    void anHwpNamedAsAPdfIsRefused() throws Exception {
        Path f = hwp("x.pdf", "내용");
        DocumentProblem p = catchThrowableOfType(DocumentProblem.class,
                () -> DocumentInspector.inspect(f, "x.pdf", 100L << 20));
        assertThat(p.getMessage()).isEqualTo("is named .pdf but holds HWP content; rename it or submit the real file");
    }

    @Test
    void anOleFileThatIsNotHwpIsStoredButNotRead() throws Exception {
        byte[] ole = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole, 0, 8);
        Path f = Files.write(dir.resolve("old.doc"), ole);
        assertThat(DocumentInspector.inspect(f, "old.doc", 100L << 20).kind()).isEqualTo(DocumentKind.OTHER);
    }
}
