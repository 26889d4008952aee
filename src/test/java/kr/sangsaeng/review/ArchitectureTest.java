package kr.sangsaeng.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md: JavaFX only in ui, ui used only by ui and the launcher, SQL
 * only in store, ui reaching data only through the services, and no cycles between packages.
 */
@AnalyzeClasses(packages = "kr.sangsaeng.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule javaFxOnlyInUi = noClasses().that().resideOutsideOfPackage("kr.sangsaeng.review.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..");

    @ArchTest
    static final ArchRule onlyUiAndLauncherUseUi = noClasses().that().resideOutsideOfPackage("kr.sangsaeng.review.ui..")
            .and().doNotHaveFullyQualifiedName("kr.sangsaeng.review.Launcher")
            .should().dependOnClassesThat().resideInAPackage("kr.sangsaeng.review.ui..");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("kr.sangsaeng.review.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("kr.sangsaeng.review.model..")
            .should().dependOnClassesThat().resideInAnyPackage("kr.sangsaeng.review.store..", "kr.sangsaeng.review.ui..",
                    "kr.sangsaeng.review.analysis..", "kr.sangsaeng.review.exchange..", "kr.sangsaeng.review.cli..");

    @ArchTest
    static final ArchRule analysisIsPure = noClasses().that().resideInAPackage("kr.sangsaeng.review.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "kr.sangsaeng.review.store..");

    @ArchTest
    static final ArchRule uiReachesDataOnlyThroughServices = noClasses().that().resideInAPackage("kr.sangsaeng.review.ui..")
            .should().dependOnClassesThat().resideInAPackage("kr.sangsaeng.review.store..");

    /** The app context owns the window's threads and shuts them down; views are handed a runner. */
    @ArchTest
    static final ArchRule onlyTheAppContextMakesThreads = noClasses().that().resideInAPackage("kr.sangsaeng.review.ui..")
            .and().doNotHaveFullyQualifiedName("kr.sangsaeng.review.ui.AppContext")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .orShould().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class);

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("kr.sangsaeng.review.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenViews = slices().matching("kr.sangsaeng.review.ui.(*)..").should().beFreeOfCycles();
}
