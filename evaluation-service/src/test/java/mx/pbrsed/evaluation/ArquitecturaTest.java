package mx.pbrsed.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapters talk through the service: REST never reaches the tables, and consuming events
 * never depends on the HTTP layer. (The domain's purity is checked in the domain tests.)
 */
class ArquitecturaTest {
    private static JavaClasses clases;

    @BeforeAll
    static void importar() {
        clases = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("mx.pbrsed.evaluation");
    }

    @Test
    void restNoDependeDelRepositorio() {
        noClasses().that().resideInAPackage("mx.pbrsed.evaluation.rest..")
                .should().dependOnClassesThat().resideInAPackage("mx.pbrsed.evaluation.repository..")
                .check(clases);
    }

    @Test
    void messagingNoDependeDeRest() {
        noClasses().that().resideInAPackage("mx.pbrsed.evaluation.messaging..")
                .should().dependOnClassesThat().resideInAPackage("mx.pbrsed.evaluation.rest..")
                .check(clases);
    }
}
