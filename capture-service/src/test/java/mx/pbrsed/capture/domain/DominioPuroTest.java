package mx.pbrsed.capture.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The capture rules are plain Java, so they are tested and reused without Quarkus, JPA or Kafka. */
class DominioPuroTest {

    @Test
    void elDominioSoloDependeDeJava() {
        JavaClasses dominio = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("mx.pbrsed.capture.domain");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "mx.pbrsed.capture.domain")
                .check(dominio);
    }
}
