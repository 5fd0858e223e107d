package org.sanctionswatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Features stay free of cycles, and the facts that DRL imports stay free of Spring and of the features. */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sanctionswatch");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.sanctionswatch.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void factsDependOnNeitherSpringNorFeatures() {
        noClasses().that().resideInAPackage("org.sanctionswatch.fact..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.kie..",
                        "org.drools..", "org.sanctionswatch.observation..", "org.sanctionswatch.rules..",
                        "org.sanctionswatch.alert..", "org.sanctionswatch.watchlist..")
                .check(CLASSES);
    }

    @Test
    void parametersKnowNoFeature() {
        noClasses().that().resideInAPackage("org.sanctionswatch.parameters..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sanctionswatch.observation..",
                        "org.sanctionswatch.rules..", "org.sanctionswatch.alert..", "org.sanctionswatch.watchlist..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineTouchesTheKieSession() {
        noClasses().that().resideOutsideOfPackage("org.sanctionswatch.rules")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.kie.api.runtime.KieSession")
                .check(CLASSES);
    }
}
