package mx.pbrsed.evaluation.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is pure computation: no framework may leak into it (REST, JPA and Kafka live outside). */
class DominioPuroTest {

    @Test
    void elDominioSoloDependeDeJava() {
        JavaClasses dominio = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("mx.pbrsed.evaluation.domain");

        classes().that().resideInAPackage("mx.pbrsed.evaluation.domain")
                .should().onlyDependOnClassesThat().resideInAnyPackage("mx.pbrsed.evaluation.domain", "java..")
                .check(dominio);
    }
}
