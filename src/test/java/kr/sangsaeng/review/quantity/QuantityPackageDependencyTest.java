package kr.sangsaeng.review.quantity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The parser and formatters run in import, export, charts and views alike, so they must stay pure. */
class QuantityPackageDependencyTest {

    @Test
    void staysFreeOfIoAndGui() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.sangsaeng.review.quantity");

        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.nio..", "java.sql..", "java.awt..", "kr.sangsaeng.review.ui..")
                .check(classes);
    }
}
